"""The main window shell: navigation on the left, the current area on the right, and the safety
controls (Lock, Quick exit) always in view.

What appears depends on the role, as registered in ``ui/screens.py`` (the one table of
screens per role):

* caseworkers and supervisors get "Cases": a tab area whose first tab is the case list
  (``CaseListPanel`` from ``ui/cases/case_list.py``); opening a case adds a ``CaseView`` tab
  and a new intake an ``IntakeWizard`` tab;
* supervisors also get "Referrals waiting" (``ui/referrals/queue_screen.py``), whose entry
  carries the count of the team's submitted referrals, counted again when the window is
  unlocked, when the navigation moves and after every step taken on that screen
  (``refresh_counts``);
* administrators get "Users" and no case area at all.

The window is given ``Services`` (``services/wiring.py``), never a vault.

The window is hidden, never destroyed, while the vault is locked, so open tabs and typed text
survive; ``vault_locked``/``vault_unlocked`` tell panels when to pause and resume (a draft save
that fails with VaultLocked should retry on ``vault_unlocked``). The title never carries case
data; QSettings keeps only the window geometry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.errors import IntakeError
from intake_app.policy import Policy
from intake_app.services.wiring import Services
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.cases.intake_wizard import IntakeWizard
from intake_app.ui.common import confirm, messages
from intake_app.ui.common.clipboard import ClipboardGuard
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.screens import TITLE_CONTEXT, Screen, screens_for
from intake_app.ui.users.users_model import role_label

GEOMETRY_KEY = "main_window/geometry"
#: The navigation's width, and the most it grows to for a longer entry.
NAVIGATION_WIDTH = 180
NAVIGATION_WIDEST = 280
#: Room beside an entry's words for its padding and selection marker (app.qss).
_NAVIGATION_CHROME = 48


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quick_exit_requested = Signal()
    close_requested = Signal()
    vault_locked = Signal()
    vault_unlocked = Signal()

    def __init__(self, services: Services, runner: TaskRunner, policy: Policy, *,
                 clipboard: ClipboardGuard | None = None, settings: QSettings | None = None,
                 ask: confirm.Confirm = confirm.ask,
                 choose_save_path: confirm.ChooseSavePath = confirm.choose_save_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.services = services
        self.runner = runner
        self.clipboard = clipboard
        self._settings = settings
        self.ask = ask
        #: Where a file is saved (a referral's PDF): injected so tests never block on a dialog.
        self.choose_save_path = choose_save_path
        self.policy = policy
        self._closing_for_good = False
        self.case_tabs: QTabWidget | None = None
        #: The role's screens by registered name (``ui/screens.py``).
        self.screens: dict[str, QWidget] = {}

        central = QWidget(self)
        central.setObjectName("central")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_top_bar())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(NAVIGATION_WIDTH)
        # An entry with a number ("Referrals waiting (2)"), or a longer language, widens the
        # list (``_fit_navigation``) rather than being cut off.
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(central)
        self.pages.setObjectName("pages")
        body.addWidget(self.navigation)
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        self._build_pages()
        self._build_status_bar()
        lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_shortcut.activated.connect(self.lock_requested)
        self.resize(1100, 720)
        self._restore_geometry()

    # --- layout ------------------------------------------------------------------------------

    def _build_top_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("topBar")
        name = QLabel(self.tr("Confidential Intake"), bar)
        name.setObjectName("appName")
        self.lock_button = QPushButton(self.tr("&Lock"), bar)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quick_exit_button = QPushButton(self.tr("Quick exit (F12)"), bar)
        self.quick_exit_button.setObjectName("quickExitButton")
        self.quick_exit_button.setAccessibleName(self.tr("Quick exit"))
        self.quick_exit_button.setAccessibleDescription(
            self.tr("Hides every window at once and locks the vault. Key: F12."))
        self.quick_exit_button.setToolTip(self.tr("Hide everything and lock at once (F12)"))
        self.quick_exit_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(name)
        layout.addStretch(1)
        layout.addWidget(self.lock_button)
        layout.addWidget(self.quick_exit_button)
        self.lock_button.clicked.connect(self.lock_requested)
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        return bar

    def _build_pages(self) -> None:
        self._counted: list[tuple[Screen, QWidget]] = []
        for screen in screens_for(self.services.session.role):
            widget = screen.build(self)
            self.screens[screen.name] = widget
            self.add_page(QCoreApplication.translate(TITLE_CONTEXT, screen.title), widget)
            if screen.count is not None:
                self._counted.append((screen, widget))
        self.navigation.setCurrentRow(0)
        self.refresh_counts()
        self.vault_unlocked.connect(self.refresh_counts)
        self.navigation.currentRowChanged.connect(lambda _row: self.refresh_counts())

    def refresh_counts(self) -> None:
        """Count again the screens whose entry carries a number (the referrals waiting); an
        entry keeps its last number while the vault cannot be read."""
        for screen, widget in self._counted:
            assert screen.count is not None
            try:
                count = screen.count(self)
            except IntakeError:
                continue
            item = self.navigation.item(self.pages.indexOf(widget))
            if item is not None:
                item.setText(QCoreApplication.translate(
                    TITLE_CONTEXT, screen.counted_title).format(count=count))
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        metrics = self.navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.navigation.item(i).text())
                      for i in range(self.navigation.count())), default=0)
        self.navigation.setFixedWidth(max(NAVIGATION_WIDTH, min(
            NAVIGATION_WIDEST, widest + _NAVIGATION_CHROME)))

    @property
    def users_screen(self) -> QWidget | None:
        return self.screens.get("users")

    def build_case_area(self) -> QTabWidget:
        """The case area (once per window): the case list tab; cases and intakes open
        beside it. Registered for the case-working roles in ``ui/screens.py``."""
        if self.services.cases is None:
            raise RuntimeError("this role has no case service")
        tabs = QTabWidget(self)
        tabs.setObjectName("caseTabs")
        tabs.setAccessibleName(self.tr("Open cases"))
        tabs.setDocumentMode(True)
        tabs.setTabsClosable(True)
        tabs.tabCloseRequested.connect(self.close_tab)
        panel = CaseListPanel(self.services.cases, tabs)
        panel.case_opened.connect(self.open_case)
        panel.new_intake_requested.connect(self.open_intake)
        self.vault_unlocked.connect(panel.refresh)
        self.case_list = panel
        tabs.addTab(panel, self.tr("Case list"))
        tabs.tabBar().setTabButton(0, tabs.tabBar().ButtonPosition.RightSide, None)
        self.case_tabs = tabs
        return tabs

    def _build_status_bar(self) -> None:
        session = self.services.session
        who = QLabel(self.tr("Signed in as {user} ({role})").format(
            user=session.user, role=role_label(session.role)), self)
        who.setObjectName("signedInAs")
        hints = QLabel(self.tr("F12: quick exit   ·   Ctrl+L: lock   ·   Locks by itself after "
                               "{minutes} min without use").format(
                                   minutes=self.policy.idle_lock_minutes), self)
        hints.setObjectName("safetyHints")
        # Wraps rather than being cut off when a longer language meets a narrow window.
        hints.setWordWrap(True)
        self.statusBar().addWidget(who, 1)
        self.statusBar().addPermanentWidget(hints)
        self.statusBar().setSizeGripEnabled(False)
        self.signed_in_label = who

    # --- pages and tabs ----------------------------------------------------------------------

    def add_page(self, title: str, widget: QWidget) -> int:
        """Add a section to the navigation (for screens still to come: referrals, audit...)."""
        self.navigation.addItem(title)
        return self.pages.addWidget(widget)

    def open_tab(self, widget: QWidget, title: str, key: str = "") -> int:
        """Show ``widget`` as a closable tab in the case area; an open ``key`` is re-focused."""
        if self.case_tabs is None:
            raise RuntimeError("this role has no case area")
        if key:
            for index in range(self.case_tabs.count()):
                if _tab_key(self.case_tabs.widget(index)) == key:
                    self.case_tabs.setCurrentIndex(index)
                    widget.deleteLater()
                    return index
            widget.setProperty("tabKey", key)
        index = self.case_tabs.addTab(widget, title)
        self.case_tabs.setCurrentIndex(index)
        self.navigation.setCurrentRow(self.pages.indexOf(self.case_tabs))
        return index

    def close_tab(self, index: int) -> bool:
        """Close a tab unless its widget refuses (a closeEvent it ignores); not the list."""
        if self.case_tabs is None or index <= 0:
            return False
        widget = self.case_tabs.widget(index)
        if widget is None:
            return False
        if not widget.close():
            return False
        self.case_tabs.removeTab(index)
        widget.deleteLater()
        return True

    def save_all(self) -> bool:
        """Write every open tab's unsaved typing to the vault now. True if all of it saved."""
        ok = True
        if self.case_tabs is not None:
            for index in range(self.case_tabs.count()):
                save_now = getattr(self.case_tabs.widget(index), "save_now", None)
                if save_now is not None:
                    ok = bool(save_now()) and ok
        return ok

    def open_case(self, reference: str) -> None:
        if self.services.cases is None:
            return
        try:
            view = CaseView(self.services.cases, reference, self,
                            incidents=self.services.incidents,
                            assessments=self.services.assessments, risk=self.services.risk,
                            safety_plan=self.services.safety_plan,
                            consent=self.services.consent, directory=self.services.directory,
                            referrals=self.services.referrals)
        except IntakeError as exc:  # gone, or moved out of this person's reach meanwhile
            self.statusBar().showMessage(messages.describe(exc), 15000)
            self.case_list.refresh()
            return
        view.case_changed.connect(lambda _ref: self.case_list.refresh())
        self.open_tab(view, reference, key="case:" + reference)

    def open_intake(self) -> None:
        if self.services.cases is None or self.case_tabs is None:
            return
        for index in range(self.case_tabs.count()):
            if _tab_key(self.case_tabs.widget(index)) == "intake:new":
                # One intake tab at a time: two would write over each other's draft.
                self.case_tabs.setCurrentIndex(index)
                return
        wizard = IntakeWizard(self.services.cases, self)
        self.open_tab(wizard, self.tr("New intake"), key="intake:new")
        wizard.close_requested.connect(lambda: self._close_widget(wizard))
        wizard.case_created.connect(lambda reference: self._intake_done(wizard, reference))

    def _close_widget(self, widget: QWidget) -> None:
        if self.case_tabs is not None:
            self.close_tab(self.case_tabs.indexOf(widget))

    def _intake_done(self, wizard: QWidget, reference: str) -> None:
        self._close_widget(wizard)
        self.case_list.refresh()
        self.open_case(reference)

    # --- lock, close, geometry ---------------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        (self.vault_locked if locked else self.vault_unlocked).emit()

    def close_for_good(self) -> None:
        """Close without asking the controller again (it is the one asking)."""
        self._closing_for_good = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        if self._closing_for_good:
            event.accept()
            return
        event.ignore()
        self.close_requested.emit()

    def _save_geometry(self) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def _restore_geometry(self) -> None:
        if self._settings is None:
            return
        value: Any = self._settings.value(GEOMETRY_KEY)
        if value:
            self.restoreGeometry(value)


def _tab_key(widget: QWidget | None) -> object:
    return None if widget is None else widget.property("tabKey")
