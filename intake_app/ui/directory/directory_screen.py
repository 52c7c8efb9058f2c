"""The agency directory: who may receive a referral, what they receive, and where their data
may go, above all whether it can reach immigration enforcement.

Kinds of recipient are listed at the side; the kind selected shows its default classes, the
fields it generalises, its immigration flag (in words, prominently), its facts with the day
each was last reviewed, and its named agencies. Supervisors (the matrix's
``DIRECTORY_EDIT``) edit a kind's facts and may raise its immigration flag (lowering is never
offered; a refusal is shown if one is attempted), add a named agency, and review the facts a
newer version of the app ships (``DIRECTORY_UPDATE``): each pending update says what would
change, with Accept and Keep ours. Caseworkers read it all. Every change goes through
``DirectoryService``, which checks the role and writes the audit entry.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import (
    Directory,
    PendingUpdate,
)
from intake_app.domain.errors import IntakeError
from intake_app.domain.roles import Action, allowed
from intake_app.services.directory import DirectoryService
from intake_app.ui.common import form_parts, messages, theme
from intake_app.ui.common.side_list import fit_width, section_list
from intake_app.ui.directory.kind_panel import KindPanel
from intake_app.ui.directory.update_card import UpdateCard
from intake_app.ui.directory.words import (
    kind_words,
    record_card,
    text_label,
)

__all__ = ["DirectoryScreen", "KindPanel"]


class DirectoryScreen(QWidget):
    """The directory. ``kind_panel`` is the selected kind's panel; ``update_cards`` the
    pending shipped updates (supervisors only)."""

    def __init__(self, service: DirectoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseWork")
        theme.apply_case_work(self)
        self.service = service
        self.may_update = allowed(service.vault.role, Action.DIRECTORY_UPDATE)
        self.directory: Directory | None = None
        self.kind_panel: KindPanel | None = None
        self.update_cards: list[UpdateCard] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        side = QFrame(self)
        side.setObjectName("wizardSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 12, 0, 0)
        self.kind_list = section_list(side, self.tr("Kinds of recipient"))
        side_layout.addWidget(self.kind_list)
        outer.addWidget(side)
        self.page_scroll = QScrollArea(self)
        surface = theme.scroll_page(self.page_scroll)
        inner, self._column = theme.reading_column(surface)
        self._inner = inner
        self._column.addWidget(form_parts.heading(inner, self.tr("Agency directory")))
        intro = form_parts.intro(inner, self.tr(
            "Who may receive a referral, what they receive, and where her data may go from "
            "there. Read a recipient's facts with her before she agrees to anything being "
            "sent.") if not self.may_update else self.tr(
            "Who may receive a referral, what they receive, and where her data may go from "
            "there. As a supervisor you keep these facts up to date; every change is recorded."))
        self._column.addWidget(intro)
        self.message = form_parts.form_message(inner)
        self._column.addWidget(self.message)
        self.updates_box, self._updates_layout = record_card(inner, "resumeBanner")
        self._column.addWidget(self.updates_box)
        self.updates_box.hide()
        self._panel_slot = QVBoxLayout()
        self._column.addLayout(self._panel_slot, 1)
        self.page_scroll.setWidget(surface)
        outer.addWidget(self.page_scroll, 1)
        self.kind_list.currentRowChanged.connect(self._show_kind)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the directory (and, for a supervisor, the pending updates) again."""
        try:
            self.directory = self.service.list()
            updates = self.service.pending_updates() if self.may_update else ()
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        current = select or (self.kind_panel.kind.id if self.kind_panel else None)
        self._show_updates(updates)
        blocked = self.kind_list.blockSignals(True)
        self.kind_list.clear()
        for kind in self.directory.kinds:
            self.kind_list.addItem(kind_words(kind, kind.name))
        fit_width(self.kind_list)
        ids = [k.id for k in self.directory.kinds]
        self.kind_list.blockSignals(blocked)
        row = ids.index(current) if current in ids else 0
        self.kind_list.setCurrentRow(row)
        self._show_kind(row)

    def _show_updates(self, updates: tuple[PendingUpdate, ...]) -> None:
        for card in self.update_cards:
            card.deleteLater()
        while self._updates_layout.count():
            item = self._updates_layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.update_cards = []
        self.updates_box.setVisible(bool(updates))
        if not updates:
            return
        self._updates_layout.addWidget(text_label(self.updates_box, self.tr(
            "This version of the app ships newer facts for {count} kind(s). Nothing changes "
            "until you accept them; keeping ours leaves the directory as it is.").format(
                count=len(updates)), "cardTitle"))
        for update in updates:
            card = UpdateCard(update, self.updates_box)
            card.accept_button.clicked.connect(lambda _=False, u=update: self.accept(u))
            card.keep_button.clicked.connect(lambda _=False, u=update: self.keep(u))
            self._updates_layout.addWidget(card)
            card.show()
            self.update_cards.append(card)

    def _show_kind(self, row: int) -> None:
        if self.directory is None or not 0 <= row < len(self.directory.kinds):
            return
        if self.kind_panel is not None:
            self._panel_slot.removeWidget(self.kind_panel)
            self.kind_panel.hide()
            self.kind_panel.deleteLater()
        self.kind_panel = KindPanel(self.service, self.directory, self.directory.kinds[row],
                                    self._inner)
        self.kind_panel.changed.connect(self._changed)
        self._panel_slot.addWidget(self.kind_panel)
        self.kind_panel.show()  # at once, not at the next turn of the event loop

    def select_kind(self, kind_id: str) -> KindPanel:
        assert self.directory is not None
        self.kind_list.setCurrentRow([k.id for k in self.directory.kinds].index(kind_id))
        assert self.kind_panel is not None
        return self.kind_panel

    def _changed(self, done: str) -> None:
        self.reload()
        form_parts.show_message(self.message, done, error=False)

    def accept(self, update: PendingUpdate) -> None:
        try:
            kind = self.service.accept_update(update.kind_id, update.shipped.sha256)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.reload(select=kind.id)
        form_parts.show_message(self.message, self.tr(
            "The app's new facts for {kind} were accepted (version {version}).").format(
                kind=kind_words(kind, kind.name), version=kind.version), error=False)

    def keep(self, update: PendingUpdate) -> None:
        try:
            kind = self.service.keep_current(update.kind_id, update.shipped.sha256)
        except IntakeError as exc:
            form_parts.show_message(self.message, messages.describe(exc), error=True)
            return
        self.reload(select=kind.id)
        form_parts.show_message(self.message, self.tr(
            "Our version of {kind} was kept; the app's file is no longer offered.").format(
                kind=kind_words(kind, kind.name)), error=False)
