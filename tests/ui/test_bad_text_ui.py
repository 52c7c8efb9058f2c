"""Pasted invisible characters on the case screens, on a real vault: the search box still
finds the case, and an answer that cannot be stored is explained beside its field and in
words, never as a crash, with nothing written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from intake_app.domain.case_model import Section
from intake_app.domain.errors import UnstorableText
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.ui.cases.case_view import TAB_INTAKE, CaseView
from intake_app.ui.common import messages
from intake_app.ui.questions.field_text import key_label
from tests.services.test_cases import intake
from tests.ui.test_intake_wizard import go_to, make_wizard, row


def test_a_nul_pasted_into_the_search_box_still_finds_the_case(qtbot, cases):
    wanted = cases.create_case(intake("Amina Okafor"))
    cases.create_case(intake("Zofia Dabrowska"))
    panel = CaseListPanel(cases)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.search.insert("Ami\x00na")  # what a paste does
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.reference_at(0) == wanted
    panel.search.clear()
    panel.search.insert("\x00")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert panel.empty_label.isVisibleTo(panel)


def test_the_wizard_explains_an_answer_it_cannot_store_and_writes_no_draft(qtbot, cases):
    wizard = make_wizard(qtbot, cases)
    go_to(qtbot, wizard, Section.IDENTITY)
    names = row(wizard, "survivor.names")
    names.editor.focus_widget().insert("Amina\x00 Okafor")
    with qtbot.waitSignal(wizard.saver.failed) as failed:
        assert wizard.save_now() is False
    exc = failed.args[0]
    assert isinstance(exc, UnstorableText)
    assert wizard.save_status.text() == messages.describe(exc)
    assert key_label("survivor.names") in wizard.save_status.text()
    qtbot.waitUntil(lambda: names.problems.isVisibleTo(wizard))
    assert names.problems.property("severity") == "blocking"
    assert names.answer() == "Amina\x00 Okafor"  # kept on screen to be corrected
    assert cases.list_drafts() == []
    # Deleting the bad character lets the draft be saved.
    names.editor.focus_widget().setText("Amina Okafor")
    with qtbot.waitSignal(wizard.saver.saved):
        wizard.save_now()
    assert cases.load_draft(wizard.saver.draft_id).values["survivor.names"] == "Amina Okafor"
    wizard.saver.stop()


def test_saving_an_edit_it_cannot_store_shows_the_problem_beside_the_field(qtbot, cases):
    reference = cases.create_case(intake("Leila Haddad"))
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(TAB_INTAKE)
    view.intake.show_section(Section.CONTACT)
    code = view.intake.pages[Section.CONTACT].form.question("contact.code_word")
    code.editor.focus_widget().insert("bread\x1b")
    qtbot.waitUntil(lambda: view.intake.bar.save_button.isEnabled())
    qtbot.mouseClick(view.intake.bar.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: code.problems.isVisibleTo(view))
    assert view.intake.bar.status.text()  # said in words, beside the Save button
    assert "contact.code_word" not in cases.get_case(reference).values
    assert code.answer() == "bread\x1b"
    assert cases.list_drafts() == []  # the draft kept while typing was refused too


def test_the_message_names_the_fields_in_words(qtbot):
    problems = {"survivor.names": [], "contact.code_word": []}
    text = messages.describe(UnstorableText(problems))
    assert key_label("survivor.names") in text and key_label("contact.code_word") in text
    assert "survivor.names" not in text  # field labels, not keys
    assert text != messages.describe(RuntimeError())  # not the unexpected-error message

