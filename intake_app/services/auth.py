"""Signing in and out, creating the vault, passphrase change and recovery.

Every entry point checks the new passphrase against the policy before any key work starts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from intake_app.domain import passphrase as rules
from intake_app.domain.errors import InvalidInput
from intake_app.policy import Policy
from intake_app.vault import audit, crypto, store
from intake_app.vault.store import Vault

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
    clock: audit.Clock = audit.utc_now
    throttle_clock: Callable[[], float] = time.time
    #: Only tests pass cheap parameters here (and crypto refuses them unless tests allowed it).
    kdf: crypto.KdfParams | None = None

    def vault_exists(self) -> bool:
        return store.vault_exists(self.data_dir)

    def floor(self) -> crypto.KdfParams:
        return crypto.KdfParams(self.policy.min_kdf_memory_kib, self.policy.min_kdf_time_cost,
                                crypto.FLOOR_PARALLELISM)

    def _params(self) -> crypto.KdfParams:
        if self.kdf is not None:
            self.kdf.check_floor(self.floor())
            return self.kdf
        return crypto.calibrate(self.floor())

    def check_new_passphrase(self, passphrase: str, username: str = "") -> None:
        rules.check(passphrase, min_length=self.policy.min_passphrase_length, username=username)

    def create_vault(self, username: str, passphrase: str,
                     display_name: str = "") -> tuple[Vault, str]:
        username = check_username(username)
        self.check_new_passphrase(passphrase, username)
        return Vault.create(self.data_dir, username, passphrase, kdf=self._params(),
                            display_name=display_name, clock=self.clock)

    def sign_in(self, username: str, passphrase: str) -> Vault:
        return Vault.unlock(self.data_dir, username.strip().lower(), passphrase,
                            clock=self.clock, throttle_clock=self.throttle_clock)

    def change_passphrase(self, username: str, old: str, new: str) -> None:
        username = username.strip().lower()
        self.check_new_passphrase(new, username)
        store.change_passphrase(self.data_dir, username, old, new, clock=self.clock,
                                kdf=self._params() if self.kdf is not None else None)

    def recover(self, username: str, recovery_key: str, new_passphrase: str) -> None:
        username = username.strip().lower()
        self.check_new_passphrase(new_passphrase, username)
        store.recover(self.data_dir, username, recovery_key, new_passphrase, clock=self.clock,
                      kdf=self._params())
