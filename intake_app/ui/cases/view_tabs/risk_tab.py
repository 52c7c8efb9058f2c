"""Risk: the case's completed assessments, newest first, a small chart of its risk level over
time, unfinished drafts to continue, and "New assessment" with a choice of the loaded
checklists that apply to this case.

Each assessment is read through the copy of the definition it was made with (kept in the
vault), so an old one reads as it was made. A screen that sets no level (stalking,
honour-based abuse) is listed with its count of "yes" and its guidance. The form opens in
place of the list and returns to it when she leaves it; the list reloads when an assessment
is completed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.assessment_record import AssessmentDraft, AssessmentRecord
from intake_app.domain.checklists import (
    Definition,
    Outcome,
    offered,
    outcome_from_dict,
    parse_definition,
)
from intake_app.domain.errors import IntakeError
from intake_app.domain.stamps import parse_stamp
from intake_app.services.risk import RiskService
from intake_app.ui.common import confirm, messages, theme
from intake_app.ui.common.form_parts import primary_button
from intake_app.ui.questions import field_text
from intake_app.ui.risk import words
from intake_app.ui.risk.assessment_form import AssessmentForm
from intake_app.ui.risk.outcome_card import OutcomeCard
from intake_app.ui.risk.risk_chart import RiskChart

#: facts() -> the case facts checklist conditions read (intake answers by field key).
Facts = Callable[[], Mapping[str, object]]

PAGE_LIST, PAGE_FORM = 0, 1


def _checklist_facts(records: list[AssessmentRecord]) -> dict[str, object]:
    """Other checklists' latest answers as "checklist_id.item_id" facts."""
    facts: dict[str, object] = {}
    for record in records:  # oldest first: a later answer replaces an earlier one
        for item_id, answer in record.answers.items():
            value = answer.get("answer") if isinstance(answer, dict) else answer
            if isinstance(value, str):
                facts[f"{record.checklist_id}.{item_id}"] = value
    return facts


#: Assessment cards built at a time; older ones come with "Show older assessments".
CARDS_PAGE = 10


class RiskTab(QStackedWidget):
    """``assessment_completed(reference)`` after an assessment is recorded (the case's level
    may have changed)."""

    assessment_completed = Signal(str)

    def __init__(self, risk: RiskService, reference: str, facts: Facts,
                 parent: QWidget | None = None, *, ask: confirm.Confirm = confirm.ask) -> None:
        super().__init__(parent)
        self.risk = risk
        self.reference = reference
        self._facts = facts
        self._ask = ask
        self.records: list[AssessmentRecord] = []
        self.form: AssessmentForm | None = None
        self.cards: list[OutcomeCard] = []
        self._readable: list[tuple[AssessmentRecord, Definition, Outcome]] = []
        self.older_button = QPushButton(self)
        self.older_button.setObjectName("quietButton")
        self.older_button.clicked.connect(self.show_older)
        self.older_button.hide()
        self._definitions: dict[str, Definition] = {}
        self.loaded = False
        self.addWidget(self._list_page())
        self.reload()

    # --- the list page -----------------------------------------------------------------------

    def _list_page(self) -> QScrollArea:
        scroll = QScrollArea(self)
        holder = theme.scroll_page(scroll)
        inner, layout = theme.reading_column(holder)
        self._inner = inner
        start = QHBoxLayout()
        start.setSpacing(10)
        start_label = QLabel(self.tr("Checklist"), inner)
        self.checklist = QComboBox(inner)
        self.checklist.setAccessibleName(self.tr("Checklist for the new assessment"))
        self.checklist.setMinimumWidth(280)
        start_label.setBuddy(self.checklist)
        self.new_button = primary_button(inner, self.tr("New assessment"),
                                         self.tr("New assessment"), default=False)
        start.addWidget(start_label)
        start.addWidget(self.checklist, 1)
        start.addWidget(self.new_button)
        layout.addLayout(start)
        self.message = QLabel(inner)
        self.message.setObjectName("problem")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        # The organisation's own definitions that could not be used are named, so nobody
        # wonders where a checklist went; the reasons are for IT (self-test, checklists list).
        self.refused_note = QLabel(inner)
        self.refused_note.setObjectName("helpText")
        self.refused_note.setWordWrap(True)
        refused = [Path(r.file).name for r in self.risk.catalogue.refused]
        self.refused_note.setText(self.tr(
            "Some of your organisation's checklist files could not be used: {files}. The "
            "others are here. Your IT administrator can see why with the app's self-test.")
            .format(files=", ".join(refused)))
        self.refused_note.setVisible(bool(refused))
        layout.addWidget(self.refused_note)
        self.drafts_box = QFrame(inner)
        self.drafts_box.setObjectName("resumeBanner")
        self.drafts_layout = QVBoxLayout(self.drafts_box)
        self.drafts_layout.setContentsMargins(14, 10, 14, 10)
        self.drafts_box.hide()
        layout.addWidget(self.drafts_box)
        chart_card = QFrame(inner)
        chart_card.setObjectName("recordCard")
        chart_layout = QVBoxLayout(chart_card)
        chart_layout.setContentsMargins(16, 12, 16, 12)
        chart_layout.setSpacing(6)
        chart_title = QLabel(self.tr("Risk level over time"), chart_card)
        chart_title.setObjectName("cardTitle")
        chart_layout.addWidget(chart_title)
        self.chart = RiskChart(chart_card)
        chart_layout.addWidget(self.chart)
        self.chart_text = QLabel(chart_card)
        self.chart_text.setObjectName("helpText")
        self.chart_text.setWordWrap(True)
        chart_layout.addWidget(self.chart_text)
        layout.addWidget(chart_card)
        heading = QLabel(self.tr("Completed assessments, newest first"), inner)
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
        self.empty = QLabel(self.tr("No assessment has been completed for this case yet."),
                            inner)
        self.empty.setObjectName("helpText")
        layout.addWidget(self.empty)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(theme.BLOCK_GAP)
        layout.addLayout(self.cards_layout)
        layout.addStretch(1)
        scroll.setWidget(holder)
        self.new_button.clicked.connect(self._new_clicked)
        return scroll

    def _definition_of(self, record: AssessmentRecord) -> Definition:
        """The definition the assessment was made with (its kept copy). When that copy is,
        byte for byte (same SHA-256), a definition loaded now, the loaded one is used rather
        than parsing the same text again."""
        if record.sha256 not in self._definitions:
            loaded = next((d for d in self.risk.catalogue.loaded
                           if d.sha256 == record.sha256), None)
            self._definitions[record.sha256] = loaded or parse_definition(
                record.definition_text, f"{record.checklist_id} v{record.version}")
        return self._definitions[record.sha256]

    def facts(self) -> dict[str, object]:
        """The intake's answers and the latest answers of every checklist completed."""
        return {**dict(self._facts()), **_checklist_facts(self.records)}

    def offered_checklists(self) -> list[Definition]:
        """The latest version of each loaded checklist that applies to this case."""
        catalogue = self.risk.catalogue
        ids = dict.fromkeys(defn.id for defn in catalogue.loaded)
        facts = self.facts()
        found = [defn for defn in (catalogue.get(i) for i in ids) if offered(defn, facts)]
        # The checklists that set a level first: the one a worker starts with.
        return sorted(found, key=lambda defn: (not defn.produces_level, words.title(defn)))

    def reload(self) -> None:
        """Read the case's assessments and drafts again and show them."""
        self._show_message("")
        try:
            self.records = self.risk.assessments.list_assessments(self.reference)
            drafts = self.risk.assessments.assessment_drafts(self.reference)
        except IntakeError as exc:
            self._show_message(messages.describe(exc))
            return
        self.loaded = True
        self._fill_checklists()
        self._fill_drafts(drafts)
        self._fill_cards()

    def _fill_checklists(self) -> None:
        chosen = self.checklist.currentData()
        self.checklist.clear()
        for defn in self.offered_checklists():
            self.checklist.addItem(words.title(defn), defn.id)
        index = self.checklist.findData(chosen)
        self.checklist.setCurrentIndex(max(0, index) if self.checklist.count() else -1)
        self.new_button.setEnabled(self.checklist.count() > 0)

    def _fill_drafts(self, drafts: list[AssessmentDraft]) -> None:
        while self.drafts_layout.count():
            taken = self.drafts_layout.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        self.continue_buttons: dict[str, QPushButton] = {}
        for draft in drafts:
            try:
                defn = self.risk.definition(draft.checklist_id)
            except IntakeError:
                continue  # its checklist is no longer loaded
            row = QWidget(self.drafts_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self.tr("Unfinished: {checklist}, last saved {when}.").format(
                checklist=words.title(defn),
                when=field_text.moment_text(draft.updated_at)), row)
            text.setWordWrap(True)
            button = QPushButton(self.tr("Continue"), row)
            button.setAccessibleName(self.tr("Continue {checklist}").format(
                checklist=words.title(defn)))
            button.clicked.connect(lambda _=False, d=defn: self.open_form(d))
            line.addWidget(text, 1)
            line.addWidget(button)
            self.drafts_layout.addWidget(row)
            row.show()
            self.continue_buttons[defn.id] = button
        self.drafts_box.setVisible(bool(self.continue_buttons))

    def _fill_cards(self) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        self._readable = []
        points = []
        for record in reversed(self.records):  # newest first
            try:
                defn = self._definition_of(record)
                outcome = outcome_from_dict(record.outcome)
            except IntakeError:
                continue  # a record this version cannot read is left out, not guessed at
            self._readable.append((record, defn, outcome))
            if record.level is not None:
                points.append((parse_stamp(record.completed_at).astimezone().date(),
                               record.level))
        self._add_cards(CARDS_PAGE)
        self.chart.set_points(points)  # the chart shows them all
        self.chart_text.setText(self.chart.text_alternative())
        self.empty.setVisible(not self.cards)

    def _add_cards(self, more: int) -> None:
        """Cards for the next ``more`` assessments (newest first); older ones wait behind
        "Show older assessments", so a long history opens as fast as a short one."""
        self.cards_layout.removeWidget(self.older_button)
        for record, defn, outcome in self._readable[len(self.cards):len(self.cards) + more]:
            byline = self.tr("Completed {when} by {who}").format(
                when=field_text.moment_text(record.completed_at), who=record.by)
            card = OutcomeCard(defn, outcome, byline, self._inner)
            self.cards_layout.addWidget(card)
            card.show()  # the page may be on screen already
            self.cards.append(card)
        left = len(self._readable) - len(self.cards)
        self.cards_layout.addWidget(self.older_button)
        self.older_button.setText(self.tr("Show older assessments ({count} more)").format(
            count=left))
        self.older_button.setVisible(left > 0)

    def show_older(self) -> None:
        self._add_cards(CARDS_PAGE)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- the form ----------------------------------------------------------------------------

    def _new_clicked(self) -> None:
        checklist_id = self.checklist.currentData()
        if checklist_id is None:
            return
        try:
            defn = self.risk.definition(str(checklist_id))
        except IntakeError as exc:
            self._show_message(messages.describe(exc))
            return
        self.open_form(defn)

    def open_form(self, defn: Definition) -> AssessmentForm:
        """Show the form for ``defn`` (resuming her draft of it, if there is one)."""
        self.close_form()
        form = AssessmentForm(self.risk, self.reference, defn, self, facts=self.facts(),
                              ask=self._ask)
        form.completed.connect(self._completed)
        form.close_requested.connect(self.close_form)
        self.form = form
        self.addWidget(form)
        self.setCurrentWidget(form)
        return form

    def close_form(self) -> None:
        """Back to the list (the form's draft is saved as it goes)."""
        form, self.form = self.form, None
        if form is not None:
            form.save_now()
            self.setCurrentIndex(PAGE_LIST)
            self.removeWidget(form)
            form.deleteLater()
            self.reload()

    def _completed(self, _done: object) -> None:
        self.reload()
        self.assessment_completed.emit(self.reference)

    def save_now(self) -> bool:
        return self.form.save_now() if self.form is not None else True
