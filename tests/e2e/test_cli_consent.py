"""`intake-app consent record` and the consent records of `case show`, on a real vault on disk,
through the CLI's ``run`` (the code the command runs). The wiring's stand-in directory is in
use: the shipped kinds, no named agencies."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import ADMIN
from tests.e2e.test_cli_cases import GOOD, import_file, jsonl, one_line_failure, run_cli, show_json


@pytest.fixture
def case_ref(staff_vault_dir, tmp_path) -> str:
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD))
    assert code == 0, err
    return out.strip()


def record(data_dir, ref: str, *extra: str, to: str = "kind:refuge",
           classes: str = "identity,location", decision: str = "--given",
           user: str = "cw1") -> tuple[int, str, str]:
    return run_cli(data_dir, "consent", "record", "--as", user, "--ref", ref, "--to", to,
                   "--classes", classes, "--purpose", "Refuge referral", decision,
                   "--how", "verbal", *extra, user=user)


def test_record_then_case_show_lists_it(staff_vault_dir, case_ref):
    later = (date.today() + timedelta(days=90)).isoformat()
    code, out, err = record(staff_vault_dir, case_ref, "--expires", later, "--language",
                            "Polish", "--interpreter", "Ms Nowak",
                            "--interpreter-independent", "yes")
    assert code == 0, err
    assert out.startswith("Consent record ") and "given, to kind:refuge" in out
    code, _out, err = record(staff_vault_dir, case_ref, to="kind:police", classes="identity",
                             decision="--refused")
    assert code == 0, err
    shown = show_json(staff_vault_dir, case_ref)
    first, second = shown["consent"]
    assert first["recipient"] == "kind:refuge" and first["decision"] == "given"
    assert first["classes"] == ["identity", "location"] and first["expires_on"] == later
    assert (first["language"], first["interpreter"], first["interpreter_independent"]) == (
        "Polish", "Ms Nowak", True)
    assert first["recorded_by"] == "cw1" and first["facts_shown"] is False
    assert second["decision"] == "refused" and second["recipient"] == "kind:police"
    code, out, err = run_cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref", case_ref)
    assert code == 0, err
    assert "Consent (2):" in out and "given  kind:refuge  identity, location" in out


def test_police_consent_needs_the_facts_shown_and_keeps_their_version(staff_vault_dir,
                                                                       case_ref):
    code, _out, err = record(staff_vault_dir, case_ref, to="kind:police")
    message = one_line_failure(code, err)
    assert "facts_shown" in message and "immigration enforcement" in message
    assert show_json(staff_vault_dir, case_ref)["consent"] == []
    code, _out, err = record(staff_vault_dir, case_ref, "--facts-shown", to="kind:police")
    assert code == 0, err
    (kept,) = show_json(staff_vault_dir, case_ref)["consent"]
    assert kept["facts_shown"] is True and kept["facts_version"]


@pytest.mark.parametrize(("extra", "kwargs", "expected"), [
    ((), {"classes": "identity,secrets"}, "--classes: 'secrets' is not a class"),
    ((), {"classes": ","}, "--classes: give at least one class"),
    (("--on", "05/01/2026"), {}, "--on: '05/01/2026' is not a date"),
    (("--expires", "tomorrow"), {}, "--expires: 'tomorrow' is not a date"),
    (("--interpreter-independent", "yes"), {}, "goes with --interpreter"),
    (("--interpreter", "Her cousin"), {}, "interpreter_independent: Say whether"),
    (("--interpreter", "Her cousin", "--interpreter-independent", "no"), {},
     "independent interpreter"),
    ((), {"to": "police"}, "recipient: Choose who"),
    ((), {"to": "agency:northtown-refuge"}, "not in the agency directory"),
    ((), {"classes": "immigration,identity"}, "only be given for one named agency"),
    ((), {"classes": "safety_plan"}, "never leaves the vault"),
    (("--on", (date.today() + timedelta(days=1)).isoformat()), {}, "in the future"),
    (("--expires", "2020-01-01"), {}, "cannot end before"),
    (("--expires", "2099-01-01"), {"decision": "--refused"}, "Only a consent that is given"),
])
def test_what_cannot_be_recorded_is_refused_on_one_line(staff_vault_dir, case_ref, extra,
                                                        kwargs, expected):
    code, _out, err = record(staff_vault_dir, case_ref, *extra, **kwargs)
    assert expected in one_line_failure(code, err)
    assert show_json(staff_vault_dir, case_ref)["consent"] == []


def test_roles_and_other_teams(staff_vault_dir, case_ref):
    code, _out, err = record(staff_vault_dir, case_ref, user=ADMIN)
    assert "may not" in one_line_failure(code, err)
    code, _out, err = record(staff_vault_dir, case_ref, user="cw3")
    assert "another team" in one_line_failure(code, err)
    code, _out, err = record(staff_vault_dir, case_ref, user="sup")
    assert code == 0, err
    code, _out, err = record(staff_vault_dir, "CI-2026-999999")
    assert "no case" in one_line_failure(code, err)


def test_two_decisions_or_none_is_a_usage_error(staff_vault_dir, case_ref, capsys):
    with pytest.raises(SystemExit) as caught:
        run_cli(staff_vault_dir, "consent", "record", "--as", "cw1", "--ref", case_ref, "--to",
                "kind:refuge", "--classes", "identity", "--purpose", "x", "--given",
                "--refused", "--how", "verbal")
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        run_cli(staff_vault_dir, "consent", "record", "--as", "cw1", "--ref", case_ref, "--to",
                "kind:refuge", "--classes", "identity", "--purpose", "x", "--how", "verbal")
    assert caught.value.code == 2
    capsys.readouterr()
