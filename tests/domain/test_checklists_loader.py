"""Loading definitions: every refusal names the file, the place inside it and the reason;
the shipped and the organisation's folders together; translations carried in the file."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from intake_app.domain.checklists import (
    assess,
    context_of,
    load_checklists,
    parse_definition,
    read_definition,
    shipped_checklists_dir,
    wordings,
)
from intake_app.domain.errors import ChecklistInvalid, NotFound, UnansweredItems
from intake_app.domain.i18n import Wording
from intake_app.domain.risk import RiskLevel

SHIPPED = shipped_checklists_dir()

# A small definition of an organisation's own, using every part of the format.
BASE = """\
format = 1
id = "our_referral"
version = 2
title = "Before a referral"
title_translations = { pl = "Przed skierowaniem", pt_BR = "Antes do encaminhamento" }

[[sections]]
id = "consent"
title = "Her agreement"

[[sections.items]]
id = "consent_given"
kind = "yes_no"
scored = true
text = "Has she agreed to this referral?"
text_translations = { pl = "Czy zgodziła się na skierowanie?", cy = "Ydy hi wedi cytuno?" }

[[sections.items]]
id = "interpreter"
kind = "yes_no"
scored = true
text = "Does she need an interpreter?"

[[sections.items]]
id = "language"
kind = "language"
text = "Which language?"
when = { item = "interpreter", answer = "yes" }

[[sections.items]]
id = "contact_route"
kind = "choice"
text = "How may the agency contact her?"
choices = [
  { id = "phone", text = "By phone" },
  { id = "through_us", text = "Only through us", text_translations = { pl = "Tylko przez nas" } },
]

[[sections.items]]
id = "children_named"
kind = "yes_no"
scored = true
text = "Are the children's schools named?"
when = { fact = "household.has_children", equals = true }

[[sections.items]]
id = "deadline"
kind = "date"
text = "By when must the referral arrive?"

[[sections.items]]
id = "notes"
kind = "text"
text = "Anything the agency must know"
help = "Never the abuser's view of her."

[[recommendations]]
id = "do_not_send"
text = "Do not send the referral until she has agreed."

[[recommendations]]
id = "send"
text = "Send the referral."

[[rules]]
id = "consent_needed"
kind = "must_be_yes"
title = "Her consent is recorded"
items = ["consent_given"]
recommend = ["do_not_send"]

[[bands]]
level = "standard"
min = 0
max = 1

[[bands]]
level = "high"
min = 2
recommend = ["send"]
"""


def refused(text: str, source: str = "org.toml") -> ChecklistInvalid:
    with pytest.raises(ChecklistInvalid) as info:
        parse_definition(text, source)
    exc = info.value
    message = str(exc)
    assert message.startswith(f"{source}: ") and "\n" not in message
    return exc


def test_the_base_definition_loads_with_every_part():
    defn = parse_definition(BASE, "org.toml")
    assert defn.id == "our_referral" and defn.version == 2
    assert defn.item_ids() == ("consent_given", "interpreter", "language", "contact_route",
                               "children_named", "deadline", "notes")
    assert [i.id for i in defn.scored_items()] == ["consent_given", "interpreter",
                                                   "children_named"]
    assert defn.sha256 == hashlib.sha256(BASE.encode("utf-8")).hexdigest()
    assert defn.source_text == BASE


def test_must_be_yes_rule_and_conditional_items_on_facts():
    defn = parse_definition(BASE, "org.toml")
    today = dt.date(2026, 1, 1)
    answers = {"consent_given": "dont_know", "interpreter": "yes", "language": "pt_BR",
               "contact_route": "through_us", "deadline": "2026-02-01", "notes": "-"}
    outcome = assess(defn, answers, today=today)  # children_named not asked: no fact
    assert outcome.rules_fired == ("consent_needed",)
    assert outcome.recommendations == ("do_not_send",)
    assert outcome.score == 1
    answers["consent_given"] = "yes"
    with pytest.raises(UnansweredItems) as info:  # the fact makes children_named asked
        assess(defn, answers, facts={"household.has_children": True}, today=today)
    assert info.value.items == ("children_named",)
    # A fact of 1 is not "true".
    outcome = assess(defn, answers, facts={"household.has_children": 1}, today=today)
    assert outcome.rules_fired == () and outcome.level is RiskLevel.HIGH
    assert outcome.recommendations == ("send",)


# --- each refusal names its place ------------------------------------------------------------

def edit(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


@pytest.mark.parametrize(("text", "place", "words"), [
    (edit('id = "interpreter"', 'id = "consent_given"'), "sections[0].items[1].id",
     "used twice (first at sections[0].items[0].id)"),
    (edit('id = "phone"', 'id = "through_us"'), "sections[0].items[3].choices[1].id",
     "used twice"),
    (edit('id = "send"', 'id = "do_not_send"'), "recommendations[1].id", "used twice"),
    (edit("min = 2", "min = 4"), "bands[1].min", "above the item count"),
    (edit("max = 1", "max = 2"), "bands[1].min", "overlaps"),
    (edit("max = 1", "max = 5"), "bands[0].max", "above the item count"),
    (edit('min = 2\nrecommend = ["send"]', 'min = 2\nmax = 2\nrecommend = ["send"]',
          edit("max = 1", "max = 0")), "bands[1].min", "leaves counts 1 to 1"),
    (edit('min = 2\nrecommend = ["send"]', 'min = 2\nmax = 2\nrecommend = ["send"]'),
     "bands[1].max", "leaves counts 3 to 3"),
    (edit('level = "high"', 'level = "standard"'), "bands[1].level", "higher level"),
    (edit('items = ["consent_given"]', 'items = ["consent"]'), "rules[0].items[0]",
     "unknown item 'consent'"),
    (edit('items = ["consent_given"]', 'items = ["deadline"]'), "rules[0].items[0]",
     "not a yes/no item"),
    (edit('id = "consent_needed"', 'id = "escalation"'), "rules[0].id", "engine's own rule"),
    (edit('recommend = ["do_not_send"]', 'recommend = ["wait"]'), "rules[0].recommend[0]",
     "undeclared recommendation 'wait'"),
    (edit('when = { item = "interpreter", answer = "yes" }',
          'when = { item = "notes", answer = "yes" }'), "sections[0].items[2].when.item",
     "unknown item 'notes'"),
    (edit('when = { item = "interpreter", answer = "yes" }',
          'when = { item = "interpreter", answer = "perhaps" }'),
     "sections[0].items[2].when.answer", "not an answer of 'interpreter'"),
    (edit('when = { fact = "household.has_children", equals = true }',
          'when = { fact = "household.has_children" }'), "sections[0].items[4].when",
     "exactly one of 'equals' or 'includes'"),
    (edit('when = { fact = "household.has_children", equals = true }',
          'when = { fact = "x", item = "interpreter", answer = "yes" }'),
     "sections[0].items[4].when", "exactly one of"),
    (edit('kind = "language"', 'kind = "language"\nscored = true'),
     "sections[0].items[2].scored", "only yes/no items"),
    (edit('kind = "date"', 'kind = "date"\nchoices = [{ id = "a", text = "A" }]'),
     "sections[0].items[5].choices", "only a choice item"),
    (edit('kind = "yes_no"', 'kind = "maybe"'), "sections[0].items[0].kind", "one of"),
    (edit('kind = "yes_no"', 'kind = "yes_no"\ncolour = "red"'), "sections[0].items[0].colour",
     "unknown key"),
    (edit("version = 2", "version = 2.0"), "version", "whole number"),
    (edit("version = 2", "version = true"), "version", "whole number"),
    (edit("version = 2", "version = 99999999999999999"), "version", "at most"),
    (edit("version = 2", 'version = "2"'), "version", "whole number"),
    (edit('id = "our_referral"', 'id = "Safe referral"'), "id", "a-z, 0-9 and _"),
    (edit('id = "our_referral"', 'id = "safe\u200breferral"'), "id", "a-z, 0-9 and _"),
    (edit('id = "our_referral"', 'id = "s\u0430fe"'), "id", "a-z, 0-9 and _"),  # Cyrillic a
    (edit('id = "our_referral"', 'id = "our_referral\\n"'), "id", "a-z, 0-9 and _"),
    (edit('id = "notes"', 'id = "n\u0663"'), "sections[0].items[6].id", "a-z, 0-9"),
    (edit('title = "Her agreement"', 'title = "Her \u202eagreement"'), "sections[0].title",
     "U+202E"),
    (edit('title = "Her agreement"', 'title = "Her \\u001bagreement"'), "sections[0].title",
     "U+001B"),
    (edit('title = "Her agreement"', 'title = "Her \\u2028agreement"'), "sections[0].title",
     "U+2028"),
    (edit('title = "Her agreement"', 'title = "Her \\U000E0041agreement"'),
     "sections[0].title", "U+E0041"),
    (edit('title = "Her agreement"', 'title = ""'), "sections[0].title", "empty"),
    (edit("pl = \"Przed skierowaniem\"", "PL = \"Przed\""), "title_translations.PL",
     "language code"),
    (edit("pl = \"Przed skierowaniem\"", "pl = 3"), "title_translations.pl", "text in quotes"),
    (edit('title = "Her agreement"\n', ""), "sections[0]", "missing 'title'"),
    (edit("format = 1", "format = 2"), "format", "must be 1"),
    (edit("format = 1", "format = 1.0"), "format", "whole number"),
    (edit('[[sections]]\nid = "consent"', '[[judgement.grounds]]\nid = "x"\ntext = "X"\n'
          '[[sections]]\nid = "consent"', edit('[[bands]]\nlevel = "standard"\nmin = 0\n'
                                               'max = 1\n\n[[bands]]\nlevel = "high"\nmin = 2\n'
                                               'recommend = ["send"]\n', "")),
     "judgement", "needs bands"),
])
def test_each_refusal_names_its_place_and_reason(text, place, words):
    exc = refused(text)
    assert exc.place == place, str(exc)
    assert words in exc.reason, str(exc)
    assert f"org.toml: {place}: " in str(exc)


def test_a_toml_syntax_error_gives_its_line():
    line = BASE.splitlines().index('  { id = "phone", text = "By phone" },') + 1
    exc = refused(edit('text = "By phone" }', 'text = "By phone }'))
    assert exc.line == line and f"org.toml: line {line}: not valid TOML" in str(exc)
    exc = refused(BASE + "min = 5\n")  # the last table's min, given twice
    assert exc.line == len(BASE.splitlines()) + 1


def test_too_many_digits_deep_nesting_and_size():
    assert "too many digits" in refused(edit("version = 2", "version = " + "9" * 5000)).reason
    assert "nested" in refused("x = " + "[" * 20 + "]" * 20).reason
    assert "nested" in refused("x = " + "[" * 50_000 + "]" * 50_000).reason
    assert "larger than" in refused(BASE + "#" * (1024 * 1024)).reason
    long_list = refused(edit('items = ["consent_given"]', "items = [" + '"a", ' * 5000 + "]"))
    assert long_list.place == "rules[0].items" and "more than 1000 entries" in long_list.reason
    assert "character pair" in refused(BASE + '\n"\ud800" = 1\n').reason


def test_a_condition_may_only_name_an_earlier_item():
    text = edit('when = { item = "interpreter", answer = "yes" }',
                'when = { item = "contact_route", answer = "phone" }')
    exc = refused(text)
    assert exc.place == "sections[0].items[2].when.item" and "declared before" in exc.reason
    itself = edit('when = { item = "interpreter", answer = "yes" }',
                  'when = { item = "language", answer = "yes" }')
    assert refused(itself).place == "sections[0].items[2].when.item"


def test_offer_when_may_not_name_an_item():
    exc = refused(BASE.replace("[[sections]]", 'offer_when = { item = "consent_given", '
                               'answer = "yes" }\n\n[[sections]]', 1))
    assert exc.place == "offer_when.item"


# --- files and folders -----------------------------------------------------------------------

def test_read_definition_checks_bytes(tmp_path):
    path = tmp_path / "a.toml"
    path.write_bytes(BASE.encode("utf-16"))
    with pytest.raises(ChecklistInvalid, match="UTF-16"):
        read_definition(path)
    path.write_bytes(BASE.encode("utf-8").replace(b"Her agreement", b"Her agr\xe9ement"))
    with pytest.raises(ChecklistInvalid) as info:
        read_definition(path)
    assert info.value.line == 9 and "not UTF-8" in info.value.reason
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode("utf-8"))
    defn = read_definition(path)  # a byte order mark is fine, and not part of the text
    assert defn.sha256 == hashlib.sha256(BASE.encode("utf-8")).hexdigest()
    path.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(ChecklistInvalid, match="larger than"):
        read_definition(path)


def test_the_shipped_folder_loads_every_definition():
    catalogue = load_checklists(SHIPPED)
    assert catalogue.refused == ()
    assert sorted(d.id for d in catalogue.loaded) == [
        "honour_based_abuse", "risk_identification", "safe_referral", "stalking_screen"]
    for defn in catalogue.loaded:
        data = Path(defn.source_name).read_bytes()
        assert defn.sha256 == hashlib.sha256(data).hexdigest()
        again = parse_definition(defn.source_text, "stored copy")
        assert again.sha256 == defn.sha256 and again.sections == defn.sections


def test_organisation_folder_good_and_bad_files(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "referral.toml").write_text(BASE, encoding="utf-8")
    (org / "broken.toml").write_text(edit('id = "interpreter"', 'id = "consent_given"'),
                                     encoding="utf-8")
    (org / "notes.txt").write_text("not a definition", encoding="utf-8")
    (org / "folder.toml").mkdir()
    catalogue = load_checklists(SHIPPED, org)
    assert "our_referral" in [d.id for d in catalogue.loaded]
    assert len(catalogue.loaded) == 5
    reasons = {Path(r.file).name: r.reason for r in catalogue.refused}
    assert set(reasons) == {"broken.toml", "folder.toml"}
    assert reasons["broken.toml"].startswith("sections[0].items[1].id: 'consent_given' is used")
    assert catalogue.get("our_referral").version == 2
    with pytest.raises(NotFound):
        catalogue.get("our_referral", 1)


@pytest.mark.parametrize("version", [1, 2])
def test_an_organisation_file_may_not_take_a_shipped_id(tmp_path, version):
    """Neither the same version nor a higher one: a version 2 would otherwise replace the
    shipped risk checklist for every assessment, unnoticed."""
    org = tmp_path / "org"
    org.mkdir()
    text = (SHIPPED / "risk_identification.v1.toml").read_text(encoding="utf-8")
    (org / "ours.toml").write_text(text.replace("version = 1", f"version = {version}", 1),
                                   encoding="utf-8")
    catalogue = load_checklists(SHIPPED, org)
    assert [d.source_name for d in catalogue.versions("risk_identification")] == [
        str(SHIPPED / "risk_identification.v1.toml")]
    assert catalogue.get("risk_identification").version == 1
    (refusal,) = catalogue.refused
    assert refusal.file == str(org / "ours.toml")
    assert "ships with the app" in refusal.reason


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_or_file_others_can_change_is_not_used(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "ours.toml").write_text(BASE, encoding="utf-8")
    assert load_checklists(SHIPPED, org).refused == ()
    (org / "ours.toml").chmod(0o666)
    (refusal,) = load_checklists(SHIPPED, org).refused
    assert refusal.file == str(org / "ours.toml") and "other users" in refusal.reason
    (org / "ours.toml").chmod(0o644)
    org.chmod(0o777)
    try:
        catalogue = load_checklists(SHIPPED, org)
    finally:
        org.chmod(0o755)
    (refusal,) = catalogue.refused
    assert refusal.file == str(org) and "other users" in refusal.reason
    assert {d.id for d in catalogue.loaded} == {d.id for d in load_checklists(SHIPPED).loaded}


def test_a_folder_is_read_only_up_to_its_size_limit(tmp_path, monkeypatch):
    from intake_app.domain.checklists import loader

    org = tmp_path / "org"
    org.mkdir()
    for n in range(3):
        (org / f"c{n}.toml").write_text(BASE.replace('id = "our_referral"', f'id = "ours{n}"'),
                                        encoding="utf-8")
    monkeypatch.setattr(loader, "MAX_FOLDER_BYTES", int(len(BASE) * 2.5))
    catalogue = load_checklists(SHIPPED, org)
    assert [Path(r.file).name for r in catalogue.refused] == ["c2.toml"]
    assert "MiB together" in catalogue.refused[0].reason


def test_the_same_id_and_version_twice_in_one_folder_refuses_both(tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "a.toml").write_text(BASE, encoding="utf-8")
    (org / "b.toml").write_text(BASE.replace("Before a referral", "Other"), encoding="utf-8")
    (org / "c.toml").write_text(BASE.replace("version = 2", "version = 3"), encoding="utf-8")
    catalogue = load_checklists(SHIPPED, org)
    assert [d.version for d in catalogue.versions("our_referral")] == [3]
    refusals = {Path(r.file).name: r.reason for r in catalogue.refused}
    assert set(refusals) == {"a.toml", "b.toml"}
    assert str(org / "b.toml") in refusals["a.toml"]
    assert str(org / "a.toml") in refusals["b.toml"]
    assert catalogue.get("our_referral").version == 3


def test_a_missing_organisation_folder_is_reported(tmp_path):
    catalogue = load_checklists(SHIPPED, tmp_path / "nowhere")
    assert len(catalogue.loaded) == 4
    assert [r.file for r in catalogue.refused] == [str(tmp_path / "nowhere")]


# --- wordings and translations ---------------------------------------------------------------

def test_inline_translations_are_picked_by_language():
    defn = parse_definition(BASE, "org.toml")
    context = context_of(defn)
    assert context == "Checklist:our_referral"
    assert defn.title.shown(context, language="pl") == "Przed skierowaniem"
    assert defn.title.shown(context, language="pl_PL") == "Przed skierowaniem"
    assert defn.title.shown(context, language="pt_BR") == "Antes do encaminhamento"
    assert defn.title.shown(context, language="pt") == "Before a referral"
    item = defn.item("consent_given")
    assert item.text.shown(context, language="cy") == "Ydy hi wedi cytuno?"
    catalogue = {(context, "Has she agreed to this referral?"): "Czy ona się zgodziła?"}
    # The file's own translation comes first; the catalogue's where the file has none.
    assert item.text.shown(context, lambda c, t: catalogue.get((c, t), t), "pl") == \
        "Czy zgodziła się na skierowanie?"
    assert defn.item("interpreter").text.shown(context, language="pl") == \
        "Does she need an interpreter?"
    choice = defn.item("contact_route").choices[1]
    assert choice.text == Wording("Only through us", {"pl": "Tylko przez nas"})


def test_wordings_walk_every_visible_text():
    defn = parse_definition(BASE, "org.toml")
    found = list(wordings(defn))
    assert {context for context, _ in found} == {"Checklist:our_referral"}
    sources = [wording.source for _, wording in found]
    assert sources == [
        "Before a referral", "Her agreement", "Has she agreed to this referral?",
        "Does she need an interpreter?", "Which language?", "How may the agency contact her?",
        "By phone", "Only through us", "Are the children's schools named?",
        "By when must the referral arrive?", "Anything the agency must know",
        "Never the abuser's view of her.", "Do not send the referral until she has agreed.",
        "Send the referral.", "Her consent is recorded"]


def test_wordings_of_the_shipped_risk_checklist():
    defn = load_checklists(SHIPPED).get("risk_identification")
    sources = [w.source for context, w in wordings(defn)
               if context == "Checklist:risk_identification"]
    for item in defn.items():
        assert item.text.source in sources
    for text in ("Her immigration situation", "Language barriers",
                 "She is extremely frightened", defn.escalation.title.source,
                 defn.repeat.title.source, defn.recommendation("refer_marac").text.source):
        assert text in sources
    assert len(sources) == len(list(wordings(defn)))


def test_the_readme_example_is_a_valid_definition():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Checklist definitions", 1)[1]
    example = section.split("```toml\n", 1)[1].split("```", 1)[0]
    defn = parse_definition(example, "README.md")
    outcome = assess(defn, {"consent_given": "no"}, today=dt.date(2026, 1, 1))
    assert outcome.rules_fired == ("consent_needed",) and outcome.recommendations == ("wait",)
    assert outcome.level is RiskLevel.STANDARD
