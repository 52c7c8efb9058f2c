"""Encrypted backups, and restoring one without ever replacing anything.

What a backup holds and how it is authenticated: backup_file.py. Which keys a restore seals the
data key to: restore_slots.py. Scratch folders, and removing the ones a killed run left:
staging.py.

Writing: SQLite's backup API copies the live database (still encrypted) into a private staging
folder beside the target; the copy is checked (both integrity checks, row counts against the
live vault), packed with the slot document and the manifest, read back and checked again, and
only then renamed to its final name. A file under the final name is always complete.

Restoring refuses a folder that holds a vault (``keyslots.json`` or ``.pending``), or the spare
or older copy of ``keyslots.json`` without the file itself (copying that back is the fix; a
restore would lose everything since the backup), or a database it did not write. Otherwise:

1. the backup is unpacked and checked in a staging folder; the recovery key unseals its data
   key; its authentication code is checked;
2. the database is prepared under its declared name ``vault.db.restoring``: verified again, the
   recovery key pinned, the data key sealed to the active accounts, ``vault.restore`` audited;
3. the staging folder records, under a code keyed from the recovery key, the SHA-256 of the
   prepared database and the slot file that goes with it;
4. the database becomes ``vault.db`` (a hard link, which fails rather than replaces if a
   ``vault.db`` appeared meanwhile, then the old name is removed); ``keyslots.json`` is
   written last (the commit).

Killed at any step, the same restore run again completes it: before step 4 it starts over
(``vault.db.restoring`` and the staging folder are its own); after the rename, the ``vault.db``
whose SHA-256 the record names is its own work, and only the slot file is still to be written.
A ``vault.db`` that no record names is never touched.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake_app.domain.errors import BackupInvalid, DiskFull, VaultDamaged, VaultExists
from intake_app.domain.stamps import stamp
from intake_app.files.atomic import ensure_private_dir, fsync_dir, write_atomic
from intake_app.files.location import check_location
from intake_app.vault import audit, crypto, database, migrate
from intake_app.vault.backup_file import (
    FORMAT,
    auth_code,
    backup_auth_key,
    check_auth,
    file_sha256,
    pack,
    read_backup,
    record_auth_key,
    slots_document,
    source_slots,
    stored_auth_key,
)
from intake_app.vault.keyslots import KeySlots, recovery_public_text
from intake_app.vault.layout import VaultPaths
from intake_app.vault.locks import exclusive
from intake_app.vault.pins import PinRepo
from intake_app.vault.restore_slots import RestorePlan, plan_restore
from intake_app.vault.staging import Stage, clean_stale, stale_stages
from intake_app.vault.switching import fsync_file, remove_file

__all__ = ["FORMAT", "RestoreReport", "backup_auth_key", "file_sha256", "read_backup",
           "restore", "write_backup"]

RESTORE_LABEL = "restore"
_RECORD = "restore.json"
_RECORD_SLOTS = "keyslots.json"


# --- writing ----------------------------------------------------------------------------------

def write_backup(conn: database.Connection, data_key: bytes, slots_bytes: bytes,
                 target: Path) -> dict[str, object]:
    """Write a verified backup of the open database to ``target``. Returns the manifest."""
    target = Path(target)
    if target.exists() or target.is_symlink():
        raise VaultExists("a file with that name already exists; choose another name")
    if not target.parent.is_dir():
        ensure_private_dir(target.parent)  # made here: owner-only; an existing one is as it is
    clean_stale(target.parent, except_label=RESTORE_LABEL)
    stage = Stage.create(target.parent, target.name)
    try:
        db_copy = stage.path / "vault.db"
        database.backup_to(conn, db_copy, data_key)
        check = database.open_db(db_copy, data_key, readonly=True)
        try:
            problems = database.integrity_problems(check)
            counts = database.table_counts(check)
            head = audit.head(check)
            version = int(check.execute("PRAGMA user_version").fetchone()[0])
        finally:
            check.close()
        if problems:
            raise VaultDamaged("the vault failed its integrity check; backup not written: "
                               + "; ".join(problems))
        if counts != database.table_counts(conn):
            raise VaultDamaged("the backup copy does not match the vault (row counts differ)")
        slots = KeySlots.from_bytes(slots_bytes)
        document = slots_document(slots)
        manifest: dict[str, object] = {
            "format": FORMAT,
            "created": stamp(datetime.now(UTC)),
            "vault_id": slots.vault_id,
            "generation": slots.generation,
            "schema_version": version,
            "audit_head": head,
            "counts": counts,
            "sha256": {"vault.db": file_sha256(db_copy),
                       "slots.json": hashlib.sha256(document).hexdigest()},
            # Whether a person's slot label may stand in for a pin the vault does not have yet
            # (restore_slots.py): only if a holder of the data key wrote the file.
            "slots_mac": slots.mac_state(data_key, required=PinRepo(conn).mac_required()),
        }
        key = stored_auth_key(conn)
        if key is not None:
            manifest["auth"] = auth_code(key, manifest)
        packed = stage.path / "backup.tar"
        pack(packed, manifest, db_copy, document)
        read_backup(packed, stage.path / "verify")  # read back what was written
        os.replace(packed, target)
        fsync_dir(target.parent)
        return manifest
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("the disk is full; the backup was not written") from None
        raise
    finally:
        stage.remove()


# --- restoring --------------------------------------------------------------------------------

class RestoreReport(dict[str, Any]):
    """The backup's manifest (what it says is shown, never obeyed) and what the restore did.

    ``authenticated``: the backup carried a valid authentication code (False: written before
    the vault had a backup key, so where it came from cannot be checked). ``sealed``: accounts
    that sign in with their passphrase. ``left_out``: (name, why) for active accounts that got
    no key; ``admin recover`` sets each of them up again.
    """

    def __init__(self, manifest: dict[str, Any], *, authenticated: bool, sealed: list[str],
                 left_out: list[tuple[str, str]]) -> None:
        super().__init__(manifest)
        self.authenticated = authenticated
        self.sealed = list(sealed)
        self.left_out = [(str(n), str(w)) for n, w in left_out]


def restore(backup_file: Path, data_dir: Path, recovery_key: str, *,
            clock: audit.Clock = audit.utc_now,
            allow_unauthenticated: bool = False) -> RestoreReport:
    """Restore a backup into a folder without a vault, using the recovery key (or complete a
    restore of the same backup that was interrupted there)."""
    data_dir = Path(data_dir)
    check_location(data_dir)
    ensure_private_dir(data_dir)
    paths = VaultPaths(data_dir)
    _refuse_a_vault(paths)
    secret = crypto.parse_recovery_key(recovery_key)
    auth_key = backup_auth_key(secret)
    with exclusive(paths.open_lock, wait=False):  # one restore at a time, and no session
        _refuse_a_vault(paths)
        occupied = [p for p in (paths.db, *paths.sidecars(paths.db))
                    if p.exists() or p.is_symlink()]
        if not occupied:
            clean_stale(paths.root, RESTORE_LABEL)  # none can be needed: start over
        elif occupied != [paths.db] or not any(
                (stage / _RECORD).exists() for stage in stale_stages(paths.root,
                                                                     RESTORE_LABEL)):
            raise _not_ours()  # our own work never leaves a journal beside the database
        stage = Stage.create(paths.root, RESTORE_LABEL)
        keep_stage = False
        try:
            manifest, db_copy, slots_raw = read_backup(Path(backup_file), stage.path)
            source = source_slots(manifest, slots_raw)
            try:
                data_key = source.unseal_with_recovery(secret)  # WrongPassphrase
            except VaultDamaged:
                raise BackupInvalid("the backup file is damaged or incomplete") from None
            authenticated = check_auth(manifest, auth_key)
            if not authenticated and not allow_unauthenticated:
                raise BackupInvalid("this backup carries no authentication code (an earlier "
                                    "version wrote it), so where it came from cannot be "
                                    "checked; nothing was restored. If you know it is yours, "
                                    "run the restore again with --allow-unauthenticated")
            if occupied:
                report = _complete_interrupted(paths, manifest, secret, auth_key)
            else:
                plan = _prepare(paths, manifest, db_copy, source, data_key, secret,
                                authenticated, clock)
                report = RestoreReport(manifest, authenticated=authenticated,
                                       sealed=plan.sealed, left_out=plan.left_out)
                slots_out = plan.slots.to_bytes()
                try:
                    _write_record(stage.path, paths.restoring_db, slots_out, manifest,
                                  auth_key, report)
                    keep_stage = True  # from here the record is what lets a re-run finish
                    _switch_in(paths)
                except BaseException:
                    # Never the only copy of anything: once linked, vault.db holds the data.
                    for leftover in (paths.restoring_db, *paths.sidecars(paths.restoring_db)):
                        remove_file(leftover)
                    raise
                _commit(paths, slots_out)
                keep_stage = False
        finally:
            if keep_stage:
                stage.release()
            else:
                stage.remove()
        clean_stale(paths.root, RESTORE_LABEL)
        return report


def _refuse_a_vault(paths: VaultPaths) -> None:
    if paths.slots.exists() or paths.pending_slots.exists():
        raise VaultExists("the data folder already holds a vault; restore into an empty folder")
    for copy, what in ((".spare", "its spare copy, keyslots.json.spare (the same content)"),
                       (".prev", "an older copy, keyslots.json.prev")):
        if paths.slots.with_name(paths.slots.name + copy).exists():
            raise VaultExists(
                f"this folder holds a vault whose key slot file keyslots.json is missing, and "
                f"{what} is beside it: copy that back to keyslots.json instead. A restore "
                "would lose everything recorded since the backup, so nothing was changed")


def _prepare(paths: VaultPaths, manifest: dict[str, Any], db_copy: Path, source: KeySlots,
             data_key: bytes, secret: bytes, authenticated: bool,
             clock: audit.Clock) -> RestorePlan:
    """Step 2: the restored database, ready under ``vault.db.restoring``. On failure it is
    removed again."""
    staged = [paths.restoring_db, *paths.sidecars(paths.restoring_db)]
    for leftover in staged:  # an interrupted restore's, never anything else
        remove_file(leftover)
    try:
        os.replace(db_copy, paths.restoring_db)
        conn = database.open_db(paths.restoring_db, data_key)
        try:
            problems = database.integrity_problems(conn)
            if problems or database.table_counts(conn) != manifest.get("counts"):
                raise BackupInvalid("the backup failed verification: "
                                    + ("; ".join(problems) or "row counts differ"))
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if row is None or bytes(row[0]).decode(errors="replace") != source.vault_id:
                raise BackupInvalid("the database and the key slots in this backup do not "
                                    "belong to the same vault")
            trusted = manifest.get("format") == 2 and manifest.get("slots_mac") in ("ok",
                                                                                  "missing")
            plan = plan_restore(conn, source, data_key, secret, labels_trusted=trusted)
            detail = (f"backup_created={manifest.get('created', '')} "
                      f"authenticated={'yes' if authenticated else 'no'} "
                      f"sealed={','.join(plan.sealed) or '-'} "
                      f"left_out={','.join(n for n, _ in plan.left_out) or '-'}")
            with database.transaction(conn):
                pins = PinRepo(conn)
                pins.pin_recovery(recovery_public_text(secret))
                pins.require_mac()
                record_auth_key(conn, secret)
                audit.append(conn, "recovery-key", "vault.restore",
                             str(manifest.get("audit_head", "")), detail, clock=clock)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        fsync_file(paths.restoring_db)
    except (database.DatabaseError, VaultDamaged):
        for leftover in staged:
            remove_file(leftover)
        raise BackupInvalid("the database in the backup is damaged") from None
    except BaseException:
        for leftover in staged:
            remove_file(leftover)
        raise
    return plan


def _switch_in(paths: VaultPaths) -> None:
    """Step 4's first half: ``vault.db.restoring`` becomes ``vault.db``, never over one."""
    try:
        os.link(paths.restoring_db, paths.db)  # fails, rather than replaces, if one appeared
    except FileExistsError:
        raise _not_ours() from None
    except OSError:  # a file system without hard links
        if paths.db.exists():
            raise _not_ours() from None
        os.replace(paths.restoring_db, paths.db)
    else:
        os.unlink(paths.restoring_db)
    fsync_dir(paths.root)


def _write_record(stage: Path, db: Path, slots_out: bytes, manifest: dict[str, Any],
                  auth_key: bytes, report: RestoreReport) -> None:
    """Step 3: what a re-run needs to recognise the database as this restore's own work."""
    record: dict[str, Any] = {
        "db_sha256": file_sha256(db), "backup": manifest["sha256"],
        "keyslots_sha256": hashlib.sha256(slots_out).hexdigest(),
        "authenticated": report.authenticated, "sealed": report.sealed,
        "left_out": [list(x) for x in report.left_out]}
    record["auth"] = auth_code(auth_key, record)
    write_atomic(stage / _RECORD_SLOTS, slots_out)
    write_atomic(stage / _RECORD, json.dumps(record).encode())


def _read_record(stage: Path, auth_key: bytes) -> tuple[dict[str, Any], bytes] | None:
    """The record in a staging folder and its slot file, if intact and written with this
    recovery key; else None."""
    try:
        record = json.loads((stage / _RECORD).read_bytes())
        slots_out = (stage / _RECORD_SLOTS).read_bytes()
        if not isinstance(record, dict) or not isinstance(record.get("auth"), str):
            return None
        if not _same(record["auth"], auth_code(auth_key, record)) or \
                hashlib.sha256(slots_out).hexdigest() != record["keyslots_sha256"]:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return record, slots_out


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _not_ours() -> VaultExists:
    return VaultExists(
        "this folder holds a vault database (vault.db) but no key slot file, and a restore "
        "never replaces a database. If keyslots.json was lost, put back a copy of it; "
        "otherwise restore into an empty folder. Nothing was changed")


def _complete_interrupted(paths: VaultPaths, manifest: dict[str, Any],
                          secret: bytes, auth_key: bytes) -> RestoreReport:
    """Only ``vault.db`` is here: finish the restore that wrote it, or refuse."""
    db_sum = file_sha256(paths.db)
    for stage in stale_stages(paths.root, RESTORE_LABEL):
        found = _read_record(stage, auth_key)
        if found is None or found[0].get("db_sha256") != db_sum:
            continue
        record, slots_out = found
        if record.get("backup") != manifest["sha256"]:
            raise VaultExists("this folder holds an interrupted restore of another backup; "
                              "run the restore again with that backup file, or restore into "
                              "an empty folder. Nothing was changed")
        try:
            KeySlots.from_bytes(slots_out).unseal_with_recovery(secret)
        except VaultDamaged:
            continue
        _commit(paths, slots_out)
        remove_file(paths.restoring_db)  # killed between the link and the unlink
        return RestoreReport(manifest, authenticated=bool(record.get("authenticated")),
                             sealed=list(record.get("sealed", [])),
                             left_out=[tuple(x) for x in record.get("left_out", [])])
    raise _not_ours()


def _commit(paths: VaultPaths, slots_out: bytes) -> None:
    """Step 4's last half: the slot file, with its spare copy. From here there is a vault."""
    try:
        write_atomic(paths.slots, slots_out, spare=True)
    except DiskFull:
        raise DiskFull("the disk is full, and the restore stopped before its last step: free "
                       "some space and run the same restore again to complete it") from None


def backup_before_migration(paths: VaultPaths, conn: database.Connection, data_key: bytes,
                            clock: audit.Clock) -> Path:
    """The automatic backup taken before a schema upgrade, under ``backups/``."""
    ensure_private_dir(paths.backups)
    version = migrate.current_version(conn)
    moment = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups / f"pre-migration-v{version}-{moment}.cibackup"
    write_backup(conn, data_key, paths.slots.read_bytes(), target)
    return target
