"""Referrals waiting: the supervisor's queue of the team's submitted referrals, and the
team's approved ones, each reviewed and decided here.

At the side, two lists: "Waiting for approval" (``ReferralService.queue``, oldest first) and
"Approved" (the team's approved referrals, from ``listed``), each entry naming the case (her
name when the case list shows it), the recipient, the author and when it was submitted.
Selecting one reads it (``get``: audited as a view), its gate now (``check``) and its redacted
view exactly as it would be exported (``view``), with the case's latest risk level from the
case list's row (``CaseService.rows_for``), and shows them in a ``ReviewPanel``. The
``DecisionBar`` below stays in view: Approve, Return with a request or Reject a waiting one,
Revoke an approved one. Rejecting and revoking are confirmed first; revoking an exported
referral says that the recipient must be asked to delete it (the service records the
request). Every step goes through the service, which checks the role and the gate and writes
the audit entry; a refusal (one's own referral, a gate that fails now, someone else acting
first) is said in words and changes nothing.

An approved referral can be exported ("Export PDF..."): the save chooser (``choose_path``,
injectable) picks the file, then ``ReferralService.export_pdf`` runs on the task runner's
worker while the bar shows it working and nothing else can be done on this screen. Its
result (``ExportDonePanel``: the file, its SHA-256, the password shown once) stands above the
review until it is closed, another referral is chosen, the screen is left or the vault locks
(``close_export_result``). ``QueueExport`` runs it; refusals are said in words
(``export_words``); a gate that fails now sends the referral back to waiting and shows its
checks again.

``count_changed(n)`` after every reading of the queue (each step, and each time the screen is
shown), for the main window's "Referrals waiting (n)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import Directory
from intake_app.domain.case_record import CaseRow
from intake_app.domain.errors import (
    EditConflict,
    GateFailed,
    IllegalTransition,
    IntakeError,
    RecordRefused,
    SelfApproval,
)
from intake_app.domain.referrals import State
from intake_app.services.cases import CaseService
from intake_app.services.referrals import Referral, ReferralService
from intake_app.ui.cases.view_tabs.consent_words import recipient_name
from intake_app.ui.common import confirm, form_parts, messages, theme
from intake_app.ui.common.side_list import NARROWEST, WIDEST, section_list
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.questions import field_text
from intake_app.ui.referrals.decision_bar import Decision, DecisionBar
from intake_app.ui.referrals.export_done import ExportDonePanel
from intake_app.ui.referrals.queue_export import QueueExport
from intake_app.ui.referrals.queue_words import problem_text, submitted_at
from intake_app.ui.referrals.review_panel import Reviewed, ReviewPanel
from intake_app.ui.risk.words import ui_language

#: The referral's id on each list entry.
ReferralIdRole = int(Qt.ItemDataRole.UserRole) + 1
#: Room beside an entry's longest line for its padding, marker and a scroll bar.
_CHROME = 56


class QueueScreen(QWidget):
    """``waiting_list`` and ``approved_list`` at the side; ``review`` the selected referral's
    panel (None when nothing is selected); ``decision_bar`` under it; ``export_done`` the
    last export's result while it is shown. ``runner`` is the app's one task runner;
    ``password_required`` the policy's ``export_password_required``."""

    count_changed = Signal(int)
    #: After each export attempt: the ExportDone, or the exception that refused it.
    export_finished = Signal(object)

    def __init__(self, referrals: ReferralService, cases: CaseService | None,
                 parent: QWidget | None = None, *, runner: TaskRunner,
                 ask: confirm.Confirm = confirm.ask,
                 choose_path: confirm.ChooseSavePath = confirm.choose_save_path,
                 password_required: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("caseWork")
        theme.apply_case_work(self)
        self.referrals = referrals
        self.cases = cases
        self.ask = ask
        self.runner = runner
        self.choose_path = choose_path
        self.directory: Directory | None = None
        self.waiting: list[Referral] = []
        self.approved: list[Referral] = []
        self.review: ReviewPanel | None = None
        self._rows: dict[str, CaseRow | None] = {}
        self._shown_once = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._side())
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.page_scroll = QScrollArea(self)
        surface = theme.scroll_page(self.page_scroll)
        inner, self._column = theme.reading_column(surface)
        self._inner = inner
        self._column.addWidget(form_parts.heading(inner, self.tr("Referrals waiting")))
        self._column.addWidget(form_parts.intro(inner, self.tr(
            "Your team's referrals waiting for a supervisor, oldest first. Read what the "
            "recipient would receive and the checks as they stand now, then approve it, "
            "return it with a request, or reject it. No one approves their own referral.")))
        self.message = form_parts.form_message(inner)
        self._column.addWidget(self.message)
        self._done_slot = QVBoxLayout()
        self._column.addLayout(self._done_slot)
        self.empty_note = QLabel(inner)
        self.empty_note.setObjectName("helpText")
        self.empty_note.setWordWrap(True)
        self._column.addWidget(self.empty_note)
        self._slot = QVBoxLayout()
        self._column.addLayout(self._slot)
        self._column.addStretch(1)
        self.page_scroll.setWidget(surface)
        right.addWidget(self.page_scroll, 1)
        self.decision_bar = DecisionBar(self, password_required=password_required)
        right.addWidget(self.decision_bar)
        outer.addLayout(right, 1)
        self.decision_bar.approve_requested.connect(self.approve)
        self.decision_bar.decided.connect(self._decided)
        self.exports = QueueExport(self)
        self.decision_bar.export_requested.connect(self.export)
        self.reload()

    def _side(self) -> QFrame:
        side = QFrame(self)
        side.setObjectName("wizardSide")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(4)
        self.waiting_title = QLabel(side)
        self.waiting_title.setObjectName("sideTitle")
        self.waiting_title.setWordWrap(True)
        self.waiting_list = section_list(side, self.tr("Referrals waiting for approval"))
        self.approved_title = QLabel(self.tr("Approved"), side)
        self.approved_title.setObjectName("sideTitle")
        self.approved_title.setWordWrap(True)
        self.approved_list = section_list(side, self.tr("Approved referrals"))
        layout.addWidget(self.waiting_title)
        layout.addWidget(self.waiting_list, 3)
        layout.addSpacing(8)
        layout.addWidget(self.approved_title)
        layout.addWidget(self.approved_list, 2)
        self.waiting_list.currentRowChanged.connect(
            lambda row: self._picked(self.waiting_list, self.approved_list, row))
        self.approved_list.currentRowChanged.connect(
            lambda row: self._picked(self.approved_list, self.waiting_list, row))
        self._side_frame = side
        return side

    # --- reading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if event.spontaneous():
            return
        # Read again (a colleague may have submitted or decided since), unless an export is
        # under way: it has the connection, and it reads the screen again when it is done.
        if self._shown_once and not self.decision_bar.exporting:
            self.reload(select=self.selected_id())
        self._shown_once = True

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():  # left for another screen, locked or quick exit
            self.close_export_result()

    def reload(self, select: int | None = None) -> None:
        """Read the queue and the approved referrals again; keep ``select`` shown if it is
        still in either list, else show nothing selected."""
        try:
            self.directory = self.referrals.directory.list()
            self.waiting = self.referrals.queue()
            self.approved = [r for r in self.referrals.listed() if r.state is State.APPROVED]
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self._rows = {}
        self.waiting_title.setText(self.tr("Waiting for approval ({count})").format(
            count=len(self.waiting)))
        self._fill(self.waiting_list, self.waiting)
        self._fill(self.approved_list, self.approved)
        self._fit_side()
        self.empty_note.setText(self.tr(
            "No referral is waiting for approval. Referrals your team submits appear here.")
            if not self.waiting else self.tr("Choose a referral at the side to review it."))
        self.count_changed.emit(len(self.waiting))
        for listing, found in ((self.waiting_list, self.waiting),
                               (self.approved_list, self.approved)):
            ids = [r.id for r in found]
            if select is not None and select in ids:
                listing.setCurrentRow(ids.index(select))
                return
        self._show(None)

    def _fill(self, listing: QListWidget, found: list[Referral]) -> None:
        blocked = listing.blockSignals(True)
        listing.clear()
        for referral in found:
            item = QListWidgetItem(self._entry(referral))
            item.setData(ReferralIdRole, referral.id)
            listing.addItem(item)
        listing.setCurrentRow(-1)
        listing.blockSignals(blocked)

    def _entry(self, referral: Referral) -> str:
        row = self.case_row(referral.case_reference)
        case = referral.case_reference
        if row is not None and row.display_name:
            case = self.tr("{reference}: {name}").format(reference=case, name=row.display_name)
        return self.tr("{case}\nTo {recipient}\nFrom {author}, {moment}").format(
            case=case, recipient=self.recipient(referral), author=referral.author,
            moment=field_text.moment_text(submitted_at(referral)))

    def _fit_side(self) -> None:
        lists = (self.waiting_list, self.approved_list)
        metrics = self.waiting_list.fontMetrics()
        lines = [line for listing in lists for i in range(listing.count())
                 for line in listing.item(i).text().split("\n")]
        lines += [self.waiting_title.text(), self.approved_title.text()]
        widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        width = max(NARROWEST, min(WIDEST + 40, widest + _CHROME))
        self._side_frame.setFixedWidth(width)

    def recipient(self, referral: Referral) -> str:
        return recipient_name(self.directory, referral.draft.recipient)

    def case_row(self, reference: str) -> CaseRow | None:
        """The case list's row of ``reference`` (her name, the latest risk level), or None
        when the case list does not show it. Not audited, as the case list is not."""
        if reference in self._rows:
            return self._rows[reference]
        row = None
        if self.cases is not None:
            try:
                ids = self.cases.search(reference)
                row = next((r for r in self.cases.rows_for(ids) if r.reference == reference),
                           None)
            except IntakeError:
                row = None
        self._rows[reference] = row
        return row

    def selected_id(self) -> int | None:
        for listing in (self.waiting_list, self.approved_list):
            item = listing.currentItem()
            if item is not None and listing.currentRow() >= 0:
                return int(item.data(ReferralIdRole))
        return None

    def _picked(self, listing: QListWidget, other: QListWidget, row: int) -> None:
        if row < 0:
            return
        blocked = other.blockSignals(True)
        other.setCurrentRow(-1)
        other.clearSelection()
        other.blockSignals(blocked)
        item = listing.item(row)
        self._show(int(item.data(ReferralIdRole)) if item is not None else None)

    def select(self, referral_id: int) -> ReviewPanel:
        """Select ``referral_id`` in whichever list holds it and return its review."""
        for listing in (self.waiting_list, self.approved_list):
            for row in range(listing.count()):
                if listing.item(row).data(ReferralIdRole) == referral_id:
                    listing.setCurrentRow(row)
                    assert self.review is not None
                    return self.review
        raise LookupError(referral_id)

    def _show(self, referral_id: int | None) -> None:
        if self.exports.shown_for not in (None, referral_id):
            self.close_export_result()
        if self.review is not None:
            self._slot.removeWidget(self.review)
            self.review.hide()
            self.review.deleteLater()
            self.review = None
        if referral_id is None:
            self.empty_note.show()
            self.decision_bar.set_referral(None, "")
            return
        try:
            referral = self.referrals.get(referral_id)
            reviewed = Reviewed(referral, self.case_row(referral.case_reference),
                                self.recipient(referral), self.referrals.check(referral_id),
                                self.referrals.view(referral_id, QCoreApplication.translate,
                                                    language=ui_language()))
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            self.empty_note.show()
            self.decision_bar.set_referral(None, "")
            return
        self.empty_note.hide()
        self.review = ReviewPanel(reviewed, self._inner)
        self._slot.addWidget(self.review)
        self.review.show()
        self.decision_bar.set_referral(referral.state, referral.author)
        self.page_scroll.verticalScrollBar().setValue(0)

    # --- deciding ----------------------------------------------------------------------------

    def _current(self) -> Reviewed | None:
        return self.review.reviewed if self.review is not None else None

    def approve(self) -> None:
        current = self._current()
        if current is None:
            return
        referral = current.referral
        try:
            self.referrals.approve(referral.id)
        except SelfApproval:
            self.decision_bar.show_message(self.tr(
                "You drafted this referral, so you cannot approve it: no one approves their "
                "own referral. Another supervisor must approve it."), error=True)
            return
        except GateFailed as exc:
            self._show(referral.id)  # the checks as they stand now
            self.decision_bar.show_message(self.tr(
                "It cannot be approved: {count} of its checks do not pass now. What each one "
                "needs is written under it above; return it to {author} with a request if "
                "they must act.").format(count=len(exc.failed), author=referral.author),
                error=True)
            return
        except IntakeError as exc:
            self._refused(exc)
            return
        self._done(self.tr("Approved: the referral of {reference} to {recipient}. It can now be "
                           "exported.").format(reference=referral.case_reference,
                                               recipient=current.recipient))

    def _decided(self, decision: Decision, reason: str) -> None:
        current = self._current()
        if current is None:
            return
        if not reason.strip():
            self.decision_bar.show_reason_problems([self.tr("Give the reason first.")])
            return
        referral = current.referral
        if decision is Decision.REJECT and not self.ask(self, self.tr(
                "Reject the referral of {reference} to {recipient}? It cannot be submitted "
                "again once rejected.").format(reference=referral.case_reference,
                                               recipient=current.recipient),
                self.tr("Reject it")):
            return
        if decision is Decision.REVOKE and not self.ask(self, self._revoke_question(current),
                                                        self.tr("Revoke it")):
            return
        steps = {Decision.RETURN: self.referrals.return_to_author,
                 Decision.REJECT: self.referrals.reject,
                 Decision.REVOKE: self.referrals.revoke}
        try:
            steps[decision](referral.id, reason)
        except RecordRefused as exc:
            self.decision_bar.show_reason_problems(
                [problem_text(p) for problems in exc.problems.values() for p in problems])
            return
        except IntakeError as exc:
            self._refused(exc)
            return
        words = {
            Decision.RETURN: self.tr("Returned to {author} with your request: the referral of "
                                     "{reference} to {recipient}."),
            Decision.REJECT: self.tr("Rejected: the referral of {reference} to {recipient}."),
            Decision.REVOKE: self.tr("Revoked: the referral of {reference} to {recipient}."),
        }
        done = words[decision].format(author=referral.author,
                                      reference=referral.case_reference,
                                      recipient=current.recipient)
        if decision is Decision.REVOKE and referral.exports:
            done += " " + self.tr("It had been exported: ask {recipient} to delete what they "
                                  "received. The request is recorded with the referral.").format(
                recipient=current.recipient)
        self._done(done)

    def _revoke_question(self, current: Reviewed) -> str:
        referral = current.referral
        question = self.tr("Revoke the approved referral of {reference} to {recipient}?").format(
            reference=referral.case_reference, recipient=current.recipient)
        if referral.exports:
            return question + " " + self.tr(
                "It was exported on {moment}, so {recipient} may already have it: they must be "
                "asked to delete it, and the app records that they were asked.").format(
                    moment=field_text.moment_text(referral.exports[-1].exported_at),
                    recipient=current.recipient)
        return question + " " + self.tr("It was never exported, so nothing has been sent.")

    def _refused(self, exc: IntakeError) -> None:
        if isinstance(exc, EditConflict | IllegalTransition):
            selected = self.selected_id()
            self.reload(select=selected)
            form_parts.show_message(self.message, self.tr(
                "Someone else has acted on this referral since you opened it, so nothing was "
                "changed. It is shown as it stands now."), error=True)
            return
        self.decision_bar.show_message(messages.describe(exc), error=True)

    def _done(self, text: str) -> None:
        self.reload()
        form_parts.show_message(self.message, text, error=False)

    # --- exporting (``QueueExport``) ---------------------------------------------------------

    @property
    def export_done(self) -> ExportDonePanel | None:
        """The last export's result while it is shown."""
        return self.exports.panel

    def export(self, with_password: bool) -> None:
        self.exports.start(with_password)

    def close_export_result(self) -> None:
        """Take the export's result away (its password with it)."""
        self.exports.close()

    def show_export_result(self, panel: ExportDonePanel) -> None:
        self._done_slot.addWidget(panel)
        panel.show()
        self.page_scroll.verticalScrollBar().setValue(0)

    def set_lists_enabled(self, enabled: bool) -> None:
        for listing in (self.waiting_list, self.approved_list):
            listing.setEnabled(enabled)

    def current(self) -> Reviewed | None:
        return self._current()

    def refused(self, exc: IntakeError) -> None:
        self._refused(exc)
