"""The signed-in session: the one place that holds the Vault the services currently work through.

``Session`` implements ``services.vault_access.VaultAccess``: services are built once per
sign-in on the session, never on a Vault, and each method here hands the call to the Vault
that is open now. When the app locks, the Vault is closed and dropped; any use through the
session raises ``VaultLocked``. On unlock a new Vault for the same user is bound, and every
service (and every widget holding one) works again without being rebuilt.

Only the methods below are offered: nothing else of the Vault (its data key, its paths, its
connection) can be reached through a session by accident. ``current`` is for the wiring and
for tests that watch the Vault itself; services do not use it.

No Qt here: the GUI decides *when* to lock, this decides *what* locking means.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.domain.errors import PermissionDenied, VaultLocked
from intake_app.domain.roles import Role

if TYPE_CHECKING:
    from intake_app.services.vault_access import Guard
    from intake_app.vault.audit import AuditEntry
    from intake_app.vault.crypto import KdfParams
    from intake_app.vault.database import Connection
    from intake_app.vault.slotcheck import SlotReport
    from intake_app.vault.store import RotationResult, Vault


class Session:
    """Who is signed in, and the open Vault while the app is unlocked."""

    def __init__(self, vault: Vault | None = None) -> None:
        self._vault: Vault | None = None
        self._suspended: list[Vault] = []
        self._user = ""
        self._role: Role | None = None
        if vault is not None:
            self.bind(vault)

    # --- identity (kept while locked, so the lock screen can ask the same person) --------

    @property
    def user(self) -> str:
        return self._user

    @property
    def role(self) -> Role:
        if self._role is None:
            raise VaultLocked("nobody is signed in")
        return self._role

    @property
    def signed_in(self) -> bool:
        return bool(self._user)

    @property
    def is_open(self) -> bool:
        return self._vault is not None and self._vault.is_open

    @property
    def current(self) -> Vault:
        """The open Vault; raises VaultLocked while the app is locked."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked("the vault is locked")
        return self._vault

    def account_change(self) -> str | None:
        """Has an administrator changed this person's account since they signed in?
        ``"disabled"``, ``"role"`` or None (also None while locked: nothing to check)."""
        if not self.is_open:
            return None
        from intake_app.vault.users_repo import UsersRepo

        with self.read() as conn:
            me = UsersRepo(conn).get(self._user)
        if me is None or not me.active:
            return "disabled"
        if me.role is not self._role:
            return "role"
        return None

    # --- VaultAccess: time and the database --------------------------------------------------

    def clock(self) -> datetime:
        return self.current.clock()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        yield self.current.conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.current.transaction() as conn:
            yield conn

    def append_audit(self, action: str, target: str = "", detail: str = "") -> AuditEntry:
        return self.current.append_audit(action, target, detail)

    # --- VaultAccess: vault-level operations -------------------------------------------------

    def backup(self, target: Path) -> dict[str, object]:
        return self.current.backup(target)

    def rotate_data_key(self, *, drop_unpinned: bool = False,
                        recovery_key: str | None = None) -> RotationResult:
        return self.current.rotate_data_key(drop_unpinned=drop_unpinned,
                                            recovery_key=recovery_key)

    def slot_report(self) -> SlotReport:
        return self.current.slot_report()

    def recovery_pinned(self) -> bool:
        return self.current.recovery_pinned()

    def add_user(self, username: str, role: Role, passphrase: str, *,
                 kdf: KdfParams | None = None, display_name: str = "",
                 team: str = "default", guard: Guard | None = None) -> None:
        self.current.add_user(username, role, passphrase, kdf=kdf, display_name=display_name,
                              team=team, guard=guard)

    def disable_user(self, username: str, *, guard: Guard | None = None) -> None:
        self.current.disable_user(username, guard=guard)

    def recover_user(self, username: str, recovery_key: str, new_passphrase: str, *,
                     kdf: KdfParams | None = None) -> None:
        """A new passphrase for ``username`` through the recovery key, on this open vault (the
        key must still open this vault's data key), recorded as done by the signed-in user."""
        from intake_app.vault.keyops import recover

        vault = self.current
        recover(vault.paths.root, username, recovery_key, new_passphrase, clock=vault.clock,
                actor=vault.user, kdf=kdf, already_open=vault)

    def reopen_writable(self) -> None:
        """After a read-only sign-in (verification), reopen for writing and log the unlock."""
        self.current.reopen_writable()

    # --- lifecycle ---------------------------------------------------------------------------

    def bind(self, vault: Vault) -> None:
        """Start (or resume, after a lock) the session with an unlocked Vault.

        Resuming is only for the same person: a different user must sign out first, so nobody
        inherits another person's open windows.
        """
        if self._user and vault.user != self._user:
            vault.lock()
            raise PermissionDenied("the vault was unlocked by a different user")
        if self._vault is not None and self._vault is not vault:
            self._vault.lock()
        self._user = vault.user
        self._role = vault.role
        self._vault = vault  # last: until here, a service reading the session sees it locked

    def detach(self) -> Vault | None:
        """Stop handing out the Vault at once, and return it for the caller to close.

        For a caller that must let a running operation finish before the database is closed:
        from this moment every use through the session raises VaultLocked.
        """
        vault, self._vault = self._vault, None
        return vault

    def suspend(self) -> None:
        """Stop handing out the Vault at once, but close it only at ``close_suspended``: for
        a front end whose background task may still be using the database (a backup)."""
        vault = self.detach()
        if vault is not None:
            self._suspended.append(vault)

    def close_suspended(self) -> None:
        """Close every Vault ``suspend`` set aside."""
        while self._suspended:
            self._suspended.pop().lock()

    def lock(self) -> None:
        """Close the Vault and drop every key; remember who was signed in."""
        vault = self.detach()
        if vault is not None:
            vault.lock()

    close = lock

    def end(self) -> None:
        """Sign out: lock and forget the user."""
        self.lock()
        self._user = ""
        self._role = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.end()
