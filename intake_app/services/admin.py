"""Vault administration: verification, backups, key rotation and the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from intake_app.domain.errors import AccountChanged
from intake_app.domain.roles import Action, require
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit, database, migrate
from intake_app.vault.store import RotationResult
from intake_app.vault.users_repo import UsersRepo


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_head: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class AdminService:
    def __init__(self, vault: VaultAccess) -> None:
        self.vault = vault

    def _require(self, action: Action) -> None:
        """The role cached at sign-in, then the account as it is now (AccountChanged if it was
        disabled or its role changed since)."""
        require(self.vault.role, action)
        with self.vault.read() as conn:
            me = UsersRepo(conn).get(self.vault.user)
        if me is None or not me.active:
            raise AccountChanged("your account has been disabled")
        if me.role is not self.vault.role:
            raise AccountChanged("your role has changed since you signed in")

    def verify(self) -> VerifyReport:
        """Both integrity checks, the audit chain, and the key slot file against the keys on
        record (an altered or older slot is a problem; an unproved one a warning).

        The verification entry is only written once everything read cleanly, so a damaged
        vault is never written to by ``verify``.
        """
        self._require(Action.VAULT_VERIFY)
        report = VerifyReport()
        with self.vault.read() as conn:
            report.problems.extend(database.integrity_problems(conn))
            if report.problems:
                return report
            report.problems.extend(audit.verify(conn))
            report.counts = database.table_counts(conn)
            report.audit_entries = report.counts.get("audit", 0)
            report.audit_head = audit.head(conn)
            pending = migrate.pending(conn)
        if pending:
            report.warnings.append("the vault has not been upgraded to this version yet; "
                                   "sign in once to upgrade it, then verify again")
        else:
            slots = self.vault.slot_report()
            report.problems.extend(slots.problems)
            report.warnings.extend(slots.warnings)
        return report

    def record_verified(self, report: VerifyReport) -> None:
        outcome = "ok" if report.ok else f"problems={len(report.problems)}"
        self.vault.append_audit("vault.verify", "", outcome)

    def backup(self, target: Path) -> dict[str, object]:
        self._require(Action.VAULT_BACKUP)
        return self.vault.backup(Path(target))

    def recovery_key_needed(self) -> bool:
        """True when a rotation must be given the recovery key (an upgraded vault)."""
        self._require(Action.VAULT_ROTATE_KEY)
        return not self.vault.recovery_pinned()

    def rotate_key(self, *, drop_unpinned: bool = False,
                   recovery_key: str | None = None) -> RotationResult:
        self._require(Action.VAULT_ROTATE_KEY)
        return self.vault.rotate_data_key(drop_unpinned=drop_unpinned,
                                          recovery_key=recovery_key)

    def audit_log(self) -> list[audit.AuditEntry]:
        self._require(Action.AUDIT_VIEW)
        with self.vault.read() as conn:
            entries = audit.entries(conn)
        self.vault.append_audit("audit.view")
        return entries
