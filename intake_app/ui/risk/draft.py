"""Saving an assessment draft into the vault as the worker answers, with the intake drafts'
rules (``ui/common/draft_saver.py``): a quiet period after each change, at most a few seconds
between saves while she keeps answering, ``flush()`` at once on every section change, hide and
close, and a refused save kept pending and tried again, so nothing answered is dropped while
the form lives. There is one draft per person, case and checklist (the service replaces it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from intake_app.services.assessments import AssessmentService
from intake_app.ui.common.draft_saver import TimedSaver


class AssessmentDraftSaver(TimedSaver):
    """``saved`` after each successful write; ``failed(exc)`` when a write was refused."""

    def __init__(self, service: AssessmentService, reference: str, checklist_id: str,
                 values: Callable[[], Mapping[str, Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._reference = reference
        self._checklist_id = checklist_id
        self._values = values

    def _write(self) -> bool:
        self._service.save_assessment_draft(self._reference, self._checklist_id,
                                            dict(self._values()))
        return True
