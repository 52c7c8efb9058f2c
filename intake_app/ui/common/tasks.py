"""The one way slow work leaves the GUI thread: key derivation, vault creation, backups.

``TaskRunner.run(fn)`` queues ``fn`` on a single worker thread and returns a ``Task`` whose typed
signals deliver the result (or the exception) back on the GUI thread. The worker never touches a
widget: it only calls ``fn`` and emits. One worker means two vault operations never overlap.

``BusyIndicator`` is the small "working..." strip a dialog shows while one of its tasks runs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class Task(QObject):
    """A queued piece of work. Signals arrive on the GUI thread, in this order:
    ``succeeded(result)`` or ``failed(exception)``, then ``finished()``."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, task_id: int, description: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task_id = task_id
        self.description = description
        self.done = False


class _Relay(QObject):
    """Lives on the GUI thread; a worker emitting these is queued to that thread by Qt."""

    result = Signal(int, object)
    error = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task_id = task_id
        self._fn: Callable[[], Any] | None = fn
        self._relay = relay

    def run(self) -> None:
        fn, self._fn = self._fn, None  # drop the closure (it may hold a passphrase) early
        try:
            assert fn is not None
            value = fn()
        except Exception as exc:  # every failure goes back to the GUI thread
            # The traceback's frames hold the worker's locals (passphrases among them).
            exc.__traceback__ = None
            exc.__context__ = None
            self._relay.error.emit(self._task_id, exc)
        else:
            self._relay.result.emit(self._task_id, value)


class TaskRunner(QObject):
    """A single background worker with results delivered by signal on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.result.connect(self._on_result)
        self._relay.error.connect(self._on_error)
        self._ids = itertools.count(1)
        self._running: dict[int, Task] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, fn: Callable[[], Any], description: str = "",
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Task:
        """Queue ``fn`` (no arguments: bind them with a lambda or functools.partial)."""
        task = Task(next(self._ids), description, self)
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        was_busy = self.busy
        self._running[task.task_id] = task
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(task.task_id, fn, self._relay))
        return task

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (used at shutdown, never from a button)."""
        return self._pool.waitForDone(msecs)

    def _finish(self, task_id: int) -> Task | None:
        task = self._running.pop(task_id, None)
        if task is not None:
            task.done = True
        return task

    def _on_result(self, task_id: int, value: object) -> None:
        task = self._finish(task_id)
        if task is None:
            return
        task.succeeded.emit(value)
        self._after(task)

    def _on_error(self, task_id: int, exc: object) -> None:
        task = self._finish(task_id)
        if task is None:
            return
        task.failed.emit(exc)
        self._after(task)

    def _after(self, task: Task) -> None:
        task.finished.emit()
        task.deleteLater()
        if not self.busy:
            self.busy_changed.emit(False)


class BusyIndicator(QWidget):
    """An indeterminate progress strip with a short message, shown while a task runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._label = QLabel(self)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # indeterminate
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(160)
        self._bar.setAccessibleName(self.tr("Working"))
        layout.addWidget(self._label, 1)
        layout.addWidget(self._bar)
        self.hide()

    @property
    def message(self) -> str:
        return self._label.text()

    def track(self, task: Task, message: str) -> None:
        """Show ``message`` until ``task`` finishes."""
        self._label.setText(message)
        self.setAccessibleDescription(message)
        self.show()
        task.finished.connect(self.hide)
