"""The Consent tab of the case view, through the real widgets on a real vault and the shipped
agency directory: consent for a police referral with the facts shown first, the grid, a
withdrawal, a refusal shown beside its field that records nothing, closed cases, and no tab
without the service."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.consent import Decision
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.ui.cases.case_view import CaseView
from intake_app.ui.cases.view_tabs.consent_tab import ConsentTab
from tests.services.test_risk_records import intake

TODAY = date.today()


@pytest.fixture
def directory(cases: CaseService) -> DirectoryService:
    return DirectoryService(cases.vault, load_shipped)


@pytest.fixture
def consent(cases: CaseService, directory: DirectoryService) -> ConsentService:
    return ConsentService(cases.vault, DirectoryRecipients(directory))


class Asked:
    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _parent: QWidget, text: str, _accept: str) -> bool:
        self.texts.append(text)
        return self.answer


@pytest.fixture
def open_view(qtbot, cases, consent, directory):
    def make(reference: str) -> CaseView:
        view = CaseView(cases, reference, consent=consent, directory=directory)
        qtbot.addWidget(view)
        view.resize(1180, 760)
        view.show()
        qtbot.waitExposed(view)
        return view
    return make


def consent_tab(view: CaseView, ask: Asked | None = None) -> ConsentTab:
    tab = view.consent
    assert tab is not None
    if ask is not None:
        tab.ask = ask
    view.tabs.setCurrentWidget(tab.parentWidget())
    return tab


def click(qtbot, tab: ConsentTab, button: QWidget) -> None:
    tab.ensureWidgetVisible(button)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, tab: ConsentTab, box: QWidget) -> None:
    """Click a tick box or radio button on its mark, where a person clicks it (a press past
    the end of its words is not a click on it, as Qt has it)."""
    tab.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def fill_police_consent(qtbot, tab: ConsentTab) -> None:
    click(qtbot, tab, tab.record_button)
    form = tab.form
    assert form.isVisible()
    form.choose_recipient("kind:police")
    for cls in (Sensitivity.IDENTITY, Sensitivity.LOCATION):
        tick(qtbot, tab, form.class_boxes[cls])
    qtbot.keyClicks(form.purpose.focus_widget(), "Reporting the assault")
    tick(qtbot, tab, form.given)
    tick(qtbot, tab, form.how_buttons[next(iter(form.how_buttons))])


def test_consent_for_the_police_shows_the_facts_first_and_the_grid_says_given(
        qtbot, cases, consent, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    tab = consent_tab(view)
    assert tab.grid.cell_text("kind:police", "identity") == "Not asked"
    fill_police_consent(qtbot, tab)
    form = tab.form
    # The facts come first, with their review dates, and Record waits for the confirmation.
    assert form.facts_panel.isVisible()
    assert "immigration enforcement" in form.facts_title.text()
    assert form.fact_labels and all("Last reviewed" in f.text() for f in form.fact_labels)
    assert form.facts_panel.y() < form.class_boxes[Sensitivity.IDENTITY].mapTo(
        form, form.class_boxes[Sensitivity.IDENTITY].rect().topLeft()).y()
    assert not form.record_button.isEnabled()
    # Immigration is never offered for a whole kind, and the form says why.
    assert not form.class_boxes[Sensitivity.IMMIGRATION].isEnabled()
    assert form.immigration_note.isVisible()
    tick(qtbot, tab, form.facts_confirmed)
    assert form.record_button.isEnabled()
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, form.record_button)
    assert not form.isVisible()
    records = consent.list_consents(reference)
    assert len(records) == 1
    kept = records[0].details
    assert kept.decision is Decision.GIVEN and kept.facts_shown
    assert kept.facts_version == consent.recipients.facts_version("kind:police")
    assert tab.grid.cell_text("kind:police", "identity") == "Given"
    assert tab.grid.cell_text("kind:police", "location") == "Given"
    assert tab.grid.cell_text("kind:police", "health") == "Not asked"
    cell = tab.grid.cells[("kind:police", "identity")]
    assert "Given" in cell.accessibleName() and "Police" in cell.accessibleName()
    assert tab.cards[0].title_label.text().startswith("Police")


def test_withdraw_it_and_the_grid_says_withdrawn(qtbot, cases, consent, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    asked = Asked()
    tab = consent_tab(view, asked)
    fill_police_consent(qtbot, tab)
    tick(qtbot, tab, tab.form.facts_confirmed)
    click(qtbot, tab, tab.form.record_button)
    card = tab.cards[0]
    click(qtbot, tab, card.withdraw_button)
    assert card.withdraw_panel.isVisible()
    with qtbot.waitSignal(tab.changed):
        click(qtbot, tab, card.withdraw_save)
    assert asked.texts and "Police" in asked.texts[0]
    records = consent.list_consents(reference)
    assert [r.decision for r in records] == [Decision.GIVEN, Decision.WITHDRAWN]
    assert tab.grid.cell_text("kind:police", "identity") == "Withdrawn"
    newest, given = tab.cards
    assert newest.record.decision is Decision.WITHDRAWN
    assert given.withdrawn_label.isVisible() and given.withdraw_button.isHidden()


def test_a_declined_confirmation_withdraws_nothing(qtbot, cases, consent, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    tab = consent_tab(view, Asked(answer=False))
    fill_police_consent(qtbot, tab)
    tick(qtbot, tab, tab.form.facts_confirmed)
    click(qtbot, tab, tab.form.record_button)
    click(qtbot, tab, tab.cards[0].withdraw_button)
    click(qtbot, tab, tab.cards[0].withdraw_save)
    assert len(consent.list_consents(reference)) == 1
    assert tab.grid.cell_text("kind:police", "identity") == "Given"


def test_a_refusal_is_shown_beside_its_field_and_nothing_is_recorded(
        qtbot, cases, consent, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    tab = consent_tab(view)
    click(qtbot, tab, tab.record_button)
    form = tab.form
    form.choose_recipient("kind:refuge")
    assert not form.facts_panel.isVisible()  # no immigration facts to show for a refuge
    tick(qtbot, tab, form.class_boxes[Sensitivity.CONTACT])
    tick(qtbot, tab, form.given)
    tick(qtbot, tab, form.how_buttons[next(iter(form.how_buttons))])
    qtbot.keyClicks(form.interpreter.focus_widget(), "Her cousin")
    click(qtbot, tab, form.record_button)  # no purpose; an interpreter from her family
    assert form.isVisible()
    assert form.problems["purpose"].isVisible()
    assert "shared for" in form.problems["purpose"].text()
    assert form.problems["interpreter"].isVisible()
    assert "independent" in form.problems["interpreter"].text()
    assert form.interpreter.line.text() == "Her cousin"  # typed text kept
    assert consent.list_consents(reference) == []
    assert tab.grid.cell_text("kind:refuge", "contact") == "Not asked"


def test_a_closed_case_disables_writing_and_says_why(qtbot, cases, open_view):
    reference = cases.create_case(intake())
    view = open_view(reference)
    tab = consent_tab(view)
    assert tab.record_button.isEnabled() and not tab.closed_note.isVisible()
    view.edits.set_status(CaseStatus.CLOSED)
    assert not tab.record_button.isEnabled()
    assert tab.closed_note.isVisible() and "closed" in tab.closed_note.text()
    view.edits.set_status(CaseStatus.OPEN)
    assert tab.record_button.isEnabled()


def test_without_the_consent_service_there_is_no_tab(qtbot, cases):
    reference = cases.create_case(intake())
    view = CaseView(cases, reference)
    qtbot.addWidget(view)
    titles = [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Consent" not in titles and view.consent is None
