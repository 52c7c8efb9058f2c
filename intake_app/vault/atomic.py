"""Atomic, owner-only file writes for everything the app stores outside the vault database."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from intake_app.domain.errors import DiskFull


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes, *, keep_previous: bool = False) -> None:
    """Write ``data`` to ``path`` via a temp file: mode 0600 before the first byte, fsync, rename.

    With ``keep_previous`` the current file is first hard-linked to ``<name>.prev`` so the
    previous version survives the switch.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600) if hasattr(os, "fchmod") else None
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_previous and path.exists():
            prev = path.with_name(path.name + ".prev")
            prev_tmp = path.with_name(f".{path.name}.prev-tmp-{os.getpid()}")
            with contextlib.suppress(FileNotFoundError):
                prev_tmp.unlink()
            os.link(path, prev_tmp)
            os.replace(prev_tmp, prev)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("the disk is full; nothing was changed") from None
        raise


def ensure_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700)
