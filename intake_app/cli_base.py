"""What every command of the command line shares: printing a value inside a line, the two
ways a command ends in failure, and the signed-in role's service or the refusal. No Qt."""

from __future__ import annotations

from typing import TypeVar

from intake_app.domain.errors import PermissionDenied
from intake_app.domain.roles import Action, require
from intake_app.domain.text_rules import escaped
from intake_app.services.wiring import Services

T = TypeVar("T")


def shown(value: object) -> str:
    """``value`` as printed inside a line: newlines, tabs, escape sequences and other
    invisible characters become visible escapes (\\n, \\t, \\x1b)."""
    return escaped(value)


class CliError(Exception):
    """A failure to report on one line."""


class CliQuiet(Exception):
    """Exit 1 with nothing more to say: the output already said why (``referral check``
    when the gate does not pass)."""


def granted(service: T | None, services: Services, action: Action) -> T:
    """The signed-in role's ``service``; PermissionDenied, as the service itself would say,
    when the role may not ``action``."""
    require(services.session.role, action)
    if service is None:  # the wiring builds a service for every role allowed to use it
        raise PermissionDenied(f"the {services.session.role.value} role has no such service")
    return service
