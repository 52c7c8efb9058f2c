from __future__ import annotations

import pytest

from intake_app.domain.errors import UnsafeLocation
from intake_app.vault.location import check_location


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
