"""Professional judgement: raise the scored level, with a reason; never lower it.

Only the levels above the one the answers give are offered. The definition's own grounds
(her immigration situation, language barriers, extreme fear...) are offered as tick boxes
beside a reason in her own words; one of them is needed, and the box says so beside itself
rather than letting an unexplained judgement through.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.checklists import Definition
from intake_app.domain.risk import RiskLevel
from intake_app.ui.common import no_copy
from intake_app.ui.common.form_parts import wrapped_check
from intake_app.ui.questions.field_row import ProblemLabel
from intake_app.ui.risk import words


class JudgementBox(QFrame):
    """``changed`` on every change the worker makes."""

    changed = Signal()

    def __init__(self, defn: Definition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defn = defn
        self.setObjectName("recordCard")
        self._scored: RiskLevel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        title = QLabel(self.tr("Professional judgement"), self)
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        self.raise_box, row = wrapped_check(
            self, self.tr("Raise the level above what the answers give, on my professional "
                          "judgement"), self.tr("Raise the level on professional judgement"))
        layout.addWidget(row)
        self.note = QLabel(self)
        self.note.setObjectName("helpText")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.details = QWidget(self)
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(26, 0, 0, 0)
        inner.setSpacing(6)
        level_row = QHBoxLayout()
        level_label = QLabel(self.tr("Level"), self.details)
        self.level = QComboBox(self.details)
        self.level.setAccessibleName(self.tr("Level on professional judgement"))
        self.level.setMinimumWidth(160)
        level_label.setBuddy(self.level)
        level_row.addWidget(level_label)
        level_row.addWidget(self.level)
        level_row.addStretch(1)
        inner.addLayout(level_row)
        self.grounds: dict[str, QCheckBox] = {}
        if defn.grounds:
            inner.addWidget(QLabel(self.tr("Why (tick any that apply)"), self.details))
            for ground in defn.grounds:
                text = words.shown(defn, ground.text)
                box, box_row = wrapped_check(self.details, text, text)
                box.toggled.connect(self._edited)
                self.grounds[ground.id] = box
                inner.addWidget(box_row)
        reason_label = QLabel(self.tr("In your own words"), self.details)
        self.reason = no_copy.SealedPlainTextEdit(self.details)
        no_copy.guard(self.reason)
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Reason for the professional judgement"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 14)
        reason_label.setBuddy(self.reason)
        inner.addWidget(reason_label)
        inner.addWidget(self.reason)
        layout.addWidget(self.details)
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.raise_box.toggled.connect(self._toggled)
        self.level.activated.connect(self._edited)
        self.reason.textChanged.connect(self._edited)
        self.set_scored_level(None)
        self._toggled(False)

    # --- state -------------------------------------------------------------------------------

    def offered_levels(self) -> list[RiskLevel]:
        """The levels above the scored one that this checklist has a band for."""
        floor = self._scored.rank if self._scored is not None else 0
        return [band.level for band in sorted(self.defn.bands, key=lambda b: b.level.rank)
                if band.level.rank > floor]

    def set_scored_level(self, level: RiskLevel | None) -> None:
        """The level the answers give so far: judgement may only go above it."""
        self._scored = level
        chosen = self.level.currentData()
        self.level.clear()
        for offered in self.offered_levels():
            self.level.addItem(words.level_text(offered), offered.value)
        index = self.level.findData(chosen)
        self.level.setCurrentIndex(index if index >= 0 else 0 if self.level.count() else -1)
        can_raise = self.level.count() > 0
        if not can_raise:
            self.note.setText(self.tr("The answers give the highest level there is, so there "
                                      "is nothing to raise."))
        elif level is None:
            self.note.setText(self.tr("Judgement can raise the level the answers give, never "
                                      "lower it."))
        else:
            self.note.setText(self.tr("The answers so far give {level}. Judgement can raise "
                                      "it, never lower it.").format(
                level=words.level_text(level)))
        self.raise_box.setEnabled(can_raise)
        self.details.setVisible(can_raise and self.raise_box.isChecked())

    def _toggled(self, checked: bool) -> None:
        self.details.setVisible(checked and self.raise_box.isEnabled())
        if not checked:
            self.problem.set_messages([])
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self.problem.isVisible() and self.has_reason():
            self.problem.set_messages([])
        self.changed.emit()

    def wanted(self) -> bool:
        return self.raise_box.isChecked() and self.raise_box.isEnabled()

    def has_reason(self) -> bool:
        return bool(self.reason.toPlainText().strip()) or any(
            box.isChecked() for box in self.grounds.values())

    def judgement(self) -> tuple[str, str, tuple[str, ...]] | None:
        """(level, reason, grounds) when she raises the level, else None."""
        if not self.wanted() or self.level.currentData() is None:
            return None
        grounds = tuple(g for g, box in self.grounds.items() if box.isChecked())
        return str(self.level.currentData()), self.reason.toPlainText().strip(), grounds

    def check(self) -> bool:
        """False (and says why beside the box) for a judgement without a reason."""
        if self.wanted() and not self.has_reason():
            self.show_problem(self.tr("Give a reason for raising the level: tick one of the "
                                      "reasons offered or write it in your own words."))
            return False
        return True

    def show_problem(self, text: str) -> None:
        self.problem.set_messages([text] if text else [])

    # --- drafts ------------------------------------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        reason = self.reason.toPlainText()
        grounds = [g for g, box in self.grounds.items() if box.isChecked()]
        if not self.raise_box.isChecked() and not reason and not grounds:
            return None
        return {"raise": self.raise_box.isChecked(), "level": self.level.currentData(),
                "reason": reason, "grounds": grounds}

    def set_draft(self, saved: object) -> None:
        data: Mapping[str, Any] = saved if isinstance(saved, Mapping) else {}
        blockers = [w.blockSignals(True) for w in (self, self.reason)]
        self.raise_box.setChecked(data.get("raise") is True)
        grounds = data.get("grounds")
        for ground, box in self.grounds.items():
            box.setChecked(isinstance(grounds, list) and ground in grounds)
        reason = data.get("reason")
        self.reason.setPlainText(reason if isinstance(reason, str) else "")
        index = self.level.findData(data.get("level"))
        if index >= 0:
            self.level.setCurrentIndex(index)
        for widget, blocked in zip((self, self.reason), blockers, strict=True):
            widget.blockSignals(blocked)
        self.details.setVisible(self.wanted())
