"""One referral being drafted, with what it would do beside it, live: the editor on the left,
the gate and the preview of exactly what the recipient would receive on the right.

While she edits, her unsaved words go to ``ReferralService.preview`` once she pauses
(``PREVIEW_DELAY_MS``); the gate and the preview follow. Words the service cannot read as a
draft show their problems beside their fields instead (an empty field she has not yet filled is
not called a problem until she saves; the preview says what it still needs). "Save draft"
creates the referral (``draft``) and then saves new words over it (``update`` with the version
she started from: someone else's save meanwhile is said, her words kept). "Submit" is enabled
only while the gate passes; a submission the gate refuses shows what is needed.

A referral that can no longer be edited (submitted, approved...) opens read only, with the
gate and the view as they stand now.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from intake_app.domain.agencies import Directory
from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import EditConflict, GateFailed, IntakeError, RecordRefused
from intake_app.domain.referrals import EDITABLE, GateResult
from intake_app.services.referrals import Preview, Referral, ReferralService
from intake_app.ui.common import form_parts, messages
from intake_app.ui.questions import field_text
from intake_app.ui.referrals.draft_editor import DraftEditor
from intake_app.ui.referrals.gate_panel import GatePanel
from intake_app.ui.referrals.preview import ReferralPreview
from intake_app.ui.referrals.words import state_text
from intake_app.ui.risk.words import ui_language

#: How long she pauses before her words are previewed.
PREVIEW_DELAY_MS = 300
#: Problems that only say a field is still empty: not shown while she is still writing.
_BLANK_CODES = frozenset({"required", "purpose_required", "reason_required",
                          "classes_required", "recipient_invalid"})


def _filled_in_problems(problems: Mapping[str, Sequence[Problem]]
                        ) -> dict[str, list[Problem]]:
    return {key: kept for key, found in problems.items()
            if (kept := [p for p in found if p.code not in _BLANK_CODES])}


class ReferralDraftPage(QWidget):
    """``saved(referral_id)`` after a save, ``submitted(referral_id)`` after a submission,
    ``closed()`` when she closes it."""

    saved = Signal(int)
    submitted = Signal(int)
    closed = Signal()

    def __init__(self, service: ReferralService, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.reference = reference
        self.referral: Referral | None = None
        self.gate: GateResult | None = None
        self.read_only = False
        self._saved_raw: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("helpText")
        self.state_label.setWordWrap(True)
        bar.addWidget(self.state_label, 1)
        self.close_button = form_parts.cancel_button(self, self.tr("Close"))
        self.save_button = form_parts.secondary_button(
            self, self.tr("Save draft"), self.tr("Save this referral as a draft"))
        self.submit_button = form_parts.primary_button(
            self, self.tr("Submit for approval"),
            self.tr("Submit this referral to a supervisor for approval"), default=False)
        for button in (self.close_button, self.save_button, self.submit_button):
            bar.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.message = form_parts.form_message(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.editor = DraftEditor(self)
        row.addWidget(self.editor, 5, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        side.setSpacing(12)
        self.gate_panel = GatePanel(self)
        self.preview = ReferralPreview(self)
        side.addWidget(self.gate_panel)
        side.addWidget(self.preview)
        side.addStretch(1)
        row.addLayout(side, 4)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.editor.edited.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.closed)

    # --- opening ---------------------------------------------------------------------------

    def open(self, directory: Directory, immigration_status: object,
             assessments: Sequence[AssessmentRecord], referral: Referral | None = None, *,
             may_edit: bool = True) -> None:
        """A new draft (``referral`` None) or ``referral``, editable when its state allows
        and ``may_edit``; the gate and the preview drawn at once."""
        self.referral = referral
        editable = may_edit and (referral is None or referral.state in EDITABLE)
        self.read_only = not editable
        self.editor.start(directory, self.service.checklist(), immigration_status,
                          assessments, referral.draft if referral else None)
        self.editor.set_read_only(self.read_only)
        self._saved_raw = self.editor.raw() if referral is not None else None
        form_parts.show_message(self.message, "")
        self._show_state()
        if referral is not None and self.read_only:
            self._show_stored(referral.id)
        else:
            self.refresh_preview()

    def _show_state(self) -> None:
        referral = self.referral
        if referral is None:
            self.state_label.setText(self.tr("Not saved yet."))
        else:
            state = state_text(referral.state)
            self.state_label.setText(self.tr("Referral {number}: {state}. Last changed "
                                             "{moment}.").format(
                number=referral.id, state=state,
                moment=field_text.moment_text(referral.updated_at)))
        self.save_button.setVisible(not self.read_only)
        self.submit_button.setVisible(not self.read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.submit_button.setEnabled(not self.read_only and self.gate is not None
                                      and self.gate.passed)
        self.save_button.setEnabled(not self.read_only)

    # --- the live preview ------------------------------------------------------------------

    def _edited(self) -> None:
        if not self.read_only:
            self.timer.start()

    def refresh_preview(self) -> None:
        """The gate and the view of her words as they are now (nothing is saved)."""
        self.timer.stop()
        raw = self.editor.raw()
        if not raw["recipient"]:
            self._no_preview(self.tr("Choose a recipient to see the checks and what they "
                                     "would receive."))
            self.editor.clear_problems()
            return
        try:
            result: Preview = self.service.preview(
                self.reference, raw, QCoreApplication.translate, language=ui_language())
        except RecordRefused as exc:
            self.editor.show_problems(_filled_in_problems(exc.problems))
            self._no_preview(self.tr(
                "The checks and the preview appear once the recipient, what to include, what "
                "it is for and why are filled in, and what is marked in the draft is "
                "corrected."))
            return
        except IntakeError as exc:
            self._no_preview(messages.describe(exc))
            return
        self.editor.clear_problems()
        self.gate = result.gate
        self.gate_panel.show_gate(result.gate)
        self.preview.show_view(result.view)
        self._update_buttons()

    def _no_preview(self, note: str) -> None:
        self.gate = None
        self.gate_panel.clear(note)
        self.preview.clear(self.tr("Nothing to show yet."))
        self._update_buttons()

    def _show_stored(self, referral_id: int) -> None:
        try:
            gate = self.service.check(referral_id)
            view = self.service.view(referral_id, QCoreApplication.translate,
                                     language=ui_language())
        except IntakeError as exc:
            self._no_preview(messages.describe(exc))
            return
        self.gate = gate
        self.gate_panel.show_gate(gate)
        self.preview.show_view(view)
        self._update_buttons()

    # --- saving and submitting -------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        return not self.read_only and self.editor.raw() != self._saved_raw

    def save(self) -> bool:
        """Keep her words (a new referral, or new words over this one); False when they
        could not be kept, with the reason shown and her words left as they are."""
        raw = self.editor.raw()
        try:
            if self.referral is None:
                referral = self.service.draft(self.reference, raw)
            else:
                referral = self.service.update(self.referral.id, raw,
                                               version=self.referral.version)
        except RecordRefused as exc:
            self.editor.show_problems(exc.problems)
            self.editor.focus_first_problem()
            form_parts.show_message(self.message, self.tr(
                "Nothing was saved yet: correct what is marked in the draft and save again."),
                error=True)
            return False
        except EditConflict:
            form_parts.show_message(self.message, self.tr(
                "Someone else has changed this referral since you opened it, so your words "
                "were not saved. They are still here: copy what you need, close it and open "
                "it again."), error=True)
            return False
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return False
        self.referral = referral
        self._saved_raw = raw
        self.editor.clear_problems()
        self._show_state()
        form_parts.show_message(self.message, self.tr("The draft was saved."), error=False)
        self.saved.emit(referral.id)
        return True

    def submit(self) -> None:
        if (self.referral is None or self.unsaved) and not self.save():
            return
        assert self.referral is not None
        try:
            referral = self.service.submit(self.referral.id)
        except GateFailed:
            self._show_stored(self.referral.id)
            form_parts.show_message(self.message, self.tr(
                "It was not submitted: the checks beside the draft say what is still needed."),
                error=True)
            return
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.referral = referral
        self.submitted.emit(referral.id)

