"""Referrals: the case's referrals, newest first, and the page that drafts one.

Each referral is a card: the recipient (named from the directory), where it stands in words,
when it last changed, and, prominently, what a supervisor asked for (returned), why it was
rejected or revoked, or which checks failed when an approved referral was sent back. A draft
or a returned referral opens to be edited and submitted; any other opens read only, with the
gate and the view as they stand now.

"New referral" is not offered on a closed case, nor to someone the permission matrix does not
let draft (they see the list only). Referrals are read when the tab is first shown and after
every save or submission.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from intake_app.domain.agencies import Directory
from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.errors import IntakeError
from intake_app.domain.referrals import EDITABLE, CheckId, State
from intake_app.domain.roles import Action, allowed
from intake_app.services.assessments import AssessmentService
from intake_app.services.directory import DirectoryService
from intake_app.services.referrals import Referral, ReferralService
from intake_app.ui.cases.view_tabs.consent_words import recipient_name
from intake_app.ui.common import form_parts, messages, theme
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.questions import field_text
from intake_app.ui.referrals.draft_page import ReferralDraftPage
from intake_app.ui.referrals.words import check_title, state_text


class ReferralCard(QFrame):
    """One referral in the list; ``open_requested(referral_id)`` from its button."""

    open_requested = Signal(int)

    def __init__(self, referral: Referral, directory: Directory | None, *, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referral = referral
        self.setObjectName("recordCard")
        self.setMaximumWidth(theme.READING_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(12)
        name = recipient_name(directory, referral.draft.recipient)
        self.title_label = QLabel(self.tr("To {recipient}").format(recipient=name), self)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        head.addWidget(self.title_label, 1)
        self.state_label = QLabel(state_text(referral.state), self)
        self.state_label.setObjectName("referralState")
        self.state_label.setProperty("state", referral.state.value)
        head.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignTop)
        editable = may_edit and referral.state in EDITABLE
        self.open_button = form_parts.secondary_button(
            self, self.tr("Edit") if editable else self.tr("Show"),
            (self.tr("Edit the referral to {recipient}") if editable
             else self.tr("Show the referral to {recipient}")).format(recipient=name))
        head.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.reason_label = QLabel(self._reason(), self)
        self.reason_label.setObjectName("problem")
        self.reason_label.setProperty("severity", "warning")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label.setVisible(bool(self.reason_label.text()))
        layout.addWidget(self.reason_label)
        self.changed_label = QLabel(self.tr("Referral {number}, drafted by {user}. Last changed "
                                            "{moment}.").format(
            number=referral.id, user=referral.author,
            moment=field_text.moment_text(referral.updated_at)), self)
        self.changed_label.setObjectName("helpText")
        self.changed_label.setWordWrap(True)
        layout.addWidget(self.changed_label)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(referral.id))

    def _reason(self) -> str:
        status = self.referral.status
        if status.sent_back:
            titles = [check_title(CheckId(c))
                      for c in status.failed_checks if c in CheckId._value2member_map_]
            return self.tr("Sent back from approved: these checks no longer pass: "
                           "{checks}.").format(checks="; ".join(titles))
        if not status.reason:
            return ""
        if status.state is State.RETURNED:
            return self.tr("The supervisor asks: {reason}").format(reason=status.reason)
        if status.state is State.REJECTED:
            return self.tr("Rejected because: {reason}").format(reason=status.reason)
        if status.state is State.REVOKED:
            return self.tr("Revoked because: {reason}").format(reason=status.reason)
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)


class ReferralsTab(QScrollArea):
    """``changed()`` after a referral was saved or submitted."""

    changed = Signal()

    def __init__(self, service: ReferralService, directory: DirectoryService | None,
                 assessments: AssessmentService | None, reference: str,
                 case_values: Callable[[], Mapping[str, object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.directory_service = directory
        self.assessments = assessments
        self.reference = reference
        self.case_values = case_values
        self.directory: Directory | None = None
        self.referrals: list[Referral] = []
        self.cards: list[ReferralCard] = []
        self._closed = False
        self.may_draft = allowed(service.vault.role, Action.REFERRAL_DRAFT)
        surface = theme.scroll_page(self)
        layout = theme.page_column(surface)
        head = QHBoxLayout()
        head.setSpacing(12)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        self.title = QLabel(self.tr("Referrals"), surface)
        self.title.setObjectName("questionLabel")
        heading.addWidget(self.title)
        self.intro = QLabel(self.tr(
            "What leaves this laptop about her, to whom, and where each referral stands. A "
            "referral shares only what she agreed to, and a supervisor approves it first."),
            surface)
        self.intro.setObjectName("helpText")
        self.intro.setWordWrap(True)
        heading.addWidget(self.intro)
        head.addLayout(heading, 1)
        self.new_button = form_parts.primary_button(
            surface, self.tr("New referral"), self.tr("Draft a new referral for her"),
            default=False)
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.note = QLabel(surface)
        self.note.setObjectName("helpText")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.message = form_parts.form_message(surface)
        layout.addWidget(self.message)
        self.page = ReferralDraftPage(service, reference, surface)
        self.page.hide()
        layout.addWidget(self.page)
        self.count_label = QLabel(surface)
        self.count_label.setObjectName("helpText")
        layout.addWidget(self.count_label)
        self.list_column = QVBoxLayout()
        self.list_column.setSpacing(10)
        layout.addLayout(self.list_column)
        layout.addStretch(1)
        self.setWidget(surface)
        self.new_button.clicked.connect(self.open_new)
        self.page.saved.connect(self._saved)
        self.page.submitted.connect(self._submitted)
        self.page.closed.connect(self.close_page)
        self.reload()

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            if self.directory_service is not None:
                self.directory = self.directory_service.list()
            found = self.service.of_case(self.reference)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.referrals = sorted(found, key=lambda r: (r.updated_at, r.id), reverse=True)
        for card in self.cards:
            self.list_column.removeWidget(card)
            card.deleteLater()
        self.cards = []
        parent = self.page.parentWidget()
        for referral in self.referrals:
            card = ReferralCard(referral, self.directory, may_edit=self._may_edit(),
                                parent=parent)
            card.open_requested.connect(self.open_referral)
            self.list_column.addWidget(card)
            card.show()
            self.cards.append(card)
        count = len(self.referrals)
        self.count_label.setText(
            self.tr("No referral yet.") if count == 0 else self.tr("1 referral.") if count == 1
            else self.tr("{count} referrals, the latest change first.").format(count=count))
        self._update_actions()

    def card_of(self, referral_id: int) -> ReferralCard:
        return next(c for c in self.cards if c.referral.id == referral_id)

    # --- who may do what -----------------------------------------------------------------

    def _may_edit(self) -> bool:
        return self.may_draft and not self._closed

    def set_case_status(self, status: CaseStatus) -> None:
        self._closed = status is CaseStatus.CLOSED
        if self._closed and not self.page.isHidden() and not self.page.read_only:
            self.close_page()
        self.reload()

    def _update_actions(self) -> None:
        self.new_button.setVisible(self._may_edit())
        self.new_button.setEnabled(self.page.isHidden())
        if self._closed:
            self.note.setText(self.tr("This case is closed, so no referral can be drafted or "
                                      "changed. Reopen it on the Overview tab to refer her on."))
        elif not self.may_draft:
            self.note.setText(self.tr("You can read these referrals; drafting them is for "
                                      "caseworkers."))
        self.note.setVisible(self._closed or not self.may_draft)

    # --- the page ------------------------------------------------------------------------

    def _completed_assessments(self) -> list[AssessmentRecord]:
        if self.assessments is None:
            return []
        try:
            return self.assessments.list_assessments(self.reference)
        except IntakeError:
            return []

    def _open(self, referral: Referral | None) -> None:
        if self.directory is None:
            form_parts.show_message(self.message, self.tr(
                "The agency directory could not be read, so no referral can be drafted."),
                error=True)
            return
        form_parts.show_message(self.message, "")
        status = self.case_values().get("immigration.status")
        self.page.open(self.directory, status, self._completed_assessments(), referral,
                       may_edit=self._may_edit())
        self.page.show()
        self._update_actions()
        self.ensureWidgetVisible(self.page, 0, 0)

    def open_new(self) -> None:
        self._open(None)
        self.page.editor.recipient_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_referral(self, referral_id: int) -> None:
        try:
            referral = self.service.get(referral_id)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self._open(referral)

    def close_page(self) -> None:
        self.page.timer.stop()
        self.page.hide()
        self._update_actions()

    def _saved(self, _referral_id: int) -> None:
        self.reload()
        self.changed.emit()

    def _submitted(self, _referral_id: int) -> None:
        self.close_page()
        self.reload()
        form_parts.show_message(self.message, self.tr(
            "The referral was submitted. A supervisor will look at it before anything is "
            "sent."), error=False)
        self.changed.emit()
