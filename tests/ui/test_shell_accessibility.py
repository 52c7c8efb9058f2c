"""Every control has a name for screen readers, keyboard order is sensible, titles are neutral,
and the stylesheet is read through the one resources accessor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QTableView,
    QWidget,
)

from intake_app import resources
from intake_app.domain import errors
from intake_app.policy import Policy
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.services.wiring import Services
from intake_app.ui.access.lock_screen import LockScreen
from intake_app.ui.access.setup_wizard import SetupWizard
from intake_app.ui.access.sign_in import SignInDialog
from intake_app.ui.common import messages, theme
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.main_window import MainWindow
from intake_app.ui.users.users_screen import UsersScreen
from tests.ui.shell_support import ADMIN, ADMIN_PASS, WORKER, WORKER_PASS

pytestmark = pytest.mark.usefixtures("shell_app")
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QTableView)


def _unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(root) and \
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.accessibleName():
            # Qt's own sub-widgets (a combo box's line edit, a table's corner button) are
            # named through their owner.
            if widget.parent() is not None and isinstance(widget.parent(), QComboBox | QTableView):
                continue
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_sign_in_and_lock_screen_controls_are_named_and_in_order(qtbot, shell_auth):
    runner = TaskRunner()
    dialog = SignInDialog(Services(shell_auth), runner)
    lock = LockScreen(Services(shell_auth), runner, WORKER)
    for window in (dialog, lock):
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == "Confidential Intake"
        assert _unnamed_controls(window) == []
    form = dialog.form
    assert form.user.nextInFocusChain() is form.passphrase
    assert form.passphrase.nextInFocusChain() is form.submit_button


def test_set_up_wizard_pages_are_named(qtbot, shell_empty_auth):
    wizard = SetupWizard(Services(shell_empty_auth), TaskRunner(), Policy())
    qtbot.addWidget(wizard)
    wizard.show()
    assert _unnamed_controls(wizard) == []
    wizard.pages.setCurrentIndex(1)
    assert _unnamed_controls(wizard) == []


@pytest.mark.parametrize(("user", "passphrase"), [(ADMIN, ADMIN_PASS), (WORKER, WORKER_PASS)])
def test_main_window_controls_are_named(qtbot, shell_auth, user, passphrase):
    services = Services(shell_auth)
    services.sign_in(user, passphrase)
    session = services.session
    window = MainWindow(services, TaskRunner(), Policy())
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.windowTitle() == "Confidential Intake"
        assert _unnamed_controls(window) == []
        assert window.quick_exit_button.isVisible()
    finally:
        session.end()


def test_users_screen_and_its_dialogs_are_named(qtbot, shell_auth):
    session = Session(shell_auth.sign_in(ADMIN, ADMIN_PASS))
    screen = UsersScreen(UserService(session, shell_auth), TaskRunner(), 15)
    qtbot.addWidget(screen)
    screen.show()
    try:
        assert _unnamed_controls(screen) == []
        screen.open_add_dialog()
        assert _unnamed_controls(screen.add_dialog) == []
        screen.select(WORKER)
        screen.open_reset_dialog()
        assert _unnamed_controls(screen.reset_dialog) == []
        for dialog in (screen.add_dialog, screen.reset_dialog):
            assert dialog.windowTitle() == "Confidential Intake"
    finally:
        session.end()


def test_stylesheet_comes_through_the_resources_accessor():
    assert theme.stylesheet().startswith(resources.read_text("style/app.qss")[:40])
    assert "@STYLE@" not in theme.stylesheet()
    assert "#primaryButton" in theme.stylesheet()
    assert QApplication.instance().font().pointSize() >= 11


def test_the_case_work_sheet_styles_the_case_screens_only():
    assert "#sectionList" in theme.case_work_stylesheet()
    assert "#sectionList" not in theme.stylesheet()  # the sign-in screens are not restyled
    assert theme.case_work_stylesheet().startswith(
        resources.read_text("style/case_work.qss")[:40])


def _example(kind: type) -> BaseException:
    """One instance of an error type, whatever its constructor takes."""
    if kind is errors.UnlockThrottled:
        return kind(3)
    for args in (("x",), ("x", "y"), (["x"],), ({"x": []},), ("x", ["y"]), ({0: {"x": []}},),
                 ()):  # SelfApproval takes nothing
        try:
            return kind(*args)
        except (TypeError, AttributeError, ValueError):
            continue
    raise AssertionError(f"{kind.__name__}: no example could be built")


def test_every_typed_error_has_a_message():
    kinds = [cls for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.IntakeError)]
    for kind in kinds:
        assert messages.describe(_example(kind)).strip(), kind.__name__
    assert messages.describe(RuntimeError("internal detail")) and \
        "internal detail" not in messages.describe(RuntimeError("internal detail"))
