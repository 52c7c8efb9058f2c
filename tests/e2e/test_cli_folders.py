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


# --- permissions of existing folders --------------------------------------------------------

@pytest.fixture
def shared_folder(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    return folder


def test_init_never_changes_an_existing_folders_mode(shared_folder):
    stray = shared_folder / "vault.db"
    stray.write_bytes(b"")  # a failing init: a database without key slots is in the way
    r = cli(shared_folder, "admin", "init", "--user", "itadmin", stdin=ADMIN_PASS + "\n")
    assert_one_line_failure(r)
    assert mode(shared_folder) == 0o755
    stray.unlink()
    r = cli(shared_folder, "admin", "init", "--user", "itadmin", stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert mode(shared_folder) == 0o755
    # The vault's own files are still owner-only.
    assert mode(shared_folder / "vault.db") == 0o600
    assert mode(shared_folder / "keyslots.json") == 0o600


def test_a_failing_restore_never_changes_an_existing_folders_mode(shared_folder, tmp_path):
    shared_folder.chmod(0o750)
    backup = tmp_path / "b.cibackup"
    backup.write_bytes(b"junk")
    r = cli(shared_folder, "admin", "restore", "--from", str(backup), stdin="not a key\n")
    assert_one_line_failure(r)
    assert mode(shared_folder) == 0o750


def test_demo_never_changes_an_existing_folders_mode(shared_folder):
    r = cli(shared_folder, "demo", "--cases", "2")
    assert r.returncode == 0, r.stderr
    assert mode(shared_folder) == 0o755


def test_missing_folders_are_created_owner_only(tmp_path):
    data = tmp_path / "new" / "nested" / "vault"
    r = cli(data, "admin", "init", "--user", "itadmin", stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert [mode(p) for p in (tmp_path / "new", data.parent, data)] == [0o700] * 3


def test_a_folder_every_user_may_write_in_is_refused_and_left_alone(tmp_path):
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o777)
    r = cli(folder, "admin", "init", "--user", "itadmin", stdin=ADMIN_PASS + "\n")
    assert_one_line_failure(r)
    assert "every user" in r.stderr
    assert everything_under(folder) == [] and mode(folder) == 0o777
