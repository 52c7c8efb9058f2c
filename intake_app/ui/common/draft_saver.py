"""Saving an intake draft into the vault as the worker types.

A change starts a short quiet-period timer (about a second); a worker who types without a pause
is still saved at least every few seconds. ``flush()`` saves at once and is called on every
page change, on hide (quick exit and lock hide the window first), and on close. A save that
fails -- the vault was locked a moment earlier -- keeps the changes pending and is retried on
the next change or flush, so nothing typed is dropped while the widget lives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from intake_app.domain.answers import Answer
from intake_app.domain.case_record import normalised
from intake_app.domain.errors import IntakeError
from intake_app.services.cases import CaseService

QUIET_MS = 900
MAX_WAIT_MS = 4000


class TimedSaver(QObject):
    """The saving rhythm every draft shares: ``touch()`` after a change, a quiet period, a
    longest wait, ``flush()`` at once, and a refused write kept pending. Subclasses say how
    one write is made (``_write``: False when there was nothing to write)."""

    saved = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
        """Something changed: save after the quiet period."""
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
            wrote = self._write()
        except IntakeError as exc:
            self.failed.emit(exc)
            return False
        self._dirty = False
        if wrote:
            self.saved.emit()
        return True

    def _write(self) -> bool:
        raise NotImplementedError

    def forget(self) -> None:
        """Drop pending changes."""
        self._quiet.stop()
        self._max_wait.stop()
        self._dirty = False

    def stop(self) -> None:
        """No more saves (the draft has been submitted)."""
        self._enabled = False
        self.forget()


class DraftSaver(TimedSaver):
    """An intake draft: ``saved`` after each successful write; ``failed(exc)`` when a write
    was refused."""

    def __init__(self, service: CaseService, values: Callable[[], Mapping[str, Answer]],
                 parent: QObject | None = None, *, draft_id: int | None = None,
                 case_ref: str | None = None, keep_cleared: bool = False) -> None:
        """``keep_cleared``: a draft of changes to a case keeps NOT_ASKED answers, which mean
        "clear this field"; a new intake's draft drops them (absent means not asked)."""
        super().__init__(parent)
        self._keep_cleared = keep_cleared
        self._service = service
        self._values = values
        self.draft_id = draft_id
        self._case_ref = case_ref

    def _write(self) -> bool:
        values = dict(self._values()) if self._keep_cleared else normalised(self._values())
        if self.draft_id is None and not values:
            return False  # nothing typed yet: no empty draft is created
        self.draft_id = self._service.save_draft(values, draft_id=self.draft_id,
                                                 case_ref=self._case_ref)
        return True

    def restart(self, draft_id: int | None) -> None:
        """Follow another draft (or none yet) from now on, dropping pending changes."""
        self.forget()
        self.draft_id = draft_id
