"""Where the vault's files live, with no heavy imports (used at start-up to pick the first
window: set-up wizard or sign-in)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def slots(self) -> Path:
        return self.root / SLOTS_NAME

    @property
    def rotating_db(self) -> Path:
        return self.root / (DB_NAME + ".rotating")

    @property
    def pending_slots(self) -> Path:
        return self.root / (SLOTS_NAME + ".pending")

    @property
    def restoring_db(self) -> Path:
        return self.root / (DB_NAME + ".restoring")

    @property
    def attempts(self) -> Path:
        return self.root / "unlock-attempts.json"

    @property
    def open_lock(self) -> Path:
        return self.root / "open.lock"

    @property
    def slots_lock(self) -> Path:
        return self.root / "slots.lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    def sidecars(self, db: Path) -> list[Path]:
        return [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]


def vault_exists(data_dir: Path) -> bool:
    """A vault exists once its key slot file does (it is always the last file written)."""
    paths = VaultPaths(Path(data_dir))
    return paths.slots.exists() or paths.pending_slots.exists()


def require_vault(paths: VaultPaths) -> None:
    """Raise a clear error unless ``paths.root`` holds a vault (or a half-done switch of one)."""
    from intake_app.domain.errors import VaultDamaged, VaultMissing

    if not vault_exists(paths.root):
        if paths.slots.with_name(paths.slots.name + ".spare").exists():
            raise VaultDamaged("the key slot file keyslots.json is missing; its spare copy, "
                               "keyslots.json.spare, is beside it: copy it back to "
                               "keyslots.json (it holds the same content), or restore a "
                               "backup")
        if paths.slots.with_name(paths.slots.name + ".prev").exists():
            raise VaultDamaged("the key slot file keyslots.json is missing; an older copy, "
                               "keyslots.json.prev, is beside it: copy it back to "
                               "keyslots.json (anyone whose passphrase changed since then "
                               "will need a reset with the recovery key), or restore a "
                               "backup")
        if paths.db.exists() or paths.restoring_db.exists():
            raise VaultMissing(
                "this folder holds an incomplete vault (an interrupted set-up or restore); "
                "run the restore again or create a new vault")
        raise VaultMissing("there is no vault in this folder yet")
    if not paths.db.exists() and not paths.rotating_db.exists():
        raise VaultDamaged("the vault database file is missing")
