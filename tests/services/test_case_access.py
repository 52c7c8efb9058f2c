"""CaseAccess, the public rule every case-scoped service asks: who is asking (live role and
team), which cases they may see or edit, and the audited refusal. Real staff vault of two
teams (tests/conftest.py: north cw1, cw2, sup; south cw3, sup2)."""

from __future__ import annotations

import pytest

from intake_app.domain.errors import AccountChanged, PermissionDenied
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.case_access import DENIED, CaseAccess
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.vault import audit
from intake_app.vault.cases_repo import CasesRepo
from tests.conftest import ADMIN, TEST_KDF
from tests.services.test_cases import intake


@pytest.fixture
def session_of(open_as):
    return lambda user: Session(open_as(user))


def _stored(session: Session, reference: str):
    with session.read() as conn:
        case = CasesRepo(conn).by_reference(reference)
    assert case is not None
    return case


def test_who_may_view_and_edit_which_case(session_of):
    owner = session_of("cw1")
    reference = CaseService(owner).create_case(intake())
    case = _stored(owner, reference)
    expected = {  # user: (may view, may edit)
        "cw1": (True, True),     # owner
        "cw2": (False, False),   # same team, but a caseworker sees only their own
        "sup": (True, True),     # supervisor of the team
        "cw3": (False, False),   # another team
        "sup2": (False, False),  # another team's supervisor
    }
    for user, (view, edit) in expected.items():
        access = CaseAccess(session_of(user))
        with access.vault.read() as conn:
            me = access.asker(conn)
        assert (access.may_view(me, case), access.may_edit(me, case)) == (view, edit), user
        if not view:
            with pytest.raises(PermissionDenied):
                access.check(me, case)


def test_an_assigned_caseworker_may_edit(session_of):
    supervisor = session_of("sup")
    cases = CaseService(supervisor)
    reference = cases.create_case(intake())
    cases.assign(reference, "cw2")
    access = CaseAccess(session_of("cw2"))
    with access.vault.read() as conn:
        me, case = access.load(conn, reference, edit=True)
    assert me.user == "cw2" and access.may_edit(me, case)


def test_the_asker_is_read_live_from_the_database(session_of, staff_vault_dir):
    worker = session_of("cw3")
    access = CaseAccess(worker)
    with worker.read() as conn:
        assert (access.asker(conn).role, access.asker(conn).team) == (Role.CASEWORKER, "south")
    users = UserService(session_of(ADMIN), AuthService(staff_vault_dir, Policy(), kdf=TEST_KDF))
    users.set_role("cw3", Role.SUPERVISOR)
    with worker.read() as conn:
        me = access.asker(conn)
        assert me.role is Role.SUPERVISOR  # no new sign-in needed
        assert access.scope(me).team == "south"  # and the team's cases are now in reach
    users.disable_user("cw3")
    with worker.read() as conn, pytest.raises(AccountChanged):
        access.asker(conn)


def test_administrators_are_refused_before_any_case_is_read(session_of):
    access = CaseAccess(session_of(ADMIN))
    with access.vault.read() as conn, pytest.raises(PermissionDenied):
        access.asker(conn)


def _denials(session: Session) -> list[tuple[str, str, str]]:
    with session.read() as conn:
        return [(e.actor, e.target, e.detail) for e in audit.entries(conn)
                if e.action == DENIED]


def test_a_refusal_inside_guarded_is_audited_after_the_rollback(session_of):
    owner = session_of("cw1")
    reference = CaseService(owner).create_case(intake())
    outsider = session_of("cw3")
    access = CaseAccess(outsider)
    with pytest.raises(PermissionDenied), access.guarded(reference, edit=True), \
            outsider.transaction() as conn:
        conn.execute("UPDATE cases SET status = 'closed'")  # must not survive the refusal
        access.load(conn, reference, edit=True)
    assert _denials(owner) == [("cw3", reference, "edit")]
    assert CaseService(owner).get_case(reference).status.value == "open"


def test_other_errors_pass_through_guarded_unaudited(session_of):
    session = session_of("cw1")
    access = CaseAccess(session)
    with pytest.raises(ValueError), access.guarded("CI-2024-000001"):
        raise ValueError("not a refusal")
    assert _denials(session) == []


def test_a_refusal_that_cannot_be_written_still_stands(session_of):
    session = session_of("cw1")
    access = CaseAccess(session)
    session.lock()  # nothing can be written now
    access.refused("CI-2024-000001")  # no exception of its own
    with pytest.raises(PermissionDenied), access.guarded("CI-2024-000001"):
        raise PermissionDenied("x")
