"""The screen registration (intake_app/ui/screens.py): the one table that says which screens a
role gets. The main window shows exactly what it lists, and the screenshot tool photographs
every registered screen."""

from __future__ import annotations

import pytest

from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.main_window import MainWindow
from intake_app.ui.screens import SCREENS, screens_for
from tests.ui.shell_support import LOGINS, signed_in_services

pytestmark = pytest.mark.usefixtures("shell_app")


def test_every_role_has_screens_and_a_login_to_open_them():
    assert set(SCREENS) == set(Role) == set(LOGINS)
    assert all(SCREENS[role] for role in Role)


@pytest.mark.parametrize("role", list(Role))
def test_the_main_window_shows_exactly_the_registered_screens(qtbot, shell_auth, role):
    services = signed_in_services(shell_auth, role)
    window = MainWindow(services, TaskRunner(), Policy())
    qtbot.addWidget(window)
    try:
        registered = screens_for(role)
        titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        # English (no translation); an entry with a number carries it: nothing waits here.
        assert titles == [screen.counted_title.format(count=0) if screen.count else
                          screen.title for screen in registered]
        assert list(window.screens) == [screen.name for screen in registered]
        for index, screen in enumerate(registered):
            assert window.pages.widget(index) is window.screens[screen.name]
    finally:
        services.end()


def test_the_screenshot_tool_photographs_every_registered_screen():
    from tools.screenshots import SHOTS

    assert {screen.shot for screens in SCREENS.values() for screen in screens} <= set(SHOTS)
