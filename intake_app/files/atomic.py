"""Atomic, owner-only file writes for everything the app stores outside the vault database."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from intake_app.domain.errors import DiskFull, FolderTooOpen, VaultNotWritable


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, spare: bool = False) -> None:
    """Write ``data`` to ``path`` via a temp file: mode 0600 before the first byte, fsync, rename.

    The temp file has an unpredictable name and is created exclusively, never through a link,
    so nobody who can write the folder can plant a symlink that the write would follow. With
    ``spare``, a second copy of the same bytes is then written to ``<name>.spare``: if the file
    is lost or damaged, the spare is the current state, not an older one (putting back an
    older key slot file is exactly what someone who knew an old passphrase would do).
    """
    path = Path(path)
    _write_replace(path, data)
    if spare:
        _write_replace(path.with_name(path.name + ".spare"), data)


def _write_replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{secrets.token_hex(8)}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        try:
            os.fchmod(fd, 0o600) if hasattr(os, "fchmod") else None
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("the disk is full; nothing was changed") from None
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise VaultNotWritable(f"{path.parent} cannot be written to (read-only or no "
                                   "permission); nothing was changed") from None
        raise


def ensure_private_dir(path: Path) -> None:
    """Make sure the folder ``path`` exists. Folders made here (missing parents too) are
    owner-only, 0700. An existing folder's permissions are never changed: it may be a
    folder IT set up on purpose (shared with a group, say), and a command that then fails
    must leave it as it found it. FolderTooOpen if an existing one is writable by every
    user of this computer (others could then replace or plant files beside the vault)."""
    path = Path(path)
    missing: list[Path] = []
    folder = path
    while not folder.is_dir() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    if not missing:
        _refuse_world_writable(path)
        return
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if folder.is_dir():
                continue  # made by someone else just now: not ours to change
            raise
        # Ours, just made: a umask may have taken away the owner's own bits.
        os.chmod(folder, 0o700)


def _refuse_world_writable(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows reports no meaningful mode bits; its ACLs are set by the installer
    if os.stat(folder).st_mode & stat.S_IWOTH:
        raise FolderTooOpen(
            f"every user of this computer can change files in {folder}; remove their write "
            "access (chmod o-w) or choose another folder")
