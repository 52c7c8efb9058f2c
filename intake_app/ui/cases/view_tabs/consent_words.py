"""The consent screens' words that come from the domain and the agency directory.

The domain marks its consent words under the "Consent" context (``domain/consent.py``); a
kind's name and facts are shown through ``Wording.shown`` with the kind's context
(``Agency:<kind id>``); a named agency's name is a proper name, shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.agencies import Directory, Fact, Kind, context_of
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_validation import Problem
from intake_app.domain.consent import (
    CLASS_LABELS,
    HOW_LABELS,
    STATE_LABELS,
    ConsentState,
    How,
)
from intake_app.domain.errors import NotFound
from intake_app.ui.risk.words import ui_language


def consent_text(marked: str) -> str:
    """A text ``domain/consent.py`` marked under "Consent", in the worker's language."""
    return QCoreApplication.translate("Consent", marked)


def problem_text(problem: Problem) -> str:
    return consent_text(problem.message)


def state_text(state: ConsentState) -> str:
    return consent_text(STATE_LABELS[state])


def class_text(sensitivity: Sensitivity) -> str:
    label = CLASS_LABELS.get(sensitivity)
    return consent_text(label) if label else sensitivity.value


def how_text(how: How) -> str:
    return consent_text(HOW_LABELS[how])


def kind_name(kind: Kind) -> str:
    return kind.name.shown(context_of(kind), QCoreApplication.translate, ui_language())


def fact_text(kind: Kind, fact: Fact) -> str:
    return fact.text.shown(context_of(kind), QCoreApplication.translate, ui_language())


def recipient_name(directory: Directory | None, ref: str) -> str:
    """A kind's name, or a named agency's name with its kind's; a reference the directory no
    longer knows is shown as it is written."""
    if directory is None:
        return ref
    try:
        if ref.startswith("kind:"):
            return kind_name(directory.kind(ref[len("kind:"):]))
        if ref.startswith("agency:"):
            agency = directory.agency(ref[len("agency:"):])
            return QCoreApplication.translate("ConsentTab", "{agency} ({kind})").format(
                agency=agency.name, kind=kind_name(directory.kind(agency.kind)))
    except NotFound:
        pass
    return ref
