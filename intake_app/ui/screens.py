"""The screens each role gets in the main window: the one registration to edit when a screen
is added.

``SCREENS`` maps a role to its screens, in navigation order. A ``Screen`` is a title (English
source text, translated in the main window's context), a builder that makes the widget for a
given ``MainWindow`` (and connects it to the window), a name the window keeps the widget
under (``window.screen(name)``), and the file name of its documentation screenshot. The main
window, the GUI test support and ``tools/screenshots.py`` all read this table; nothing else
lists screens.

Which role may use which service is still the permission matrix's decision: a builder only
runs for the roles listed here, and the services it needs exist for exactly those roles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from intake_app.domain.i18n import QT_TRANSLATE_NOOP
from intake_app.domain.roles import Role

if TYPE_CHECKING:
    from intake_app.ui.main_window import MainWindow

#: The translation context of the titles (they are shown by the main window).
TITLE_CONTEXT = "MainWindow"


@dataclass(frozen=True)
class Screen:
    title: str
    build: Callable[[MainWindow], QWidget]
    name: str
    shot: str
    #: For a screen whose navigation entry carries a number ("Referrals waiting (2)"): how
    #: to count it, and the title with ``{count}`` (marked, shown in the window's context).
    #: The window counts again when it is shown, unlocked, or asked (``refresh_counts``).
    count: Callable[[MainWindow], int] | None = None
    counted_title: str = ""


def _cases(window: MainWindow) -> QWidget:
    # The case area: the case list as its first tab, opened cases and intakes beside it.
    return window.build_case_area()


def _users(window: MainWindow) -> QWidget:
    from intake_app.ui.users.users_screen import UsersScreen

    assert window.services.users is not None  # built for every role that has this screen
    return UsersScreen(window.services.users, window.runner,
                       window.policy.min_passphrase_length, ask=window.ask, parent=window)


def _directory(window: MainWindow) -> QWidget:
    # Built when first shown (``Lazy``): reading the directory is not part of signing in.
    from intake_app.ui.common.lazy import Lazy
    from intake_app.ui.directory.directory_screen import DirectoryScreen

    directory = window.services.directory
    assert directory is not None  # built for every role that has this screen
    return Lazy(lambda parent: DirectoryScreen(directory, parent), window)


def _referral_queue(window: MainWindow) -> QWidget:
    # Built when first shown; until then the window counts the queue itself.
    from intake_app.ui.common.lazy import Lazy
    from intake_app.ui.referrals.queue_screen import QueueScreen

    referrals = window.services.referrals
    assert referrals is not None  # built for every role that has this screen

    def built(screen: QueueScreen) -> None:
        screen.count_changed.connect(lambda _count: window.refresh_counts())
        # An export's password goes when the vault locks, whatever screen is showing.
        window.vault_locked.connect(screen.close_export_result)

    # The password tick box follows the rules the service enforces (the policy it was wired
    # with), so the screen never offers what the service would refuse.
    rules = referrals.export_rules
    return Lazy(lambda parent: QueueScreen(
        referrals, window.services.cases, parent, runner=window.runner, ask=window.ask,
        choose_path=window.choose_save_path,
        password_required=rules is not None and rules.password_required),
        window, on_built=built)


def _queue_count(window: MainWindow) -> int:
    assert window.services.referrals is not None
    return window.services.referrals.queue_count()


CASES = Screen((QT_TRANSLATE_NOOP("MainWindow", "Cases")), _cases, "cases", "main-window")
USERS = Screen((QT_TRANSLATE_NOOP("MainWindow", "Users")), _users, "users", "users-screen")
#: The directory: supervisors edit it and review shipped updates (DIRECTORY_EDIT,
#: DIRECTORY_UPDATE); caseworkers read it (DIRECTORY_VIEW). One screen, two pictures.
DIRECTORY = Screen((QT_TRANSLATE_NOOP("MainWindow", "Agency directory")), _directory,
                   "directory", "directory-screen")
DIRECTORY_READ = Screen(DIRECTORY.title, _directory, "directory", "directory-screen-read-only")

#: The team's submitted referrals (REFERRAL_QUEUE): supervisors review and decide them.
REFERRAL_QUEUE = Screen((QT_TRANSLATE_NOOP("MainWindow", "Referrals waiting")), _referral_queue,
                        "referral_queue", "referral-queue", count=_queue_count,
                        counted_title=QT_TRANSLATE_NOOP("MainWindow",
                                                        "Referrals waiting ({count})"))

SCREENS: dict[Role, tuple[Screen, ...]] = {
    Role.CASEWORKER: (CASES, DIRECTORY_READ),
    Role.SUPERVISOR: (CASES, REFERRAL_QUEUE, DIRECTORY),
    Role.ADMIN: (USERS,),
}


def screens_for(role: Role) -> tuple[Screen, ...]:
    return SCREENS.get(role, ())
