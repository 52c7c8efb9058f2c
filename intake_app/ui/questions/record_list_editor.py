"""A list question (phone numbers, children, abusers): one card per item, built from the
field's declared sub-fields, with the same three states as every other question."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import DECLINED, NOT_ASKED, Answer
from intake_app.domain.case_model import Field, Kind
from intake_app.domain.case_validation import Problem
from intake_app.ui.questions import field_text
from intake_app.ui.questions.field_row import (
    STATE_ANSWERED,
    STATE_DECLINED,
    STATE_NOT_ASKED,
    AnswerRow,
    ProblemLabel,
    StateChip,
)
from intake_app.ui.questions.problem_text import problem_text


class RecordCard(QFrame):
    """One item of a list: its sub-questions and a Remove button."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, field: Field, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        head.addWidget(self.title, 1)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setObjectName("quietButton")
        self.remove.setAccessibleName(self.tr("Remove {item}").format(item=title))
        head.addWidget(self.remove)
        layout.addLayout(head)
        self.problems = ProblemLabel(self)
        layout.addWidget(self.problems)
        self.rows: dict[str, AnswerRow] = {}
        for sub in field.subfields:
            row = AnswerRow(sub, self, compact=True)
            row.changed.connect(self.changed)
            self.rows[sub.key] = row
            layout.addWidget(row)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.remove.setAccessibleName(self.tr("Remove {item}").format(item=title))

    def record(self) -> dict[str, Answer]:
        out: dict[str, Answer] = {}
        for key, row in self.rows.items():
            answer = row.answer()
            if answer is not NOT_ASKED:
                out[key] = answer
        return out

    def set_record(self, record: Mapping[str, Answer]) -> None:
        for key, row in self.rows.items():
            row.set_answer(record.get(key, NOT_ASKED))

    def set_read_only(self, read_only: bool) -> None:
        self.remove.setVisible(not read_only)
        for row in self.rows.values():
            row.set_read_only(read_only)

    def clear_problems(self) -> None:
        self.problems.set_messages([])
        for row in self.rows.values():
            row.set_problems([])


class RecordListEditor(QWidget):
    """The list question itself. ``changed(key)`` fires on any change inside it."""

    changed = Signal(str)

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.key = field.key
        self.cards: list[RecordCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        head = QHBoxLayout()
        self.label = QLabel(field_text.label(field), self)
        self.label.setObjectName("questionLabel")
        head.addWidget(self.label, 1)
        self.chip = StateChip(self)
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        help_words = field_text.help_text(field)
        self.help = QLabel(help_words, self)
        self.help.setObjectName("helpText")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(help_words))
        outer.addWidget(self.help)
        self.empty = QLabel(self._empty_text(), self)
        self.empty.setObjectName("helpText")
        outer.addWidget(self.empty)
        self.card_box = QVBoxLayout()
        self.card_box.setSpacing(10)
        outer.addLayout(self.card_box)
        buttons = QHBoxLayout()
        self.add = QPushButton(self._add_text(), self)
        self.decline = QPushButton(field_text.declined_text(), self)
        self.decline.setObjectName("declineButton")
        self.decline.setCheckable(True)
        self.decline.setAccessibleName(self.tr("Declined to answer: {question}").format(
            question=field_text.label(field)))
        buttons.addWidget(self.add)
        buttons.addStretch(1)
        buttons.addWidget(self.decline)
        outer.addLayout(buttons)
        self.problems = ProblemLabel(self)
        outer.addWidget(self.problems)
        self.add.clicked.connect(self._add_clicked)
        self.decline.toggled.connect(self._decline_toggled)
        self._refresh_state()

    def _empty_text(self) -> str:
        if self.field.kind is Kind.PHONES:
            return self.tr("No phone numbers recorded yet.")
        if self.field.kind is Kind.CHILDREN:
            return self.tr("No children recorded yet.")
        return self.tr("Nobody recorded yet.")

    def _add_text(self) -> str:
        if self.field.kind is Kind.PHONES:
            return self.tr("Add a phone number")
        if self.field.kind is Kind.CHILDREN:
            return self.tr("Add a child")
        return self.tr("Add a person")

    def _item_title(self, number: int) -> str:
        if self.field.kind is Kind.PHONES:
            return self.tr("Phone number {number}").format(number=number)
        if self.field.kind is Kind.CHILDREN:
            return self.tr("Child {number}").format(number=number)
        return self.tr("Person {number}").format(number=number)

    # --- cards -------------------------------------------------------------------------------

    def _append_card(self) -> RecordCard:
        card = RecordCard(self.field, self._item_title(len(self.cards) + 1), self)
        card.changed.connect(self._edited)
        card.remove_requested.connect(self._remove_card)
        self.cards.append(card)
        self.card_box.addWidget(card)
        card.show()
        self.empty.setVisible(False)
        return card

    def _drop(self, card: RecordCard) -> None:
        self.card_box.removeWidget(card)
        card.hide()
        card.setParent(None)
        card.deleteLater()

    def _add_clicked(self) -> None:
        card = self._append_card()
        next(iter(card.rows.values())).focus_editor()
        self._edited()

    def _remove_card(self, card: object) -> None:
        if not isinstance(card, RecordCard):
            return
        self.cards.remove(card)
        self._drop(card)
        for number, other in enumerate(self.cards, start=1):
            other.set_title(self._item_title(number))
        self.empty.setVisible(not self.cards)
        self._edited()

    def _edited(self) -> None:
        self._refresh_state()
        self.changed.emit(self.key)

    def _decline_toggled(self, declined: bool) -> None:
        for card in self.cards:
            card.setEnabled(not declined)
        self.add.setEnabled(not declined)
        self._edited()

    def _refresh_state(self) -> None:
        answer = self.answer()
        state = (STATE_DECLINED if answer is DECLINED
                 else STATE_NOT_ASKED if answer is NOT_ASKED else STATE_ANSWERED)
        self.chip.set_state(state)

    def state(self) -> str:
        return str(self.chip.property("state"))

    # --- answer ------------------------------------------------------------------------------

    def answer(self) -> Answer:
        if self.decline.isChecked():
            return DECLINED
        records = tuple(card.record() for card in self.cards)
        # An item nobody typed into is kept on screen but not stored.
        records = tuple(r for r in records if r)
        return records if records else NOT_ASKED

    def set_answer(self, answer: Answer) -> None:
        records = answer if isinstance(answer, tuple) else ()
        while len(self.cards) > len(records):
            self._drop(self.cards.pop())
        while len(self.cards) < len(records):
            self._append_card()
        for card, record in zip(self.cards, records, strict=True):
            if isinstance(record, Mapping):
                card.set_record(record)
        self.empty.setVisible(not self.cards)
        blocked = self.decline.blockSignals(True)
        self.decline.setChecked(answer is DECLINED)
        self.decline.blockSignals(blocked)
        for card in self.cards:
            card.setEnabled(answer is not DECLINED)
        self.add.setEnabled(answer is not DECLINED)
        self._refresh_state()

    def set_read_only(self, read_only: bool) -> None:
        self.add.setVisible(not read_only)
        self.decline.setEnabled(not read_only)
        for card in self.cards:
            card.set_read_only(read_only)

    def set_problem_list(self, problems: list[Problem]) -> None:
        """Show each problem beside the item and sub-question it names."""
        own: list[Problem] = []
        for card in self.cards:
            card.clear_problems()
        # Problems count stored items; cards nobody typed into are not stored.
        stored = [card for card in self.cards if card.record()]
        per_row: dict[tuple[int, str], list[Problem]] = {}
        per_card: dict[int, list[Problem]] = {}
        for problem in problems:
            if problem.item is None or problem.item >= len(stored):
                own.append(problem)
            elif problem.subkey is not None and problem.subkey in stored[problem.item].rows:
                per_row.setdefault((problem.item, problem.subkey), []).append(problem)
            else:
                per_card.setdefault(problem.item, []).append(problem)
        for (item, subkey), found in per_row.items():
            stored[item].rows[subkey].set_problems(
                [problem_text(p) for p in found], blocking=any(p.blocking for p in found))
        for item, found in per_card.items():
            stored[item].problems.set_messages(
                [problem_text(p) for p in found], blocking=any(p.blocking for p in found))
        self.problems.set_messages([problem_text(p) for p in own],
                                   blocking=any(p.blocking for p in own))

    def focus_editor(self) -> None:
        if self.cards:
            next(iter(self.cards[0].rows.values())).focus_editor()
        else:
            self.add.setFocus(Qt.FocusReason.OtherFocusReason)
