"""The case list: search as you type, filters, "New intake", and opening a case.

Search answers the first keystroke at once; keystrokes that follow within a short window are
gathered into one more search when the window ends, so a fast typist never queues up work and
the last thing typed is always what is shown. Every search is one indexed query through the
service (FTS5 prefix match inside the vault), returning ids only; see ``case_list_model``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.case_record import CaseFilter, CaseStatus
from intake_app.domain.errors import IntakeError, PermissionDenied, VaultLocked
from intake_app.domain.risk import RiskLevel
from intake_app.domain.roles import Action, allowed
from intake_app.services.cases import CaseService
from intake_app.ui.cases.case_list_model import (
    COL_ASSIGNED,
    COL_NAME,
    COL_REFERENCE,
    COL_REVIEW,
    COL_RISK,
    COL_STATUS,
    COL_UPDATED,
    SORT_KEYS,
    CaseListModel,
)
from intake_app.ui.common import no_copy, theme
from intake_app.ui.questions import field_text

#: Keystrokes closer together than this are answered by one search at the end of the window.
SEARCH_WINDOW_MS = 80

_ANY = "any"
_MINE = "mine"
_UNASSIGNED = "unassigned"


class CaseTable(QTableView):
    """The table; Enter or Return opens the current case (double-click too)."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CaseListPanel(QWidget):
    case_opened = Signal(str)
    new_intake_requested = Signal()

    def __init__(self, case_service: CaseService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = case_service
        self.setObjectName("caseWork")
        theme.apply_case_work(self)
        self.model = CaseListModel(case_service, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_WINDOW_MS)
        self._search_timer.timeout.connect(self._window_ended)
        self._search_pending = False
        self._loaded = False
        self._build()
        self.search.textChanged.connect(self._text_changed)
        self.search.installEventFilter(self)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.worker_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.risk_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.review_filter.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.new_intake_requested.emit)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated_row.connect(self._open_row)

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN, theme.PAGE_MARGIN,
                                  theme.PAGE_MARGIN)
        layout.setSpacing(12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Cases"), self)
        title.setObjectName("pageTitle")
        head.addWidget(title)
        # The count sits by the title, so the filter row keeps its room for longer languages.
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        head.addSpacing(8)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addStretch(1)
        self.new_button = QPushButton(self.tr("New intake"), self)
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Start a new intake (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New intake"))
        head.addWidget(self.new_button)
        layout.addLayout(head)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, other names, reference or "
                                               "phone number"))
        self.search.setAccessibleName(self.tr("Search cases"))
        no_copy.guard(self.search)  # what is typed here is a name or a phone number
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(32)
        search_row = QHBoxLayout()
        search_row.setSpacing(16)
        search_row.addWidget(self.search, 1)
        # Beside the search box, which gives way, rather than in the filter row, which cannot.
        self.review_filter = QCheckBox(self.tr("Only reviews due"), self)
        self.review_filter.setAccessibleName(self.tr("Only cases whose risk review is due"))
        self.review_filter.setToolTip(self.tr("Open cases never assessed, with a new incident "
                                              "since the last assessment, or past the review "
                                              "interval"))
        search_row.addWidget(self.review_filter)
        layout.addLayout(search_row)

        filters = QHBoxLayout()
        filters.setSpacing(10)
        self.status_filter = self._combo(self.tr("Status"), [
            (self.tr("Any status"), _ANY),
            (field_text.status_text(CaseStatus.OPEN), CaseStatus.OPEN.value),
            (field_text.status_text(CaseStatus.DRAFT), CaseStatus.DRAFT.value),
            (field_text.status_text(CaseStatus.CLOSED), CaseStatus.CLOSED.value),
        ], filters)
        self.worker_filter = self._combo(self.tr("Assigned worker"), self._worker_choices(),
                                         filters)
        self.risk_filter = self._combo(self.tr("Risk"), [(self.tr("Any risk level"), _ANY)] + [
            (field_text.risk_text(level), level.value) for level in RiskLevel],
            filters)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.table = CaseTable(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        no_copy.guard(self.table)  # item views copy the current cell on Ctrl+C
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never measures rows it does not paint.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(COL_UPDATED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        for column, width in ((COL_REFERENCE, 150), (COL_STATUS, 90), (COL_ASSIGNED, 140),
                              (COL_RISK, 110), (COL_UPDATED, 150), (COL_REVIEW, 110)):
            # Never narrower than its title and sort mark: translations run longer.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        layout.addWidget(self.table, 1)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("helpText")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_intake_requested.emit)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

    def _combo(self, name: str, items: list[tuple[str, str]], row: QHBoxLayout) -> QComboBox:
        label = QLabel(name, self)
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for text, key in items:
            combo.addItem(text, key)
        label.setBuddy(combo)
        row.addWidget(label)
        row.addWidget(combo)
        return combo

    def _worker_choices(self) -> list[tuple[str, str]]:
        choices = [(self.tr("Anyone"), _ANY), (self.tr("My cases"), _MINE),
                   (self.tr("Not assigned"), _UNASSIGNED)]
        try:
            if allowed(self.service.vault.role, Action.CASE_ASSIGN):
                choices += [(name, "user:" + name) for name in self.service.assignable_workers()]
        except (PermissionDenied, IntakeError):
            pass
        return choices

    # --- filter and search -------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        status = self.status_filter.currentData()
        worker = str(self.worker_filter.currentData())
        risk = self.risk_filter.currentData()
        return CaseFilter(
            text=self.search.text(),
            status=CaseStatus(status) if status != _ANY else None,
            mine=worker == _MINE,
            unassigned=worker == _UNASSIGNED,
            assigned_to=worker[len("user:"):] if worker.startswith("user:") else None,
            risk_level=RiskLevel(risk) if risk != _ANY else None,
            review_due=self.review_filter.isChecked(),
        )

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column in SORT_KEYS:
            self.model.sort(column, order)
            return
        # A column the database does not sort by (the review): keep showing the real order.
        sort = self.model.case_sort
        shown = next((c for c, key in SORT_KEYS.items() if key == sort.key), COL_UPDATED)
        wanted = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        blocked = header.blockSignals(True)
        header.setSortIndicator(shown, wanted)
        header.blockSignals(blocked)

    def _text_changed(self, _text: str) -> None:
        if self._search_timer.isActive():
            self._search_pending = True  # answered when the window ends
            return
        self.reload()
        self._search_timer.start()

    def _window_ended(self) -> None:
        if self._search_pending:
            self._search_pending = False
            self.reload()
            self._search_timer.start()

    def reload(self) -> None:
        """Query the ids for the current search and filters; keep the selected case selected.

        While the vault is locked (a search still waiting when the lock came) nothing is
        queried and the list stays as it was; the main window calls ``refresh`` on unlock.
        """
        try:
            current = self.current_reference()
            current_id = self.model.id_at(self.table.currentIndex().row()) if current else None
            self.model.reload(self.current_filter())
        except VaultLocked:
            self._search_pending = True
            return
        except IntakeError:
            self.model.set_ids([])
            current_id = None
        self._loaded = True
        if current_id is not None:
            self._select_row(self.model.row_of_id(current_id))
        self._update_count()

    def refresh(self) -> None:
        """Cases were created or changed elsewhere: show them as they are now."""
        self.reload()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count == 1:
            self.count_label.setText(self.tr("1 case"))
        else:
            self.count_label.setText(self.tr("{count} cases").format(count=f"{count:,}"))
        searching = bool(self.search.text().strip())
        self.empty_label.setVisible(count == 0)
        self.empty_label.setText(
            self.tr("No cases match what you typed. Check the spelling, or try part of a name, "
                    "the reference or a phone number.") if searching else
            self.tr("No cases to show with these filters."))

    # --- opening -----------------------------------------------------------------------------

    def current_reference(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.reference_at(index.row()) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _double_clicked(self, index: QModelIndex) -> None:
        self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        reference = self.model.reference_at(row)
        if reference:
            self.case_opened.emit(reference)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.reload()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)  # typing finds a case

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down (or Enter) in the search box moves into the results, so the keyboard never gets
        # stuck in the box; Enter on a result then opens it.
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() in (
                    Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self._select_row(0)
            return True
        return super().eventFilter(watched, event)
