"""Safety plan: what she and her caseworker have worked out, section by section, with a review
date and the day it was last discussed with her; every saved version in History.

The plan is kept through ``SafetyPlanService`` only (nothing of it leaves the vault). Save
records a new version when something changed and says so when nothing did. The form
remembers the version it was loaded from: when someone else saved since, their changes to
other parts are kept and hers go on top; when both changed the same part the service refuses
(``EditConflict``), and the tab says which parts, keeps her wording for the parts she changed,
shows the other person's changes to the rest, and a second Save keeps hers.

Like the intake tab, what she typed is not lost when the window is hidden (quick exit,
locking): the plan has no draft store, so hiding the tab saves the plan as a version
(``SaveOnHide``); a save that cannot be made (a date to fix, a conflict) keeps the typing in
the form and says why. A closed case is read only, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import NOT_ASKED
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.errors import EditConflict, IntakeError, RecordRefused
from intake_app.domain.roles import Action, allowed
from intake_app.domain.safety_plan import (
    BY_KEY,
    DATES,
    DISCUSSED_KEY,
    REVIEW_KEY,
    SECTIONS,
    SafetyPlan,
    SafetyPlanInput,
    SafetyPlanVersion,
    changed_keys,
    with_changes,
)
from intake_app.services.safety_plan import SafetyPlanService
from intake_app.ui.common import form_parts, messages, theme
from intake_app.ui.common.save_on_hide import SaveOnHide
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import DateEditor, MultilineEditor
from intake_app.ui.questions.field_row import ProblemLabel

VersionRole = int(Qt.ItemDataRole.UserRole) + 1


def plan_words(text: str) -> str:
    """A label, help text or problem of the plan, marked in the domain (context
    ``SafetyPlan``), in the worker's language."""
    return QCoreApplication.translate("SafetyPlan", text)


def part_label(key: str) -> str:
    """The name of a section or date of the plan."""
    part = BY_KEY.get(key)
    return plan_words(part.label) if part is not None else key


class _PlanReader(QWidget):
    """One version of the plan, read only: each section that has text, then the dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 12)
        self._layout.setSpacing(6)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self._layout.addWidget(self.title)
        self._parts: list[QWidget] = []
        self._layout.addStretch(1)

    def texts(self) -> list[str]:
        """What the reader shows, top to bottom (its title first)."""
        return [self.title.text(), *(part.text() for part in self._parts
                                     if isinstance(part, QLabel))]

    def show_version(self, version: SafetyPlanVersion) -> None:
        for part in self._parts:
            self._layout.removeWidget(part)
            part.hide()
            part.deleteLater()
        self._parts = []
        self.title.setText(self.tr("Version {version}, saved by {user} on {when}").format(
            version=version.version, user=version.saved_by,
            when=field_text.moment_text(version.saved_at)))
        plan = version.plan
        rows: list[tuple[str, str]] = [(section.key, plan.text(section.key))
                                       for section in SECTIONS if plan.text(section.key)]
        for key, value in ((REVIEW_KEY, plan.review_on), (DISCUSSED_KEY, plan.discussed_on)):
            if value is not None:
                rows.append((key, field_text.date_text(value)))
        if not rows:
            rows.append(("", self.tr("Nothing was written in this version.")))
        at = 1
        for key, text in rows:
            if key:
                label = QLabel(part_label(key), self)
                label.setObjectName("questionLabel")
                label.setWordWrap(True)
                if key in version.changed:
                    label.setText(self.tr("{part} (changed in this version)").format(
                        part=part_label(key)))
                self._layout.insertWidget(at, label)
                self._parts.append(label)
                at += 1
            value_label = QLabel(text, self)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.setWordWrap(True)
            if not key:
                value_label.setObjectName("helpText")
            self._layout.insertWidget(at, value_label)
            self._parts.append(value_label)
            at += 1


class PlanHistory(QWidget):
    """Every saved version, newest first (who, when, which parts changed), and the selected
    version as it read. ``closed`` when the worker goes back to the plan."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[SafetyPlanVersion] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        head = QHBoxLayout()
        head.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 8)
        title = QLabel(self.tr("History of the safety plan"), self)
        title.setObjectName("questionLabel")
        head.addWidget(title, 1)
        self.back_button = form_parts.secondary_button(
            self, self.tr("Back to the plan"), self.tr("Back to the plan"))
        head.addWidget(self.back_button)
        layout.addLayout(head)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.steps = QListWidget(splitter)
        self.steps.setObjectName("historySteps")
        self.steps.setAccessibleName(self.tr("Versions of the safety plan"))
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll = QScrollArea(splitter)
        surface = theme.scroll_page(scroll)
        surface_layout = QVBoxLayout(surface)
        surface_layout.setContentsMargins(0, 0, 0, 0)
        self.reader = _PlanReader(surface)
        surface_layout.addWidget(self.reader)
        scroll.setWidget(surface)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        layout.addWidget(splitter, 1)
        self.back_button.clicked.connect(self.closed)
        self.steps.currentRowChanged.connect(self._selected)

    def show_versions(self, versions: list[SafetyPlanVersion]) -> None:
        self.versions = sorted(versions, key=lambda v: v.version, reverse=True)
        self.steps.clear()
        for version in self.versions:
            parts = ", ".join(part_label(key) for key in version.changed)
            text = self.tr("Version {version}: {when}, by {user}\nChanged: {parts}").format(
                version=version.version, when=field_text.moment_text(version.saved_at),
                user=version.saved_by, parts=parts)
            item = QListWidgetItem(text)
            item.setData(VersionRole, version.version)
            self.steps.addItem(item)
        if self.versions:
            self.steps.setCurrentRow(0)

    def _selected(self, row: int) -> None:
        if 0 <= row < len(self.versions):
            self.reader.show_version(self.versions[row])

    def show_version(self, number: int) -> None:
        """Select version ``number`` (shown beside the list)."""
        for row, version in enumerate(self.versions):
            if version.version == number:
                self.steps.setCurrentRow(row)


class _PlanSaver:
    """What ``SaveOnHide`` needs: the typing not yet saved, and a way to save it now."""

    def __init__(self, tab: SafetyPlanTab) -> None:
        self._tab = tab

    @property
    def pending(self) -> bool:
        return self._tab.dirty and not self._tab.read_only

    def flush(self) -> bool:
        return not self.pending or self._tab.save()


class SafetyPlanTab(QWidget):
    """``saved(reference)`` after each save that recorded a version."""

    saved = Signal(str)

    def __init__(self, service: SafetyPlanService, reference: str,
                 status: Callable[[], CaseStatus], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.reference = reference
        self._status = status
        self.plan: SafetyPlan | None = None
        self._base: SafetyPlanInput = SafetyPlanInput()  # what the form was loaded from
        self.dirty = False
        self.read_only = False
        self._may_write = allowed(service.vault.role, Action.SAFETY_PLAN_WRITE)
        self.sections: dict[str, MultilineEditor] = {}
        self.dates: dict[str, DateEditor] = {}
        self.problems: dict[str, ProblemLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._editor_page())
        self.history = PlanHistory(self)
        self.stack.addWidget(self.history)
        outer.addWidget(self._bar())
        self.history.closed.connect(self.show_plan)
        self.save_on_hide = SaveOnHide(self, _PlanSaver(self))
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _editor_page(self) -> QScrollArea:
        scroll = QScrollArea(self)
        self.plan_scroll = scroll
        surface = theme.scroll_page(scroll)
        inner, layout = theme.reading_column(surface)
        intro = QLabel(self.tr(
            "Work through the parts that matter to her, in her words. Nothing in the safety "
            "plan ever leaves this laptop."), inner)
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.closed_note = QLabel(self.tr(
            "This case is closed, so the plan can be read but not changed. Reopen the case on "
            "the Overview tab to change it."), inner)
        self.closed_note.setObjectName("helpText")
        self.closed_note.setWordWrap(True)
        self.closed_note.hide()
        layout.addWidget(self.closed_note)
        for section in SECTIONS:
            editor = MultilineEditor(inner)
            editor.text.setAccessibleName(plan_words(section.label))
            self.sections[section.key] = editor
            layout.addWidget(self._part(inner, section.key, editor, plan_words(section.help)))
        dates = QFrame(inner)
        dates.setObjectName("recordCard")
        dates_layout = QVBoxLayout(dates)
        dates_layout.setContentsMargins(14, 10, 14, 12)
        dates_layout.setSpacing(8)
        for part in DATES:
            editor_d = DateEditor(dates)
            editor_d.focus_widget().setAccessibleName(plan_words(part.label))
            self.dates[part.key] = editor_d
            dates_layout.addWidget(self._part(dates, part.key, editor_d, ""))
        layout.addWidget(dates)
        layout.addStretch(1)
        scroll.setWidget(surface)
        return scroll

    def _part(self, parent: QWidget, key: str, editor: MultilineEditor | DateEditor,
              help_text: str) -> QWidget:
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        label = QLabel(part_label(key), box)
        label.setObjectName("questionLabel")
        label.setWordWrap(True)
        label.setBuddy(editor.focus_widget())
        column.addWidget(label)
        if help_text:
            helper = QLabel(help_text, box)
            helper.setObjectName("helpText")
            helper.setWordWrap(True)
            column.addWidget(helper)
        column.addWidget(editor)
        problem = ProblemLabel(box)
        self.problems[key] = problem
        column.addWidget(problem)
        editor.edited.connect(self._edited)
        return box

    def _bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("bottomBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 12)
        row.setSpacing(10)
        self.status = QLabel(bar)
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        row.addWidget(self.status, 1)
        self.history_button = QPushButton(self.tr("History"), bar)
        self.history_button.setAccessibleName(self.tr("History of the safety plan"))
        self.history_button.setAutoDefault(False)
        self.save_button = QPushButton(self.tr("Save the plan"), bar)
        self.save_button.setObjectName("primaryButton")
        row.addWidget(self.history_button)
        row.addWidget(self.save_button)
        self.history_button.clicked.connect(self.show_history)
        self.save_button.clicked.connect(self.save)
        return bar

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the plan as it is now into the form (typing not saved is replaced)."""
        try:
            self.plan = self.service.get_plan(self.reference)
        except IntakeError as exc:
            self.status.setText(messages.describe(exc))
            return
        self._base = self.plan.plan if self.plan is not None else SafetyPlanInput()
        self._fill(self._base)
        self.dirty = False
        self._clear_problems()
        self._update_state()
        if self.plan is None:
            self.status.setText(self.tr("No safety plan has been written for this case yet."))
        else:
            self.status.setText(self.tr(
                "Version {version}, last saved by {user} on {when}.").format(
                    version=self.plan.version, user=self.plan.updated_by,
                    when=field_text.moment_text(self.plan.updated_at)))

    def _fill(self, plan: SafetyPlanInput) -> None:
        for key, editor in self.sections.items():
            editor.set_value(plan.text(key) or NOT_ASKED)
        self.dates[REVIEW_KEY].set_value(plan.review_on or NOT_ASKED)
        self.dates[DISCUSSED_KEY].set_value(plan.discussed_on or NOT_ASKED)

    def showEvent(self, event: QShowEvent) -> None:
        self._update_state()  # the case may have been closed or reopened meanwhile
        super().showEvent(event)

    def _update_state(self) -> None:
        self.read_only = self._status() is CaseStatus.CLOSED or not self._may_write
        self.closed_note.setVisible(self._status() is CaseStatus.CLOSED)
        for editor in self.sections.values():
            editor.text.setReadOnly(self.read_only)
        for editor_d in self.dates.values():
            editor_d.line.setReadOnly(self.read_only)
        self.save_button.setEnabled(not self.read_only and self.dirty)

    def _edited(self) -> None:
        if self.read_only:
            return
        self.dirty = True
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Unsaved changes to the plan. They are saved when you "
                                    "press Save or leave this tab."))

    # --- saving ---------------------------------------------------------------------------

    def written(self) -> SafetyPlanInput | None:
        """The plan as the form has it; None (with the problems shown) when a date cannot be
        read."""
        self._clear_problems()
        sections = {key: text for key, editor in self.sections.items()
                    if isinstance(text := editor.value(), str)}
        days: dict[str, date | None] = {}
        readable = True
        for key, editor_d in self.dates.items():
            value = editor_d.value()
            if isinstance(value, date):
                days[key] = value
            elif value is NOT_ASKED:
                days[key] = None
            else:
                readable = False
                self.problems[key].set_messages([self.tr(
                    "This is not a date that can be read. Type it as day/month/year, for "
                    "example 04/11/2026. What you typed is kept.")])
        if not readable:
            return None
        return SafetyPlanInput(sections, days[REVIEW_KEY], days[DISCUSSED_KEY])

    def save(self) -> bool:
        """Save the form as the plan's next version. True when nothing is left unsaved."""
        if self.read_only:
            return False
        mine = self.written()
        if mine is None:
            self.status.setText(self.tr("The plan was not saved: a date needs correcting."))
            return False
        base = None if self.plan is None else self.plan.version
        try:
            saved = self.service.save_plan(self.reference, mine, base_version=base)
        except RecordRefused as exc:
            for key, problems in exc.problems.items():
                if key in self.problems:
                    self.problems[key].set_messages([plan_words(p.message) for p in problems])
            self.status.setText(self.tr("The plan was not saved: some parts need correcting. "
                                        "What you typed is kept."))
            return False
        except EditConflict as exc:
            self._conflict(mine, exc)
            return False
        except IntakeError as exc:
            self.status.setText(messages.describe(exc))
            return False
        unchanged = saved is None or (self.plan is not None and saved.version ==
                                      self.plan.version)
        self.reload()
        if unchanged:
            self.status.setText(self.tr("Nothing has changed since the plan was last saved, "
                                        "so nothing new was recorded."))
            return True
        assert saved is not None
        self.status.setText(self.tr("The plan was saved as version {version}.").format(
            version=saved.version))
        self.saved.emit(self.reference)
        return True

    def _conflict(self, mine: SafetyPlanInput, exc: EditConflict) -> None:
        """Someone else saved the same parts meanwhile: keep her wording for the parts she
        changed, show their changes to the rest, and let a second Save keep hers."""
        try:
            latest = self.service.get_plan(self.reference)
        except IntakeError as error:
            self.status.setText(messages.describe(error))
            return
        if latest is not None:
            ours = changed_keys(self._base, mine)
            self._fill(with_changes(latest.plan, mine, ours))
            self.plan, self._base = latest, latest.plan
        self.dirty = True
        for key in exc.keys:
            if key in self.problems:
                self.problems[key].set_messages([self.tr(
                    "Someone else changed this part since you opened the plan. Your wording "
                    "is kept here; their version is in History.")], blocking=False)
        self.status.setText(self.tr(
            "Not saved: someone else saved the plan meanwhile and changed the same parts "
            "({parts}). Your typing is kept. Look at History to compare, then press Save "
            "again to keep your wording.").format(
                parts=", ".join(part_label(key) for key in exc.keys)))

    def _clear_problems(self) -> None:
        for problem in self.problems.values():
            problem.set_messages([])

    # --- history --------------------------------------------------------------------------

    def show_history(self) -> None:
        try:
            versions = self.service.plan_history(self.reference)
        except IntakeError as exc:
            self.status.setText(messages.describe(exc))
            return
        self.history.show_versions(versions)
        self.stack.setCurrentWidget(self.history)
        self.history_button.setEnabled(False)

    def show_plan(self) -> None:
        self.stack.setCurrentIndex(0)
        self.history_button.setEnabled(True)
