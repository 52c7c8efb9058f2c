"""`intake-app agencies list` on a real vault on disk, through the CLI's ``run`` (the code the
command runs), and once through the real subprocess."""

from __future__ import annotations

import json
import shutil

import pytest

from intake_app.domain.agencies import SHIPPED_KIND_IDS, AgencyInput, FactInput, load_shipped
from intake_app.services.directory import DirectoryService
from intake_app.services.session import Session
from tests.conftest import ADMIN, STAFF_PASS
from tests.e2e.test_cli_cases import one_line_failure, run_cli
from tests.helpers.cli import cli


@pytest.fixture
def with_agency(open_as, staff_vault_dir):
    """The staff vault with a named refuge (its fact holding a line break) and a named police
    force (its name a right-to-left mark): the plain listing must show both escaped."""
    session = Session(open_as("sup"))
    service = DirectoryService(session, load_shipped())
    service.add_agency(AgencyInput("refuge", "Amari House", False, (
        FactInput("Beds paid by a charity:\nno benefit claim.", service.today()),)))
    service.add_agency(AgencyInput("police", "North \u200fForce", True))
    session.lock()
    return staff_vault_dir


def test_list_json_has_every_kind_and_named_agency(with_agency):
    code, out, err = run_cli(with_agency, "agencies", "list", "--as", "cw1", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [k["id"] for k in listed["kinds"]] == list(SHIPPED_KIND_IDS)
    police = listed["kinds"][0]
    assert police["ref"] == "kind:police" and police["version"] == 1
    assert police["may_pass_to_immigration_enforcement"] is True
    assert "immigration" not in police["receives"] and "identity" in police["receives"]
    assert police["generalises"] == ["phone_only_if_safe_to_call"]
    assert all(f["last_reviewed"] == "2026-11-20" for f in police["facts"])
    shipped_police = load_shipped().kinds[0]
    assert [f["text"] for f in police["facts"]] == [f.text.source for f in shipped_police.facts]
    agencies = {a["id"]: a for a in listed["agencies"]}
    assert agencies["amari_house"]["kind"] == "refuge"
    assert agencies["amari_house"]["may_pass_to_immigration_enforcement"] is False
    (fact,) = agencies["amari_house"]["facts"]
    assert fact["text"] == "Beds paid by a charity:\nno benefit claim."
    assert agencies["north_force"]["may_pass_to_immigration_enforcement"] is True


def test_list_plain_names_flags_classes_and_dated_facts_one_line_each(with_agency):
    code, out, err = run_cli(with_agency, "agencies", "list", "--as", "sup")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Kinds (12):"
    assert lines[1] == ("  kind:police  Police (version 1): MAY pass data to immigration "
                        "enforcement")
    assert lines[2].startswith("    receives: identity, contact, location")
    assert lines[3] == "    generalises: phone_only_if_safe_to_call"
    assert lines[4].startswith("    - In England and Wales") and \
        lines[4].endswith("(last reviewed 2026-11-20)")
    gp = lines.index("  kind:gp  GP practice (version 1): not known to pass data to "
                     "immigration enforcement")
    assert lines[gp + 2] == ("    generalises: address_to_postcode_district, "
                             "phone_only_if_safe_to_call")
    at = lines.index("Named agencies (2):")
    assert "  agency:north_force  North \\u200fForce (a police, version 1): MAY pass data " \
           "to immigration enforcement" in lines[at:]
    assert any(line.startswith("    - Beds paid by a charity:\\nno benefit claim.")
               for line in lines[at:])
    assert "\u200f" not in out


def test_administrators_are_refused_and_nothing_is_copied_in(staff_vault_dir, open_as):
    code, out, err = run_cli(staff_vault_dir, "agencies", "list", "--as", ADMIN, user=ADMIN)
    assert "may not perform directory.view" in one_line_failure(code, err)
    assert out == ""
    rows = open_as("cw1").conn.execute("SELECT count(*) FROM directory_kinds").fetchone()[0]
    assert rows == 0


def test_the_real_command(staff_vault_dir):
    r = cli(staff_vault_dir, "agencies", "list", "--as", "cw1", "--json",
            stdin=STAFF_PASS + "\n")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["kinds"]) == len(SHIPPED_KIND_IDS)


def test_self_test_reports_the_shipped_directory(tmp_path, monkeypatch):
    from intake_app.domain.agencies import loader
    from intake_app.selftest import run_self_test

    results = run_self_test()
    assert ("agency directory", True, "12 kinds loaded") in results
    # A broken shipped file fails the self-test, naming it, and the kind as missing.
    folder = tmp_path / "agencies"
    shutil.copytree(loader.shipped_agencies_dir(), folder)
    gp = folder / "gp.toml"
    gp.write_text(gp.read_text(encoding="utf-8").replace("format = 1", "format = 2"),
                  encoding="utf-8")
    monkeypatch.setattr(loader, "shipped_agencies_dir", lambda: folder)
    lines = [r for r in run_self_test() if r[0] == "agency directory"]
    assert lines[0] == ("agency directory", False, "11 kinds loaded; missing: gp")
    assert lines[1] == ("agency directory", False,
                        f"refused {gp}: format: must be 1")
