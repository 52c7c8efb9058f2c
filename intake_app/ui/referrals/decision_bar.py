"""The bar under a referral's review, always in view: what the supervisor can do with it.

A submitted referral offers Approve, "Return with a request" and Reject; an approved one
offers Revoke and "Export PDF...", with the "Protect the file with a password" tick box beside it
(ticked at first; ticked and locked when the policy requires a password, ``password_required``).
While an export runs (``track_export``) the bar shows a busy strip and offers nothing.

The three with a reason open a short form in the bar (the request, or why it is rejected or
revoked) with its own confirming button; an empty reason is refused there, by
the domain's rule, before anything is asked. The bar only gathers the decision: the queue
screen takes the step through the service and reports back (``show_message``,
``show_reason_problems``); ``export_requested(with_password)`` asks it to export.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from intake_app.domain.referrals import State
from intake_app.ui.common import form_parts, theme
from intake_app.ui.common.tasks import BusyIndicator, Task
from intake_app.ui.questions.field_row import ProblemLabel


class Decision(StrEnum):
    RETURN = "return"
    REJECT = "reject"
    REVOKE = "revoke"


class DecisionBar(QFrame):
    """``approve_requested()``; ``decided(decision, reason)`` when a reason form is
    confirmed; ``export_requested(with_password)``. ``set_referral(state, author)`` shows the
    actions the state allows."""

    approve_requested = Signal()
    decided = Signal(object, str)
    export_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, password_required: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("bottomBar")
        self.decision: Decision | None = None
        self.password_required = password_required
        self._author = ""
        self._offered = False
        self._exporting = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 12)
        outer.setSpacing(8)
        self.message = form_parts.form_message(self)
        outer.addWidget(self.message)
        outer.addWidget(self._reason_form())
        self.busy = BusyIndicator(self)
        outer.addWidget(self.busy)
        self.approve_button = form_parts.primary_button(
            self, self.tr("Approve"), self.tr("Approve this referral"), default=False)
        self.return_button = form_parts.secondary_button(
            self, self.tr("Return with a request"),
            self.tr("Return this referral to its author with a request"))
        self.reject_button = form_parts.secondary_button(
            self, self.tr("Reject"), self.tr("Reject this referral, with the reason"))
        self.revoke_button = form_parts.secondary_button(
            self, self.tr("Revoke"), self.tr("Revoke this approved referral, with the reason"))
        self.export_button = form_parts.primary_button(
            self, self.tr("Export PDF..."), self.tr("Export this approved referral as a PDF file"),
            default=False)
        self.action_row = QWidget(self)
        row = QHBoxLayout()
        # The tick box's sentence gets the room it needs on one line, the buttons at the end.
        row.addWidget(self._password_choice(), 3)
        row.addStretch(1)
        for button in (self.revoke_button, self.reject_button, self.return_button,
                       self.approve_button, self.export_button):
            row.addWidget(button)
        row.setContentsMargins(0, 0, 0, 0)
        self.action_row.setLayout(row)
        outer.addWidget(self.action_row)
        self.approve_button.clicked.connect(self._approve)
        self.return_button.clicked.connect(lambda: self.open_reason(Decision.RETURN))
        self.reject_button.clicked.connect(lambda: self.open_reason(Decision.REJECT))
        self.revoke_button.clicked.connect(lambda: self.open_reason(Decision.REVOKE))
        self.export_button.clicked.connect(self._export)
        self.set_referral(None, "")

    def _password_choice(self) -> QWidget:
        self.password_box, row = form_parts.wrapped_check(
            self, self.tr("Protect the file with a &password"),
            self.tr("Protect the file with a password"))
        self.password_box.setChecked(True)  # the safer choice unless the supervisor unticks it
        self.password_row = row
        self.set_password_required(self.password_required)
        return row

    def set_password_required(self, required: bool) -> None:
        """Tick and lock the password box when the policy requires a password."""
        self.password_required = required
        if required:
            self.password_box.setChecked(True)
        self.password_box.setEnabled(not required)
        self.password_box.setAccessibleDescription(self.tr(
            "Your IT administrator requires a password on every exported file.")
            if required else "")
        self.password_row.setToolTip(self.tr(
            "Your IT administrator requires a password on every exported file.")
            if required else "")

    def _reason_form(self) -> QWidget:
        self.reason_box = QFrame(self)
        layout = QVBoxLayout(self.reason_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.reason_title = QLabel(self.reason_box)
        self.reason_title.setObjectName("questionLabel")
        self.reason_title.setWordWrap(True)
        layout.addWidget(self.reason_title)
        self.reason = QPlainTextEdit(self.reason_box)
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(72)
        layout.addWidget(self.reason)
        self.reason_problem = ProblemLabel(self.reason_box)
        layout.addWidget(self.reason_problem)
        self.confirm_button = form_parts.primary_button(self.reason_box, "", "", default=False)
        self.cancel_button = form_parts.cancel_button(self.reason_box, self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button.clicked.connect(self.close_reason)
        self.reason_box.hide()
        return self.reason_box

    # --- what is offered ---------------------------------------------------------------------

    def set_referral(self, state: State | None, author: str) -> None:
        """The actions for a referral in ``state`` drafted by ``author`` (None: nothing
        selected, nothing offered)."""
        self._author = author
        self._offered = state in (State.SUBMITTED, State.APPROVED)
        self.close_reason()
        waiting = state is State.SUBMITTED
        approved = state is State.APPROVED
        self.approve_button.setVisible(waiting)
        self.return_button.setVisible(waiting)
        self.reject_button.setVisible(waiting)
        self.revoke_button.setVisible(approved)
        self.export_button.setVisible(approved)
        self.password_row.setVisible(approved)

    def open_reason(self, decision: Decision) -> None:
        self.decision = decision
        titles = {
            Decision.RETURN: self.tr("What should {author} change or add? They will see your "
                                     "request with the referral.").format(author=self._author),
            Decision.REJECT: self.tr("Why is this referral rejected? It cannot be submitted "
                                     "again once rejected."),
            Decision.REVOKE: self.tr("Why is this approved referral revoked?"),
        }
        confirms = {Decision.RETURN: self.tr("Return it"),
                    Decision.REJECT: self.tr("Reject it"),
                    Decision.REVOKE: self.tr("Revoke it")}
        self.reason_title.setText(titles[decision])
        self.reason.setAccessibleName(titles[decision])
        self.confirm_button.setText(confirms[decision])
        self.confirm_button.setAccessibleName(confirms[decision])
        self.reason.clear()
        self.reason_problem.set_messages([])
        form_parts.show_message(self.message, "")
        self.action_row.hide()
        self.reason_box.show()
        self.reason.setFocus()

    def close_reason(self) -> None:
        self.decision = None
        self.reason_box.hide()
        self.reason_problem.set_messages([])
        self.reason.clear()
        self.action_row.setVisible(self._offered and not self._exporting)

    def _approve(self) -> None:
        form_parts.show_message(self.message, "")
        self.approve_requested.emit()

    def _export(self) -> None:
        form_parts.show_message(self.message, "")
        self.export_requested.emit(self.password_box.isChecked())

    def track_export(self, task: Task) -> None:
        """Offer nothing and show that the export is under way until ``task`` finishes."""
        self._exporting = True
        self.action_row.hide()
        self.busy.track(task, self.tr("Making the PDF and checking the referral once more..."))
        task.finished.connect(self._export_finished)

    def _export_finished(self) -> None:
        self._exporting = False
        self.action_row.setVisible(self._offered and self.decision is None)

    @property
    def exporting(self) -> bool:
        return self._exporting

    def _confirm(self) -> None:
        if self.decision is None:
            return
        self.decided.emit(self.decision, self.reason.toPlainText())

    # --- what the screen reports -------------------------------------------------------------

    def show_message(self, text: str, *, error: bool) -> None:
        form_parts.show_message(self.message, text, error=error)

    def show_reason_problems(self, messages: list[str]) -> None:
        self.reason_problem.set_messages(messages)
