"""`intake-app referral export` on a real vault on disk: the PDF written and its SHA-256
printed, a password printed once that opens it, the policy's refusals (export not allowed;
a password required and not asked for) on one line before any passphrase is read, an unsafe
place and a caseworker refused, nothing written by any refusal."""

from __future__ import annotations

import hashlib
import io

from pypdf import PdfReader

from intake_app.cli import run
from intake_app.policy import Policy
from tests.conftest import STAFF_PASS, TEST_KDF
from tests.e2e.test_cli_cases import one_line_failure, run_cli
from tests.e2e.test_cli_referrals import make_case, write_draft


def approved(open_as, data_dir, tmp_path) -> str:
    ref = make_case(open_as, consent=True)
    referral = run_cli(data_dir, "referral", "draft", "--as", "cw1", "--ref", ref,
                       "--file", write_draft(tmp_path))[1].strip()
    assert run_cli(data_dir, "referral", "submit", "--as", "cw1", "--id", referral)[0] == 0
    code, _out, err = run_cli(data_dir, "referral", "approve", "--as", "sup", "--id", referral,
                              user="sup")
    assert code == 0, err
    return referral


def export(data_dir, referral: str, target, *extra: str, policy: Policy | None = None,
           user: str = "sup") -> tuple[int, str, str]:
    """The export command, with the policy loader the tests pass (defaults unless given)."""
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), "referral", "export", "--as", user, "--id",
                referral, "--out", str(target), *extra], stdin=io.StringIO(STAFF_PASS + "\n"),
               stdout=out, stderr=err, kdf=TEST_KDF,
               policy_loader=lambda: policy or Policy())
    return code, out.getvalue(), err.getvalue()


def test_export_prints_the_sha256_of_the_file_written(open_as, staff_vault_dir, tmp_path):
    referral = approved(open_as, staff_vault_dir, tmp_path)
    target = tmp_path / "out" / "referral.pdf"
    target.parent.mkdir()
    code, out, err = export(staff_vault_dir, referral, target,
                            policy=Policy(service_name="Northtown Women's Aid"))
    assert code == 0, err
    lines = out.splitlines()
    sha = hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"SHA-256: {sha}" in lines
    assert not any(line.startswith("Password:") for line in lines)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Amina Okafor" in text and "Northtown Women's Aid" in text
    assert "Hidden Road" not in text
    code, out, err = run_cli(staff_vault_dir, "admin", "audit", "--as", "admin", user="admin")
    assert f"sha256={sha}" in out


def test_a_password_is_printed_once_and_opens_the_file(open_as, staff_vault_dir, tmp_path):
    referral = approved(open_as, staff_vault_dir, tmp_path)
    target = tmp_path / "out" / "referral.pdf"
    target.parent.mkdir()
    code, out, err = export(staff_vault_dir, referral, target, "--password")
    assert code == 0, err
    passwords = [line.removeprefix("Password: ") for line in out.splitlines()
                 if line.startswith("Password: ")]
    assert len(passwords) == 1 and out.count(passwords[0]) == 1
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and not reader.decrypt("wrong")
    assert reader.decrypt(passwords[0])
    assert f"SHA-256: {hashlib.sha256(target.read_bytes()).hexdigest()}" in out


def test_the_policy_refuses_on_one_line_and_nothing_is_written(open_as, staff_vault_dir,
                                                               tmp_path):
    referral = approved(open_as, staff_vault_dir, tmp_path)
    target = tmp_path / "out" / "referral.pdf"
    target.parent.mkdir()
    code, out, err = export(staff_vault_dir, referral, target,
                            policy=Policy(export_password_required=True))
    assert "password" in one_line_failure(code, err) and out == ""
    code, out, err = export(staff_vault_dir, referral, target, "--password",
                            policy=Policy(export_allowed=False))
    assert "policy does not allow" in one_line_failure(code, err) and out == ""
    assert not target.exists()
    code, out, err = export(staff_vault_dir, referral, target, "--password",
                            policy=Policy(export_password_required=True))
    assert code == 0 and "Password: " in out, err


def test_an_unsafe_place_and_a_caseworker_are_refused(open_as, staff_vault_dir, tmp_path):
    referral = approved(open_as, staff_vault_dir, tmp_path)
    inside = staff_vault_dir / "referral.pdf"
    code, _out, err = export(staff_vault_dir, referral, inside)
    assert "inside the vault" in one_line_failure(code, err)
    assert not inside.exists()
    target = tmp_path / "out" / "referral.pdf"
    target.parent.mkdir()
    code, _out, err = export(staff_vault_dir, referral, target, user="cw1")
    one_line_failure(code, err)
    assert not target.exists()
