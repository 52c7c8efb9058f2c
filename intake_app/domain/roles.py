"""Roles and the permission matrix: the one place that says who may do what."""

from __future__ import annotations

from enum import StrEnum

from intake_app.domain.errors import PermissionDenied


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Action(StrEnum):
    # Case work
    CASE_CREATE = "case.create"
    CASE_VIEW_OWN = "case.view_own"
    CASE_EDIT_OWN = "case.edit_own"
    CASE_VIEW_TEAM = "case.view_team"
    CASE_EDIT_TEAM = "case.edit_team"
    CASE_ASSIGN = "case.assign"
    # Risk work on a case, beside its answers: on top of these, the case itself must be the
    # person's (own or assigned: the "own" actions) or their team's (the "team" actions).
    INCIDENT_RECORD = "incident.record"
    INCIDENT_VIEW = "incident.view"
    MARAC_RECORD = "marac.record"
    MARAC_VIEW = "marac.view"
    ASSESSMENT_RECORD = "assessment.record"
    ASSESSMENT_VIEW = "assessment.view"
    # Consent records and the safety plan, on the same terms (own cases; the team's for
    # supervisors). Nothing of the safety plan ever leaves the vault.
    CONSENT_RECORD = "consent.record"
    CONSENT_VIEW = "consent.view"
    SAFETY_PLAN_WRITE = "safety_plan.write"
    SAFETY_PLAN_VIEW = "safety_plan.view"
    # Referrals, on the same terms as the case they come from: drafting, submitting and
    # reading on a case the person may edit or see; a supervisor's steps on the team's.
    # Nobody approves a referral they drafted (services/referrals.py, domain/referrals).
    REFERRAL_DRAFT = "referral.draft"  # draft and edit a draft or a returned referral
    REFERRAL_SUBMIT = "referral.submit"
    REFERRAL_VIEW = "referral.view"  # the referral, its gate and its redacted view
    REFERRAL_QUEUE = "referral.queue"  # the team's submitted referrals, waiting
    REFERRAL_APPROVE = "referral.approve"
    REFERRAL_RETURN = "referral.return"  # back to its author with a request
    REFERRAL_REJECT = "referral.reject"
    REFERRAL_REVOKE = "referral.revoke"
    REFERRAL_EXPORT = "referral.export"
    # The agency directory: who may receive a referral and where their data may go
    DIRECTORY_VIEW = "directory.view"
    DIRECTORY_EDIT = "directory.edit"  # edit kinds, add and edit named agencies
    DIRECTORY_UPDATE = "directory.update"  # accept or keep a newer app's shipped facts
    # Administration (no case content)
    USER_MANAGE = "user.manage"
    POLICY_VIEW = "policy.view"
    AUDIT_VIEW = "audit.view"
    VAULT_VERIFY = "vault.verify"
    VAULT_BACKUP = "vault.backup"
    VAULT_ROTATE_KEY = "vault.rotate_key"
    # Everyone, for themselves
    OWN_PASSPHRASE_CHANGE = "self.passphrase_change"  # noqa: S105 (an action name)


_C, _S, _A = Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN

#: The permission matrix. Anything not listed is refused.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.CASE_CREATE: frozenset({_C, _S}),
    Action.CASE_VIEW_OWN: frozenset({_C, _S}),
    Action.CASE_EDIT_OWN: frozenset({_C, _S}),
    Action.CASE_VIEW_TEAM: frozenset({_S}),
    Action.CASE_EDIT_TEAM: frozenset({_S}),
    Action.CASE_ASSIGN: frozenset({_S}),
    Action.INCIDENT_RECORD: frozenset({_C, _S}),
    Action.INCIDENT_VIEW: frozenset({_C, _S}),
    Action.MARAC_RECORD: frozenset({_C, _S}),
    Action.MARAC_VIEW: frozenset({_C, _S}),
    Action.ASSESSMENT_RECORD: frozenset({_C, _S}),
    Action.ASSESSMENT_VIEW: frozenset({_C, _S}),
    Action.CONSENT_RECORD: frozenset({_C, _S}),
    Action.CONSENT_VIEW: frozenset({_C, _S}),
    Action.SAFETY_PLAN_WRITE: frozenset({_C, _S}),
    Action.SAFETY_PLAN_VIEW: frozenset({_C, _S}),
    Action.REFERRAL_DRAFT: frozenset({_C, _S}),
    Action.REFERRAL_SUBMIT: frozenset({_C, _S}),
    Action.REFERRAL_VIEW: frozenset({_C, _S}),
    Action.REFERRAL_QUEUE: frozenset({_S}),
    Action.REFERRAL_APPROVE: frozenset({_S}),
    Action.REFERRAL_RETURN: frozenset({_S}),
    Action.REFERRAL_REJECT: frozenset({_S}),
    Action.REFERRAL_REVOKE: frozenset({_S}),
    Action.REFERRAL_EXPORT: frozenset({_S}),
    Action.DIRECTORY_VIEW: frozenset({_C, _S}),
    Action.DIRECTORY_EDIT: frozenset({_S}),
    Action.DIRECTORY_UPDATE: frozenset({_S}),
    Action.USER_MANAGE: frozenset({_A}),
    Action.POLICY_VIEW: frozenset({_A}),
    Action.AUDIT_VIEW: frozenset({_A}),
    Action.VAULT_VERIFY: frozenset({_A}),
    Action.VAULT_BACKUP: frozenset({_A}),
    Action.VAULT_ROTATE_KEY: frozenset({_A}),
    Action.OWN_PASSPHRASE_CHANGE: frozenset({_C, _S, _A}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS.get(action, frozenset())


def require(role: Role, action: Action) -> None:
    """Raise PermissionDenied unless ``role`` may perform ``action``."""
    if not allowed(role, action):
        raise PermissionDenied(f"the {role.value} role may not perform {action.value}")
