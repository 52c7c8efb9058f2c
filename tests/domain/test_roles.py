"""Every role against every action: the matrix is the single source of truth."""

from __future__ import annotations

import itertools

import pytest

from intake_app.domain.errors import PermissionDenied
from intake_app.domain.roles import PERMISSIONS, Action, Role, allowed, require

C, S, A = Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN

EXPECTED = {
    Action.CASE_CREATE: {C, S},
    Action.CASE_VIEW_OWN: {C, S},
    Action.CASE_EDIT_OWN: {C, S},
    Action.CASE_VIEW_TEAM: {S},
    Action.CASE_EDIT_TEAM: {S},
    Action.CASE_ASSIGN: {S},
    Action.INCIDENT_RECORD: {C, S},
    Action.INCIDENT_VIEW: {C, S},
    Action.MARAC_RECORD: {C, S},
    Action.MARAC_VIEW: {C, S},
    Action.ASSESSMENT_RECORD: {C, S},
    Action.ASSESSMENT_VIEW: {C, S},
    Action.CONSENT_RECORD: {C, S},
    Action.CONSENT_VIEW: {C, S},
    Action.SAFETY_PLAN_WRITE: {C, S},
    Action.SAFETY_PLAN_VIEW: {C, S},
    Action.REFERRAL_DRAFT: {C, S},
    Action.REFERRAL_SUBMIT: {C, S},
    Action.REFERRAL_VIEW: {C, S},
    Action.REFERRAL_QUEUE: {S},
    Action.REFERRAL_APPROVE: {S},
    Action.REFERRAL_RETURN: {S},
    Action.REFERRAL_REJECT: {S},
    Action.REFERRAL_REVOKE: {S},
    Action.REFERRAL_EXPORT: {S},
    Action.DIRECTORY_VIEW: {C, S},
    Action.DIRECTORY_EDIT: {S},
    Action.DIRECTORY_UPDATE: {S},
    Action.USER_MANAGE: {A},
    Action.POLICY_VIEW: {A},
    Action.AUDIT_VIEW: {A},
    Action.VAULT_VERIFY: {A},
    Action.VAULT_BACKUP: {A},
    Action.VAULT_ROTATE_KEY: {A},
    Action.OWN_PASSPHRASE_CHANGE: {C, S, A},
}


def test_every_action_is_in_the_matrix():
    assert set(PERMISSIONS) == set(Action) == set(EXPECTED)


@pytest.mark.parametrize(("role", "action"), list(itertools.product(Role, Action)))
def test_role_action(role, action):
    expected = role in EXPECTED[action]
    assert allowed(role, action) is expected
    if expected:
        require(role, action)
    else:
        with pytest.raises(PermissionDenied):
            require(role, action)


def test_administrators_have_no_case_content_actions():
    case_actions = [a for a in Action if a.value.startswith(
        ("case.", "referral.", "incident.", "marac.", "assessment.", "directory.", "consent.",
         "safety_plan."))]
    assert case_actions
    assert {Action.CONSENT_RECORD, Action.CONSENT_VIEW, Action.SAFETY_PLAN_WRITE,
            Action.SAFETY_PLAN_VIEW} <= set(case_actions)
    assert not any(allowed(Role.ADMIN, a) for a in case_actions)
