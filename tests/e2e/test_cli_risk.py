"""`intake-app incident add`, `assess` and the incidents and assessments of `case show`, on a
real vault on disk, through the CLI's ``run`` (the code the command runs)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from tests.e2e.test_cli_cases import GOOD, import_file, jsonl, one_line_failure, run_cli, show_json

RISK = "risk_identification"


@pytest.fixture
def case_ref(staff_vault_dir, tmp_path) -> str:
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD))
    assert code == 0, err
    return out.strip()


def write(tmp_path, name: str, data: object) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def add_incident(data_dir, tmp_path, ref: str, data: object, user: str = "cw1"):
    return run_cli(data_dir, "incident", "add", "--as", user, "--ref", ref, "--file",
                   write(tmp_path, "incident.json", data), user=user)


def answers(yes: int) -> dict[str, object]:
    items = [i.id for i in load_checklists(shipped_checklists_dir()).get(RISK).scored_items()]
    out: dict[str, object] = {item: ("yes" if n < yes else "no") for n, item in enumerate(items)}
    out[items[-1]] = {"answer": out[items[-1]], "comment": "She said so.", "source": "herself"}
    return out


def assess(data_dir, tmp_path, ref: str, data: object, *extra: str, user: str = "cw1"):
    return run_cli(data_dir, "assess", "--as", user, "--ref", ref, "--checklist", RISK,
                   "--answers", write(tmp_path, "answers.json", data), *extra, user=user)


def day(days_ago: int) -> str:
    return (date.today() - timedelta(days=days_ago)).isoformat()


def test_incident_add_then_case_show_lists_it(staff_vault_dir, tmp_path, case_ref):
    code, out, err = add_incident(staff_vault_dir, tmp_path, case_ref, {
        "date": day(3), "summary": "He broke the door.", "police_involved": "yes",
        "police_reference": "CAD 123", "children_present": "no"})
    assert code == 0, err
    assert out.startswith("Incident ") and case_ref in out
    shown = show_json(staff_vault_dir, case_ref)
    assert [i["summary"] for i in shown["incidents"]] == ["He broke the door."]
    assert shown["incidents"][0]["police_involved"] == "yes"
    assert shown["incidents"][0]["children_present"] == "no"
    assert shown["assessments"] == []


@pytest.mark.parametrize(("data", "expected"), [
    ({"summary": "x", "police_involved": "yes"}, "date: needed"),
    ({"date": "03/11/2026", "summary": "x", "police_involved": "yes"}, "YYYY-MM-DD"),
    ({"date": "2026-W01-1", "summary": "x", "police_involved": "yes"}, "YYYY-MM-DD"),
    ({"date": day(1), "police_involved": "yes"}, "summary: needed"),
    ({"date": day(1), "summary": "x", "police_involved": True}, "police_involved: must be"),
    ({"date": day(1), "summary": "x", "police_involved": "yes", "weapon": "knife"},
     "weapon: not a field"),
    ({"date": day(1), "summary": 5, "police_involved": "yes"}, "summary: must be text"),
    ('{"date": "2026-01-01", "date": "2026-01-02"}', "given more than once"),
    ("[1, 2]", "must be a JSON object"),
    ("{not json", "not JSON"),
])
def test_bad_incident_files_are_refused_naming_the_key(staff_vault_dir, tmp_path, case_ref,
                                                       data, expected):
    code, _out, err = add_incident(staff_vault_dir, tmp_path, case_ref, data)
    assert expected in one_line_failure(code, err)
    assert show_json(staff_vault_dir, case_ref)["incidents"] == []


def test_a_future_incident_is_refused_by_the_service(staff_vault_dir, tmp_path, case_ref):
    code, _out, err = add_incident(staff_vault_dir, tmp_path, case_ref, {
        "date": (date.today() + timedelta(days=2)).isoformat(), "summary": "  ",
        "police_involved": "no"})
    message = one_line_failure(code, err)
    assert "date: The date cannot be in the future." in message
    assert "summary: Write a short account of what happened." in message
    assert show_json(staff_vault_dir, case_ref)["incidents"] == []


def test_assess_prints_the_outcome_and_sets_the_level(staff_vault_dir, tmp_path, case_ref):
    code, out, err = assess(staff_vault_dir, tmp_path, case_ref, answers(14))
    assert code == 0, err
    outcome = json.loads(out)
    assert set(outcome) == {"score", "scored_level", "level", "judgement", "rules_fired",
                            "recommendations"}
    assert outcome["score"] == 14 and outcome["level"] == "high"
    assert "refer_marac" in outcome["recommendations"]
    shown = show_json(staff_vault_dir, case_ref)
    assert [a["level"] for a in shown["assessments"]] == ["high"]
    assert shown["assessments"][0]["sha256"] == load_checklists(
        shipped_checklists_dir()).get(RISK).sha256


def test_assess_with_judgement_and_escalation(staff_vault_dir, tmp_path, case_ref):
    for n in range(3):
        code, _out, err = add_incident(staff_vault_dir, tmp_path, case_ref, {
            "date": day(10 + 30 * n), "summary": "Police called.", "police_involved": "yes"})
        assert code == 0, err
    code, out, err = assess(staff_vault_dir, tmp_path, case_ref, answers(9),
                            "--judgement", "high", "--reason", "Extreme fear of him.",
                            "--ground", "extreme_fear")
    assert code == 0, err
    outcome = json.loads(out)
    assert (outcome["scored_level"], outcome["level"]) == ("standard", "high")
    assert outcome["judgement"]["reason"] == "Extreme fear of him."
    assert "escalation" in outcome["rules_fired"]


@pytest.mark.parametrize(("extra", "expected"), [
    (("--judgement", "standard", "--reason", "no"), "lower"),
    (("--judgement", "high"), "reason"),
    (("--reason", "why"), "--reason goes with --judgement"),
])
def test_refused_judgements_record_nothing(staff_vault_dir, tmp_path, case_ref, extra,
                                           expected):
    code, _out, err = assess(staff_vault_dir, tmp_path, case_ref, answers(12), *extra)
    assert expected in one_line_failure(code, err).lower() or expected in err
    assert show_json(staff_vault_dir, case_ref)["assessments"] == []


def test_unanswered_and_unknown_items_are_refused(staff_vault_dir, tmp_path, case_ref):
    partial = dict(list(answers(5).items())[:10])
    code, _out, err = assess(staff_vault_dir, tmp_path, case_ref, partial)
    one_line_failure(code, err)
    code, _out, err = assess(staff_vault_dir, tmp_path, case_ref,
                             {**answers(5), "not_an_item": "yes"})
    assert "not_an_item" in one_line_failure(code, err)
    code, _out, err = run_cli(staff_vault_dir, "assess", "--as", "cw1", "--ref", case_ref,
                              "--checklist", "no_such_list", "--answers",
                              write(tmp_path, "a.json", answers(5)))
    one_line_failure(code, err)
    assert show_json(staff_vault_dir, case_ref)["assessments"] == []


def test_administrators_may_not_log_incidents_or_assess(staff_vault_dir, tmp_path, case_ref):
    from tests.conftest import ADMIN

    code, _out, err = add_incident(staff_vault_dir, tmp_path, case_ref, {
        "date": day(1), "summary": "x", "police_involved": "no"}, user=ADMIN)
    assert "admin" in one_line_failure(code, err)
    code, _out, err = assess(staff_vault_dir, tmp_path, case_ref, answers(3), user=ADMIN)
    assert "admin" in one_line_failure(code, err)


def test_case_show_plain_lists_incidents_and_assessments(staff_vault_dir, tmp_path, case_ref):
    add_incident(staff_vault_dir, tmp_path, case_ref, {
        "date": day(2), "summary": "Shouted at her.", "police_involved": "unsure"})
    assess(staff_vault_dir, tmp_path, case_ref, answers(11))
    code, out, err = run_cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref", case_ref)
    assert code == 0, err
    assert "Incidents (1):" in out and "Shouted at her." in out
    assert "Assessments (1):" in out and "score 11, medium" in out
