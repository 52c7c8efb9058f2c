"""The flow of the whole app: first run -> sign in -> main window <-> lock screen, quick exit.

States::

    SETUP     no vault yet: the set-up wizard
    SIGN_IN   the neutral sign-in window
    UNLOCKED  the main window; the idle timer runs
    LOCKED    the vault is closed; every other window is hidden (not destroyed) and the lock
              screen asks the same person's passphrase; unlocking re-binds the Session and shows
              the hidden windows again exactly as they were

The controller works through ``Services`` (``services/wiring.py``): the sign-in, set-up and
lock screens sign in through them (the vault is bound inside, on the worker thread) and tell
the controller only who is signed in; no vault passes through here.

Quick exit (F12 anywhere, or the button) works in every state: every window disappears in the
same event, the vault is locked (the database is closed as soon as a running background task
ends; the services lose access at once), the clipboard is emptied if it holds our text, and the
only thing left is the neutral lock (or sign-in) screen, minimised, so that re-opening the app
from the taskbar asks for a passphrase.

Signing out (from the lock screen) discards the main window; closing the main window or the
sign-in window quits. Collaborators are passed in; tests inject a short idle time-out, a fake
clock and stand-in dialogs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from intake_app.domain.errors import IntakeError
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.session import Session
from intake_app.services.wiring import Services, SignedIn
from intake_app.ui.access.lock_screen import LockScreen
from intake_app.ui.access.setup_wizard import SetupWizard
from intake_app.ui.access.sign_in import SignInDialog
from intake_app.ui.activity import ActivityMonitor
from intake_app.ui.common import confirm
from intake_app.ui.common.clipboard import ClipboardGuard
from intake_app.ui.common.tasks import TaskRunner

if TYPE_CHECKING:
    from intake_app.ui.main_window import MainWindow


class State(StrEnum):
    SETUP = "setup"
    SIGN_IN = "sign-in"
    UNLOCKED = "unlocked"
    LOCKED = "locked"
    CLOSED = "closed"


class AppController(QObject):
    state_changed = Signal(str)
    quick_exited = Signal()

    def __init__(self, app: QApplication, services: Services, policy: Policy, *,
                 runner: TaskRunner | None = None,
                 idle_seconds: float | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 idle_check_ms: int = 1000,
                 tick_ms: int = 1000,
                 settings: QSettings | None = None,
                 ask: confirm.Confirm = confirm.ask,
                 choose_save_path: confirm.ChooseSavePath = confirm.choose_save_path,
                 quit_app: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.services = services
        self.policy = policy
        self.runner = runner or TaskRunner(self)
        self._tick_ms = tick_ms
        self._settings = settings
        self._ask = ask
        self._choose_save_path = choose_save_path
        self._quit_app = quit_app or app.quit
        self.state = State.CLOSED

        self.activity = ActivityMonitor(
            idle_seconds if idle_seconds is not None else policy.idle_lock_minutes * 60,
            clock=clock, check_interval_ms=idle_check_ms, parent=self)
        self.clipboard = ClipboardGuard(app.clipboard(), policy.clipboard_clear_seconds, self)
        app.installEventFilter(self.activity)
        self.activity.idle.connect(self.lock)
        self.activity.quick_exit_requested.connect(self.quick_exit)
        self.activity.acted.connect(self._check_account)
        self.runner.busy_changed.connect(self._close_detached)
        app.aboutToQuit.connect(self.shutdown)

        self.setup_wizard: SetupWizard | None = None
        self.sign_in: SignInDialog | None = None
        self.notice: QWidget | None = None  # the last sign-in notice shown, if any
        self.main_window: MainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self._hidden: list[QWidget] = []
        self._window_role: Role | None = None  # the role the main window was built for

    @property
    def session(self) -> Session:
        return self.services.session

    # --- start -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.services.vault_exists():
            self.show_sign_in()
        else:
            self.show_setup()

    def show_setup(self) -> None:
        wizard = SetupWizard(self.services, self.runner, self.policy, ask=self._ask,
                             choose_save_path=self._choose_save_path)
        wizard.vault_created.connect(self._signed_in)
        wizard.rejected.connect(self.quit)
        self.setup_wizard = wizard
        self._set_state(State.SETUP)
        wizard.show()

    def show_sign_in(self) -> None:
        if self.sign_in is None:
            self.sign_in = SignInDialog(self.services, self.runner, tick_ms=self._tick_ms)
            self.sign_in.signed_in.connect(self._signed_in)
            self.sign_in.rejected.connect(self.quit)
        self._set_state(State.SIGN_IN)
        self.sign_in.show()
        self.sign_in.raise_()
        self.sign_in.activateWindow()

    # --- signed in ---------------------------------------------------------------------------

    def _signed_in(self, signed_in: SignedIn) -> None:
        # If the window that asked is no longer in view, a quick exit came while the key was
        # being derived: open the session but show nothing, and lock at once.
        self._open_main(signed_in, reveal=self._in_view(self.setup_wizard)
                        or self._in_view(self.sign_in))

    def _tell_about_warnings(self, signed_in: SignedIn, window: QWidget) -> None:
        """Findings of the sign-in that the person (and IT) should hear about, shown once and
        without blocking: the window behind stays usable."""
        from intake_app.ui.common import messages

        if not signed_in.slot_file_altered:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Confidential Intake"),
                          messages.slot_file_altered(), QMessageBox.StandardButton.Ok, window)
        box.setObjectName("slot-file-altered")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
        self.notice = box

    def _open_main(self, signed_in: SignedIn, *, reveal: bool) -> None:
        """The services already hold the signed-in session: build the role's window."""
        for entry in (self.setup_wizard, self.sign_in):
            if entry is not None:
                entry.hide()
        if self.setup_wizard is not None:
            self.setup_wizard.deleteLater()
            self.setup_wizard = None
        from intake_app.ui.main_window import MainWindow

        self._window_role = signed_in.role
        window = MainWindow(self.services, self.runner, self.policy, clipboard=self.clipboard,
                            settings=self._settings, ask=self._ask,
                            choose_save_path=self._choose_save_path)
        window.lock_requested.connect(self.lock)
        window.quick_exit_requested.connect(self.quick_exit)
        window.close_requested.connect(self.quit)
        self.main_window = window
        self._set_state(State.UNLOCKED)
        if not reveal:
            self._lock(show_lock_screen=False)
            self._offer_reentry()
            return
        window.show()
        window.raise_()
        window.activateWindow()
        self.activity.arm()
        self._tell_about_warnings(signed_in, window)

    @staticmethod
    def _in_view(window: QWidget | None) -> bool:
        return window is not None and window.isVisible() and not window.isMinimized()

    # --- locking -----------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now (idle time-out, Ctrl+L, the Lock button) and show the lock screen."""
        if self.state == State.UNLOCKED:
            self._lock(show_lock_screen=True)

    def _lock(self, *, show_lock_screen: bool) -> None:
        self.activity.disarm()
        self._hide_all()
        self.clipboard.clear_if_ours()
        self._close_vault()
        if self.main_window is not None:
            self.main_window.set_locked(True)
        self._set_state(State.LOCKED)
        screen = self._ensure_lock_screen()
        if show_lock_screen:
            screen.prepare()
            screen.show()
            screen.raise_()
            screen.activateWindow()

    def _close_vault(self) -> None:
        """The services lose the vault now; it is closed once no background task can still
        be using it."""
        self.session.suspend()
        self._close_detached(self.runner.busy)

    def _close_detached(self, busy: bool) -> None:
        """Close locked vaults once no background task can still be using them."""
        if not busy:
            self.session.close_suspended()

    def _ensure_lock_screen(self) -> LockScreen:
        if self.lock_screen is None or self.lock_screen.user != self.session.user:
            if self.lock_screen is not None:
                self.lock_screen.deleteLater()
            screen = LockScreen(self.services, self.runner, self.session.user,
                                tick_ms=self._tick_ms)
            screen.unlocked.connect(self._unlocked)
            screen.sign_out_requested.connect(self.sign_out)
            screen.rejected.connect(self.quit)
            self.lock_screen = screen
        return self.lock_screen

    def _unlocked(self, signed_in: SignedIn) -> None:
        if not self._in_view(self.lock_screen):
            self._close_vault()  # a quick exit came while the passphrase was checked: stay locked
            return
        assert self.lock_screen is not None
        if signed_in.role != self._window_role:
            # An administrator changed this person's role meanwhile: the window no longer
            # fits. Start afresh (drafts are in the vault; the services were rebuilt).
            self._discard_main_window()
            self.lock_screen.hide()
            self._open_main(signed_in, reveal=True)
            return
        self.lock_screen.hide()
        self._set_state(State.UNLOCKED)
        self._show_hidden()
        if self.main_window is not None:
            self.main_window.show()  # also when it was never shown (signed in, then F12)
            self.main_window.set_locked(False)
            self.main_window.raise_()
            self.main_window.activateWindow()
        self.activity.arm()

    # --- quick exit --------------------------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide every window in this event, lock, and leave only a neutral way back in."""
        if self.state == State.UNLOCKED:
            self._lock(show_lock_screen=False)
        else:
            self._hide_all()
            self.clipboard.clear_if_ours()
        self._offer_reentry()
        self.quick_exited.emit()

    def _reentry_window(self) -> QWidget | None:
        if self.state == State.LOCKED:
            return self._ensure_lock_screen()
        if self.state == State.SETUP:
            return self.setup_wizard
        if self.state == State.SIGN_IN:
            return self.sign_in
        return None

    def _offer_reentry(self) -> None:
        window = self._reentry_window()
        if window is None:
            return
        if window in self._hidden:
            self._hidden.remove(window)
        if isinstance(window, LockScreen):
            window.prepare()
        window.showMinimized()

    def reshow(self) -> None:
        """Bring the app back after a quick exit (what the taskbar does by restoring it)."""
        window = self._reentry_window()
        if window is None:
            return
        window.showNormal()
        window.raise_()
        window.activateWindow()

    # --- hiding ------------------------------------------------------------------------------

    def _hide_all(self) -> None:
        """Hide every visible top-level window now, remembering which to bring back."""
        for widget in self.app.topLevelWidgets():
            if not widget.isVisible() or widget is self.lock_screen:
                if widget is self.lock_screen and widget.isVisible():
                    widget.hide()
                continue
            # A box running its own event loop (exec) ends when hidden; do not revive it.
            if widget.windowModality() != Qt.WindowModality.ApplicationModal and \
                    widget not in self._hidden:
                self._hidden.append(widget)
            widget.hide()

    def _show_hidden(self) -> None:
        windows, self._hidden = self._hidden, []
        for widget in windows:
            if shiboken6.isValid(widget):
                widget.show()

    # --- leaving -----------------------------------------------------------------------------

    def _discard_main_window(self) -> None:
        self._hidden = [w for w in self._hidden
                        if shiboken6.isValid(w) and w is not self.main_window
                        and w.parent() is None]
        if self.main_window is not None:
            self.main_window.close_for_good()
            self.main_window.deleteLater()
            self.main_window = None

    def _check_account(self) -> None:
        """At a person's next action: if an administrator disabled their account or changed
        their role since they signed in, end the session and say why (the services refuse
        their privileged writes anyway)."""
        if self.state != State.UNLOCKED:
            return
        try:
            change = self.session.account_change()
        except IntakeError:
            return  # locked or unreadable meanwhile: the next action's service call says so
        if change is None:
            return
        from intake_app.ui.common import messages

        self.sign_out()
        if self.sign_in is not None:
            self.sign_in.form.show_notice(messages.account_changed(change))

    def sign_out(self) -> None:
        self.activity.disarm()
        self._discard_main_window()
        for widget in self._hidden:
            widget.deleteLater()
        self._hidden = []
        self.services.end()
        self._close_detached(self.runner.busy)
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        self.show_sign_in()

    def quit(self) -> None:
        self.shutdown()
        self._quit_app()

    def shutdown(self) -> None:
        """Lock everything and stop watching input. Safe to call more than once."""
        if self.state == State.CLOSED and not self.session.signed_in:
            self.app.removeEventFilter(self.activity)
            return
        self.activity.disarm()
        self.app.removeEventFilter(self.activity)
        self.clipboard.clear_if_ours()
        if self.main_window is not None and self.session.is_open:
            self.main_window.save_all()  # typing since the last autosave, before the lock
        self.session.suspend()
        self.runner.wait()  # a running task may still be using the vault
        self._close_detached(False)
        self.services.end()
        self._discard_main_window()
        self._set_state(State.CLOSED)

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state.value)
