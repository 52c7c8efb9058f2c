"""Switching vault files safely, and the key pins a rotation relies on.

Shared by the vault (store.py) and the key operations (keyops.py): writing and installing the
pending key slots, verifying a re-encrypted copy, finishing or rolling back an interrupted
rotation, and pinning public keys inside the encrypted database.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from intake_app.domain.errors import VaultDamaged
from intake_app.vault import database
from intake_app.vault.atomic import fsync_dir, write_atomic
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.layout import VaultPaths
from intake_app.vault.locks import exclusive


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def pin_keys(conn: database.Connection, username: str, slots: KeySlots) -> None:
    """Pin ``username``'s public key (and, the first time, the recovery key's) in the vault.

    Called with a slot that has just been created, or has just proved it opens the vault.
    """
    conn.execute("UPDATE users SET public_key = ? WHERE username = ?",
                 (slots.slot(username)["public_key"], username))
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('recovery_public_key', ?)",
                 (str(slots.recovery["public_key"]).encode(),))


def reseal_for_rotation(conn: database.Connection, slots: KeySlots,
                        new_key: bytes) -> tuple[KeySlots, list[str]]:
    """The next generation's slots: only active users whose key matches their pin.

    Returns (new slots, names of slots left out). Refuses a recovery key that is not the one
    pinned in the vault: the key slot file has been tampered with.
    """
    pinned = conn.execute("SELECT value FROM meta WHERE key = 'recovery_public_key'").fetchone()
    if pinned is not None and bytes(pinned[0]).decode() != slots.recovery.get("public_key"):
        raise VaultDamaged("the key slot file has been altered (its recovery key is not this "
                           "vault's); nothing was changed. Restore keyslots.json from a backup")
    active = dict(conn.execute(
        "SELECT username, public_key FROM users WHERE disabled_at IS NULL").fetchall())
    keep = {u for u, slot in slots.slots.items() if active.get(u) == slot.get("public_key")}
    dropped = sorted(set(slots.slots) - keep)
    trimmed = slots.copy()
    for name in dropped:
        trimmed.remove_user(name)
    return trimmed.resealed(new_key), dropped


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_pending(paths: VaultPaths, slots: KeySlots) -> None:
    write_atomic(paths.pending_slots, slots.to_bytes())


def _commit_pending(paths: VaultPaths) -> None:
    write_atomic(paths.slots, paths.pending_slots.read_bytes(), keep_previous=True)
    _remove(paths.pending_slots)
    fsync_dir(paths.root)


def _verify_copy(db: Path, key: bytes, expected_counts: dict[str, int] | None) -> None:
    conn = database.open_db(db, key, readonly=True)
    try:
        problems = database.integrity_problems(conn)
        if expected_counts is not None and database.table_counts(conn) != expected_counts:
            problems.append("row counts differ from the original")
    finally:
        conn.close()
    if problems:
        raise VaultDamaged("the new copy failed verification: " + "; ".join(problems))


def finish_interrupted(paths: VaultPaths) -> None:
    """Complete or roll back a data-key rotation that a crash interrupted.

    * ``keyslots.json.pending`` absent: any ``vault.db.rotating`` is an unfinished copy; delete.
    * pending present and ``vault.db.rotating`` present: the database was not switched yet;
      roll back (delete both).
    * pending present and no ``vault.db.rotating``: the database was switched; finish by
      installing the pending key slots.
    """
    if not (paths.pending_slots.exists() or paths.rotating_db.exists()):
        return
    with exclusive(paths.open_lock, wait=False), exclusive(paths.slots_lock):
        pending = paths.pending_slots.exists()
        rotating = paths.rotating_db.exists()
        if rotating:
            for leftover in [paths.rotating_db, *paths.sidecars(paths.rotating_db)]:
                _remove(leftover)
            _remove(paths.pending_slots)
        elif pending:
            _commit_pending(paths)
        fsync_dir(paths.root)
