"""Intake drafts: the wizard saves as the worker types, and a draft survives locking, closing
the app and a crash. A part of ``services.cases.CaseService``; a draft of changes to a case
needs edit access to that case (``CaseAccess``).
"""

from __future__ import annotations

from collections.abc import Mapping

from intake_app.domain.case_codec import (
    coerce_values,
    decode_values,
    encode_values,
)
from intake_app.domain.case_record import (
    Draft,
    DraftInfo,
    normalised,
)
from intake_app.domain.errors import InvalidInput, NotFound
from intake_app.domain.roles import Action, require
from intake_app.services.case_access import CaseAccess, Me
from intake_app.services.case_core import CaseWriter
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.case_search import display_name
from intake_app.vault.cases_repo import CasesRepo, StoredDraft


class CaseDrafts:
    """The draft methods of ``CaseService``."""

    def __init__(self, vault: VaultAccess, access: CaseAccess, writer: CaseWriter) -> None:
        self.vault = vault
        self.access = access
        self.writer = writer

    def save_draft(self, values: Mapping[str, object], *, draft_id: int | None = None,
                   case_ref: str | None = None) -> int:
        """Save the wizard's answers as they are typed; nothing is validated beyond types.

        A new intake (``case_ref`` None): ``values`` are all its answers. A draft of changes
        to an existing case: ``values`` are the changes so far (NOT_ASKED clears a field), and
        there is at most one such draft per user and case. Pass the returned id back as
        ``draft_id`` on the next save. Only the first save of a draft is audited.
        UnstorableText (nothing saved) if an answer holds text that cannot be stored.
        """
        answers = coerce_values(values)
        with self.vault.transaction() as conn:
            me = self.access.asker(conn)
            repo = CasesRepo(conn)
            now = self.writer.now()
            case = None
            if case_ref is not None:
                case = repo.by_reference(case_ref)
                if case is None:
                    raise NotFound("no case with that reference")
                self.access.check(me, case, edit=True)
            else:
                require(me.role, Action.CASE_CREATE)
            self.writer.storable(answers)  # a draft is stored too: refused before any write
            if draft_id is None and case is not None:
                existing = repo.draft_for_case(me.user, case.id)
                draft_id = existing.id if existing else None
            if draft_id is not None:
                draft = self._own_draft(repo, me, draft_id)
                if draft.case_id != (case.id if case else None):
                    raise InvalidInput("that draft belongs to a different case")
                repo.update_draft(draft_id, encode_values(answers), now)
                return draft_id
            new_id = repo.insert_draft(me.user, case.id if case else None,
                                       case.last_seq if case else None,
                                       encode_values(answers), now)
            audit.append(conn, me.user, "draft.start", case_ref or "new", f"draft={new_id}",
                         clock=self.vault.clock)
            return new_id

    def _own_draft(self, repo: CasesRepo, me: Me, draft_id: int) -> StoredDraft:
        draft = repo.draft(draft_id)
        if draft is None or draft.username != me.user:
            raise NotFound("no such draft")  # someone else's drafts do not exist for you
        return draft

    def load_draft(self, draft_id: int) -> Draft:
        """One of the signed-in user's drafts."""
        with self.vault.transaction() as conn:
            me = self.access.asker(conn)
            repo = CasesRepo(conn)
            draft = self._own_draft(repo, me, draft_id)
            if draft.case_id is not None:
                case = repo.by_id(draft.case_id)
                assert case is not None  # drafts go with their case (ON DELETE CASCADE)
                self.access.check(me, case, edit=True)
        return Draft(draft.id, draft.case_reference, draft.base_seq, decode_values(draft.data),
                     draft.created_at, draft.updated_at)

    def list_drafts(self) -> list[DraftInfo]:
        """The signed-in user's drafts, newest first."""
        with self.vault.read() as conn:
            me = self.access.asker(conn)
            return [DraftInfo(d.id, d.case_reference, display_name(decode_values(d.data)),
                              d.updated_at) for d in CasesRepo(conn).drafts_of(me.user)]

    def discard_draft(self, draft_id: int) -> None:
        with self.vault.transaction() as conn:
            me = self.access.asker(conn)
            repo = CasesRepo(conn)
            draft = self._own_draft(repo, me, draft_id)
            repo.delete_draft(draft_id)
            audit.append(conn, me.user, "draft.discard", draft.case_reference or "new",
                         f"draft={draft_id}", clock=self.vault.clock)

    def submit_draft(self, draft_id: int) -> str:
        """Turn a draft into a case (or apply a case draft's changes) and delete the draft, in
        one transaction. Returns the case reference. ValidationFailed or EditConflict leave
        the draft as it was."""
        with self.access.guarded(f"draft={draft_id}", edit=True), \
                self.vault.transaction() as conn:
            me = self.access.asker(conn)
            repo = CasesRepo(conn)
            draft = self._own_draft(repo, me, draft_id)
            answers = decode_values(draft.data)
            if draft.case_id is None:
                answers = normalised(answers)
                self.writer.checked(answers, None)
                reference = self.writer.create_in(conn, answers)
            else:
                case = repo.by_id(draft.case_id)
                assert case is not None
                reference = case.reference
                self.access.check(me, case, edit=True)
                self.writer.update_in(conn, me, case, answers, draft.base_seq)
            repo.delete_draft(draft_id)
            return reference
