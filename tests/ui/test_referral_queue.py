"""The supervisor's "Referrals waiting" screen, through the real widgets on a real staff vault
(tests/conftest.py: north team cw1, cw2 and sup; south team cw3 and sup2): the count on the
navigation entry, the review (redacted view, gate, risk, the referral's own words), approving
(the count drops), returning with a request, rejecting after a confirmation, revoking an
exported referral, a gate that fails at approval, self-approval refused through the screen and
the service, and no queue for a caseworker."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import How
from intake_app.domain.errors import SelfApproval
from intake_app.domain.referrals import CheckId, State
from intake_app.policy import Policy
from intake_app.services.wiring import Services
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.main_window import MainWindow
from intake_app.ui.referrals.queue_screen import QueueScreen
from tests.conftest import STAFF_PASS
from tests.services.test_referrals import case_values, draft, give
from tests.ui.shell_support import make_auth

ID, CONTACT, LOC = Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.LOCATION
SHA = "cd" * 32
REASON = "She needs a safe place to stay this week."


class Asked:
    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _parent: QWidget, text: str, _accept: str) -> bool:
        self.texts.append(text)
        return self.answer


@pytest.fixture
def sign_in(staff_vault_dir, shell_app) -> Iterator:
    signed: list[Services] = []

    def factory(user: str) -> Services:
        services = Services(make_auth(staff_vault_dir))
        services.sign_in(user, STAFF_PASS)
        signed.append(services)
        return services

    yield factory
    for services in signed:
        services.end()


def submitted(staff: Services, name: str = "Maria Example") -> tuple[str, int]:
    """A case of ``staff`` with her consent to the refuge, and a referral to it submitted."""
    assert staff.cases and staff.referrals
    today = date.today()
    ref = staff.cases.create_case(case_values(today, **{"survivor.names": name}))
    give(staff, ref, today, ID, CONTACT, LOC)  # type: ignore[arg-type]
    referral = staff.referrals.draft(ref, draft(reason=REASON))
    staff.referrals.submit(referral.id)
    return ref, referral.id


@pytest.fixture
def window(qtbot, sign_in):
    def make(user: str = "sup", ask: Asked | None = None) -> MainWindow:
        window = MainWindow(sign_in(user), TaskRunner(), Policy(), ask=ask or Asked())
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def entries(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def open_queue(qtbot, window: MainWindow) -> QueueScreen:
    nav = window.navigation
    row = next(i for i, text in enumerate(entries(window))
               if text.startswith("Referrals waiting"))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(row)).center())
    page = window.screens["referral_queue"]
    assert window.pages.currentWidget() is page
    screen = page.content  # type: ignore[attr-defined]
    assert isinstance(screen, QueueScreen) and screen.isVisible()
    return screen


def pick(qtbot, listing: QListWidget, row: int) -> None:
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualItemRect(listing.item(row)).center())
    assert listing.currentRow() == row


def click(qtbot, screen: QueueScreen, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_supervisor_sees_the_count_reviews_and_approves(qtbot, sign_in, window):
    cw1 = sign_in("cw1")
    first_ref, first = submitted(cw1, "Maria Example")
    _second_ref, second = submitted(cw1, "Ruth Sample")
    win = window()
    assert "Referrals waiting (2)" in entries(win)
    screen = open_queue(qtbot, win)
    assert screen.waiting_list.count() == 2
    assert [r.id for r in screen.waiting] == [first, second]  # oldest first
    entry = screen.waiting_list.item(0).text()
    assert first_ref in entry and "Maria Example" in entry and "cw1" in entry
    assert "Refuge" in entry
    pick(qtbot, screen.waiting_list, 0)
    review = screen.review
    assert review is not None and review.reviewed.referral.id == first
    assert review.fact("recipient") == "Refuge" and review.fact("author") == "cw1"
    assert review.fact("risk") == "No risk assessment recorded yet"
    assert review.fact("reason") == REASON
    # The gate as it stands, and exactly what the recipient would get: the abuser's name is
    # not among it (the abuser class is not shared), her name and the reason are.
    assert review.gate_panel.gate is not None and review.gate_panel.gate.passed
    texts = review.preview.texts()
    assert any("Maria Example" in t for t in texts)
    assert any(REASON in t for t in texts)
    assert not any("Tariq Okafor" in t for t in texts)
    assert screen.decision_bar.revoke_button.isHidden()
    click(qtbot, screen, screen.decision_bar.approve_button)
    assert cw1.referrals is not None
    assert cw1.referrals.get(first).state is State.APPROVED
    assert "Approved" in screen.message.text() and screen.message.isVisible()
    assert "Referrals waiting (1)" in entries(win)
    assert [r.id for r in screen.waiting] == [second]
    assert [r.id for r in screen.approved] == [first]
    assert screen.review is None


def test_return_with_a_request_needs_the_request(qtbot, sign_in, window):
    cw1 = sign_in("cw1")
    _ref, referral_id = submitted(cw1)
    screen = open_queue(qtbot, window())
    pick(qtbot, screen.waiting_list, 0)
    bar = screen.decision_bar
    click(qtbot, screen, bar.return_button)
    assert bar.reason_box.isVisible() and not bar.approve_button.isVisible()
    click(qtbot, screen, bar.confirm_button)  # nothing typed
    assert bar.reason_problem.isVisible()
    assert cw1.referrals is not None
    assert cw1.referrals.get(referral_id).state is State.SUBMITTED
    qtbot.keyClicks(bar.reason, "Please record which language she was told in.")
    click(qtbot, screen, bar.confirm_button)
    back = cw1.referrals.get(referral_id)
    assert back.state is State.RETURNED
    assert back.status.reason == "Please record which language she was told in."
    assert "Referrals waiting (0)" in entries(screen.window())  # type: ignore[arg-type]
    assert screen.waiting_list.count() == 0 and "Returned to cw1" in screen.message.text()


def test_reject_is_confirmed_first(qtbot, sign_in, window):
    cw1 = sign_in("cw1")
    ref, referral_id = submitted(cw1)
    ask = Asked(False)
    screen = open_queue(qtbot, window(ask=ask))
    pick(qtbot, screen.waiting_list, 0)
    bar = screen.decision_bar
    click(qtbot, screen, bar.reject_button)
    qtbot.keyClicks(bar.reason, "A refuge is not what she asked for.")
    click(qtbot, screen, bar.confirm_button)
    assert len(ask.texts) == 1 and ref in ask.texts[0]
    assert cw1.referrals is not None
    assert cw1.referrals.get(referral_id).state is State.SUBMITTED  # she said no
    ask.answer = True
    click(qtbot, screen, bar.confirm_button)
    rejected = cw1.referrals.get(referral_id)
    assert rejected.state is State.REJECTED
    assert rejected.status.reason == "A refuge is not what she asked for."
    assert screen.waiting_list.count() == 0 and screen.approved_list.count() == 0


def test_revoking_an_exported_referral_says_the_recipient_must_delete_it(
        qtbot, sign_in, window):
    cw1 = sign_in("cw1")
    ref, referral_id = submitted(cw1)
    ask = Asked(True)
    win = window(ask=ask)
    sup = win.services.referrals
    assert sup is not None
    sup.approve(referral_id)
    sup.record_export(referral_id, SHA)
    screen = open_queue(qtbot, win)
    assert screen.waiting_list.count() == 0 and screen.approved_list.count() == 1
    pick(qtbot, screen.approved_list, 0)
    bar = screen.decision_bar
    assert screen.review is not None and "exported" in screen.review.facts
    assert bar.approve_button.isHidden() and bar.revoke_button.isVisible()
    click(qtbot, screen, bar.revoke_button)
    qtbot.keyClicks(bar.reason, "She asked us to stop.")
    click(qtbot, screen, bar.confirm_button)
    assert len(ask.texts) == 1 and "delete" in ask.texts[0] and ref in ask.texts[0]
    revoked = sup.get(referral_id)
    assert revoked.state is State.REVOKED and revoked.status.reason == "She asked us to stop."
    assert revoked.exports[-1].deletion_requested_at is not None
    assert "delete" in screen.message.text()
    assert screen.approved_list.count() == 0


def test_a_gate_failing_at_approval_shows_what_is_needed(qtbot, sign_in, window):
    cw1 = sign_in("cw1")
    ref, referral_id = submitted(cw1)
    screen = open_queue(qtbot, window())
    pick(qtbot, screen.waiting_list, 0)
    assert cw1.consent is not None and cw1.referrals is not None
    given = cw1.consent.list_consents(ref)[0]
    cw1.consent.withdraw_consent(ref, given.id, on=date.today(), how=How.VERBAL)
    click(qtbot, screen, screen.decision_bar.approve_button)
    assert cw1.referrals.get(referral_id).state is State.SUBMITTED
    assert "cannot be approved" in screen.decision_bar.message.text()
    review = screen.review
    assert review is not None and review.gate_panel.state_of(CheckId.CONSENT) == "failed"
    assert review.gate_panel.needed_of(CheckId.CONSENT)


def test_no_one_approves_their_own_referral_in_the_screen_or_the_service(
        qtbot, sign_in, window):
    win = window()
    sup = win.services
    _ref, referral_id = submitted(sup)
    screen = open_queue(qtbot, win)
    assert "Referrals waiting (1)" in entries(win)
    pick(qtbot, screen.waiting_list, 0)
    click(qtbot, screen, screen.decision_bar.approve_button)
    assert "no one approves their own referral" in screen.decision_bar.message.text()
    assert sup.referrals is not None
    assert sup.referrals.get(referral_id).state is State.SUBMITTED
    with pytest.raises(SelfApproval):
        sup.referrals.approve(referral_id)
    assert "Referrals waiting (1)" in entries(win)


def test_a_caseworker_gets_no_queue(qtbot, sign_in, window):
    submitted(sign_in("cw2"))
    win = window("cw1")
    assert "referral_queue" not in win.screens
    assert not any(text.startswith("Referrals waiting") for text in entries(win))


def test_the_count_is_the_supervisors_own_team(qtbot, sign_in, window):
    submitted(sign_in("cw1"))
    south = window("sup2")
    assert "Referrals waiting (0)" in entries(south)
