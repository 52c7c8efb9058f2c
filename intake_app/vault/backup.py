"""Encrypted backups and restore.

A backup file (``.cibackup``) is an uncompressed tar holding ``manifest.json`` (no secrets: the
vault id, key generation, audit chain head, table row counts and SHA-256 sums), ``vault.db``
(a SQLite-backup-API copy, still encrypted under the data key) and ``keyslots.json``. It is
built under a temporary name, read back and verified (both integrity checks, row counts, sums),
and only then renamed into place. Restore verifies again before anything lands in the data
directory, and writes the key slot file last.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from intake_app.domain.errors import BackupInvalid, VaultDamaged, VaultExists
from intake_app.vault import audit, crypto, database
from intake_app.vault.atomic import ensure_private_dir, fsync_dir, write_atomic
from intake_app.vault.keyslots import KeySlots, recovery_public_text
from intake_app.vault.layout import VaultPaths, vault_exists
from intake_app.vault.location import check_location
from intake_app.vault.pins import PinRepo

FORMAT = 1


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _staging_dir(near: Path) -> Path:
    """A private scratch folder beside ``near`` (same file system, so renames are atomic).

    mkdtemp makes it 0700; the folder the person chose is created if needed but its own
    permissions are never changed.
    """
    near.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{near.name}.", dir=near.parent))


def write_backup(conn: database.Connection, data_key: bytes, slots_bytes: bytes,
                 target: Path) -> dict[str, object]:
    """Write a verified backup of the open database to ``target``. Returns the manifest."""
    target = Path(target)
    if target.exists():
        raise VaultExists("a file with that name already exists; choose another name")
    stage = _staging_dir(target)
    try:
        db_copy = stage / "vault.db"
        database.backup_to(conn, db_copy, data_key)
        check = database.open_db(db_copy, data_key, readonly=True)
        try:
            problems = database.integrity_problems(check)
            counts = database.table_counts(check)
            head = audit.head(check)
            version = int(check.execute("PRAGMA user_version").fetchone()[0])
        finally:
            check.close()
        live_counts = database.table_counts(conn)
        if problems:
            raise VaultDamaged("the vault failed its integrity check; backup not written: "
                               + "; ".join(problems))
        if counts != live_counts:
            raise VaultDamaged("the backup copy does not match the vault (row counts differ)")
        slots = KeySlots.from_bytes(slots_bytes)
        manifest: dict[str, object] = {
            "format": FORMAT,
            "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "vault_id": slots.vault_id,
            "generation": slots.generation,
            "schema_version": version,
            "audit_head": head,
            "counts": counts,
            "sha256": {"vault.db": file_sha256(db_copy),
                       "keyslots.json": hashlib.sha256(slots_bytes).hexdigest()},
        }
        packed = stage / "backup.tar"
        fd = os.open(packed, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w",
                                                      format=tarfile.PAX_FORMAT) as tar:
            _add_bytes(tar, "manifest.json", json.dumps(manifest, indent=1).encode())
            tar.add(db_copy, arcname="vault.db")
            _add_bytes(tar, "keyslots.json", slots_bytes)
            raw.flush()
            os.fsync(raw.fileno())
        read_backup(packed, stage / "verify")  # read back what was written
        os.replace(packed, target)
        fsync_dir(target.parent)
        return manifest
    except OSError as exc:
        from intake_app.domain.errors import DiskFull

        if exc.errno in (28, 122):
            raise DiskFull("the disk is full; the backup was not written") from None
        raise
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def read_backup(path: Path, into: Path) -> tuple[dict[str, object], Path, bytes]:
    """Unpack and check a backup's sums. Returns (manifest, vault.db path, keyslot bytes)."""
    ensure_private_dir(into)
    try:
        with tarfile.open(path, mode="r:") as tar:
            members = {m.name: m for m in tar.getmembers()}
            if set(members) != {"manifest.json", "vault.db", "keyslots.json"} or not all(
                m.isfile() for m in members.values()
            ):
                raise BackupInvalid("this is not a Confidential Intake backup")
            manifest = json.loads(_read_member(tar, members["manifest.json"]))
            slots_bytes = _read_member(tar, members["keyslots.json"])
            db_path = into / "vault.db"
            src = tar.extractfile(members["vault.db"])
            if src is None:
                raise BackupInvalid("the backup has no database")
            fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(src, out)
    except (tarfile.TarError, OSError, ValueError, KeyError):
        raise BackupInvalid("the backup file is damaged or incomplete") from None
    try:
        sums = manifest["sha256"]
        if manifest.get("format") != FORMAT or file_sha256(db_path) != sums["vault.db"] or \
                hashlib.sha256(slots_bytes).hexdigest() != sums["keyslots.json"]:
            raise BackupInvalid("the backup file is damaged (checksums differ)")
    except (KeyError, TypeError):
        raise BackupInvalid("the backup file is damaged or incomplete") from None
    return manifest, db_path, slots_bytes


def _read_member(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    fh = tar.extractfile(member)
    if fh is None:
        raise BackupInvalid("the backup file is damaged")
    return fh.read()


def restore(backup_file: Path, data_dir: Path, recovery_key: str, *,
            clock: audit.Clock = audit.utc_now) -> dict[str, object]:
    """Restore a backup into an empty data directory using the recovery key."""
    data_dir = Path(data_dir)
    check_location(data_dir)
    ensure_private_dir(data_dir)
    paths = VaultPaths(data_dir)
    if vault_exists(data_dir):
        raise VaultExists("the data folder already holds a vault; restore into an empty folder")
    secret = crypto.parse_recovery_key(recovery_key)
    stage = _staging_dir(paths.root / "restore")
    try:
        manifest, db_copy, slots_bytes = read_backup(Path(backup_file), stage)
        slots = KeySlots.from_bytes(slots_bytes)
        data_key = slots.unseal_with_recovery(secret)
        conn = database.open_db(db_copy, data_key)
        try:
            problems = database.integrity_problems(conn)
            if problems or database.table_counts(conn) != manifest.get("counts"):
                raise BackupInvalid("the backup failed verification: "
                                    + ("; ".join(problems) or "row counts differ"))
            with database.transaction(conn):
                PinRepo(conn).pin_recovery(recovery_public_text(secret))
                audit.append(conn, "recovery-key", "vault.restore",
                             str(manifest.get("audit_head", "")),
                             f"backup_created={manifest.get('created', '')}", clock=clock)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        for leftover in [paths.db, *paths.sidecars(paths.db)]:  # an interrupted restore's
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        os.replace(db_copy, paths.db)
        fsync_dir(paths.root)
        write_atomic(paths.slots, slots_bytes)  # the commit point
        return manifest
    finally:
        shutil.rmtree(stage, ignore_errors=True)
