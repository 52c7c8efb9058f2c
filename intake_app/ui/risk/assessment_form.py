"""A checklist as a guided form: one page per section, the way the intake wizard goes, then a
page to check, add professional judgement and complete.

Each item shows its help and takes its answer with a comment and the source of the
information; an item with a condition is shown only while the checklist asks it
(``asked_items`` on the answers so far and the case's facts). The count of "yes" so far is
always in view. The answers are a draft in the vault a second after each change and on every
page change, hide (lock, quick exit) and close, with the intake drafts' guarantees; opening the
same checklist again for the case resumes it. "Complete" hands everything to
``RiskService.assess``: on success the outcome is shown; unanswered scored items are marked
beside themselves and nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.checklists import Answer, Definition, asked_items
from intake_app.domain.checklists.model import YES, ItemKind
from intake_app.domain.errors import (
    AnswersInvalid,
    IntakeError,
    JudgementLowers,
    JudgementNeedsReason,
    JudgementRefused,
    UnansweredItems,
    VaultLocked,
)
from intake_app.domain.risk import RiskLevel
from intake_app.services.risk import Completed, RiskService
from intake_app.ui.common import confirm, messages, theme
from intake_app.ui.common.save_on_hide import SaveOnHide
from intake_app.ui.common.side_list import fit_width, section_list
from intake_app.ui.risk import words
from intake_app.ui.risk.complete_page import CompletePage
from intake_app.ui.risk.draft import AssessmentDraftSaver
from intake_app.ui.risk.item_row import ItemRow

#: The draft's key for the judgement typed so far (item ids are a-z, 0-9 and _ only).
JUDGEMENT_KEY = "*judgement"


class SectionPage(QScrollArea):
    """One section's items, in a reading column."""

    def __init__(self, defn: Definition, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        section = defn.sections[index]
        holder = theme.scroll_page(self)
        inner, layout = theme.reading_column(holder)
        title = QLabel(words.shown(defn, section.title), inner)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        if index == 0 and defn.description:
            intro = QLabel(words.shown(defn, defn.description), inner)
            intro.setObjectName("pageIntro")
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.rows: dict[str, ItemRow] = {}
        self.rules: dict[str, QFrame] = {}
        for item in section.items:
            rule = QFrame(inner)
            rule.setObjectName("questionRule")
            rule.setFrameShape(QFrame.Shape.HLine)
            layout.addWidget(rule)
            row = ItemRow(defn, item, inner)
            layout.addWidget(row)
            self.rows[item.id] = row
            self.rules[item.id] = rule
        layout.addStretch(1)
        self.setWidget(holder)

    def set_asked(self, asked: set[str]) -> None:
        for item_id, row in self.rows.items():
            row.setVisible(item_id in asked)
            self.rules[item_id].setVisible(item_id in asked)


class AssessmentForm(QWidget):
    """``completed(Completed)`` once the assessment is recorded; ``close_requested`` when she
    leaves the form (the draft stays in the vault, or the assessment is done)."""

    completed = Signal(object)
    close_requested = Signal()

    def __init__(self, risk: RiskService, reference: str, defn: Definition,
                 parent: QWidget | None = None, *, facts: Mapping[str, object] | None = None,
                 ask: confirm.Confirm = confirm.ask) -> None:
        super().__init__(parent)
        self.risk = risk
        self.reference = reference
        self.defn = defn
        self.facts: Mapping[str, object] = dict(facts or {})
        self._ask = ask
        self.done: Completed | None = None
        self.setObjectName("caseWork")
        self.setAccessibleName(words.title(defn))
        self.pages = [SectionPage(defn, i) for i in range(len(defn.sections))]
        self.rows: dict[str, ItemRow] = {k: r for page in self.pages for k, r in page.rows.items()}
        self.complete_page = CompletePage(defn)
        self.saver = AssessmentDraftSaver(risk.assessments, reference, defn.id,
                                          self.draft_values, self)
        self.save_on_hide = SaveOnHide(self, self.saver)
        self._missing: set[str] = set()
        self._build()
        for row in self.rows.values():
            row.changed.connect(self._changed)
        self.complete_page.judgement.changed.connect(self._judgement_changed)
        self.complete_page.complete_requested.connect(self.complete)
        self.complete_page.go_to_first_missing.connect(self._go_to_first_missing)
        self.complete_page.done.connect(self.close_requested)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._save_failed)
        self._resume()
        self._refresh()
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
        heading = QLabel(words.title(self.defn), side)
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)
        heading.setContentsMargins(12, 0, 12, 6)
        side_layout.addWidget(heading)
        self.section_list = section_list(side, self.tr("Checklist sections"))
        for section in self.defn.sections:
            self.section_list.addItem(words.shown(self.defn, section.title))
        self.section_list.addItem(self.tr("Check and complete"))
        fit_width(self.section_list, self.tr("{section} \u2014 to answer").format(
            section=max((self.section_list.item(i).text()
                         for i in range(self.section_list.count())), key=len)))
        heading.setMaximumWidth(self.section_list.width())
        side_layout.addWidget(self.section_list, 1)
        outer.addWidget(side)

        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self._resume_banner())
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
        self.stack.addWidget(self.complete_page)
        main.addWidget(self.stack, 1)
        main.addWidget(self._bottom_bar())
        outer.addLayout(main, 1)
        self.section_list.currentRowChanged.connect(self._list_row_changed)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self, self.next_page)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self, self.previous_page)

    def _resume_banner(self) -> QFrame:
        self.banner = QFrame(self)
        self.banner.setObjectName("resumeBanner")
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(theme.PAGE_MARGIN, 10, theme.PAGE_MARGIN, 10)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        layout.addWidget(self.banner_text, 1)
        self.discard_button = QPushButton(self.tr("Discard and start again"), self.banner)
        self.discard_button.setToolTip(self.tr("Deletes the answers saved so far for this "
                                               "checklist."))
        layout.addWidget(self.discard_button)
        self.discard_button.clicked.connect(self.discard_draft)
        self.banner.hide()
        return self.banner

    def _bottom_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("bottomBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 12)
        layout.setSpacing(10)
        self.yes_count = QLabel(bar)
        self.yes_count.setObjectName("questionLabel")
        self.yes_count.setAccessibleName(self.tr("Yes answers so far"))
        layout.addWidget(self.yes_count)
        self.save_status = QLabel(self.tr("Nothing answered yet."), bar)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Draft status"))
        self.save_status.setWordWrap(True)
        layout.addWidget(self.save_status, 1)
        self.close_button = QPushButton(self.tr("Save and close"), bar)
        self.back_button = QPushButton(self.tr("Back"), bar)
        self.next_button = QPushButton(bar)
        self.next_button.setObjectName("primaryButton")
        for button in (self.close_button, self.back_button, self.next_button):
            layout.addWidget(button)
        self.close_button.clicked.connect(self._save_and_close)
        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        return bar

    # --- answers -----------------------------------------------------------------------------

    def _given(self) -> dict[str, Answer]:
        return {item_id: Answer(value) for item_id, row in self.rows.items()
                if (value := row.value()) is not None}

    def asked(self) -> list[str]:
        """The ids of the items the checklist asks, on the answers so far."""
        return [item.id for item in asked_items(self.defn, self._given(), self.facts)]

    def answers(self) -> dict[str, dict[str, str]]:
        """The answers of the items asked, as ``RiskService.assess`` takes them."""
        out = {}
        for item_id in self.asked():
            answer = self.rows[item_id].answer()
            if answer is not None:
                out[item_id] = answer
        return out

    def yes_so_far(self) -> int:
        asked = set(self.asked())
        return sum(1 for item in self.defn.scored_items()
                   if item.id in asked and self.rows[item.id].value() == YES)

    def scored_level(self) -> RiskLevel | None:
        """The level the answers so far give (before judgement)."""
        count = self.yes_so_far()
        return next((band.level for band in self.defn.bands if band.holds(count)), None)

    def draft_values(self) -> dict[str, Any]:
        out: dict[str, Any] = {item_id: saved for item_id, row in self.rows.items()
                               if (saved := row.draft()) is not None}
        judgement = self.complete_page.judgement.draft()
        if judgement is not None:
            out[JUDGEMENT_KEY] = judgement
        return out

    def _set_draft_values(self, values: Mapping[str, Any]) -> None:
        for item_id, row in self.rows.items():
            row.set_draft(values.get(item_id))
        self._refresh()
        self.complete_page.judgement.set_draft(values.get(JUDGEMENT_KEY))

    # --- drafts ------------------------------------------------------------------------------

    def _resume(self) -> None:
        try:
            draft = self.risk.assessments.load_assessment_draft(self.reference, self.defn.id)
        except IntakeError:
            return
        if draft is None:
            return
        self._set_draft_values(draft.answers)
        self.banner_text.setText(self.tr(
            "You are continuing this assessment from where it was left. Everything answered "
            "so far has been kept."))
        self.banner.show()
        self.save_status.setText(self.tr("Draft saved."))

    def discard_draft(self) -> bool:
        """Delete the saved answers (after asking) and start the checklist again."""
        if not self._ask(self, self.tr("Delete the answers saved so far for this checklist "
                                       "and start again?"), self.tr("Discard answers")):
            return False
        try:
            self.risk.assessments.discard_assessment_draft(self.reference, self.defn.id)
        except IntakeError as exc:
            self.save_status.setText(messages.describe(exc))
            return False
        self._set_draft_values({})  # puts values back without the rows' change signals
        self.saver.forget()
        self.banner.hide()
        self.save_status.setText(self.tr("Nothing answered yet."))
        self._show_page(0)
        return True

    def save_now(self) -> bool:
        """Write pending answers to the draft at once (before a lock or a quick exit)."""
        return self.saver.flush()

    def _changed(self, item_id: str) -> None:
        if self.rows[item_id].value() is not None:  # answered now: its mark goes
            self._missing.discard(item_id)
            self.rows[item_id].set_problem("")
        self._refresh()
        self._touched()

    def _judgement_changed(self) -> None:
        self._touched()

    def _touched(self) -> None:
        self.saver.touch()
        self.save_status.setText(self.tr("Saving\u2026"))

    def _saved(self) -> None:
        self.save_status.setText(self.tr("Draft saved at {time}.").format(
            time=QTime.currentTime().toString("HH:mm")))

    def _save_failed(self, exc: object) -> None:
        if isinstance(exc, VaultLocked):
            self.save_status.setText(self.tr("Not saved yet: the vault is locked. The answers "
                                             "are kept here and saved after unlocking."))
        elif isinstance(exc, IntakeError):
            self.save_status.setText(messages.describe(exc))
        else:
            self.save_status.setText(self.tr("The draft could not be saved just now. The "
                                             "answers are still here; it will be tried again."))

    # --- what is shown -----------------------------------------------------------------------

    def _refresh(self) -> None:
        asked = set(self.asked())
        for page in self.pages:
            page.set_asked(asked)
        yes = self.yes_so_far()
        scored = [item.id for item in self.defn.scored_items() if item.id in asked]
        unanswered = sum(1 for item_id in scored if self.rows[item_id].value() is None)
        self.yes_count.setText(self.tr("Yes so far: {yes} of {scored}").format(
            yes=yes, scored=len(scored)))
        self.complete_page.update_summary(yes, len(scored), unanswered)
        if self.defn.produces_level:
            self.complete_page.judgement.set_scored_level(self.scored_level())
        for index, section in enumerate(self.defn.sections):
            title = words.shown(self.defn, section.title)
            marked = any(item.id in self._missing for item in section.items)
            self.section_list.item(index).setText(
                self.tr("{section} \u2014 to answer").format(section=title) if marked
                else title)

    # --- navigation --------------------------------------------------------------------------

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def _list_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.stack.currentIndex():
            self._show_page(row)

    def _show_page(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.saver.flush()
        self.stack.setCurrentIndex(index)
        blocked = self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(index)
        self.section_list.blockSignals(blocked)
        last = index == self.stack.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        if not last:
            following = (words.shown(self.defn, self.defn.sections[index + 1].title)
                         if index + 1 < len(self.pages) else self.tr("Check and complete"))
            self.next_button.setText(self.tr("Next: {section}").format(section=following))

    def next_page(self) -> None:
        self._show_page(self.stack.currentIndex() + 1)

    def previous_page(self) -> None:
        self._show_page(self.stack.currentIndex() - 1)

    def show_item(self, item_id: str) -> None:
        for index, page in enumerate(self.pages):
            if item_id in page.rows:
                self._show_page(index)
                page.ensureWidgetVisible(page.rows[item_id], 0, 40)
                page.rows[item_id].focus_answer()
                return

    def show_complete_page(self) -> None:
        self._show_page(self.stack.count() - 1)

    def _go_to_first_missing(self) -> None:
        for item in self.defn.items():
            if item.id in self._missing:
                self.show_item(item.id)
                return

    def _save_and_close(self) -> None:
        if self.saver.flush():  # a failed save keeps the form open (its status says why)
            self.close_requested.emit()

    # --- completing --------------------------------------------------------------------------

    def complete(self) -> Completed | None:
        """Score and record the assessment. Returns what was recorded, or None when something
        needs her attention (said beside it; nothing is recorded then)."""
        page = self.complete_page
        page.show_problem("")
        page.judgement.show_problem("")
        judged = page.judgement.check()
        asked = set(self.asked())
        missing = [item.id for item in self.defn.scored_items()
                   if item.id in asked and self.rows[item.id].value() is None]
        if missing:  # said at once, beside the judgement's own problem if it has one
            self._mark_missing(tuple(missing))
        if not judged or missing:
            self.show_complete_page()
            return None
        judgement = page.judgement.judgement()
        self.saver.flush()
        try:
            done = self.risk.assess(
                self.reference, self.defn.id, self.answers(), version=self.defn.version,
                judgement_level=judgement[0] if judgement else None,
                reason=judgement[1] if judgement else "",
                grounds=judgement[2] if judgement else (), facts=self.facts)
        except UnansweredItems as exc:
            self._mark_missing(exc.items)
            return None
        except AnswersInvalid as exc:
            self._mark_invalid(exc.problems)
            return None
        except JudgementNeedsReason:
            page.judgement.check()
            page.judgement.show_problem(self.tr(
                "Give a reason for raising the level: tick one of the reasons offered or "
                "write it in your own words."))
            return None
        except JudgementLowers:
            page.judgement.show_problem(self.tr("Professional judgement can raise the level "
                                                "the answers give, never lower it."))
            return None
        except JudgementRefused as exc:
            page.judgement.show_problem(messages.describe(exc))
            return None
        except IntakeError as exc:
            page.show_problem(messages.describe(exc))
            return None
        self.saver.stop()
        self.done = done
        self._missing.clear()
        for row in self.rows.values():
            row.set_problem("")
            row.setEnabled(False)
        self.banner.hide()
        self.close_button.hide()
        self.save_status.setText(self.tr("The assessment has been recorded."))
        page.show_outcome(done.outcome)
        self.show_complete_page()
        self.completed.emit(done)
        return done

    def _mark_missing(self, items: tuple[str, ...]) -> None:
        self._missing = set(items)
        for item_id, row in self.rows.items():
            row.set_problem(self.tr("Not answered yet. Every scored question needs an answer "
                                    "(don't know and declined are answers too).")
                            if item_id in self._missing else "")
        self.complete_page.show_missing(len(self._missing))
        self._refresh()
        self.show_complete_page()

    def _mark_invalid(self, problems: Mapping[str, str]) -> None:
        self._missing = {item_id for item_id in problems if item_id in self.rows}
        for item_id, row in self.rows.items():
            if item_id not in problems:
                row.set_problem("")
            elif row.item.kind is ItemKind.DATE:
                row.set_problem(self.tr("This date cannot be read: write it as day/month/year, "
                                        "or choose don't know."))
            else:
                row.set_problem(self.tr("This answer cannot be used: {reason}").format(
                    reason=problems[item_id]))
        self.complete_page.show_problem(self.tr(
            "Some answers cannot be used; each is explained beside it. Nothing has been "
            "recorded."))
        self._refresh()
        self.show_complete_page()
