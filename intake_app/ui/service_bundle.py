"""The services one signed-in person's windows use, built once per sign-in on the Session.

Because every service reads the Vault through the ``Session``, locking and unlocking never
rebuilds them: the lock closes the Vault behind them and the unlock binds a new one.

``default_services`` is the production wiring; the controller takes any callable with the same
shape, so tests and other front ends can build their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from intake_app.domain.roles import Action, allowed
from intake_app.services.admin import AdminService
from intake_app.services.auth import AuthService
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.services.users import UserService


@dataclass
class Services:
    session: Session
    auth: AuthService
    users: UserService | None = None
    admin: AdminService | None = None
    cases: CaseService | None = None


ServiceFactory = Callable[[Session, AuthService], Services]


def default_services(session: Session, auth: AuthService) -> Services:
    services = Services(session=session, auth=auth)
    role = session.role
    if allowed(role, Action.USER_MANAGE):
        services.users = UserService(session, auth)  # type: ignore[arg-type]
    if allowed(role, Action.VAULT_VERIFY):
        services.admin = AdminService(session)  # type: ignore[arg-type]
    if allowed(role, Action.CASE_VIEW_OWN):
        services.cases = CaseService(session)  # type: ignore[arg-type]
    return services
