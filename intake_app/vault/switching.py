"""Switching vault files safely: pending key slots, verified copies, interrupted rotations.

Shared by the vault (store.py) and backups: writing and installing the pending key slots,
verifying a re-encrypted copy, and finishing or rolling back an interrupted rotation.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from intake_app.domain.errors import VaultDamaged
from intake_app.files.atomic import fsync_dir, write_atomic
from intake_app.vault import audit, database
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.layout import VaultPaths
from intake_app.vault.locks import exclusive


def remove_file(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_pending(paths: VaultPaths, slots: KeySlots) -> None:
    """The next generation's slots, already signed by the caller, beside the live ones."""
    write_atomic(paths.pending_slots, slots.to_bytes())


def commit_pending(paths: VaultPaths) -> None:
    """Install the pending slots, after checking they are this vault's next generation: a
    ``keyslots.json.pending`` planted by someone else is refused, never installed."""
    try:
        raw = paths.pending_slots.read_bytes()
        pending = KeySlots.from_bytes(raw)
        current_raw = paths.slots.read_bytes()
        current = KeySlots.from_bytes(current_raw)
    except (OSError, VaultDamaged):
        raise VaultDamaged("keyslots.json.pending is not a key slot file this vault wrote; "
                           "move it out of the data folder and try again") from None
    installed = raw == current_raw  # a crash after installing it, before removing it
    if not installed and (pending.vault_id != current.vault_id
                          or pending.generation != current.generation + 1):
        raise VaultDamaged("keyslots.json.pending does not belong to this vault's next key "
                           "rotation; move it out of the data folder and try again")
    write_atomic(paths.slots, raw, spare=True)
    remove_file(paths.pending_slots)
    fsync_dir(paths.root)


def verify_copy(db: Path, key: bytes, expected_counts: dict[str, int] | None) -> None:
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
                remove_file(leftover)
            remove_file(paths.pending_slots)
        elif pending:
            commit_pending(paths)
        fsync_dir(paths.root)


def switch_to_rekeyed(conn: database.Connection, paths: VaultPaths, new_key: bytes,
                      pending: KeySlots) -> None:
    """A rotation's switch: export the database under ``new_key`` beside the live one, verify
    it, write the next generation's slots as pending, close ``conn``, rename the copy over the
    database and install the slots. A failure before the rename removes the copy and the
    pending slots (``conn`` may then be closed: the caller reopens the old database)."""
    counts = database.table_counts(conn)
    try:
        for leftover in [paths.rotating_db, *paths.sidecars(paths.rotating_db)]:
            remove_file(leftover)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database.export_rekeyed(conn, paths.rotating_db, new_key)
        verify_copy(paths.rotating_db, new_key, counts)
        fsync_file(paths.rotating_db)
        # The switch is the database rename below; the pending slots come first so an opener
        # who finds the new database also finds the keys for it.
        pending.audit_head = audit.head_full(conn)
        pending.sign(new_key)
        write_pending(paths, pending)
        conn.close()
        for sidecar in paths.sidecars(paths.db):
            if sidecar.name.endswith("-wal") and sidecar.exists() and sidecar.stat().st_size > 0:
                raise VaultDamaged("the vault's journal could not be emptied")
            remove_file(sidecar)
    except BaseException:
        for leftover in [paths.rotating_db, *paths.sidecars(paths.rotating_db),
                         paths.pending_slots]:
            remove_file(leftover)
        raise
    os.replace(paths.rotating_db, paths.db)
    fsync_dir(paths.root)
    commit_pending(paths)
