"""The admin command line as IT staff use it: a subprocess, secrets on standard input."""

from __future__ import annotations

import json
import re

import pytest

from tests.helpers.cli import cli

ADMIN_PASS = "it admin passphrase 2026"
CW_PASS = "caseworker secret phrase 7"


@pytest.fixture
def initialised(tmp_path):
    data = tmp_path / "data"
    result = cli(data, "admin", "init", "--user", "itadmin", stdin=ADMIN_PASS + "\n")
    assert result.returncode == 0, result.stderr
    key = re.search(r"^Recovery key: (\S+)$", result.stdout, re.M).group(1)
    return data, key


def assert_one_line_failure(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("intake-app: ")


def test_version():
    result = cli(None, "--version")
    assert result.returncode == 0 and "Confidential Intake" in result.stdout


def test_full_admin_journey(initialised, tmp_path):
    data, key = initialised
    r = cli(data, "admin", "add-user", "--as", "itadmin", "--user", "amira", "--role",
            "caseworker", stdin=f"{ADMIN_PASS}\n{CW_PASS}\n")
    assert r.returncode == 0, r.stderr
    r = cli(data, "admin", "passwd", "--user", "amira",
            stdin=f"{CW_PASS}\nanother long passphrase 8\n")
    assert r.returncode == 0, r.stderr
    r = cli(data, "admin", "recover", "--user", "amira",
            stdin=f"{key}\nrecovered long passphrase 9\n")
    assert r.returncode == 0, r.stderr
    r = cli(data, "admin", "verify", "--as", "itadmin", stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert "audit chain intact" in r.stdout
    r = cli(data, "admin", "rotate-key", "--as", "itadmin", stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    backup = tmp_path / "b.cibackup"
    r = cli(data, "admin", "backup", "--as", "itadmin", "--out", str(backup),
            stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    head = re.search(r"audit chain head (\S+)\)", r.stdout).group(1)
    r = cli(tmp_path / "restored", "admin", "restore", "--from", str(backup), stdin=key + "\n")
    assert r.returncode == 0, r.stderr
    assert head in r.stdout
    r = cli(tmp_path / "restored", "admin", "audit", "--as", "itadmin", "--json",
            stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    actions = [e["action"] for e in json.loads(r.stdout)]
    for expected in ("vault.create", "user.add", "user.passphrase_change", "user.recover",
                     "vault.verify", "vault.rotate_key", "vault.restore"):
        assert expected in actions
    r = cli(tmp_path / "restored", "admin", "list-users", "--as", "itadmin",
            stdin=ADMIN_PASS + "\n")
    assert "amira\tcaseworker" in r.stdout
    r = cli(tmp_path / "restored", "admin", "verify", "--as", "amira",
            stdin="recovered long passphrase 9\n")
    assert_one_line_failure(r)


def test_wrong_passphrase_is_one_line(initialised):
    data, _ = initialised
    assert_one_line_failure(cli(data, "admin", "verify", "--as", "itadmin", stdin="nope\n"))


def test_missing_stdin_is_one_line(initialised):
    data, _ = initialised
    assert_one_line_failure(cli(data, "admin", "verify", "--as", "itadmin", stdin=""))


def test_short_passphrase_rejected(tmp_path):
    r = cli(tmp_path / "d", "admin", "init", "--user", "x1", stdin="short\n")
    assert_one_line_failure(r)
    assert "at least 15" in r.stderr
    assert not (tmp_path / "d" / "keyslots.json").exists()


def test_common_passphrase_rejected(tmp_path):
    r = cli(tmp_path / "d", "admin", "init", "--user", "x1",
            stdin="passwordpassword\n")
    assert_one_line_failure(r)


def test_no_vault_is_one_line(tmp_path):
    assert_one_line_failure(cli(tmp_path / "none", "admin", "verify", "--as", "a",
                                stdin="whatever passphrase\n"))


def test_passphrase_never_echoed_in_output(initialised):
    data, _ = initialised
    r = cli(data, "admin", "audit", "--as", "itadmin", stdin=ADMIN_PASS + "\n")
    assert ADMIN_PASS not in r.stdout + r.stderr


def test_self_test(tmp_path):
    r = cli(None, "self-test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "network guard" in r.stdout


@pytest.mark.parametrize("tamper", [
    "UPDATE audit SET detail = 'rewritten' WHERE seq = 2",
    "DELETE FROM audit WHERE seq = 3",
    "UPDATE audit SET seq = -seq WHERE seq IN (2, 3); "
    "UPDATE audit SET seq = 3 WHERE seq = -2; UPDATE audit SET seq = 2 WHERE seq = -3",
])
def test_verify_reports_a_tampered_audit_log(initialised, tamper):
    from intake_app.vault.store import Vault

    data, _ = initialised
    with Vault.unlock(data, "itadmin", ADMIN_PASS) as vault:
        vault.conn.execute("DROP TRIGGER audit_no_update")
        vault.conn.execute("DROP TRIGGER audit_no_delete")
        vault.conn.executescript(tamper)
    r = cli(data, "admin", "verify", "--as", "itadmin", stdin=ADMIN_PASS + "\n")
    assert_one_line_failure(r)
    assert "verification failed" in r.stderr and "entry" in r.stderr


# --- key-slot trust through the command line (an upgraded vault, made before key pins) --------

@pytest.fixture
def prepins(tmp_path):
    import shutil
    from pathlib import Path

    root = tmp_path / "old"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures" / "vault-v2-prepins", root)
    return root, (root / "RECOVERY-KEY.txt").read_text().strip()


OLD_ADMIN_PASS = "admin passphrase for tests 01"


def test_rotate_key_refuses_while_accounts_are_unproved_and_names_them(prepins):
    root, recovery = prepins
    before = (root / "keyslots.json").read_bytes()
    r = cli(root, "admin", "rotate-key", "--as", "admin",
            stdin=f"{OLD_ADMIN_PASS}\n{recovery}\n")
    assert_one_line_failure(r)
    assert "casey" in r.stderr and "susan" in r.stderr and "--drop-unpinned" in r.stderr
    r = cli(root, "admin", "verify", "--as", "admin", stdin=OLD_ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert "warning:" in r.stderr and "casey" in r.stderr
    assert before != (root / "keyslots.json").read_bytes()  # upgraded to format 2, nothing else


def test_rotate_key_asks_for_the_recovery_key_once_and_refuses_without_it(prepins):
    root, recovery = prepins
    for user in ("casey", "susan"):
        r = cli(root, "admin", "passwd", "--user", user,
                stdin=f"{user} passphrase for tests 1\n{user} changed phrase 12345\n")
        assert r.returncode == 0, r.stderr
    r = cli(root, "admin", "rotate-key", "--as", "admin", stdin=OLD_ADMIN_PASS + "\n")
    assert_one_line_failure(r)
    assert "recovery key" in r.stderr
    r = cli(root, "admin", "rotate-key", "--as", "admin",
            stdin=f"{OLD_ADMIN_PASS}\n{recovery}\n")
    assert r.returncode == 0, r.stderr
    assert "every user keeps their passphrase" in r.stdout
    r = cli(root, "admin", "rotate-key", "--as", "admin", stdin=OLD_ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr  # pinned now: asked only once
    for user in ("casey", "susan"):
        r = cli(root, "admin", "passwd", "--user", user,
                stdin=f"{user} changed phrase 12345\n{user} third phrase 123456\n")
        assert r.returncode == 0, r.stderr


def test_rotate_key_drop_unpinned_says_who_was_cut_off(prepins):
    root, recovery = prepins
    r = cli(root, "admin", "rotate-key", "--as", "admin", "--drop-unpinned",
            stdin=f"{OLD_ADMIN_PASS}\n{recovery}\n")
    assert r.returncode == 0, r.stderr
    assert "Cut off: casey" in r.stdout and "Cut off: susan" in r.stdout
    r = cli(root, "admin", "recover", "--user", "casey",
            stdin=f"{recovery}\ncasey recovered phrase 1234\n")
    assert r.returncode == 0, r.stderr


def test_standard_input_that_is_not_utf8_is_a_one_line_refusal(initialised):
    import subprocess
    import sys

    from tests.helpers.cli import ROOT

    data, _ = initialised
    before = (data / "keyslots.json").read_bytes()
    r = subprocess.run([sys.executable, "-m", "tests.helpers.cli_weak", "--data-dir", str(data),
                        "admin", "verify", "--as", "itadmin"], input=b"caf\xe9 latin-1\n",
                       capture_output=True, cwd=ROOT, timeout=60,
                       env={**__import__("os").environ, "LC_ALL": "C.UTF-8"})
    stderr = r.stderr.decode()
    assert r.returncode == 1 and "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1 and "damaged" not in stderr
    assert (data / "keyslots.json").read_bytes() == before
