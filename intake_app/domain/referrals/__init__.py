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
from intake_app.domain.referrals.gate import (
    CHECK_TITLES,
    CONTACT_CHECK_DAYS,
    AssessmentState,
    Check,
    CheckId,
    GateInput,
    GateResult,
    Needed,
    check_referral,
    gate_to_dict,
    needed_text,
)
from intake_app.domain.referrals.model import (
    LegalBasis,
    ReferralDraft,
    as_mapping,
    default_classes,
    stored_draft,
)
from intake_app.domain.referrals.states import (
    EDITABLE,
    FINAL,
    MOVES,
    NEW,
    STATE_LABELS,
    State,
    Status,
    Step,
    allowed_steps,
    exportable,
    transition,
)

__all__ = [
    "ADVICE_OFFERED", "CHECKLIST_ID", "CHECK_TITLES", "CONTACT_CHECK_DAYS", "CONTACT_RECHECKED",
    "EDITABLE", "FINAL", "MOVES", "NEW", "SECURE_STATUSES", "STATE_LABELS",
    "TOLD_IMMIGRATION_RISK", "TOLD_IN_LANGUAGE", "TOLD_WHAT_AND_WHOM", "AssessmentState",
    "Check", "CheckId", "GateInput", "GateResult", "LegalBasis", "Needed", "ReferralDraft",
    "ResolveRecipient", "State", "Status", "Step", "allowed_steps", "as_mapping",
    "check_referral", "checklist_facts", "default_classes", "draft_problems", "exportable",
    "gate_to_dict", "immigration_rule_applies", "needed_text", "parse_draft",
    "status_insecure_or_unknown", "stored_draft", "transition",
]
