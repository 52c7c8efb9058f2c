"""Saving an assessment draft into the vault as the worker answers, with the intake drafts'
rules (``ui/common/draft_saver.py``): a quiet period after each change, at most a few seconds
between saves while she keeps answering, ``flush()`` at once on every section change, hide and
close, and a refused save kept pending and tried again, so nothing answered is dropped while
the form lives. There is one draft per person, case and checklist (the service replaces it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from intake_app.domain.errors import IntakeError
from intake_app.services.assessments import AssessmentService
from intake_app.ui.common.draft_saver import MAX_WAIT_MS, QUIET_MS


class AssessmentDraftSaver(QObject):
    """``saved`` after each successful write; ``failed(exc)`` when a write was refused."""

    saved = Signal()
    failed = Signal(object)

    def __init__(self, service: AssessmentService, reference: str, checklist_id: str,
                 values: Callable[[], Mapping[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._reference = reference
        self._checklist_id = checklist_id
        self._values = values
        self._dirty = False
        self._enabled = True
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.flush)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._dirty

    def touch(self) -> None:
        if not self._enabled:
            return
        self._dirty = True
        self._quiet.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> bool:
        """Save now if anything changed. True when nothing is left unsaved."""
        self._quiet.stop()
        self._max_wait.stop()
        if not self._dirty or not self._enabled:
            return True
        try:
            self._service.save_assessment_draft(self._reference, self._checklist_id,
                                                dict(self._values()))
        except IntakeError as exc:
            self.failed.emit(exc)
            return False
        self._dirty = False
        self.saved.emit()
        return True

    def forget(self) -> None:
        """Drop pending changes (the draft was discarded)."""
        self._quiet.stop()
        self._max_wait.stop()
        self._dirty = False

    def stop(self) -> None:
        """No more saves (the assessment was completed, which removed the draft)."""
        self._enabled = False
        self.forget()
