"""Where the app may keep its data and write files, judged where paths really lead.

* ``check_location``: the vault's data folder is never on a network share or inside a
  cloud-sync folder.
* ``check_write_target`` / ``may_write_here``: any other file the app writes for a person (a
  recovery key, an exported PDF) is never put inside or next to the data folder, nor in a
  cloud-sync or network folder. A file beside the vault would travel with every copy of it,
  and a synced one leaves the laptop.

Symbolic links (and Windows junctions) are resolved first: a link must not carry a file into
a place the path as typed seems to avoid.
"""

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
    _refuse_remote(data_dir, "the data folder", "choose a folder on this computer's own disk",
                   mounts_file)


def check_write_target(target: Path, data_dir: Path,
                       mounts_file: Path = Path("/proc/mounts")) -> None:
    """Raise UnsafeLocation unless the app may write the file ``target``: not inside the vault's
    data folder ``data_dir`` (nor over the folder itself), not beside it in the folder that
    holds it, and not in a cloud-sync or network folder. Every path is judged as given and
    where it really leads, so a link cannot hide the vault or a synced folder. Writes nothing.
    """
    target = Path(target)
    real_target = real_location(target)
    vaults = (Path(os.path.abspath(data_dir)), real_location(data_dir))
    for path in (Path(os.path.abspath(target)), real_target):
        for vault in vaults:
            if _within(path, vault):
                raise UnsafeLocation(f"{target} would be inside the vault's data folder; "
                                     "choose another folder")
            if _same(path.parent, vault.parent):
                raise UnsafeLocation(f"{target} would be next to the vault's data folder; "
                                     "choose another folder")
    # Folders, not the file: a file may well be called "box" or "sync".
    for folder in (target.parent, real_target.parent):
        _refuse_remote(folder, "the chosen folder",
                       "choose a folder on this computer or a removable drive", mounts_file)


def may_write_here(target: Path, data_dir: Path,
                   mounts_file: Path = Path("/proc/mounts")) -> bool:
    """``check_write_target`` as a yes or no, for a screen that words its own refusal."""
    try:
        check_write_target(target, data_dir, mounts_file)
    except UnsafeLocation:
        return False
    return True


def _within(path: Path, folder: Path) -> bool:
    # normcase: on Windows C:\Data and c:\data are the same folder.
    return Path(os.path.normcase(path)).is_relative_to(os.path.normcase(folder))


def _same(first: Path, second: Path) -> bool:
    return os.path.normcase(first) == os.path.normcase(second)


def _refuse_remote(folder: Path, what: str, instead: str, mounts_file: Path) -> None:
    """UnsafeLocation if ``folder`` (as given, or where it leads) is in a sync folder, on a
    Windows network share, or on a network file system; ``what`` names it in the message."""
    given = Path(os.path.abspath(folder))
    real = real_location(folder)
    for path in (given, real):
        part = _sync_folder(path)
        if part is not None:
            through = "" if path is given else f" (the folder given leads to {real})"
            raise UnsafeLocation(
                f"{what} is inside a cloud-sync folder ({part}){through}; {instead}"
            )
        if os.name == "nt" and str(path).startswith("\\\\"):
            raise UnsafeLocation(f"{what} is on a network share; use a local disk")
    existing = real
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    fstype = _mount_fstype(existing, mounts_file)
    if fstype and fstype.lower() in _NETWORK_FS:
        raise UnsafeLocation(
            f"{what} is on a network file system ({fstype}); use a local disk"
        )
