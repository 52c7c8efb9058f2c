"""Key operations on one person's slot: passphrase change and recovery.

Both give the person a NEW key pair: the old passphrase (and any old copy of the slot file,
such as keyslots.json.prev or a backup) then opens only the current data key, and the next
data-key rotation cuts it off entirely. Only ``keyslots.json`` changes (one atomic rename);
the new public key is pinned in the vault in the same step as the audit entry.
"""

from __future__ import annotations

from pathlib import Path

from intake_app.domain.errors import NotFound, WrongPassphrase
from intake_app.domain.roles import Role
from intake_app.vault import audit, crypto
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.layout import VaultPaths
from intake_app.vault.locks import exclusive, shared
from intake_app.vault.store import Vault, _require_vault
from intake_app.vault.switching import finish_interrupted, pin_keys
from intake_app.vault.throttle import Throttle


def _at_least(params: crypto.KdfParams, floor: crypto.KdfParams | None) -> crypto.KdfParams:
    if floor is None:
        return params
    return crypto.KdfParams(max(params.memory_kib, floor.memory_kib),
                            max(params.time_cost, floor.time_cost),
                            max(params.parallelism, floor.parallelism))


def recover(data_dir: Path, username: str, recovery_key: str, new_passphrase: str, *,
            clock: audit.Clock = audit.utc_now, actor: str = "recovery-key",
            kdf: crypto.KdfParams | None = None, already_open: Vault | None = None) -> None:
    """Give ``username`` a new key pair and passphrase, using the recovery key.

    Only ``keyslots.json`` changes (one atomic rename); the old passphrase stops working.
    """
    paths = VaultPaths(Path(data_dir))
    _require_vault(paths)
    finish_interrupted(paths)
    secret = crypto.parse_recovery_key(recovery_key)
    # Lock order everywhere: the open lock (shared) before the slots lock.
    with shared(paths.open_lock), exclusive(paths.slots_lock):
        slots = KeySlots.load(paths.slots)
        data_key = slots.unseal_with_recovery(secret)
        vault = already_open or Vault._open(paths, data_key, actor, clock,
                                            role_override=Role.ADMIN)
        try:
            row = vault.conn.execute("SELECT disabled_at FROM users WHERE username = ?",
                                     (username,)).fetchone()
            if row is None or row[0] is not None:
                raise NotFound("no active user with that name")
            params = kdf or (slots.kdf_params(username) if username in slots.slots
                             else crypto.calibrate())
            params.check_floor()
            slots.slots.pop(username, None)
            slots.add_user(username, new_passphrase, data_key, params)
            with vault.transaction() as conn:
                pin_keys(conn, username, slots)
                audit.append(conn, actor, "user.recover", username, clock=clock)
            slots.save(paths.slots)
        finally:
            if already_open is None:
                vault.lock()
    Throttle(paths.attempts).succeeded(username)


def change_passphrase(data_dir: Path, username: str, old: str, new: str, *,
                      clock: audit.Clock = audit.utc_now,
                      kdf: crypto.KdfParams | None = None,
                      floor: crypto.KdfParams | None = None) -> None:
    """A new passphrase, and a new key pair behind it. Nobody else's slot changes."""
    paths = VaultPaths(Path(data_dir))
    _require_vault(paths)
    finish_interrupted(paths)
    with shared(paths.open_lock), exclusive(paths.slots_lock):
        slots = KeySlots.load(paths.slots)
        throttle = Throttle(paths.attempts)
        throttle.check(username)
        try:
            private = slots.unwrap_private(username, old)
        except WrongPassphrase:
            throttle.failed(username)
            raise
        data_key = slots.unseal_data_key(username, private)
        params = kdf or _at_least(slots.kdf_params(username), floor)
        params.check_floor()
        vault = Vault._open(paths, data_key, username, clock, throttle=throttle)
        try:
            slots.slots.pop(username)
            slots.add_user(username, new, data_key, params)
            with vault.transaction() as conn:
                pin_keys(conn, username, slots)
                audit.append(conn, username, "user.passphrase_change", username, clock=clock)
            slots.save(paths.slots)
        finally:
            vault.lock()
