"""The agency directory: kinds of recipient, named agencies, their data-flow facts (no Qt, no
SQL). ``recipient_of(directory, "kind:police" | "agency:<id>")`` is what consent and referral
code asks."""

from intake_app.domain.agencies.edits import (
    AgencyInput,
    FactInput,
    KindEdit,
    PendingUpdate,
    agency_id_from,
    edited_agency,
    edited_kind,
    new_agency,
    pending_updates,
    raised_agencies,
)
from intake_app.domain.agencies.loader import (
    Refusal,
    Shipped,
    load_shipped,
    read_kind,
    shipped_agencies_dir,
)
from intake_app.domain.agencies.lookup import RecipientAsLookup, facts_version
from intake_app.domain.agencies.model import (
    AGENCY_PREFIX,
    GENERALISATIONS,
    KIND_PREFIX,
    NEVER_BY_DEFAULT,
    SHIPPED_KIND_IDS,
    Agency,
    Directory,
    Fact,
    Generalisation,
    Kind,
    Recipient,
    context_of,
    recipient_of,
    wordings,
)
from intake_app.domain.agencies.parse import parse_kind

__all__ = [
    "AGENCY_PREFIX", "GENERALISATIONS", "KIND_PREFIX", "NEVER_BY_DEFAULT", "SHIPPED_KIND_IDS",
    "Agency", "AgencyInput", "Directory", "Fact", "FactInput", "Generalisation", "Kind",
    "KindEdit", "PendingUpdate", "Recipient", "RecipientAsLookup", "Refusal", "Shipped",
    "agency_id_from", "context_of", "edited_agency", "edited_kind", "facts_version",
    "load_shipped", "new_agency", "parse_kind",
    "pending_updates", "raised_agencies", "read_kind", "recipient_of", "shipped_agencies_dir",
    "wordings",
]
