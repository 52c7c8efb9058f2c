"""A caseworker's risk assessments through the real widgets on a real vault: completing the
shipped risk checklist by clicking answers, professional judgement, the chart, drafts that
survive closing the form, and unanswered questions that stop anything being recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from intake_app.domain.answers import Tri
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.risk import RiskLevel
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService
from intake_app.services.risk import RiskService
from intake_app.services.session import Session
from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.risk.assessment_form import AssessmentForm
from tests.ui.shell_support import Recorder

RISK = "risk_identification"
HONOUR = "honour_based_abuse"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC) - timedelta(days=60)

    def __call__(self) -> datetime:
        return self.now

    @property
    def today(self) -> date:
        return self.now.astimezone().date()


@pytest.fixture(scope="module")
def catalogue():
    loaded = load_checklists(shipped_checklists_dir())
    assert not loaded.refused
    return loaded


@pytest.fixture
def clock(worker_vault) -> Clock:
    ticking = Clock()
    worker_vault.clock = ticking  # the vault's clock stamps every record
    return ticking


@pytest.fixture
def risk(worker_vault, clock, catalogue) -> RiskService:
    session = Session(worker_vault)
    return RiskService(catalogue, AssessmentService(session), IncidentService(session),
                       cases=CaseService(session))


def intake(**extra: object) -> dict[str, object]:
    return {"referral.source": "self", "survivor.names": "Amina Okafor",
            "consent.to_record": "given", "consent.to_contact": "given", **extra}


def open_view(qtbot, cases, risk, reference: str) -> CaseView:
    view = CaseView(cases, reference, risk=risk)
    qtbot.addWidget(view)
    view.resize(1180, 760)
    view.show()
    view.tabs.setCurrentIndex(view.tabs.count() - 1)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Risk"
    return view


def start(qtbot, view: CaseView, checklist: str = RISK) -> AssessmentForm:
    tab = view.risk
    tab.checklist.setCurrentIndex(tab.checklist.findData(checklist))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.form is not None and tab.currentWidget() is tab.form
    return tab.form


def click_answers(qtbot, form: AssessmentForm, yes: int, *, only: int | None = None) -> None:
    """Answer the scored items page by page, as she would: the first ``yes`` with yes, the
    rest no (only the first ``only`` items when given)."""
    scored = [item.id for item in form.defn.scored_items()][:only]
    for index, page in enumerate(form.pages):
        form.section_list.setCurrentRow(index)
        assert form.current_index() == index
        for item_id, row in page.rows.items():
            if item_id not in scored:
                continue
            button = row.buttons["yes" if scored.index(item_id) < yes else "no"]
            page.ensureWidgetVisible(button)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert button.isChecked()


def go_to_complete(qtbot, form: AssessmentForm) -> None:
    while form.next_button.isVisible():
        qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert form.stack.currentWidget() is form.complete_page


def test_fourteen_yes_by_clicking_is_high_with_marac_and_the_fired_rule(qtbot, cases, risk,
                                                                      clock):
    reference = cases.create_case(intake())
    for days in (5, 40, 90):
        risk.incidents.add_incident(reference, IncidentInput(
            date=clock.today - timedelta(days=days), summary="Police called by a neighbour.",
            police_involved=Tri.YES))
    view = open_view(qtbot, cases, risk, reference)
    form = start(qtbot, view)
    click_answers(qtbot, form, 14)
    assert form.yes_count.text() == "Yes so far: 14 of 24"
    go_to_complete(qtbot, form)
    with qtbot.waitSignal(form.completed) as signal:
        qtbot.mouseClick(form.complete_page.complete_button, Qt.MouseButton.LeftButton)
    done = signal.args[0]
    assert done.outcome.score == 14 and done.outcome.level is RiskLevel.HIGH
    card = form.complete_page.outcome
    assert card is not None and card.isVisible()
    shown = card.text()
    assert "Level: High" in shown
    assert "Refer her case to MARAC, and agree a safety plan with her now." in shown
    assert "Escalation: three or more incidents reported to the police in the last twelve " \
        "months" in shown
    # Back on the list: the assessment is there, and the case's level has followed it.
    qtbot.mouseClick(form.complete_page.done_button, Qt.MouseButton.LeftButton)
    tab = view.risk
    assert tab.form is None and len(tab.cards) == 1 and tab.cards[0].isVisible()
    assert "Refer her case to MARAC" in tab.cards[0].text()
    assert cases.get_case(reference).risk_level == RiskLevel.HIGH.value
    assert view.edits.record.risk_level == RiskLevel.HIGH.value
    assert risk.assessments.load_assessment_draft(reference, RISK) is None


def test_judgement_raises_the_level_and_is_refused_without_a_reason(qtbot, cases, risk):
    reference = cases.create_case(intake())
    view = open_view(qtbot, cases, risk, reference)
    form = start(qtbot, view)
    click_answers(qtbot, form, 11)  # medium
    go_to_complete(qtbot, form)
    box = form.complete_page.judgement
    assert box.isVisible()
    qtbot.mouseClick(box.raise_box, Qt.MouseButton.LeftButton)
    assert box.details.isVisible()
    # Only the levels above the scored one are offered: never lower.
    assert [box.level.itemData(i) for i in range(box.level.count())] == ["high"]
    qtbot.mouseClick(form.complete_page.complete_button, Qt.MouseButton.LeftButton)
    assert box.problem.isVisible() and "Give a reason" in box.problem.text()
    assert risk.assessments.list_assessments(reference) == []
    assert form.done is None
    # One of the offered grounds is a reason.
    immigration = box.grounds["immigration"]
    assert immigration.parentWidget().findChildren(type(box.note))[0].text() == \
        "Her immigration situation"
    qtbot.mouseClick(immigration, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box.reason, "Her visa depends on him.")
    with qtbot.waitSignal(form.completed) as signal:
        qtbot.mouseClick(form.complete_page.complete_button, Qt.MouseButton.LeftButton)
    outcome = signal.args[0].outcome
    assert outcome.scored_level is RiskLevel.MEDIUM and outcome.level is RiskLevel.HIGH
    assert outcome.judgement.grounds == ("immigration",)
    assert "Raised to High on professional judgement. Why: Her immigration situation; Her " \
        "visa depends on him." in form.complete_page.outcome.text()
    [record] = risk.assessments.list_assessments(reference)
    assert record.level is RiskLevel.HIGH and record.judgement_level is RiskLevel.HIGH


def test_judgement_cannot_raise_what_is_already_high(qtbot, cases, risk):
    reference = cases.create_case(intake())
    form = start(qtbot, open_view(qtbot, cases, risk, reference))
    click_answers(qtbot, form, 16)
    go_to_complete(qtbot, form)
    box = form.complete_page.judgement
    assert not box.raise_box.isEnabled() and box.level.count() == 0
    assert "highest level" in box.note.text()


def test_the_chart_lists_its_points_after_two_assessments(qtbot, cases, risk, clock,
                                                          catalogue):
    reference = cases.create_case(intake())
    items = [i.id for i in catalogue.get(RISK).scored_items()]
    first_day = clock.today
    risk.assess(reference, RISK, {item: "yes" if n < 3 else "no"
                                  for n, item in enumerate(items)})
    clock.now += timedelta(days=30)
    risk.assess(reference, RISK, {item: "yes" if n < 15 else "no"
                                  for n, item in enumerate(items)})
    risk.assess(reference, "stalking_screen", {
        item.id: "yes" for item in catalogue.get("stalking_screen").scored_items()})
    tab = open_view(qtbot, cases, risk, reference).risk
    assert tab.chart.points == [(first_day, RiskLevel.STANDARD), (clock.today, RiskLevel.HIGH)]
    expected = (f"Risk level at each assessment, oldest first: "
                f"{first_day:%d/%m/%Y}: Standard; {clock.today:%d/%m/%Y}: High.")
    assert tab.chart_text.text() == expected and tab.chart_text.isVisible()
    assert tab.chart.accessibleDescription() == expected
    assert tab.chart.accessibleName() == "Risk level over time"
    # Newest first, the screen (no level) with its count and guidance.
    assert [card.title.text() for card in tab.cards] == [
        "Stalking screen", "Domestic abuse risk identification",
        "Domestic abuse risk identification"]
    assert "11 \u201cyes\u201d of 11 questions. This screen sets no risk level." in \
        tab.cards[0].text()
    assert "Guidance:" in tab.cards[0].text()
    assert tab.chart.grab().width() > 0  # it paints


def test_a_draft_survives_closing_and_reopening_the_form(qtbot, cases, risk):
    reference = cases.create_case(intake())
    view = open_view(qtbot, cases, risk, reference)
    form = start(qtbot, view)
    click_answers(qtbot, form, 2, only=3)
    row = form.rows["afraid"]
    qtbot.keyClicks(row.comment, "Says he will find her.")
    qtbot.keyClicks(row.source, "Herself")
    # Saved as she answers, without any button: the quiet-period timer writes it.
    qtbot.waitUntil(lambda: (d := risk.assessments.load_assessment_draft(reference, RISK))
                    is not None and d.answers.get("afraid", {}).get("source") == "Herself",
                    timeout=5000)
    qtbot.mouseClick(form.close_button, Qt.MouseButton.LeftButton)
    assert view.risk.form is None
    view.close()

    again = open_view(qtbot, cases, risk, reference)
    tab = again.risk
    assert tab.drafts_box.isVisible() and tab.continue_buttons[RISK].isVisible()
    qtbot.mouseClick(tab.continue_buttons[RISK], Qt.MouseButton.LeftButton)
    resumed = tab.form
    assert resumed is not None and resumed.banner.isVisible()
    assert resumed.rows["current_injury"].value() == "yes"
    assert resumed.rows["afraid"].value() == "yes"
    assert resumed.rows["fears_for"].value() == "no"
    assert resumed.rows["afraid"].comment.text() == "Says he will find her."
    assert resumed.yes_count.text() == "Yes so far: 2 of 24"
    # Discarding (after saying yes to the question) starts again from nothing.
    resumed._ask = Recorder(True)
    qtbot.mouseClick(resumed.discard_button, Qt.MouseButton.LeftButton)
    assert risk.assessments.load_assessment_draft(reference, RISK) is None
    assert resumed.rows["afraid"].value() is None and not resumed.banner.isVisible()


def test_a_hidden_form_saves_at_once(qtbot, cases, risk):
    """Locking and quick exit hide the window first: the answer is in the vault then."""
    reference = cases.create_case(intake())
    view = open_view(qtbot, cases, risk, reference)
    form = start(qtbot, view)
    qtbot.mouseClick(form.rows["weapons"].buttons["dont_know"], Qt.MouseButton.LeftButton)
    view.hide()
    draft = risk.assessments.load_assessment_draft(reference, RISK)
    assert draft is not None and draft.answers["weapons"]["answer"] == "dont_know"


def test_unanswered_items_are_shown_and_nothing_is_recorded(qtbot, cases, risk):
    reference = cases.create_case(intake())
    view = open_view(qtbot, cases, risk, reference)
    form = start(qtbot, view)
    first_section = [item.id for item in form.defn.sections[0].items]
    click_answers(qtbot, form, 5, only=len(first_section))
    go_to_complete(qtbot, form)
    qtbot.mouseClick(form.complete_page.complete_button, Qt.MouseButton.LeftButton)
    assert form.done is None
    assert risk.assessments.list_assessments(reference) == []
    assert cases.get_case(reference).risk_level is None
    page = form.complete_page
    assert page.missing.isVisible() and page.missing.text().startswith("15 scored questions")
    assert form.section_list.item(0).text() == "What is happening now"
    assert form.section_list.item(1).text() == "The pattern of abuse \u2014 to answer"
    qtbot.mouseClick(page.first_missing, Qt.MouseButton.LeftButton)
    assert form.current_index() == 1
    missing = form.rows["more_often"]
    assert missing.problems.isVisible() and "Not answered yet" in missing.problems.text()
    assert not form.rows["current_injury"].problems.isVisible()
    # Answering it takes its mark away.
    qtbot.mouseClick(missing.buttons["no"], Qt.MouseButton.LeftButton)
    assert not missing.problems.isVisible()


def test_the_honour_based_screen_is_offered_as_its_definition_says(qtbot, cases, risk):
    plain = open_view(qtbot, cases, risk, cases.create_case(intake())).risk
    offered = [plain.checklist.itemData(i) for i in range(plain.checklist.count())]
    assert offered[0] == RISK and HONOUR not in offered
    honour = open_view(qtbot, cases, risk,
                       cases.create_case(intake(**{"abuse.forms": ("honour",)}))).risk
    offered = [honour.checklist.itemData(i) for i in range(honour.checklist.count())]
    assert HONOUR in offered


def test_conditional_items_are_shown_only_when_asked(qtbot, cases, risk):
    reference = cases.create_case(intake(**{"abuse.forms": ("forced_marriage",)}))
    form = start(qtbot, open_view(qtbot, cases, risk, reference), HONOUR)
    travel = next(i for i, s in enumerate(form.defn.sections) if s.id == "abroad")
    form.section_list.setCurrentRow(travel)
    date_row, where_row = form.rows["travel_date"], form.rows["travel_where"]
    assert not date_row.isVisible() and not where_row.isVisible()
    qtbot.mouseClick(form.rows["taken_abroad"].buttons["dont_know"], Qt.MouseButton.LeftButton)
    assert where_row.isVisible() and not date_row.isVisible()
    qtbot.mouseClick(form.rows["taken_abroad"].buttons["yes"], Qt.MouseButton.LeftButton)
    assert date_row.isVisible() and where_row.isVisible()
    qtbot.keyClicks(date_row.line, "14/02/2027")
    assert date_row.answer() == {"answer": "2027-02-14", "comment": "", "source": ""}


def test_refused_organisation_files_are_named_on_the_tab(qtbot, cases, worker_vault, tmp_path):
    org = tmp_path / "org"
    org.mkdir()
    (org / "our_screen.toml").write_text("format = 1\nid = [", encoding="utf-8")
    session = Session(worker_vault)
    with_refusal = RiskService(load_checklists(shipped_checklists_dir(), org),
                               AssessmentService(session), IncidentService(session),
                               cases=CaseService(session))
    reference = cases.create_case(intake())
    view = open_view(qtbot, cases, with_refusal, reference)
    note = view.risk.refused_note
    assert note.isVisible() and "our_screen.toml" in note.text()
    assert view.risk.checklist.count() >= 1  # the shipped checklists are still offered
    plain = open_view(qtbot, cases, RiskService(
        load_checklists(shipped_checklists_dir()), AssessmentService(session),
        IncidentService(session), cases=CaseService(session)), reference)
    assert not plain.risk.refused_note.isVisible()


def test_a_long_history_shows_the_newest_and_the_rest_on_request(qtbot, cases, risk,
                                                                 catalogue):
    from intake_app.ui.cases.view_tabs.risk_tab import CARDS_PAGE

    reference = cases.create_case(intake())
    items = [i.id for i in catalogue.get("risk_identification").scored_items()]
    for n in range(CARDS_PAGE + 2):
        risk.assess(reference, "risk_identification",
                    {item: ("yes" if k < n else "no") for k, item in enumerate(items)})
    tab = open_view(qtbot, cases, risk, reference).risk
    assert len(tab.cards) == CARDS_PAGE
    assert len(tab.chart.points) == CARDS_PAGE + 2  # the chart shows every assessment
    assert tab.older_button.isVisible() and "2 more" in tab.older_button.text()
    scroll = tab.older_button.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    scroll.ensureWidgetVisible(tab.older_button)  # the list page scrolls
    qtbot.mouseClick(tab.older_button, Qt.MouseButton.LeftButton)
    assert len(tab.cards) == CARDS_PAGE + 2 and not tab.older_button.isVisible()
