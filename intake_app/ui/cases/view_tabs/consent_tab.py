"""Consent: what she has agreed to share, with whom, and every decision she made about it.

First a grid: the directory's kinds of recipient (and the named agencies her records name) by
the kinds of information, each cell saying in words what the records say today (given,
refused, expired, withdrawn or not asked), from ``ConsentService.consent_grid``. Then the
records themselves, newest first. "Record her decision" opens the inline form
(``consent_form.py``); "Withdraw" on a consent given opens a short line on its card and, once
confirmed, records the withdrawal as a new record (nothing is ever deleted).

Reading consent is audited, so it is read when the tab is first built (that is, first shown)
and again after each change, never before. On a closed case the writing actions are disabled
and a line says why.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import Directory
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.consent import ConsentGrid, ConsentRecord, ConsentState, Decision, How
from intake_app.domain.errors import IntakeError, ValidationFailed
from intake_app.domain.roles import Action, allowed
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.ui.cases.view_tabs.consent_form import ConsentForm
from intake_app.ui.cases.view_tabs.consent_words import (
    class_text,
    how_text,
    problem_text,
    recipient_name,
    state_text,
)
from intake_app.ui.common import confirm, form_parts, messages, theme
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import DateEditor
from intake_app.ui.questions.field_row import ProblemLabel


def _order(record: ConsentRecord) -> tuple[date, str, int]:
    return record.details.decided_on, record.recorded_at, record.id


class ConsentRecordCard(QFrame):
    """One recorded decision. ``withdraw_requested(record_id, day, how)`` when a withdrawal
    is confirmed on its line."""

    withdraw_requested = Signal(int, object, object)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)  # its wrapped lines (a long list of classes) are never cut off

    def __init__(self, record: ConsentRecord, directory: Directory | None,
                 withdrawn_on: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setObjectName("recordCard")
        self.setMaximumWidth(theme.READING_WIDTH)
        details = record.details
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(12)
        recipient = recipient_name(directory, details.recipient)
        decision = {Decision.GIVEN: self.tr("She agreed"),
                    Decision.REFUSED: self.tr("She did not agree"),
                    Decision.WITHDRAWN: self.tr("She withdrew her consent")}[details.decision]
        self.title_label = form_parts.value_label(self, self.tr("{recipient}: {decision}").format(
            recipient=recipient, decision=decision))
        self.title_label.setObjectName("cardTitle")
        head.addWidget(self.title_label, 1)
        self.withdrawn_label = QLabel(self)
        self.withdrawn_label.setObjectName("historyChanged")
        if withdrawn_on is not None:
            self.withdrawn_label.setText(self.tr("Withdrawn on {date}").format(
                date=field_text.date_text(withdrawn_on)))
        self.withdrawn_label.setVisible(withdrawn_on is not None)
        head.addWidget(self.withdrawn_label, 0, Qt.AlignmentFlag.AlignTop)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setAccessibleName(self.tr(
            "Record that she withdraws this consent to {recipient}").format(recipient=recipient))
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.setVisible(details.decision is Decision.GIVEN
                                        and withdrawn_on is None)
        head.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addLayout(self._facts(record))
        self.recorded_label = QLabel(self.tr("Recorded {moment} by {user}.").format(
            moment=field_text.moment_text(record.recorded_at), user=record.recorded_by), self)
        self.recorded_label.setObjectName("helpText")
        self.recorded_label.setWordWrap(True)
        layout.addWidget(self.recorded_label)
        layout.addWidget(self._withdraw_panel())
        self.problem = ProblemLabel(self)
        layout.addWidget(self.problem)
        self.withdraw_button.clicked.connect(self.open_withdrawal)

    def _facts(self, record: ConsentRecord) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for row, (name, value) in enumerate(self._fact_rows(record)):
            name_label = QLabel(name, self)
            name_label.setObjectName("helpText")
            name_label.setMinimumWidth(150)
            name_label.setMaximumWidth(210)
            name_label.setWordWrap(True)
            value_label = form_parts.value_label(self, value)
            name_label.setBuddy(value_label)
            grid.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value_label, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        return grid

    def _fact_rows(self, record: ConsentRecord) -> list[tuple[str, str]]:
        d = record.details
        none = self.tr("Not recorded")
        classes = ", ".join(sorted(class_text(c) for c in d.classes))
        if d.expires_on is not None:
            dates = self.tr("{date}, until {expiry}").format(
                date=field_text.date_text(d.decided_on),
                expiry=field_text.date_text(d.expires_on))
        else:
            dates = field_text.date_text(d.decided_on)
        if not d.interpreter:
            interpreter = self.tr("None")
        elif d.interpreter_independent:
            interpreter = self.tr("{name}, independent of her family and community").format(
                name=d.interpreter)
        else:
            interpreter = self.tr("{name}, not independent of her family and community").format(
                name=d.interpreter)
        facts = self.tr("Yes, before she decided") if d.facts_shown else self.tr("No")
        return [
            (self.tr("Information"), classes),
            (self.tr("For"), d.purpose),
            (self.tr("Date"), dates),
            (self.tr("How"), how_text(d.how)),
            (self.tr("Language"), d.language or none),
            (self.tr("Interpreter"), interpreter),
            (self.tr("Facts shown"), facts),
        ]

    def _withdraw_panel(self) -> QWidget:
        self.withdraw_panel = QWidget(self)
        row = QHBoxLayout(self.withdraw_panel)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(10)
        label = QLabel(self.tr("Withdrawn on"), self.withdraw_panel)
        label.setObjectName("questionLabel")
        self.withdraw_date = DateEditor(self.withdraw_panel)
        self.withdraw_date.focus_widget().setAccessibleName(self.tr("Date she withdrew it"))
        label.setBuddy(self.withdraw_date.focus_widget())
        row.addWidget(label)
        row.addWidget(self.withdraw_date)
        self.withdraw_how: dict[How, QRadioButton] = {}
        group = QButtonGroup(self.withdraw_panel)
        for value in How:
            button = QRadioButton(how_text(value), self.withdraw_panel)
            group.addButton(button)
            self.withdraw_how[value] = button
            row.addWidget(button)
        self.withdraw_how[How.VERBAL].setChecked(True)
        row.addStretch(1)
        self.withdraw_cancel = form_parts.cancel_button(self.withdraw_panel, self.tr("Cancel"))
        self.withdraw_save = form_parts.primary_button(
            self.withdraw_panel, self.tr("Record the withdrawal"),
            self.tr("Record the withdrawal"), default=False)
        row.addWidget(self.withdraw_cancel)
        row.addWidget(self.withdraw_save)
        self.withdraw_panel.hide()
        self.withdraw_cancel.clicked.connect(self.close_withdrawal)
        self.withdraw_save.clicked.connect(self._withdraw)
        return self.withdraw_panel

    def open_withdrawal(self) -> None:
        self.withdraw_date.set_value(date.today())
        self.problem.set_messages([])
        self.withdraw_panel.show()
        self.withdraw_button.setEnabled(False)
        self.withdraw_date.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def close_withdrawal(self) -> None:
        self.withdraw_panel.hide()
        self.problem.set_messages([])
        self.withdraw_button.setEnabled(True)

    def _withdraw(self) -> None:
        day = self.withdraw_date.value()
        if not isinstance(day, date):
            self.problem.set_messages([self.tr(
                "Type the date she withdrew it as day/month/year, for example 03/11/2026.")])
            return
        how = next(h for h, b in self.withdraw_how.items() if b.isChecked())
        self.withdraw_requested.emit(self.record.id, day, how)


class ConsentGridView(QFrame):
    """The grid: recipients (rows) by kinds of information (columns), every cell in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.layout_ = QGridLayout(self)
        self.layout_.setContentsMargins(14, 10, 14, 12)
        self.layout_.setHorizontalSpacing(4)
        self.layout_.setVerticalSpacing(4)
        self.cells: dict[tuple[str, str], QLabel] = {}

    def show_grid(self, grid: ConsentGrid, directory: Directory | None) -> None:
        while (item := self.layout_.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.cells = {}
        corner = QLabel(self.tr("Who would receive it"), self)
        corner.setObjectName("questionLabel")
        corner.setWordWrap(True)
        self.layout_.addWidget(corner, 0, 0, Qt.AlignmentFlag.AlignBottom)
        words = [state_text(s) for s in ConsentState]
        font = QFont(self.font())  # the cells' font (case_work.qss): 9 pt, "given" bold
        font.setPointSize(9)
        font.setBold(True)
        cell_width = max(QFontMetrics(font).horizontalAdvance(w) for w in words) + 16
        for column, sensitivity in enumerate(grid.classes, start=1):
            heading = QLabel(class_text(sensitivity), self)
            heading.setObjectName("helpText")
            heading.setWordWrap(True)
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            heading.setMinimumWidth(cell_width)
            self.layout_.addWidget(heading, 0, column)
            self.layout_.setColumnMinimumWidth(column, cell_width)
        for row, ref in enumerate(grid.recipients, start=1):
            name = recipient_name(directory, ref)
            label = form_parts.value_label(self, name)
            label.setMinimumWidth(140)
            self.layout_.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            for column, sensitivity in enumerate(grid.classes, start=1):
                state = grid.state(ref, sensitivity)
                cell = QLabel(state_text(state), self)
                cell.setObjectName("consentCell")
                cell.setProperty("state", state.value)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setMinimumWidth(cell_width)
                cell.setAccessibleName(self.tr("{recipient}, {information}: {state}").format(
                    recipient=name, information=class_text(sensitivity),
                    state=state_text(state)))
                # Centred in a row made taller by a wrapped name, at its own height.
                self.layout_.addWidget(cell, row, column, Qt.AlignmentFlag.AlignVCenter)
                self.cells[(ref, sensitivity.value)] = cell
        self.layout_.setColumnStretch(0, 1)

    def cell_text(self, ref: str, sensitivity: str) -> str:
        return self.cells[(ref, sensitivity)].text()


class ConsentTab(QScrollArea):
    """``changed()`` after a decision was recorded."""

    changed = Signal()

    def __init__(self, service: ConsentService, directory: DirectoryService | None,
                 reference: str, parent: QWidget | None = None, *,
                 ask: confirm.Confirm = confirm.ask) -> None:
        super().__init__(parent)
        self.service = service
        self.directory_service = directory
        self.reference = reference
        self.ask = ask
        self.directory: Directory | None = None
        self.records: list[ConsentRecord] = []
        self.cards: list[ConsentRecordCard] = []
        self._closed = False
        self._may_write = allowed(service.vault.role, Action.CONSENT_RECORD)
        surface = theme.scroll_page(self)
        layout = theme.page_column(surface)
        parent_widget = surface

        head = QHBoxLayout()
        head.setSpacing(12)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        title = QLabel(self.tr("What she has agreed to share"), parent_widget)
        title.setObjectName("questionLabel")
        heading.addWidget(title)
        self.grid_intro = QLabel(self.tr(
            "For each recipient and kind of information, what her latest decision says today. "
            "A consent past its end date is shown as expired: it is not consent."),
            parent_widget)
        self.grid_intro.setObjectName("helpText")
        self.grid_intro.setWordWrap(True)
        heading.addWidget(self.grid_intro)
        head.addLayout(heading, 1)
        self.record_button = form_parts.primary_button(
            parent_widget, self.tr("Record her decision"),
            self.tr("Record her decision about sharing"), default=False)
        head.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.closed_note = QLabel(self.tr("This case is closed, so nothing can be recorded on "
                                          "it. Reopen it on the Overview tab to record her "
                                          "decisions."), parent_widget)
        self.closed_note.setObjectName("helpText")
        self.closed_note.setWordWrap(True)
        self.closed_note.hide()
        layout.addWidget(self.closed_note)
        self.message = form_parts.form_message(parent_widget)
        layout.addWidget(self.message)

        self.form = ConsentForm(parent_widget)
        self.form.setMaximumWidth(theme.READING_WIDTH)
        self.form.hide()
        layout.addWidget(self.form)

        self.grid = ConsentGridView(parent_widget)
        layout.addWidget(self.grid)

        records_title = QLabel(self.tr("Her decisions"), parent_widget)
        records_title.setObjectName("questionLabel")
        layout.addWidget(records_title)
        self.count_label = QLabel(parent_widget)
        self.count_label.setObjectName("helpText")
        layout.addWidget(self.count_label)
        self.records_column = QVBoxLayout()
        self.records_column.setSpacing(10)
        layout.addLayout(self.records_column)
        layout.addStretch(1)
        self.setWidget(surface)

        self.record_button.clicked.connect(self.open_new)
        self.form.submitted.connect(self._submit)
        self.form.cancelled.connect(self.close_form)
        self.form.recipient_box.currentIndexChanged.connect(self._facts_version)
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the directory, the grid and the records again."""
        try:
            if self.directory_service is not None:
                self.directory = self.directory_service.list()
            kinds = [k.ref for k in self.directory.kinds] if self.directory else []
            records = self.service.list_consents(self.reference)
            grid = self.service.consent_grid(self.reference, kinds)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.records = sorted(records, key=_order, reverse=True)
        self.grid.show_grid(grid, self.directory)
        self._show_records()

    def _show_records(self) -> None:
        for card in self.cards:
            self.records_column.removeWidget(card)
            card.deleteLater()
        self.cards = []
        withdrawn = {r.withdraws: r.details.decided_on for r in self.records
                     if r.withdraws is not None}
        parent = self.form.parentWidget()
        for record in self.records:
            card = ConsentRecordCard(record, self.directory, withdrawn.get(record.id), parent)
            card.withdraw_requested.connect(self._withdraw)
            self.records_column.addWidget(card)
            card.show()
            self.cards.append(card)
        count = len(self.records)
        if count == 0:
            self.count_label.setText(self.tr("No decision recorded yet."))
        elif count == 1:
            self.count_label.setText(self.tr("1 decision."))
        else:
            self.count_label.setText(self.tr("{count} decisions, newest first.").format(
                count=count))
        self._update_actions()

    def card_of(self, record_id: int) -> ConsentRecordCard:
        return next(c for c in self.cards if c.record.id == record_id)

    # --- closed cases -------------------------------------------------------------------------

    def set_case_status(self, status: CaseStatus) -> None:
        """Closed: writing actions off, and the reason said."""
        self._closed = status is CaseStatus.CLOSED
        if self._closed:
            self.close_form()
            for card in self.cards:
                card.close_withdrawal()
        self.closed_note.setVisible(self._closed)
        self._update_actions()

    def _update_actions(self) -> None:
        ok = self._may_write and not self._closed
        self.record_button.setEnabled(ok and self.form.isHidden())
        for card in self.cards:
            card.withdraw_button.setEnabled(ok and card.withdraw_panel.isHidden())

    # --- recording ------------------------------------------------------------------------------

    def open_new(self) -> None:
        form_parts.show_message(self.message, "")
        self.form.start_new(self.directory, today=date.today())
        self.form.show()
        self._update_actions()
        self.ensureWidgetVisible(self.form, 0, 0)
        self.form.recipient_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _facts_version(self) -> None:
        """The version of the facts the form shows now, so the record names what she saw."""
        self.form.facts_version = ""
        recipient = self.form.recipient
        if recipient is None or not recipient.may_pass_to_immigration_enforcement:
            return
        try:
            self.form.facts_version = self.service.recipients.facts_version(recipient.ref)
        except IntakeError:
            self.form.facts_version = ""

    def close_form(self) -> None:
        self.form.hide()
        self.form.clear_problems()
        self._update_actions()

    def _submit(self) -> None:
        details = self.form.details()
        try:
            self.service.record_consent(self.reference, details)
        except ValidationFailed as exc:
            self.form.show_problems(exc.problems)
            return
        except IntakeError as exc:
            self.form.show_error(messages.describe(exc))
            return
        self.close_form()
        self.reload()
        form_parts.show_message(self.message, self.tr("Her decision was recorded."),
                                error=False)
        self.changed.emit()

    def _withdraw(self, record_id: int, day: date, how: How) -> None:
        card = self.card_of(record_id)
        recipient = recipient_name(self.directory, card.record.recipient)
        if not self.ask(self, self.tr(
                "Record that she withdraws her consent to {recipient}? The consent stays on "
                "her record, marked withdrawn, and nothing is shared on it from now on."
                ).format(recipient=recipient), self.tr("Record the withdrawal")):
            return
        try:
            self.service.withdraw_consent(self.reference, record_id, on=day, how=how)
        except ValidationFailed as exc:
            card.problem.set_messages(
                [problem_text(p) for problems in exc.problems.values() for p in problems])
            return
        except IntakeError as exc:
            card.problem.set_messages([messages.describe(exc)])
            return
        self.reload()
        form_parts.show_message(self.message, self.tr(
            "The withdrawal was recorded; the consent it ends is kept."), error=False)
        self.changed.emit()
