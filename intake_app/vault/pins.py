"""Which public key the vault trusts for each person (and for the recovery key), and why.

The key slot file can be written by anyone who can write the data folder, so nothing in it is
trusted because it says so. What the vault trusts lives here, inside the encrypted database:

* ``users.public_key``, the *confirmed* pin: a key the app generated for this person (the
  vault's creation, adding them, a completed passphrase change or recovery) or one their own
  passphrase has proved at sign-in;
* ``users.pending_public_key``: a key a passphrase change or recovery has just generated, whose
  slot file may not have reached the disk yet. It is confirmed as soon as the file has landed
  (or when its owner signs in with it, or a rotation finds it in the file);
* ``retired_keys``: keys a person no longer uses. An older slot put back from a copy is
  recognised (a clearer message) and never trusted again;
* ``slot_digest`` / ``pending_slot_digest``: a digest of each slot's wrapped key as the app
  wrote it, so a slot someone else altered is noticed even if the whole file was re-signed;
* ``meta.recovery_public_key``: the recovery key's public key, pinned only when the recovery
  key itself has just been used (creation, recovery, restore, a rotation that asked for it);
* ``meta.keyslots_mac_required``: set once the app has written a signed slot file, so a file
  stripped back to the unsigned format 1 reads as altered, not as old.

A key is *proved* by unwrapping a private key with the passphrase and deriving the public key
from it: never by reading the slot's ``public_key`` label.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from typing import Any

from intake_app.domain.errors import KeySlotTampered
from intake_app.vault.database import Connection
from intake_app.vault.keyslots import canonical


class Proof(enum.Enum):
    """What a key a person has just proved is, compared with the vault's record."""

    CONFIRMED = "confirmed"   # the confirmed pin
    PENDING = "pending"       # the pending pin: a passphrase change or recovery completed
    FIRST = "first"           # nothing proved yet (a vault upgraded from before pins)
    RETIRED = "retired"       # a key this person used before: an older copy of the slot
    UNKNOWN = "unknown"       # no key on record: the slot file was tampered with


def slot_digest(user: str, slot: dict[str, Any]) -> str:
    """What identifies a slot's secret half: the wrapped private key and how it is wrapped."""
    part = {"user": user, "kdf": slot.get("kdf"), "salt": slot.get("salt"),
            "wrapped_private_key": slot.get("wrapped_private_key")}
    return hashlib.sha256(canonical(part)).hexdigest()


@dataclass(frozen=True)
class Pins:
    confirmed: str | None
    pending: str | None
    retired: frozenset[str]
    confirmed_digest: str | None = None
    pending_digest: str | None = None

    @property
    def unpinned(self) -> bool:
        return self.confirmed is None and self.pending is None

    def judge(self, public_key: str) -> Proof:
        if public_key == self.confirmed:
            return Proof.CONFIRMED
        if public_key == self.pending:
            return Proof.PENDING
        if public_key in self.retired:
            return Proof.RETIRED
        if self.confirmed is None:
            # Never proved since the upgrade (a pending key from a recovery that did not finish
            # does not change that): the passphrase proves this key now.
            return Proof.FIRST
        return Proof.UNKNOWN

    def key_for_slot(self, digest: str) -> str | None:
        """The pinned key whose slot has this digest, if the vault recorded it."""
        if self.confirmed and digest == self.confirmed_digest:
            return self.confirmed
        if self.pending and digest == self.pending_digest:
            return self.pending
        return None


class PinRepo:
    """All SQL that reads or writes pins. Writes run inside the caller's transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, username: str) -> Pins | None:
        row = self.conn.execute(
            "SELECT public_key, pending_public_key, slot_digest, pending_slot_digest "
            "FROM users WHERE username = ?", (username,)).fetchone()
        if row is None:
            return None
        retired = frozenset(r[0] for r in self.conn.execute(
            "SELECT public_key FROM retired_keys WHERE username = ?", (username,)))
        return Pins(row[0], row[1], retired, row[2], row[3])

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

    def pin_new(self, username: str, public_key: str, digest: str, at: str) -> None:
        """A key (and slot) the app has just generated for a new account or a resumed add."""
        old = self.get(username)
        if old is not None:
            self._retire(username, old.confirmed, at)
            self._retire(username, old.pending, at)
        self.conn.execute(
            "UPDATE users SET public_key = ?, slot_digest = ?, pending_public_key = NULL, "
            "pending_slot_digest = NULL WHERE username = ?", (public_key, digest, username))

    def set_pending(self, username: str, public_key: str, digest: str, at: str) -> None:
        """A passphrase change or recovery has generated ``public_key``; the slot file that
        carries it is written after this commits."""
        old = self.get(username)
        if old is not None and old.pending and old.pending != public_key:
            self._retire(username, old.pending, at)
        self.conn.execute(
            "UPDATE users SET pending_public_key = ?, pending_slot_digest = ? "
            "WHERE username = ?", (public_key, digest, username))

    def confirm(self, username: str, public_key: str, at: str, digest: str | None) -> None:
        """``public_key`` (with its slot ``digest``) is now this person's only trusted key;
        earlier ones are retired."""
        old = self.get(username)
        if old is not None:
            for key in (old.confirmed, old.pending):
                if key != public_key:
                    self._retire(username, key, at)
        self.conn.execute(
            "UPDATE users SET public_key = ?, slot_digest = ?, pending_public_key = NULL, "
            "pending_slot_digest = NULL WHERE username = ?", (public_key, digest, username))
        self.conn.execute("DELETE FROM retired_keys WHERE username = ? AND public_key = ?",
                          (username, public_key))

    def record_digest(self, username: str, digest: str) -> None:
        """The confirmed key's slot, just proved by its owner, on a vault from before digests."""
        self.conn.execute("UPDATE users SET slot_digest = ? WHERE username = ?",
                          (digest, username))

    def drop_pending(self, username: str, at: str) -> None:
        """The slot file holds the confirmed key, so the pending one never arrived."""
        old = self.get(username)
        if old is not None and old.pending:
            self._retire(username, old.pending, at)
            self.conn.execute("UPDATE users SET pending_public_key = NULL, "
                              "pending_slot_digest = NULL WHERE username = ?", (username,))

    def recovery(self) -> str | None:
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = 'recovery_public_key'").fetchone()
        return None if row is None else bytes(row[0]).decode()

    def pin_recovery(self, public_key: str) -> None:
        """Only with a key the recovery secret itself has just yielded."""
        self.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('recovery_public_key', ?)",
            (public_key.encode(),))

    def mac_required(self) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM meta WHERE key = 'keyslots_mac_required'").fetchone() is not None

    def require_mac(self) -> None:
        """From now on an unsigned (format-1) slot file counts as altered."""
        self.conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('keyslots_mac_required', x'31')")


def refusal(proof: Proof) -> KeySlotTampered:
    """What a person is told when the key their passphrase proved is not on record."""
    if proof is Proof.RETIRED:
        return KeySlotTampered(
            "your key slot is an older copy, from before your passphrase was last changed, so "
            "it cannot be used. Ask your IT administrator: they can put back the current key "
            "slot file or reset your passphrase with the recovery key")
    return KeySlotTampered(
        "the key your passphrase opened is not the one this vault has on record for you: the "
        "key slot file has been altered. Nothing was changed, and this was recorded. Ask your "
        "IT administrator, who can reset your passphrase with the recovery key")
