"""The agency directory in real SQLCipher vaults: copied in on first use, supervisors' edits
audited with every version kept, the immigration flag never lowered (edit, named agency,
shipped update, and the schema's own triggers), shipped updates offered and changing nothing
until reviewed, and every role against every method.

Staff (tests/conftest.py): north team cw1, cw2 (caseworkers) and sup (supervisor); south team
cw3 and sup2; and the administrator.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from intake_app.domain.agencies import (
    SHIPPED_KIND_IDS,
    AgencyInput,
    FactInput,
    KindEdit,
    Shipped,
    load_shipped,
    parse_kind,
    shipped_agencies_dir,
)
from intake_app.domain.errors import (
    AccountChanged,
    ImmigrationFlagLowered,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from intake_app.domain.roles import Role
from intake_app.services.directory import DirectoryService
from intake_app.services.session import Session
from intake_app.vault import audit
from intake_app.vault.database import DatabaseError
from tests.conftest import ADMIN

TODAY = date(2026, 12, 1)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


SHIPPED = load_shipped()


@pytest.fixture
def directory_of(open_as):
    """``directory_of("sup")``: a DirectoryService for that person on the staff vault."""
    clock = Clock()

    def factory(user: str, shipped: Shipped = SHIPPED) -> DirectoryService:
        return DirectoryService(Session(open_as(user, clock=clock)), shipped,
                                today=lambda: TODAY)
    return factory


def actions(open_as) -> list[tuple[str, str, str, str]]:
    vault = open_as(ADMIN)
    return [(e.actor, e.action, e.target, e.detail) for e in audit.entries(vault.conn)
            if e.action.startswith("directory.")]


def edit_of(kind, **changes) -> KindEdit:
    base = KindEdit(tuple(c.value for c in kind.receives), kind.generalises,
                    kind.may_pass_to_immigration_enforcement,
                    tuple(FactInput(f.text.source, f.last_reviewed, f.id) for f in kind.facts))
    return replace(base, **changes)


def newer_app(**replacements: tuple[str, str]) -> Shipped:
    """The shipped directory with some kinds' files changed, as a newer app would ship."""
    kinds = []
    for kind in SHIPPED.kinds:
        if kind.id in replacements:
            old, new = replacements[kind.id]
            assert old in kind.source_text
            kind = parse_kind(kind.source_text.replace(old, new), kind.source_name)
        kinds.append(kind)
    return Shipped(tuple(kinds), ())


# --- copied in, read ---------------------------------------------------------------------------

def test_the_first_use_copies_the_shipped_kinds_in_once(directory_of, open_as):
    cw1 = directory_of("cw1")
    listed = cw1.list()
    assert [k.id for k in listed.kinds] == list(SHIPPED_KIND_IDS)
    assert listed.agencies == ()
    for stored, shipped in zip(listed.kinds, SHIPPED.kinds, strict=True):
        assert stored.facts == shipped.facts and stored.receives == shipped.receives
        assert stored.name == shipped.name and stored.sha256 == shipped.sha256
        assert stored.version == 1
    directory_of("sup").list()
    assert actions(open_as) == [("cw1", "directory.seed", "", "kinds=12")]
    assert directory_of("sup").pending_updates() == ()


def test_recipient_of_kind_and_named_agency(directory_of):
    sup = directory_of("sup")
    police = sup.recipient_of("kind:police")
    assert police.may_pass_to_immigration_enforcement and police.agency is None
    refuge = sup.add_agency(AgencyInput("refuge", "Amari House", False, (
        FactInput("Beds paid by a charity, so no benefit claim.", date(2026, 11, 2)),)))
    found = directory_of("cw1").recipient_of("agency:amari_house")
    assert found.kind.id == "refuge" and found.agency == refuge
    assert found.may_pass_to_immigration_enforcement is False
    assert found.facts[-1].text.source == "Beds paid by a charity, so no benefit claim."
    assert sup.get("agency:amari_house") == refuge
    assert sup.get("kind:gp").id == "gp"
    for ref in ("agency:nobody", "kind:nobody", "refuge"):
        with pytest.raises(NotFound):
            sup.recipient_of(ref)


# --- edits, audited, with history ---------------------------------------------------------------

def test_a_kind_edit_is_a_new_version_audited_and_kept_in_history(directory_of, open_as):
    sup = directory_of("sup")
    gp = sup.list().kind("gp")
    facts = (*edit_of(gp).facts, FactInput("Our local practices share nothing.", TODAY))
    edited = sup.edit_kind("gp", edit_of(gp, facts=facts, receives=("identity", "health")))
    assert edited.version == 2 and edited.facts[-1].id == "fact_1"
    assert directory_of("cw1").list().kind("gp") == edited
    history = sup.history("kind:gp")
    assert [(v.kind.version, v.change, v.recorded_by) for v in history] == [
        (1, "shipped", "sup"), (2, "edit", "sup")]
    assert history[0].kind.facts == gp.facts and len(history[1].kind.facts) == 3
    # An edit that changes nothing records nothing.
    assert sup.edit_kind("gp", edit_of(edited)) == edited
    assert len(sup.history("kind:gp")) == 2
    entries = actions(open_as)
    assert entries[-1] == ("sup", "directory.kind_edit", "kind:gp", "version=2 immigration=no")
    assert not any("practices" in e[3] for e in entries)  # never the facts' text


def test_named_agencies_are_added_edited_and_versioned(directory_of, open_as):
    sup = directory_of("sup")
    added = sup.add_agency(AgencyInput("gp", "Hill Street Surgery", False))
    assert added.ref == "agency:hill_street_surgery" and added.version == 1
    again = sup.add_agency(AgencyInput("gp", "Hill Street Surgery", False))
    assert again.id == "hill_street_surgery_2"
    changed = sup.edit_agency(added.id, AgencyInput("gp", "Hill St Surgery", True, (
        FactInput("Shares appointment lists with the council.", TODAY),)))
    assert changed.version == 2 and changed.may_pass_to_immigration_enforcement
    assert sup.edit_agency(added.id, AgencyInput("gp", "Hill St Surgery", True, (
        FactInput("Shares appointment lists with the council.", TODAY, "fact_1"),))) == changed
    history = sup.history(added.ref)
    assert [(v.agency.name, v.change) for v in history] == [
        ("Hill Street Surgery", "add"), ("Hill St Surgery", "edit")]
    assert [e[1:] for e in actions(open_as)[-3:]] == [
        ("directory.agency_add", "agency:hill_street_surgery", "kind=gp immigration=no"),
        ("directory.agency_add", "agency:hill_street_surgery_2", "kind=gp immigration=no"),
        ("directory.agency_edit", "agency:hill_street_surgery",
         "version=2 kind=gp immigration=yes")]
    with pytest.raises(NotFound):
        sup.edit_agency("nobody", AgencyInput("gp", "X", False))
    with pytest.raises(NotFound):
        sup.add_agency(AgencyInput("castle", "X", False))


# --- the immigration flag is never lowered -----------------------------------------------------

def test_a_supervisor_cannot_lower_a_kind_or_agency_flag(directory_of, open_as):
    sup = directory_of("sup")
    police = sup.list().kind("police")
    with pytest.raises(ImmigrationFlagLowered):
        sup.edit_kind("police", edit_of(police, may_pass_to_immigration_enforcement=False))
    with pytest.raises(ImmigrationFlagLowered):
        sup.add_agency(AgencyInput("police", "North Police", False))
    north = sup.add_agency(AgencyInput("police", "North Police", True))
    with pytest.raises(ImmigrationFlagLowered):
        sup.edit_agency(north.id, AgencyInput("police", "North Police", False))
    assert sup.list().kind("police") == police
    assert len(sup.history("kind:police")) == 1 and len(sup.history(north.ref)) == 1


def test_raising_a_kind_raises_its_named_agencies(directory_of):
    sup = directory_of("sup")
    hill = sup.add_agency(AgencyInput("gp", "Hill Street", False))
    gp = sup.list().kind("gp")
    sup.edit_kind("gp", edit_of(gp, may_pass_to_immigration_enforcement=True))
    now = sup.list()
    assert now.kind("gp").may_pass_to_immigration_enforcement
    assert now.agency(hill.id).may_pass_to_immigration_enforcement
    assert [v.change for v in sup.history(hill.ref)] == ["add", "raised"]
    with pytest.raises(ImmigrationFlagLowered):  # and it stays raised
        sup.edit_kind("gp", edit_of(now.kind("gp"), may_pass_to_immigration_enforcement=False))


def test_the_schema_refuses_a_lowered_flag_and_rewritten_history(directory_of, open_as):
    directory_of("sup").list()
    vault = open_as("sup")
    with pytest.raises(DatabaseError, match="never lowered"), vault.transaction() as conn:
        conn.execute(
            "INSERT INTO directory_kind_versions (kind_id, version, name, name_translations, "
            "description_translations, receives, generalises, immigration, shipped_sha256, "
            "change, recorded_at, recorded_by) SELECT kind_id, 2, name, name_translations, "
            "description_translations, receives, generalises, 0, shipped_sha256, 'edit', "
            "recorded_at, recorded_by FROM directory_kind_versions WHERE kind_id = 'police'")
    with pytest.raises(DatabaseError, match="append-only"), vault.transaction() as conn:
        conn.execute("UPDATE directory_kind_versions SET immigration = 0")
    with pytest.raises(DatabaseError, match="append-only"), vault.transaction() as conn:
        conn.execute("DELETE FROM directory_facts")


# --- shipped updates: offered, reviewed, accepted or kept --------------------------------------

def test_a_newer_apps_facts_wait_for_a_supervisor(directory_of, open_as):
    directory_of("sup").list()  # the vault holds this app's directory
    newer = newer_app(hospital=("last_reviewed = 2026-11-20\n\n[[facts]]\nid = \"debts",
                                "last_reviewed = 2026-11-28\n\n[[facts]]\nid = \"debts"))
    cw1 = directory_of("cw1", newer)
    before = cw1.list()
    assert before.kind("hospital").facts[0].last_reviewed == date(2026, 11, 20)  # not silent
    with pytest.raises(PermissionDenied):
        cw1.pending_updates()
    sup = directory_of("sup", newer)
    (update,) = sup.pending_updates()
    assert update.kind_id == "hospital" and update.current == before.kind("hospital")
    assert update.shipped.facts[0].last_reviewed == date(2026, 11, 28)
    with pytest.raises(NotFound):  # only the file the supervisor reviewed
        sup.accept_update("hospital", "0" * 64)
    accepted = sup.accept_update("hospital", update.shipped.sha256)
    assert accepted.version == 2 and accepted.facts == update.shipped.facts
    assert sup.pending_updates() == ()
    assert cw1.list().kind("hospital") == accepted
    assert [v.change for v in sup.history("kind:hospital")] == ["shipped", "update"]
    assert actions(open_as)[-1] == (
        "sup", "directory.update_accept", "kind:hospital",
        f"version=2 sha256={update.shipped.sha256} immigration=yes")


def test_a_shipped_update_never_lowers_the_flag(directory_of, open_as):
    sup = directory_of("sup")
    hill = sup.add_agency(AgencyInput("police", "North Police", True))
    lowered = newer_app(police=("may_pass_to_immigration_enforcement = true",
                                "may_pass_to_immigration_enforcement = false"))
    sup = directory_of("sup", lowered)
    (update,) = sup.pending_updates()
    assert update.flag_kept
    accepted = sup.accept_update("police", update.shipped.sha256)
    assert accepted.may_pass_to_immigration_enforcement is True
    assert sup.list().agency(hill.id).may_pass_to_immigration_enforcement
    assert actions(open_as)[-1][3].endswith("immigration=yes (kept: the file says no)")
    # A supervisor can still not lower it, though the shipped file now says "may not".
    with pytest.raises(ImmigrationFlagLowered):
        sup.edit_kind("police", edit_of(accepted, may_pass_to_immigration_enforcement=False))


def test_keeping_the_vaults_version_and_a_kind_new_in_the_app(directory_of, open_as):
    sup = directory_of("sup")
    gp = sup.edit_kind("gp", edit_of(sup.list().kind("gp"), receives=("health",)))
    extra = parse_kind((shipped_agencies_dir() / "gp.toml").read_text(encoding="utf-8")
                       .replace('id = "gp"', 'id = "pharmacy"'), "pharmacy.toml")
    newer = newer_app(gp=("Her family doctor's surgery.", "Her GP surgery."))
    newer = Shipped((*newer.kinds, extra), ())
    sup = directory_of("sup", newer)
    updates = {u.kind_id: u for u in sup.pending_updates()}
    assert set(updates) == {"gp", "pharmacy"} and updates["pharmacy"].current is None
    kept = sup.keep_current("gp", updates["gp"].shipped.sha256)
    assert kept == gp and sup.list().kind("gp") == gp
    with pytest.raises(NotFound):  # nothing to keep for a new kind
        sup.keep_current("pharmacy", extra.sha256)
    added = sup.accept_update("pharmacy", extra.sha256)
    assert added.version == 1 and sup.list().kind("pharmacy") == added
    assert sup.pending_updates() == ()
    assert [e[1:3] for e in actions(open_as)[-2:]] == [
        ("directory.update_keep", "kind:gp"), ("directory.update_accept", "kind:pharmacy")]


# --- roles ---------------------------------------------------------------------------------------

def _calls(service: DirectoryService) -> dict[str, object]:
    gp = SHIPPED.kinds[SHIPPED_KIND_IDS.index("gp")]
    return {
        "list": service.list, "get": lambda: service.get("kind:gp"),
        "recipient_of": lambda: service.recipient_of("kind:gp"),
        "history": lambda: service.history("kind:gp"),
        "edit_kind": lambda: service.edit_kind("gp", edit_of(gp, receives=("health",))),
        "add_agency": lambda: service.add_agency(AgencyInput("gp", "Hill", False)),
        "edit_agency": lambda: service.edit_agency("x", AgencyInput("gp", "Hill", False)),
        "pending_updates": service.pending_updates,
        "accept_update": lambda: service.accept_update("gp", "0" * 64),
        "keep_current": lambda: service.keep_current("gp", "0" * 64),
    }


READERS = {"list", "get", "recipient_of", "history"}
EVERY = {*READERS, "edit_kind", "add_agency", "edit_agency", "pending_updates",
         "accept_update", "keep_current"}


@pytest.mark.parametrize(("user", "allowed"), [(ADMIN, set()), ("cw1", READERS),
                                               ("cw3", READERS), ("sup", EVERY),
                                               ("sup2", EVERY)])
def test_every_method_for_every_role(directory_of, user, allowed):
    service = directory_of(user)
    assert set(_calls(service)) == EVERY
    for name, call in _calls(service).items():
        if name in allowed:
            try:
                call()
            except NotFound:  # allowed, and refused for what it named ("x", an unknown sha)
                assert name in {"edit_agency", "accept_update", "keep_current"}
        else:
            with pytest.raises(PermissionDenied):
                call()


def test_a_supervisor_demoted_meanwhile_changes_nothing(directory_of, open_as):
    sup = directory_of("sup")
    sup.list()
    with open_as(ADMIN).transaction() as conn:
        conn.execute("UPDATE users SET role = ? WHERE username = 'sup'",
                     (Role.CASEWORKER.value,))
    with pytest.raises(AccountChanged):
        sup.add_agency(AgencyInput("gp", "Hill", False))
    assert sup.vault.role is Role.SUPERVISOR  # the cached role; the database decided


def test_an_edit_that_cannot_be_stored_changes_nothing(directory_of):
    sup = directory_of("sup")
    gp = sup.list().kind("gp")
    with pytest.raises(InvalidInput):
        sup.edit_kind("gp", edit_of(gp, facts=(FactInput("Later.", TODAY + timedelta(1)),)))
    assert sup.list().kind("gp") == gp and len(sup.history("kind:gp")) == 1


def test_a_key_rotation_copies_the_directory_with_its_history(directory_of, open_as):
    """The rotation writes every row into a new file; the flag triggers must not refuse the
    history of an agency raised with its kind (version 1 said "may not")."""
    sup = directory_of("sup")
    hill = sup.add_agency(AgencyInput("gp", "Hill Street", False))
    sup.edit_kind("gp", edit_of(sup.list().kind("gp"), may_pass_to_immigration_enforcement=True))
    sup.vault.lock()  # the rotation needs the vault to itself
    admin = open_as(ADMIN)
    admin.rotate_data_key()
    rows = admin.conn.execute("SELECT version, immigration FROM directory_agency_versions "
                              "WHERE agency_id = ? ORDER BY version", (hill.id,)).fetchall()
    assert [tuple(r) for r in rows] == [(1, 0), (2, 1)]
