"""Safe referrals (no Qt, no SQL): a draft's content and DRAFT.json, the safe-referral
checklist's ids and facts, the gate, and the states a referral moves through."""

from intake_app.domain.referrals.checklist import (
    ADVICE_OFFERED,
    CHECKLIST_ID,
    CONTACT_RECHECKED,
    SECURE_STATUSES,
    TOLD_IMMIGRATION_RISK,
    TOLD_IN_LANGUAGE,
    TOLD_WHAT_AND_WHOM,
    checklist_facts,
    immigration_rule_applies,
    status_insecure_or_unknown,
)
from intake_app.domain.referrals.draft import ResolveRecipient, draft_problems, parse_draft
from intake_app.domain.referrals.model import (
    LegalBasis,
    ReferralDraft,
    as_mapping,
    default_classes,
)

__all__ = [
    "ADVICE_OFFERED", "CHECKLIST_ID", "CONTACT_RECHECKED", "SECURE_STATUSES",
    "TOLD_IMMIGRATION_RISK", "TOLD_IN_LANGUAGE", "TOLD_WHAT_AND_WHOM", "LegalBasis",
    "ReferralDraft", "ResolveRecipient", "as_mapping", "checklist_facts", "default_classes",
    "draft_problems", "immigration_rule_applies", "parse_draft", "status_insecure_or_unknown",
]
