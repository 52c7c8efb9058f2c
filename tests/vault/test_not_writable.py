"""A read-only folder and a full disk are reported as what they are, never as a damaged vault
(real small tmpfs mounts; needs root, as in CI)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess

import pytest

from intake_app.domain.errors import DiskFull, VaultDamaged, VaultNotWritable
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS
from tests.helpers.cli import cli
from tests.helpers.mounts import small_tmpfs


@pytest.fixture
def mounted(tmp_path):
    with small_tmpfs(tmp_path / "mnt", "2m") as mount_point:
        yield mount_point


def _remount(mount_point, mode):
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True)


def test_a_read_only_copy_says_read_only_and_can_still_be_verified(mounted, vault_dir):
    root = mounted / "data"
    shutil.copytree(vault_dir, root)
    before = {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()}
    _remount(mounted, "ro")
    with pytest.raises(VaultNotWritable):
        Vault.unlock(root, ADMIN, ADMIN_PASS)
    r = cli(root, "admin", "verify", "--as", ADMIN, stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert "Vault verified" in r.stdout and "not recorded" in r.stderr
    r = cli(root, "admin", "list-users", "--as", ADMIN, stdin=ADMIN_PASS + "\n")
    assert r.returncode == 1 and "damaged" not in r.stderr and "read-only" in r.stderr
    _remount(mounted, "rw")
    assert {p.name: p.read_bytes() for p in root.iterdir() if p.is_file()} == before


def test_a_full_disk_at_sign_in_says_disk_full(mounted, vault_dir):
    root = mounted / "data"
    shutil.copytree(vault_dir, root)
    filler = mounted / "filler"
    with open(filler, "wb") as fh, contextlib.suppress(OSError):
        fh.write(b"\0" * (4 * 1024 * 1024))
    with pytest.raises((DiskFull, VaultNotWritable)) as info:
        Vault.unlock(root, ADMIN, ADMIN_PASS)
    assert not isinstance(info.value, VaultDamaged)
    assert isinstance(info.value, DiskFull)
    filler.unlink()
    Vault.unlock(root, ADMIN, ADMIN_PASS).lock()
