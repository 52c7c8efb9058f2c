"""What the PDF shows that the redacted view does not hold: the export's own facts.

The service that records the export fills this in (the export id from the register, the day,
the latest risk result, the consent basis line, the approving supervisor's role and the audit
chain head). It holds no login, no time of day and no time zone: a referral says which day it
was made and by which role it was approved, not who sat at which keyboard when.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, datetime

_HEX = frozenset(string.hexdigits)
_EXPORT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class RiskSummary:
    """The risk result the referral rests on, as shown text: the level in the app's language,
    the score, and which checklist (id and version) gave it."""

    level: str
    score: int
    checklist_id: str
    checklist_version: str


@dataclass(frozen=True)
class ExportHeader:
    export_id: str
    #: The day of the export (a date, never a date and time).
    day: date
    #: None: the referral goes without a risk result (the PDF says so).
    risk: RiskSummary | None
    #: One line: on what basis this is shared (her consent, or the recorded legal basis).
    consent_basis: str
    referring_service: str
    #: The approving supervisor's role ("Supervisor"), never a login or a name.
    approver_role: str
    #: The audit chain head at the export, hex.
    audit_head: str

    def __post_init__(self) -> None:
        if isinstance(self.day, datetime) or not isinstance(self.day, date):
            raise ValueError("the export header's day must be a date without a time")
        if not _EXPORT_ID.fullmatch(self.export_id):
            raise ValueError("the export id must be letters, digits, '.', '_' or '-'")
        if not self.audit_head or not set(self.audit_head) <= _HEX:
            raise ValueError("the audit chain head must be hexadecimal")
        if not self.approver_role.strip():
            raise ValueError("the approving role is missing")
