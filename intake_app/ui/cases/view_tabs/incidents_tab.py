"""Incidents: the case's incident log, newest first, and its "referred to MARAC on" dates.

The MARAC dates come first (short, and read by the repeat rule), then the log. Every
incident is a card: its date, the short account, the police, injuries, children and
source, and -- when it was corrected -- a "Corrected" mark and its earlier versions behind a
button. "Log an incident" and "Correct" open the same inline form (``incident_form.py``);
"Record a MARAC referral" opens a date line under the dates. Everything is written through
``IncidentService``; a refusal keeps what was typed and says why beside the field.

Reading the log is audited, so it is read when the tab is first built (that is, first shown)
and again after each change, never before. On a closed case the writing actions are disabled
and a line says why.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import NOT_ASKED
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.errors import IntakeError, InvalidInput, ValidationFailed
from intake_app.domain.incidents import Incident, IncidentInput, IncidentVersion
from intake_app.domain.roles import Action, allowed
from intake_app.services.incidents import IncidentService
from intake_app.ui.cases.view_tabs.incident_form import IncidentForm, problem_text
from intake_app.ui.common import form_parts, messages, theme
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import DateEditor
from intake_app.ui.questions.field_row import ProblemLabel

#: Incident cards built at a time; older ones come with "Show older incidents".
PAGE = 10


class IncidentCard(QFrame):
    """One incident as it reads now. ``correct_requested(incident_id)`` on "Correct"."""

    correct_requested = Signal(int)

    def __init__(self, incident: Incident, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.incident = incident
        self.setObjectName("recordCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(12)
        day = field_text.date_text(incident.date)
        self.date_label = QLabel(day, self)
        self.date_label.setObjectName("cardTitle")
        head.addWidget(self.date_label)
        self.corrected_label = QLabel(self.tr("Corrected"), self)
        self.corrected_label.setObjectName("historyChanged")
        self.corrected_label.setVisible(incident.corrected)
        head.addWidget(self.corrected_label)
        head.addStretch(1)
        self.correct_button = QPushButton(self.tr("Correct"), self)
        self.correct_button.setAccessibleName(
            self.tr("Correct the incident of {date}").format(date=day))
        self.correct_button.setAutoDefault(False)
        head.addWidget(self.correct_button)
        layout.addLayout(head)
        self.summary_label = form_parts.value_label(self, incident.details.summary)
        layout.addWidget(self.summary_label)
        layout.addLayout(self._facts(incident.details))
        recorded = self.tr("Recorded {moment} by {user}.").format(
            moment=field_text.moment_text(incident.created_at), user=incident.created_by)
        if incident.corrected:
            recorded += " " + self.tr("Last corrected {moment} by {user}.").format(
                moment=field_text.moment_text(incident.updated_at), user=incident.updated_by)
        self.recorded_label = QLabel(recorded, self)
        self.recorded_label.setObjectName("helpText")
        self.recorded_label.setWordWrap(True)
        layout.addWidget(self.recorded_label)
        earlier = [v for v in incident.history if v.version < incident.version]
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("quietButton")
        self.history_button.setCheckable(True)
        self.history_button.setVisible(bool(earlier))
        self._earlier_count = len(earlier)
        self.history_frame = QFrame(self)
        history_layout = QVBoxLayout(self.history_frame)
        history_layout.setContentsMargins(12, 4, 0, 0)
        history_layout.setSpacing(8)
        self.version_labels: list[QLabel] = []
        for version in reversed(earlier):  # newest of the earlier versions first
            label = form_parts.value_label(self.history_frame, self._version_text(version))
            label.setObjectName("helpText")
            history_layout.addWidget(label)
            self.version_labels.append(label)
        self.history_frame.hide()
        row = QHBoxLayout()
        row.addWidget(self.history_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.history_frame)
        self._history_toggled(False)
        self.history_button.toggled.connect(self._history_toggled)
        self.correct_button.clicked.connect(lambda: self.correct_requested.emit(incident.id))

    def _facts(self, details: IncidentInput) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for row, (name, value) in enumerate(self._fact_rows(details)):
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

    def _police_text(self, details: IncidentInput) -> str:
        police = field_text.tri_text(details.police_involved)
        if details.police_reference:
            return self.tr("{answer}, reference {reference}").format(
                answer=police, reference=details.police_reference)
        return police

    def _fact_rows(self, details: IncidentInput) -> list[tuple[str, str]]:
        not_recorded = self.tr("Not recorded")
        children = field_text.tri_text(details.children_present) \
            if details.children_present is not None else not_recorded
        return [
            (self.tr("Police involved"), self._police_text(details)),
            (self.tr("Injuries"), details.injuries or not_recorded),
            (self.tr("Children present"), children),
            (self.tr("Source"), details.source or not_recorded),
        ]

    def _version_text(self, version: IncidentVersion) -> str:
        details = version.details
        lines = [self.tr("Version {number}, recorded {moment} by {user}:").format(
            number=version.version, moment=field_text.moment_text(version.recorded_at),
            user=version.recorded_by),
            field_text.date_text(details.date) + " \u2014 " + details.summary]
        lines += [f"{name}: {value}" for name, value in self._fact_rows(details)]
        return "\n".join(lines)

    def _history_toggled(self, shown: bool) -> None:
        self.history_frame.setVisible(shown)
        count = self._earlier_count
        if shown:
            self.history_button.setText(self.tr("Hide earlier versions"))
        elif count == 1:
            self.history_button.setText(self.tr("Show the earlier version"))
        else:
            self.history_button.setText(self.tr("Show the {count} earlier versions").format(
                count=count))


class IncidentsTab(QScrollArea):
    """``changed()`` after an incident or a MARAC date was recorded (the overview's review line
    and other tabs may need to look again)."""

    changed = Signal()

    def __init__(self, service: IncidentService, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.reference = reference
        self.incidents: list[Incident] = []
        self.referrals: list[date] = []
        self.cards: list[IncidentCard] = []
        self._closed = False
        self.older_button = QPushButton(self)
        self.older_button.setObjectName("quietButton")
        self.older_button.clicked.connect(self.show_older)
        self.older_button.hide()
        self._may_write = (allowed(service.vault.role, Action.INCIDENT_RECORD),
                           allowed(service.vault.role, Action.MARAC_RECORD))
        surface = theme.scroll_page(self)
        _inner, layout = theme.reading_column(surface)
        self._column = layout
        parent_widget = _inner

        # The MARAC dates first: a case-level fact the repeat rule reads, and short.
        layout.addWidget(self._marac_section(parent_widget))
        head = QHBoxLayout()
        head.setSpacing(12)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        title = QLabel(self.tr("Incident log"), parent_widget)
        title.setObjectName("questionLabel")
        heading.addWidget(title)
        self.count_label = QLabel(parent_widget)
        self.count_label.setObjectName("helpText")
        self.count_label.setWordWrap(True)
        heading.addWidget(self.count_label)
        head.addLayout(heading, 1)
        self.log_button = form_parts.primary_button(
            parent_widget, self.tr("Log an incident"), self.tr("Log an incident"),
            default=False)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.closed_note = QLabel(self.tr("This case is closed, so nothing can be recorded on "
                                          "it. Reopen it on the Overview tab to record an "
                                          "incident or a MARAC referral."), parent_widget)
        self.closed_note.setObjectName("helpText")
        self.closed_note.setWordWrap(True)
        self.closed_note.hide()
        layout.addWidget(self.closed_note)
        self.message = form_parts.form_message(parent_widget)
        layout.addWidget(self.message)

        self.form = IncidentForm(parent_widget)
        self.form.hide()
        layout.addWidget(self.form)

        self.log_column = QVBoxLayout()
        self.log_column.setSpacing(10)
        layout.addLayout(self.log_column)
        self.empty_label = QLabel(self.tr("No incidents recorded yet."), parent_widget)
        self.empty_label.setObjectName("helpText")
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        self.setWidget(surface)

        self.log_button.clicked.connect(self.open_new)
        self.form.submitted.connect(self._submit)
        self.form.cancelled.connect(self.close_form)
        self.marac_button.clicked.connect(self._open_marac)
        self.marac_cancel.clicked.connect(self._close_marac)
        self.marac_save.clicked.connect(self._save_marac)
        self.reload()

    def _marac_section(self, parent: QWidget) -> QFrame:
        frame = QFrame(parent)
        frame.setObjectName("recordCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        title = QLabel(self.tr("Referred to MARAC on"), frame)
        title.setObjectName("cardTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.marac_button = QPushButton(self.tr("Record a MARAC referral"), frame)
        self.marac_button.setAutoDefault(False)
        head.addWidget(self.marac_button)
        layout.addLayout(head)
        self.marac_dates = form_parts.value_label(frame)
        layout.addWidget(self.marac_dates)
        self.marac_panel = QWidget(frame)
        row = QHBoxLayout(self.marac_panel)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(10)
        label = QLabel(self.tr("Date of the referral"), self.marac_panel)
        label.setObjectName("questionLabel")
        self.marac_date = DateEditor(self.marac_panel)
        self.marac_date.focus_widget().setAccessibleName(self.tr("Date of the MARAC referral"))
        label.setBuddy(self.marac_date.focus_widget())
        self.marac_save = form_parts.primary_button(
            self.marac_panel, self.tr("Save date"), self.tr("Save the MARAC referral date"),
            default=False)
        self.marac_cancel = form_parts.cancel_button(self.marac_panel, self.tr("Cancel"))
        row.addWidget(label)
        row.addWidget(self.marac_date, 1)
        row.addWidget(self.marac_cancel)
        row.addWidget(self.marac_save)
        self.marac_panel.hide()
        layout.addWidget(self.marac_panel)
        self.marac_problem = ProblemLabel(frame)
        layout.addWidget(self.marac_problem)
        return frame

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the log and the MARAC dates again."""
        try:
            incidents = self.service.list_incidents(self.reference, history=True)
            referrals = self.service.marac_referrals(self.reference)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.incidents = sorted(incidents, key=lambda i: (i.date, i.id), reverse=True)
        self.referrals = [r.referred_on for r in referrals]
        self._show_log()
        self._show_referrals()

    def _show_log(self) -> None:
        for card in self.cards:
            self.log_column.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self._add_cards(PAGE)
        count = len(self.incidents)
        self.empty_label.setVisible(count == 0)
        if count == 1:
            self.count_label.setText(self.tr("1 incident, newest first."))
        else:
            self.count_label.setText(self.tr("{count} incidents, newest first.").format(
                count=count))
        self.count_label.setVisible(count > 0)
        self._update_actions()

    def _add_cards(self, more: int) -> None:
        """Cards for the next ``more`` incidents (newest first); the rest wait behind "Show
        older incidents", so a long log opens as fast as a short one."""
        parent = self.form.parentWidget()
        self.log_column.removeWidget(self.older_button)
        for incident in self.incidents[len(self.cards):len(self.cards) + more]:
            card = IncidentCard(incident, parent)
            card.correct_requested.connect(self.open_correction)
            self.log_column.addWidget(card)
            card.show()  # at once, not at the next event loop turn
            self.cards.append(card)
        left = len(self.incidents) - len(self.cards)
        self.log_column.addWidget(self.older_button)
        self.older_button.setText(self.tr("Show older incidents ({count} more)").format(
            count=left))
        self.older_button.setVisible(left > 0)
        self._update_actions()

    def show_older(self) -> None:
        self._add_cards(PAGE)

    def _show_referrals(self) -> None:
        if self.referrals:
            self.marac_dates.setText(", ".join(field_text.date_text(d)
                                               for d in self.referrals))
            self.marac_dates.setObjectName("")
        else:
            self.marac_dates.setText(self.tr("No MARAC referral recorded."))
            self.marac_dates.setObjectName("helpText")
        self.marac_dates.style().unpolish(self.marac_dates)
        self.marac_dates.style().polish(self.marac_dates)

    # --- closed cases -------------------------------------------------------------------------

    def set_case_status(self, status: CaseStatus) -> None:
        """Closed: writing actions off, and the reason said."""
        self._closed = status is CaseStatus.CLOSED
        if self._closed:
            self.close_form()
            self._close_marac()
        self.closed_note.setVisible(self._closed)
        self._update_actions()

    def _update_actions(self) -> None:
        incidents_ok = self._may_write[0] and not self._closed
        marac_ok = self._may_write[1] and not self._closed
        self.log_button.setEnabled(incidents_ok and self.form.isHidden())
        for card in self.cards:
            card.correct_button.setEnabled(incidents_ok and self.form.isHidden())
        self.marac_button.setEnabled(marac_ok and self.marac_panel.isHidden())

    # --- logging and correcting -----------------------------------------------------------------

    def open_new(self) -> None:
        self.form.start_new()
        self._open_form()

    def open_correction(self, incident_id: int) -> None:
        incident = next((i for i in self.incidents if i.id == incident_id), None)
        if incident is None:
            return
        self.form.start_correction(incident_id, incident.details)
        self._open_form()

    def _open_form(self) -> None:
        form_parts.show_message(self.message, "")
        self.form.show()
        self._update_actions()
        self.ensureWidgetVisible(self.form, 0, 0)
        self.form.date.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def close_form(self) -> None:
        self.form.hide()
        self.form.clear_problems()
        self._update_actions()

    def _submit(self) -> None:
        details = self.form.details()
        incident_id = self.form.incident_id
        try:
            if incident_id is None:
                self.service.add_incident(self.reference, details)
                done = self.tr("The incident was recorded.")
            else:
                before = next((i.version for i in self.incidents if i.id == incident_id), 0)
                after = self.service.correct_incident(self.reference, incident_id, details)
                done = self.tr("The correction was recorded; the earlier version is kept.") \
                    if after.version != before else \
                    self.tr("Nothing was changed, so no correction was recorded.")
        except ValidationFailed as exc:
            self.form.show_problems(exc.problems)
            return
        except IntakeError as exc:
            self.form.show_error(messages.describe(exc))
            return
        self.close_form()
        self.reload()
        form_parts.show_message(self.message, done, error=False)
        self.changed.emit()

    # --- MARAC referral dates -----------------------------------------------------------------

    def _open_marac(self) -> None:
        self.marac_date.set_value(NOT_ASKED)
        self.marac_problem.set_messages([])
        self.marac_panel.show()
        self._update_actions()
        self.marac_date.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_marac(self) -> None:
        self.marac_panel.hide()
        self.marac_problem.set_messages([])
        self._update_actions()

    def _save_marac(self) -> None:
        value = self.marac_date.value()
        if not isinstance(value, date):
            self.marac_problem.set_messages([
                self.tr("Type the date of the referral as day/month/year, for example "
                        "03/11/2026.")])
            return
        try:
            self.service.record_marac_referral(self.reference, value)
        except ValidationFailed as exc:
            self.marac_problem.set_messages(
                [problem_text(p) for problems in exc.problems.values() for p in problems])
            return
        except InvalidInput:  # the one other refusal: that day is recorded already
            self.marac_problem.set_messages([
                self.tr("A MARAC referral on {date} is already recorded.").format(
                    date=field_text.date_text(value))])
            return
        except IntakeError as exc:
            self.marac_problem.set_messages([messages.describe(exc)])
            return
        self._close_marac()
        self.reload()
        form_parts.show_message(self.message, self.tr("The MARAC referral date was recorded."),
                                error=False)
        self.changed.emit()
