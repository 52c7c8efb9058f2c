"""Staff accounts: add, disable, change role, reset with the recovery key. Administrators only."""

from __future__ import annotations

from intake_app.domain.roles import Action, Role, require
from intake_app.services.auth import AuthService, check_username
from intake_app.vault.store import Vault


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
        self.auth.check_new_passphrase(passphrase, username)
        self.vault.add_user(username, role, passphrase, kdf=self.auth._params(),
                            display_name=display_name, team=team)
        return username

    def disable_user(self, username: str) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        self.vault.disable_user(username)

    def set_role(self, username: str, role: Role) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        self.vault.set_role(username, role)

    def reset_with_recovery(self, username: str, recovery_key: str, new_passphrase: str) -> None:
        require(self.vault.role, Action.USER_MANAGE)
        self.auth.check_new_passphrase(new_passphrase, username)
        from intake_app.vault.keyops import recover

        recover(self.vault.paths.root, username, recovery_key, new_passphrase,
                clock=self.vault.clock, actor=self.vault.user, kdf=self.auth._params(),
                already_open=self.vault)
