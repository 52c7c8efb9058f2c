"""Vault administration: verification, backups, key rotation and the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from intake_app.domain.roles import Action, require
from intake_app.vault import audit, database
from intake_app.vault.backup import backup_vault
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.store import Vault


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_head: str = ""
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


class AdminService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def verify(self) -> VerifyReport:
        """Both integrity checks, the key slot file, and the audit chain.

        The verification entry is only written once everything read cleanly, so a damaged
        vault is never written to by ``verify``.
        """
        require(self.vault.role, Action.VAULT_VERIFY)
        conn = self.vault.conn
        report = VerifyReport()
        report.problems.extend(database.integrity_problems(conn))
        if not report.problems:
            report.problems.extend(audit.verify(conn))
            report.counts = database.table_counts(conn)
            report.audit_entries = report.counts.get("audit", 0)
            report.audit_head = audit.head(conn)
        KeySlots.load(self.vault.paths.slots)  # raises VaultDamaged if it no longer reads
        return report

    def record_verified(self, report: VerifyReport) -> None:
        outcome = "ok" if report.ok else f"problems={len(report.problems)}"
        self.vault.record("vault.verify", "", outcome)

    def backup(self, target: Path) -> dict[str, object]:
        require(self.vault.role, Action.VAULT_BACKUP)
        return backup_vault(self.vault, Path(target))

    def rotate_key(self) -> int:
        require(self.vault.role, Action.VAULT_ROTATE_KEY)
        return self.vault.rotate_data_key()

    def audit_log(self) -> list[audit.AuditEntry]:
        require(self.vault.role, Action.AUDIT_VIEW)
        entries = audit.entries(self.vault.conn)
        self.vault.record("audit.view")
        return entries
