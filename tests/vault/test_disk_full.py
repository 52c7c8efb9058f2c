"""A full disk gives a clear DiskFull error and changes nothing (real tmpfs of limited size)."""

from __future__ import annotations

import contextlib
import shutil

import pytest

from intake_app.domain.errors import DiskFull, IntakeError
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS
from tests.helpers.mounts import small_tmpfs


@pytest.fixture
def small_disk(tmp_path):
    with small_tmpfs(tmp_path / "small", "1800k") as mount_point:
        yield mount_point


def test_a_transaction_on_a_full_disk_fails_cleanly_and_loses_nothing(small_disk, vault_dir):
    root = small_disk / "data"
    shutil.copytree(vault_dir, root)
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        with vault.transaction() as conn:
            conn.execute("CREATE TABLE notes (body BLOB)")
            conn.execute("INSERT INTO notes VALUES ('kept')")
        with pytest.raises(IntakeError) as info, vault.transaction() as conn:
            for _ in range(200):
                conn.execute("INSERT INTO notes VALUES (randomblob(16000))")
        assert isinstance(info.value, DiskFull)
        assert vault.conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        assert vault.conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]


def test_a_backup_to_a_full_disk_fails_cleanly(small_disk, vault_dir):
    filler = small_disk / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * (1800 * 1024))
    filler.write_bytes(b"\0" * (filler.stat().st_size - 40 * 1024))
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault, pytest.raises(DiskFull):
        vault.backup(small_disk / "backup.cibackup")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
