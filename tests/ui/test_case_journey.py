"""A caseworker's whole journey through the case screens on a real vault: intake through the
wizard, finding the case by typing, opening it, editing an answer, and seeing the edit and the
earlier state in History."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from intake_app.domain.case_model import Section
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.risk import RiskLevel
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.ui.cases.case_list_model import COL_NAME, ReferenceRole
from intake_app.ui.cases.case_view import TAB_HISTORY, TAB_INTAKE, CaseView
from intake_app.ui.cases.intake_wizard import IntakeWizard
from intake_app.ui.questions.field_row import AnswerRow


def table_texts(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def create_through_wizard(qtbot, cases: CaseService, name: str) -> str:
    wizard = IntakeWizard(cases)
    qtbot.addWidget(wizard)
    wizard.show()
    for key in ("referral.source", "consent.to_record", "consent.to_contact"):
        page = wizard.pages[wizard.page_for(key)]
        combo = page.form.question(key).editor.focus_widget()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    names = wizard.pages[wizard.page_for("survivor.names")].form.question("survivor.names")
    qtbot.keyClicks(names.editor.focus_widget(), name)
    with qtbot.waitSignal(wizard.case_created) as created:
        wizard.finish()
    wizard.close()
    return str(created.args[0])


def test_intake_find_open_edit_and_history(qtbot, cases):
    create_through_wizard(qtbot, cases, "Zofia Dabrowska")
    reference = create_through_wizard(qtbot, cases, "Amina Okafor")

    panel = CaseListPanel(cases)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.keyClicks(panel.search, "amin")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    index = panel.model.index(0, COL_NAME)
    assert panel.model.data(index) == "Amina Okafor"
    assert panel.model.data(index, ReferenceRole) == reference
    # Down from the search box, then Enter, opens the case.
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: panel.table.currentIndex().isValid())
    with qtbot.waitSignal(panel.case_opened) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [reference]

    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    assert view.name_label.text() == "Amina Okafor"
    view.tabs.setCurrentIndex(TAB_INTAKE)
    view.intake.show_section(Section.IDENTITY)
    pronouns = view.intake.pages[Section.IDENTITY].form.question("survivor.pronouns")
    assert isinstance(pronouns, AnswerRow)
    qtbot.keyClicks(pronouns.editor.focus_widget(), "she/her")
    qtbot.waitUntil(lambda: view.intake.bar.save_button.isEnabled())
    with qtbot.waitSignal(view.case_changed):
        qtbot.mouseClick(view.intake.bar.save_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(reference).get("survivor.pronouns") == "she/her"
    assert not view.intake.bar.save_button.isEnabled()

    view.tabs.setCurrentIndex(TAB_HISTORY)
    steps = view.history.steps
    qtbot.waitUntil(lambda: steps.count() == 2)
    assert "Pronouns" in steps.item(0).text()
    assert "amara" in steps.item(0).text()
    changed = table_texts(view.history.changes)
    assert changed == [["Pronouns", "Not asked yet", "she/her"]]
    # The earlier state: the case as created, before the edit.
    steps.setCurrentRow(1)
    qtbot.waitUntil(lambda: "Pronouns" not in {r[0] for r in table_texts(view.history.state)})
    earlier = {r[0]: r[1] for r in table_texts(view.history.state)}
    assert earlier["Name (changed here)"] == "Amina Okafor"
    steps.setCurrentRow(0)
    qtbot.waitUntil(lambda: any(r[0].startswith("Pronouns")
                                for r in table_texts(view.history.state)))

    # The list shows the change too once it refreshes.
    view.case_changed.connect(lambda _ref: panel.refresh())
    view.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(view.case_changed):
        qtbot.mouseClick(view.overview.status_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(reference).status is CaseStatus.CLOSED
    assert panel.model.case_row(0).status is CaseStatus.CLOSED
    assert not view.intake.pages[Section.IDENTITY].form.question(
        "survivor.pronouns").editor.isEnabled()


def leave_unsaved_code_word(qtbot, cases: CaseService, name: str) -> str:
    """A new case whose view was closed with "bread" typed as the code word, unsaved."""
    reference = create_through_wizard(qtbot, cases, name)
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    view.show()
    code = view.intake.pages[Section.CONTACT].form.question("contact.code_word")
    qtbot.keyClicks(code.editor.focus_widget(), "bread")
    view.close()
    return reference


def test_unsaved_edits_survive_closing_the_case_view(qtbot, cases):
    reference = leave_unsaved_code_word(qtbot, cases, "Leila Haddad")
    again = CaseView(cases, reference)
    qtbot.addWidget(again)
    again.show()
    code = again.intake.pages[Section.CONTACT].form.question("contact.code_word")
    assert code.answer() == "bread"
    assert again.intake.bar.save_button.isEnabled()
    assert cases.get_case(reference).get("contact.code_word") != "bread"  # not saved yet
    qtbot.mouseClick(again.intake.bar.undo_button, Qt.MouseButton.LeftButton)
    assert code.state() == "not_asked"
    assert cases.list_drafts() == []


def test_edit_conflict_keeps_my_text(qtbot, cases, staff_dir):
    from tests.helpers.case_ui import SUPERVISOR, sign_in

    reference = create_through_wizard(qtbot, cases, "Hiwot Gebru")
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    view.show()
    code = view.intake.pages[Section.CONTACT].form.question("contact.code_word")
    qtbot.keyClicks(code.editor.focus_widget(), "mine")
    other = sign_in(staff_dir, SUPERVISOR)
    try:
        CaseService(Session(other)).update_case(reference, {"contact.code_word": "theirs"})
    finally:
        other.lock()
    qtbot.mouseClick(view.intake.bar.save_button, Qt.MouseButton.LeftButton)
    assert "changed" in view.intake.bar.status.text()
    assert code.answer() == "mine"
    qtbot.mouseClick(view.intake.bar.save_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(reference).get("contact.code_word") == "mine"


def test_case_screens_keep_case_text_off_the_clipboard(qtbot, cases):
    from PySide6.QtGui import QGuiApplication, QKeySequence

    reference = create_through_wizard(qtbot, cases, "Nasrin Akter")
    cases.update_case(reference, {"survivor.pronouns": "she/her"})
    QGuiApplication.clipboard().setText("unrelated")
    panel = CaseListPanel(cases)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.setCurrentIndex(panel.model.index(0, COL_NAME))
    qtbot.keySequence(panel.table, QKeySequence.StandardKey.Copy)
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(TAB_HISTORY)
    qtbot.waitUntil(lambda: view.history.steps.count() == 2)
    for widget in (view.history.steps, view.history.changes, view.history.state):
        qtbot.keySequence(widget, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "unrelated"


def test_opening_a_case_builds_only_what_is_shown(qtbot, cases):
    reference = create_through_wizard(qtbot, cases, "Eleni Nguyen")
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.edits.forms == []  # the overview shows no form
    view.tabs.setCurrentIndex(TAB_INTAKE)
    assert [f.section for f in view.edits.forms] == [Section.REFERRAL]
    view.intake.show_section(Section.CONTACT)
    assert [f.section for f in view.edits.forms] == [Section.REFERRAL, Section.CONTACT]
    assert view.intake.pages[Section.CONTACT].isVisible()


def test_a_resumed_draft_is_saved_from_a_tab_its_section_was_never_opened_in(qtbot, cases):
    from intake_app.ui.cases.case_view import TAB_NOTES

    reference = leave_unsaved_code_word(qtbot, cases, "Iryna Mensah")
    again = CaseView(cases, reference)
    qtbot.addWidget(again)
    again.resize(1100, 760)
    again.show()
    again.tabs.setCurrentIndex(TAB_NOTES)
    assert [f.section for f in again.edits.forms] == [Section.NOTES]
    assert again.notes.bar.save_button.isEnabled()
    assert again.edits.note and again.notes.bar.status.text() == again.edits.note
    with qtbot.waitSignal(again.case_changed):
        qtbot.mouseClick(again.notes.bar.save_button, Qt.MouseButton.LeftButton)
    assert cases.get_case(reference).get("contact.code_word") == "bread"
    assert cases.list_drafts() == []
    assert [f.section for f in again.edits.forms] == [Section.NOTES]  # saved unopened


def test_a_case_view_that_cannot_save_stays_open_and_saves_after_unlock(qtbot, staff_dir):
    from intake_app.services.session import Session
    from tests.helpers.case_ui import sign_in

    session = Session(sign_in(staff_dir))
    service = CaseService(session)
    reference = service.create_case({"survivor.names": "Rumana Diallo",
                                     "referral.source": "self", "consent.to_record": "given",
                                     "consent.to_contact": "given"})
    view = CaseView(service, reference)
    qtbot.addWidget(view)
    view.show()
    code = view.intake.pages[Section.CONTACT].form.question("contact.code_word")
    qtbot.keyClicks(code.editor.focus_widget(), "bread")
    session.lock()  # before the quiet period ends, as a quick exit would
    assert view.close() is False
    assert view.isVisible() and code.answer() == "bread"
    view.hide()  # the app hides its windows while locked
    session.bind(sign_in(staff_dir))
    with qtbot.waitSignal(view.edits.saver.saved):
        view.show()  # shown again after unlocking: the pending draft is written
    try:
        drafts = service.list_drafts()
        assert [d.case_reference for d in drafts] == [reference]
        assert service.load_draft(drafts[0].id).values["contact.code_word"] == "bread"
        assert view.close() is True
    finally:
        session.end()


def test_the_risk_filter_offers_the_risk_vocabulary(qtbot, cases):
    panel = CaseListPanel(cases)
    qtbot.addWidget(panel)
    combo = panel.risk_filter
    offered = [combo.itemData(i) for i in range(1, combo.count())]  # after "Any risk level"
    assert offered == [level.value for level in RiskLevel]
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Standard", "Medium", "High"]
    combo.setCurrentIndex(combo.findData(RiskLevel.HIGH.value))
    assert panel.current_filter().risk_level is RiskLevel.HIGH
    combo.setCurrentIndex(0)
    assert panel.current_filter().risk_level is None
