"""Translated words for the case record on screen: a thin Qt adapter over
``domain/answer_text.py``.

The words and how answers become text live in the domain, free of Qt, so the PDF export says
a field exactly as the screens do; here each function passes Qt's translator, so every screen
shows the worker's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from intake_app.domain import answer_text as words
from intake_app.domain.answers import Tri
from intake_app.domain.case_model import PHONES_KEY, Choice, Field, Section, SubField
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.risk import RiskLevel

DATE_SHOWN = words.DATE_SHOWN
MOMENT_SHOWN = words.MOMENT_SHOWN
PHONES_FIELD = PHONES_KEY


def _qt(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def label(field: Field | SubField) -> str:
    return words.label(field, _qt)


def help_text(field: Field | SubField) -> str:
    return words.help_text(field, _qt)


def choice_label(choice: Choice) -> str:
    return words.choice_label(choice, _qt)


def key_label(key: str) -> str:
    """The label of a field key as history shows it (retired keys are shown as they are)."""
    return words.key_label(key, _qt)


def section_title(section: Section) -> str:
    return words.section_title(section, _qt)


def status_text(status: CaseStatus | str | None) -> str:
    return words.status_text(status, _qt)


def risk_text(level: RiskLevel | str | None) -> str:
    """The shown name of a stored risk level; unknown stored text is shown as it is."""
    return words.risk_text(level, _qt)


def tri_text(value: Tri) -> str:
    return words.tri_text(value, _qt)


def not_asked_text() -> str:
    return words.not_asked_text(_qt)


def declined_text() -> str:
    return words.declined_text(_qt)


def date_text(value: date) -> str:
    return words.date_text(value)


def moment_text(stored: str) -> str:
    return words.moment_text(stored)


def scalar_text(decl: Field | SubField, answer: object) -> str:
    return words.scalar_text(decl, answer, _qt)


def phone_text(record: Mapping[str, object]) -> str:
    return words.phone_text(record, _qt)


def answer_text(key: str, answer: object) -> str:
    """Any stored answer as readable text, list fields as one line per record."""
    return words.answer_text(key, answer, _qt)
