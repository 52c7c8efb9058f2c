"""The case list as a Qt table model that holds only case ids and fetches rows lazily.

Design, for 100,000 cases:

* The service answers "which ids, in which order" for the current filter, search text and
  sort (``CaseService.list_ids``) from its indexes, without reading a single case. The model
  keeps that list of ints, so ``rowCount`` is exact from the start and the scroll bar is right.
* Row data comes from ``CaseService.rows_for(ids)`` one page at a time, the first time a view
  asks for a row on that page; pages are kept in a small least-recently-used cache. A view only
  asks for the rows it paints, so showing the list costs one page, whatever its length.
* Sorting is done by the service, not by a ``QSortFilterProxyModel``: a proxy sorts by calling
  ``data()`` for every row, which would fetch all 100,000 rows (and decrypt every page of the
  table) just to show the first screen. The database sorts ids with an index in milliseconds.
  ``sort()`` therefore asks the service for a new id order: a full reload.
* ``beginResetModel`` is used only when the id list itself is replaced (new filter, search or
  sort). When case data changes but the ids do not, cached pages are dropped and
  ``dataChanged`` is emitted instead, so the view keeps its scroll position and selection.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from intake_app.domain.case_record import CaseFilter, CaseRow, CaseSort, SortKey
from intake_app.domain.errors import IntakeError
from intake_app.services.cases import CaseService
from intake_app.ui.questions import field_text

COL_REFERENCE = 0
COL_NAME = 1
COL_STATUS = 2
COL_ASSIGNED = 3
COL_RISK = 4
COL_UPDATED = 5
#: "Due" when the case's risk review is due (``CaseRow.review_due``), blank otherwise.
COL_REVIEW = 6
COLUMN_COUNT = 7

#: The case reference (str) of a row, for any column.
ReferenceRole = int(Qt.ItemDataRole.UserRole) + 1
#: The ``CaseRow`` itself (the list's domain object), for any column.
CaseRowRole = int(Qt.ItemDataRole.UserRole) + 2

SORT_KEYS: dict[int, SortKey] = {
    COL_REFERENCE: SortKey.REFERENCE,
    COL_NAME: SortKey.NAME,
    COL_STATUS: SortKey.STATUS,
    COL_ASSIGNED: SortKey.ASSIGNED,
    COL_RISK: SortKey.RISK,
    COL_UPDATED: SortKey.UPDATED,
}

PAGE_SIZE = 100
MAX_CACHED_PAGES = 60

_MUTED = QColor("#52606d")
_Index = QModelIndex | QPersistentModelIndex
# Plain ints: data() runs for every visible cell and role, and comparing enum members there
# costs more than the lookups themselves.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ROLES = frozenset({_DISPLAY, _FOREGROUND, _ACCESSIBLE, ReferenceRole, CaseRowRole})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
    Qt.ItemFlag.ItemNeverHasChildren


class CaseListModel(QAbstractTableModel):
    def __init__(self, case_service: CaseService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = case_service
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()
        self._filter = CaseFilter()
        self._sort = CaseSort()
        self.page_fetches = 0  # how many pages were read (tests and the benchmark look)

    # --- loading -----------------------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def case_sort(self) -> CaseSort:
        return self._sort

    def reload(self, case_filter: CaseFilter | None = None,
               case_sort: CaseSort | None = None) -> None:
        """Ask the service for the ids again (new filter or sort, or new cases)."""
        if case_filter is not None:
            self._filter = case_filter
        if case_sort is not None:
            self._sort = case_sort
        ids = self.service.list_ids(self._filter, self._sort)
        if ids == self._ids:
            self.refresh_rows()
            return
        self.set_ids(ids)

    def set_ids(self, ids: Sequence[int]) -> None:
        """Replace the whole list: the one place that resets the model."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Case data may have changed, the ids have not: re-read rows as they are shown."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, COLUMN_COUNT - 1))

    def _page(self, number: int) -> dict[int, CaseRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        try:
            page = {row.id: row for row in self.service.rows_for(ids)}
        except IntakeError:
            return {}  # locked meanwhile (or gone): show blank rows, not cache them
        self.page_fetches += 1
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data, or None if the case is no longer visible (or the row is out of
        range)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // PAGE_SIZE).get(self._ids[row])

    def reference_at(self, row: int) -> str | None:
        case = self.case_row(row)
        return case.reference if case is not None else None

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, case_id: int) -> int:
        """The row showing ``case_id``, or -1."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        role = int(role)
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._ids):
            return None
        case = self.case_row(index.row())
        if role == CaseRowRole:
            return case
        if role == ReferenceRole:
            return case.reference if case is not None else None
        if role == _FOREGROUND:
            return _MUTED if self._muted(case, index.column()) else None
        if case is None:
            return self.tr("No longer available") if index.column() == COL_NAME else ""
        return self._text(case, index.column())

    @staticmethod
    def _muted(case: CaseRow | None, column: int) -> bool:
        if case is None:
            return True
        return ((column == COL_NAME and not case.display_name)
                or (column == COL_RISK and not case.risk_level)
                or (column == COL_ASSIGNED and not case.assigned_to))

    def _text(self, case: CaseRow, column: int) -> str:
        if column == COL_REFERENCE:
            return case.reference
        if column == COL_NAME:
            return case.display_name or self.tr("No name given")
        if column == COL_STATUS:
            return field_text.status_text(case.status)
        if column == COL_ASSIGNED:
            return case.assigned_to or self.tr("Not assigned")
        if column == COL_RISK:
            return field_text.risk_text(case.risk_level)
        if column == COL_UPDATED:
            return field_text.moment_text(case.updated_at)
        if column == COL_REVIEW:
            return self.tr("Due") if case.review_due else ""
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_REFERENCE: self.tr("Reference"),
            COL_NAME: self.tr("Name"),
            COL_STATUS: self.tr("Status"),
            COL_ASSIGNED: self.tr("Assigned to"),
            COL_RISK: self.tr("Risk"),
            COL_UPDATED: self.tr("Last updated"),
            COL_REVIEW: self.tr("Risk review"),
        }
        return titles.get(section)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        wanted = CaseSort(key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self.reload(case_sort=wanted)
