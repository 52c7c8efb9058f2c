"""The agency directory screen, through the real widgets on a real vault: what a kind shows
(the immigration flag in words, classes, generalisations, dated facts, named agencies), a
supervisor editing a kind's facts (audited, shown), raising the flag and being refused a
lowering, adding a named agency, accepting and keeping a newer app's shipped facts, and a
caseworker who can read but not change anything."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from intake_app.domain.roles import Role
from intake_app.services.directory import DirectoryService
from intake_app.services.session import Session
from intake_app.ui.directory.directory_screen import DirectoryScreen, KindPanel
from intake_app.vault import audit
from tests.services.test_directory import ADMIN, SHIPPED, TODAY, Clock, newer_app
from tests.ui.shell_support import signed_in_services

HOSPITAL_REVIEW = ("last_reviewed = 2026-11-20\n\n[[facts]]\nid = \"debts",
                   "last_reviewed = 2026-11-28\n\n[[facts]]\nid = \"debts")


@pytest.fixture
def directory_of(open_as):
    clock = Clock()

    def factory(user: str, shipped=SHIPPED) -> DirectoryService:
        return DirectoryService(Session(open_as(user, clock=clock)), shipped,
                                today=lambda: TODAY)
    return factory


@pytest.fixture
def open_screen(qtbot):
    def make(service: DirectoryService) -> DirectoryScreen:
        screen = DirectoryScreen(service)
        qtbot.addWidget(screen)
        screen.resize(1100, 760)
        screen.show()
        qtbot.waitExposed(screen)
        return screen
    return make


def click(qtbot, screen: DirectoryScreen, button: QWidget) -> None:
    screen.page_scroll.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def entries(open_as, action: str) -> list[tuple[str, str, str]]:
    vault = open_as(ADMIN)
    return [(e.actor, e.target, e.detail) for e in audit.entries(vault.conn)
            if e.action == action]


def texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel
    return " | ".join(label.text() for label in widget.findChildren(QLabel)
                      if label.isVisibleTo(widget))


def test_a_kind_shows_its_flag_classes_generalisations_and_dated_facts(qtbot, directory_of,
                                                                      open_screen):
    screen = open_screen(directory_of("cw1"))
    assert screen.kind_list.count() == len(SHIPPED.kinds)
    police = screen.select_kind("police")
    assert police.immigration_title.text() == "May pass her data to immigration enforcement"
    shown = texts(police)
    assert "no rule that keeps what a victim tells the police" in shown
    assert "Last reviewed on 20/11/2026" in shown
    assert "Who she is" in shown  # default classes in words
    assert "only when it is marked safe to call" in shown  # its generalisation
    refuge = screen.select_kind("refuge")
    assert refuge.immigration_title.text().startswith("Not known to pass")


def test_a_supervisor_edits_a_kinds_facts_and_the_change_is_audited(qtbot, directory_of,
                                                                   open_screen, open_as):
    service = directory_of("sup")
    screen = open_screen(service)
    panel = screen.select_kind("hospital")
    assert panel.edit_button.isVisible()
    click(qtbot, screen, panel.edit_button)
    assert panel.editor.isVisible()
    row = panel.facts_editor.rows[0]
    row.text.selectAll()
    qtbot.keyClicks(row.text, "NHS debts of 500 pounds or more may be reported to the "
                              "Home Office.")
    row.reviewed.line.clear()
    qtbot.keyClicks(row.reviewed.line, "30/11/2026")
    click(qtbot, screen, panel.editor_save)
    assert "saved as version 2" in screen.message.text()
    shown = texts(screen.kind_panel)
    assert "may be reported to the Home Office" in shown and "30/11/2026" in shown
    hospital = service.list().kind("hospital")
    assert hospital.version == 2
    assert hospital.facts[0].last_reviewed == date(2026, 11, 30)
    assert entries(open_as, "directory.kind_edit") == [
        ("sup", "kind:hospital", "version=2 immigration=yes")]


def test_an_unchanged_edit_says_so_and_records_nothing(qtbot, directory_of, open_screen,
                                                       open_as):
    screen = open_screen(directory_of("sup"))
    panel = screen.select_kind("gp")
    click(qtbot, screen, panel.edit_button)
    click(qtbot, screen, panel.editor_save)
    assert "Nothing was changed" in panel.editor_message.text()
    assert entries(open_as, "directory.kind_edit") == []


def test_the_flag_is_raised_never_lowered(qtbot, directory_of, open_screen, open_as):
    service = directory_of("sup")
    screen = open_screen(service)
    refuge = screen.select_kind("refuge")
    click(qtbot, screen, refuge.edit_button)
    assert refuge.flag_box.isEnabled() and not refuge.flag_box.isChecked()
    refuge.flag_box.setChecked(True)
    click(qtbot, screen, refuge.editor_save)
    raised = screen.kind_panel
    assert isinstance(raised, KindPanel) and raised.kind.id == "refuge"
    assert raised.immigration_title.text() == "May pass her data to immigration enforcement"
    click(qtbot, screen, raised.edit_button)
    # Lowering is not offered ...
    assert raised.flag_box.isChecked() and not raised.flag_box.isEnabled()
    # ... and were it attempted, the refusal is shown and nothing changes.
    raised.flag_box.setEnabled(True)
    raised.flag_box.setChecked(False)
    click(qtbot, screen, raised.editor_save)
    assert "can never be changed" in raised.editor_message.text()
    assert service.list().kind("refuge").may_pass_to_immigration_enforcement
    assert [d for _a, t, d in entries(open_as, "directory.kind_edit") if t == "kind:refuge"] \
        == ["version=2 immigration=yes"]


def test_a_supervisor_adds_a_named_agency(qtbot, directory_of, open_screen, open_as):
    service = directory_of("sup")
    screen = open_screen(service)
    panel = screen.select_kind("refuge")
    click(qtbot, screen, panel.add_agency_button)
    qtbot.keyClicks(panel.agency_name, "Riverside Women's Refuge")
    click(qtbot, screen, panel.agency_save)
    assert "Riverside Women's Refuge was added" in screen.message.text()
    assert "Riverside Women's Refuge" in [label.text()
                                          for label in screen.kind_panel.agency_labels]
    (agency,) = service.list().agencies_of("refuge")
    assert agency.name == "Riverside Women's Refuge"
    assert [t for _a, t, _d in entries(open_as, "directory.agency_add")] == [agency.ref]


def test_a_supervisor_accepts_a_pending_shipped_update(qtbot, directory_of, open_screen,
                                                       open_as):
    directory_of("sup").list()  # the vault holds this app's directory
    newer = newer_app(hospital=HOSPITAL_REVIEW)
    service = directory_of("sup", newer)
    screen = open_screen(service)
    assert screen.updates_box.isVisible()
    (card,) = screen.update_cards
    assert any("reviewed again on 28/11/2026" in line for line in card.changes())
    # Nothing changed yet: the vault still says what it said.
    assert service.list().kind("hospital").facts[0].last_reviewed == date(2026, 11, 20)
    click(qtbot, screen, card.accept_button)
    assert "accepted (version 2)" in screen.message.text()
    assert not screen.updates_box.isVisible() and screen.update_cards == []
    assert screen.kind_panel.kind.id == "hospital"
    assert "Last reviewed on 28/11/2026" in texts(screen.kind_panel)
    assert service.pending_updates() == ()
    ((actor, target, _detail),) = entries(open_as, "directory.update_accept")
    assert (actor, target) == ("sup", "kind:hospital")


def test_keep_ours_leaves_the_directory_as_it_is(qtbot, directory_of, open_screen, open_as):
    directory_of("sup").list()
    service = directory_of("sup", newer_app(hospital=HOSPITAL_REVIEW))
    screen = open_screen(service)
    (card,) = screen.update_cards
    click(qtbot, screen, card.keep_button)
    assert "was kept" in screen.message.text()
    assert service.pending_updates() == ()
    assert service.list().kind("hospital").version == 1
    assert [t for _a, t, _d in entries(open_as, "directory.update_keep")] == ["kind:hospital"]


def test_a_caseworker_reads_but_cannot_edit(qtbot, directory_of, open_screen):
    screen = open_screen(directory_of("cw1", newer_app(hospital=HOSPITAL_REVIEW)))
    assert not screen.updates_box.isVisible() and screen.update_cards == []
    for kind in ("police", "hospital"):
        panel = screen.select_kind(kind)
        assert not panel.edit_button.isVisible()
        assert not panel.add_agency_button.isVisible()
        assert not panel.editor.isVisible() and not panel.agency_form.isVisible()


@pytest.mark.parametrize("role, editable", [(Role.SUPERVISOR, True),
                                            (Role.CASEWORKER, False)])
def test_the_main_window_has_the_directory_for_case_workers(qtbot, shell_auth, role,
                                                             editable):
    from intake_app.policy import Policy
    from intake_app.ui.common.tasks import TaskRunner
    from intake_app.ui.main_window import MainWindow

    services = signed_in_services(shell_auth, role)
    try:
        window = MainWindow(services, TaskRunner(), Policy())
        qtbot.addWidget(window)
        page = window.screens["directory"]
        window.navigation.setCurrentRow(window.pages.indexOf(page))
        window.show()
        screen = page.content  # built when first shown
        assert isinstance(screen, DirectoryScreen)
        assert screen.kind_panel is not None
        assert screen.kind_panel.edit_button.isVisibleTo(screen) is editable
    finally:
        services.end()
