"""The words of the risk screens that come from a checklist definition, and the answers' names.

A definition's texts are shown through ``Wording.shown`` with the definition's translation
context (``Checklist:<id>``), Qt's translator and the language the screens speak, so a shipped
checklist reads in the catalogue's language and an organisation's own file in the translation
it carries for that language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from intake_app.domain.checklists import Definition, context_of
from intake_app.domain.checklists.model import DECLINED, DONT_KNOW, NO, YES
from intake_app.domain.i18n import Wording
from intake_app.domain.risk import RiskLevel
from intake_app.ui.questions import field_text


def ui_language() -> str:
    """The language the screens speak, as a tag such as ``pl`` or ``pt_BR``.

    ``translation.install`` does not publish the language it loaded, so this is the locale's
    name: right for a computer set to that language; ``--language`` changes only the
    catalogue, which ``shown`` consults after the file's own translations."""
    return QLocale().name()


def shown(defn: Definition, wording: Wording) -> str:
    """One text of ``defn`` as the worker reads it."""
    return wording.shown(context_of(defn), QCoreApplication.translate, ui_language())


def title(defn: Definition) -> str:
    return shown(defn, defn.title)


def answer_text(value: str) -> str:
    """The name of a yes / no / don't know / declined answer (other answers as given)."""
    names = {
        YES: QCoreApplication.translate("ChecklistAnswers", "Yes"),
        NO: QCoreApplication.translate("ChecklistAnswers", "No"),
        DONT_KNOW: QCoreApplication.translate("ChecklistAnswers", "Don't know"),
        DECLINED: QCoreApplication.translate("ChecklistAnswers", "Declined to answer"),
    }
    return names.get(value, value)


def level_text(level: RiskLevel | str | None) -> str:
    return field_text.risk_text(level)


def rule_text(defn: Definition, rule_id: str) -> str:
    """A fired rule in words (escalation and repeat included); an id the definition does not
    know (an old record) is shown as it is."""
    try:
        return shown(defn, defn.rule_title(rule_id))
    except KeyError:
        return rule_id


def recommendation_text(defn: Definition, recommendation_id: str) -> str:
    try:
        return shown(defn, defn.recommendation(recommendation_id).text)
    except KeyError:
        return recommendation_id


def ground_text(defn: Definition, ground_id: str) -> str:
    for ground in defn.grounds:
        if ground.id == ground_id:
            return shown(defn, ground.text)
    return ground_id
