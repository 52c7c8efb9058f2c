"""The safe-referral checklist as the referral code reads it: its id, its items' ids, and the
facts its conditions name.

The checklist itself is data (``resources/checklists/safe_referral.v1.toml``, loaded and
validated by ``domain/checklists``). Its conditional items are asked from facts only a
referral draft gives, never from the intake (so the risk tab, which offers checklists from a
case's facts, never offers this one):

* ``referral_draft.in_progress``: always true for a referral draft (the file's
  ``offer_when``);
* ``referral_draft.status_insecure_or_unknown``: her ``immigration.status`` answer is
  anything other than British or Irish and settled, declined and not asked included
  (:func:`status_insecure_or_unknown`);
* ``referral_draft.recipient_may_pass_to_immigration_enforcement``: the directory's flag
  for the recipient (a named agency's is never below its kind's).

The two immigration items are asked when both of the last two hold; the gate
(``gate.py``) applies the same rule through the same function, and a test proves the file
and the gate agree at every status value.
"""

from __future__ import annotations

from intake_app.domain.agencies import Recipient

#: The id of the shipped safe-referral checklist.
CHECKLIST_ID = "safe_referral"

#: Its items (``resources/checklists/safe_referral.v1.toml``).
TOLD_WHAT_AND_WHOM = "told_what_and_whom"
TOLD_IMMIGRATION_RISK = "told_immigration_risk"
TOLD_IN_LANGUAGE = "told_in_language"
ADVICE_OFFERED = "advice_offered"
CONTACT_RECHECKED = "contact_rechecked"

#: The facts its conditions name.
FACT_IN_PROGRESS = "referral_draft.in_progress"
FACT_STATUS_INSECURE = "referral_draft.status_insecure_or_unknown"
FACT_RECIPIENT_MAY_INFORM = "referral_draft.recipient_may_pass_to_immigration_enforcement"

#: The two ``immigration.status`` answers that are secure; every other answer, and no answer
#: at all (declined, not asked), is insecure or unknown.
SECURE_STATUSES = frozenset({"british_irish", "settled"})


def status_insecure_or_unknown(answer: object) -> bool:
    """Whether her ``immigration.status`` answer (a choice key, ``DECLINED``, ``NOT_ASKED``,
    None for a field not in the case, or anything else a stored case holds) leaves her status
    insecure or unknown: True unless it is one of :data:`SECURE_STATUSES`."""
    return not (isinstance(answer, str) and answer in SECURE_STATUSES)


def immigration_rule_applies(recipient: Recipient, immigration_status: object) -> bool:
    """Whether the referral must record that she was told of the immigration risk in her
    language and offered regulated advice: her status is insecure or unknown and the
    recipient may pass data to immigration enforcement."""
    return (recipient.may_pass_to_immigration_enforcement
            and status_insecure_or_unknown(immigration_status))


def checklist_facts(recipient: Recipient, immigration_status: object) -> dict[str, object]:
    """The facts the safe-referral checklist is asked with (``checklists.asked_items``,
    ``assess``, ``offered``) for a draft to ``recipient`` on a case whose
    ``immigration.status`` answer is ``immigration_status``."""
    return {
        FACT_IN_PROGRESS: True,
        FACT_STATUS_INSECURE: status_insecure_or_unknown(immigration_status),
        FACT_RECIPIENT_MAY_INFORM: recipient.may_pass_to_immigration_enforcement,
    }
