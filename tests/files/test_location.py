from __future__ import annotations

import pytest

from intake_app.domain.errors import UnsafeLocation
from intake_app.files.location import check_location, real_location


@pytest.mark.parametrize("folder", ["Dropbox/intake", "OneDrive - Charity/x", "Nextcloud/v"])
def test_sync_folders_refused(tmp_path, folder):
    with pytest.raises(UnsafeLocation):
        check_location(tmp_path / folder)


def test_network_mount_refused(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/export {tmp_path}/share nfs4 rw 0 0\n/dev/vda / ext4 rw 0 0\n")
    (tmp_path / "share").mkdir()
    with pytest.raises(UnsafeLocation):
        check_location(tmp_path / "share" / "vault", mounts_file=mounts)
    check_location(tmp_path / "local", mounts_file=mounts)


@pytest.mark.parametrize("target_exists", [True, False])
def test_a_symlink_into_a_sync_folder_is_refused(tmp_path, target_exists):
    target = tmp_path / "home" / "Dropbox" / "vault"
    target.parent.mkdir(parents=True)
    if target_exists:
        target.mkdir()
    (tmp_path / "x").mkdir()
    link = tmp_path / "x" / "link"
    link.symlink_to(target)  # /tmp/x/link -> ~/Dropbox/vault
    for data_dir in (link, link / "not" / "yet" / "made"):
        with pytest.raises(UnsafeLocation) as info:
            check_location(data_dir)
        assert "Dropbox" in str(info.value)
    assert real_location(link / "a") == target / "a"


def test_a_symlinked_parent_folder_is_followed_too(tmp_path):
    (tmp_path / "OneDrive - Charity").mkdir()
    (tmp_path / "docs").symlink_to(tmp_path / "OneDrive - Charity")
    with pytest.raises(UnsafeLocation):
        check_location(tmp_path / "docs" / "intake" / "vault")


def test_a_symlink_onto_a_network_mount_is_refused(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/export {tmp_path}/share nfs4 rw 0 0\n/dev/vda / ext4 rw 0 0\n")
    (tmp_path / "share").mkdir()
    (tmp_path / "local").symlink_to(tmp_path / "share")
    with pytest.raises(UnsafeLocation):
        check_location(tmp_path / "local" / "vault", mounts_file=mounts)


def test_a_symlink_to_a_local_folder_is_fine(tmp_path):
    (tmp_path / "disk").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "disk")
    check_location(tmp_path / "link" / "vault")


def test_vault_create_through_a_symlink_into_a_sync_folder_writes_nothing(tmp_path):
    from intake_app.vault.store import Vault
    from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF

    target = tmp_path / "iCloud Drive" / "vault"
    target.mkdir(parents=True)
    (tmp_path / "link").symlink_to(target)
    with pytest.raises(UnsafeLocation):
        Vault.create(tmp_path / "link", ADMIN, ADMIN_PASS, kdf=TEST_KDF)
    assert list(target.iterdir()) == []


def test_existing_folders_keep_their_mode_and_world_writable_ones_are_refused(tmp_path):
    import stat

    from intake_app.domain.errors import FolderTooOpen
    from intake_app.files.atomic import ensure_private_dir

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o2770)  # a group-shared folder set up by IT: left exactly as it is
    ensure_private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2770
    shared.chmod(0o1777)
    with pytest.raises(FolderTooOpen):
        ensure_private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
