"""One resolved recipient as the consent rules ask about it (``domain.consent.RecipientLookup``).

The consent rules take a lookup rather than a directory so that the services can answer from
the vault's directory (``services/directory_recipients.py``). Code that already holds the
``Recipient`` a referral goes to (the redaction step, the referral's gate) answers the same
questions from that one value with :class:`RecipientAsLookup`, so what it reads about
consent agrees with the recipient it shares with.

:func:`facts_version` is the one definition of "which facts she was shown": a SHA-256 of the
facts as the directory holds them, so a changed fact asks for the facts to be shown again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from intake_app.domain.agencies.model import Fact, Recipient
from intake_app.domain.errors import NotFound


def facts_version(facts: Sequence[Fact]) -> str:
    """An identifier of exactly these facts (their ids, source texts and review days)."""
    listed = [{"id": f.id, "text": f.text.source, "reviewed": f.last_reviewed.isoformat()}
              for f in facts]
    encoded = json.dumps(listed, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()[:16]


class RecipientAsLookup:
    """Answers for one recipient and, when it is a named agency, for the kind it belongs to
    (a kind's records cover its agencies). Every other reference is NotFound: this lookup
    knows nothing else, and guessing would make consent read for the wrong recipient."""

    def __init__(self, recipient: Recipient) -> None:
        self.recipient = recipient

    def _named(self, ref: str) -> bool:
        if ref == self.recipient.ref:
            return self.recipient.agency is not None
        if ref == self.recipient.kind.ref:
            return False
        raise NotFound("the recipient of this referral is another one")

    def kind_of(self, ref: str) -> str:
        self._named(ref)
        return self.recipient.kind.id

    def is_named(self, ref: str) -> bool:
        return self._named(ref)

    def may_pass_to_immigration(self, ref: str) -> bool:
        if self._named(ref):
            return self.recipient.may_pass_to_immigration_enforcement
        return self.recipient.kind.may_pass_to_immigration_enforcement

    def facts_version(self, ref: str) -> str:
        if self._named(ref):
            return facts_version(self.recipient.facts)
        return facts_version(self.recipient.kind.facts)
