"""The whole journey through the real windows, as people would click it.

First run (set-up wizard creates the vault and the administrator) -> the administrator adds a
caseworker on the Users screen -> lock and sign out -> the caseworker signs in -> an intake
through the wizard -> the case found by typing in the search box -> opened and edited -> the
edit seen in History -> idle auto-lock -> unlock with nothing lost -> quick exit (F12).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intake_app.domain.case_model import Section
from intake_app.domain.roles import Role
from intake_app.ui.app_controller import State
from intake_app.ui.cases.case_list_model import COL_NAME, ReferenceRole
from intake_app.ui.cases.case_view import TAB_HISTORY, TAB_INTAKE, CaseView
from intake_app.ui.cases.intake_wizard import IntakeWizard
from intake_app.vault import audit
from intake_app.vault.store import Vault
from tests.ui.shell_support import IDLE_SECONDS, make_auth

ADMIN_NAME = "it.admin"
ADMIN_PHRASE = "meadow copper lantern 88"
WORKER_NAME = "hana.m"
WORKER_PHRASE = "quiet harbour pebble 31"
SURVIVOR = "Marisol Quintero"
UNSAVED = "call only after 6pm"


def _visible():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]


def _sign_in(qtbot, controller, user, passphrase):
    form = controller.sign_in.form
    form.user.clear()
    qtbot.keyClicks(form.user, user)
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == State.UNLOCKED, timeout=15000)


def test_first_run_to_quick_exit(qtbot, tmp_path, shell_controller, shell_clock):
    data = tmp_path / "data"
    auth = make_auth(data)
    controller = shell_controller(auth)
    controller.start()

    # --- first run: the set-up wizard ----------------------------------------------------
    assert controller.state == State.SETUP
    wizard = controller.setup_wizard
    qtbot.keyClicks(wizard.user_name, ADMIN_NAME)
    qtbot.keyClicks(wizard.passphrase.first, ADMIN_PHRASE)
    qtbot.keyClicks(wizard.passphrase.second, ADMIN_PHRASE)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.showing_key, timeout=15000)
    assert not wizard.finish_button.isEnabled()  # not before the key is confirmed stored
    wizard.written_down.click()
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    assert controller.state == State.UNLOCKED
    admin_window = controller.main_window
    assert admin_window.case_tabs is None  # administrators get no case area

    # --- the administrator adds a caseworker -----------------------------------------------
    screen = admin_window.users_screen
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    dialog = screen.add_dialog
    qtbot.keyClicks(dialog.user_name, WORKER_NAME)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CASEWORKER))
    qtbot.keyClicks(dialog.passphrase.first, WORKER_PHRASE)
    qtbot.keyClicks(dialog.passphrase.second, WORKER_PHRASE)
    with qtbot.waitSignal(dialog.user_added, timeout=15000):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    # --- lock, sign out, the caseworker signs in -------------------------------------------
    qtbot.mouseClick(admin_window.lock_button, Qt.MouseButton.LeftButton)
    assert controller.state == State.LOCKED
    qtbot.mouseClick(controller.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert controller.state == State.SIGN_IN
    _sign_in(qtbot, controller, WORKER_NAME, WORKER_PHRASE)
    window = controller.main_window
    assert window.case_tabs is not None and window.users_screen is None

    # --- an intake through the wizard ------------------------------------------------------
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    intake = window.case_tabs.currentWidget()
    assert isinstance(intake, IntakeWizard)
    for key in ("referral.source", "consent.to_record", "consent.to_contact"):
        combo = intake.pages[intake.page_for(key)].form.question(key).editor.focus_widget()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    names = intake.pages[intake.page_for("survivor.names")].form.question("survivor.names")
    qtbot.keyClicks(names.editor.focus_widget(), SURVIVOR)
    with qtbot.waitSignal(intake.case_created, timeout=15000) as created:
        intake.finish()
    reference = str(created.args[0])

    # --- found by typing in the search box, opened -----------------------------------------
    panel = window.case_list
    window.case_tabs.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "mariso")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert panel.model.data(panel.model.index(0, COL_NAME)) == SURVIVOR
    assert panel.model.data(panel.model.index(0, COL_NAME), ReferenceRole) == reference
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.table.currentIndex().isValid())
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.case_tabs.currentWidget(), CaseView))
    view = window.case_tabs.currentWidget()
    assert window.windowTitle() == "Confidential Intake"  # never case data in titles

    # --- edited, and the edit in History ---------------------------------------------------
    view.tabs.setCurrentIndex(TAB_INTAKE)
    view.intake.show_section(Section.IDENTITY)
    pronouns = view.intake.pages[Section.IDENTITY].form.question("survivor.pronouns")
    qtbot.keyClicks(pronouns.editor.focus_widget(), "she/her")
    qtbot.waitUntil(lambda: view.intake.bar.save_button.isEnabled())
    with qtbot.waitSignal(view.case_changed, timeout=5000):
        qtbot.mouseClick(view.intake.bar.save_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentIndex(TAB_HISTORY)
    qtbot.waitUntil(lambda: view.history.steps.count() == 2, timeout=5000)
    assert "Pronouns" in view.history.steps.item(0).text()

    # Typed but not saved: must survive the lock.
    view.tabs.setCurrentIndex(TAB_INTAKE)
    view.intake.show_section(Section.CONTACT)
    times = view.intake.pages[Section.CONTACT].form.question("contact.safe_times")
    qtbot.keyClicks(times.editor.focus_widget(), UNSAVED)

    # --- idle auto-lock, unlock, nothing lost ----------------------------------------------
    first_vault = controller.session.current
    shell_clock.advance(IDLE_SECONDS + 1)
    qtbot.waitUntil(lambda: controller.state == State.LOCKED, timeout=5000)
    assert not first_vault.is_open
    assert _visible() == [controller.lock_screen]
    form = controller.lock_screen.form
    qtbot.keyClicks(form.passphrase, WORKER_PHRASE)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == State.UNLOCKED, timeout=15000)
    assert controller.main_window is window and window.case_tabs.currentWidget() is view
    times = view.intake.pages[Section.CONTACT].form.question("contact.safe_times")
    assert times.answer() == UNSAVED
    assert view.intake.bar.save_button.isEnabled()

    # --- quick exit --------------------------------------------------------------------------
    vault_before_exit = controller.session.current
    qtbot.keyClick(window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: not vault_before_exit.is_open, timeout=5000)
    assert _visible() == []
    assert not controller.session.is_open
    controller.shutdown()

    # What the audit log says (read as the administrator): views and edits by reference,
    # never the survivor's name or the typed text.
    with Vault.unlock(data, ADMIN_NAME, ADMIN_PHRASE) as vault:
        entries = audit.entries(vault.conn)
        assert audit.verify(vault.conn) == []
    actions = {(e.actor, e.action) for e in entries}
    assert (WORKER_NAME, "case.edit") in actions and (WORKER_NAME, "case.view") in actions
    flat = " ".join(f"{e.target} {e.detail}" for e in entries)
    assert reference in flat
    assert "Marisol" not in flat and "she/her" not in flat and "6pm" not in flat


def _worker_window(qtbot, tmp_path, shell_controller, golden_vault):
    import shutil

    from intake_app.services.session import Session
    from intake_app.services.users import UserService

    data = tmp_path / "data"
    shutil.copytree(golden_vault[0], data)
    auth = make_auth(data)
    from tests.conftest import ADMIN, ADMIN_PASS

    with auth.sign_in(ADMIN, ADMIN_PASS) as vault:
        UserService(Session(vault), auth).add_user(WORKER_NAME, Role.CASEWORKER, WORKER_PHRASE)
    controller = shell_controller(auth)
    controller.start()
    _sign_in(qtbot, controller, WORKER_NAME, WORKER_PHRASE)
    return controller, data


def test_closing_the_window_keeps_typing_not_yet_autosaved(qtbot, tmp_path, shell_controller,
                                                           golden_vault):
    controller, data = _worker_window(qtbot, tmp_path, shell_controller, golden_vault)
    window = controller.main_window
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    intake = window.case_tabs.currentWidget()
    names = intake.pages[intake.page_for("survivor.names")].form.question("survivor.names")
    qtbot.keyClicks(names.editor.focus_widget(), "Typed Just Now")
    window.close()  # within the autosave delay
    assert controller.state == State.CLOSED
    with Vault.unlock(data, WORKER_NAME, WORKER_PHRASE) as vault:
        from intake_app.services.cases import CaseService
        from intake_app.services.session import Session

        drafts = CaseService(Session(vault)).list_drafts()
        assert drafts, "the draft typed before closing was lost"


def test_a_second_new_intake_reuses_the_open_intake_tab(qtbot, tmp_path, shell_controller,
                                                        golden_vault):
    controller, _ = _worker_window(qtbot, tmp_path, shell_controller, golden_vault)
    window = controller.main_window
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    first = window.case_tabs.currentWidget()
    window.case_tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.case_list.new_button, Qt.MouseButton.LeftButton)
    assert window.case_tabs.currentWidget() is first
    assert window.case_tabs.count() == 2


def test_text_cannot_be_dragged_out_of_a_multi_line_answer(qtbot):
    from intake_app.ui.common.no_copy import SealedPlainTextEdit

    editor = SealedPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("a survivor's address")
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    assert not mime.hasText() and mime.formats() == []
