"""'May the app write a file here?': never in or beside the vault's data folder, never in a
cloud-sync or network folder, with every link resolved first (real folders and links on disk).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.domain.errors import UnsafeLocation
from intake_app.files.location import check_write_target, may_write_here


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    """(the vault's data folder, a removable drive), side by side on a local disk."""
    data = tmp_path / "home" / "intake-data"
    (data / "backups").mkdir(parents=True)
    (data / "keyslots.json").write_text("{}")
    usb = tmp_path / "media" / "usb"
    usb.mkdir(parents=True)
    return data, usb


def refused(target: Path, data: Path, **kwargs) -> bool:
    with pytest.raises(UnsafeLocation):
        check_write_target(target, data, **kwargs)
    assert not may_write_here(target, data, **kwargs)
    return True


def test_a_folder_of_its_own_is_fine(places):
    data, usb = places
    check_write_target(usb / "recovery.txt", data)
    assert may_write_here(usb / "recovery.txt", data)
    (usb / "nested").mkdir()
    assert may_write_here(usb / "nested" / "export.pdf", data)


@pytest.mark.parametrize("where", ["recovery.txt", "backups/recovery.txt", "new/folder/x.pdf"])
def test_inside_the_data_folder_is_refused(places, where):
    data, _usb = places
    assert refused(data / where, data)


def test_over_the_data_folder_itself_is_refused(places):
    data, _usb = places
    assert refused(data, data)


def test_next_to_the_data_folder_is_refused(places):
    data, _usb = places
    assert refused(data.parent / "recovery.txt", data)
    # A folder of its own beside it is somewhere else.
    (data.parent / "letters").mkdir()
    assert may_write_here(data.parent / "letters" / "x.pdf", data)


def test_a_link_that_leads_into_the_data_folder_is_refused(places):
    data, usb = places
    (usb / "looks-safe").symlink_to(data)
    assert refused(usb / "looks-safe" / "recovery.txt", data)
    assert refused(usb / "looks-safe" / "backups" / "recovery.txt", data)


def test_a_data_folder_given_through_a_link_is_still_found(places):
    data, usb = places
    link = usb.parent / "vault-link"
    link.symlink_to(data)
    assert refused(data / "recovery.txt", link)
    assert refused(data.parent / "recovery.txt", link)


def test_a_file_that_is_a_link_into_the_vault_is_refused(places):
    data, usb = places
    (usb / "recovery.txt").symlink_to(data / "keyslots.json")
    assert refused(usb / "recovery.txt", data)


@pytest.mark.parametrize("folder", ["Dropbox", "OneDrive - Charity/keys", "iCloud Drive"])
def test_sync_folders_are_refused(places, folder):
    data, usb = places
    (usb / folder).mkdir(parents=True)
    assert refused(usb / folder / "recovery.txt", data)


def test_a_link_into_a_sync_folder_is_refused(places, tmp_path):
    data, usb = places
    synced = tmp_path / "home" / "Nextcloud"
    synced.mkdir()
    (usb / "keys").symlink_to(synced)
    assert refused(usb / "keys" / "recovery.txt", data)
    (usb / "key.txt").symlink_to(synced / "key.txt")  # the file itself leads there
    assert refused(usb / "key.txt", data)


def test_a_file_with_a_sync_like_name_in_a_local_folder_is_fine(places):
    data, usb = places
    assert may_write_here(usb / "sync", data)
    assert may_write_here(usb / "box", data)


def test_a_network_mount_is_refused(places, tmp_path):
    data, usb = places
    share = tmp_path / "share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/export {share} cifs rw 0 0\n/dev/vda / ext4 rw 0 0\n")
    assert refused(share / "recovery.txt", data, mounts_file=mounts)
    (usb / "to-share").symlink_to(share)
    assert refused(usb / "to-share" / "recovery.txt", data, mounts_file=mounts)
    assert may_write_here(usb / "recovery.txt", data, mounts_file=mounts)


def test_checking_writes_nothing(places):
    data, usb = places
    before = sorted(p.name for p in data.rglob("*"))
    assert refused(data / "recovery.txt", data)
    assert may_write_here(usb / "recovery.txt", data)
    assert sorted(p.name for p in data.rglob("*")) == before
    assert list(usb.iterdir()) == []
