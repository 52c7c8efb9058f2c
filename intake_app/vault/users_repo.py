"""All SQL on staff accounts (the ``users`` table, apart from key pins: see ``pins.py``).

Rules about accounts (the last administrator, disabling yourself) are the users service's;
this module only reads and writes rows, inside the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.domain.roles import Role
from intake_app.vault.database import Connection


@dataclass(frozen=True)
class Account:
    username: str
    role: Role
    display_name: str
    team: str
    created_at: str
    disabled_at: str | None

    @property
    def active(self) -> bool:
        return self.disabled_at is None

    def to_dict(self) -> dict[str, str | None]:
        return {"username": self.username, "role": self.role.value,
                "display_name": self.display_name, "team": self.team,
                "created_at": self.created_at, "disabled_at": self.disabled_at}


_COLUMNS = "username, role, display_name, team, created_at, disabled_at"


def _account(row: tuple[object, ...]) -> Account:
    return Account(str(row[0]), Role(str(row[1])), str(row[2]), str(row[3]), str(row[4]),
                   None if row[5] is None else str(row[5]))


class UsersRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, username: str) -> Account | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM users WHERE username = ?",
                                (username,)).fetchone()
        return None if row is None else _account(row)

    def all(self) -> list[Account]:
        return [_account(r) for r in
                self.conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY username")]

    def insert(self, username: str, role: Role, display_name: str, team: str,
               created_at: str) -> None:
        self.conn.execute(
            "INSERT INTO users (username, role, display_name, team, created_at) "
            "VALUES (?, ?, ?, ?, ?)", (username, role.value, display_name, team, created_at))

    def disable(self, username: str, at: str) -> None:
        self.conn.execute("UPDATE users SET disabled_at = ? WHERE username = ?", (at, username))

    def set_role(self, username: str, role: Role) -> None:
        self.conn.execute("UPDATE users SET role = ? WHERE username = ?",
                          (role.value, username))

    def active_admins(self) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL"
        ).fetchone()[0])
