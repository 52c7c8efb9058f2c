"""Translated words for the case record: field labels, choices, sections, and answers as text.

The field declarations in ``domain/case_model.py`` hold English source strings; they are
translated here, under one context, so every screen that shows a field says it the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from intake_app.domain.answers import DECLINED, NOT_ASKED, Tri
from intake_app.domain.case_model import BY_KEY, PHONES_KEY, Choice, Field, Section, SubField
from intake_app.domain.case_record import ASSIGNED_KEY, STATUS_KEY, CaseStatus
from intake_app.domain.risk import RiskLevel
from intake_app.domain.stamps import parse_stamp

_CONTEXT = "CaseFields"
#: How a day and a moment are shown on every screen (the stored forms are ISO and UTC).
DATE_SHOWN = "%d/%m/%Y"
MOMENT_SHOWN = DATE_SHOWN + " %H:%M"
PHONES_FIELD = PHONES_KEY


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label(field: Field | SubField) -> str:
    return _t(field.label)


def help_text(field: Field | SubField) -> str:
    return _t(field.help) if field.help else ""


def choice_label(choice: Choice) -> str:
    return _t(choice.label)


def key_label(key: str) -> str:
    """The label of a field key as history shows it (retired keys are shown as they are)."""
    if key == STATUS_KEY:
        return QCoreApplication.translate(_CONTEXT, "Case status")
    if key == ASSIGNED_KEY:
        return QCoreApplication.translate(_CONTEXT, "Assigned worker")
    field = BY_KEY.get(key)
    return label(field) if field is not None else key


def section_title(section: Section) -> str:
    titles = {
        Section.REFERRAL: QCoreApplication.translate(_CONTEXT, "Referral"),
        Section.IDENTITY: QCoreApplication.translate(_CONTEXT, "About her"),
        Section.CONTACT: QCoreApplication.translate(_CONTEXT, "Safe contact"),
        Section.ADDRESS: QCoreApplication.translate(_CONTEXT, "Address"),
        Section.IMMIGRATION: QCoreApplication.translate(_CONTEXT, "Immigration"),
        Section.HOUSEHOLD: QCoreApplication.translate(_CONTEXT, "Household and children"),
        Section.ABUSER: QCoreApplication.translate(_CONTEXT, "The abuser(s)"),
        Section.ABUSE: QCoreApplication.translate(_CONTEXT, "Forms of abuse"),
        Section.HEALTH: QCoreApplication.translate(_CONTEXT, "Health and disability"),
        Section.NEEDS: QCoreApplication.translate(_CONTEXT, "Needs"),
        Section.CONSENT: QCoreApplication.translate(_CONTEXT, "Consent"),
        Section.NOTES: QCoreApplication.translate(_CONTEXT, "Notes"),
    }
    return titles[section]


def status_text(status: CaseStatus | str | None) -> str:
    names = {
        CaseStatus.DRAFT.value: QCoreApplication.translate(_CONTEXT, "Draft"),
        CaseStatus.OPEN.value: QCoreApplication.translate(_CONTEXT, "Open"),
        CaseStatus.CLOSED.value: QCoreApplication.translate(_CONTEXT, "Closed"),
    }
    if status is None:
        return ""
    return names.get(str(status), str(status))


def risk_text(level: RiskLevel | str | None) -> str:
    """The shown name of a stored risk level; unknown stored text is shown as it is."""
    names = {
        RiskLevel.STANDARD.value: QCoreApplication.translate(_CONTEXT, "Standard"),
        RiskLevel.MEDIUM.value: QCoreApplication.translate(_CONTEXT, "Medium"),
        RiskLevel.HIGH.value: QCoreApplication.translate(_CONTEXT, "High"),
    }
    if not level:
        return QCoreApplication.translate(_CONTEXT, "Not assessed")
    return names.get(str(level), str(level))


def tri_text(value: Tri) -> str:
    names = {
        Tri.YES: QCoreApplication.translate(_CONTEXT, "Yes"),
        Tri.NO: QCoreApplication.translate(_CONTEXT, "No"),
        Tri.UNSURE: QCoreApplication.translate(_CONTEXT, "Not sure"),
    }
    return names[value]


def not_asked_text() -> str:
    return QCoreApplication.translate(_CONTEXT, "Not asked yet")


def declined_text() -> str:
    return QCoreApplication.translate(_CONTEXT, "Declined to answer")


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


def _choice_text(choices: tuple[Choice, ...], key: str) -> str:
    for choice in choices:
        if choice.key == key:
            return choice_label(choice)
    return key


def scalar_text(decl: Field | SubField, answer: object) -> str:
    """One answer of a scalar field as readable text (never empty for a recorded answer)."""
    if answer is NOT_ASKED or answer is None:
        return not_asked_text()
    if answer is DECLINED:
        return declined_text()
    if isinstance(answer, Tri):
        return tri_text(answer)
    if isinstance(answer, date):
        return date_text(answer)
    if isinstance(answer, tuple):
        return ", ".join(_choice_text(decl.choices, str(x)) for x in answer)
    if decl.choices and isinstance(answer, str):
        return _choice_text(decl.choices, answer)
    return str(answer)


def phone_text(record: Mapping[str, object]) -> str:
    """One phone number for reading before a call: the number and whose it is, then what is
    safe on it."""
    tr = QCoreApplication.translate
    number = record.get("number")
    whose = record.get("whose")
    head = number if isinstance(number, str) and number.strip() else not_asked_text()
    if isinstance(whose, str) and whose.strip():
        head = tr(_CONTEXT, "{number} ({whose})").format(number=head, whose=whose)

    def flag(key: str) -> str:
        value = record.get(key, NOT_ASKED)
        return tri_text(value) if isinstance(value, Tri) else scalar_text(
            BY_KEY[PHONES_FIELD].subfield(key), value)

    safety = tr(_CONTEXT, "Call: {call} · Text: {text} · Voicemail: {voicemail}").format(
        call=flag("safe_to_call"), text=flag("safe_to_text"),
        voicemail=flag("safe_to_leave_voicemail"))
    notes = record.get("notes")
    lines = [head, safety]
    if isinstance(notes, str) and notes.strip():
        lines.append(notes)
    return "\n".join(lines)


def answer_text(key: str, answer: object) -> str:
    """Any stored answer as readable text, list fields as one line per record."""
    if key == STATUS_KEY:
        return status_text(answer if isinstance(answer, str) else None) or not_asked_text()
    if key == ASSIGNED_KEY:
        return answer if isinstance(answer, str) and answer else \
            QCoreApplication.translate(_CONTEXT, "Nobody")
    field = BY_KEY.get(key)
    if field is None:
        return str(answer)
    if key == PHONES_FIELD and isinstance(answer, tuple):
        return "\n\n".join(phone_text(r) for r in answer if isinstance(r, Mapping)) \
            or not_asked_text()
    if field.kind.is_list and isinstance(answer, tuple):
        lines = []
        for record in answer:
            if not isinstance(record, Mapping):
                continue
            parts = [
                QCoreApplication.translate(_CONTEXT, "{label}: {value}").format(
                    label=label(sub), value=scalar_text(sub, record[sub.key]))
                for sub in field.subfields if sub.key in record
            ]
            lines.append("; ".join(parts))
        return "\n".join(lines) if lines else not_asked_text()
    return scalar_text(field, answer)
