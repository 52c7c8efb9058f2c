"""The guided intake: one page per section of the case record, saved as the worker types.

Pages are generated from the field declarations (``domain/case_model.py``). The worker can move
through them in order or jump to any section from the list on the left: conversations are not
linear. Nothing typed is ever thrown away -- not by validation (problems are explained beside
the field), not by leaving a page, closing, locking or a crash (the draft is in the vault a
second after typing stops). Opening the wizard again resumes the newest unfinished intake.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import Answer
from intake_app.domain.case_model import BY_KEY, Section
from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import (
    IntakeError,
    NotFound,
    UnstorableText,
    ValidationFailed,
    VaultLocked,
)
from intake_app.services.cases import CaseService
from intake_app.ui.cases.intake_pages import FinishPage, SectionPage
from intake_app.ui.common import messages, theme
from intake_app.ui.common.draft_saver import DraftSaver
from intake_app.ui.common.save_on_hide import SaveOnHide
from intake_app.ui.common.side_list import fit_width, section_list
from intake_app.ui.questions import field_text

VALIDATE_MS = 300


class IntakeWizard(QWidget):
    """``case_created(reference)`` once the intake is a case; ``close_requested`` when the
    worker chooses "Save and close" (the draft stays in the vault)."""

    case_created = Signal(str)
    close_requested = Signal()

    def __init__(self, case_service: CaseService, parent: QWidget | None = None, *,
                 draft_id: int | None = None, resume: bool = True) -> None:
        super().__init__(parent)
        self.service = case_service
        self.setObjectName("caseWork")
        self.setAccessibleName(self.tr("New intake"))
        theme.apply_case_work(self)
        self.pages: list[SectionPage] = [SectionPage(section) for section in Section]
        self.finish_page = FinishPage()
        self._touched: set[str] = set()
        self._left_sections: set[Section] = set()
        self._finish_attempted = False
        self._problems: dict[str, list[Problem]] = {}
        self.saver = DraftSaver(case_service, self.values, self)
        # Quick exit and locking hide the window before the vault closes: save first.
        self.save_on_hide = SaveOnHide(self, self.saver)
        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_MS)
        self._validate_timer.timeout.connect(self.revalidate)
        self._build()
        for page in self.pages:
            page.form.changed.connect(self._changed)
        self.finish_page.go_to.connect(self.show_question)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._save_failed)
        self._resume(draft_id, resume)
        self._show_page(0)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        side = QFrame(self)
        side.setObjectName("wizardSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, theme.PAGE_MARGIN, 0, 0)
        heading = QLabel(self.tr("New intake"), side)
        heading.setObjectName("cardTitle")
        heading.setContentsMargins(12, 0, 12, 6)
        side_layout.addWidget(heading)
        self.section_list = section_list(side, self.tr("Intake sections"))
        for page in self.pages:
            self.section_list.addItem(field_text.section_title(page.section))
        self.section_list.addItem(self.tr("Check and finish"))
        fit_width(self.section_list)
        side_layout.addWidget(self.section_list, 1)
        outer.addWidget(side)

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        self.banner = self._resume_banner()
        main.addWidget(self.banner)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
        self.stack.addWidget(self.finish_page)
        main.addWidget(self.stack, 1)
        main.addWidget(self._bottom_bar())
        outer.addLayout(main, 1)
        self.section_list.currentRowChanged.connect(self._list_row_changed)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self, self.next_page)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self, self.previous_page)

    def _resume_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("resumeBanner")
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(theme.PAGE_MARGIN, 10, theme.PAGE_MARGIN, 10)
        self.banner_text = QLabel(banner)
        self.banner_text.setWordWrap(True)
        layout.addWidget(self.banner_text, 1)
        self.start_blank = QPushButton(self.tr("Start a blank intake instead"), banner)
        self.start_blank.setToolTip(self.tr("The intake you started stays saved as a draft."))
        layout.addWidget(self.start_blank)
        self.start_blank.clicked.connect(self.start_blank_intake)
        banner.hide()
        return banner

    def _bottom_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("bottomBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 12)
        layout.setSpacing(10)
        self.save_status = QLabel(self.tr("Nothing typed yet."), bar)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Draft status"))
        layout.addWidget(self.save_status, 1)
        self.close_button = QPushButton(self.tr("Save and close"), bar)
        self.back_button = QPushButton(self.tr("Back"), bar)
        self.next_button = QPushButton(bar)
        self.next_button.setObjectName("primaryButton")
        self.next_button.setDefault(True)
        for button in (self.close_button, self.back_button, self.next_button):
            layout.addWidget(button)
        self.close_button.clicked.connect(self._save_and_close)
        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self._next_clicked)
        return bar

    # --- values ------------------------------------------------------------------------------

    def values(self) -> dict[str, Answer]:
        out: dict[str, Answer] = {}
        for page in self.pages:
            out.update(page.form.values())
        return out

    def set_values(self, values: dict[str, Answer]) -> None:
        for page in self.pages:
            page.form.set_values(values)

    def page_for(self, key: str) -> int:
        field = BY_KEY.get(key)
        for index, page in enumerate(self.pages):
            if field is not None and page.section == field.section:
                return index
        return len(self.pages)

    # --- drafts ------------------------------------------------------------------------------

    def _resume(self, draft_id: int | None, resume: bool) -> None:
        if draft_id is None and resume:
            try:
                unfinished = [d for d in self.service.list_drafts() if d.case_reference is None]
            except IntakeError:
                unfinished = []
            draft_id = unfinished[0].id if unfinished else None
        if draft_id is None:
            return
        try:
            draft = self.service.load_draft(draft_id)
        except NotFound:
            return
        self.set_values(dict(draft.values))
        self._touched = set(draft.values)
        self.saver.restart(draft.id)
        self.banner_text.setText(self.tr(
            "You are continuing an intake started earlier. Everything typed so far has been "
            "kept."))
        self.banner.show()
        self.save_status.setText(self.tr("Draft saved."))
        self.revalidate()

    def start_blank_intake(self) -> None:
        """Keep the current draft in the vault and begin an empty one."""
        if not self.saver.flush():
            return
        self.saver.restart(None)
        self.set_values({})
        self._touched.clear()
        self._left_sections.clear()
        self._finish_attempted = False
        self.banner.hide()
        self.save_status.setText(self.tr("Nothing typed yet."))
        self.revalidate()
        self._show_page(0)

    def save_now(self) -> bool:
        """Write any pending typing to the draft at once (before a lock or a quick exit)."""
        return self.saver.flush()

    def _changed(self, key: str) -> None:
        self._touched.add(key)
        self.saver.touch()
        self._validate_timer.start()
        self.save_status.setText(self.tr("Saving\u2026"))

    def _saved(self) -> None:
        self.save_status.setText(self.tr("Draft saved at {time}.").format(
            time=QTime.currentTime().toString("HH:mm")))

    def _save_failed(self, exc: object) -> None:
        if isinstance(exc, VaultLocked):
            self.save_status.setText(self.tr("Not saved yet: the vault is locked. What you "
                                             "typed is kept here and saved after unlocking."))
        elif isinstance(exc, UnstorableText):
            # Retrying cannot help: say which answers to correct, and show it beside them.
            self._touched.update(exc.problems)
            self.save_status.setText(messages.describe(exc))
            self.revalidate()
        else:
            self.save_status.setText(self.tr("The draft could not be saved just now. What you "
                                             "typed is still here; it will be tried again."))

    # --- validation --------------------------------------------------------------------------

    def revalidate(self) -> None:
        """Show each field's problems -- for fields the worker has touched, pages already
        left, and everything once finishing was tried."""
        self._validate_timer.stop()
        try:
            self._problems = self.service.validate(self.values())
        except IntakeError:  # locked just now: the messages on screen stay until unlocked
            return
        shown = {key: problems for key, problems in self._problems.items()
                 if self._finish_attempted or key in self._touched
                 or (key in BY_KEY and BY_KEY[key].section in self._left_sections)}
        for index, page in enumerate(self.pages):
            page.form.set_problems(shown)
            count = sum(1 for ps in (shown.get(k, []) for k in page.form.question_keys())
                        for p in ps if p.blocking)
            title = field_text.section_title(page.section)
            item = self.section_list.item(index)
            item.setText(title if not count else self.tr("{section} \u2014 to check").format(
                section=title))
        if self.stack.currentWidget() is self.finish_page:
            self.finish_page.update_summary(self.values(), self._problems)

    # --- navigation --------------------------------------------------------------------------

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def _list_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.stack.currentIndex():
            self._show_page(row)

    def _show_page(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        previous = self.stack.currentIndex()
        if previous != index and 0 <= previous < len(self.pages):
            self._left_sections.add(self.pages[previous].section)
        self.saver.flush()
        self.stack.setCurrentIndex(index)
        blocked = self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(index)
        self.section_list.blockSignals(blocked)
        self.revalidate()
        last = index == self.stack.count() - 1
        self.back_button.setEnabled(index > 0)
        if last:
            self.next_button.setText(self.tr("Finish intake"))
        else:
            following = (field_text.section_title(self.pages[index + 1].section)
                         if index + 1 < len(self.pages) else self.tr("Check and finish"))
            self.next_button.setText(self.tr("Next: {section}").format(section=following))

    def next_page(self) -> None:
        self._show_page(self.stack.currentIndex() + 1)

    def previous_page(self) -> None:
        self._show_page(self.stack.currentIndex() - 1)

    def show_question(self, key: str) -> None:
        index = self.page_for(key)
        self._show_page(index)
        if index < len(self.pages):
            page = self.pages[index]
            page.scroll_to_key(key)
            page.form.focus_key(key)

    def _next_clicked(self) -> None:
        if self.stack.currentIndex() == self.stack.count() - 1:
            self.finish()
        else:
            self.next_page()

    def _save_and_close(self) -> None:
        if self.saver.flush():  # a failed save keeps the tab open (its status line says why)
            self.close_requested.emit()

    # --- finishing ---------------------------------------------------------------------------

    def finish(self) -> str | None:
        """Turn the draft into a case. Returns the reference, or None when answers still
        need attention (they are shown beside their fields and on the last page)."""
        self._finish_attempted = True
        self.revalidate()
        if any(p.blocking for ps in self._problems.values() for p in ps):
            self._show_page(self.stack.count() - 1)
            return None
        if not self.saver.flush() or self.saver.draft_id is None:
            return None
        try:
            reference = self.service.submit_draft(self.saver.draft_id)
        except ValidationFailed as exc:
            self._problems = {k: list(v) for k, v in exc.problems.items()}
            self.finish_page.update_summary(self.values(), self._problems)
            self._show_page(self.stack.count() - 1)
            return None
        except IntakeError as exc:
            self._save_failed(exc)
            return None
        self.saver.stop()
        self.save_status.setText(self.tr("The intake has been saved as a case."))
        self.case_created.emit(reference)
        return reference
