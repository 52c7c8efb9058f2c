"""Case access: may this person see or edit this case, and an audited refusal when not.

Every case-scoped service (the case records, drafts and lists today; assessments, consent,
referrals and the export next) asks the same ``CaseAccess`` rather than deciding for itself::

    access = CaseAccess(vault)                      # vault: a VaultAccess (the Session)
    with access.guarded(reference, edit=True), vault.transaction() as conn:
        me, case = access.load(conn, reference, edit=True)
        ...                                         # PermissionDenied -> "case.denied"

The rules, decided by the permission matrix (``domain/roles.py``):

* ``asker(conn)``: who is asking, with their role and team *as the database has them now*
  (an administrator's change since sign-in counts at once). Administrators are refused every
  case method here, before any case row is read; a disabled account is AccountChanged.
* ``scope(me)``: which cases appear in their lists: their own and assigned ones, and their
  team's when their role may view the team's cases.
* ``may_view`` / ``may_edit``: a case they own or are assigned needs the "own" permission; a
  case of their team the "team" permission; another team's case is never theirs.
* ``refused(reference)``: the "case.denied" audit entry, in its own transaction (the caller's
  was rolled back). If even that cannot be written the refusal itself still stands.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from intake_app.domain.errors import AccountChanged, IntakeError, NotFound, PermissionDenied
from intake_app.domain.roles import Action, Role, allowed, require
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.cases_repo import CasesRepo, Scope, StoredCase
from intake_app.vault.database import DatabaseError

if TYPE_CHECKING:
    from intake_app.vault.database import Connection

DENIED = "case.denied"


@dataclass(frozen=True)
class Me:
    """The person asking, as the case rules see them: live role and team."""

    user: str
    role: Role
    team: str


def _needed(me: Me, case: StoredCase, *, edit: bool) -> Action | None:
    """The permission ``me`` needs for ``case``; None when no role could give it."""
    if me.user in (case.owner, case.assigned_to):
        return Action.CASE_EDIT_OWN if edit else Action.CASE_VIEW_OWN
    if case.team == me.team:
        return Action.CASE_EDIT_TEAM if edit else Action.CASE_VIEW_TEAM
    return None


class CaseAccess:
    """Who may see or edit which case, for the person signed in to ``vault``."""

    def __init__(self, vault: VaultAccess) -> None:
        self.vault = vault

    # --- who is asking -------------------------------------------------------------------------

    def asker(self, conn: Connection) -> Me:
        """The signed-in person with their live role and team. PermissionDenied for a role
        that may not work on cases at all; AccountChanged if the account was disabled."""
        require(self.vault.role, Action.CASE_VIEW_OWN)
        row = CasesRepo(conn).user(self.vault.user)
        if row is None:
            raise AccountChanged("this account is disabled")
        return Me(self.vault.user, Role(row[0]), row[1])

    def scope(self, me: Me) -> Scope:
        """The cases ``me``'s lists may show."""
        return Scope(me.user, me.team if allowed(me.role, Action.CASE_VIEW_TEAM) else None)

    # --- one case ------------------------------------------------------------------------------

    def may_view(self, me: Me, case: StoredCase) -> bool:
        action = _needed(me, case, edit=False)
        return action is not None and allowed(me.role, action)

    def may_edit(self, me: Me, case: StoredCase) -> bool:
        action = _needed(me, case, edit=True)
        return action is not None and allowed(me.role, action)

    def check(self, me: Me, case: StoredCase, *, edit: bool = False) -> None:
        """PermissionDenied unless ``me`` may see (or, with ``edit``, change) ``case``."""
        action = _needed(me, case, edit=edit)
        if action is None:
            raise PermissionDenied("this case belongs to another team")
        require(me.role, action)

    def load(self, conn: Connection, reference: str, *, edit: bool = False,
             ) -> tuple[Me, StoredCase]:
        """The asker and the case ``reference``, checked. NotFound, PermissionDenied."""
        me = self.asker(conn)
        case = CasesRepo(conn).by_reference(reference)
        if case is None:
            raise NotFound("no case with that reference")
        self.check(me, case, edit=edit)
        return me, case

    # --- refusals ------------------------------------------------------------------------------

    def refused(self, target: str, *, edit: bool = False) -> None:
        """Audit a refusal ("case.denied", ``target``, "view" or "edit") in its own
        transaction; never raises."""
        with contextlib.suppress(IntakeError, DatabaseError), \
                self.vault.transaction() as conn:
            audit.append(conn, self.vault.user, DENIED, target, "edit" if edit else "view",
                         clock=self.vault.clock)

    @contextlib.contextmanager
    def guarded(self, target: str, *, edit: bool = False) -> Iterator[None]:
        """Audit a PermissionDenied raised inside the block, then let it go on. Put the
        block's transaction *inside* this one, so it is rolled back before the refusal is
        written."""
        try:
            yield
        except PermissionDenied:
            self.refused(target, edit=edit)
            raise
