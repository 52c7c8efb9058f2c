"""The Incidents tab of the case view, through the real widgets on a real vault: logging an
incident by typing and clicking, a refusal shown beside its field that records nothing,
correcting with history, MARAC dates, closed cases, the overview's review line, and which roles
get the tab at all."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from intake_app.domain.answers import Tri
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.risk import RiskLevel
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService
from intake_app.services.session import Session
from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.cases.view_tabs.incidents_tab import IncidentsTab
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.main_window import MainWindow
from intake_app.vault.store import Vault
from tests.helpers.case_ui import WORKER, WORKER_PASS
from tests.services.test_risk_records import Clock, answers_for, intake
from tests.ui.shell_support import signed_in_services

# The vault's clock is pinned for the whole module: a date read when the module is collected
# and compared with what the app shows a quarter of an hour later fails across midnight (it
# did, in CI at 00:05).
NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = NOW.astimezone().date()


@pytest.fixture
def worker_vault(staff_dir: Path) -> Iterator[Vault]:
    vault = Vault.unlock(staff_dir, WORKER, WORKER_PASS, clock=lambda: NOW)
    yield vault
    vault.lock()


def shown(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@pytest.fixture
def incidents(cases: CaseService) -> IncidentService:
    return IncidentService(cases.vault)


@pytest.fixture
def assessments(cases: CaseService) -> AssessmentService:
    return AssessmentService(cases.vault)


@pytest.fixture
def open_view(qtbot, cases, incidents, assessments):
    def make(reference: str) -> CaseView:
        view = CaseView(cases, reference, incidents=incidents, assessments=assessments)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def incidents_tab(view: CaseView) -> IncidentsTab:
    tab = view.incidents
    assert tab is not None
    view.tabs.setCurrentWidget(tab.parentWidget())
    return tab


def click(qtbot, tab: IncidentsTab, button: QWidget) -> None:
    """Scroll ``button`` into view (the tab is a scrolling page) and click it."""
    tab.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_incident(qtbot, tab: IncidentsTab, *, day: str, summary: str,
                  police: Tri | None) -> None:
    click(qtbot, tab, tab.log_button)
    assert tab.form.isVisible()
    qtbot.keyClicks(tab.form.date.focus_widget(), day)
    if summary:
        qtbot.keyClicks(tab.form.summary.focus_widget(), summary)
    if police is not None:
        click(qtbot, tab, tab.form.police_involved.buttons[police])


def test_log_an_incident_by_typing(qtbot, cases, incidents, open_view):
    reference = cases.create_case(intake())
    tab = incidents_tab(open_view(reference))
    assert tab.empty_label.isVisible() and tab.cards == []
    day = TODAY - timedelta(days=3)
    type_incident(qtbot, tab, day=shown(day), summary="Threw a cup at her in the kitchen.",
                  police=Tri.YES)
    qtbot.keyClicks(tab.form.police_reference.focus_widget(), "NR-1234/26")
    click(qtbot, tab, tab.form.children_present.buttons[Tri.NO])
    qtbot.keyClicks(tab.form.source.focus_widget(), "Her, by phone")
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, tab.form.save_button)

    stored = incidents.list_incidents(reference)
    assert [i.details for i in stored] == [IncidentInput(
        date=day, summary="Threw a cup at her in the kitchen.", police_involved=Tri.YES,
        police_reference="NR-1234/26", children_present=Tri.NO, source="Her, by phone")]
    assert not tab.form.isVisible() and tab.log_button.isEnabled()
    assert len(tab.cards) == 1
    card = tab.cards[0]
    assert card.date_label.text() == shown(day)
    assert card.summary_label.text() == "Threw a cup at her in the kitchen."
    assert not card.corrected_label.isVisible()
    texts = [w.text() for w in card.findChildren(type(card.date_label))]
    assert "Yes, reference NR-1234/26" in texts and "Her, by phone" in texts
    assert tab.message.text() == "The incident was recorded."


def test_missing_summary_is_shown_beside_it_and_nothing_is_recorded(
        qtbot, cases, incidents, open_view):
    reference = cases.create_case(intake())
    tab = incidents_tab(open_view(reference))
    day = shown(TODAY - timedelta(days=1))
    type_incident(qtbot, tab, day=day, summary="", police=Tri.NO)
    qtbot.keyClicks(tab.form.source.focus_widget(), "Her sister")
    click(qtbot, tab, tab.form.save_button)

    assert incidents.list_incidents(reference) == []
    problem = tab.form.problems["summary"]
    assert problem.isVisible() and problem.text() == "Write a short account of what happened."
    assert [k for k, label in tab.form.problems.items() if label.isVisible()] == ["summary"]
    # What she typed is all still there, and the summary has the focus.
    assert tab.form.isVisible()
    assert tab.form.date.line.text() == day
    assert tab.form.police_involved.value() is Tri.NO
    assert tab.form.source.line.text() == "Her sister"
    assert tab.form.window().focusWidget() is tab.form.summary.focus_widget()

    qtbot.keyClicks(tab.form.summary.focus_widget(), "Locked her out overnight.")
    click(qtbot, tab, tab.form.save_button)
    assert [i.details.summary for i in incidents.list_incidents(reference)] == [
        "Locked her out overnight."]


def test_an_unreadable_or_future_date_is_named_and_nothing_recorded(
        qtbot, cases, incidents, open_view):
    reference = cases.create_case(intake())
    tab = incidents_tab(open_view(reference))
    type_incident(qtbot, tab, day="31/02/2026", summary="Shouting.", police=Tri.UNSURE)
    click(qtbot, tab, tab.form.save_button)
    assert "not a date that can be read" in tab.form.problems["date"].text()
    assert tab.form.date.line.text() == "31/02/2026"
    tab.form.date.line.setText(shown(TODAY + timedelta(days=2)))
    click(qtbot, tab, tab.form.save_button)
    assert tab.form.problems["date"].text() == "The date cannot be in the future."
    assert incidents.list_incidents(reference) == []


def test_correct_an_incident_and_see_it_marked_with_its_history(
        qtbot, cases, incidents, open_view):
    reference = cases.create_case(intake())
    older = incidents.add_incident(reference, IncidentInput(
        date=TODAY - timedelta(days=40), summary="Pushed her in the hall.",
        police_involved=Tri.NO))
    incidents.add_incident(reference, IncidentInput(
        date=TODAY - timedelta(days=5), summary="Followed her to work.",
        police_involved=Tri.UNSURE))
    tab = incidents_tab(open_view(reference))
    assert [c.incident.id for c in tab.cards][-1] == older.id  # newest first
    card = tab.cards[1]
    assert not card.history_button.isVisible()

    # A correction that changes nothing records nothing.
    click(qtbot, tab, card.correct_button)
    assert tab.form.summary.value() == "Pushed her in the hall."
    click(qtbot, tab, tab.form.save_button)
    assert tab.message.text() == "Nothing was changed, so no correction was recorded."
    assert incidents.list_incidents(reference)[0].version == 1

    click(qtbot, tab, tab.cards[1].correct_button)
    assert tab.form.title.text() == f"Correct the incident of {shown(older.date)}"
    summary = tab.form.summary.focus_widget()
    summary.setFocus()
    qtbot.keyClick(summary, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(summary, " Took her phone.")
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, tab.form.save_button)

    stored = next(i for i in incidents.list_incidents(reference) if i.id == older.id)
    assert stored.version == 2
    assert stored.details.summary == "Pushed her in the hall. Took her phone."
    card = tab.cards[1]
    assert card.corrected_label.isVisible() and card.corrected_label.text() == "Corrected"
    assert card.summary_label.text() == "Pushed her in the hall. Took her phone."
    assert card.history_button.isVisible() and not card.history_frame.isVisible()
    click(qtbot, tab, card.history_button)
    assert card.history_frame.isVisible()
    assert len(card.version_labels) == 1
    assert "Version 1" in card.version_labels[0].text()
    assert "Pushed her in the hall." in card.version_labels[0].text()
    assert "Took her phone" not in card.version_labels[0].text()
    assert not tab.cards[0].corrected_label.isVisible()


def test_record_a_marac_referral_date(qtbot, cases, incidents, open_view):
    reference = cases.create_case(intake())
    tab = incidents_tab(open_view(reference))
    assert tab.marac_dates.text() == "No MARAC referral recorded."
    day = TODAY - timedelta(days=10)
    click(qtbot, tab, tab.marac_button)
    qtbot.keyClicks(tab.marac_date.focus_widget(), "not a day")
    click(qtbot, tab, tab.marac_save)
    assert tab.marac_problem.isVisible() and incidents.marac_referrals(reference) == []
    tab.marac_date.line.clear()
    qtbot.keyClicks(tab.marac_date.focus_widget(), shown(day))
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, tab.marac_save)
    assert [r.referred_on for r in incidents.marac_referrals(reference)] == [day]
    assert tab.marac_dates.text() == shown(day)
    assert not tab.marac_panel.isVisible() and tab.marac_button.isEnabled()

    # The same day again is refused beside the date, and nothing more is recorded.
    click(qtbot, tab, tab.marac_button)
    qtbot.keyClicks(tab.marac_date.focus_widget(), shown(day))
    click(qtbot, tab, tab.marac_save)
    assert tab.marac_problem.text() == f"A MARAC referral on {shown(day)} is already recorded."
    assert len(incidents.marac_referrals(reference)) == 1


def test_a_closed_case_disables_writing_and_says_why(qtbot, cases, incidents, open_view):
    reference = cases.create_case(intake())
    incidents.add_incident(reference, IncidentInput(
        date=TODAY, summary="Shouting at the door.", police_involved=Tri.NO))
    view = open_view(reference)
    tab = incidents_tab(view)
    assert tab.log_button.isEnabled() and not tab.closed_note.isVisible()
    view.edits.set_status(CaseStatus.CLOSED)
    assert not tab.log_button.isEnabled()
    assert not tab.marac_button.isEnabled()
    assert not tab.cards[0].correct_button.isEnabled()
    assert tab.closed_note.isVisible() and "closed" in tab.closed_note.text()
    view.edits.set_status(CaseStatus.OPEN)
    assert tab.log_button.isEnabled() and tab.cards[0].correct_button.isEnabled()


def test_the_overview_says_a_review_is_due_after_a_new_incident(qtbot, staff_dir):
    clock = Clock()  # the vault's clock, moved on by the test
    vault = Vault.unlock(staff_dir, WORKER, WORKER_PASS, clock=clock)
    try:
        session = Session(vault)
        cases = CaseService(session)
        assessments = AssessmentService(session, review_interval_days=90)
        reference = cases.create_case(intake())
        assessments.complete(reference, *answers_for(RiskLevel.MEDIUM))
        clock.tick()
        view = CaseView(cases, reference, incidents=IncidentService(session),
                        assessments=assessments)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        overview = view.overview
        assert overview.review_label.isVisible()
        assert overview.review_label.text() == (
            f"Next risk review by {shown(clock.today + timedelta(days=90))}.")
        assert overview.review_label.objectName() == "helpText"

        tab = incidents_tab(view)
        type_incident(qtbot, tab, day=shown(clock.today), summary="Broke the door.",
                      police=Tri.YES)
        with qtbot.waitSignal(tab.changed):
            click(qtbot, tab, tab.form.save_button)
        view.tabs.setCurrentIndex(0)
        assert overview.review_label.text() == (
            f"Reassessment due: new incident on {shown(clock.today)}.")
        assert overview.review_label.objectName() == "historyChanged"  # it stands out
    finally:
        vault.lock()


def test_an_unassessed_case_says_so_and_a_closed_one_says_nothing(qtbot, cases, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    assert view.overview.review_label.text() == (
        f"Risk assessment due: not assessed yet (open since {shown(TODAY)}).")
    view.edits.set_status(CaseStatus.CLOSED)
    assert not view.overview.review_label.isVisible()


@pytest.mark.usefixtures("shell_app")
@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.SUPERVISOR])
def test_case_roles_get_the_tab_through_the_main_window(qtbot, shell_auth, role):
    services = signed_in_services(shell_auth, role)
    try:
        assert services.cases is not None and services.incidents is not None
        reference = services.cases.create_case(intake())
        window = MainWindow(services, TaskRunner(), Policy())
        qtbot.addWidget(window)
        window.open_case(reference)
        view = window.case_tabs.currentWidget()
        assert isinstance(view, CaseView)
        titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert "Incidents" in titles
        assert view.incidents is not None
    finally:
        services.end()


def test_without_the_incident_service_there_is_no_tab(qtbot, cases):
    reference = cases.create_case(intake())
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Incidents" not in titles and view.incidents is None


def test_a_long_log_shows_the_newest_and_the_rest_on_request(qtbot, cases, incidents,
                                                             open_view):
    from intake_app.ui.cases.view_tabs.incidents_tab import PAGE

    reference = cases.create_case(intake())
    for n in range(PAGE + 5):
        incidents.add_incident(reference, IncidentInput(
            date=date.today() - timedelta(days=n + 1), summary=f"Incident number {n}.",
            police_involved=Tri.NO))
    tab = incidents_tab(open_view(reference))
    assert len(tab.cards) == PAGE
    assert tab.cards[0].incident.details.summary == "Incident number 0."  # the newest first
    assert tab.older_button.isVisible() and "5 more" in tab.older_button.text()
    click(qtbot, tab, tab.older_button)
    assert len(tab.cards) == PAGE + 5 and not tab.older_button.isVisible()
    assert tab.cards[-1].incident.details.summary == f"Incident number {PAGE + 4}."
