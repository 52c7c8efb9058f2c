"""Locks held by another real process: a sign-in is told the vault is busy within the wait
limit instead of hanging, and a lock that is let go in time is still taken."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest

from intake_app.domain.errors import VaultBusy
from intake_app.vault import locks
from intake_app.vault.store import Vault, VaultPaths
from tests.conftest import ADMIN, ADMIN_PASS

HOLD = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


@pytest.fixture
def holder():
    """``holder(path, seconds)``: another process holds ``path`` exclusively for ``seconds``
    (it is stopped at the end of the test)."""
    started: list[subprocess.Popen] = []

    def start(path, seconds: float = 120) -> subprocess.Popen:
        proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)],
                                stdout=subprocess.PIPE, text=True)
        started.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield start
    for proc in started:
        proc.kill()
        proc.wait()


def in_thread(call):
    """Run ``call`` on a thread; returns (thread, outcome dict) so a hang cannot hang the test."""
    outcome: dict[str, object] = {}

    def run() -> None:
        started = time.monotonic()
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed back to the test
            outcome["error"] = exc
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_a_held_open_lock_gives_vault_busy_instead_of_a_hanging_sign_in(vault_dir, holder,
                                                                         monkeypatch):
    monkeypatch.setattr(locks, "WAIT_SECONDS", 1.0, raising=False)
    holder(VaultPaths(vault_dir).open_lock)
    thread, outcome = in_thread(lambda: Vault.unlock(vault_dir, ADMIN, ADMIN_PASS))
    thread.join(timeout=20)
    assert not thread.is_alive(), "sign-in still waiting for the lock"
    if isinstance(outcome.get("value"), Vault):
        outcome["value"].lock()
    assert isinstance(outcome.get("error"), VaultBusy)
    assert 0.9 <= outcome["seconds"] < 10


def test_the_wait_has_a_default_limit(tmp_path, holder):
    path = tmp_path / "some.lock"
    holder(path)
    lock = locks.FileLock(path)
    started = time.monotonic()
    with pytest.raises(VaultBusy):
        lock.acquire(exclusive=False, timeout=0.3)
    assert time.monotonic() - started < 5
    assert lock.fd is None  # nothing left open after giving up
    assert locks.WAIT_SECONDS <= 60  # a person is waiting at the sign-in screen


def test_a_lock_let_go_within_the_limit_is_taken(tmp_path, holder):
    path = tmp_path / "some.lock"
    holder(path, seconds=0.5)
    with locks.shared(path, timeout=20) as lock:
        assert lock.fd is not None


def test_not_waiting_still_fails_at_once(tmp_path, holder):
    path = tmp_path / "some.lock"
    holder(path)
    started = time.monotonic()
    with pytest.raises(VaultBusy), locks.exclusive(path, wait=False):
        pass
    assert time.monotonic() - started < 0.5
