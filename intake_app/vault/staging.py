"""Private scratch folders for backups and restores, and removing the ones a killed process left.

A backup is built, and a restore unpacked, in a folder named ``.<label>.<random>.cistage``
(owner-only, made by mkdtemp) beside where the result goes. Until the work is done it holds a
full copy of the vault (still encrypted), so one left behind by a killed process wastes space
and keeps an old copy of the data lying around.

Whose folder it is: each holds ``intake-stage.lock``, locked by the process working in it
(created and locked at once, before anything else is put in the folder). The kernel drops a
dead process's locks, so a lock file that can be locked means its process is gone.
``clean_stale`` removes exactly those folders: a name of this pattern, a real folder (not a
link) owned by this user, holding that lock file as a regular file, whose lock is free.
Anything else is never touched, including the staging folders of earlier versions
(``.restore.XXXXXXXX``, ``.NAME.cibackup.XXXXXXXX``: delete those by hand when no backup or
restore is running). One race is left, and it is harmless: a cleaner that locks the file in
the instant between its creation and its owner's lock removes an empty folder, and the
owner's backup or restore then fails with a file error, changing nothing.

Where the app has no advisory locks (Windows, for now; see locks.py) a folder counts as stale
only once it has not changed for a day.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

from intake_app.domain.errors import VaultBusy
from intake_app.vault import locks
from intake_app.vault.locks import FileLock

SUFFIX = ".cistage"
LOCK_NAME = "intake-stage.lock"
UNLOCKED_STALE_SECONDS = 24 * 3600


class Stage:
    """A scratch folder this process works in, its lock held until ``remove`` or ``release``."""

    def __init__(self, path: Path, lock: FileLock) -> None:
        self.path = path
        self._lock = lock

    @classmethod
    def create(cls, folder: Path, label: str) -> Stage:
        path = Path(tempfile.mkdtemp(prefix=f".{label}.", suffix=SUFFIX, dir=folder))
        lock = FileLock(path / LOCK_NAME)
        try:
            lock.acquire(exclusive=True, wait=False)
        except BaseException:
            lock.release()
            shutil.rmtree(path, ignore_errors=True)
            raise
        return cls(path, lock)

    def release(self) -> None:
        """Keep the folder (what it holds is still needed) and let a later run have it."""
        self._lock.release()

    def remove(self) -> None:
        self._lock.release()
        shutil.rmtree(self.path, ignore_errors=True)


def stale_stages(folder: Path, label: str | None = None, *,
                 except_label: str | None = None) -> list[Path]:
    """Folders in ``folder`` that a process now gone left behind (``label``: only those of that
    label; ``except_label``: not those)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    prefix = "." if label is None else f".{label}."
    return [Path(folder) / name for name in names
            if name.startswith(prefix) and name.endswith(SUFFIX) and
            not (except_label and name.startswith(f".{except_label}.")) and
            is_stale(Path(folder) / name)]


def is_stale(path: Path) -> bool:
    try:
        info = os.lstat(path)
        lock_info = os.lstat(path / LOCK_NAME)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or not stat.S_ISREG(lock_info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    if not locks.LOCKS_WORK:
        return time.time() - info.st_mtime > UNLOCKED_STALE_SECONDS
    probe = FileLock(path / LOCK_NAME)
    try:
        probe.acquire(exclusive=True, wait=False)
    except (VaultBusy, OSError):
        return False
    probe.release()
    return True


def clean_stale(folder: Path, label: str | None = None, *,
                except_label: str | None = None) -> list[Path]:
    """Remove what ``stale_stages`` finds; returns what was removed."""
    found = stale_stages(folder, label, except_label=except_label)
    for path in found:
        shutil.rmtree(path, ignore_errors=True)
    return found
