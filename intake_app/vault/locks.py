"""Advisory file locks between processes sharing one data directory.

* ``open.lock``: every open session holds it shared; data-key rotation and restore need it
  exclusively, so they never swap the database under a running app.
* ``slots.lock``: held exclusively around every read-modify-write of the key slot file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from intake_app.domain.errors import VaultBusy

try:
    import fcntl
except ImportError:  # Windows: not implemented yet (see packaging/windows/README.md); the
    fcntl = None  # type: ignore[assignment]  # app then relies on one user per laptop.


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.fd: int | None = None

    def acquire(self, exclusive: bool, wait: bool = True) -> None:
        opened_here = self.fd is None
        if self.fd is None:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:
            return
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        if not wait:
            flags |= fcntl.LOCK_NB
        try:
            fcntl.flock(self.fd, flags)
        except BlockingIOError:
            if opened_here:
                self.release()
            raise VaultBusy(
                "the vault is open in another Confidential Intake window or command; "
                "close it and try again"
            ) from None

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None


@contextlib.contextmanager
def exclusive(path: Path, wait: bool = True) -> Iterator[FileLock]:
    lock = FileLock(path)
    lock.acquire(exclusive=True, wait=wait)
    try:
        yield lock
    finally:
        lock.release()


@contextlib.contextmanager
def shared(path: Path) -> Iterator[FileLock]:
    lock = FileLock(path)
    lock.acquire(exclusive=False)
    try:
        yield lock
    finally:
        lock.release()
