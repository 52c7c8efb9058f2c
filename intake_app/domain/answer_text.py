"""The case record in words: field labels, choices, sections, and answers as text, without Qt.

Every screen and the PDF export say a field the same way by going through here. The words are
English source strings; each function takes a ``translate(context, text)`` function (the UI
passes Qt's, see ``ui/questions/field_text.py``) and defaults to leaving the English as it is,
so a caller that may not import Qt (the export) still gets the same text.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from intake_app.domain.answers import DECLINED, NOT_ASKED, Tri
from intake_app.domain.case_model import BY_KEY, PHONES_KEY, Choice, Field, Section, SubField
from intake_app.domain.case_record import ASSIGNED_KEY, STATUS_KEY, CaseStatus
from intake_app.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity
from intake_app.domain.risk import RiskLevel
from intake_app.domain.stamps import parse_stamp

#: The translation context every case-record word is looked up under.
CONTEXT = "CaseFields"
#: How a day and a moment are shown everywhere (the stored forms are ISO and UTC).
DATE_SHOWN = "%d/%m/%Y"
MOMENT_SHOWN = DATE_SHOWN + " %H:%M"


def label(field: Field | SubField, tr: Translate = identity) -> str:
    return tr(CONTEXT, field.label)


def help_text(field: Field | SubField, tr: Translate = identity) -> str:
    return tr(CONTEXT, field.help) if field.help else ""


def choice_label(choice: Choice, tr: Translate = identity) -> str:
    return tr(CONTEXT, choice.label)


def key_label(key: str, tr: Translate = identity) -> str:
    """The label of a field key as history shows it (retired keys are shown as they are)."""
    if key == STATUS_KEY:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "Case status"))
    if key == ASSIGNED_KEY:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "Assigned worker"))
    field = BY_KEY.get(key)
    return label(field, tr) if field is not None else key


_SECTION_TITLES = {
    Section.REFERRAL: QT_TRANSLATE_NOOP("CaseFields", "Referral"),
    Section.IDENTITY: QT_TRANSLATE_NOOP("CaseFields", "About her"),
    Section.CONTACT: QT_TRANSLATE_NOOP("CaseFields", "Safe contact"),
    Section.ADDRESS: QT_TRANSLATE_NOOP("CaseFields", "Address"),
    Section.IMMIGRATION: QT_TRANSLATE_NOOP("CaseFields", "Immigration"),
    Section.HOUSEHOLD: QT_TRANSLATE_NOOP("CaseFields", "Household and children"),
    Section.ABUSER: QT_TRANSLATE_NOOP("CaseFields", "The abuser(s)"),
    Section.ABUSE: QT_TRANSLATE_NOOP("CaseFields", "Forms of abuse"),
    Section.HEALTH: QT_TRANSLATE_NOOP("CaseFields", "Health and disability"),
    Section.NEEDS: QT_TRANSLATE_NOOP("CaseFields", "Needs"),
    Section.CONSENT: QT_TRANSLATE_NOOP("CaseFields", "Consent"),
    Section.NOTES: QT_TRANSLATE_NOOP("CaseFields", "Notes"),
}

_STATUS_NAMES = {
    CaseStatus.DRAFT.value: QT_TRANSLATE_NOOP("CaseFields", "Draft"),
    CaseStatus.OPEN.value: QT_TRANSLATE_NOOP("CaseFields", "Open"),
    CaseStatus.CLOSED.value: QT_TRANSLATE_NOOP("CaseFields", "Closed"),
}

_RISK_NAMES = {
    RiskLevel.STANDARD.value: QT_TRANSLATE_NOOP("CaseFields", "Standard"),
    RiskLevel.MEDIUM.value: QT_TRANSLATE_NOOP("CaseFields", "Medium"),
    RiskLevel.HIGH.value: QT_TRANSLATE_NOOP("CaseFields", "High"),
}

_TRI_NAMES = {
    Tri.YES: QT_TRANSLATE_NOOP("CaseFields", "Yes"),
    Tri.NO: QT_TRANSLATE_NOOP("CaseFields", "No"),
    Tri.UNSURE: QT_TRANSLATE_NOOP("CaseFields", "Not sure"),
}


def section_title(section: Section, tr: Translate = identity) -> str:
    return tr(CONTEXT, _SECTION_TITLES[section])


def status_text(status: CaseStatus | str | None, tr: Translate = identity) -> str:
    if status is None:
        return ""
    name = _STATUS_NAMES.get(str(status))
    # An unknown stored status is shown as it is rather than hidden.
    return tr(CONTEXT, name) if name is not None else str(status)


def risk_text(level: RiskLevel | str | None, tr: Translate = identity) -> str:
    """The shown name of a stored risk level; unknown stored text is shown as it is."""
    if not level:
        return tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "Not assessed"))
    name = _RISK_NAMES.get(str(level.value if isinstance(level, RiskLevel) else level))
    return tr(CONTEXT, name) if name is not None else str(level)


def tri_text(value: Tri, tr: Translate = identity) -> str:
    return tr(CONTEXT, _TRI_NAMES[value])


def not_asked_text(tr: Translate = identity) -> str:
    return tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "Not asked yet"))


def declined_text(tr: Translate = identity) -> str:
    return tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "Declined to answer"))


def date_text(value: date) -> str:
    return value.strftime(DATE_SHOWN)


def moment_text(stored: str) -> str:
    """A stored stamp (``domain.stamps``) as the worker's local day and time; anything that
    is not a stamp is shown as it is rather than hidden."""
    try:
        moment = parse_stamp(stored)
    except ValueError:
        return stored
    return moment.astimezone().strftime(MOMENT_SHOWN)


def _choice_text(choices: tuple[Choice, ...], key: str, tr: Translate) -> str:
    for choice in choices:
        if choice.key == key:
            return choice_label(choice, tr)
    return key


def scalar_text(decl: Field | SubField, answer: object, tr: Translate = identity) -> str:
    """One answer of a scalar field as readable text (never empty for a recorded answer)."""
    if answer is NOT_ASKED or answer is None:
        return not_asked_text(tr)
    if answer is DECLINED:
        return declined_text(tr)
    if isinstance(answer, Tri):
        return tri_text(answer, tr)
    if isinstance(answer, date):
        return date_text(answer)
    if isinstance(answer, tuple):
        return ", ".join(_choice_text(decl.choices, str(x), tr) for x in answer)
    if decl.choices and isinstance(answer, str):
        return _choice_text(decl.choices, answer, tr)
    return str(answer)


def phone_text(record: Mapping[str, object], tr: Translate = identity) -> str:
    """One phone number for reading before a call: the number and whose it is, then what is
    safe on it."""
    number = record.get("number")
    whose = record.get("whose")
    head = number if isinstance(number, str) and number.strip() else not_asked_text(tr)
    if isinstance(whose, str) and whose.strip():
        head = tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "{number} ({whose})")).format(
            number=head, whose=whose)

    def flag(key: str) -> str:
        value = record.get(key, NOT_ASKED)
        return tri_text(value, tr) if isinstance(value, Tri) else scalar_text(
            BY_KEY[PHONES_KEY].subfield(key), value, tr)

    safety = tr(CONTEXT, QT_TRANSLATE_NOOP(
        "CaseFields", "Call: {call} · Text: {text} · Voicemail: {voicemail}")).format(
        call=flag("safe_to_call"), text=flag("safe_to_text"),
        voicemail=flag("safe_to_leave_voicemail"))
    notes = record.get("notes")
    lines = [head, safety]
    if isinstance(notes, str) and notes.strip():
        lines.append(notes)
    return "\n".join(lines)


def answer_text(key: str, answer: object, tr: Translate = identity) -> str:
    """Any stored answer as readable text, list fields as one line per record."""
    if key == STATUS_KEY:
        return status_text(answer if isinstance(answer, str) else None, tr) \
            or not_asked_text(tr)
    if key == ASSIGNED_KEY:
        if isinstance(answer, str) and answer:
            return answer
        return tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "Nobody"))
    field = BY_KEY.get(key)
    if field is None:
        return str(answer)
    if key == PHONES_KEY and isinstance(answer, tuple):
        return "\n\n".join(phone_text(r, tr) for r in answer if isinstance(r, Mapping)) \
            or not_asked_text(tr)
    if field.kind.is_list and isinstance(answer, tuple):
        lines = []
        for record in answer:
            if not isinstance(record, Mapping):
                continue
            parts = [
                tr(CONTEXT, QT_TRANSLATE_NOOP("CaseFields", "{label}: {value}")).format(
                    label=label(sub, tr), value=scalar_text(sub, record[sub.key], tr))
                for sub in field.subfields if sub.key in record
            ]
            lines.append("; ".join(parts))
        return "\n".join(lines) if lines else not_asked_text(tr)
    return scalar_text(field, answer, tr)
