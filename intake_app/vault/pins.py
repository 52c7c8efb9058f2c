"""Which public key the vault trusts for each person (and for the recovery key), and why.

The key slot file can be written by anyone who can write the data folder, so nothing in it is
trusted because it says so. What the vault trusts lives here, inside the encrypted database:

* ``users.public_key``, the *confirmed* pin: a key the app generated for this person (the
  vault's creation, adding them) or one their own passphrase has proved at sign-in;
* ``users.pending_public_key``: a key a passphrase change or recovery has just generated, whose
  slot file may or may not have reached the disk. It is confirmed when its owner signs in with
  it (or a rotation seals to it), and dropped when the file turns out to hold the older key;
* ``retired_keys``: keys a person no longer uses. An older slot put back from a copy is
  recognised (a clearer message) and never trusted again;
* ``meta.recovery_public_key``: the recovery key's public key, pinned only when the recovery
  key itself has just been used (creation, recovery, restore, a rotation that asked for it).

A key is *proved* by unwrapping a private key with the passphrase and deriving the public key
from it: never by reading the slot's ``public_key`` label.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from intake_app.vault.database import Connection


class Proof(enum.Enum):
    """What a key a person has just proved is, compared with the vault's record."""

    CONFIRMED = "confirmed"   # the confirmed pin
    PENDING = "pending"       # the pending pin: a passphrase change or recovery completed
    FIRST = "first"           # nobody pinned yet (a vault upgraded from before pins)
    RETIRED = "retired"       # a key this person used before: an older copy of the slot
    UNKNOWN = "unknown"       # no key on record: the slot file was tampered with


@dataclass(frozen=True)
class Pins:
    confirmed: str | None
    pending: str | None
    retired: frozenset[str]

    @property
    def unpinned(self) -> bool:
        return self.confirmed is None and self.pending is None

    def judge(self, public_key: str) -> Proof:
        if self.unpinned:
            return Proof.FIRST
        if public_key == self.confirmed:
            return Proof.CONFIRMED
        if public_key == self.pending:
            return Proof.PENDING
        if public_key in self.retired:
            return Proof.RETIRED
        return Proof.UNKNOWN


class PinRepo:
    """All SQL that reads or writes pins. Writes run inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, username: str) -> Pins | None:
        row = self.conn.execute(
            "SELECT public_key, pending_public_key FROM users WHERE username = ?",
            (username,)).fetchone()
        if row is None:
            return None
        retired = frozenset(r[0] for r in self.conn.execute(
            "SELECT public_key FROM retired_keys WHERE username = ?", (username,)))
        return Pins(row[0], row[1], retired)

    def active(self) -> dict[str, Pins]:
        """Pins of every active account."""
        names = [r[0] for r in self.conn.execute(
            "SELECT username FROM users WHERE disabled_at IS NULL ORDER BY username")]
        return {name: pins for name in names if (pins := self.get(name)) is not None}

    def _retire(self, username: str, public_key: str | None, at: str) -> None:
        if public_key:
            self.conn.execute(
                "INSERT OR IGNORE INTO retired_keys (username, public_key, retired_at) "
                "VALUES (?, ?, ?)", (username, public_key, at))

    def pin_new(self, username: str, public_key: str, at: str) -> None:
        """A key the app has just generated for a new account (or a resumed add)."""
        old = self.get(username)
        if old is not None:
            self._retire(username, old.confirmed, at)
            self._retire(username, old.pending, at)
        self.conn.execute(
            "UPDATE users SET public_key = ?, pending_public_key = NULL WHERE username = ?",
            (public_key, username))

    def set_pending(self, username: str, public_key: str, at: str) -> None:
        """A passphrase change or recovery has generated ``public_key``; the slot file that
        carries it is written after this commits."""
        old = self.get(username)
        if old is not None and old.pending and old.pending != public_key:
            self._retire(username, old.pending, at)
        self.conn.execute("UPDATE users SET pending_public_key = ? WHERE username = ?",
                          (public_key, username))

    def confirm(self, username: str, public_key: str, at: str) -> None:
        """``public_key`` is now this person's only trusted key; earlier ones are retired."""
        old = self.get(username)
        if old is not None:
            for key in (old.confirmed, old.pending):
                if key != public_key:
                    self._retire(username, key, at)
        self.conn.execute(
            "UPDATE users SET public_key = ?, pending_public_key = NULL WHERE username = ?",
            (public_key, username))
        self.conn.execute("DELETE FROM retired_keys WHERE username = ? AND public_key = ?",
                          (username, public_key))

    def drop_pending(self, username: str, at: str) -> None:
        """The slot file holds the confirmed key, so the pending one never arrived."""
        old = self.get(username)
        if old is not None and old.pending:
            self._retire(username, old.pending, at)
            self.conn.execute("UPDATE users SET pending_public_key = NULL WHERE username = ?",
                              (username,))

    def recovery(self) -> str | None:
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = 'recovery_public_key'").fetchone()
        return None if row is None else bytes(row[0]).decode()

    def pin_recovery(self, public_key: str) -> None:
        """Only with a key the recovery secret itself has just yielded."""
        self.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('recovery_public_key', ?)",
            (public_key.encode(),))
