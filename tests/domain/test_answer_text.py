"""The case record in words without Qt (domain/answer_text.py): the English by default, every
word through the translator it is given, and no PySide6 anywhere near it."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from intake_app.domain import answer_text as words
from intake_app.domain.answers import DECLINED, NOT_ASKED, Tri
from intake_app.domain.case_model import FIELDS, Section, get_field
from intake_app.domain.case_record import ASSIGNED_KEY, STATUS_KEY, CaseStatus
from intake_app.domain.stamps import stamp

ROOT = Path(__file__).resolve().parents[2]


class Recorder:
    """A translator that marks what it translated and remembers under which context."""

    def __init__(self) -> None:
        self.contexts: set[str] = set()

    def __call__(self, context: str, text: str) -> str:
        self.contexts.add(context)
        return f"<{text}>"


PHONE = {"number": "07700 900123", "whose": "her sister's", "safe_to_call": Tri.YES,
         "safe_to_text": Tri.NO, "safe_to_leave_voicemail": DECLINED,
         "notes": "After 6pm only"}


def test_the_default_is_the_english_source_text():
    assert words.label(get_field("survivor.names")) == "Name"
    assert words.section_title(Section.ABUSER) == "The abuser(s)"
    assert words.status_text(CaseStatus.OPEN) == "Open"
    assert words.risk_text(None) == "Not assessed"
    assert words.risk_text("high") == "High"
    assert words.tri_text(Tri.UNSURE) == "Not sure"
    assert words.key_label(STATUS_KEY) == "Case status"
    assert words.answer_text(ASSIGNED_KEY, "") == "Nobody"
    assert words.answer_text("referral.source", "police") == "Police"
    assert words.answer_text("abuse.forms", ("physical", "stalking")) == \
        "Physical, Stalking or harassment"
    assert words.answer_text("survivor.names", NOT_ASKED) == "Not asked yet"
    assert words.answer_text("survivor.names", DECLINED) == "Declined to answer"
    assert words.answer_text("referral.date", date(2026, 3, 5)) == "05/03/2026"


def test_phones_read_as_before_a_call():
    assert words.answer_text("contact.phones", (PHONE,)) == (
        "07700 900123 (her sister's)\n"
        "Call: Yes · Text: No · Voicemail: Declined to answer\n"
        "After 6pm only")
    assert words.answer_text("contact.phones", ()) == "Not asked yet"


def test_list_records_are_one_line_each_with_choice_labels():
    children = ({"name": "Amira", "relationship": "hers", "lives_with_her": Tri.YES},
                {"name": "Sami", "school": DECLINED})
    assert words.answer_text("household.children", children) == (
        "Name: Amira; Relationship: Her child (not the abuser's); Lives with her: Yes\n"
        "Name: Sami; School, nursery or childcare: Declined to answer")


def test_every_word_goes_through_the_translator_under_one_context():
    tr = Recorder()
    assert words.label(get_field("survivor.names"), tr) == "<Name>"
    assert words.help_text(get_field("contact.code_word"), tr) == \
        "<A word she can use to say she cannot talk safely.>"
    assert words.help_text(get_field("survivor.gender"), tr) == ""  # no help: nothing to ask
    assert words.key_label(ASSIGNED_KEY, tr) == "<Assigned worker>"
    assert words.key_label("retired.key", tr) == "retired.key"
    assert words.status_text("closed", tr) == "<Closed>"
    assert words.status_text("archived", tr) == "archived"  # unknown: shown, not hidden
    assert words.risk_text("medium", tr) == "<Medium>"
    assert words.answer_text(STATUS_KEY, None, tr) == "<Not asked yet>"
    assert words.answer_text("referral.source", "self", tr) == "<Herself>"
    assert words.answer_text("contact.phones", ({"number": "01632 960000"},), tr) == (
        "01632 960000\n<Call: {call} · Text: {text} · Voicemail: {voicemail}>".format(
            call="<Not asked yet>", text="<Not asked yet>", voicemail="<Not asked yet>"))
    assert words.answer_text("abuser.people", ({"name": "X"},), tr) == "<{label}: {value}>"\
        .format(label="<Name>", value="X")
    for section in Section:
        assert words.section_title(section, tr).startswith("<")
    for f in FIELDS:
        assert words.label(f, tr) == f"<{f.label}>"
    assert tr.contexts == {words.CONTEXT}


def test_moments_and_days_are_not_translated():
    moment = datetime(2026, 3, 5, 14, 30, tzinfo=UTC)
    assert words.moment_text(stamp(moment)) == moment.astimezone().strftime("%d/%m/%Y %H:%M")
    assert words.moment_text("not a stamp") == "not a stamp"
    assert words.date_text(date(2026, 12, 1)) == "01/12/2026"


@pytest.mark.parametrize("key", [STATUS_KEY, ASSIGNED_KEY, "survivor.names", "contact.phones",
                                 "household.children", "no.such_key"])
def test_any_stored_answer_gives_text(key):
    assert words.answer_text(key, NOT_ASKED)


def test_it_never_imports_pyside6():
    code = ("import sys\n"
            "import intake_app.domain.answer_text as w\n"
            "w.answer_text('contact.phones', ({'number': '1'},))\n"
            "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
