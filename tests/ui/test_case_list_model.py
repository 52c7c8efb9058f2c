"""The case list model: ids only, rows fetched lazily a page at a time, sorting by the service,
and Qt's own model tester watching every reload, sort and refresh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from intake_app.domain.case_record import CaseFilter, CaseRow, CaseSort, SortKey
from intake_app.services.cases import CaseService
from intake_app.ui.cases.case_list_model import (
    COL_NAME,
    COL_REFERENCE,
    COL_UPDATED,
    COLUMN_COUNT,
    PAGE_SIZE,
    CaseListModel,
    CaseRowRole,
    ReferenceRole,
)
from intake_app.vault.store import Vault
from tests.helpers.case_ui import WORKER, load_many

COUNT = PAGE_SIZE * 2 + 37  # three pages, the last one partial


@pytest.fixture
def filled(worker_vault: Vault, cases: CaseService) -> CaseService:
    load_many(worker_vault, COUNT, owners=(WORKER,))
    return cases


def fail_messages(qtlog) -> list[str]:
    return [r.message for r in qtlog.records if "FAIL" in r.message]


def test_model_passes_qt_model_tester_through_every_change(qtbot, qtmodeltester, qtlog,
                                                           filled):
    model = CaseListModel(filled)
    qtmodeltester.check(model)  # empty
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.reload(CaseFilter())
    assert model.rowCount() == COUNT
    assert model.columnCount() == COLUMN_COUNT
    qtmodeltester.check(model)
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    model.reload(CaseFilter(text="amina"))
    model.refresh_rows()
    model.reload(CaseFilter(text="no such name at all"))
    assert model.rowCount() == 0
    model.reload(CaseFilter())
    qtmodeltester.check(model)
    assert fail_messages(qtlog) == []
    del tester


def test_rows_are_fetched_a_page_at_a_time(filled):
    model = CaseListModel(filled)
    model.reload(CaseFilter())
    assert model.page_fetches == 0  # the ids alone: no row has been read
    first = model.index(0, COL_REFERENCE)
    assert model.data(first)
    assert model.page_fetches == 1
    model.data(model.index(PAGE_SIZE - 1, COL_NAME))
    assert model.page_fetches == 1  # same page, from the cache
    last = model.index(COUNT - 1, COL_NAME)
    assert model.data(last)
    assert model.page_fetches == 2


def test_custom_roles_return_reference_and_row(filled):
    model = CaseListModel(filled)
    model.reload(CaseFilter())
    index = model.index(3, COL_UPDATED)
    row = model.data(index, CaseRowRole)
    assert isinstance(row, CaseRow)
    assert model.data(index, ReferenceRole) == row.reference
    assert model.reference_at(3) == row.reference
    assert model.data(model.index(3, COL_REFERENCE)) == row.reference


def test_sorting_is_done_by_the_service(filled):
    model = CaseListModel(filled)
    model.reload(CaseFilter())
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert model.case_sort == CaseSort(SortKey.NAME, descending=False)
    names = [model.case_row(r).display_name.casefold() for r in range(model.rowCount())]
    assert names == sorted(names)
    model.sort(COL_REFERENCE, Qt.SortOrder.DescendingOrder)
    refs = [model.reference_at(r) for r in range(model.rowCount())]
    assert refs == sorted(refs, reverse=True)


def test_refresh_keeps_ids_and_emits_data_changed(qtbot, filled):
    model = CaseListModel(filled)
    model.reload(CaseFilter())
    reference = model.reference_at(0)
    filled.update_case(reference, {"survivor.names": "Renamed Person"})
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.reload()  # same ids (newest first is unchanged for a rename at the top)
    assert model.case_row(0).display_name == "Renamed Person"


def test_the_list_and_history_show_moments_the_same_way(filled):
    from datetime import UTC, datetime

    from intake_app.ui.questions import field_text

    model = CaseListModel(filled)
    model.reload(CaseFilter())
    row = model.case_row(3)
    assert model.data(model.index(3, COL_UPDATED)) == field_text.moment_text(row.updated_at)
    local = datetime(2026, 3, 14, 9, 30, tzinfo=UTC).astimezone()
    assert field_text.moment_text("2026-03-14T09:30:00Z") == local.strftime("%d/%m/%Y %H:%M")
    assert field_text.moment_text("not a stamp") == "not a stamp"  # shown, never hidden
