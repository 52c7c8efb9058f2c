"""The signed-in session: the one place that holds the Vault the services currently work through.

Services are built once per sign-in and given the ``Session`` where they would take a ``Vault``:
attribute access is forwarded to the current Vault, so ``UserService(session, auth)`` works
unchanged. When the app locks, the Vault is closed and dropped; any use of it through the session
raises ``VaultLocked``. On unlock a new Vault for the same user is bound, and every service (and
every widget holding one) works again without being rebuilt.

No Qt here: the GUI decides *when* to lock, this decides *what* locking means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intake_app.domain.errors import PermissionDenied, VaultLocked
from intake_app.domain.roles import Role

if TYPE_CHECKING:
    from intake_app.vault.store import Vault

#: Vault attributes set per instance (everything else a Vault offers is on the class).
_VAULT_FIELDS = frozenset({"paths", "clock", "timing"})


class Session:
    """Who is signed in, and the open Vault while the app is unlocked."""

    def __init__(self, vault: Vault | None = None) -> None:
        self._vault: Vault | None = None
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

        me = UsersRepo(self.current.conn).get(self._user)
        if me is None or not me.active:
            return "disabled"
        if me.role is not self._role:
            return "role"
        return None

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
        self._vault = vault
        self._user = vault.user
        self._role = vault.role

    def detach(self) -> Vault | None:
        """Stop handing out the Vault at once, and return it for the caller to close.

        For a caller that must let a running operation finish before the database is closed:
        from this moment every use through the session raises VaultLocked.
        """
        vault, self._vault = self._vault, None
        return vault

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

    # --- forwarding: the session stands in for the current Vault -----------------------------

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the Session does not define itself. A name a Vault does not
        # have is an AttributeError even while locked (so hasattr() and copy() behave).
        from intake_app.vault.store import Vault  # imported late: start-up time is benchmarked

        if name.startswith("__") or name in {"_vault", "_user", "_role"} or \
                not (hasattr(Vault, name) or name in _VAULT_FIELDS):
            raise AttributeError(name)
        return getattr(self.current, name)
