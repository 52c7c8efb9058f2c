"""Words the directory screens share: kinds, classes and generalisations in the
user's language, and the small labels and cards they are drawn with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import (
    GENERALISATIONS,
    Kind,
    context_of,
)
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import CLASS_LABELS
from intake_app.domain.i18n import Wording
from intake_app.ui.common import form_parts
from intake_app.ui.risk.words import ui_language


def kind_words(kind: Kind | str, wording: Wording) -> str:
    """A text of a kind (its name, description or a fact) in the worker's language."""
    return wording.shown(context_of(kind), QCoreApplication.translate, ui_language())


def class_words(sensitivity: Sensitivity) -> str:
    label = CLASS_LABELS.get(sensitivity)
    return QCoreApplication.translate("Consent", label) if label else sensitivity.value


def generalisation_words(rule_id: str) -> str:
    rule = GENERALISATIONS.get(rule_id)
    return QCoreApplication.translate("Agency", rule.text) if rule else rule_id


#: Text as written, wrapped (the one helper every screen uses, under the directory's name).
text_label = form_parts.value_label


def record_card(parent: QWidget, name: str = "recordCard") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    return frame, layout
