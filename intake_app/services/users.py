"""Staff accounts: add, disable, change role, reset with the recovery key. Administrators only.

Names that end up in lists, the audit log and the command line's output are checked here:
user names by ``auth.check_username``, team names by ``check_team``, display names by
``check_display_name`` (no control characters, so no stored name can forge a line of output).
"""

from __future__ import annotations

import unicodedata

from intake_app.domain.errors import InvalidInput
from intake_app.domain.roles import Action, Role, require
from intake_app.domain.text_rules import unusable_character
from intake_app.services.auth import AuthService, check_username
from intake_app.vault.store import Vault

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
    def __init__(self, vault: Vault, auth: AuthService) -> None:
        self.vault = vault
        self.auth = auth

    def list_users(self) -> list[dict[str, str | None]]:
        require(self.vault.role, Action.USER_MANAGE)
        return self.vault.list_users()

    def add_user(self, username: str, role: Role, passphrase: str, display_name: str = "",
                 team: str = "default") -> str:
        require(self.vault.role, Action.USER_MANAGE)
        username = check_username(username)
        team = check_team(team)
        display_name = check_display_name(display_name)
        self.auth.check_new_passphrase(passphrase, username)
        self.vault.add_user(username, role, passphrase, kdf=self.auth._params(),
                            display_name=display_name, team=team)
        return username

    def disable_user(self, username: str) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        self.vault.disable_user(check_username(username))

    def set_role(self, username: str, role: Role) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        self.vault.set_role(check_username(username), role)

    def reset_with_recovery(self, username: str, recovery_key: str, new_passphrase: str) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        self.auth.check_new_passphrase(new_passphrase, username)
        from intake_app.vault.keyops import recover

        recover(self.vault.paths.root, username, recovery_key, new_passphrase,
                clock=self.vault.clock, actor=self.vault.user, kdf=self.auth._params(),
                already_open=self.vault)
