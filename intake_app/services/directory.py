"""The agency directory in the vault: who may receive a referral, and where their data may go.

Public API of ``DirectoryService(vault, shipped)`` (``vault``: a ``VaultAccess``, the
signed-in ``Session``; ``shipped``: the app's shipped kinds, ``domain.agencies.Shipped``, or a
function that loads them)::

    list() -> Directory                                   caseworkers, supervisors
    get(ref) -> Kind | Agency                             "kind:<id>" or "agency:<id>"
    recipient_of(ref) -> Recipient                        what consent and referrals ask
    history(ref) -> list[KindVersion] | list[AgencyVersion]
    edit_kind(kind_id, KindEdit) -> Kind                  supervisors; "directory.kind_edit"
    add_agency(AgencyInput) -> Agency                     supervisors; "directory.agency_add"
    edit_agency(agency_id, AgencyInput) -> Agency         supervisors; "directory.agency_edit"
    pending_updates() -> tuple[PendingUpdate, ...]        supervisors
    accept_update(kind_id, sha256) -> Kind                supervisors; "directory.update_accept"
    keep_current(kind_id, sha256) -> Kind                 supervisors; "directory.update_keep"

Who may: the matrix's directory actions, checked against the person's role as the database
has it now (a change of role since sign-in counts at once: ``AccountChanged``);
administrators are refused all of it. ``NotFound`` for an unknown kind, agency or update,
``ImmigrationFlagLowered`` for a change that would say a recipient may not pass data to
immigration enforcement after it could, ``InvalidInput`` for anything else that cannot be
stored; nothing is changed then.

The first use of a vault's directory copies the shipped kinds in (one transaction, audited
"directory.seed"). After that a newer app's kind whose file differs from the one the vault
last accepted is offered by ``pending_updates`` and changes nothing until a supervisor
accepts it (the shipped facts become the kind's next version; its immigration flag is never
lowered) or keeps the vault's version. Every change is one transaction with its history rows
and its audit entry, which names the kind or agency and the version, never the facts' text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from intake_app.domain.agencies import (
    AGENCY_PREFIX,
    KIND_PREFIX,
    Agency,
    AgencyInput,
    Directory,
    Kind,
    KindEdit,
    PendingUpdate,
    Recipient,
    Shipped,
    edited_agency,
    edited_kind,
    new_agency,
    pending_updates,
    raised_agencies,
    recipient_of,
)
from intake_app.domain.errors import AccountChanged, NotFound
from intake_app.domain.roles import Action, require
from intake_app.domain.stamps import stamp
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.database import Connection
from intake_app.vault.directory_repo import AgencyVersion, DirectoryRepo, KindVersion
from intake_app.vault.users_repo import UsersRepo

#: A kind's or a named agency's versions, oldest first (module-level: the service has a
#: method named ``list``).
History = list[KindVersion] | list[AgencyVersion]


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


class DirectoryService:
    def __init__(self, vault: VaultAccess, shipped: Shipped | Callable[[], Shipped], *,
                 today: Callable[[], dt.date] | None = None) -> None:
        self.vault = vault
        self._shipped = shipped
        self._today = today

    # --- plumbing ----------------------------------------------------------------------------

    @property
    def shipped(self) -> Shipped:
        """The app's shipped kinds (read once, on first use, when given as a loader)."""
        if not isinstance(self._shipped, Shipped):
            self._shipped = self._shipped()
        return self._shipped

    def today(self) -> dt.date:
        return self._today() if self._today else self.vault.clock().astimezone().date()

    def _check(self, conn: Connection, action: Action) -> None:
        """The live account may ``action`` (PermissionDenied, AccountChanged)."""
        require(self.vault.role, action)
        me = UsersRepo(conn).get(self.vault.user)
        if me is None or not me.active:
            raise AccountChanged("your account has been disabled")
        if me.role is not self.vault.role:
            raise AccountChanged("your role has changed since you signed in")
        require(me.role, action)

    def _audit(self, conn: Connection, action: str, target: str, detail: str = "") -> None:
        audit.append(conn, self.vault.user, action, target, detail, clock=self.vault.clock)

    def _seed_if_empty(self, conn: Connection) -> None:
        repo = DirectoryRepo(conn)
        if repo.is_empty() and self.shipped.kinds:
            count = repo.seed(self.shipped.kinds, self.vault.user, stamp(self.vault.clock()))
            self._audit(conn, "directory.seed", "", f"kinds={count}")

    @contextmanager
    def _reading(self, action: Action = Action.DIRECTORY_VIEW) -> Iterator[DirectoryRepo]:
        require(self.vault.role, action)
        with self.vault.read() as conn:
            empty = DirectoryRepo(conn).is_empty()
        if empty:  # the first use: copy the shipped kinds in, in a transaction of its own
            with self.vault.transaction() as conn:
                self._check(conn, action)
                self._seed_if_empty(conn)
        with self.vault.read() as conn:
            self._check(conn, action)
            yield DirectoryRepo(conn)

    @contextmanager
    def _writing(self, action: Action) -> Iterator[tuple[Connection, DirectoryRepo]]:
        require(self.vault.role, action)
        with self.vault.transaction() as conn:
            self._check(conn, action)
            self._seed_if_empty(conn)
            yield conn, DirectoryRepo(conn)

    def _shipped_kind(self, kind_id: str) -> Kind | None:
        return next((k for k in self.shipped.kinds if k.id == kind_id), None)

    # --- reading -----------------------------------------------------------------------------

    def list(self) -> Directory:
        """Every kind and named agency, as the vault holds them now."""
        with self._reading() as repo:
            return repo.directory()

    def get(self, ref: str) -> Kind | Agency:
        """The kind or named agency ``ref`` names; NotFound otherwise."""
        recipient = self.recipient_of(ref)
        return recipient.agency if recipient.agency is not None else recipient.kind

    def recipient_of(self, ref: str) -> Recipient:
        """The recipient ``ref`` names (``kind:<id>`` or ``agency:<id>``), with its kind, its
        immigration flag and its facts; NotFound otherwise."""
        with self._reading() as repo:
            return recipient_of(repo.directory(), ref)

    def history(self, ref: str) -> History:
        """Every version of the kind or named agency ``ref`` names, oldest first."""
        with self._reading() as repo:
            if ref.startswith(KIND_PREFIX):
                kinds = repo.kind_history(ref[len(KIND_PREFIX):])
                if kinds:
                    return kinds
            elif ref.startswith(AGENCY_PREFIX):
                agencies = repo.agency_history(ref[len(AGENCY_PREFIX):])
                if agencies:
                    return agencies
        raise NotFound("no such kind or named agency in the directory")

    # --- supervisors' changes ------------------------------------------------------------------

    def edit_kind(self, kind_id: str, edit: KindEdit) -> Kind:
        """Make ``edit`` the kind's next version (an edit that changes nothing records
        nothing). Raising its immigration flag raises its named agencies' with it."""
        with self._writing(Action.DIRECTORY_EDIT) as (conn, repo):
            directory = repo.directory()
            current = directory.kind(kind_id)
            changed = edited_kind(current, edit, shipped=self._shipped_kind(kind_id),
                                  today=self.today())
            if changed == replace(current, version=changed.version):
                return current
            at = stamp(self.vault.clock())
            repo.put_kind(changed, "edit", self.vault.user, at,
                          shipped_sha256=repo.accepted()[kind_id])
            self._audit(conn, "directory.kind_edit", changed.ref,
                        f"version={changed.version} immigration="
                        f"{_yes(changed.may_pass_to_immigration_enforcement)}")
            self._raise_agencies(conn, repo, directory, changed, at)
            return repo.directory().kind(kind_id)

    def _raise_agencies(self, conn: Connection, repo: DirectoryRepo, directory: Directory,
                        kind: Kind, at: str) -> None:
        for agency in raised_agencies(directory, kind):
            repo.put_agency(agency, "raised", self.vault.user, at)
            self._audit(conn, "directory.agency_edit", agency.ref,
                        f"version={agency.version} immigration=yes (raised with {kind.ref})")

    def add_agency(self, given: AgencyInput) -> Agency:
        """A new named agency of a kind; its id is made from its name unless given."""
        with self._writing(Action.DIRECTORY_EDIT) as (conn, repo):
            agency = new_agency(repo.directory(), given, today=self.today())
            repo.put_agency(agency, "add", self.vault.user, stamp(self.vault.clock()))
            self._audit(conn, "directory.agency_add", agency.ref,
                        f"kind={agency.kind} immigration="
                        f"{_yes(agency.may_pass_to_immigration_enforcement)}")
            return agency

    def edit_agency(self, agency_id: str, given: AgencyInput) -> Agency:
        """Make ``given`` the named agency's next version (an edit that changes nothing
        records nothing)."""
        with self._writing(Action.DIRECTORY_EDIT) as (conn, repo):
            directory = repo.directory()
            current = directory.agency(agency_id)
            changed = edited_agency(directory, current, given, today=self.today())
            if (changed.kind, changed.name, changed.may_pass_to_immigration_enforcement,
                    changed.facts) == (current.kind, current.name,
                                       current.may_pass_to_immigration_enforcement,
                                       current.facts):
                return current
            repo.put_agency(changed, "edit", self.vault.user, stamp(self.vault.clock()))
            self._audit(conn, "directory.agency_edit", changed.ref,
                        f"version={changed.version} kind={changed.kind} immigration="
                        f"{_yes(changed.may_pass_to_immigration_enforcement)}")
            return changed

    # --- shipped updates ---------------------------------------------------------------------

    def pending_updates(self) -> tuple[PendingUpdate, ...]:
        """The shipped kinds the vault has not accepted or kept yet, each with the vault's
        current version (None for a kind new in this version of the app)."""
        with self._reading(Action.DIRECTORY_UPDATE) as repo:
            return pending_updates(self.shipped.kinds, repo.directory(), repo.accepted())

    def _pending(self, repo: DirectoryRepo, kind_id: str, sha256: str) -> PendingUpdate:
        for update in pending_updates(self.shipped.kinds, repo.directory(), repo.accepted()):
            if update.kind_id == kind_id and update.shipped.sha256 == sha256:
                return update
        raise NotFound(f"no pending update of {kind_id} with that SHA-256 (it was accepted or "
                       "kept meanwhile, or the app ships another)")

    def accept_update(self, kind_id: str, sha256: str) -> Kind:
        """Take the shipped file ``sha256`` (the one the supervisor reviewed) as the kind's
        next version; its immigration flag stays "may" if the vault's said so."""
        with self._writing(Action.DIRECTORY_UPDATE) as (conn, repo):
            update = self._pending(repo, kind_id, sha256)
            directory = repo.directory()
            kind = update.accepted()
            at = stamp(self.vault.clock())
            repo.put_kind(kind, "update" if update.current else "shipped", self.vault.user,
                          at, shipped_sha256=sha256)
            self._audit(conn, "directory.update_accept", kind.ref,
                        f"version={kind.version} sha256={sha256} immigration="
                        f"{_yes(kind.may_pass_to_immigration_enforcement)}"
                        + (" (kept: the file says no)" if update.flag_kept else ""))
            self._raise_agencies(conn, repo, directory, kind, at)
            return repo.directory().kind(kind_id)  # as stored: read from the vault

    def keep_current(self, kind_id: str, sha256: str) -> Kind:
        """Keep the vault's version of the kind over the shipped file ``sha256``; the file is
        no longer offered (a later, different file is)."""
        with self._writing(Action.DIRECTORY_UPDATE) as (conn, repo):
            update = self._pending(repo, kind_id, sha256)
            if update.current is None:
                raise NotFound(f"{kind_id} is new in this version of the app: there is no "
                               "vault version to keep; accept it to use it")
            repo.keep(kind_id, sha256)
            self._audit(conn, "directory.update_keep", update.current.ref,
                        f"version={update.current.version} sha256={sha256}")
            return update.current
