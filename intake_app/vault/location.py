"""Where the vault may live: never on a network share or inside a cloud-sync folder."""

from __future__ import annotations

import os
from pathlib import Path

from intake_app.domain.errors import UnsafeLocation

_SYNC_NAMES = {
    "dropbox", "onedrive", "google drive", "googledrive", "my drive", "icloud drive",
    "icloud", "mobile documents", "nextcloud", "owncloud", "box", "box sync", "pcloud drive",
    "mega", "syncthing", "sync", "seafile", "tresorit",
}
_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs",
    "9p", "davfs", "fuse.davfs2", "fuse.rclone", "ceph", "glusterfs", "fuse.glusterfs",
    "lustre", "fuse.s3fs", "webdav",
}


def _mount_fstype(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best, fstype = "", None
    target = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) >= len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def check_location(data_dir: Path, mounts_file: Path = Path("/proc/mounts")) -> None:
    """Raise UnsafeLocation for a sync folder or a network file system."""
    resolved = Path(os.path.abspath(data_dir))
    for part in resolved.parts:
        lowered = part.lower()
        if lowered in _SYNC_NAMES or lowered.startswith(("onedrive -", "dropbox (")):
            raise UnsafeLocation(
                f"the data folder is inside a cloud-sync folder ({part}); "
                "choose a folder on this computer's own disk"
            )
    if os.name == "nt" and str(resolved).startswith("\\\\"):
        raise UnsafeLocation("the data folder is on a network share; use a local disk")
    existing = resolved
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fstype = _mount_fstype(existing, mounts_file)
    if fstype and fstype.lower() in _NETWORK_FS:
        raise UnsafeLocation(
            f"the data folder is on a network file system ({fstype}); use a local disk"
        )
