"""`intake-app referral ...` on a real vault on disk: a draft from DRAFT.json, the gate's
checks (exit 1 while it fails, JSON as documented), submit, a supervisor's approval and
return, the redacted view printed, the lists, and refusals on one line."""

from __future__ import annotations

import json
from datetime import date

from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.session import Session
from tests.e2e.test_cli_cases import one_line_failure, run_cli

PURPOSE = "Refuge space"


def make_case(open_as, *, consent: bool) -> str:
    vault = open_as("cw1")
    session = Session(vault)
    today = date.today()
    ref = CaseService(session).create_case({
        "referral.source": "self", "survivor.names": "Amina Okafor",
        "consent.to_record": "given", "consent.to_contact": "given",
        "contact.last_checked": today.strftime("%d/%m/%Y"),
        "immigration.status": "british_irish", "address.postcode": "LS6 2AB",
        "address.current": "Flat 2, 7 Hidden Road"})
    if consent:
        ConsentService(session, DirectoryRecipients(DirectoryService(session, load_shipped))) \
            .record_consent(ref, ConsentInput(
                recipient="kind:refuge", classes=frozenset({Sensitivity.IDENTITY,
                                                            Sensitivity.LOCATION}),
                purpose=PURPOSE, decision=Decision.GIVEN, decided_on=today, how=How.VERBAL))
    vault.lock()
    return ref


def write_draft(tmp_path, **changes) -> str:
    raw = {"recipient": "kind:refuge", "classes": ["identity", "location"],
           "purpose": PURPOSE, "reason": "She needs a safe place this week.",
           "assessment": None, "do_not_tell": ["Her husband"], "legal_basis": None,
           "answers": {"told_what_and_whom": "yes", "told_in_language": "en"}} | changes
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return str(path)


def test_draft_check_submit_approve_and_show(open_as, staff_vault_dir, tmp_path):
    ref = make_case(open_as, consent=True)
    code, out, err = run_cli(staff_vault_dir, "referral", "draft", "--as", "cw1", "--ref", ref,
                             "--file", write_draft(tmp_path))
    assert code == 0, err
    referral = out.strip()
    assert referral.isdigit()
    code, out, err = run_cli(staff_vault_dir, "referral", "check", "--as", "cw1", "--id",
                             referral, "--json")
    assert code == 0, err
    checks = json.loads(out)
    assert checks["passed"] is True
    assert [c["id"] for c in checks["checks"]][:2] == ["consent", "immigration_consent"]
    assert set(checks["checks"][0]) == {"id", "passed", "needed"}
    assert run_cli(staff_vault_dir, "referral", "submit", "--as", "cw1", "--id", referral)[0] == 0
    code, out, err = run_cli(staff_vault_dir, "referral", "approve", "--as", "sup", "--id",
                             referral, user="sup")
    assert code == 0 and "approved" in out, err
    code, out, err = run_cli(staff_vault_dir, "referral", "show", "--as", "sup", "--id",
                             referral, user="sup")
    assert code == 0, err
    assert "Amina Okafor" in out and "LS6" in out and "Hidden Road" not in out
    assert "Her husband" not in out  # the abuser class is not shared: nobody is named
    code, out, err = run_cli(staff_vault_dir, "referral", "show", "--as", "sup", "--id",
                             referral, "--json", user="sup")
    assert json.loads(out)["recipient"] == "kind:refuge"
    code, out, err = run_cli(staff_vault_dir, "referral", "list", "--as", "cw1", "--json")
    listed = json.loads(out)
    assert [(r["id"], r["state"], r["case_reference"], r["recipient"], r["classes"])
            for r in listed] == [(int(referral), "approved", ref, "kind:refuge",
                                  ["identity", "location"])]


def test_a_failing_gate_exits_1_and_says_what_is_needed(open_as, staff_vault_dir, tmp_path):
    ref = make_case(open_as, consent=False)
    referral = run_cli(staff_vault_dir, "referral", "draft", "--as", "cw1", "--ref", ref,
                       "--file", write_draft(tmp_path))[1].strip()
    code, out, err = run_cli(staff_vault_dir, "referral", "check", "--as", "cw1", "--id",
                             referral)
    assert code == 1 and err == ""
    assert "FAIL  consent" in out and "Record her consent" in out
    code, out, err = run_cli(staff_vault_dir, "referral", "submit", "--as", "cw1", "--id",
                             referral)
    assert "consent" in one_line_failure(code, err)


def test_refusals_are_one_line_and_change_nothing(open_as, staff_vault_dir, tmp_path):
    ref = make_case(open_as, consent=True)
    code, out, err = run_cli(staff_vault_dir, "referral", "draft", "--as", "cw1", "--ref", ref,
                             "--file", write_draft(tmp_path, classes=["safety_plan"],
                                                   surprise=1))
    line = one_line_failure(code, err)
    assert "classes:" in line and "nothing was recorded" in line
    code, out, err = run_cli(staff_vault_dir, "referral", "list", "--as", "cw1", "--json")
    assert json.loads(out) == []
    referral = run_cli(staff_vault_dir, "referral", "draft", "--as", "cw1", "--ref", ref,
                       "--file", write_draft(tmp_path))[1].strip()
    assert run_cli(staff_vault_dir, "referral", "submit", "--as", "cw1", "--id", referral)[0] == 0
    code, out, err = run_cli(staff_vault_dir, "referral", "approve", "--as", "cw1", "--id",
                             referral)
    one_line_failure(code, err)
    code, out, err = run_cli(staff_vault_dir, "referral", "return", "--as", "sup", "--id",
                             referral, "--reason", "Add her safe times.", user="sup")
    assert code == 0 and "returned" in out, err
    code, out, err = run_cli(staff_vault_dir, "referral", "list", "--as", "sup", user="sup")
    assert out.split("\t")[:3] == [referral, "returned", ref]
