"""The agency directory as the consent rules see it (``domain.consent.RecipientLookup``).

Consent is recorded against the vault's directory (``services/directory.py``): which kind a
named agency belongs to, whether data sent to it may reach immigration enforcement (the kind's
flag, never lower), and which version of its data-flow facts she was shown: a SHA-256 of the
facts as the directory holds them now (``domain.agencies.facts_version``), so a record names
exactly the facts she saw and a supervisor's edit of them asks for them to be shown again.
"""

from __future__ import annotations

from intake_app.domain.agencies import Recipient, facts_version
from intake_app.services.directory import DirectoryService


class DirectoryRecipients:
    def __init__(self, directory: DirectoryService) -> None:
        self.directory = directory

    def _recipient(self, ref: str) -> Recipient:
        return self.directory.recipient_of(ref)  # NotFound for an unknown reference

    def kind_of(self, ref: str) -> str:
        return self._recipient(ref).kind.id

    def is_named(self, ref: str) -> bool:
        return self._recipient(ref).agency is not None

    def may_pass_to_immigration(self, ref: str) -> bool:
        return self._recipient(ref).may_pass_to_immigration_enforcement

    def facts_version(self, ref: str) -> str:
        return facts_version(self._recipient(ref).facts)
