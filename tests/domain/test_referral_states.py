"""A referral's states and moves, exhaustively: every (state, step) pair is either a legal move
to the one state the table names or refused with ``IllegalTransition``; no one approves their
own referral; the gate must pass to submit and approve, and a recheck that fails sends an
approved referral back to submitted; reasons are required and checked."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from intake_app.domain.errors import (
    GateFailed,
    IllegalTransition,
    InvalidInput,
    PermissionDenied,
    RecordRefused,
    SelfApproval,
)
from intake_app.domain.referrals import (
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
from intake_app.domain.referrals.states import GATED, WITH_REASON
from tests.helpers.referrals import TODAY, gate

PASSING = gate()
FAILING = gate(contact_last_checked=TODAY - timedelta(days=30))
AUTHOR, SUPERVISOR = "cw1", "sup"

#: The issue's life of a referral, written out once more by hand.
EXPECTED = {
    (State.DRAFT, Step.SUBMIT): State.SUBMITTED,
    (State.RETURNED, Step.SUBMIT): State.SUBMITTED,
    (State.SUBMITTED, Step.APPROVE): State.APPROVED,
    (State.SUBMITTED, Step.RETURN): State.RETURNED,
    (State.SUBMITTED, Step.REJECT): State.REJECTED,
    (State.APPROVED, Step.REVOKE): State.REVOKED,
    (State.APPROVED, Step.RECHECK): State.SUBMITTED,
}


def take(status: Status, step: Step, *, actor: str = SUPERVISOR, passing: bool = True,
         reason: str = "Please add the children's school.") -> Status:
    return transition(status, step, actor=actor, author=AUTHOR,
                      gate=(PASSING if passing else FAILING) if step in GATED else None,
                      reason=reason if step in WITH_REASON else "")


def test_the_table_is_the_issues():
    assert MOVES == EXPECTED
    assert {State.REJECTED, State.REVOKED} == FINAL
    assert {State.DRAFT, State.RETURNED} == EDITABLE
    assert set(STATE_LABELS) == set(State)
    assert Status(State.DRAFT) == NEW


@pytest.mark.parametrize(("state", "step"), list(itertools.product(State, Step)),
                         ids=lambda v: v.value)
def test_every_state_and_step(state, step):
    status = Status(state)
    if (state, step) not in EXPECTED:
        with pytest.raises(IllegalTransition) as caught:
            take(status, step)
        assert caught.value.state == state.value and caught.value.step == step.value
        assert caught.value.allowed == tuple(s.value for s in allowed_steps(state))
        assert isinstance(caught.value, InvalidInput)
        return
    after = take(status, step, passing=step is not Step.RECHECK)
    assert after.state is EXPECTED[(state, step)]


def test_final_states_allow_nothing_and_say_so():
    for state in FINAL:
        assert allowed_steps(state) == ()
        with pytest.raises(IllegalTransition, match="nothing more can happen"):
            take(Status(state), Step.SUBMIT)


def test_a_refusal_names_the_steps_that_are_possible():
    with pytest.raises(IllegalTransition, match="can only be: approve, return, reject"):
        take(Status(State.SUBMITTED), Step.REVOKE)


# --- approval -------------------------------------------------------------------------------

@pytest.mark.parametrize("actor", [AUTHOR, " CW1 ", "Cw1"])
def test_no_one_approves_their_own_referral(actor):
    with pytest.raises(SelfApproval) as caught:
        take(Status(State.SUBMITTED), Step.APPROVE, actor=actor)
    assert isinstance(caught.value, PermissionDenied)


def test_self_approval_is_refused_even_when_the_gate_fails():
    with pytest.raises(SelfApproval):
        take(Status(State.SUBMITTED), Step.APPROVE, actor=AUTHOR, passing=False)


def test_the_author_may_take_the_other_steps_on_her_own_referral():
    assert take(NEW, Step.SUBMIT, actor=AUTHOR).state is State.SUBMITTED
    assert take(Status(State.SUBMITTED), Step.REJECT, actor=AUTHOR).state is State.REJECTED
    assert take(Status(State.APPROVED), Step.REVOKE, actor=AUTHOR).state is State.REVOKED


@pytest.mark.parametrize(("state", "step"), [(State.DRAFT, Step.SUBMIT),
                                             (State.RETURNED, Step.SUBMIT),
                                             (State.SUBMITTED, Step.APPROVE)])
def test_submit_and_approve_need_the_gate_to_pass(state, step):
    with pytest.raises(GateFailed) as caught:
        take(Status(state), step, passing=False)
    assert caught.value.failed == ("safe_contact",)


def test_a_recheck_that_passes_leaves_the_approved_referral_as_it_is():
    approved = Status(State.APPROVED)
    assert take(approved, Step.RECHECK) is approved


def test_a_recheck_that_fails_sends_it_back_with_the_checks_that_failed():
    back = take(Status(State.APPROVED), Step.RECHECK, passing=False)
    assert back == Status(State.SUBMITTED, failed_checks=("safe_contact",))
    assert back.sent_back and not exportable(back)
    # Once the contact is re-checked, a supervisor approves it again.
    again = take(back, Step.APPROVE)
    assert again == Status(State.APPROVED) and exportable(again)


def test_only_an_approved_referral_is_exportable():
    assert [s for s in State if exportable(Status(s))] == [State.APPROVED]


# --- reasons --------------------------------------------------------------------------------

@pytest.mark.parametrize(("state", "step"), [(State.SUBMITTED, Step.RETURN),
                                             (State.SUBMITTED, Step.REJECT),
                                             (State.APPROVED, Step.REVOKE)])
def test_return_reject_and_revoke_keep_their_reason(state, step):
    after = take(Status(state), step, reason="  The MARAC has closed the case.\n")
    assert after.reason == "The MARAC has closed the case."
    assert not after.failed_checks


@pytest.mark.parametrize(("reason", "code"), [
    ("", "reason_required"), ("  \n ", "reason_required"), ("x" * 2001, "too_long"),
    ("bad\x00text", "bad_characters"), ("half \ud800 pair", "bad_characters"),
    (None, "text_required"), (17, "text_required"),
])
@pytest.mark.parametrize("step", sorted(WITH_REASON))
def test_a_reason_that_cannot_be_kept_is_refused(step, reason, code):
    state = State.APPROVED if step is Step.REVOKE else State.SUBMITTED
    with pytest.raises(RecordRefused) as caught:
        transition(Status(state), step, actor=SUPERVISOR, author=AUTHOR,
                   reason=reason)  # type: ignore[arg-type]
    assert {k: [p.code for p in ps] for k, ps in caught.value.problems.items()} == {
        "reason": [code]}


def test_a_resubmission_clears_the_supervisors_request():
    returned = take(Status(State.SUBMITTED), Step.RETURN)
    assert returned.state is State.RETURNED and returned.reason
    assert take(returned, Step.SUBMIT, actor=AUTHOR) == Status(State.SUBMITTED)


# --- calls that give the wrong things ---------------------------------------------------------

def test_a_gated_step_without_the_gate_and_a_reason_where_none_is_taken():
    with pytest.raises(ValueError, match="gate"):
        transition(NEW, Step.SUBMIT, actor=AUTHOR, author=AUTHOR)
    with pytest.raises(ValueError, match="does not run the gate"):
        transition(Status(State.SUBMITTED), Step.REJECT, actor=SUPERVISOR, author=AUTHOR,
                   gate=PASSING, reason="no")
    with pytest.raises(ValueError, match="takes no reason"):
        transition(NEW, Step.SUBMIT, actor=AUTHOR, author=AUTHOR, gate=PASSING,
                   reason="because")
    with pytest.raises(ValueError, match="person"):
        transition(NEW, Step.SUBMIT, actor=" ", author=AUTHOR, gate=PASSING)
