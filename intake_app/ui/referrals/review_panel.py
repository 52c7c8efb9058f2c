"""One referral as the supervisor reviews it: who it is for and from whom, the case's latest
risk, the referral's own words (purpose, reason, a legal basis if it has one), the gate's
checks as they stand now and the redacted view exactly as it would be exported. An approved
referral (or one that has been exported) also shows its exports register: when, by whom, and
the start of each file's SHA-256, with any request to the recipient to delete it.

Built from values the queue screen has already read through the services (``Reviewed``); it
reads nothing itself. The gate and the view are drawn by the widgets the caseworker's draft
editor uses (``GatePanel``, ``ReferralPreview``), so both sides see the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from intake_app.domain.case_record import CaseRow
from intake_app.domain.redaction import RedactedView
from intake_app.domain.referrals import GateResult, State
from intake_app.services.referrals import Referral
from intake_app.ui.common import form_parts, theme
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.questions import field_text
from intake_app.ui.referrals.gate_panel import GatePanel
from intake_app.ui.referrals.preview import ReferralPreview
from intake_app.ui.referrals.queue_words import (
    approved_at,
    failed_check_titles,
    state_text,
    submitted_at,
)

_label = form_parts.value_label  # wrapped plain text, with a style name


@dataclass(frozen=True)
class Reviewed:
    """What the review shows, read at one moment: the referral, its case's list row (None
    when the case list does not show it), the recipient in words, the gate and the view."""

    referral: Referral
    case: CaseRow | None
    recipient: str
    gate: GateResult
    view: RedactedView


class _Card(QFrame):
    """A record card whose wrapped lines are never cut off."""

    def __init__(self, parent: QWidget, name: str = "recordCard") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMaximumWidth(theme.READING_WIDTH)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 10, 14, 12)
        self.column.setSpacing(6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)


class ReviewPanel(QWidget):
    """The review of ``reviewed``. ``facts`` maps each fact shown to its label (for tests);
    ``gate_panel`` and ``preview`` are the shared widgets."""

    def __init__(self, reviewed: Reviewed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviewed = reviewed
        referral = reviewed.referral
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.BLOCK_GAP)
        self.facts: dict[str, QLabel] = {}
        layout.addWidget(self._summary(reviewed))
        #: The register's rows as shown: (when, by whom, SHA-256 start), newest first.
        self.register: list[tuple[str, str, str]] = []
        if referral.state is State.APPROVED or referral.exports:
            layout.addWidget(self._register(referral))
        layout.addWidget(self._own_words(referral))
        self.gate_panel = GatePanel(self)
        self.gate_panel.setMaximumWidth(theme.READING_WIDTH)
        self.gate_panel.show_gate(reviewed.gate)
        self._for_approval(reviewed.gate)
        layout.addWidget(self.gate_panel)
        self.preview = ReferralPreview(self)
        self.preview.setMaximumWidth(theme.READING_WIDTH)
        self.preview.show_view(reviewed.view)
        layout.addWidget(self.preview)

    # --- the parts ---------------------------------------------------------------------------

    def _for_approval(self, gate: GateResult) -> None:
        """The shared panel speaks of submitting; here the same checks decide approval."""
        title = self.gate_panel.findChild(QLabel, "cardTitle")
        if isinstance(title, QLabel):
            title.setText(self.tr("Its checks, run again now"))
        failed = len(gate.failed)
        if failed == 0:
            text = self.tr("Every check passes now: it can be approved.")
        elif failed == 1:
            text = self.tr("One check does not pass now: it cannot be approved until it does.")
        else:
            text = self.tr("{count} checks do not pass now: it cannot be approved until they "
                           "do.").format(count=failed)
        self.gate_panel.summary.setText(text)
        self.gate_panel.setAccessibleName(self.tr("Its checks, run again now"))

    def _summary(self, reviewed: Reviewed) -> QFrame:
        referral = reviewed.referral
        card = _Card(self)
        name = reviewed.case.display_name if reviewed.case is not None else ""
        title = self.tr("{reference}: {name}").format(
            reference=referral.case_reference, name=name) if name else referral.case_reference
        self.title_label = _label(card, title, "cardTitle")
        card.column.addWidget(self.title_label)
        self.state_label = _label(card, state_text(referral.state), "helpText")
        card.column.addWidget(self.state_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        rows = [("recipient", self.tr("To"), reviewed.recipient),
                ("author", self.tr("Drafted by"), referral.author),
                ("submitted", self.tr("Submitted"),
                 field_text.moment_text(submitted_at(referral)))]
        if referral.state is State.APPROVED:
            rows.append(("approved", self.tr("Approved"), self.tr("{moment} by {user}").format(
                moment=field_text.moment_text(approved_at(referral)),
                user=referral.approved_by or "")))
            if referral.exports:
                last = referral.exports[-1]
                rows.append(("exported", self.tr("Exported"), self.tr(
                    "{moment} by {user}").format(moment=field_text.moment_text(
                        last.exported_at), user=last.exported_by)))
        rows.append(("risk", self.tr("Latest risk level"), self._risk(reviewed.case)))
        for row, (key, label, value) in enumerate(rows):
            grid.addWidget(_label(card, label, "helpText"), row, 0, Qt.AlignmentFlag.AlignTop)
            shown = _label(card, value)
            shown.setAccessibleName(label)
            grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
            self.facts[key] = shown
        card.column.addLayout(grid)
        if referral.status.sent_back:
            self.sent_back_label = _label(card, self.tr(
                "It was approved, then sent back here when its checks were run again and "
                "these no longer passed: {checks}.").format(
                    checks=failed_check_titles(referral.status.failed_checks)), "previewWarning")
            card.column.addWidget(self.sent_back_label)
        return card

    def _register(self, referral: Referral) -> QFrame:
        card = _Card(self)
        card.setAccessibleName(self.tr("Exports of this referral"))
        card.column.addWidget(_label(card, self.tr("Exports of this referral"), "cardTitle"))
        if not referral.exports:
            self.register_empty = _label(card, self.tr(
                "Not exported yet. Each export is listed here with who made it, when, and the "
                "start of the file's SHA-256."), "helpText")
            card.column.addWidget(self.register_empty)
            return card
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(2, 1)
        heads = (self.tr("When"), self.tr("By"), self.tr("SHA-256 starts"))
        for column, head in enumerate(heads):
            grid.addWidget(_label(card, head, "helpText"), 0, column)
        for row, export in enumerate(reversed(referral.exports), start=1):
            shown = (field_text.moment_text(export.exported_at), export.exported_by,
                     self.tr("{start}...").format(start=export.sha256[:16]))
            self.register.append(shown)
            for column, text in enumerate(shown):
                cell = _label(card, text)
                cell.setAccessibleName(heads[column])
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        card.column.addLayout(grid)
        asked = [e for e in referral.exports if e.deletion_requested_at]
        if asked:
            card.column.addWidget(_label(card, self.tr(
                "The recipient was asked to delete what they received on {moment}.").format(
                    moment=field_text.moment_text(asked[-1].deletion_requested_at or "")),
                "previewWarning"))
        return card

    def _risk(self, case: CaseRow | None) -> str:
        if case is None:
            return self.tr("Not shown: the case is not in your case list")
        if not case.risk_level:
            return self.tr("No risk assessment recorded yet")
        return field_text.risk_text(case.risk_level)

    def _own_words(self, referral: Referral) -> QFrame:
        draft = referral.draft
        card = _Card(self)
        card.column.addWidget(_label(card, self.tr("The referral's own words"), "cardTitle"))
        parts = [("purpose", self.tr("Purpose"), draft.purpose),
                 ("reason", self.tr("Why she is being referred"), draft.reason)]
        if draft.assessment is not None:
            parts.append(("assessment", self.tr("Risk assessment named as the reason"),
                          self.tr("Number {number}").format(number=draft.assessment)))
        if draft.legal_basis is not None:
            parts.append(("basis", self.tr("Shared without her consent on this basis"),
                          draft.legal_basis.basis))
            parts.append(("why_no_consent", self.tr("Why her consent was not sought"),
                          draft.legal_basis.why_no_consent))
        for key, label, value in parts:
            card.column.addWidget(_label(card, label, "questionLabel"))
            shown = _label(card, value)
            shown.setAccessibleName(label)
            card.column.addWidget(shown)
            self.facts[key] = shown
        if draft.legal_basis is not None:
            card.column.addWidget(_label(card, self.tr(
                "Your approval is the sign-off for sharing without her consent."),
                "previewWarning"))
        return card

    def fact(self, key: str) -> str:
        return self.facts[key].text()
