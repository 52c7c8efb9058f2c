"""The Safety plan tab of the case view, through the real widgets on a real vault: writing a
plan by typing and saving, revising it and reading its history, an unchanged save that records
nothing, a date that cannot be read, another person's save of the same part, saving on hide,
closed cases, and which roles get the tab."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from intake_app.domain.case_record import CaseStatus
from intake_app.domain.roles import Role
from intake_app.domain.safety_plan import SafetyPlanInput
from intake_app.services.cases import CaseService
from intake_app.services.safety_plan import SafetyPlanService
from intake_app.services.session import Session
from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.cases.view_tabs.safety_plan_tab import SafetyPlanTab
from intake_app.vault import audit
from tests.helpers.case_ui import SUPERVISOR, sign_in
from tests.services.test_risk_records import intake
from tests.ui.shell_support import signed_in_services

TODAY = date.today()


@pytest.fixture
def plans(cases: CaseService) -> SafetyPlanService:
    return SafetyPlanService(cases.vault)


@pytest.fixture
def open_view(qtbot, cases, plans):
    def make(reference: str) -> CaseView:
        view = CaseView(cases, reference, safety_plan=plans)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def plan_tab(view: CaseView) -> SafetyPlanTab:
    tab = view.safety_plan
    assert tab is not None
    view.tabs.setCurrentWidget(tab.parentWidget())
    return tab


def type_into(qtbot, tab: SafetyPlanTab, key: str, text: str, *, clear: bool = False) -> None:
    editor = tab.sections[key].text
    tab.plan_scroll.ensureWidgetVisible(editor)
    editor.setFocus()
    if clear:
        editor.selectAll()
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def type_date(qtbot, tab: SafetyPlanTab, key: str, day: date) -> None:
    line = tab.dates[key].line
    line.clear()
    qtbot.keyClicks(line, day.strftime("%d/%m/%Y"))


def click(qtbot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def saves(cases: CaseService, reference: str) -> list[str]:
    return [e.detail for e in audit.entries(cases.vault.current.conn)
            if e.action == "safety_plan.save" and e.target == reference]


def test_write_revise_and_read_the_history(qtbot, cases, plans, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    tab = plan_tab(view)
    assert "No safety plan" in tab.status.text()
    assert not tab.save_button.isEnabled()
    type_into(qtbot, tab, "safe_places_people", "Her sister's flat on Mill Road.")
    type_into(qtbot, tab, "bag_ready", "Passport copies and medicine at work.")
    type_date(qtbot, tab, "discussed_on", TODAY)
    type_date(qtbot, tab, "review_on", TODAY + timedelta(days=28))
    assert tab.save_button.isEnabled() and "Unsaved" in tab.status.text()
    click(qtbot, tab.save_button)
    assert "version 1" in tab.status.text()
    first = plans.get_plan(reference)
    assert first is not None and first.version == 1
    assert first.plan.sections == {"safe_places_people": "Her sister's flat on Mill Road.",
                                   "bag_ready": "Passport copies and medicine at work."}
    assert first.plan.discussed_on == TODAY

    # Revise: one section reworded, another added.
    type_into(qtbot, tab, "safe_places_people", "Her sister's flat; not her mother's.",
              clear=True)
    type_into(qtbot, tab, "tech_trackers", "Car checked for a tag on Monday.")
    click(qtbot, tab.save_button)
    assert "version 2" in tab.status.text()
    assert saves(cases, reference) == [
        "version=1 changed=safe_places_people,bag_ready,review_on,discussed_on",
        "version=2 changed=safe_places_people,tech_trackers"]

    click(qtbot, tab.history_button)
    history = tab.history
    assert tab.stack.currentWidget() is history
    assert history.steps.count() == 2
    newest = history.steps.item(0).text()
    assert newest.startswith("Version 2") and "Safe places and safe people" in newest
    assert "Trackers" in newest and "A bag ready" not in newest
    assert "A bag ready to leave" in history.steps.item(1).text()
    shown = " ".join(history.reader.texts())
    assert "not her mother's" in shown and "(changed in this version)" in shown
    # The earlier version, as it read.
    history.steps.setCurrentRow(1)
    earlier = " ".join(history.reader.texts())
    assert "Version 1" in earlier and "Mill Road" in earlier and "Trackers" not in earlier
    click(qtbot, history.back_button)
    assert tab.stack.currentIndex() == 0


def test_an_unchanged_save_says_so_and_records_nothing(qtbot, cases, plans, open_view):
    reference = cases.create_case(intake())
    plans.save_plan(reference, SafetyPlanInput({"journey": "Leaves by the back gate."}))
    view = open_view(reference)
    tab = plan_tab(view)
    assert tab.sections["journey"].value() == "Leaves by the back gate."
    type_into(qtbot, tab, "journey", "x")
    qtbot.keyClick(tab.sections["journey"].text, Qt.Key.Key_Backspace)  # back as it was
    click(qtbot, tab.save_button)
    assert "Nothing has changed" in tab.status.text()
    assert len(plans.plan_history(reference)) == 1
    assert len(saves(cases, reference)) == 1


def test_a_date_that_cannot_be_read_is_shown_and_nothing_saved(qtbot, cases, plans,
                                                               open_view):
    reference = cases.create_case(intake())
    tab = plan_tab(open_view(reference))
    type_into(qtbot, tab, "children", "School releases them only to her.")
    qtbot.keyClicks(tab.dates["review_on"].line, "next spring")
    click(qtbot, tab.save_button)
    assert tab.problems["review_on"].isVisible()
    assert "day/month/year" in tab.problems["review_on"].text()
    assert plans.get_plan(reference) is None
    assert tab.sections["children"].value() == "School releases them only to her."
    # A refusal from the plan's rules is shown beside its date too.
    type_date(qtbot, tab, "review_on", TODAY)
    type_date(qtbot, tab, "discussed_on", TODAY + timedelta(days=3))
    click(qtbot, tab.save_button)
    assert "day still to come" in tab.problems["discussed_on"].text()
    assert plans.get_plan(reference) is None


def test_another_persons_save_of_the_same_part_keeps_her_typing(qtbot, cases, plans,
                                                                 open_view, staff_dir):
    reference = cases.create_case(intake())
    plans.save_plan(reference, SafetyPlanInput({"at_the_door": "Do not open it."}))
    tab = plan_tab(open_view(reference))
    supervisor = sign_in(staff_dir, SUPERVISOR)
    try:
        theirs = SafetyPlanService(Session(supervisor))
        theirs.save_plan(reference, SafetyPlanInput(
            {"at_the_door": "Do not open it; call 999.", "notes": "Court order in place."}),
            base_version=1)
    finally:
        supervisor.lock()
    type_into(qtbot, tab, "at_the_door", "Go to the back bedroom.", clear=True)
    click(qtbot, tab.save_button)
    assert "someone else saved" in tab.status.text()
    assert "If he comes to the door" in tab.status.text()
    assert tab.sections["at_the_door"].value() == "Go to the back bedroom."  # kept
    assert tab.sections["notes"].value() == "Court order in place."  # theirs, shown
    assert tab.problems["at_the_door"].isVisible()
    assert plans.get_plan(reference).version == 2  # nothing of hers saved
    click(qtbot, tab.save_button)  # she has seen it: her wording is kept
    plan = plans.get_plan(reference)
    assert plan.version == 3
    assert plan.plan.sections == {"at_the_door": "Go to the back bedroom.",
                                  "notes": "Court order in place."}


def test_typing_is_saved_when_the_tab_is_hidden(qtbot, cases, plans, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    tab = plan_tab(view)
    type_into(qtbot, tab, "calling_for_help", "999, then 55 if she cannot speak.")
    view.hide()  # quick exit and locking hide the window first
    plan = plans.get_plan(reference)
    assert plan is not None
    assert plan.plan.text("calling_for_help") == "999, then 55 if she cannot speak."


def test_a_closed_case_is_read_only_and_says_why(qtbot, cases, plans, open_view):
    reference = cases.create_case(intake())
    plans.save_plan(reference, SafetyPlanInput({"notes": "Agreed with her."}))
    view = open_view(reference)
    view.edits.set_status(CaseStatus.CLOSED)
    tab = plan_tab(view)
    assert tab.read_only and tab.closed_note.isVisible()
    assert "closed" in tab.closed_note.text()
    assert tab.sections["notes"].text.isReadOnly() and not tab.save_button.isEnabled()
    qtbot.keyClicks(tab.sections["notes"].text, "more")
    assert tab.sections["notes"].value() == "Agreed with her."
    assert not tab.save()
    assert len(plans.plan_history(reference)) == 1


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.SUPERVISOR])
def test_the_main_window_gives_case_workers_the_tab(qtbot, shell_auth, role):
    from intake_app.policy import Policy
    from intake_app.ui.common.tasks import TaskRunner
    from intake_app.ui.main_window import MainWindow

    services = signed_in_services(shell_auth, role)
    try:
        assert services.cases is not None and services.safety_plan is not None
        reference = services.cases.create_case(intake())
        window = MainWindow(services, TaskRunner(), Policy())
        qtbot.addWidget(window)
        window.open_case(reference)
        view = window.case_tabs.currentWidget()
        assert isinstance(view, CaseView) and view.safety_plan is not None
        titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert titles[-1] == "Safety plan"
    finally:
        services.end()
