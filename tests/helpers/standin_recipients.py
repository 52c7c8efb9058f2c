"""A test double of the agency directory: a ``RecipientLookup`` that knows only the shipped
kinds of recipient by id, and no named agency, for the consent rules' own tests (the app wires
the vault's directory, ``services/directory_recipients.py``).

Which kinds may pass data to immigration enforcement follows DOMAIN.md ("Immigration facts a
safe referral must weigh"); the facts themselves are the directory's, this double only names a
fixed version for them.
"""

from __future__ import annotations

from intake_app.domain.consent import KIND_PREFIX
from intake_app.domain.errors import NotFound

#: Kind id -> may pass data to immigration enforcement. The ids are those of the directory's
#: shipped files (``resources/agencies/<id>.toml`` on the i11-agencies branch).
SHIPPED_KINDS: dict[str, bool] = {
    "police": True,
    "marac": False,
    "idva_service": False,
    "refuge": False,
    "local_authority_housing": True,
    "childrens_social_care": True,
    "adult_social_care": True,
    "gp": True,
    "hospital": True,
    "regulated_immigration_adviser": False,
    "legal_aid_solicitor": False,
    "other_specialist_service": False,
}

#: The facts version every stand-in kind reports (the directory gives each its own).
STANDIN_FACTS_VERSION = "stand-in-1"


class StandInRecipients:
    """The shipped kinds only (``kind:<id>``); every other reference is NotFound."""

    def _kind(self, ref: str) -> str:
        if ref.startswith(KIND_PREFIX) and ref[len(KIND_PREFIX):] in SHIPPED_KINDS:
            return ref[len(KIND_PREFIX):]
        raise NotFound("no such recipient in the agency directory")

    def kind_of(self, ref: str) -> str:
        return self._kind(ref)

    def is_named(self, ref: str) -> bool:
        self._kind(ref)
        return False

    def may_pass_to_immigration(self, ref: str) -> bool:
        return SHIPPED_KINDS[self._kind(ref)]

    def facts_version(self, ref: str) -> str:
        self._kind(ref)
        return STANDIN_FACTS_VERSION

    def kinds(self) -> tuple[str, ...]:
        """Every reference it knows, as the grid's rows."""
        return tuple(KIND_PREFIX + k for k in SHIPPED_KINDS)
