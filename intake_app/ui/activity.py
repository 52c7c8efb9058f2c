"""One application-wide event filter for the two safety reflexes: idle lock and quick exit.

* ``idle`` fires once when no keyboard, mouse or touch input has reached any window of the app
  for ``timeout_seconds``. The clock is injected (tests move a fake clock forward instead of
  waiting); a coarse QTimer only decides how often to look at it.
* ``quick_exit_requested`` fires on the quick-exit key (F12) whichever window has focus, modal
  dialogs included, and the key press is swallowed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

#: The one documented quick-exit key.
QUICK_EXIT_KEY = Qt.Key.Key_F12

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


#: Deliberate actions (not mere mouse movement): the moments to re-check the account.
_ACTION_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.TouchBegin})


class ActivityMonitor(QObject):
    idle = Signal()
    quick_exit_requested = Signal()
    #: A key press or click, at most once per ``act_interval`` seconds (the controller then
    #: checks the account has not been disabled or changed meanwhile).
    acted = Signal()

    def __init__(self, timeout_seconds: float, *, clock: Callable[[], float] = time.monotonic,
                 check_interval_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = float(timeout_seconds)
        self._clock = clock
        self._last_input = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self.act_interval = 2.0
        self._last_act = float("-inf")

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start watching for idleness (while the vault is open)."""
        self._last_input = self._clock()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def touch(self) -> None:
        self._last_input = self._clock()

    def idle_for(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        if self._armed and self.idle_for() >= self._timeout:
            self.disarm()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT_EVENTS:
            self._last_input = self._clock()
            if kind in _ACTION_EVENTS and self._armed and \
                    self._last_input - self._last_act >= self.act_interval:
                self._last_act = self._last_input
                self.acted.emit()
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                    event.key() == QUICK_EXIT_KEY and not event.isAutoRepeat():
                self.quick_exit_requested.emit()
                return True
        elif kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.key() == QUICK_EXIT_KEY:
            event.accept()  # make sure F12 arrives as a key press, not as someone's shortcut
            return True
        return False
