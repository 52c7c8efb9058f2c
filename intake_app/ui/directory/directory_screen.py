"""The agency directory: who may receive a referral, what they receive, and where their data
may go, above all whether it can reach immigration enforcement.

Kinds of recipient are listed at the side; the kind selected shows its default classes, the
fields it generalises, its immigration flag (in words, prominently), its facts with the day
each was last reviewed, and its named agencies. Supervisors (the matrix's
``DIRECTORY_EDIT``) edit a kind's facts and may raise its immigration flag (lowering is never
offered; a refusal is shown if one is attempted), add a named agency, and review the facts a
newer version of the app ships (``DIRECTORY_UPDATE``): each pending update says what would
change, with Accept and Keep ours. Caseworkers read it all. Every change goes through
``DirectoryService``, which checks the role and writes the audit entry.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import (
    GENERALISATIONS,
    Agency,
    AgencyInput,
    Directory,
    Fact,
    FactInput,
    Kind,
    KindEdit,
    PendingUpdate,
    context_of,
)
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import CLASS_LABELS
from intake_app.domain.errors import ImmigrationFlagLowered, IntakeError
from intake_app.domain.i18n import Wording
from intake_app.domain.roles import Action, allowed
from intake_app.services.directory import DirectoryService
from intake_app.ui.common import form_parts, messages, theme
from intake_app.ui.common.side_list import fit_width, section_list
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import DateEditor
from intake_app.ui.risk.words import ui_language


def kind_words(kind: Kind | str, wording: Wording) -> str:
    """A text of a kind (its name, description or a fact) in the worker's language."""
    return wording.shown(context_of(kind), QCoreApplication.translate, ui_language())


def class_words(sensitivity: Sensitivity) -> str:
    label = CLASS_LABELS.get(sensitivity)
    return QCoreApplication.translate("Consent", label) if label else sensitivity.value


def generalisation_words(rule_id: str) -> str:
    rule = GENERALISATIONS.get(rule_id)
    return QCoreApplication.translate("Agency", rule.text) if rule else rule_id


def _label(parent: QWidget, text: str = "", name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _card(parent: QWidget, name: str = "recordCard") -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    return frame, layout


class FactRow(QWidget):
    """One fact being edited: its words and the day it was last reviewed."""

    remove_requested = Signal(object)

    def __init__(self, fact: Fact | None, kind_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fact_id = fact.id if fact else ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("What the fact says"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 14)
        # The editor holds the file's own words (the source), as the directory stores them.
        self.text.setPlainText(fact.text.source if fact else "")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(10)
        reviewed = _label(self, self.tr("Last reviewed on"), "questionLabel")
        self.reviewed = DateEditor(self)
        self.reviewed.focus_widget().setAccessibleName(self.tr("Last reviewed on"))
        self.reviewed.set_value(fact.last_reviewed if fact else date.today())
        reviewed.setBuddy(self.reviewed.focus_widget())
        self.remove_button = QPushButton(self.tr("Remove this fact"), self)
        self.remove_button.setObjectName("quietButton")
        self.remove_button.setAutoDefault(False)
        row.addWidget(reviewed)
        row.addWidget(self.reviewed, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def value(self) -> FactInput | str:
        """The fact as typed, or a problem in words."""
        day = self.reviewed.value()
        if not isinstance(day, date):
            return self.tr("Type the day it was last reviewed as day/month/year.")
        return FactInput(self.text.toPlainText().strip(), day, self.fact_id)


class FactsEditor(QWidget):
    """Facts being edited, with Add a fact."""

    def __init__(self, facts: tuple[Fact, ...], kind_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_id = kind_id
        self.rows: list[FactRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.add_button = QPushButton(self.tr("Add a fact"), self)
        self.add_button.setAutoDefault(False)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        for fact in facts:
            self.add_fact(fact)
        self.add_button.clicked.connect(lambda: self.add_fact(None))

    def add_fact(self, fact: Fact | None) -> FactRow:
        row = FactRow(fact, self.kind_id, self)
        row.remove_requested.connect(self._remove)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def _remove(self, row: FactRow) -> None:
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.deleteLater()

    def values(self) -> tuple[FactInput, ...] | str:
        facts: list[FactInput] = []
        for row in self.rows:
            value = row.value()
            if isinstance(value, str):
                return value
            facts.append(value)
        return tuple(facts)


class KindPanel(QWidget):
    """One kind as the directory holds it, with its named agencies; for a supervisor, the
    forms to edit its facts and add a named agency. ``changed`` after a change was stored."""

    changed = Signal(str)

    def __init__(self, service: DirectoryService, directory: Directory, kind: Kind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.kind = kind
        self.may_edit = allowed(service.vault.role, Action.DIRECTORY_EDIT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.BLOCK_GAP)
        head = QHBoxLayout()
        title = _label(self, kind_words(kind, kind.name), "pageTitle")
        head.addWidget(title, 1)
        self.version_label = _label(self, self.tr("Version {version}").format(
            version=kind.version), "helpText")
        head.addWidget(self.version_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        if kind.description:
            layout.addWidget(_label(self, kind_words(kind, kind.description), "pageIntro"))
        layout.addWidget(self._immigration(kind.may_pass_to_immigration_enforcement))
        layout.addWidget(self._receives())
        layout.addWidget(self._facts_card())
        self.message = form_parts.form_message(self)
        layout.addWidget(self.message)
        self.editor = self._kind_editor()
        self.editor.hide()
        layout.addWidget(self.editor)
        layout.addWidget(self._agencies(directory.agencies_of(kind.id)))
        self.agency_form = self._agency_form()
        self.agency_form.hide()
        layout.addWidget(self.agency_form)
        layout.addStretch(1)

    # --- reading ----------------------------------------------------------------------------

    def _immigration(self, may: bool) -> QFrame:
        frame, layout = _card(self, "sensitiveNotice")
        frame.setProperty("immigration", "may" if may else "no")
        if may:
            title = self.tr("May pass her data to immigration enforcement")
            text = self.tr("What this recipient is told can reach the Home Office's "
                           "immigration enforcement. If her status is not settled, read the "
                           "facts below with her before anything is sent.")
        else:
            title = self.tr("Not known to pass data to immigration enforcement")
            text = self.tr("The facts below say what this recipient does with what it is "
                           "told. Check them with her as usual.")
        self.immigration_title = _label(frame, title, "sensitiveTitle")
        self.immigration_title.setAccessibleName(title)
        layout.addWidget(self.immigration_title)
        layout.addWidget(_label(frame, text, "sensitiveText"))
        return frame

    def _receives(self) -> QFrame:
        frame, layout = _card(self)
        layout.addWidget(_label(frame, self.tr("Receives by default"), "cardTitle"))
        classes = ", ".join(class_words(s) for s in self.kind.receives)
        layout.addWidget(_label(frame, classes or self.tr("Nothing by default")))
        layout.addWidget(_label(frame, self.tr("Sent only in a general form"), "cardTitle"))
        rules = [generalisation_words(g) for g in self.kind.generalises]
        layout.addWidget(_label(frame, "\n".join(rules) if rules else
                                self.tr("Nothing is generalised for this kind.")))
        return frame

    def _facts_card(self) -> QFrame:
        frame, layout = _card(self)
        head = QHBoxLayout()
        head.addWidget(_label(frame, self.tr("Where her data may go: the facts"), "cardTitle"), 1)
        self.edit_button = QPushButton(self.tr("Edit the facts"), frame)
        self.edit_button.setAutoDefault(False)
        self.edit_button.setVisible(self.may_edit)
        head.addWidget(self.edit_button)
        layout.addLayout(head)
        self.fact_labels: list[QLabel] = []
        for fact in self.kind.facts:
            text = _label(frame, kind_words(self.kind, fact.text))
            self.fact_labels.append(text)
            layout.addWidget(text)
            layout.addWidget(_label(frame, self.tr("Last reviewed on {date}").format(
                date=field_text.date_text(fact.last_reviewed)), "helpText"))
        self.edit_button.clicked.connect(self.open_editor)
        return frame

    def _agencies(self, agencies: tuple[Agency, ...]) -> QFrame:
        frame, layout = _card(self)
        head = QHBoxLayout()
        head.addWidget(_label(frame, self.tr("Named agencies of this kind"), "cardTitle"), 1)
        self.add_agency_button = QPushButton(self.tr("Add a named agency"), frame)
        self.add_agency_button.setAutoDefault(False)
        self.add_agency_button.setVisible(self.may_edit)
        head.addWidget(self.add_agency_button)
        layout.addLayout(head)
        self.agency_labels: list[QLabel] = []
        if not agencies:
            layout.addWidget(_label(frame, self.tr("None yet."), "helpText"))
        for agency in agencies:
            name = _label(frame, agency.name, "questionLabel")
            self.agency_labels.append(name)
            layout.addWidget(name)
            flag = agency.may_pass_to_immigration_enforcement or \
                self.kind.may_pass_to_immigration_enforcement
            layout.addWidget(_label(frame, self.tr(
                "May pass her data to immigration enforcement.") if flag else self.tr(
                "Not known to pass data to immigration enforcement."), "helpText"))
            for fact in agency.facts:
                layout.addWidget(_label(frame, self.tr("{fact} (last reviewed on {date})").format(
                    fact=fact.text.source, date=field_text.date_text(fact.last_reviewed))))
        self.add_agency_button.clicked.connect(self.open_agency_form)
        return frame

    # --- editing a kind ---------------------------------------------------------------------

    def _kind_editor(self) -> QFrame:
        frame, layout = _card(self)
        layout.addWidget(_label(frame, self.tr("Edit the facts"), "cardTitle"))
        self.flag_box, flag_row = form_parts.wrapped_check(
            frame, self.tr("This kind may pass her data to immigration enforcement"),
            self.tr("May pass her data to immigration enforcement"))
        flag = self.kind.may_pass_to_immigration_enforcement
        self.flag_box.setChecked(flag)
        self.flag_box.setEnabled(not flag)  # only ever raised: "may" is never offered back
        layout.addWidget(flag_row)
        if flag:
            layout.addWidget(_label(frame, self.tr(
                "Once a kind may pass data to immigration enforcement, that cannot be "
                "changed back."), "helpText"))
        self.facts_editor = FactsEditor(self.kind.facts, self.kind.id, frame)
        layout.addWidget(self.facts_editor)
        self.editor_message = form_parts.form_message(frame, error=True)
        layout.addWidget(self.editor_message)
        self.editor_save = form_parts.primary_button(
            frame, self.tr("Save the facts"), self.tr("Save the facts"), default=False)
        self.editor_cancel = form_parts.cancel_button(frame, self.tr("Cancel"))
        layout.addLayout(form_parts.button_row(self.editor_cancel, self.editor_save))
        self.editor_save.clicked.connect(self.save_kind)
        self.editor_cancel.clicked.connect(self.close_editor)
        return frame

    def open_editor(self) -> None:
        self.editor.show()
        self.edit_button.setEnabled(False)

    def close_editor(self) -> None:
        self.editor.hide()
        self.edit_button.setEnabled(True)

    def save_kind(self) -> None:
        facts = self.facts_editor.values()
        if isinstance(facts, str):
            form_parts.show_message(self.editor_message, facts)
            return
        edit = KindEdit(tuple(s.value for s in self.kind.receives), self.kind.generalises,
                        self.flag_box.isChecked(), facts)
        try:
            after = self.service.edit_kind(self.kind.id, edit)
        except ImmigrationFlagLowered:
            form_parts.show_message(self.editor_message, self.tr(
                "Not saved: this kind may pass data to immigration enforcement, and that can "
                "never be changed to \u201cmay not\u201d. Nothing was changed."))
            return
        except IntakeError as exc:
            form_parts.show_message(self.editor_message, self.tr(
                "Not saved: {reason}").format(reason=messages.describe(exc)))
            return
        if after.version == self.kind.version:
            form_parts.show_message(self.editor_message, self.tr(
                "Nothing was changed, so nothing was saved."), error=False)
            return
        self.changed.emit(self.tr("The facts of {kind} were saved as version {version}.")
                          .format(kind=kind_words(after, after.name), version=after.version))

    # --- adding a named agency ----------------------------------------------------------------

    def _agency_form(self) -> QFrame:
        frame, layout = _card(self)
        layout.addWidget(_label(frame, self.tr("Add a named agency"), "cardTitle"))
        name_label = _label(frame, self.tr("Its name"), "questionLabel")
        self.agency_name = QLineEdit(frame)
        self.agency_name.setAccessibleName(self.tr("Name of the agency"))
        name_label.setBuddy(self.agency_name)
        layout.addWidget(name_label)
        layout.addWidget(self.agency_name)
        self.agency_flag, flag_row = form_parts.wrapped_check(
            frame, self.tr("This agency may pass her data to immigration enforcement"),
            self.tr("Agency may pass her data to immigration enforcement"))
        kind_flag = self.kind.may_pass_to_immigration_enforcement
        self.agency_flag.setChecked(kind_flag)
        self.agency_flag.setEnabled(not kind_flag)  # never lower than its kind's
        layout.addWidget(flag_row)
        layout.addWidget(_label(frame, self.tr("Its own facts, if any (after the kind's)"),
                                "questionLabel"))
        self.agency_facts = FactsEditor((), self.kind.id, frame)
        layout.addWidget(self.agency_facts)
        self.agency_message = form_parts.form_message(frame, error=True)
        layout.addWidget(self.agency_message)
        self.agency_save = form_parts.primary_button(
            frame, self.tr("Add the agency"), self.tr("Add the agency"), default=False)
        self.agency_cancel = form_parts.cancel_button(frame, self.tr("Cancel"))
        layout.addLayout(form_parts.button_row(self.agency_cancel, self.agency_save))
        self.agency_save.clicked.connect(self.save_agency)
        self.agency_cancel.clicked.connect(frame.hide)
        return frame

    def open_agency_form(self) -> None:
        self.agency_form.show()
        self.agency_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_agency(self) -> None:
        facts = self.agency_facts.values()
        if isinstance(facts, str):
            form_parts.show_message(self.agency_message, facts)
            return
        try:
            agency = self.service.add_agency(AgencyInput(
                self.kind.id, self.agency_name.text().strip(), self.agency_flag.isChecked(),
                facts))
        except ImmigrationFlagLowered:
            form_parts.show_message(self.agency_message, self.tr(
                "Not added: an agency of this kind may pass data to immigration enforcement, "
                "and cannot be said not to. Nothing was changed."))
            return
        except IntakeError as exc:
            form_parts.show_message(self.agency_message, self.tr(
                "Not added: {reason}").format(reason=messages.describe(exc)))
            return
        self.changed.emit(self.tr("{agency} was added.").format(agency=agency.name))


class UpdateCard(QFrame):
    """A newer app's facts for one kind, with what would change, Accept and Keep ours."""

    def __init__(self, update: PendingUpdate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.update_ = update
        self.setObjectName("recordCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        shipped, current = update.shipped, update.current
        layout.addWidget(_label(self, kind_words(shipped, shipped.name), "cardTitle"))
        for line in self.changes():
            layout.addWidget(_label(self, line))
        self.accept_button = form_parts.primary_button(
            self, self.tr("Accept"), self.tr("Accept the new facts for {kind}").format(
                kind=kind_words(shipped, shipped.name)), default=False)
        self.keep_button = form_parts.secondary_button(
            self, self.tr("Keep ours"), self.tr("Keep our version of {kind}").format(
                kind=kind_words(shipped, shipped.name)))
        self.keep_button.setEnabled(current is not None)
        layout.addLayout(form_parts.button_row(self.keep_button, self.accept_button))

    def changes(self) -> list[str]:
        """What accepting would change, one line each."""
        shipped, current = self.update_.shipped, self.update_.current
        if current is None:
            return [self.tr("A kind of recipient new in this version of the app.")]
        lines: list[str] = []
        if self.update_.flag_kept:
            lines.append(self.tr("The new file says it may not pass data to immigration "
                                 "enforcement; ours says it may, and that is kept."))
        elif shipped.may_pass_to_immigration_enforcement and \
                not current.may_pass_to_immigration_enforcement:
            lines.append(self.tr("It would now be marked as one that may pass her data to "
                                 "immigration enforcement."))
        if shipped.receives != current.receives:
            lines.append(self.tr("Receives by default: {classes}").format(
                classes=", ".join(class_words(s) for s in shipped.receives)))
        if shipped.generalises != current.generalises:
            lines.append(self.tr("Sent only in a general form: {rules}").format(
                rules="; ".join(generalisation_words(g) for g in shipped.generalises)))
        ours = {fact.id: fact for fact in current.facts}
        for fact in shipped.facts:
            before = ours.pop(fact.id, None)
            words = kind_words(shipped, fact.text)
            day = field_text.date_text(fact.last_reviewed)
            if before is None:
                lines.append(self.tr("New fact (reviewed on {date}): {fact}").format(
                    date=day, fact=words))
            elif before.text.source != fact.text.source:
                lines.append(self.tr("Fact reworded (reviewed on {date}): {fact}").format(
                    date=day, fact=words))
            elif before.last_reviewed != fact.last_reviewed:
                lines.append(self.tr("Fact reviewed again on {date}: {fact}").format(
                    date=day, fact=words))
        for fact in ours.values():
            lines.append(self.tr("Fact no longer in the app's file: {fact}").format(
                fact=kind_words(current, fact.text)))
        if not lines:
            lines.append(self.tr("The file changed, but not its facts or what it receives."))
        return lines


class DirectoryScreen(QWidget):
    """The directory. ``kind_panel`` is the selected kind's panel; ``update_cards`` the
    pending shipped updates (supervisors only)."""

    def __init__(self, service: DirectoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWork")
        theme.apply_case_work(self)
        self.service = service
        self.may_update = allowed(service.vault.role, Action.DIRECTORY_UPDATE)
        self.directory: Directory | None = None
        self.kind_panel: KindPanel | None = None
        self.update_cards: list[UpdateCard] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        side = QFrame(self)
        side.setObjectName("wizardSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 12, 0, 0)
        self.kind_list = section_list(side, self.tr("Kinds of recipient"))
        side_layout.addWidget(self.kind_list)
        outer.addWidget(side)
        self.page_scroll = QScrollArea(self)
        surface = theme.scroll_page(self.page_scroll)
        inner, self._column = theme.reading_column(surface)
        self._inner = inner
        self._column.addWidget(form_parts.heading(inner, self.tr("Agency directory")))
        intro = form_parts.intro(inner, self.tr(
            "Who may receive a referral, what they receive, and where her data may go from "
            "there. Read a recipient's facts with her before she agrees to anything being "
            "sent.") if not self.may_update else self.tr(
            "Who may receive a referral, what they receive, and where her data may go from "
            "there. As a supervisor you keep these facts up to date; every change is recorded."))
        self._column.addWidget(intro)
        self.message = form_parts.form_message(inner)
        self._column.addWidget(self.message)
        self.updates_box, self._updates_layout = _card(inner, "resumeBanner")
        self._column.addWidget(self.updates_box)
        self.updates_box.hide()
        self._panel_slot = QVBoxLayout()
        self._column.addLayout(self._panel_slot, 1)
        self.page_scroll.setWidget(surface)
        outer.addWidget(self.page_scroll, 1)
        self.kind_list.currentRowChanged.connect(self._show_kind)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the directory (and, for a supervisor, the pending updates) again."""
        try:
            self.directory = self.service.list()
            updates = self.service.pending_updates() if self.may_update else ()
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        current = select or (self.kind_panel.kind.id if self.kind_panel else None)
        self._show_updates(updates)
        blocked = self.kind_list.blockSignals(True)
        self.kind_list.clear()
        for kind in self.directory.kinds:
            self.kind_list.addItem(kind_words(kind, kind.name))
        fit_width(self.kind_list)
        ids = [k.id for k in self.directory.kinds]
        self.kind_list.blockSignals(blocked)
        row = ids.index(current) if current in ids else 0
        self.kind_list.setCurrentRow(row)
        self._show_kind(row)

    def _show_updates(self, updates: tuple[PendingUpdate, ...]) -> None:
        for card in self.update_cards:
            card.deleteLater()
        while self._updates_layout.count():
            item = self._updates_layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.update_cards = []
        self.updates_box.setVisible(bool(updates))
        if not updates:
            return
        self._updates_layout.addWidget(_label(self.updates_box, self.tr(
            "This version of the app ships newer facts for {count} kind(s). Nothing changes "
            "until you accept them; keeping ours leaves the directory as it is.").format(
                count=len(updates)), "cardTitle"))
        for update in updates:
            card = UpdateCard(update, self.updates_box)
            card.accept_button.clicked.connect(lambda _=False, u=update: self.accept(u))
            card.keep_button.clicked.connect(lambda _=False, u=update: self.keep(u))
            self._updates_layout.addWidget(card)
            card.show()
            self.update_cards.append(card)

    def _show_kind(self, row: int) -> None:
        if self.directory is None or not 0 <= row < len(self.directory.kinds):
            return
        if self.kind_panel is not None:
            self._panel_slot.removeWidget(self.kind_panel)
            self.kind_panel.hide()
            self.kind_panel.deleteLater()
        self.kind_panel = KindPanel(self.service, self.directory, self.directory.kinds[row],
                                    self._inner)
        self.kind_panel.changed.connect(self._changed)
        self._panel_slot.addWidget(self.kind_panel)
        self.kind_panel.show()  # at once, not at the next turn of the event loop

    def select_kind(self, kind_id: str) -> KindPanel:
        assert self.directory is not None
        self.kind_list.setCurrentRow([k.id for k in self.directory.kinds].index(kind_id))
        assert self.kind_panel is not None
        return self.kind_panel

    def _changed(self, done: str) -> None:
        self.reload()
        form_parts.show_message(self.message, done, error=False)

    def accept(self, update: PendingUpdate) -> None:
        try:
            kind = self.service.accept_update(update.kind_id, update.shipped.sha256)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.reload(select=kind.id)
        form_parts.show_message(self.message, self.tr(
            "The app's new facts for {kind} were accepted (version {version}).").format(
                kind=kind_words(kind, kind.name), version=kind.version), error=False)

    def keep(self, update: PendingUpdate) -> None:
        try:
            kind = self.service.keep_current(update.kind_id, update.shipped.sha256)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.reload(select=kind.id)
        form_parts.show_message(self.message, self.tr(
            "Our version of {kind} was kept; the app's file is no longer offered.").format(
                kind=kind_words(kind, kind.name)), error=False)
