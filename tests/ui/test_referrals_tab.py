"""The Referrals tab of the case view, through the real widgets on a real vault, the shipped
agency directory and the shipped safe-referral checklist: a caseworker drafts a referral to a
refuge, is blocked by the gate (no consent), records her consent on the Consent tab, sees the
gate pass and the preview change, and submits; the immigration questions appear only for a
recipient that may pass data on when her status is not secure; a returned referral is edited
and resubmitted; a refused draft shows its problems beside the field; a save over someone
else's keeps her words; a closed case offers no New referral.

Staff (tests/conftest.py): cw1 (caseworker) and sup (supervisor), both of the north team.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.domain.referrals import CheckId, State
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.referrals import ReferralService
from intake_app.services.session import Session
from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.cases.view_tabs.referrals_tab import ReferralsTab
from intake_app.ui.referrals.gate_panel import FAILED, PASSED
from tests.services.test_risk_records import intake

TODAY = date.today()
PURPOSE = "Refuge space"
BASE = ("identity", "contact", "location")


class Staff:
    def __init__(self, session: Session) -> None:
        directory = DirectoryService(session, load_shipped)
        self.session = session
        self.directory = directory
        self.cases = CaseService(session)
        self.consent = ConsentService(session, DirectoryRecipients(directory))
        self.referrals = ReferralService(session, directory,
                                         lambda: load_checklists(shipped_checklists_dir()))


@pytest.fixture
def as_user(open_as):
    return lambda user: Staff(Session(open_as(user)))


def case_values(**extra: object) -> dict[str, object]:
    return intake() | {"contact.last_checked": TODAY.strftime("%d/%m/%Y"),
                       "immigration.status": "british_irish",
                       "address.postcode": "LS6 2AB"} | extra


@pytest.fixture
def open_view(qtbot):
    def make(staff: Staff, reference: str) -> CaseView:
        view = CaseView(staff.cases, reference, consent=staff.consent,
                        directory=staff.directory, referrals=staff.referrals)
        qtbot.addWidget(view)
        view.resize(1280, 860)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def referrals_tab(view: CaseView) -> ReferralsTab:
    tab = view.referrals
    assert tab is not None
    view.tabs.setCurrentWidget(tab.parentWidget())
    return tab


def click(qtbot, scroll: Any, button: QWidget) -> None:
    scroll.ensureWidgetVisible(button)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, scroll: Any, box: QWidget) -> None:
    scroll.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def settle(qtbot, tab: ReferralsTab) -> None:
    """Wait for the live preview to catch up with what was typed."""
    qtbot.waitUntil(lambda: not tab.page.timer.isActive(), timeout=3000)


def draft_to_the_refuge(qtbot, tab: ReferralsTab) -> None:
    click(qtbot, tab, tab.new_button)
    editor = tab.page.editor
    editor.choose_recipient("kind:refuge")
    # The refuge's defaults are ticked; she keeps only what she will ask consent for.
    assert editor.class_boxes[Sensitivity.ABUSER].isChecked()
    assert editor.class_boxes[Sensitivity.IMMIGRATION].isHidden()  # a kind: never offered
    for cls, box in editor.class_boxes.items():
        if box.isVisible() and box.isChecked() and cls.value not in BASE:
            tick(qtbot, tab, box)
    qtbot.keyClicks(editor.purpose.focus_widget(), PURPOSE)
    qtbot.keyClicks(editor.reason.focus_widget(), "She needs a safe place to stay tonight.")
    qtbot.keyClicks(editor.do_not_tell, "Her husband")
    row = editor.item_rows["told_what_and_whom"]
    tick(qtbot, tab, row.buttons["yes"])
    assert row.line is None
    language = editor.item_rows["told_in_language"].line
    assert language is not None
    qtbot.keyClicks(language, "en")
    settle(qtbot, tab)


def test_blocked_by_the_gate_then_her_consent_lets_it_pass_and_it_is_submitted(
        qtbot, as_user, open_view):
    cw1 = as_user("cw1")
    reference = cw1.cases.create_case(case_values())
    view = open_view(cw1, reference)
    tab = referrals_tab(view)
    assert tab.count_label.text() == "No referral yet."
    draft_to_the_refuge(qtbot, tab)
    page = tab.page
    assert page.editor.asked() == ["told_what_and_whom", "told_in_language",
                                   "contact_rechecked"]
    # No consent yet: the consent check fails and says what is needed; Submit is disabled.
    assert page.gate is not None and not page.gate.passed
    assert page.gate_panel.state_of(CheckId.CONSENT) == FAILED
    needed = page.gate_panel.needed_of(CheckId.CONSENT)
    assert "Record her consent" in needed and "Who she is" in needed
    assert page.gate_panel.state_of(CheckId.SAFE_CONTACT) == PASSED
    assert not page.submit_button.isEnabled()
    before = "\n".join(page.preview.texts())
    assert "Amina Okafor" not in before  # nothing of hers goes without her consent
    assert "Purpose: Refuge space" in before
    assert "The person or people who harmed her (details not shared)" in before

    # She agrees: recorded on the Consent tab, with real clicks.
    consent_tab = view.consent
    assert consent_tab is not None
    view.tabs.setCurrentWidget(consent_tab.parentWidget())
    click(qtbot, consent_tab, consent_tab.record_button)
    form = consent_tab.form
    form.choose_recipient("kind:refuge")
    for cls in BASE:
        tick(qtbot, consent_tab, form.class_boxes[Sensitivity(cls)])
    qtbot.keyClicks(form.purpose.focus_widget(), PURPOSE)
    tick(qtbot, consent_tab, form.given)
    tick(qtbot, consent_tab, form.how_buttons[How.VERBAL])
    with qtbot.waitSignal(consent_tab.changed):
        click(qtbot, consent_tab, form.record_button)

    view.tabs.setCurrentWidget(tab.parentWidget())
    assert page.gate is not None and page.gate.passed
    assert page.gate_panel.state_of(CheckId.CONSENT) == PASSED
    assert "Amina Okafor" in "\n".join(page.preview.texts())
    assert page.submit_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, page.submit_button)
    assert page.isHidden()
    [stored] = cw1.referrals.of_case(reference)
    assert stored.state is State.SUBMITTED
    assert stored.draft.classes == frozenset(Sensitivity(c) for c in BASE)
    assert stored.draft.do_not_tell == ("Her husband",)
    card = tab.card_of(stored.id)
    assert card.state_label.text() == "Waiting for approval"
    assert card.open_button.text() == "Show"


def test_the_immigration_questions_appear_only_where_they_apply(qtbot, as_user, open_view):
    cw1 = as_user("cw1")
    insecure = cw1.cases.create_case(case_values(**{"immigration.status": "pre_settled"}))
    tab = referrals_tab(open_view(cw1, insecure))
    click(qtbot, tab, tab.new_button)
    editor = tab.page.editor
    editor.choose_recipient("kind:police")
    assert "told_immigration_risk" in editor.asked() and "advice_offered" in editor.asked()
    assert editor.item_rows["advice_offered"].isVisible()
    help_text = editor.item_rows["advice_offered"].help.text()
    assert "regulated adviser" in help_text
    editor.choose_recipient("kind:refuge")  # a refuge does not pass data on
    assert "told_immigration_risk" not in editor.asked()
    assert editor.item_rows["advice_offered"].isHidden()

    secure = cw1.cases.create_case(case_values())
    tab = referrals_tab(open_view(cw1, secure))
    click(qtbot, tab, tab.new_button)
    tab.page.editor.choose_recipient("kind:police")
    assert "told_immigration_risk" not in tab.page.editor.asked()


def _give(staff: Staff, reference: str) -> None:
    staff.consent.record_consent(reference, ConsentInput(
        recipient="kind:refuge", classes=frozenset(Sensitivity(c) for c in BASE),
        purpose=PURPOSE, decision=Decision.GIVEN, decided_on=TODAY, how=How.VERBAL))


def _raw(**changes: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "recipient": "kind:refuge", "classes": list(BASE), "purpose": PURPOSE,
        "reason": "She needs a safe place.", "assessment": None, "do_not_tell": [],
        "legal_basis": None, "answers": {"told_what_and_whom": "yes",
                                         "told_in_language": "en"}}
    raw.update(changes)
    return raw


def test_a_returned_referral_shows_the_request_and_is_edited_and_resubmitted(
        qtbot, as_user, open_view):
    cw1, sup = as_user("cw1"), as_user("sup")
    reference = cw1.cases.create_case(case_values())
    _give(cw1, reference)
    referral = cw1.referrals.submit(cw1.referrals.draft(reference, _raw()).id)
    sup.referrals.return_to_author(referral.id, "Say which refuge she prefers.")
    tab = referrals_tab(open_view(cw1, reference))
    card = tab.card_of(referral.id)
    assert card.state_label.text() == "Returned for changes"
    assert card.reason_label.isVisible()
    assert "Say which refuge she prefers." in card.reason_label.text()
    click(qtbot, tab, card.open_button)
    page = tab.page
    assert page.isVisible() and not page.read_only
    reason = page.editor.reason.focus_widget()
    reason.setFocus()
    qtbot.keyClick(reason, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(reason, " She would like the one in Leeds.")
    settle(qtbot, tab)
    assert page.submit_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, page.submit_button)
    stored = cw1.referrals.get(referral.id)
    assert stored.state is State.SUBMITTED
    assert stored.draft.reason == "She needs a safe place. She would like the one in Leeds."
    assert tab.card_of(referral.id).state_label.text() == "Waiting for approval"


def test_a_refused_draft_shows_the_problem_beside_its_field_and_saves_nothing(
        qtbot, as_user, open_view):
    cw1 = as_user("cw1")
    reference = cw1.cases.create_case(case_values())
    tab = referrals_tab(open_view(cw1, reference))
    draft_to_the_refuge(qtbot, tab)
    editor = tab.page.editor
    qtbot.keyClick(editor.do_not_tell, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.do_not_tell, "her husband")
    settle(qtbot, tab)
    problem = editor.problems["do_not_tell"]
    assert problem.isVisible() and "already named" in problem.text()
    assert tab.page.gate is None and not tab.page.submit_button.isEnabled()
    click(qtbot, tab, tab.page.save_button)
    assert cw1.referrals.of_case(reference) == []
    assert "Nothing was saved" in tab.page.message.text()


def test_a_save_over_someone_elses_is_refused_and_her_words_are_kept(
        qtbot, as_user, open_view):
    cw1 = as_user("cw1")
    reference = cw1.cases.create_case(case_values())
    tab = referrals_tab(open_view(cw1, reference))
    draft_to_the_refuge(qtbot, tab)
    click(qtbot, tab, tab.page.save_button)
    [saved] = cw1.referrals.of_case(reference)
    assert saved.state is State.DRAFT and tab.count_label.text() == "1 referral."
    # A colleague's session saves other words meanwhile.
    other = as_user("cw1")
    other.referrals.update(saved.id, _raw(reason="Other words."), version=saved.version)
    qtbot.keyClicks(tab.page.editor.purpose.focus_widget(), " now")
    click(qtbot, tab, tab.page.save_button)
    assert "Someone else has changed this referral" in tab.page.message.text()
    assert tab.page.editor.raw()["purpose"] == PURPOSE + " now"
    assert cw1.referrals.get(saved.id).draft.reason == "Other words."


def test_a_closed_case_offers_no_new_referral(qtbot, as_user, open_view):
    cw1 = as_user("cw1")
    reference = cw1.cases.create_case(case_values())
    cw1.referrals.draft(reference, _raw())
    cw1.cases.set_status(reference, CaseStatus.CLOSED)
    tab = referrals_tab(open_view(cw1, reference))
    assert tab.new_button.isHidden()
    assert tab.note.isVisible() and "closed" in tab.note.text()
    card = tab.cards[0]
    assert card.open_button.text() == "Show"  # a draft on a closed case opens read only
    click(qtbot, tab, card.open_button)
    assert tab.page.read_only and tab.page.save_button.isHidden()
    assert not tab.page.editor.recipient_box.isEnabled()
