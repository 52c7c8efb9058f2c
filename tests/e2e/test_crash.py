"""SIGKILL at random moments and at every step of every key operation.

After each kill the vault must open for every user, pass both integrity checks and the audit
chain, and hold every write that was reported committed.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from intake_app.domain.roles import Role
from intake_app.vault import audit, database
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF
from tests.helpers.cli import ROOT, cli

CW = "cw"
CW_PASS = "caseworker passphrase 4471"
KILLS = int(os.environ.get("INTAKE_CRASH_KILLS", "200"))


@pytest.fixture
def crash_vault(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.add_user(CW, Role.CASEWORKER, CW_PASS, kdf=TEST_KDF)
        with vault.transaction() as conn:
            conn.execute("CREATE TABLE filler (n INTEGER PRIMARY KEY, blob BLOB)")
    return vault_dir


def _check_vault(root, users=((ADMIN, (ADMIN_PASS,)), (CW, (CW_PASS,)))):
    for user, candidates in users:
        for secret in candidates:
            try:
                vault = Vault.unlock(root, user, secret)
            except Exception as exc:  # try the next candidate passphrase
                last = exc
                continue
            with vault:
                assert database.integrity_problems(vault.conn) == []
                assert audit.verify(vault.conn) == []
            break
        else:
            raise AssertionError(f"{user} cannot open the vault: {last!r}")


@pytest.mark.slow
def test_sigkill_during_committed_writes(crash_vault):
    rng = random.Random(20261126)
    committed: set[int] = set()
    next_n = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.writer", str(crash_vault), ADMIN, ADMIN_PASS,
             str(next_n)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        seen: list[int] = []

        def reader(p=proc, out=seen):
            for line in p.stdout:
                out.append(int(line))

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        # Kill anywhere from start-up (unlock, migrations) to deep in the write stream.
        deadline = time.monotonic() + rng.uniform(0.0, 0.6)
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        thread.join(timeout=5)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read()
        committed.update(seen)
        if seen:
            next_n = max(seen) + 1
        with Vault.unlock(crash_vault, ADMIN, ADMIN_PASS) as vault:
            assert database.integrity_problems(vault.conn) == []
            assert audit.verify(vault.conn) == []
            present = {r[0] for r in vault.conn.execute("SELECT n FROM filler")}
            missing = committed - present
            assert not missing, f"committed writes lost: {sorted(missing)[:10]}"
            next_n = max(next_n, max(present, default=-1) + 1)
    assert len(committed) > KILLS  # the stream really wrote between kills


def _copier(source, folder):
    """A function that makes a fresh numbered copy of ``source`` on each call."""
    made = iter(range(1, 10**6))

    def prepare():
        root = folder / f"run{next(made)}"
        shutil.copytree(source, root)
        return root

    return prepare


def _count_steps(args, stdin, prepare):
    root = prepare()
    r = cli(*args(root), stdin=stdin, env={"INTAKE_TEST_KILL_AT": "1000000"})
    assert r.returncode == 0, r.stderr
    return int(re.search(r"steps=(\d+)", r.stderr).group(1))


KEY_OPS = {
    "rotate-key": (lambda root, **_: (root, "admin", "rotate-key", "--as", ADMIN),
                   lambda key: ADMIN_PASS + "\n"),
    "passwd": (lambda root, **_: (root, "admin", "passwd", "--user", CW),
               lambda key: f"{CW_PASS}\nnew caseworker phrase 99\n"),
    "recover": (lambda root, **_: (root, "admin", "recover", "--user", CW),
                lambda key: f"{key}\nrecovered caseworker phrase\n"),
    "add-user": (lambda root, **_: (root, "admin", "add-user", "--as", ADMIN, "--user", "sv",
                                    "--role", "supervisor"),
                 lambda key: f"{ADMIN_PASS}\nsupervisor phrase 12345\n"),
    "backup": (lambda root, out=None: (root, "admin", "backup", "--as", ADMIN, "--out",
                                       str(out)),
               lambda key: ADMIN_PASS + "\n"),
}


@pytest.mark.slow
@pytest.mark.parametrize("operation", list(KEY_OPS))
def test_sigkill_at_every_step_of_a_key_operation(crash_vault, recovery_key, tmp_path,
                                                  operation):
    build_args, build_stdin = KEY_OPS[operation]
    prepare = _copier(crash_vault, tmp_path)

    out = tmp_path / "out.cibackup"
    steps = _count_steps(lambda root: build_args(root, out=out), build_stdin(recovery_key),
                         prepare)
    assert steps > 3
    users = ((ADMIN, (ADMIN_PASS,)),
             (CW, (CW_PASS, "new caseworker phrase 99", "recovered caseworker phrase")))
    for k in range(1, steps + 1):
        root = prepare()
        target = tmp_path / f"out{k}.cibackup"
        r = cli(*build_args(root, out=target), stdin=build_stdin(recovery_key),
                env={"INTAKE_TEST_KILL_AT": str(k)})
        assert r.returncode in (0, -signal.SIGKILL), r.stderr
        _check_vault(root, users)
        if operation == "backup" and target.exists():
            # A backup that exists under its final name is complete and restorable.
            restored = tmp_path / f"restored{k}"
            r2 = cli(restored, "admin", "restore", "--from", str(target),
                     stdin=recovery_key + "\n")
            assert r2.returncode == 0, r2.stderr
            _check_vault(restored, users)
        shutil.rmtree(root)
    if operation == "backup":
        # Each killed backup left its staging folder (a full copy of the vault) beside its
        # target; the next backup into that folder removes every one whose process is gone.
        r = cli(*build_args(prepare(), out=tmp_path / "last.cibackup"),
                stdin=build_stdin(recovery_key))
        assert r.returncode == 0, r.stderr
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["passwd", "recover", "add-user"])
def test_sigkill_at_every_step_then_rotate(crash_vault, recovery_key, tmp_path, operation):
    """A key operation killed at any step, followed by a data-key rotation: the rotation
    succeeds and every user can still sign in (with the old or the new passphrase)."""
    build_args, build_stdin = KEY_OPS[operation]
    prepare = _copier(crash_vault, tmp_path)

    steps = _count_steps(build_args, build_stdin(recovery_key), prepare)
    users = ((ADMIN, (ADMIN_PASS,)),
             (CW, (CW_PASS, "new caseworker phrase 99", "recovered caseworker phrase")))
    for k in range(1, steps + 1):
        root = prepare()
        r = cli(*build_args(root), stdin=build_stdin(recovery_key),
                env={"INTAKE_TEST_KILL_AT": str(k)})
        assert r.returncode in (0, -signal.SIGKILL), r.stderr
        r = cli(root, "admin", "rotate-key", "--as", ADMIN, stdin=ADMIN_PASS + "\n")
        assert r.returncode == 0, f"step {k}: {r.stderr}"
        _check_vault(root, users)
        shutil.rmtree(root)


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["passwd", "recover", "add-user"])
def test_copying_the_spare_back_then_rotate(crash_vault, recovery_key, tmp_path, operation):
    """IT follows the app's advice after keyslots.json is lost: copy keyslots.json.spare back.
    A rotation then works and every user can sign in."""
    build_args, build_stdin = KEY_OPS[operation]
    root = tmp_path / "v"
    shutil.copytree(crash_vault, root)
    r = cli(*build_args(root), stdin=build_stdin(recovery_key))
    assert r.returncode == 0, r.stderr
    (root / "keyslots.json").unlink()
    shutil.copy(root / "keyslots.json.spare", root / "keyslots.json")
    r = cli(root, "admin", "rotate-key", "--as", ADMIN, stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    _check_vault(root, ((ADMIN, (ADMIN_PASS,)),
                        (CW, (CW_PASS, "new caseworker phrase 99",
                              "recovered caseworker phrase"))))


@pytest.mark.slow
def test_sigkill_at_every_step_of_restore(crash_vault, recovery_key, tmp_path):
    backup = tmp_path / "b.cibackup"
    r = cli(crash_vault, "admin", "backup", "--as", ADMIN, "--out", str(backup),
            stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    r = cli(tmp_path / "probe", "admin", "restore", "--from", str(backup),
            stdin=recovery_key + "\n", env={"INTAKE_TEST_KILL_AT": "1000000"})
    steps = int(re.search(r"steps=(\d+)", r.stderr).group(1))
    for k in range(1, steps + 1):
        target = tmp_path / f"r{k}"
        r = cli(target, "admin", "restore", "--from", str(backup), stdin=recovery_key + "\n",
                env={"INTAKE_TEST_KILL_AT": str(k)})
        if (target / "keyslots.json").exists():
            _check_vault(target)
        else:
            # Not restored yet: running the restore again completes it, and removes what the
            # killed run was working on (its staging folder, vault.db.restoring).
            r = cli(target, "admin", "restore", "--from", str(backup),
                    stdin=recovery_key + "\n")
            assert r.returncode == 0, f"step {k}: {r.stderr}"
            _check_vault(target)
            assert [p.name for p in target.iterdir() if p.name.startswith(".restore.") or
                    p.name.startswith("vault.db.restoring")] == [], f"step {k}"
