"""Key operations on one person's slot: passphrase change and recovery.

Both give the person a NEW key pair: the old passphrase (and any old copy of the slot file,
such as an old keyslots.json.prev or a backup) then opens only the current data key, and the next
data-key rotation cuts it off entirely. Both go through ``Vault.replace_slot``: the new key is
recorded as *pending* in the vault first, then the slot file is switched by one atomic rename,
so a crash at any step leaves the person able to sign in with the old or the new passphrase
and a later rotation seals to whichever slot the file actually holds.
"""

from __future__ import annotations

from pathlib import Path

from intake_app.domain.errors import NotFound, WrongPassphrase
from intake_app.domain.roles import Role
from intake_app.vault import audit, crypto
from intake_app.vault.backup_file import record_auth_key
from intake_app.vault.keyslots import KeySlots, recovery_public_text
from intake_app.vault.layout import VaultPaths, require_vault
from intake_app.vault.locks import exclusive, shared
from intake_app.vault.pins import PinRepo, slot_digest
from intake_app.vault.store import Vault, public_text
from intake_app.vault.switching import finish_interrupted
from intake_app.vault.throttle import Throttle, unwrap_counted
from intake_app.vault.users_repo import UsersRepo


def at_least(params: crypto.KdfParams, floor: crypto.KdfParams | None) -> crypto.KdfParams:
    if floor is None:
        return params
    return crypto.KdfParams(max(params.memory_kib, floor.memory_kib),
                            max(params.time_cost, floor.time_cost),
                            max(params.parallelism, floor.parallelism))


def recover(data_dir: Path, username: str, recovery_key: str, new_passphrase: str, *,
            clock: audit.Clock = audit.utc_now, actor: str = "recovery-key",
            kdf: crypto.KdfParams | None = None, already_open: Vault | None = None) -> None:
    """Give ``username`` a new key pair and passphrase, using the recovery key.

    ``already_open`` is an administrator's open vault (the users screen); the recovery key must
    still open this vault's data key.
    """
    paths = VaultPaths(Path(data_dir))
    require_vault(paths)
    finish_interrupted(paths)
    secret = crypto.parse_recovery_key(recovery_key)
    # Lock order everywhere: the open lock (shared) before the slots lock.
    with shared(paths.open_lock), exclusive(paths.slots_lock):
        slots = KeySlots.load(paths.slots)
        data_key = slots.unseal_with_recovery(secret)
        vault = already_open or Vault.open_with_key(paths, data_key, actor, clock,
                                                    as_role=Role.ADMIN)
        try:
            if vault.data_key != data_key:
                raise WrongPassphrase("that recovery key does not belong to this vault")
            account = UsersRepo(vault.conn).get(username)
            if account is None or not account.active:
                raise NotFound("no active user with that name")
            params = kdf or (slots.kdf_params(username) if username in slots.slots
                             else crypto.calibrate())
            with vault.transaction() as conn:  # the recovery key has just proved itself
                PinRepo(conn).pin_recovery(recovery_public_text(secret))
                record_auth_key(conn, secret)  # from now on backups can be authenticated
            vault.replace_slot(slots, username, new_passphrase, params, actor=actor,
                               action="user.recover")
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
    require_vault(paths)
    finish_interrupted(paths)
    with shared(paths.open_lock), exclusive(paths.slots_lock):
        slots = KeySlots.load(paths.slots)
        throttle = Throttle(paths.attempts)
        # Exactly as at sign-in: counted first; an unknown name costs the same, is not stored.
        private = unwrap_counted(throttle, slots, username, old)
        data_key = slots.unseal_data_key(username, private)
        params = kdf or at_least(slots.kdf_params(username), floor)
        vault = Vault.open_with_key(paths, data_key, username, clock)
        try:
            # The old key must be one on record (refused and audited otherwise); a pending or
            # first key is confirmed now, so the slot it replaces is never left unrecorded.
            vault.prove_key(public_text(private), slot_digest(username, slots.slot(username)))
            vault.replace_slot(slots, username, new, params, actor=username,
                               action="user.passphrase_change")
        finally:
            vault.lock()
    throttle.succeeded(username)
