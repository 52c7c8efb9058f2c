"""`intake-app checklists list [--json]` and the self-test's report of refused definitions."""

from __future__ import annotations

import io
import json
from pathlib import Path

from intake_app.cli import run
from intake_app.domain.checklists import shipped_checklists_dir
from intake_app.policy import Policy
from tests.helpers.cli import cli

SHIPPED = sorted(p.stem.split(".")[0] for p in shipped_checklists_dir().glob("*.toml"))
BROKEN = 'format = 1\nid = "ours"\nversion = 1\ntitle = "Ours"\n[[sections]]\nid = "a"\n' \
         'title = "A"\n[[sections.items]]\nid = "Q1"\nkind = "yes_no"\ntext = "?"\n'


def _run(args, checklist_dir=None):
    out, err = io.StringIO(), io.StringIO()
    policy = Policy(checklist_dir=str(checklist_dir) if checklist_dir else None)
    code = run(args, stdin=io.StringIO(), stdout=out, stderr=err,
               policy_loader=lambda: policy)
    return code, out.getvalue(), err.getvalue()


def test_list_json_names_every_shipped_checklist_and_its_items():
    code, out, err = _run(["checklists", "list", "--json"])
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"loaded", "refused"} and data["refused"] == []
    assert sorted(entry["id"] for entry in data["loaded"]) == SHIPPED
    risk = next(e for e in data["loaded"] if e["id"] == "risk_identification")
    assert set(risk) == {"id", "version", "title", "items"}
    assert risk["version"] == 1 and risk["title"] == "Domestic abuse risk identification"
    assert len(risk["items"]) == 24 and risk["items"][0] == "current_injury"


def test_refused_files_are_listed_and_the_command_still_succeeds(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "ours.toml").write_text(BROKEN, encoding="utf-8")
    (org / "good.toml").write_text(BROKEN.replace('"Q1"', '"q1"'), encoding="utf-8")
    code, out, err = _run(["checklists", "list", "--json"], org)
    assert code == 0, err
    data = json.loads(out)
    assert "ours" in [e["id"] for e in data["loaded"]]
    assert data["refused"] == [{"file": str(org / "ours.toml"),
                                "reason": "sections[0].items[0].id: must be 1 to 64 "
                                          "characters from a-z, 0-9 and _ (no capitals, spaces "
                                          "or other letters)"}]


def test_plain_text_list_for_people_escapes_what_it_prints(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "bad\x1b[31mname.toml").write_text("x = [", encoding="utf-8")
    code, out, err = _run(["checklists", "list"], org)
    assert code == 0, err
    assert "\x1b" not in out and "bad\\x1b[31mname.toml" in out
    assert "risk_identification version 1: Domestic abuse risk identification (24 items)" in out
    assert "Refused (1)" in out and "not valid TOML" in out


def test_list_runs_as_a_command(tmp_path):
    r = cli(None, "checklists", "list", "--json")
    assert r.returncode == 0, r.stderr
    assert sorted(e["id"] for e in json.loads(r.stdout)["loaded"]) == SHIPPED
    r = cli(None, "checklists")
    assert r.returncode == 2  # the list subcommand is required


def test_self_test_fails_on_a_refused_definition_and_names_it(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "ours.toml").write_text(BROKEN, encoding="utf-8")
    code, out, err = _run(["self-test"], org)
    assert code == 1 and "self-test failed: checklists" in err
    lines = out.splitlines()
    assert any(line.startswith("ok    checklists: 4 loaded") for line in lines), out
    assert f"FAIL  checklists: refused {Path(org / 'ours.toml')}: sections[0].items[0].id: " \
           "must be 1 to 64" in out


def test_list_json_escapes_what_could_steer_a_terminal(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "evil\u009b2J\u202egpj.toml").write_text("not toml [", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    policy = Policy(checklist_dir=str(org))
    assert run(["checklists", "list", "--json"], stdout=out, stderr=err,
               policy_loader=lambda: policy) == 0
    printed = out.getvalue()
    assert printed.isascii()
    assert any("evil" in r["file"] for r in json.loads(printed)["refused"])
