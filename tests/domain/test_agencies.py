"""The agency directory's domain: the shipped kinds, each refusal at its place, recipients by
reference, and the rules for edits, named agencies and shipped updates (the immigration flag
is only ever raised)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from intake_app.domain.agencies import (
    GENERALISATIONS,
    SHIPPED_KIND_IDS,
    AgencyInput,
    Directory,
    FactInput,
    KindEdit,
    PendingUpdate,
    agency_id_from,
    context_of,
    edited_agency,
    edited_kind,
    load_shipped,
    new_agency,
    parse_kind,
    pending_updates,
    raised_agencies,
    read_kind,
    recipient_of,
    shipped_agencies_dir,
    wordings,
)
from intake_app.domain.case_model import Sensitivity, sensitivity_of
from intake_app.domain.errors import (
    AgencyFileInvalid,
    ImmigrationFlagLowered,
    InvalidInput,
    NotFound,
)

TODAY = date(2026, 12, 1)

BASE = """\
format = 1
id = "night_shelter"
name = "Night shelter"
name_translations = { pl = "Schronisko nocne" }
description = "A shelter for one night."
receives = ["identity", "contact", "narrative"]
generalises = ["date_of_birth_to_age", "phone_only_if_safe_to_call"]
may_pass_to_immigration_enforcement = false

[[facts]]
id = "own_policy"
text = "The shelter keeps no record of status."
text_translations = { pl = "Schronisko nie zapisuje statusu." }
last_reviewed = 2026-11-01

[[facts]]
id = "council_funded"
text = "The council pays for the beds."
last_reviewed = 2026-10-01
"""


def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def refused(text: str, source: str = "night_shelter.toml", **kw) -> AgencyFileInvalid:
    with pytest.raises(AgencyFileInvalid) as info:
        parse_kind(text, source, **kw)
    assert str(info.value).startswith(f"{source}: ") and "\n" not in str(info.value)
    return info.value


def shipped() -> Directory:
    return Directory(load_shipped().kinds)


# --- the shipped directory -------------------------------------------------------------------

def test_the_shipped_directory_has_every_kind_in_order_and_loads_cleanly():
    loaded = load_shipped(today=TODAY)
    assert loaded.refused == ()
    assert [k.id for k in loaded.kinds] == list(SHIPPED_KIND_IDS)
    for kind in loaded.kinds:
        path = Path(kind.source_name)
        assert path.parent == shipped_agencies_dir() and path.stem == kind.id
        assert kind.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert kind.facts and all(f.last_reviewed <= TODAY for f in kind.facts)
        assert Sensitivity.IMMIGRATION not in kind.receives


def test_shipped_immigration_flags_are_conservative():
    flags = {k.id: k.may_pass_to_immigration_enforcement for k in load_shipped().kinds}
    for kind_id in ("police", "marac", "local_authority_housing", "childrens_social_care",
                    "adult_social_care", "hospital"):
        assert flags[kind_id] is True, kind_id
    assert flags["regulated_immigration_adviser"] is False


def test_the_facts_the_issue_names_are_there():
    directory = shipped()
    texts = {k.id: " ".join(f.text.source for f in k.facts) for k in directory.kinds}
    assert "no rule" in texts["police"] and "immigration enforcement" in texts["police"]
    assert "no recourse to public funds" in texts["local_authority_housing"]
    assert "Home Office system" in texts["local_authority_housing"]
    assert "should not take part" in texts["marac"]
    assert "free of charge" in texts["hospital"] and "debt" in texts["hospital"]


def test_generalisation_rules_name_real_fields():
    for rule in GENERALISATIONS.values():
        for path in rule.fields:
            sensitivity_of(path)  # KeyError for a path the case model does not declare
    assert set(GENERALISATIONS) == {"date_of_birth_to_age", "address_to_postcode_district",
                                    "phone_only_if_safe_to_call"}


def test_the_base_file_loads_with_every_part():
    kind = parse_kind(BASE, "night_shelter.toml", today=TODAY)
    assert kind.receives == (Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.NARRATIVE)
    assert kind.generalises == ("date_of_birth_to_age", "phone_only_if_safe_to_call")
    assert [f.id for f in kind.facts] == ["own_policy", "council_funded"]
    assert kind.facts[0].last_reviewed == date(2026, 11, 1)
    assert kind.name.shown(context_of(kind), language="pl") == "Schronisko nocne"
    assert kind.sha256 == hashlib.sha256(BASE.encode()).hexdigest() and kind.source_text == BASE


# --- refusals at their places ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "place", "words"), [
    (edit('id = "council_funded"', 'id = "own_policy"'), "facts[1].id",
     "listed twice (first at facts[0].id)"),
    (edit("last_reviewed = 2026-10-01", 'last_reviewed = "2026-10-01"'),
     "facts[1].last_reviewed", "a date written YYYY-MM-DD"),
    (edit("last_reviewed = 2026-10-01", "last_reviewed = 2026-10-01T10:00:00"),
     "facts[1].last_reviewed", "a date"),
    (edit("last_reviewed = 2026-10-01", "last_reviewed = 2027-01-01"),
     "facts[1].last_reviewed", "after today"),
    (edit('last_reviewed = 2026-10-01\n', ''), "facts[1]", "missing 'last_reviewed'"),
    (edit('"narrative"]', '"narrative", "identity"]'), "receives[3]",
     "listed twice (first at receives[0])"),
    (edit('"narrative"]', '"narrative", "immigration"]'), "receives[3]", "never sent by default"),
    (edit('"narrative"]', '"narrative", "secrets"]'), "receives[3]", "one of"),
    (edit('generalises = ["date_of_birth_to_age"', 'generalises = ["blur"'), "generalises[0]",
     "one of"),
    (edit("may_pass_to_immigration_enforcement = false",
          "may_pass_to_immigration_enforcement = 0"),
     "may_pass_to_immigration_enforcement", "true or false"),
    (edit("may_pass_to_immigration_enforcement = false\n", ""), "",
     "missing 'may_pass_to_immigration_enforcement'"),
    (edit('id = "night_shelter"', 'id = "Night shelter"'), "id", "a-z, 0-9 and _"),
    (edit('id = "night_shelter"', 'id = "n\u0456ght"'), "id", "a-z, 0-9 and _"),
    (edit('text = "The council', 'text = "The \u202ecouncil'), "facts[1].text", "U+202E"),
    (edit('text = "The council pays for the beds."', 'text = ""'), "facts[1].text", "empty"),
    (edit('pl = "Schronisko nocne"', 'PL = "x"'), "name_translations.PL", "language code"),
    (edit("format = 1", "format = 2"), "format", "must be 1"),
    (edit("[[facts]]\nid = \"own_policy\"", "colour = 'red'\n[[facts]]\nid = \"own_policy\""),
     "colour", "unknown key"),
])
def test_each_refusal_names_its_place_and_reason(text, place, words):
    exc = refused(text, today=TODAY)
    assert exc.place == place, str(exc)
    assert words in exc.reason, str(exc)


def test_no_facts_at_all_is_refused():
    text = BASE.split("[[facts]]")[0] + "facts = []\n"
    exc = refused(text)
    assert exc.place == "facts" and "at least 1" in exc.reason


def test_a_toml_syntax_error_gives_its_line():
    exc = refused(edit('text = "The council pays for the beds."', 'text = "The council'))
    line = BASE.splitlines().index('text = "The council pays for the beds."') + 1
    assert exc.line == line and "not valid TOML" in exc.reason


def test_read_kind_checks_bytes(tmp_path):
    path = tmp_path / "night_shelter.toml"
    path.write_bytes(BASE.encode("utf-16"))
    with pytest.raises(AgencyFileInvalid, match="UTF-16"):
        read_kind(path)
    path.write_bytes(BASE.encode().replace(b"Night shelter", b"Night \xe9shelter"))
    with pytest.raises(AgencyFileInvalid) as info:
        read_kind(path)
    assert info.value.line == 3
    path.write_bytes(b"#" * (1024 * 1024 + 1))
    with pytest.raises(AgencyFileInvalid, match="larger than"):
        read_kind(path)


def test_a_folder_loads_the_good_files_and_names_the_refused(tmp_path):
    (tmp_path / "night_shelter.toml").write_text(BASE, encoding="utf-8")
    (tmp_path / "wrong_name.toml").write_text(BASE, encoding="utf-8")
    (tmp_path / "broken.toml").write_text(edit("format = 1", "format = 9"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a kind", encoding="utf-8")
    loaded = load_shipped(tmp_path)
    assert [k.id for k in loaded.kinds] == ["night_shelter"]
    reasons = {Path(r.file).name: r.reason for r in loaded.refused}
    assert set(reasons) == {"broken.toml", "wrong_name.toml"}
    assert reasons["broken.toml"] == "format: must be 1"
    assert "not the file's name" in reasons["wrong_name.toml"]
    missing = load_shipped(tmp_path / "nowhere")
    assert missing.kinds == () and "does not exist" in missing.refused[0].reason


# --- recipients ------------------------------------------------------------------------------

def test_recipient_of_a_kind_and_of_a_named_agency():
    directory = shipped()
    police = recipient_of(directory, "kind:police")
    assert police.kind.id == "police" and police.agency is None
    assert police.may_pass_to_immigration_enforcement is True
    assert police.facts == directory.kind("police").facts
    refuge = new_agency(directory, AgencyInput(
        "refuge", "Amari House", False,
        (FactInput("Beds funded by a charity: no benefit claim.", date(2026, 11, 1)),)),
        today=TODAY)
    assert refuge.id == "amari_house"
    directory = replace(directory, agencies=(refuge,))
    found = recipient_of(directory, "agency:amari_house")
    assert found.kind.id == "refuge" and found.agency == refuge
    assert found.may_pass_to_immigration_enforcement is False
    assert found.facts == directory.kind("refuge").facts + refuge.facts
    assert found.receives == directory.kind("refuge").receives
    assert found.generalises == ("address_to_postcode_district", "phone_only_if_safe_to_call")
    assert directory.kind_of("amari_house").id == "refuge"
    for ref in ("kind:nobody", "agency:nobody", "police", "", "agency:", "Kind:police"):
        with pytest.raises(NotFound):
            recipient_of(directory, ref)


def test_an_agency_flag_above_its_kind_makes_the_recipient_pass():
    directory = shipped()
    gp = new_agency(directory, AgencyInput("gp", "Hill Street Surgery", True), today=TODAY)
    found = recipient_of(replace(directory, agencies=(gp,)), gp.ref)
    assert found.may_pass_to_immigration_enforcement is True


def test_wordings_walk_every_kind_text_under_its_context():
    directory = shipped()
    found = list(wordings(directory))
    assert {c for c, _ in found} == {f"Agency:{k}" for k in SHIPPED_KIND_IDS}
    police = [w.source for c, w in found if c == "Agency:police"]
    kind = directory.kind("police")
    assert police == [kind.name.source, kind.description.source,
                      *[f.text.source for f in kind.facts]]


# --- the immigration flag is only ever raised ------------------------------------------------

def _edit(kind, **changes) -> KindEdit:
    base = KindEdit(tuple(c.value for c in kind.receives), kind.generalises,
                    kind.may_pass_to_immigration_enforcement,
                    tuple(FactInput(f.text.source, f.last_reviewed, f.id) for f in kind.facts))
    return replace(base, **changes)


def test_a_kind_edit_cannot_lower_the_flag_but_may_raise_it():
    directory = shipped()
    police = directory.kind("police")
    with pytest.raises(ImmigrationFlagLowered):
        edited_kind(police, _edit(police, may_pass_to_immigration_enforcement=False),
                    shipped=police, today=TODAY)
    gp = directory.kind("gp")
    raised = edited_kind(gp, _edit(gp, may_pass_to_immigration_enforcement=True), shipped=gp,
                         today=TODAY)
    assert raised.may_pass_to_immigration_enforcement and raised.version == gp.version + 1
    # Once raised in the vault, not lowered again, even to the shipped value.
    with pytest.raises(ImmigrationFlagLowered):
        edited_kind(raised, _edit(raised, may_pass_to_immigration_enforcement=False),
                    shipped=gp, today=TODAY)


def test_a_kind_edit_keeps_translations_of_unchanged_facts_only():
    kind = parse_kind(BASE, "night_shelter.toml")
    facts = (FactInput("The shelter keeps no record of status.", date(2026, 11, 30),
                       "own_policy"),
             FactInput("The council pays for the beds from April.", date(2026, 11, 30),
                       "council_funded"),
             FactInput("New: a woman may stay three nights.", date(2026, 11, 30)))
    out = edited_kind(kind, _edit(kind, facts=facts), shipped=kind, today=TODAY)
    assert [f.id for f in out.facts] == ["own_policy", "council_funded", "fact_1"]
    assert out.facts[0].text.inline == {"pl": "Schronisko nie zapisuje statusu."}
    assert out.facts[1].text.inline == {}
    assert out.facts[0].last_reviewed == date(2026, 11, 30)


@pytest.mark.parametrize(("changes", "words"), [
    ({"receives": ("identity", "immigration")}, "receives[1]: 'immigration' data is never"),
    ({"receives": ("identity", "identity")}, "receives[1]: 'identity' is listed twice"),
    ({"receives": ("secrets",)}, "receives[0]: not a sensitivity class"),
    ({"generalises": ("blur",)}, "generalises[0]: not a generalisation"),
    ({"facts": ()}, "facts: at least one fact"),
    ({"facts": (FactInput("  ", date(2026, 1, 1)),)}, "facts[0].text: must not be empty"),
    ({"facts": (FactInput("Fine.", date(2026, 12, 2)),)}, "facts[0].last_reviewed: 2026-12-02"),
    ({"facts": (FactInput("A\x1bB", date(2026, 1, 1)),)}, "facts[0].text: holds U+001B"),
    ({"facts": (FactInput("A", date(2026, 1, 1), "x"), FactInput("B", date(2026, 1, 1), "x"))},
     "facts[1].id: 'x' is listed twice"),
    ({"facts": (FactInput("A", date(2026, 1, 1), "Bad Id"),)}, "facts[0].id: must be"),
])
def test_a_kind_edit_that_cannot_be_stored_names_the_place(changes, words):
    kind = shipped().kind("gp")
    with pytest.raises(InvalidInput) as info:
        edited_kind(kind, _edit(kind, **changes), shipped=kind, today=TODAY)
    assert not isinstance(info.value, ImmigrationFlagLowered)
    assert words in str(info.value)


def test_a_named_agency_cannot_be_below_its_kind_nor_lowered():
    directory = shipped()
    with pytest.raises(ImmigrationFlagLowered):
        new_agency(directory, AgencyInput("police", "North Police", False), today=TODAY)
    north = new_agency(directory, AgencyInput("police", "North Police", True), today=TODAY)
    directory = replace(directory, agencies=(north,))
    with pytest.raises(ImmigrationFlagLowered):
        edited_agency(directory, north, AgencyInput("police", "North Police", False),
                      today=TODAY)
    # Moving it to a kind that may not pass data on keeps its own "may".
    with pytest.raises(ImmigrationFlagLowered):
        edited_agency(directory, north, AgencyInput("gp", "North Police", False), today=TODAY)
    renamed = edited_agency(directory, north, AgencyInput("police", "North Police HQ", True),
                            today=TODAY)
    assert renamed.id == north.id and renamed.version == 2 and renamed.name == "North Police HQ"


def test_named_agency_names_ids_and_kinds_are_checked():
    directory = shipped()
    with pytest.raises(NotFound):
        new_agency(directory, AgencyInput("castle", "X", False), today=TODAY)
    for bad in ("", "  ", "a\nb", "a\x00b", "x" * 201):
        with pytest.raises(InvalidInput, match="name: "):
            new_agency(directory, AgencyInput("gp", bad, False), today=TODAY)
    with pytest.raises(InvalidInput, match="id: "):
        new_agency(directory, AgencyInput("gp", "X", False, id="Bad Id"), today=TODAY)
    one = new_agency(directory, AgencyInput("gp", "X", False, id="x"), today=TODAY)
    with pytest.raises(InvalidInput, match="already"):
        new_agency(replace(directory, agencies=(one,)), AgencyInput("gp", "Y", False, id="x"),
                   today=TODAY)


def test_agency_ids_from_names():
    assert agency_id_from("Amari House", []) == "amari_house"
    assert agency_id_from("Amari House", ["amari_house"]) == "amari_house_2"
    assert agency_id_from("Łódź Żeński Dom", []) == "odz_zenski_dom"
    assert agency_id_from("دار الأمان", []) == "agency"
    assert agency_id_from("دار الأمان", ["agency", "agency_2"]) == "agency_3"


def test_raising_a_kind_raises_its_agencies():
    directory = shipped()
    gp = directory.kind("gp")
    one = new_agency(directory, AgencyInput("gp", "Hill Street", False), today=TODAY)
    two = new_agency(directory, AgencyInput("gp", "Low Road", True), today=TODAY)
    directory = replace(directory, agencies=(one, two))
    assert raised_agencies(directory, gp) == ()
    raised = replace(gp, may_pass_to_immigration_enforcement=True)
    (up,) = raised_agencies(directory, raised)
    assert up.id == one.id and up.may_pass_to_immigration_enforcement and up.version == 2


def test_a_shipped_update_never_lowers_the_flag():
    directory = shipped()
    police = directory.kind("police")
    newer = parse_kind(police.source_text.replace(
        "may_pass_to_immigration_enforcement = true",
        "may_pass_to_immigration_enforcement = false"), "police.toml")
    accepted = {k.id: k.sha256 for k in directory.kinds}
    assert pending_updates(load_shipped().kinds, directory, accepted) == ()
    (update,) = pending_updates([newer], directory, accepted)
    assert update.kind_id == "police" and update.current == police and update.flag_kept
    taken = update.accepted()
    assert taken.may_pass_to_immigration_enforcement is True
    assert taken.version == police.version + 1 and taken.sha256 == newer.sha256
    # A kind the vault has not got yet is an update too.
    (new_kind,) = pending_updates([parse_kind(BASE, "night_shelter.toml")], directory, accepted)
    assert new_kind.current is None and not new_kind.flag_kept
    assert new_kind.accepted().version == 1
    assert PendingUpdate(newer, None).accepted().may_pass_to_immigration_enforcement is False


def test_the_readme_example_is_a_valid_kind_file_and_its_refusal_is_real():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Agency directory", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    kind = parse_kind(example, "night_shelter.toml", today=TODAY)
    assert kind.id == "night_shelter" and kind.facts[0].last_reviewed == date(2026, 10, 1)
    hospital = (shipped_agencies_dir() / "hospital.toml").read_text(encoding="utf-8")
    second = hospital.rsplit("last_reviewed = 2026-11-20", 1)
    exc = refused("last_reviewed = 2027-01-01".join(second), "hospital.toml", today=TODAY)
    shown = " ".join(section.split("hospital.toml: ", 1)[1].split("`", 1)[0].split())
    assert str(exc) == "hospital.toml: " + shown
