"""Editing an existing case: the forms of every tab, the changes typed into them, the draft
that keeps those changes safe until they are saved, and saving through ``update_case``.

Unsaved changes are written to a case draft as the worker types (as in the intake wizard), so
a crash or a lock loses nothing; opening the case again shows them, marked as unsaved. Saving
sends only the changed answers with the ``seq`` of the version the worker was looking at, so
the service can refuse an edit that would silently overwrite someone else's.

The forms are built when their tab or section is first shown, so the controller keeps what a
form not built yet would show (the case, with a resumed draft or kept changes over it) and
hands it, with the problems shown so far, to each form as it is added.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from intake_app.domain.answers import Answer
from intake_app.domain.case_model import FIELDS, Section
from intake_app.domain.case_record import CaseRecord, CaseStatus
from intake_app.domain.case_validation import Problem
from intake_app.domain.errors import (
    CaseClosed,
    EditConflict,
    IntakeError,
    UnstorableText,
    ValidationFailed,
)
from intake_app.services.cases import CaseService
from intake_app.ui.common import messages
from intake_app.ui.common.draft_saver import DraftSaver
from intake_app.ui.questions import field_text
from intake_app.ui.questions.section_form import SectionForm

#: Every field a form shows, in the order of the forms (section by section): the order in
#: which changes are listed and sent, as when every form was built with the view.
_SECTION_ORDER = {section: index for index, section in enumerate(Section)}
_FORM_ORDER = {field.key: (_SECTION_ORDER[field.section], index)
               for index, field in enumerate(FIELDS)}


class CaseEdits(QObject):
    record_changed = Signal()
    dirty_changed = Signal(bool)
    problems_changed = Signal(object)  # dict[str, list[Problem]]
    message = Signal(str)
    saved = Signal(str)

    def __init__(self, service: CaseService, reference: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.reference = reference
        self.record: CaseRecord = service.get_case(reference)
        self.forms: list[SectionForm] = []
        #: What every field shows, as far as no built form says otherwise.
        self._staged: dict[str, Answer] = dict(self.record.values)
        self._problems: dict[str, list[Problem]] = {}
        #: The last message said, until the state changes: a bar built later shows it too.
        self.note: str | None = None
        self.message.connect(self._remember)
        self.dirty_changed.connect(self._forget)
        self.record_changed.connect(self._forget)
        self.saver = DraftSaver(service, self.changes, self, case_ref=reference,
                                keep_cleared=True)
        self.saver.failed.connect(self._draft_failed)
        self._dirty = False
        self._overwrite = False

    # --- forms -------------------------------------------------------------------------------

    def add_form(self, form: SectionForm) -> None:
        """Follow ``form`` from now on; it shows what it would have shown had it been built
        with the view."""
        self.forms.append(form)
        form.set_values(self._staged)
        form.set_read_only(self.read_only)
        form.set_problems(self._problems)
        form.changed.connect(self._changed)

    @property
    def read_only(self) -> bool:
        return self.record.status is CaseStatus.CLOSED

    def changes(self) -> dict[str, Answer]:
        """Answers that differ from the case as loaded (NOT_ASKED clears a field), in the
        built forms and in those not built yet."""
        shown = dict(self._staged)
        for form in self.forms:
            shown.update(form.values())
        return {key: shown[key] for key in sorted(shown.keys() & _FORM_ORDER.keys(),
                                                  key=_FORM_ORDER.__getitem__)
                if shown[key] != self.record.get(key)}

    def _changed(self, _key: str) -> None:
        self.saver.touch()
        self._set_dirty(bool(self.changes()))
        try:
            problems = self.service.validate(self._merged(), keys=list(self.changes()))
        except IntakeError:
            return
        self._show_problems(problems)

    def _merged(self) -> dict[str, Answer]:
        return {**self.record.values, **self.changes()}

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _show_problems(self, problems: dict[str, list[Problem]]) -> None:
        self._problems = problems
        for form in self.forms:
            form.set_problems(problems)
        self.problems_changed.emit(problems)

    # --- drafts ------------------------------------------------------------------------------

    def resume_draft(self) -> bool:
        """Show unsaved changes kept from an earlier session. True if there were any."""
        try:
            mine = [d for d in self.service.list_drafts() if d.case_reference == self.reference]
            if not mine:
                return False
            draft = self.service.load_draft(mine[0].id)
        except IntakeError:
            return False
        self._staged = {**self.record.values, **draft.values}
        for form in self.forms:
            form.set_values(self._staged)
        self.saver.restart(draft.id)
        self._set_dirty(bool(self.changes()))
        return self._dirty

    def _remember(self, text: str) -> None:
        self.note = text

    def _forget(self, *_args: object) -> None:
        self.note = None

    def _draft_failed(self, exc: object) -> None:
        if isinstance(exc, UnstorableText):
            self._show_problems({k: list(v) for k, v in exc.problems.items()})
            self.message.emit(messages.describe(exc))
            return
        self.message.emit(self.tr("Your changes could not be kept as a draft just now. They "
                                  "are still on screen; save them when you can."))

    def flush(self) -> bool:
        return self.saver.flush()

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        changes = self.changes()
        if not changes:
            self._set_dirty(False)
            return True
        base = None if self._overwrite else self.record.seq
        try:
            record = self.service.update_case(self.reference, changes, base_seq=base)
        except ValidationFailed as exc:
            self._show_problems({k: list(v) for k, v in exc.problems.items()})
            self.message.emit(self.tr("Some answers need another look before they can be "
                                      "saved. Nothing you typed has been lost."))
            return False
        except EditConflict as exc:
            self._overwrite = True
            names = ", ".join(field_text.key_label(k) for k in exc.keys)
            self.message.emit(self.tr(
                "Someone else changed {fields} while you were editing. Your version is still "
                "on screen: check theirs in History, then press Save again to keep yours."
            ).format(fields=names))
            return False
        except CaseClosed:
            self.message.emit(self.tr("This case is closed. Reopen it to save changes."))
            return False
        except IntakeError as exc:  # locked, disk full, moved out of reach...
            self.message.emit(self.tr("Not saved: {reason} Your changes are still on screen."
                                      ).format(reason=messages.describe(exc)))
            return False
        self._finish_save(record)
        return True

    def _finish_save(self, record: CaseRecord) -> None:
        if self.saver.draft_id is not None:
            # The changes are saved; a draft left behind would only repeat them.
            with contextlib.suppress(IntakeError):
                self.service.discard_draft(self.saver.draft_id)
        self.saver.restart(None)
        self._overwrite = False
        self._apply(record)
        self.message.emit(self.tr("Changes saved."))
        self.saved.emit(self.reference)

    def undo(self) -> None:
        """Put every answer back as it is in the vault and drop the draft."""
        if self.saver.draft_id is not None:
            with contextlib.suppress(IntakeError):
                self.service.discard_draft(self.saver.draft_id)
        self.saver.restart(None)
        self._overwrite = False
        self._apply(self.record)

    def reload(self) -> None:
        """Read the case again (after a status change), keeping unsaved changes on screen."""
        pending = self.changes()
        try:
            record = self.service.get_case(self.reference)
        except IntakeError as exc:
            self.message.emit(messages.describe(exc))
            return
        self._apply(record, keep=pending)

    def _apply(self, record: CaseRecord, keep: dict[str, Answer] | None = None) -> None:
        self.record = record
        self._staged = {**record.values, **(keep or {})}
        for form in self.forms:
            form.set_values(self._staged)
            form.set_read_only(self.read_only)
        self._show_problems({})
        self._set_dirty(bool(self.changes()))
        self.record_changed.emit()

    def set_status(self, status: CaseStatus) -> None:
        try:
            self.service.set_status(self.reference, status)
        except IntakeError:
            self.message.emit(self.tr("The case status could not be changed."))
            return
        self.reload()
        self.saved.emit(self.reference)

