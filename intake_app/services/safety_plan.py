"""The safety plan of a case, with every saved version.

Public API of ``SafetyPlanService(vault)`` (``vault``: a ``VaultAccess``, the signed-in
``Session``)::

    get_plan(ref) -> SafetyPlan | None                              audited "safety_plan.view"
    save_plan(ref, SafetyPlanInput, *, base_version=None) -> SafetyPlan | None
                                                  audited "safety_plan.save" when it changes
    plan_history(ref) -> list[SafetyPlanVersion]                 audited "safety_plan.history"

The plan and its checks are ``domain/safety_plan.py``. Every save that changes something is a
new version, kept with the keys it changed; a save that changes nothing records nothing (no
version, no audit entry) and returns the plan as it is (None when an empty plan is saved on a
case that has none). ``base_version`` is the version the
caller's form was loaded from: when someone else saved since, the parts they changed are kept
and the caller's own changes go on top, unless both changed the same part, which is
``EditConflict`` naming those parts (nothing is saved). Without it, the save replaces the plan.

Who may: the permission matrix's safety-plan actions, on a case the person may edit (to save)
or see (to read), as ``CaseAccess`` decides; administrators are refused everything here, and a
refusal is audited ("case.denied"). ``RecordRefused`` (problems per field) for a plan that
cannot be kept, ``CaseClosed`` for a save on a closed case, ``NotFound`` for an unknown case
or a base version the case never had. Audit entries name the case reference, the version and
the keys changed, never what the plan says.
"""

from __future__ import annotations

from datetime import date

from intake_app.domain.errors import EditConflict, NotFound
from intake_app.domain.roles import Action, require
from intake_app.domain.safety_plan import (
    SafetyPlan,
    SafetyPlanInput,
    SafetyPlanVersion,
    changed_keys,
    check_plan,
    value_of,
    with_changes,
)
from intake_app.domain.stamps import stamp
from intake_app.services.case_access import CaseAccess
from intake_app.services.incidents import open_case_or_refuse
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.database import Connection
from intake_app.vault.safety_plan_repo import SafetyPlanRepo


class SafetyPlanService:
    """Safety-plan use cases for the signed-in user."""

    def __init__(self, vault: VaultAccess) -> None:
        self.vault = vault
        self.access = CaseAccess(vault)

    def _today(self) -> date:
        return self.vault.clock().astimezone().date()

    def _audit(self, conn: Connection, action: str, reference: str, detail: str = "") -> None:
        audit.append(conn, self.vault.user, action, reference, detail, clock=self.vault.clock)

    def get_plan(self, reference: str) -> SafetyPlan | None:
        """The case's plan as it reads now; None while none has been written."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.SAFETY_PLAN_VIEW)
            plan = SafetyPlanRepo(conn).current(case.id, reference)
            self._audit(conn, "safety_plan.view", reference)
            return plan

    def save_plan(self, reference: str, plan: SafetyPlanInput, *,
                  base_version: int | None = None) -> SafetyPlan | None:
        """Save ``plan`` as the case's plan (see the module docstring); returns it as it
        reads after the save."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.SAFETY_PLAN_WRITE)  # before looking at the input
            checked = check_plan(plan, today=self._today())
            with self.vault.transaction() as conn:
                me, case = self.access.load(conn, reference, edit=True)
                require(me.role, Action.SAFETY_PLAN_WRITE)
                open_case_or_refuse(case)
                repo = SafetyPlanRepo(conn)
                current = repo.current(case.id, reference)
                wanted = checked
                if base_version is not None and (current is None
                                                 or current.version != base_version):
                    wanted = self._merged(repo, case.id, current, checked, int(base_version))
                changed = changed_keys(None if current is None else current.plan, wanted)
                if not changed:
                    return current
                version = repo.save(case.id, wanted, changed, me.user,
                                    stamp(self.vault.clock()))
                self._audit(conn, "safety_plan.save", reference,
                            f"version={version} changed={','.join(changed)}")
                saved = repo.current(case.id, reference)
                assert saved is not None  # just written
                return saved

    @staticmethod
    def _merged(repo: SafetyPlanRepo, case_id: int, current: SafetyPlan | None,
                mine: SafetyPlanInput, base_version: int) -> SafetyPlanInput:
        """``mine``, written from version ``base_version``, on top of what was saved since."""
        base = repo.version(case_id, base_version)
        if base is None or current is None:
            raise NotFound("the safety plan never had that version")
        ours = changed_keys(base.plan, mine)
        theirs = set(changed_keys(base.plan, current.plan))
        clash = [k for k in ours
                 if k in theirs and value_of(mine, k) != value_of(current.plan, k)]
        if clash:
            raise EditConflict(clash)
        return with_changes(current.plan, mine, ours)

    def plan_history(self, reference: str) -> list[SafetyPlanVersion]:
        """Every saved version of the case's plan, oldest first."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.SAFETY_PLAN_VIEW)
            versions = SafetyPlanRepo(conn).versions(case.id)
            self._audit(conn, "safety_plan.history", reference)
            return versions
