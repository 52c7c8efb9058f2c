"""The one module that opens the SQLCipher database.

It validates the hex key, sends ``PRAGMA key`` first, refuses a SQLite without encryption,
proves the key with a read, sets the pragmas, and owns re-encryption under a new key.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from intake_app.domain.errors import CryptoUnavailable, DiskFull, VaultDamaged, VaultNotWritable

_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

#: 16 KiB pages: SQLCipher's per-page cost (IV, HMAC) is paid four times less often than with
#: the 4 KiB default, which brings bulk writes close to plain SQLite. Part of the vault format:
#: every open (and every attached copy) must use the same value.
PAGE_SIZE = 16384

Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def _key_pragma(data_key: bytes) -> str:
    hex_key = data_key.hex()
    if not _HEX_KEY.fullmatch(hex_key):
        raise ValueError("data key must be 32 bytes")
    return f"\"x'{hex_key}'\""


def writable_problem(folder: Path) -> Exception | None:
    """DiskFull or VaultNotWritable when ``folder`` cannot take a write, else None: so that a
    full disk or a read-only folder is never reported as a damaged vault."""
    try:
        stats = os.statvfs(folder) if hasattr(os, "statvfs") else None
    except OSError:
        stats = None
    if stats is not None and stats.f_flag & getattr(os, "ST_RDONLY", 1):
        return VaultNotWritable("the vault's folder is on a read-only disk; nothing was changed")
    if not os.access(folder, os.W_OK):
        return VaultNotWritable("the vault's folder cannot be written to (no permission); "
                                "nothing was changed")
    if stats is not None and stats.f_bavail * stats.f_frsize < 64 * 1024:
        return DiskFull("the disk is full; nothing was changed")
    return None


def open_db(path: Path, data_key: bytes, *, readonly: bool = False) -> Connection:
    """Open and key the database, proving the key with a read. VaultDamaged when it is not a
    readable vault; DiskFull or VaultNotWritable when the folder is the problem."""
    key_literal = _key_pragma(data_key)
    folder = Path(path).parent
    if not readonly and not Path(path).exists():
        # Owner-only from the first byte; SQLite gives its -wal and -shm files the same mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError:
            raise writable_problem(folder) or VaultDamaged(
                "the vault database cannot be created") from None
    mode = "ro" if readonly else "rwc"
    # A read-only copy (a verification on a read-only disk) cannot hold WAL's shared-memory
    # file: read it as immutable instead (nothing can be writing to it there).
    immutable = "&immutable=1" if readonly and isinstance(writable_problem(folder),
                                                          VaultNotWritable) else ""
    uri = f"file:{Path(path).as_posix()}?mode={mode}{immutable}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error:
        raise (None if readonly else writable_problem(folder)) or VaultDamaged(
            "the vault database cannot be opened") from None
    try:
        # SQLCipher's own log goes to stderr; our errors are reported as typed exceptions.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_literal}")
        conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            conn.close()
            raise CryptoUnavailable("this SQLite build cannot encrypt; refusing to continue")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except CryptoUnavailable:
        raise
    except sqlcipher3.Error:
        conn.close()
        raise (None if readonly else writable_problem(folder)) or VaultDamaged(
            "the vault database is damaged or not a vault") from None
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: BEGIN IMMEDIATE, COMMIT, ROLLBACK on any error."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        raise _translate(exc) from None
    try:
        yield conn
    except BaseException as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlcipher3.Error):
            translated = _translate(exc)
            if translated is not exc:
                raise translated from None
        raise
    try:
        conn.execute("COMMIT")
    except sqlcipher3.Error as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise _translate(exc) from None


def typed_error(exc: Exception, folder: Path) -> Exception:
    """The typed error for a database failure: disk full, not writable, else damage."""
    translated = _translate(exc)
    if translated is not exc:
        return translated
    return writable_problem(folder) or VaultDamaged("the vault database is damaged")


#: SQLite's primary result codes that mean something other than damage.
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CANTOPEN = 13, 8, 10, 14
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def _translate(exc: Exception) -> Exception:
    code = int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
    text = str(exc).lower()
    if code == _SQLITE_FULL or "full" in text:
        return DiskFull("the disk is full; nothing was changed")
    if code == _SQLITE_READONLY:
        return VaultNotWritable("the vault cannot be written to (read-only); nothing was "
                                "changed")
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "not a database" in text or \
            "malformed" in text:
        return VaultDamaged("the vault database is damaged")
    return exc


def integrity_problems(conn: Connection) -> list[str]:
    """Both SQLite's and SQLCipher's integrity checks; an empty list means healthy."""
    problems: list[str] = []
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            problems.append(f"database structure check failed ({len(rows)} problems)")
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if rows:
            problems.append(f"encrypted page check failed ({len(rows)} damaged pages)")
    except sqlcipher3.Error:
        problems.append("the database could not be read to the end")
    return problems


def table_counts(conn: Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def export_rekeyed(conn: Connection, target: Path, new_key: bytes) -> None:
    """Write the whole database into a new file encrypted under ``new_key``."""
    literal = _key_pragma(new_key)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY {literal}", (str(target),))
    try:
        conn.execute(f"PRAGMA rekeyed.cipher_page_size = {PAGE_SIZE}")
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")


def backup_to(conn: Connection, target: Path, data_key: bytes) -> None:
    """Copy the live database with SQLite's backup API into a new file under the same key."""
    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(f"PRAGMA key = {_key_pragma(data_key)}")
        dest.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    except sqlcipher3.Error as exc:
        raise _translate(exc) from None
    finally:
        dest.close()
