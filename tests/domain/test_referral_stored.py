"""A stored draft reads back as it was saved (``model.stored_draft``), whatever today's
directory and safe-referral checklist say, and damaged content is a typed error."""

from __future__ import annotations

import pytest

from intake_app.domain.errors import VaultDamaged
from intake_app.domain.referrals import as_mapping, stored_draft
from tests.helpers.referrals import ALL_DONE, draft


@pytest.mark.parametrize("changes", [
    {}, {"assessment": 7, "do_not_tell": []},
    {"legal_basis": {"basis": "Safeguarding", "why_no_consent": "She could not be reached."}},
    {"answers": {"told_what_and_whom": {"answer": "yes", "comment": "In Polish",
                                        "source": "her"}}},
])
def test_what_as_mapping_writes_reads_back_as_it_was(changes):
    given = draft(**changes)
    assert stored_draft(as_mapping(given)) == given


def test_an_answer_to_an_item_a_newer_checklist_dropped_still_reads():
    content = as_mapping(draft(answers=dict(ALL_DONE)))
    content["answers"]["an_item_of_v1_only"] = {"answer": "yes", "comment": "", "source": ""}
    assert stored_draft(content).answer("an_item_of_v1_only") == "yes"


@pytest.mark.parametrize("damage", [
    {"classes": "identity"}, {"classes": ["no_such_class"]}, {"recipient": 3},
    {"assessment": True}, {"answers": {"told_what_and_whom": 1}},
    {"legal_basis": {"basis": "x"}}, {"do_not_tell": None},
])
def test_content_not_in_the_stored_shape_is_vault_damage(damage):
    content = as_mapping(draft()) | damage
    with pytest.raises(VaultDamaged):
        stored_draft(content)
    with pytest.raises(VaultDamaged):
        stored_draft({})
