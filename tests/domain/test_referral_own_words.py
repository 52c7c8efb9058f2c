"""The gate's own_words check: the purpose and reason go to the recipient word for word, so
while the abuser class is not included they name nobody who must not be told and nobody the
case records as having harmed her (found by the review: the view said "details not shared"
under a reason that named him)."""

from __future__ import annotations

import pytest

from intake_app.domain.referrals import CheckId, gate_to_dict, needed_text
from tests.helpers.referrals import draft, gate

WITHOUT_ABUSER = ["identity", "contact", "location"]


def own_words(**changes: object):
    return gate(draft(**changes), abuser_names=("Tariq Okafor",)).check(CheckId.OWN_WORDS)


@pytest.mark.parametrize("reason", [
    "Tariq Okafor has found the flat.", "TARIQ   okafor came to the door.",
    "She fears her husband's family.",  # "Her husband" is on the do-not-tell list
])
def test_a_name_in_the_reason_fails_while_the_abuser_class_is_left_out(reason):
    check = own_words(classes=WITHOUT_ABUSER, reason=reason)
    assert check.applies and not check.passed
    assert check.needed is not None and check.needed.key == "own_words_name"
    assert "go to the recipient word for word" in needed_text(check.needed)


def test_the_purpose_counts_too_and_the_json_names_what_was_found():
    result = gate(draft(classes=WITHOUT_ABUSER, purpose="Refuge away from Tariq Okafor"),
                  abuser_names=("Tariq Okafor",))
    entry = next(c for c in gate_to_dict(result)["checks"] if c["id"] == "own_words")
    assert entry["passed"] is False and entry["needed"]["data"] == {"names": ["Tariq Okafor"]}


@pytest.mark.parametrize("reason", [
    "She needs a safe place to stay tonight.",
    "Tariqa from the school is supportive.",  # part of a word is not the name
])
def test_words_without_those_names_pass(reason):
    check = own_words(classes=WITHOUT_ABUSER, reason=reason)
    assert check.applies and check.passed


def test_with_the_abuser_class_included_the_consent_check_decides():
    check = own_words(reason="Tariq Okafor has found the flat.")
    assert draft().classes and not check.applies and check.passed
