"""One assessment's outcome in words: score, scored level, final level, the judgement, the
rules that fired and what is recommended. The risk tab shows one card per completed
assessment; the form shows one when she completes it.

Everything is read through the definition the assessment was made with, so an old assessment
reads as it was made even after the checklist has changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from intake_app.domain.checklists import Definition, Outcome
from intake_app.ui.risk import words


class OutcomeCard(QFrame):
    def __init__(self, defn: Definition, outcome: Outcome, byline: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.outcome = outcome
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        self.title = QLabel(words.title(defn), self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        if byline:
            layout.addWidget(self._line(byline, "helpText"))
        scored = len(defn.scored_items())
        if defn.produces_level:
            self.level_line = self._line(self.tr("Level: {level}").format(
                level=words.level_text(outcome.level)), "outcomeLevel")
            self.level_line.setProperty("level", outcome.level.value if outcome.level else "")
            layout.addWidget(self.level_line)
            layout.addWidget(self._line(self.tr(
                "Score: {score} \u201cyes\u201d of {scored} questions, which gives "
                "{level}.").format(score=outcome.score, scored=scored,
                                   level=words.level_text(outcome.scored_level))))
        else:
            self.level_line = self._line(self.tr(
                "{score} \u201cyes\u201d of {scored} questions. This screen sets no risk "
                "level.").format(score=outcome.score, scored=scored), "outcomeLevel")
            layout.addWidget(self.level_line)
        if outcome.judgement is not None:
            judgement = outcome.judgement
            reasons = [words.ground_text(defn, g) for g in judgement.grounds]
            if judgement.reason.strip():
                reasons.append(judgement.reason.strip())
            layout.addWidget(self._line(self.tr(
                "Raised to {level} on professional judgement. Why: {reason}").format(
                level=words.level_text(judgement.level), reason="; ".join(reasons)),
                "judgementLine"))
        self.rules = [words.rule_text(defn, rule) for rule in outcome.rules_fired]
        if self.rules:
            layout.addWidget(self._line(self.tr("Also found:"), "questionLabel"))
            for text in self.rules:
                layout.addWidget(self._line("\u2022 " + text, "firedRule"))
        self.recommendations = [words.recommendation_text(defn, r)
                                for r in outcome.recommendations]
        if self.recommendations:
            heading = self.tr("Recommended:") if defn.produces_level else self.tr("Guidance:")
            layout.addWidget(self._line(heading, "questionLabel"))
            for text in self.recommendations:
                layout.addWidget(self._line("\u2022 " + text, "recommendation"))

    def _line(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # her words are shown as typed
        if name:
            label.setObjectName(name)
        return label

    def text(self) -> str:
        """Every line of the card, for tests and the clipboard-free screen reader."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))
