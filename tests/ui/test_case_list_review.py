"""The case list's risk review column and "Review due" filter, through the real panel on a
real vault: ticking the box shows exactly the cases whose review is due (never assessed, or a
new incident since the assessment), not an assessed one nor a closed one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_app.domain.answers import Tri
from intake_app.domain.case_record import CaseFilter, CaseStatus
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.risk import RiskLevel
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService
from intake_app.services.session import Session
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.ui.cases.case_list_model import COL_REVIEW, COL_UPDATED, ReferenceRole
from intake_app.vault.store import Vault
from tests.helpers.case_ui import WORKER, WORKER_PASS
from tests.services.test_risk_records import Clock, answers_for, intake


@pytest.fixture
def clocked(staff_dir):
    clock = Clock()
    vault = Vault.unlock(staff_dir, WORKER, WORKER_PASS, clock=clock)
    yield Session(vault), clock
    vault.lock()


def shown_rows(panel: CaseListPanel) -> dict[str, str]:
    model = panel.model
    return {model.data(model.index(r, 0), ReferenceRole): model.data(model.index(r, COL_REVIEW))
            for r in range(model.rowCount())}


def test_the_review_filter_shows_exactly_the_due_cases(qtbot, clocked):
    session, clock = clocked
    cases = CaseService(session)
    assessments = AssessmentService(session)
    incidents = IncidentService(session)
    assessed = cases.create_case(intake("Maria Silva"))
    assessments.complete(assessed, *answers_for(RiskLevel.STANDARD))
    new_incident = cases.create_case(intake("Grace Mensah"))
    assessments.complete(new_incident, *answers_for(RiskLevel.MEDIUM))
    never = cases.create_case(intake("Fatou Diallo"))
    closed = cases.create_case(intake("Niamh OBrien"))
    cases.set_status(closed, CaseStatus.CLOSED)
    clock.tick()
    incidents.add_incident(new_incident, IncidentInput(
        date=clock.today, summary="Threats by text.", police_involved=Tri.YES))

    panel = CaseListPanel(cases)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    assert panel.model.headerData(COL_REVIEW, Qt.Orientation.Horizontal) == "Risk review"
    assert shown_rows(panel) == {assessed: "", new_incident: "Due", never: "Due", closed: ""}

    qtbot.mouseClick(panel.review_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.model.case_filter == CaseFilter(review_due=True)
    assert shown_rows(panel) == {new_incident: "Due", never: "Due"}
    assert panel.count_label.text() == "2 cases"

    # With the other filters: still only due cases.
    panel.search.setText("grace")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert shown_rows(panel) == {new_incident: "Due"}
    panel.search.clear()

    # Reassessed: no longer due, and gone from the filtered list when it is refreshed.
    assessments.complete(new_incident, *answers_for(RiskLevel.HIGH))
    panel.refresh()
    assert shown_rows(panel) == {never: "Due"}

    qtbot.mouseClick(panel.review_filter, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)


def test_the_review_column_header_does_not_pretend_to_sort(qtbot, cases):
    for name in ("Maria Silva", "Grace Mensah"):
        cases.create_case(intake(name))
    panel = CaseListPanel(cases)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    header = panel.table.horizontalHeader()
    before = panel.model.case_sort
    header.setSortIndicator(COL_REVIEW, Qt.SortOrder.AscendingOrder)
    assert panel.model.case_sort == before
    assert header.sortIndicatorSection() == COL_UPDATED
