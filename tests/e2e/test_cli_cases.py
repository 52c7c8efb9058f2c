"""`intake-app case import` and `case show` on a real vault on disk, and `--data-dir` before or
after the command. Most runs call the CLI's ``run`` in this process (the same code the
command runs, cheap key derivation); a few go through the real subprocess."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from intake_app import cli_cases
from intake_app.cli import run
from intake_app.cli_parser import build_parser, parse
from intake_app.domain import case_lines
from intake_app.domain.answers import Tri
from intake_app.domain.errors import NotFound
from intake_app.policy import Policy
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.vault import audit
from tests.conftest import ADMIN, ADMIN_PASS, STAFF_PASS, TEST_KDF
from tests.helpers.cli import cli

GOOD = {"referral.source": "self", "survivor.names": "Amina Okafor",
        "consent.to_record": "given", "consent.to_contact": "given"}
FULL = {
    **GOOD, "referral.date": "2026-01-05", "survivor.aliases": "Amina O.\nأمينة",
    "survivor.interpreter_needed": "unsure", "consent.to_contact": {"$answer": "declined"},
    "abuse.forms": ["coercive_control", "physical"],
    "contact.phones": [{"number": "07700 900123", "whose": "her own", "safe_to_call": "no",
                        "safe_to_text": "yes"}],
    "household.children": [{"name": "Sam", "age": "4", "relationship": "hers"}],
    "notes.free": "She will call back on Monday.\nUse the code word.",
}


def jsonl(*cases: dict | str) -> str:
    return "".join((c if isinstance(c, str) else json.dumps(c, ensure_ascii=False)) + "\n"
                   for c in cases)


def run_cli(data_dir, *args: str, user: str = "cw1") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    secret = ADMIN_PASS if user == ADMIN else STAFF_PASS
    code = run(["--data-dir", str(data_dir), *args], stdin=io.StringIO(secret + "\n"),
               stdout=out, stderr=err, kdf=TEST_KDF, policy_loader=Policy)
    return code, out.getvalue(), err.getvalue()


def import_file(data_dir, tmp_path, text: str | bytes, user: str = "cw1",
                name: str = "cases.jsonl") -> tuple[int, str, str]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return run_cli(data_dir, "case", "import", "--as", user, "--file", str(path), user=user)


def show_json(data_dir, ref: str, user: str = "cw1") -> dict:
    code, out, err = run_cli(data_dir, "case", "show", "--as", user, "--ref", ref, "--json",
                             user=user)
    assert code == 0, err
    return json.loads(out)


def one_line_failure(code: int, err: str) -> str:
    assert code == 1, err
    assert err.startswith("intake-app: ") and len(err.strip().splitlines()) == 1, err
    return err.strip()


@pytest.fixture
def vault_of(open_as):
    """``vault_of("cw1")``: a CaseService on the staff vault, to look behind the CLI's back."""
    def factory(user: str = "cw1") -> CaseService:
        return CaseService(Session(open_as(user)))
    return factory


def audit_log(service: CaseService) -> list[tuple[str, str, str]]:
    with service.vault.read() as conn:
        return [(e.actor, e.action, e.target) for e in audit.entries(conn)]


# --- case import -----------------------------------------------------------------------------

def test_import_prints_one_reference_a_line_in_order(staff_vault_dir, tmp_path, vault_of):
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(
        {**GOOD, "survivor.names": "One"}, "", {**FULL, "survivor.names": "Two"},
        {**GOOD, "survivor.names": "Three"}))
    assert code == 0, err
    refs = out.splitlines()
    assert len(refs) == 3 and refs == sorted(refs) and len(set(refs)) == 3
    service = vault_of("cw1")
    assert [service.get_case(r).get("survivor.names") for r in refs] == ["One", "Two", "Three"]
    two = service.get_case(refs[1])
    assert two.get("survivor.interpreter_needed") is Tri.UNSURE
    assert two.get("abuse.forms") == ("physical", "coercive_control")
    assert [a for a in audit_log(service) if a[1] == "case.create"] == [
        ("cw1", "case.create", r) for r in refs]
    assert "warning: line 3: contact.phones[0]: Phone 1:" not in err  # safety was recorded
    assert err == ""


def test_a_bad_third_line_creates_nothing(staff_vault_dir, tmp_path, vault_of):
    lines = [{**GOOD, "survivor.names": name} for name in ("One", "Two", "Three", "Four")]
    lines[2] = {**lines[2], "consent.to_record": "perhaps"}
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(*lines))
    message = one_line_failure(code, err)
    assert out == ""
    assert message == ("intake-app: " + str(tmp_path / "cases.jsonl") + ": nothing was "
                       "imported (1 problem): line 3: consent.to_record: This is not one of "
                       "the listed answers. (one of: given, refused)")
    service = vault_of("cw1")
    assert service.count() == 0
    assert not [a for a in audit_log(service) if a[1] == "case.create"]
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(lines[0]))
    assert code == 0 and out.strip().endswith("-000001"), err  # no reference was spent


def test_every_problem_of_every_line_is_listed(staff_vault_dir, tmp_path):
    code, _out, err = import_file(staff_vault_dir, tmp_path, jsonl(
        GOOD,
        {"survivor.names": 5, "nickname": "A", "referral.source": "self",
         "survivor.date_of_birth": "2999-01-01"},
        "{not json",
        {**GOOD, "contact.phones": [{"number": "call me", "safe_to_call": True}]},
        {"referral.source": "self", "survivor.names": "B"},
    ).encode() + b'{"survivor.names": "\xff"}\n')
    message = one_line_failure(code, err)
    listed = message.split("): ", 1)[1].split("; ")
    assert listed == [
        "line 2: survivor.names: must be text (a JSON string)",
        "line 2: nickname: no such case field",
        "line 2: consent.to_record: This answer is needed at intake. If she chose not to "
        "answer, record that she declined.",
        "line 2: consent.to_contact: This answer is needed at intake. If she chose not to "
        "answer, record that she declined.",
        "line 2: survivor.date_of_birth: A date of birth cannot be in the future.",
        "line 3: not valid JSON (Expecting property name enclosed in double quotes at "
        "column 2)",
        'line 4: contact.phones[0].safe_to_call: must be one of "yes", "no", "unsure"',
        "line 5: consent.to_record: This answer is needed at intake. If she chose not to "
        "answer, record that she declined.",
        "line 5: consent.to_contact: This answer is needed at intake. If she chose not to "
        "answer, record that she declined.",
        "line 6: not UTF-8 text (byte 21 of the line)",
    ]
    assert "(10 problems)" in message


def test_a_long_list_of_problems_is_capped(staff_vault_dir, tmp_path):
    code, _out, err = import_file(staff_vault_dir, tmp_path, jsonl(*["nope"] * 30))
    message = one_line_failure(code, err)
    assert "(30 problems)" in message and message.endswith("; and 10 more")
    assert message.count("not valid JSON") == 20


def test_validation_warnings_are_shown_and_do_not_refuse(staff_vault_dir, tmp_path):
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(
        GOOD, {**GOOD, "contact.phones": [{"number": "07700 900123"}]}))
    assert code == 0 and len(out.splitlines()) == 2, err
    assert err == ("intake-app: warning: line 2: contact.phones[0]: Phone 1: it is not "
                   "recorded whether calls, texts or voicemail are safe.\n")


@pytest.mark.parametrize(("content", "expected"), [
    ("", "no case in the file (every line is blank)"),
    ("\n  \n\r\n", "no case in the file (every line is blank)"),
])
def test_an_empty_file_is_refused(staff_vault_dir, tmp_path, content, expected):
    code, _out, err = import_file(staff_vault_dir, tmp_path, content)
    assert one_line_failure(code, err).endswith(f"(1 problem): {expected}")


def test_a_huge_file_is_refused_before_it_is_read(staff_vault_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(cli_cases, "MAX_FILE_BYTES", 1000)
    code, _out, err = import_file(staff_vault_dir, tmp_path, jsonl(*[GOOD] * 20))
    message = one_line_failure(code, err)
    assert message.endswith("cases.jsonl: larger than 0 MiB; split it into files of at most "
                            "10000 cases; nothing was imported")


def test_a_huge_line_is_refused(staff_vault_dir, tmp_path):
    huge = {**GOOD, "notes.free": "x" * (case_lines.MAX_LINE_BYTES + 1)}
    code, _out, err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD, huge))
    assert one_line_failure(code, err).endswith(
        "(1 problem): line 2: longer than 1 MiB; one case is far shorter (is this a file "
        "of cases, one per line?)")


def test_too_many_cases_are_refused(staff_vault_dir, tmp_path, monkeypatch, vault_of):
    monkeypatch.setattr(case_lines, "MAX_CASES", 3)
    monkeypatch.setattr(cli_cases, "MAX_CASES", 3)
    code, _out, err = import_file(staff_vault_dir, tmp_path, jsonl(*[GOOD] * 4))
    assert one_line_failure(code, err).endswith("(1 problem): more than 3 cases in one "
                                                "file: split it")
    assert vault_of().count() == 0


def test_a_missing_file_is_one_line(staff_vault_dir, tmp_path):
    code, _out, err = run_cli(staff_vault_dir, "case", "import", "--as", "cw1", "--file",
                              str(tmp_path / "none.jsonl"))
    assert "No such file or directory" in one_line_failure(code, err)


def test_administrators_may_not_import(staff_vault_dir, tmp_path, vault_of):
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD), user=ADMIN)
    assert one_line_failure(code, err) == \
        "intake-app: the admin role may not perform case.create"
    assert out == "" and vault_of("sup").count() == 0


def test_supervisors_may_import(staff_vault_dir, tmp_path, vault_of):
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD), user="sup")
    assert code == 0, err
    assert vault_of("sup").get_case(out.strip()).owner == "sup"


# --- case show -------------------------------------------------------------------------------

def test_show_json_is_an_import_line_and_imports_back_equal(staff_vault_dir, tmp_path,
                                                            vault_of):
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(FULL))
    assert code == 0, err
    first = out.strip()
    shown = show_json(staff_vault_dir, first)
    assert set(shown) == {"reference", "status", "values", "incidents", "assessments",
                          "consent"}
    assert shown["reference"] == first and shown["status"] == "open"
    assert shown["values"]["consent.to_contact"] == {"$answer": "declined"}
    assert shown["values"]["abuse.forms"] == ["physical", "coercive_control"]
    code, out, err = import_file(staff_vault_dir, tmp_path, jsonl(shown["values"]),
                                 name="again.jsonl")
    assert code == 0, err
    again = out.strip()
    assert again != first
    assert show_json(staff_vault_dir, again)["values"] == shown["values"]
    service = vault_of("cw1")
    assert service.get_case(again).values == service.get_case(first).values


def test_show_is_audited_as_a_view(staff_vault_dir, tmp_path, vault_of):
    _code, out, _err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD))
    ref = out.strip()
    show_json(staff_vault_dir, ref)
    run_cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref", ref)
    views = [a for a in audit_log(vault_of("cw1")) if a[1] == "case.view"]
    assert views == [("cw1", "case.view", ref)] * 2


def test_show_for_people_says_labels_and_answers_in_words(staff_vault_dir, tmp_path):
    _code, out, _err = import_file(staff_vault_dir, tmp_path, jsonl(
        {**FULL, "notes.free": "first line\nsecond \u202e line"}))
    code, out, err = run_cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref",
                             out.strip())
    assert code == 0, err
    lines = out.splitlines()
    assert lines[:5] == [f"Reference: {lines[0].split(': ')[1]}", "Status: Open",
                         "Owner: cw1 (team north)", "Assigned to: nobody",
                         "Risk level: Not assessed"]
    for expected in ("Referral", "  Referred by: Herself", "  Date of referral: 05/01/2026",
                     "  Needs an interpreter: Not sure", "  Consent to be contacted: Declined "
                     "to answer", "  Forms of abuse: Physical, Coercive control",
                     "  Phone numbers: 07700 900123 (her own)",
                     "    Call: No · Text: Yes · Voicemail: Not asked yet",
                     "  Children: Name: Sam; Age in years: 4; Relationship: Her child (not "
                     "the abuser's)",
                     "  Other names and spellings: Amina O.", "    أمينة",
                     "  Notes: first line", "    second \\u202e line"):
        assert expected in lines, (expected, lines)
    assert "\u202e" not in out  # a direction override is shown, never obeyed
    assert "Immigration" not in lines  # sections without an answer are left out
    assert "Incidents (0):" in lines and "Assessments (0):" in lines


def test_show_refusals(staff_vault_dir, tmp_path, vault_of):
    _code, out, _err = import_file(staff_vault_dir, tmp_path, jsonl(GOOD))
    ref = out.strip()
    code, out, err = run_cli(staff_vault_dir, "case", "show", "--as", ADMIN, "--ref", ref,
                             user=ADMIN)
    assert one_line_failure(code, err) == \
        "intake-app: the admin role may not perform case.view_own"
    code, out, err = run_cli(staff_vault_dir, "case", "show", "--as", "cw3", "--ref", ref,
                             user="cw3")
    assert one_line_failure(code, err) == "intake-app: this case belongs to another team"
    assert ("cw3", "case.denied", ref) in audit_log(vault_of("cw1"))
    code, out, err = run_cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref",
                             "CI-2026-999999")
    assert one_line_failure(code, err) == "intake-app: no case with that reference"
    with pytest.raises(NotFound):
        vault_of("cw1").get_case("CI-2026-999999")


# --- --data-dir before or after the command --------------------------------------------------

#: The required arguments of every command; the test below fails when a command is missing.
REQUIRED: dict[tuple[str, ...], list[str]] = {
    ("self-test",): [], ("demo",): [], ("checklists", "list"): [],
    ("agencies", "list"): ["--as", "u"],
    ("case", "import"): ["--as", "u", "--file", "f"],
    ("case", "show"): ["--as", "u", "--ref", "r"],
    ("incident", "add"): ["--as", "u", "--ref", "r", "--file", "f"],
    ("assess",): ["--as", "u", "--ref", "r", "--checklist", "c", "--answers", "a"],
    ("consent", "record"): ["--as", "u", "--ref", "r", "--to", "kind:police", "--classes",
                            "identity", "--purpose", "p", "--given", "--how", "verbal"],
    ("referral", "draft"): ["--as", "u", "--ref", "r", "--file", "f"],
    ("referral", "check"): ["--as", "u", "--id", "1"],
    ("referral", "submit"): ["--as", "u", "--id", "1"],
    ("referral", "approve"): ["--as", "u", "--id", "1"],
    ("referral", "return"): ["--as", "u", "--id", "1", "--reason", "r"],
    ("referral", "reject"): ["--as", "u", "--id", "1", "--reason", "r"],
    ("referral", "revoke"): ["--as", "u", "--id", "1", "--reason", "r"],
    ("referral", "show"): ["--as", "u", "--id", "1"],
    ("referral", "list"): ["--as", "u"],
    ("referral", "export"): ["--as", "u", "--id", "1", "--out", "f.pdf"],
    ("admin", "init"): ["--user", "u"],
    ("admin", "add-user"): ["--as", "a", "--user", "u", "--role", "caseworker"],
    ("admin", "disable-user"): ["--as", "a", "--user", "u"],
    ("admin", "list-users"): ["--as", "a"], ("admin", "passwd"): ["--user", "u"],
    ("admin", "recover"): ["--user", "u"], ("admin", "verify"): ["--as", "a"],
    ("admin", "backup"): ["--as", "a", "--out", "o"],
    ("admin", "restore"): ["--from", "f"], ("admin", "rotate-key"): ["--as", "a"],
    ("admin", "audit"): ["--as", "a"],
}


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path
    for action in subs:
        for name, child in action.choices.items():
            yield from leaf_commands(child, (*path, name))


def test_the_table_names_every_command():
    assert sorted(leaf_commands(build_parser())) == sorted(REQUIRED)


@pytest.mark.parametrize("command", sorted(REQUIRED), ids="-".join)
def test_data_dir_is_taken_before_between_and_after_the_command(command, tmp_path):
    folder = tmp_path / "vault"
    rest = REQUIRED[command]
    placings = [["--data-dir", str(folder), *command, *rest],
                [*command, *rest, "--data-dir", str(folder)],
                [*command, f"--data-dir={folder}", *rest]]
    if len(command) == 2:
        placings.append([command[0], "--data-dir", str(folder), command[1], *rest])
    for argv in placings:
        args = parse(build_parser(), argv)
        assert args.data_dir == folder, argv
    assert parse(build_parser(), [*command, *rest]).data_dir is None


def test_the_same_folder_twice_is_accepted_and_two_folders_are_refused(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    args = parse(build_parser(), ["--data-dir", str(a), "admin", "verify", "--as", "x",
                                  "--data-dir", f"{a}/"])
    assert args.data_dir == a
    with pytest.raises(SystemExit) as caught:
        parse(build_parser(), ["--data-dir", str(a), "admin", "verify", "--as", "x",
                               "--data-dir", str(b)])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (f"intake-app: error: --data-dir was given more than "
                                    f"once, with different folders ({a}, {b}): give it once")
    with pytest.raises(SystemExit):
        parse(build_parser(), ["case", "show", "--as", "u", "--ref", "r",
                               "--data-dir", str(a), "--data-dir", str(b)])


def test_the_real_command_takes_data_dir_in_both_places(staff_vault_dir, tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(jsonl(GOOD), encoding="utf-8")
    r = cli(None, "case", "import", "--as", "cw1", "--file", str(cases),
            "--data-dir", str(staff_vault_dir), stdin=STAFF_PASS + "\n")
    assert r.returncode == 0, r.stderr
    ref = r.stdout.strip()
    r = cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref", ref, "--json",
            stdin=STAFF_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["values"] == GOOD
    r = cli(None, "admin", "verify", "--as", ADMIN, "--data-dir", str(staff_vault_dir),
            stdin=ADMIN_PASS + "\n")
    assert r.returncode == 0, r.stderr
    r = cli(staff_vault_dir, "case", "show", "--as", "cw1", "--ref", ref,
            "--data-dir", str(tmp_path / "elsewhere"), stdin=STAFF_PASS + "\n")
    assert r.returncode == 2 and "different folders" in r.stderr
