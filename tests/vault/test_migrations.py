"""Migrations against real old vault files kept as fixtures (one per released schema)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intake_app.domain.errors import VaultDamaged, VaultTooNew
from intake_app.vault import audit, database, migrate
from intake_app.vault.backup import restore
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_migrations_are_numbered_without_gaps():
    versions = [v for v, _ in migrate.migrations()]
    assert versions == list(range(1, len(versions) + 1))


@pytest.mark.parametrize("version", [1, 3])
def test_old_vault_is_backed_up_then_migrated(tmp_path, version):
    source = FIXTURES / f"vault-v{version}"
    root = tmp_path / "data"
    shutil.copytree(source, root)
    recovery = (root / "RECOVERY-KEY.txt").read_text().strip()
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        assert migrate.current_version(vault.conn) == migrate.latest_version()
        assert database.integrity_problems(vault.conn) == []
        assert audit.verify(vault.conn) == []
        assert "fixture.event" in [e.action for e in audit.entries(vault.conn)]
    backups = list((root / "backups").glob(f"pre-migration-v{version}-*.cibackup"))
    assert len(backups) == 1
    # The automatic backup holds the vault as it was before migrating.
    restored = tmp_path / "restored"
    manifest = restore(backups[0], restored, recovery, allow_unauthenticated=True)
    assert manifest["schema_version"] == version


def test_vault_from_a_newer_version_is_refused(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.conn.execute(f"PRAGMA user_version = {migrate.latest_version() + 1}")
    before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(VaultTooNew):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
    assert (vault_dir / "vault.db").read_bytes() == before


def test_failed_migration_rolls_back(vault_dir, monkeypatch):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        latest = migrate.latest_version()
    every = migrate.migrations()
    broken = [*every, (latest + 1, "CREATE TABLE extra (x);\nTHIS IS NOT SQL;")]
    monkeypatch.setattr(migrate, "migrations", lambda: broken)
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
    monkeypatch.setattr(migrate, "migrations", lambda: every)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        assert migrate.current_version(vault.conn) == latest
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables
