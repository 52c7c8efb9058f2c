"""Advisory file locks between processes sharing one data directory.

* ``open.lock``: every open session holds it shared; data-key rotation and restore need it
  exclusively, so they never swap the database under a running app.
* ``slots.lock``: held exclusively around every read-modify-write of the key slot file.

A lock held elsewhere is waited for at most ``WAIT_SECONDS`` (then VaultBusy), never forever:
a stopped or hung process holding ``open.lock`` must not leave a sign-in spinning for good.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

from intake_app.domain.errors import VaultBusy, VaultNotWritable

try:
    import fcntl
except ImportError:  # Windows: not implemented yet (see packaging/windows/README.md); the
    fcntl = None  # type: ignore[assignment]  # app then relies on one user per laptop.

#: False where the platform has no flock(): FileLock then takes no lock at all, and callers
#: that would probe a lock (staging.py) must judge by other means.
LOCKS_WORK = fcntl is not None

#: How long a lock held by another process is waited for before VaultBusy. Key operations
#: hold a lock for a key derivation or two (a few seconds on a slow laptop); a data-key
#: rotation of a large vault may take longer, and a sign-in meanwhile is told the vault is busy.
WAIT_SECONDS = 15.0
_FIRST_POLL, _LONGEST_POLL = 0.01, 0.25


def _busy() -> VaultBusy:
    return VaultBusy("the vault is open in another Confidential Intake window or command; "
                     "close it and try again")


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.fd: int | None = None

    def acquire(self, exclusive: bool, wait: bool = True, timeout: float | None = None) -> None:
        """Take the lock. ``wait=False``: VaultBusy at once if another process holds it.
        Otherwise wait up to ``timeout`` seconds (default ``WAIT_SECONDS``), then VaultBusy."""
        opened_here = self.fd is None
        if self.fd is None:
            try:
                self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                    raise
                if exclusive:
                    raise VaultNotWritable("the vault's folder cannot be written to (read-only "
                                           "or no permission); nothing was changed") from None
                # A shared lock on a folder nobody can write: no rotation or restore can run
                # there either, so reading (verifying a read-only copy) needs no lock.
                return
        if fcntl is None:
            return
        flags = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        # flock() has no timeout of its own: try without blocking, sleeping a little longer
        # each time, until the deadline.
        deadline = time.monotonic() + (WAIT_SECONDS if timeout is None else timeout)
        pause = _FIRST_POLL
        while True:
            try:
                fcntl.flock(self.fd, flags)
                return
            except BlockingIOError:
                left = deadline - time.monotonic()
                if not wait or left <= 0:
                    if opened_here:
                        self.release()
                    raise _busy() from None
                time.sleep(min(pause, left))
                pause = min(pause * 2, _LONGEST_POLL)

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None


@contextlib.contextmanager
def exclusive(path: Path, wait: bool = True, timeout: float | None = None,
              ) -> Iterator[FileLock]:
    lock = FileLock(path)
    lock.acquire(exclusive=True, wait=wait, timeout=timeout)
    try:
        yield lock
    finally:
        lock.release()


@contextlib.contextmanager
def shared(path: Path, timeout: float | None = None) -> Iterator[FileLock]:
    lock = FileLock(path)
    lock.acquire(exclusive=False, timeout=timeout)
    try:
        yield lock
    finally:
        lock.release()
