"""The data folder an IT admin points the real CLI at: a symbolic link into a cloud-sync
folder is refused before anything is written, and a folder that already exists keeps the
permissions it had, whether the command then succeeds or fails."""

from __future__ import annotations

import stat

import pytest

from tests.e2e.test_cli import ADMIN_PASS, assert_one_line_failure
from tests.helpers.cli import cli


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def everything_under(folder) -> list:
    return sorted(folder.rglob("*"))


# --- a symlink into a sync folder -----------------------------------------------------------

@pytest.fixture
def dropbox(tmp_path):
    folder = tmp_path / "home" / "Dropbox"
    folder.mkdir(parents=True)
    return folder


@pytest.mark.parametrize("target_exists", [True, False])
def test_init_through_a_symlink_into_dropbox_writes_nothing_there(tmp_path, dropbox,
                                                                  target_exists):
    target = dropbox / "vault"
    if target_exists:
        target.mkdir()
    (tmp_path / "x").mkdir()
    link = tmp_path / "x" / "link"
    link.symlink_to(target)  # /tmp/x/link -> ~/Dropbox/vault
    r = cli(link, "admin", "init", "--user", "itadmin", stdin=ADMIN_PASS + "\n")
    assert_one_line_failure(r)
    assert "cloud-sync folder (Dropbox)" in r.stderr and str(target) in r.stderr
    assert "Recovery key" not in r.stdout
    assert everything_under(dropbox) == ([target] if target_exists else [])


def test_restore_through_a_symlink_into_dropbox_writes_nothing_there(tmp_path, dropbox):
    (tmp_path / "link").symlink_to(dropbox)
    backup = tmp_path / "any.cibackup"
    backup.write_bytes(b"not read: the folder is refused first")
    r = cli(tmp_path / "link" / "restored", "admin", "restore", "--from", str(backup),
            stdin="AAAA-AAAA\n")
    assert_one_line_failure(r)
    assert "cloud-sync" in r.stderr
    assert everything_under(dropbox) == []
