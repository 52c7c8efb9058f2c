"""Staff accounts: add, disable, change role, reset with the recovery key. Administrators only.

The rules about accounts live here: nobody disables their own account, and the last active
administrator can be neither disabled nor demoted. Every privileged write re-reads the acting
person's role and status inside the same transaction, so a session whose owner has meanwhile
been disabled or demoted can no longer change accounts.

Names that end up in lists, the audit log and the command line's output are checked here:
user names by ``auth.check_username``, team names by ``check_team``, display names by
``check_display_name`` (no control characters, so no stored name can forge a line of output).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from intake_app.domain.errors import AccountChanged, InvalidInput, NotFound, PermissionDenied
from intake_app.domain.roles import Action, Role, allowed, require
from intake_app.domain.text_rules import unusable_character
from intake_app.services.auth import AuthService, check_username
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.database import Connection
from intake_app.vault.pins import PinRepo
from intake_app.vault.users_repo import UsersRepo

_TEAM_PUNCTUATION = frozenset(" ._-")
_TEAM_MAX = 64
_DISPLAY_MAX = 128


def _team_character(ch: str) -> bool:
    # Letters and digits of any script (teams may be named in the service's own language),
    # the marks some scripts write letters with, and a little punctuation.
    return ch in _TEAM_PUNCTUATION or unicodedata.category(ch) in (
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Nd")


def check_team(team: str) -> str:
    """The team name as stored: trimmed, NFC (so the same name typed on two keyboards is one
    team). InvalidInput unless 1 to 64 letters, digits, spaces, dots, dashes, underscores."""
    name = unicodedata.normalize("NFC", team.strip())
    if not 1 <= len(name) <= _TEAM_MAX or not all(_team_character(ch) for ch in name):
        raise InvalidInput("a team name is 1 to 64 characters: letters, digits, space, dot, "
                           "dash, underscore")
    return name


def check_display_name(display_name: str) -> str:
    name = display_name.strip()
    if len(name) > _DISPLAY_MAX or unusable_character(name) is not None:
        raise InvalidInput("a display name is up to 128 characters on one line, without "
                           "control characters")
    return name


class UserService:
    def __init__(self, vault: VaultAccess, auth: AuthService) -> None:
        self.vault = vault
        self.auth = auth

    def _actor_guard(self, action: Action) -> Callable[[Connection], None]:
        """Check, inside the write's own transaction, that the actor may still do it."""
        def guard(conn: Connection) -> None:
            me = UsersRepo(conn).get(self.vault.user)
            if me is None or not me.active:
                raise AccountChanged("your account has been disabled")
            if me.role is not self.vault.role or not allowed(me.role, action):
                raise AccountChanged("your role has changed since you signed in")
        return guard

    def list_users(self) -> list[dict[str, str | None]]:
        """Every account; ``key`` says whether the vault has a recorded key for them
        (``"recorded"``) or is waiting for their first sign-in since an upgrade."""
        require(self.vault.role, Action.USER_MANAGE)
        with self.vault.read() as conn:
            self._actor_guard(Action.USER_MANAGE)(conn)
            pins = PinRepo(conn)
            rows = []
            for account in UsersRepo(conn).all():
                row = account.to_dict()
                record = pins.get(account.username)
                row["key"] = "unproved" if record is None or record.unpinned else "recorded"
                rows.append(row)
        return rows

    def add_user(self, username: str, role: Role, passphrase: str, display_name: str = "",
                 team: str = "default") -> str:
        require(self.vault.role, Action.USER_MANAGE)
        username = check_username(username)
        team = check_team(team)
        display_name = check_display_name(display_name)
        self.auth.check_new_passphrase(passphrase, username)
        self.vault.add_user(username, role, passphrase, kdf=self.auth.new_slot_params(),
                            display_name=display_name, team=team,
                            guard=self._actor_guard(Action.USER_MANAGE))
        return username

    def disable_user(self, username: str) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        username = check_username(username)
        if username == self.vault.user:
            raise PermissionDenied("you cannot disable your own account")
        actor_check = self._actor_guard(Action.USER_MANAGE)

        def guard(conn: Connection) -> None:
            actor_check(conn)
            target = UsersRepo(conn).get(username)
            if target is not None and target.role is Role.ADMIN and \
                    UsersRepo(conn).active_admins() <= 1:
                raise PermissionDenied("the last administrator cannot be disabled")

        self.vault.disable_user(username, guard=guard)

    def set_role(self, username: str, role: Role) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        username = check_username(username)
        with self.vault.transaction() as conn:
            self._actor_guard(Action.USER_MANAGE)(conn)
            repo = UsersRepo(conn)
            target = repo.get(username)
            if target is None or not target.active:
                raise NotFound("no active user with that name")
            if target.role is Role.ADMIN and role is not Role.ADMIN and \
                    repo.active_admins() <= 1:
                raise PermissionDenied("the last administrator must stay an administrator")
            repo.set_role(username, role)
            audit.append(conn, self.vault.user, "user.role", username, f"role={role.value}",
                         clock=self.vault.clock)

    def reset_with_recovery(self, username: str, recovery_key: str, new_passphrase: str) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        with self.vault.read() as conn:
            self._actor_guard(Action.USER_MANAGE)(conn)
        self.auth.check_new_passphrase(new_passphrase, username)
        self.vault.recover_user(username, recovery_key, new_passphrase,
                                kdf=self.auth.new_slot_params())
