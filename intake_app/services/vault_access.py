"""What a service may ask of the open vault: the one protocol every service depends on.

A service never holds a ``Vault``, its data key or its paths. It is given something that
satisfies ``VaultAccess`` (in the app, the signed-in ``services.session.Session``) and asks it:

* who is signed in (``user``, ``role``: the role cached at sign-in; services that must know
  the live role re-read it from the database inside their own transaction), and the time
  (``clock()``, an aware datetime);
* for a connection, always scoped: ``read()`` for reads (no transaction is opened, so a reader
  never blocks a writer) and ``transaction()`` for writes (committed on leaving the block,
  rolled back on an exception); the connection must not be kept beyond the block;
* ``append_audit`` for an audit entry in its own transaction;
* the vault-level operations only administration needs (backup, data-key rotation, the key
  slot report, whether the recovery key is on record, and the key-slot work behind adding,
  disabling and recovering accounts). They take the data key and the files from the vault
  itself, so neither ever passes through a service.

While the app is locked every one of these raises ``VaultLocked`` (``user`` and ``role`` stay
readable, so the lock screen can ask the same person).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from intake_app.domain.roles import Role

if TYPE_CHECKING:
    from intake_app.vault.audit import AuditEntry
    from intake_app.vault.crypto import KdfParams
    from intake_app.vault.database import Connection
    from intake_app.vault.slotcheck import SlotReport
    from intake_app.vault.store import RotationResult

    #: Runs first inside an account write's own transaction (the users service re-checks
    #: there that the person asking still may).
    Guard = Callable[[Connection], None]


class VaultAccess(Protocol):
    """The signed-in person's access to the open vault (see the module docstring)."""

    # --- who and when --------------------------------------------------------------------------

    @property
    def user(self) -> str: ...

    @property
    def role(self) -> Role: ...

    def clock(self) -> datetime: ...

    # --- the database ----------------------------------------------------------------------

    def read(self) -> AbstractContextManager[Connection]: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def append_audit(self, action: str, target: str = "", detail: str = "") -> AuditEntry: ...

    # --- vault-level operations (administration) -------------------------------------------

    def backup(self, target: Path) -> dict[str, object]: ...

    def rotate_data_key(self, *, drop_unpinned: bool = False,
                        recovery_key: str | None = None) -> RotationResult: ...

    def slot_report(self) -> SlotReport: ...

    def recovery_pinned(self) -> bool: ...

    def add_user(self, username: str, role: Role, passphrase: str, *,
                 kdf: KdfParams | None = None, display_name: str = "",
                 team: str = "default", guard: Guard | None = None) -> None: ...

    def disable_user(self, username: str, *, guard: Guard | None = None) -> None: ...

    def recover_user(self, username: str, recovery_key: str, new_passphrase: str, *,
                     kdf: KdfParams | None = None) -> None: ...
