"""The case list with 100,000 cases stays usable: it shows at once reading one page, search
narrows it as you type, scrolling to the end reads only the pages shown, and a case found by
its phone number opens with Enter. (How fast is measured in bench/ui_bench.py, not here.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from intake_app.domain.case_record import CaseFilter
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.ui.cases.case_list import CaseListPanel
from intake_app.ui.cases.case_list_model import COL_NAME, COL_REVIEW, MAX_CACHED_PAGES
from intake_app.vault.store import Vault
from tests.helpers.case_ui import BIG_COUNT, SUPERVISOR, sign_in


@pytest.fixture
def supervisor_vault(big_vault_dir: Path) -> Iterator[Vault]:
    vault = sign_in(big_vault_dir, SUPERVISOR)
    yield vault
    vault.lock()


def visible_names(panel: CaseListPanel) -> list[str]:
    table = panel.table
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = panel.model.rowCount() - 1 if last < 0 else last
    return [panel.model.data(panel.model.index(r, COL_NAME)) for r in range(first, last + 1)]


def test_hundred_thousand_cases_stay_usable(qtbot, supervisor_vault):
    panel = CaseListPanel(CaseService(Session(supervisor_vault)))
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == BIG_COUNT)
    assert panel.count_label.text() == "100,000 cases"
    assert panel.model.page_fetches <= 2  # painting the first screen read one page

    qtbot.keyClicks(panel.search, "amina ok")
    # The last keystroke is always answered (earlier ones may be gathered into it).
    qtbot.waitUntil(lambda: panel.model.case_filter.text == "amina ok")
    assert 0 < panel.model.rowCount() < BIG_COUNT
    names = visible_names(panel)
    assert names and all(n.startswith("Amina Okafor") for n in names)

    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.rowCount() == BIG_COUNT)
    fetched = panel.model.page_fetches
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.table.rowAt(0) > BIG_COUNT - 100)
    assert visible_names(panel)
    assert panel.model.page_fetches - fetched <= 2
    assert len(panel.model._pages) <= MAX_CACHED_PAGES

    # Phone numbers are searched as digits: exactly one case has this one.
    qtbot.keyClicks(panel.search, "07700 912345")
    qtbot.waitUntil(lambda: panel.model.case_filter.text == "07700 912345")
    assert panel.model.rowCount() == 1
    with qtbot.waitSignal(panel.case_opened) as opened:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args[0] == panel.model.reference_at(0)


def test_the_review_filter_at_a_hundred_thousand_cases_reads_one_page(qtbot, supervisor_vault):
    service = CaseService(Session(supervisor_vault))
    panel = CaseListPanel(service)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == BIG_COUNT)
    due = service.count(CaseFilter(review_due=True))
    assert due > 0
    fetched = panel.model.page_fetches
    panel.review_filter.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == due)
    panel.grab()  # paints the first screen
    assert panel.model.page_fetches - fetched <= 2
    first = panel.model.case_row(0)
    assert first is not None and first.review_due
    assert panel.model.data(panel.model.index(0, COL_REVIEW)) == "Due"
