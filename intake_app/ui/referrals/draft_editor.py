"""The words of one referral as a caseworker drafts them: the recipient, the kinds of
information, purpose and reason, the assessment named as the reason, the people who must not
be told, an optional legal basis for sharing without her consent, and the safe-referral
checklist's questions.

The editor only collects; ``raw()`` gives DRAFT.json's shape (``domain/referrals/model.py``),
which the page hands to ``ReferralService.preview`` / ``draft`` / ``update``, and the problems
the service finds come back through ``show_problems``, each beside its field. Choosing a
recipient sets the classes to its defaults; only the classes it receives are offered
(immigration only for a named agency). The checklist's items are those asked for this
recipient and her immigration status (``checklists.asked_items`` on ``checklist_facts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import Directory, Recipient, recipient_of
from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_validation import Problem
from intake_app.domain.checklists import Definition, asked_items
from intake_app.domain.consent import SHAREABLE_CLASSES
from intake_app.domain.errors import NotFound
from intake_app.domain.referrals import ReferralDraft, checklist_facts, default_classes
from intake_app.ui.cases.view_tabs.consent_words import class_text, recipient_name
from intake_app.ui.common import form_parts
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.common.no_copy import SealedPlainTextEdit, guard
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import MultilineEditor, TextEditor, place_ticks
from intake_app.ui.questions.field_row import ProblemLabel, question_row
from intake_app.ui.referrals.words import referral_text
from intake_app.ui.risk import words
from intake_app.ui.risk.item_row import ItemRow

#: The draft's keys in the order problems are shown (and focus goes to the first).
FIELD_ORDER = ("recipient", "classes", "purpose", "reason", "assessment", "do_not_tell",
               "legal_basis", "legal_basis.basis", "legal_basis.why_no_consent")


class DraftEditor(QFrame):
    """``edited()`` whenever anything is chosen or typed."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.directory: Directory | None = None
        self.recipient: Recipient | None = None
        self.checklist: Definition | None = None
        self.immigration_status: object = None
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self.item_rows: dict[str, ItemRow] = {}
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        self.title = QLabel(self.tr("A referral for her"), self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(14)
        self._grid.setVerticalSpacing(12)
        self._grid.setColumnStretch(1, 1)
        self._row = 0
        layout.addLayout(self._grid)

        self.recipient_box = QComboBox(self)
        self.recipient_box.setMinimumWidth(260)
        self.recipient_box.setPlaceholderText(self.tr("Choose who would receive it"))
        self._add_row("recipient", self.tr("Who would receive it (needed)"),
                      self.recipient_box, self.recipient_box)

        classes = QVBoxLayout()
        classes.setSpacing(6)
        self.ticks = QGridLayout()
        self.ticks.setHorizontalSpacing(18)
        self.ticks.setVerticalSpacing(4)
        self.class_boxes: dict[Sensitivity, QCheckBox] = {}
        for sensitivity in SHAREABLE_CLASSES:
            box = QCheckBox(class_text(sensitivity), self)
            box.toggled.connect(self._changed)
            self.class_boxes[sensitivity] = box
        classes.addLayout(self.ticks)
        self.classes_note = QLabel(self.tr(
            "Only what this recipient may receive is offered. Immigration information can go "
            "only to a named agency, and only with her consent."), self)
        self.classes_note.setObjectName("helpText")
        self.classes_note.setWordWrap(True)
        classes.addWidget(self.classes_note)
        self._add_row("classes", self.tr("What to include (needed)"), classes,
                      self.class_boxes[SHAREABLE_CLASSES[0]])

        self.purpose = TextEditor(self)
        self._add_row("purpose", self.tr("What it is for (needed)"), self.purpose,
                      self.purpose.focus_widget(), help_text=self.tr(
                          "In the words of her consent, such as \u201cRefuge space\u201d."))
        self.reason = MultilineEditor(self)
        self._add_row("reason", self.tr("Why she is being referred (needed)"), self.reason,
                      self.reason.focus_widget())
        self.assessment_box = QComboBox(self)
        self.assessment_box.setMinimumWidth(260)
        self._add_row("assessment", self.tr("Risk assessment named as the reason"),
                      self.assessment_box, self.assessment_box)
        self.do_not_tell = SealedPlainTextEdit(self)
        guard(self.do_not_tell)
        self.do_not_tell.setTabChangesFocus(True)
        self.do_not_tell.setFixedHeight(self.do_not_tell.fontMetrics().lineSpacing() * 3 + 14)
        self._add_row("do_not_tell", self.tr("Who must not be told"), self.do_not_tell,
                      self.do_not_tell, help_text=self.tr("One name on each line."))
        layout.addWidget(self._legal_basis())
        layout.addWidget(self._checklist_block())
        for editor in (self.purpose, self.reason, self.legal_basis_text, self.why_no_consent):
            editor.edited.connect(self._changed)
        self.do_not_tell.textChanged.connect(self._changed)
        self.assessment_box.currentIndexChanged.connect(self._changed)
        self.recipient_box.currentIndexChanged.connect(self._recipient_chosen)

    # --- building ------------------------------------------------------------------------

    def _add_row(self, key: str, text: str, editor: QWidget | QLayout, focus: QWidget, *,
                 help_text: str = "", grid: QGridLayout | None = None,
                 parent: QWidget | None = None) -> None:
        grid = grid or self._grid
        row = grid.rowCount() if grid is not self._grid else self._row
        label, problem = question_row(grid, row, parent or self, text, editor, focus,
                                      help_text=help_text, label_width=(150, 200))
        if grid is self._grid:
            self._row += 1
        self.labels[key] = label
        self.problems[key] = problem

    def _legal_basis(self) -> QWidget:
        block = QWidget(self)
        column = QVBoxLayout(block)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.without_consent, tick_row = form_parts.wrapped_check(
            block, self.tr("Share without her consent, on a legal basis"),
            self.tr("Share without her consent, on a legal basis"))
        column.addWidget(tick_row)
        self.problems["legal_basis"] = ProblemLabel(block)
        column.addWidget(self.problems["legal_basis"])
        self.basis_panel = QFrame(block)
        self.basis_panel.setObjectName("sensitiveNotice")
        self.basis_panel.setProperty("immigration", "may")
        inner = QVBoxLayout(self.basis_panel)
        inner.setContentsMargins(14, 10, 14, 12)
        inner.setSpacing(8)
        self.basis_warning = QLabel(self.tr(
            "Only when the law allows it, such as to protect her or a child from serious harm. "
            "A supervisor signs this off when approving the referral, and it never covers "
            "immigration information."), self.basis_panel)
        self.basis_warning.setObjectName("sensitiveText")
        self.basis_warning.setWordWrap(True)
        inner.addWidget(self.basis_warning)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.legal_basis_text = TextEditor(self.basis_panel)
        self._add_row("legal_basis.basis", self.tr("Which legal basis (needed)"),
                      self.legal_basis_text, self.legal_basis_text.focus_widget(), grid=grid,
                      parent=self.basis_panel)
        self.why_no_consent = MultilineEditor(self.basis_panel)
        self._add_row("legal_basis.why_no_consent",
                      self.tr("Why her consent was not sought (needed)"), self.why_no_consent,
                      self.why_no_consent.focus_widget(), grid=grid, parent=self.basis_panel)
        inner.addLayout(grid)
        self.basis_panel.hide()
        column.addWidget(self.basis_panel)
        self.without_consent.toggled.connect(self._basis_toggled)
        return block

    def _checklist_block(self) -> QWidget:
        block = QWidget(self)
        self.checklist_block = block
        self.checklist_column = QVBoxLayout(block)
        self.checklist_column.setContentsMargins(0, 6, 0, 0)
        self.checklist_column.setSpacing(14)
        self.checklist_title = QLabel(self.tr("Safe referral: what she has been told"), block)
        self.checklist_title.setObjectName("questionLabel")
        self.checklist_column.addWidget(self.checklist_title)
        self.checklist_intro = QLabel(block)
        self.checklist_intro.setObjectName("helpText")
        self.checklist_intro.setWordWrap(True)
        self.checklist_column.addWidget(self.checklist_intro)
        return block

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)

    # --- filling -------------------------------------------------------------------------

    def start(self, directory: Directory, checklist: Definition, immigration_status: object,
              assessments: Sequence[AssessmentRecord],
              draft: ReferralDraft | None = None) -> None:
        """Empty (or showing ``draft``), with ``directory``'s recipients to choose from, the
        case's completed ``assessments`` to name, and ``checklist``'s questions asked for her
        ``immigration_status`` (the case's answer)."""
        self._filling = True
        self.directory, self.checklist = directory, checklist
        self.immigration_status = immigration_status
        self.recipient_box.blockSignals(True)
        self.recipient_box.clear()
        for kind in directory.kinds:
            self.recipient_box.addItem(recipient_name(directory, kind.ref), kind.ref)
        for agency in directory.agencies:
            self.recipient_box.addItem(recipient_name(directory, agency.ref), agency.ref)
        self.recipient_box.setCurrentIndex(-1)
        self.recipient_box.blockSignals(False)
        self.assessment_box.clear()
        self.assessment_box.addItem(self.tr("None"), None)
        for record in sorted(assessments, key=lambda a: a.completed_at, reverse=True):
            self.assessment_box.addItem(self.tr("Number {number}, completed {moment}").format(
                number=record.id, moment=field_text.moment_text(record.completed_at)),
                record.id)
        self._build_items(checklist)
        self.checklist_intro.setText(
            words.shown(checklist, checklist.description) if checklist.description else "")
        self.checklist_intro.setVisible(bool(self.checklist_intro.text()))
        self.title.setText(self.tr("A new referral for her") if draft is None
                           else self.tr("Referral: her words to send"))
        self._fill(draft)
        self._filling = False
        self.clear_problems()

    def _build_items(self, checklist: Definition) -> None:
        for row in self.item_rows.values():
            self.checklist_column.removeWidget(row)
            row.deleteLater()
        self.item_rows = {}
        parent = self.checklist_block
        for item in checklist.items():
            row = ItemRow(checklist, item, parent)
            row.changed.connect(self._changed)
            self.checklist_column.addWidget(row)
            self.item_rows[item.id] = row

    def _fill(self, draft: ReferralDraft | None) -> None:
        if draft is not None:
            self.choose_recipient(draft.recipient)
        else:
            self._recipient_chosen()
        for sensitivity, box in self.class_boxes.items():
            box.setChecked(draft is not None and sensitivity in draft.classes)
        self.purpose.set_value(draft.purpose if draft else "")
        self.reason.set_value(draft.reason if draft else "")
        index = self.assessment_box.findData(draft.assessment) if draft and draft.assessment \
            else 0
        self.assessment_box.setCurrentIndex(max(index, 0))
        self.do_not_tell.setPlainText("\n".join(draft.do_not_tell) if draft else "")
        basis = draft.legal_basis if draft else None
        self.without_consent.setChecked(basis is not None)
        self.legal_basis_text.set_value(basis.basis if basis else "")
        self.why_no_consent.set_value(basis.why_no_consent if basis else "")
        for item_id, row in self.item_rows.items():
            answer = draft.answers.get(item_id) if draft else None
            row.set_draft(answer.to_json() if answer is not None else None)
        self._show_asked()

    def choose_recipient(self, ref: str) -> None:
        index = self.recipient_box.findData(ref)
        if index >= 0:
            self.recipient_box.setCurrentIndex(index)

    def _recipient_chosen(self) -> None:
        ref = self.recipient_box.currentData()
        self.recipient = None
        if isinstance(ref, str) and self.directory is not None:
            try:
                self.recipient = recipient_of(self.directory, ref)
            except NotFound:
                self.recipient = None
        defaults = default_classes(self.recipient) if self.recipient else frozenset()
        filling, self._filling = self._filling, True
        for sensitivity, box in self.class_boxes.items():
            box.setChecked(sensitivity in defaults)
        self._filling = filling
        self._place_ticks()
        self._show_asked()
        self._changed()

    def _offered(self) -> tuple[Sensitivity, ...]:
        recipient = self.recipient
        if recipient is None:
            return ()
        return tuple(c for c in SHAREABLE_CLASSES if c in recipient.receives or (
            c is Sensitivity.IMMIGRATION and recipient.agency is not None))

    def _place_ticks(self) -> None:
        while self.ticks.takeAt(0) is not None:
            pass
        offered = self._offered()
        for sensitivity, box in self.class_boxes.items():
            box.setVisible(sensitivity in offered)
        place_ticks(self.ticks, tuple(self.class_boxes[c] for c in offered))
        fit_height(self)

    def _show_asked(self) -> None:
        """Only the checklist items asked for this recipient and her status."""
        if self.checklist is None:
            return
        asked: set[str] = set()
        if self.recipient is not None:
            facts = checklist_facts(self.recipient, self.immigration_status)
            asked = {item.id for item in asked_items(self.checklist, {}, facts)}
        for item_id, row in self.item_rows.items():
            row.setVisible(item_id in asked)
        self.checklist_block.setVisible(bool(asked))
        fit_height(self)

    def _basis_toggled(self, on: bool) -> None:
        self.basis_panel.setVisible(on)
        fit_height(self)
        self._changed()

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.recipient_box, self.assessment_box, self.without_consent,
                       *self.class_boxes.values(), *self.item_rows.values()):
            widget.setEnabled(not read_only)
        self.do_not_tell.setReadOnly(read_only)
        for editor in (self.purpose, self.reason, self.legal_basis_text, self.why_no_consent):
            editor.setEnabled(not read_only)

    # --- reading -------------------------------------------------------------------------

    def asked(self) -> list[str]:
        """The checklist items shown now, in order."""
        return [i for i, row in self.item_rows.items() if not row.isHidden()]

    @staticmethod
    def _text(value: object) -> str:
        return value if isinstance(value, str) else ""

    def raw(self) -> dict[str, Any]:
        """DRAFT.json's shape of what is chosen and typed (the service checks it)."""
        ref = self.recipient_box.currentData()
        offered = self._offered()
        names = [line.strip() for line in self.do_not_tell.toPlainText().splitlines()
                 if line.strip()]
        basis = None
        if self.without_consent.isChecked():
            basis = {"basis": self._text(self.legal_basis_text.value()),
                     "why_no_consent": self._text(self.why_no_consent.value())}
        answers: dict[str, object] = {}
        for item_id in self.asked():
            answer = self.item_rows[item_id].answer()
            if answer is not None:
                answers[item_id] = {k: v for k, v in answer.items() if v or k == "answer"}
        return {
            "recipient": ref if isinstance(ref, str) else "",
            "classes": [c.value for c in offered if self.class_boxes[c].isChecked()],
            "purpose": self._text(self.purpose.value()),
            "reason": self._text(self.reason.value()),
            "assessment": self.assessment_box.currentData(),
            "do_not_tell": names,
            "legal_basis": basis,
            "answers": answers,
        }

    # --- problems ------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.set_messages([])
        for row in self.item_rows.values():
            row.set_problem("")

    def show_problems(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        """Each problem beside its field, a checklist answer's beside its question."""
        self.clear_problems()
        for key, found in problems.items():
            texts = [referral_text(p.message) for p in found]
            if key.startswith("answers.") and key[len("answers."):] in self.item_rows:
                self.item_rows[key[len("answers."):]].set_problem("\n".join(texts))
            else:
                self.problems.get(key, self.problems["recipient"]).set_messages(texts)
        fit_height(self)

    def focus_first_problem(self) -> None:
        for key in FIELD_ORDER:
            if not self.problems[key].isHidden():
                buddy = self.labels[key].buddy() if key in self.labels else None
                (buddy or self.without_consent).setFocus(Qt.FocusReason.OtherFocusReason)
                return
