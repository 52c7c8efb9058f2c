"""The Qt-free wiring both front ends use: Services built for the signed-in role, a sign-in
that hands out who signed in (never a vault), and a Session that offers only VaultAccess."""

from __future__ import annotations

import inspect

import pytest

from intake_app.domain.errors import PermissionDenied, VaultLocked
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.session import Session
from intake_app.services.vault_access import VaultAccess
from intake_app.services.wiring import SignedIn, build_services
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, STAFF_PASS, TEST_KDF


@pytest.fixture
def services(staff_vault_dir):
    built = build_services(staff_vault_dir, Policy(), kdf=TEST_KDF)
    yield built
    built.end()


def test_nothing_but_auth_before_sign_in(services):
    assert services.vault_exists()
    assert (services.users, services.admin, services.cases) == (None, None, None)
    assert not services.session.signed_in


@pytest.mark.parametrize(("user", "role", "present"), [
    (ADMIN, Role.ADMIN, {"users", "admin"}),
    ("cw1", Role.CASEWORKER, {"cases", "directory"}),
    ("sup", Role.SUPERVISOR, {"cases", "directory"}),
])
def test_each_role_gets_its_services(services, user, role, present):
    signed_in = services.sign_in(user, ADMIN_PASS if user == ADMIN else STAFF_PASS)
    assert signed_in == SignedIn(user, role, slot_file_altered=False)
    assert {name for name in ("users", "admin", "cases", "directory")
            if getattr(services, name) is not None} == present
    assert services.session.is_open and services.session.role is role


def test_what_the_caller_learns_holds_no_vault(services):
    signed_in = services.sign_in("cw1", STAFF_PASS)
    assert not any(isinstance(value, Vault | Session) for value in vars(signed_in).values())


def test_lock_and_resume_keep_the_services_sign_out_drops_them(services):
    services.sign_in("cw1", STAFF_PASS)
    cases = services.cases
    assert cases is not None
    services.lock()
    with pytest.raises(VaultLocked):
        cases.count()
    services.sign_in("cw1", STAFF_PASS)
    assert services.cases is cases and cases.count() == 0
    services.end()
    assert services.cases is None and not services.session.signed_in


def test_only_the_same_person_resumes_a_locked_session(services):
    services.sign_in("cw1", STAFF_PASS)
    services.lock()
    with pytest.raises(PermissionDenied):
        services.sign_in("cw2", STAFF_PASS)
    assert not services.session.is_open and services.session.user == "cw1"


def test_an_altered_slot_file_is_reported(services, staff_vault_dir):
    path = staff_vault_dir / "keyslots.json"
    altered = KeySlots.load(path)
    altered.mac = "0" * 64  # what any outsider's edit looks like
    altered.save(path, sign_with=None)
    assert services.sign_in("cw1", STAFF_PASS).slot_file_altered


def _protocol_members() -> set[str]:
    return {name for name in vars(VaultAccess)
            if not name.startswith("_") and name not in {"mro"}}


def test_the_session_offers_vault_access_and_nothing_else_of_the_vault(services):
    services.sign_in(ADMIN, ADMIN_PASS)
    session = services.session
    for name in _protocol_members():
        assert hasattr(session, name), name
        if inspect.isfunction(getattr(VaultAccess, name)):
            assert list(inspect.signature(getattr(VaultAccess, name)).parameters)[1:] == \
                list(inspect.signature(getattr(session, name)).parameters), name
    # No forwarding of the rest: the data key, the paths and the connection stay inside.
    for name in ("data_key", "paths", "conn", "rotate_data_key_now", "replace_slot"):
        assert not hasattr(session, name), name
    assert not hasattr(Session, "__getattr__")


@pytest.mark.parametrize(("user", "present"), [(ADMIN, False), ("cw1", True), ("sup", True)])
def test_consent_and_the_safety_plan_are_wired_for_case_workers_only(services, user, present):
    services.sign_in(user, ADMIN_PASS if user == ADMIN else STAFF_PASS)
    assert (services.consent is not None) is present
    assert (services.safety_plan is not None) is present


def test_consent_is_recorded_against_the_vaults_agency_directory(services, staff_vault_dir):
    from intake_app.services.directory_recipients import DirectoryRecipients
    from tests.helpers.standin_recipients import StandInRecipients

    services.sign_in("cw1", STAFF_PASS)
    assert services.consent is not None
    assert isinstance(services.consent.recipients, DirectoryRecipients)
    assert services.consent.recipients.may_pass_to_immigration("kind:police")
    assert not services.consent.recipients.may_pass_to_immigration("kind:refuge")
    assert services.consent.recipients.kind_of("kind:police") == "police"

    directory = StandInRecipients()  # a lookup given to the wiring is used as it is
    wired = build_services(staff_vault_dir, Policy(), kdf=TEST_KDF, recipients=directory)
    try:
        wired.sign_in("cw1", STAFF_PASS)
        assert wired.consent is not None and wired.consent.recipients is directory
    finally:
        wired.end()
