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


def real_location(data_dir: Path) -> Path:
    """Where ``data_dir`` really is: every symbolic link (and Windows junction) in its
    existing part resolved, even a link whose target does not exist yet, and the parts
    still to be created appended. A link elsewhere must not carry the vault into a
    cloud-sync folder unseen."""
    return Path(os.path.realpath(data_dir))


def _sync_folder(path: Path) -> str | None:
    for part in path.parts:
        lowered = part.lower()
        if lowered in _SYNC_NAMES or lowered.startswith(("onedrive -", "dropbox (")):
            return part
    return None


def check_location(data_dir: Path, mounts_file: Path = Path("/proc/mounts")) -> None:
    """Raise UnsafeLocation for a sync folder or a network file system, judged both on the
    path as given and on where it really leads. Writes nothing: callers check first."""
    given = Path(os.path.abspath(data_dir))
    real = real_location(data_dir)
    for path in (given, real):
        part = _sync_folder(path)
        if part is not None:
            through = "" if path is given else f" (the folder given leads to {real})"
            raise UnsafeLocation(
                f"the data folder is inside a cloud-sync folder ({part}){through}; "
                "choose a folder on this computer's own disk"
            )
        if os.name == "nt" and str(path).startswith("\\\\"):
            raise UnsafeLocation("the data folder is on a network share; use a local disk")
    existing = real
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fstype = _mount_fstype(existing, mounts_file)
    if fstype and fstype.lower() in _NETWORK_FS:
        raise UnsafeLocation(
            f"the data folder is on a network file system ({fstype}); use a local disk"
        )
