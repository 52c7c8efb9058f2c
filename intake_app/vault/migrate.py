"""Numbered schema migrations, each applied in one transaction with ``PRAGMA user_version``."""

from __future__ import annotations

import re
from importlib import resources

from intake_app.domain.errors import VaultTooNew
from intake_app.vault.database import Connection, transaction

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """All shipped migrations as (version, sql), in order, numbered 1..N without gaps."""
    found = []
    for entry in resources.files("intake_app.vault.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [v for v, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration files are not numbered 1..N")
    return found


def latest_version() -> int:
    return len(migrations())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: Connection) -> None:
    if current_version(conn) > latest_version():
        raise VaultTooNew(
            "this vault was written by a newer version of Confidential Intake; "
            "install that version to open it"
        )


def pending(conn: Connection) -> list[tuple[int, str]]:
    check_not_newer(conn)
    have = current_version(conn)
    return [(v, sql) for v, sql in migrations() if v > have]


def apply_pending(conn: Connection) -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    applied = []
    for version, sql in pending(conn):
        with transaction(conn):
            for statement in _split(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
        applied.append(version)
    return applied


def _split(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--") and not buf.strip():
            continue
        buf += line
        if _complete(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def _complete(buf: str) -> bool:
    import sqlcipher3

    return buf.rstrip().endswith(";") and sqlcipher3.complete_statement(buf)
