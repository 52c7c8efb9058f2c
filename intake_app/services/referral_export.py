"""The export of an approved referral as its redacted PDF, behind
``ReferralService.export_pdf`` (which delegates here).

In one transaction: the gate is read again (an approved referral whose gate fails now goes
back to submitted, and ``GateFailed`` is raised once that is kept: nothing is written); the
redacted view is built; the header is filled (:func:`header_for`); the PDF is rendered and
written atomically and owner-only through ``files/`` (never inside or beside the vault's
folder, never in a cloud-sync or network folder); then the exports register and the audit
take the file's SHA-256. If anything fails once the file is written, the file is removed, so
there is never a PDF on disk that the register does not know.

Before any of it: the supervisor's permission, the policy (``ExportNotAllowed`` when
``export_allowed`` is false, ``PasswordRequired`` when ``export_password_required`` is true
and no password was asked for) and the place (``UnsafeLocation``; ``InvalidInput`` for a
folder that does not exist or a target that is a folder).

The header holds nothing that identifies anyone who made it: the export id is
``R<referral id>-<n>`` (the n-th export of that referral), the day only, the approving
person's role in words (never the login), the risk result of the case's latest
level-producing assessment (level, score, checklist id and version) or none, the basis line,
the referring service from the policy, and the audit chain head (the whole HMAC of the latest
entry before the export's own, hex).
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from intake_app.domain import passphrase
from intake_app.domain.agencies import recipient_of
from intake_app.domain.answer_text import risk_text
from intake_app.domain.consent import SHAREABLE_CLASSES
from intake_app.domain.errors import (
    ExportNotAllowed,
    GateFailed,
    InvalidInput,
    PasswordRequired,
)
from intake_app.domain.i18n import Translate, identity
from intake_app.domain.redaction import RedactedView
from intake_app.domain.referrals import ReferralDraft, State, Step
from intake_app.domain.referrals.export_words import consent_basis, consent_days, role_name
from intake_app.domain.roles import Action, require
from intake_app.domain.stamps import stamp
from intake_app.export.header import ExportHeader, RiskSummary
from intake_app.export.render import render_referral

# Re-exported for the screens, which may not import export/ (tests/test_layers.py) but tell
# this refusal apart: a character no shipped font has.
from intake_app.export.runs import UnprintableText as UnprintableText
from intake_app.files.atomic import write_atomic
from intake_app.files.location import check_write_target
from intake_app.policy import Policy
from intake_app.services.referral_records import Referral
from intake_app.vault import audit
from intake_app.vault.assessments_repo import AssessmentsRepo
from intake_app.vault.case_rows import StoredCase
from intake_app.vault.consent_repo import ConsentRepo
from intake_app.vault.database import Connection
from intake_app.vault.directory_repo import DirectoryRepo
from intake_app.vault.referrals_repo import ReferralsRepo, StoredReferral
from intake_app.vault.users_repo import UsersRepo

if TYPE_CHECKING:
    from intake_app.services.referrals import ReferralService


@dataclass(frozen=True)
class ExportRules:
    """What the machine's policy says about exports, and the vault's folder (a PDF is never
    written inside it or beside it)."""

    allowed: bool
    password_required: bool
    service_name: str
    data_dir: Path

    @classmethod
    def of(cls, policy: Policy, data_dir: Path) -> ExportRules:
        return cls(policy.export_allowed, policy.export_password_required,
                   policy.service_name, Path(data_dir))


@dataclass(frozen=True)
class ExportDone:
    """An export made: the referral with its register entry, where the file is, its SHA-256
    (hex) and, when one was asked for, the passphrase that opens it (shown once, kept
    nowhere)."""

    referral: Referral
    path: Path
    sha256: str
    password: str | None


def check_target(target: Path, rules: ExportRules) -> Path:
    """The target, refused before anything is rendered: an unsafe place (UnsafeLocation), a
    folder, or a file in a folder that does not exist (InvalidInput)."""
    target = Path(target)
    check_write_target(target, rules.data_dir)
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give the PDF's file name")
    if not target.parent.is_dir():
        raise InvalidInput(f"the folder {target.parent} does not exist; choose one that does")
    return target


def export_id(referral_id: int, earlier_exports: int) -> str:
    return f"R{referral_id}-{earlier_exports + 1}"


def _risk(conn: Connection, case: StoredCase, tr: Translate) -> RiskSummary | None:
    """The case's latest level-producing assessment, as the PDF shows it; None without one."""
    levelled = [a for a in AssessmentsRepo(conn).of_case(case.id, case.reference)
                if a.produces_level]
    if not levelled:
        return None
    latest = levelled[-1]  # oldest first
    return RiskSummary(risk_text(latest.level, tr), int(latest.outcome["score"]),
                       latest.checklist_id, latest.version)


def _approver_role(conn: Connection, stored: StoredReferral, tr: Translate) -> str:
    account = None if stored.approved_by is None else UsersRepo(conn).get(stored.approved_by)
    if account is None:
        raise RuntimeError("an approved referral names no approver the vault knows")
    return role_name(account.role, tr)


def _basis(conn: Connection, case: StoredCase, draft: ReferralDraft, view: RedactedView,
           today: date, tr: Translate) -> str:
    recipient = recipient_of(DirectoryRepo(conn).directory(), draft.recipient)
    without = view.without_consent.classes
    shared = [c for c in SHAREABLE_CLASSES if c not in view.not_shared.classes]
    on_consent = [c for c in shared if c not in without]
    days = consent_days(ConsentRepo(conn).of_case(case.id, case.reference), recipient,
                        on_consent, draft.purpose, today=today)
    return consent_basis(days, draft.legal_basis, without, tr)


def header_for(service: ReferralService, conn: Connection, case: StoredCase,
               stored: StoredReferral, referral: Referral, view: RedactedView,
               rules: ExportRules, tr: Translate) -> ExportHeader:
    """The export's own facts (the module docstring lists them), read in ``conn``."""
    today = service._today()
    return ExportHeader(
        export_id=export_id(stored.id, len(referral.exports)), day=today,
        risk=_risk(conn, case, tr),
        consent_basis=_basis(conn, case, referral.draft, view, today, tr),
        referring_service=rules.service_name,
        approver_role=_approver_role(conn, stored, tr),
        audit_head=audit.head_full(conn).split(":", 1)[1])


def export_pdf(service: ReferralService, rules: ExportRules | None, referral_id: int,
               target: Path, *, with_password: bool = False, tr: Translate = identity,
               language: str = "") -> ExportDone:
    """``ReferralService.export_pdf``: see the module docstring. This is part of the referral
    service, kept in a module of its own for length, so it uses the service's own steps (the
    stored referral, the gate's ``_take``, the view, the audit entry) as its methods do."""
    require(service.vault.role, Action.REFERRAL_EXPORT)
    if rules is None:
        raise RuntimeError("this referral service was built without the export rules "
                           "(services/wiring.py gives them from the policy)")
    if not rules.allowed:
        raise ExportNotAllowed()
    if rules.password_required and not with_password:
        raise PasswordRequired()
    target = check_target(target, rules)
    password = passphrase.generate() if with_password else None
    service.directory.list()
    reference = service._reference(referral_id)
    failed: tuple[str, ...] = ()
    done: ExportDone | None = None
    written = False
    try:
        with service.access.guarded(reference), service.vault.transaction() as conn:
            stored = service._stored(conn, referral_id)
            me, case = service.access.load(conn, stored.case_reference, edit=False)
            require(me.role, Action.REFERRAL_EXPORT)
            after = service._take(conn, me, case, stored, Step.RECHECK)
            if after.state is not State.APPROVED:
                failed = after.failed_checks  # the sending back is committed
            else:
                referral = service._referral(conn, stored)
                view = service._view(conn, case, referral.draft, tr, language)
                header = header_for(service, conn, case, stored, referral, view, rules, tr)
                data = render_referral(view, header, tr, password=password)
                sha256 = hashlib.sha256(data).hexdigest()
                write_atomic(target, data)
                written = True  # from here a failure removes the file again
                register = ReferralsRepo(conn).add_export(
                    stored.id, stored.content_version, sha256, me.user,
                    stamp(service.vault.clock()))
                service._audit(conn, "referral.export", stored.case_reference, stored.id,
                              f"export={register} id={header.export_id} sha256={sha256} "
                              f"password={'yes' if password else 'no'}")
                done = ExportDone(service._referral(conn, stored), target, sha256, password)
    except BaseException:
        if written:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        raise
    if done is None:
        raise GateFailed(list(failed))
    return done
