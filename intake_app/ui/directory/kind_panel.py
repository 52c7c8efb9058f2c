"""One kind of recipient in the directory: what it receives, what it generalises,
its immigration flag in words, its dated facts and its named agencies; supervisors edit them
here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import (
    Agency,
    AgencyInput,
    Directory,
    Kind,
    KindEdit,
)
from intake_app.domain.errors import ImmigrationFlagLowered, IntakeError
from intake_app.domain.roles import Action, allowed
from intake_app.services.directory import DirectoryService
from intake_app.ui.common import form_parts, messages, theme
from intake_app.ui.directory.facts_editor import FactsEditor
from intake_app.ui.directory.words import (
    class_words,
    generalisation_words,
    kind_words,
    record_card,
    text_label,
)
from intake_app.ui.questions import field_text


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
        title = text_label(self, kind_words(kind, kind.name), "pageTitle")
        head.addWidget(title, 1)
        self.version_label = text_label(self, self.tr("Version {version}").format(
            version=kind.version), "helpText")
        head.addWidget(self.version_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        if kind.description:
            layout.addWidget(text_label(self, kind_words(kind, kind.description), "pageIntro"))
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
        frame, layout = record_card(self, "sensitiveNotice")
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
        self.immigration_title = text_label(frame, title, "sensitiveTitle")
        self.immigration_title.setAccessibleName(title)
        layout.addWidget(self.immigration_title)
        layout.addWidget(text_label(frame, text, "sensitiveText"))
        return frame

    def _receives(self) -> QFrame:
        frame, layout = record_card(self)
        layout.addWidget(text_label(frame, self.tr("Receives by default"), "cardTitle"))
        classes = ", ".join(class_words(s) for s in self.kind.receives)
        layout.addWidget(text_label(frame, classes or self.tr("Nothing by default")))
        layout.addWidget(text_label(frame, self.tr("Sent only in a general form"), "cardTitle"))
        rules = [generalisation_words(g) for g in self.kind.generalises]
        layout.addWidget(text_label(frame, "\n".join(rules) if rules else
                                self.tr("Nothing is generalised for this kind.")))
        return frame

    def _facts_card(self) -> QFrame:
        frame, layout = record_card(self)
        head = QHBoxLayout()
        title = text_label(frame, self.tr("Where her data may go: the facts"), "cardTitle")
        head.addWidget(title, 1)
        self.edit_button = QPushButton(self.tr("Edit the facts"), frame)
        self.edit_button.setAutoDefault(False)
        self.edit_button.setVisible(self.may_edit)
        head.addWidget(self.edit_button)
        layout.addLayout(head)
        self.fact_labels: list[QLabel] = []
        for fact in self.kind.facts:
            text = text_label(frame, kind_words(self.kind, fact.text))
            self.fact_labels.append(text)
            layout.addWidget(text)
            layout.addWidget(text_label(frame, self.tr("Last reviewed on {date}").format(
                date=field_text.date_text(fact.last_reviewed)), "helpText"))
        self.edit_button.clicked.connect(self.open_editor)
        return frame

    def _agencies(self, agencies: tuple[Agency, ...]) -> QFrame:
        frame, layout = record_card(self)
        head = QHBoxLayout()
        head.addWidget(text_label(frame, self.tr("Named agencies of this kind"), "cardTitle"), 1)
        self.add_agency_button = QPushButton(self.tr("Add a named agency"), frame)
        self.add_agency_button.setAutoDefault(False)
        self.add_agency_button.setVisible(self.may_edit)
        head.addWidget(self.add_agency_button)
        layout.addLayout(head)
        self.agency_labels: list[QLabel] = []
        if not agencies:
            layout.addWidget(text_label(frame, self.tr("None yet."), "helpText"))
        for agency in agencies:
            name = text_label(frame, agency.name, "questionLabel")
            self.agency_labels.append(name)
            layout.addWidget(name)
            flag = agency.may_pass_to_immigration_enforcement or \
                self.kind.may_pass_to_immigration_enforcement
            layout.addWidget(text_label(frame, self.tr(
                "May pass her data to immigration enforcement.") if flag else self.tr(
                "Not known to pass data to immigration enforcement."), "helpText"))
            for fact in agency.facts:
                line = self.tr("{fact} (last reviewed on {date})").format(
                    fact=fact.text.source, date=field_text.date_text(fact.last_reviewed))
                layout.addWidget(text_label(frame, line))
        self.add_agency_button.clicked.connect(self.open_agency_form)
        return frame

    # --- editing a kind ---------------------------------------------------------------------

    def _kind_editor(self) -> QFrame:
        frame, layout = record_card(self)
        layout.addWidget(text_label(frame, self.tr("Edit the facts"), "cardTitle"))
        self.flag_box, flag_row = form_parts.wrapped_check(
            frame, self.tr("This kind may pass her data to immigration enforcement"),
            self.tr("May pass her data to immigration enforcement"))
        flag = self.kind.may_pass_to_immigration_enforcement
        self.flag_box.setChecked(flag)
        self.flag_box.setEnabled(not flag)  # only ever raised: "may" is never offered back
        layout.addWidget(flag_row)
        if flag:
            layout.addWidget(text_label(frame, self.tr(
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
        frame, layout = record_card(self)
        layout.addWidget(text_label(frame, self.tr("Add a named agency"), "cardTitle"))
        name_label = text_label(frame, self.tr("Its name"), "questionLabel")
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
        layout.addWidget(text_label(frame, self.tr("Its own facts, if any (after the kind's)"),
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
