"""The intake wizard on a real vault: answer states, drafts that survive, validation that
explains itself and keeps what was typed, and finishing an intake into a case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from intake_app.domain.answers import DECLINED, Tri
from intake_app.domain.case_model import Section
from intake_app.domain.case_record import CaseFilter
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.ui.cases.intake_wizard import IntakeWizard
from intake_app.ui.questions.field_row import (
    STATE_ANSWERED,
    STATE_DECLINED,
    STATE_NOT_ASKED,
    AnswerRow,
)
from intake_app.ui.questions.record_list_editor import RecordListEditor
from tests.helpers.case_ui import sign_in

PAGE = {section: index for index, section in enumerate(Section)}


def row(wizard: IntakeWizard, key: str) -> AnswerRow:
    for page in wizard.pages:
        if key in page.form.questions:
            widget = page.form.question(key)
            assert isinstance(widget, AnswerRow)
            return widget
    raise KeyError(key)


def go_to(qtbot, wizard: IntakeWizard, section: Section) -> None:
    wizard.section_list.setCurrentRow(PAGE[section])
    qtbot.waitUntil(lambda: wizard.current_index() == PAGE[section])


def type_into(qtbot, wizard: IntakeWizard, key: str, text: str) -> None:
    widget = row(wizard, key).editor.focus_widget()
    qtbot.keyClicks(widget, text)


def choose(qtbot, wizard: IntakeWizard, key: str, steps: int = 1) -> None:
    combo = row(wizard, key).editor.focus_widget()
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def make_wizard(qtbot, cases: CaseService, **kwargs) -> IntakeWizard:
    wizard = IntakeWizard(cases, **kwargs)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_every_question_starts_not_asked_and_can_be_declined(qtbot, cases):
    wizard = make_wizard(qtbot, cases)
    for page in wizard.pages:
        for question in page.form.questions.values():
            assert question.state() == STATE_NOT_ASKED
    pronouns = row(wizard, "survivor.pronouns")
    go_to(qtbot, wizard, Section.IDENTITY)
    qtbot.keyClicks(pronouns.editor.focus_widget(), "she/her")
    assert pronouns.state() == STATE_ANSWERED
    qtbot.mouseClick(pronouns.decline, Qt.MouseButton.LeftButton)
    assert pronouns.state() == STATE_DECLINED
    assert pronouns.answer() is DECLINED
    assert pronouns.chip.text() != row(wizard, "survivor.gender").chip.text()
    # Declining keeps the typing: pressing it again brings the answer back.
    qtbot.mouseClick(pronouns.decline, Qt.MouseButton.LeftButton)
    assert pronouns.answer() == "she/her"
    # A list question can be declined as a whole too.
    go_to(qtbot, wizard, Section.ABUSER)
    people = wizard.pages[PAGE[Section.ABUSER]].form.question("abuser.people")
    assert isinstance(people, RecordListEditor)
    qtbot.mouseClick(people.decline, Qt.MouseButton.LeftButton)
    assert people.state() == STATE_DECLINED
    assert wizard.values()["abuser.people"] is DECLINED


def test_draft_survives_destroying_the_wizard_and_a_lock(qtbot, staff_dir):
    vault = sign_in(staff_dir)
    service = CaseService(Session(vault))
    wizard = make_wizard(qtbot, service)
    go_to(qtbot, wizard, Section.IDENTITY)
    type_into(qtbot, wizard, "survivor.names", "Amina Okafor")
    go_to(qtbot, wizard, Section.CONTACT)
    type_into(qtbot, wizard, "contact.code_word", "blue umbrella")
    # No waiting for the quiet period: closing saves at once.
    wizard.close()
    wizard.deleteLater()
    qtbot.waitUntil(lambda: service.list_drafts() != [])
    vault.lock()

    vault = sign_in(staff_dir)
    try:
        service = CaseService(Session(vault))
        again = make_wizard(qtbot, service)
        assert row(again, "survivor.names").answer() == "Amina Okafor"
        assert row(again, "contact.code_word").answer() == "blue umbrella"
        assert again.banner.isVisibleTo(again)
        again.saver.stop()
    finally:
        vault.lock()


def test_draft_is_saved_while_typing_without_closing(qtbot, cases):
    wizard = make_wizard(qtbot, cases)
    go_to(qtbot, wizard, Section.IDENTITY)
    type_into(qtbot, wizard, "survivor.names", "Maria da Silva")
    with qtbot.waitSignal(wizard.saver.saved, timeout=5000):
        pass
    draft = cases.load_draft(wizard.saver.draft_id)
    assert draft.values["survivor.names"] == "Maria da Silva"
    # A crash now (no close, no flush) would lose nothing already saved.
    wizard.saver.stop()


def test_future_date_of_birth_is_explained_and_kept(qtbot, cases):
    wizard = make_wizard(qtbot, cases)
    go_to(qtbot, wizard, Section.IDENTITY)
    dob = row(wizard, "survivor.date_of_birth")
    future = f"04/11/{date.today().year + 3}"
    qtbot.keyClicks(dob.editor.focus_widget(), future)
    qtbot.waitUntil(lambda: dob.problems.isVisibleTo(wizard))
    assert dob.problems.property("severity") == "blocking"
    assert dob.editor.focus_widget().text() == future  # what was typed is still there
    # Text that is not a date at all is kept too, as text, and explained.
    dob.editor.focus_widget().clear()
    qtbot.keyClicks(dob.editor.focus_widget(), "31/02/1990")
    qtbot.waitUntil(lambda: dob.problems.isVisibleTo(wizard)
                    and dob.editor.focus_widget().text() == "31/02/1990")
    assert wizard.values()["survivor.date_of_birth"] == "31/02/1990"
    with qtbot.waitSignal(wizard.saver.saved, timeout=5000):
        wizard.save_now()
    assert cases.load_draft(wizard.saver.draft_id).values["survivor.date_of_birth"] == \
        "31/02/1990"
    wizard.saver.stop()


def test_missing_required_answers_block_finishing_with_links(qtbot, cases):
    wizard = make_wizard(qtbot, cases)
    go_to(qtbot, wizard, Section.IDENTITY)
    type_into(qtbot, wizard, "survivor.names", "Grace Mensah")
    assert wizard.finish() is None
    assert wizard.current_index() == wizard.stack.count() - 1
    links = [w.text() for w in wizard.finish_page.findChildren(type(wizard.next_button))
             if w.isVisibleTo(wizard.finish_page)]
    assert any("Referred by" in text for text in links), links
    assert not any(": Name" in text for text in links)
    # Nothing typed was lost by the refusal.
    assert row(wizard, "survivor.names").answer() == "Grace Mensah"
    wizard.saver.stop()


def test_finishing_creates_the_case(qtbot, cases):
    wizard = make_wizard(qtbot, cases)
    choose(qtbot, wizard, "referral.source")  # the first choice: herself
    go_to(qtbot, wizard, Section.IDENTITY)
    type_into(qtbot, wizard, "survivor.names", "Fatou Diallo")
    go_to(qtbot, wizard, Section.CONTACT)
    phones = wizard.pages[PAGE[Section.CONTACT]].form.question("contact.phones")
    assert isinstance(phones, RecordListEditor)
    qtbot.mouseClick(phones.add, Qt.MouseButton.LeftButton)
    card = phones.cards[0]
    qtbot.keyClicks(card.rows["number"].editor.focus_widget(), "07700 900123")
    qtbot.mouseClick(card.rows["safe_to_text"].editor.buttons[Tri.YES],
                     Qt.MouseButton.LeftButton)
    go_to(qtbot, wizard, Section.CONSENT)
    choose(qtbot, wizard, "consent.to_record")
    choose(qtbot, wizard, "consent.to_contact")
    go_to(qtbot, wizard, Section.NOTES)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # to "Check and finish"
    with qtbot.waitSignal(wizard.case_created) as created:
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    reference = created.args[0]
    record = cases.get_case(reference)
    assert record.get("survivor.names") == "Fatou Diallo"
    assert record.get("contact.phones")[0]["safe_to_text"] is Tri.YES
    assert cases.list_drafts() == []
    assert cases.list_ids(CaseFilter(text="Fatou"))


def test_start_blank_keeps_the_earlier_draft(qtbot, cases):
    first = make_wizard(qtbot, cases)
    go_to(qtbot, first, Section.IDENTITY)
    type_into(qtbot, first, "survivor.names", "Olga Ivanova")
    first.close()
    second = make_wizard(qtbot, cases)
    assert row(second, "survivor.names").answer() == "Olga Ivanova"
    qtbot.mouseClick(second.start_blank, Qt.MouseButton.LeftButton)
    assert row(second, "survivor.names").state() == STATE_NOT_ASKED
    assert [d.display_name for d in cases.list_drafts()] == ["Olga Ivanova"]


def test_no_case_text_reaches_the_clipboard(qtbot, cases):
    from PySide6.QtGui import QGuiApplication, QKeySequence

    QGuiApplication.clipboard().setText("unrelated")
    wizard = make_wizard(qtbot, cases)
    go_to(qtbot, wizard, Section.CONTACT)
    code = row(wizard, "contact.code_word").editor.focus_widget()
    qtbot.keyClicks(code, "aunt Rose")
    code.selectAll()
    qtbot.keySequence(code, QKeySequence.StandardKey.Copy)
    qtbot.keySequence(code, QKeySequence.StandardKey.Cut)
    assert QGuiApplication.clipboard().text() == "unrelated"
    assert code.text() == "aunt Rose"
    wizard.saver.stop()


def test_case_screen_strings_go_through_translation():
    import ast

    ui = Path(__file__).parents[2] / "intake_app" / "ui"
    paths = sorted(ui.rglob("*.py"))
    assert len(paths) > 40
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("tr",
                                                                               "translate"):
                assert not any(isinstance(a, ast.JoinedStr) for a in node.args), path


def test_typing_while_locked_is_kept_and_saved_after_unlock(qtbot, staff_dir):
    session = Session(sign_in(staff_dir))
    service = CaseService(session)
    wizard = make_wizard(qtbot, service)
    go_to(qtbot, wizard, Section.IDENTITY)
    type_into(qtbot, wizard, "survivor.names", "Sunita Devi")
    # The lock closes the vault before the quiet period ends (as a quick exit would).
    session.lock()
    assert wizard.save_now() is False
    assert "locked" in wizard.save_status.text()
    assert row(wizard, "survivor.names").answer() == "Sunita Devi"
    wizard.hide()  # the app hides its windows while locked
    session.bind(sign_in(staff_dir))
    with qtbot.waitSignal(wizard.saver.saved):
        wizard.show()  # shown again after unlocking: the pending draft is written
    try:
        assert service.load_draft(wizard.saver.draft_id).values["survivor.names"] == \
            "Sunita Devi"
    finally:
        wizard.saver.stop()
        session.end()
