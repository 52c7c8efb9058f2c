"""The redacted view of a referral (DESIGN.md "Redaction", issue 12): what one recipient may
receive from one case, built from an allow-list of the case model's fields, with one fixed
statement of every class it does not get. No Qt, no vault, no services: the export and the
preview receive only the :class:`RedactedView`.

``rules.py`` says which classes are shared and why; ``generalise.py`` where each
generalisation lives in the case model and what leaves; ``build.py`` the walk over the field
declarations; ``view.py`` the view's plain shape and its JSON form.
"""

from intake_app.domain.redaction.build import (
    AGE_LABEL,
    CONTEXT,
    DISTRICT_LABEL,
    DO_NOT_TELL_LABEL,
    THIS_REFERRAL,
    not_shared_statement,
    redact,
    without_consent_statement,
)
from intake_app.domain.redaction.generalise import (
    AGE_RULE,
    DISTRICT_RULE,
    POSTCODE_KEY,
    SAFE_PHONES_RULE,
    FieldRules,
    age_on,
    postcode_district,
    rules_for,
)
from intake_app.domain.redaction.rules import (
    RedactionInput,
    Sharing,
    consent_states,
    sharing_of,
)
from intake_app.domain.redaction.view import (
    DoNotTell,
    Item,
    Label,
    ListRows,
    RedactedView,
    Row,
    Statement,
    ViewSection,
)

__all__ = [
    "AGE_LABEL", "AGE_RULE", "CONTEXT", "DISTRICT_LABEL", "DISTRICT_RULE", "DO_NOT_TELL_LABEL",
    "POSTCODE_KEY", "SAFE_PHONES_RULE", "THIS_REFERRAL", "DoNotTell", "FieldRules", "Item",
    "Label", "ListRows", "RedactedView", "RedactionInput", "Row", "Sharing", "Statement",
    "ViewSection", "age_on", "consent_states", "not_shared_statement", "postcode_district",
    "redact", "rules_for", "sharing_of", "without_consent_statement",
]
