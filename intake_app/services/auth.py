"""Signing in and out, creating the vault, passphrase change and recovery.

Every entry point checks the new passphrase against the policy before any key work starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.domain import passphrase as rules
from intake_app.domain.errors import InvalidInput
from intake_app.policy import Policy

if TYPE_CHECKING:
    from intake_app.vault.backup import RestoreReport
    from intake_app.vault.crypto import KdfParams
    from intake_app.vault.store import Vault

# The vault modules (cryptography, Argon2, SQLCipher) are imported on first use, not at
# start-up: the sign-in window needs none of them until someone presses Sign in, and the key
# derivation then runs on a worker thread anyway. Start-up time is benchmarked.


def _utc_now() -> datetime:
    return datetime.now(UTC)

_USERNAME_OK = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def check_username(username: str) -> str:
    name = username.strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= _USERNAME_OK:
        raise InvalidInput("a user name is 2 to 64 characters: letters, digits, dot, dash, "
                           "underscore")
    return name


@dataclass
class AuthService:
    """Entry to the vault in one data directory, under the machine policy."""

    data_dir: Path
    policy: Policy
    clock: Callable[[], datetime] = _utc_now
    throttle_clock: Callable[[], float] = time.time
    #: Only tests pass cheap parameters here (and crypto refuses them unless tests allowed it).
    kdf: KdfParams | None = None

    def vault_exists(self) -> bool:
        from intake_app.vault.layout import vault_exists

        return vault_exists(self.data_dir)

    def floor(self) -> KdfParams:
        from intake_app.vault import crypto

        return crypto.KdfParams(self.policy.min_kdf_memory_kib, self.policy.min_kdf_time_cost,
                                crypto.FLOOR_PARALLELISM)

    def new_slot_params(self) -> KdfParams:
        """Key-derivation cost for a new key slot: the policy floor, calibrated upward."""
        from intake_app.vault import crypto

        if self.kdf is not None:
            self.kdf.check_floor(self.floor())
            return self.kdf
        return crypto.calibrate(self.floor())

    def save_outside_vault(self, target: Path, data: bytes) -> None:
        """Write a file the person chose (the recovery key, later exports) atomically and
        owner-only, refusing (UnsafeLocation) a place inside or next to the vault's folder, or
        in a cloud-sync or network folder, links resolved first."""
        from intake_app.files.atomic import write_atomic
        from intake_app.files.location import check_write_target

        check_write_target(Path(target), self.data_dir)
        write_atomic(Path(target), data)

    def restore_backup(self, source: Path, recovery_key: str, *,
                       allow_unauthenticated: bool = False) -> RestoreReport:
        """Restore a backup into this (empty) data folder with the recovery key."""
        from intake_app.vault.backup import restore

        return restore(Path(source), self.data_dir, recovery_key,
                       allow_unauthenticated=allow_unauthenticated, clock=self.clock)

    def check_new_passphrase(self, passphrase: str, username: str = "") -> None:
        rules.check(passphrase, min_length=self.policy.min_passphrase_length, username=username)

    def create_vault(self, username: str, passphrase: str,
                     display_name: str = "") -> tuple[Vault, str]:
        username = check_username(username)
        self.check_new_passphrase(passphrase, username)
        from intake_app.vault.store import Vault

        return Vault.create(self.data_dir, username, passphrase, kdf=self.new_slot_params(),
                            display_name=display_name, clock=self.clock)

    def sign_in(self, username: str, passphrase: str, *, readonly: bool = False) -> Vault:
        """Unlock as ``username`` (``readonly``: change nothing, for verification)."""
        from intake_app.vault.store import Vault

        return Vault.unlock(self.data_dir, username.strip().lower(), passphrase,
                            clock=self.clock, throttle_clock=self.throttle_clock,
                            readonly=readonly)

    def change_passphrase(self, username: str, old: str, new: str) -> None:
        username = username.strip().lower()
        self.check_new_passphrase(new, username)
        from intake_app.vault import keyops

        keyops.change_passphrase(self.data_dir, username, old, new, clock=self.clock,
                                 kdf=self.new_slot_params() if self.kdf is not None else None,
                                 floor=self.floor())

    def recover(self, username: str, recovery_key: str, new_passphrase: str) -> None:
        username = username.strip().lower()
        self.check_new_passphrase(new_passphrase, username)
        from intake_app.vault import keyops

        keyops.recover(self.data_dir, username, recovery_key, new_passphrase, clock=self.clock,
                      kdf=self.new_slot_params())
