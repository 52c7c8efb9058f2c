"""Sessions that lose their rights: an open session of someone an administrator has since
disabled or demoted can no longer do what their old role allowed (real vault files)."""

from __future__ import annotations

import pytest

from intake_app.domain.errors import AccountChanged
from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.admin import AdminService
from intake_app.services.auth import AuthService
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS, TEST_KDF

SECOND, SECOND_PASS = "second", "second admin passphrase 12"
NEW_PASS = "a new account passphrase 77"


def _users(vault: Vault) -> UserService:
    return UserService(Session(vault), AuthService(vault.paths.root, Policy(), kdf=TEST_KDF))


@pytest.fixture
def two_admins(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        _users(vault).add_user(SECOND, Role.ADMIN, SECOND_PASS)
    return vault_dir


@pytest.mark.parametrize("change", ["disable", "demote"])
def test_an_open_session_cannot_create_an_administrator_after_losing_its_rights(two_admins,
                                                                                 change):
    stale = Vault.unlock(two_admins, SECOND, SECOND_PASS)  # a window left open
    try:
        with Vault.unlock(two_admins, ADMIN, ADMIN_PASS) as boss:
            if change == "disable":
                _users(boss).disable_user(SECOND)
            else:
                _users(boss).set_role(SECOND, Role.CASEWORKER)
        with pytest.raises(AccountChanged):
            _users(stale).add_user("sleeper", Role.ADMIN, NEW_PASS)
        with pytest.raises(AccountChanged):
            _users(stale).set_role(ADMIN, Role.CASEWORKER)
        admin = AdminService(Session(stale))
        for call in (lambda: admin.audit_log(),
                     lambda: admin.rotate_key(),
                     lambda: admin.backup(two_admins.parent / "b.cibackup")):
            with pytest.raises(AccountChanged):
                call()
        with Vault.unlock(two_admins, ADMIN, ADMIN_PASS) as boss:
            assert "sleeper" not in [row["username"] for row in _users(boss).list_users()]
        assert not (two_admins.parent / "b.cibackup").exists()
    finally:
        stale.lock()


def test_the_session_reports_the_change(two_admins):
    session = Session(Vault.unlock(two_admins, SECOND, SECOND_PASS))
    try:
        assert session.account_change() is None
        with Vault.unlock(two_admins, ADMIN, ADMIN_PASS) as boss:
            _users(boss).set_role(SECOND, Role.SUPERVISOR)
        assert session.account_change() == "role"
        with Vault.unlock(two_admins, ADMIN, ADMIN_PASS) as boss:
            _users(boss).disable_user(SECOND)
        assert session.account_change() == "disabled"
    finally:
        session.end()
