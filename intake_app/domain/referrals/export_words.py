"""The export's own facts in words, for the PDF's header (no Qt, no SQL).

* :func:`consent_days`: the days she gave the consent the referral rests on;
* :func:`consent_basis`: one line saying on what basis the referral is shared: her consent
  and the day(s) she gave it, or the legal basis the referral records, naming the classes
  shared without her consent;
* :func:`role_name`: the approving person's role in words (a PDF names a role, never a login).

Every sentence is marked for translation here; a translation that asks for other
placeholders than its source is not used (the English is).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from intake_app.domain.agencies import Recipient
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import (
    CLASS_LABELS,
    ConsentRecord,
    Decision,
    kind_ref,
    same_purpose,
)
from intake_app.domain.i18n import QT_TRANSLATE_NOOP, Translate, identity, same_fields
from intake_app.domain.referrals.model import LegalBasis
from intake_app.domain.roles import Role

CONTEXT = "ReferralExport"
_CLASS_CONTEXT = "Consent"

_ROLE_NAMES = {
    Role.CASEWORKER: QT_TRANSLATE_NOOP("ReferralExport", "Caseworker"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("ReferralExport", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("ReferralExport", "Administrator"),
}

_CONSENT = QT_TRANSLATE_NOOP("ReferralExport", "Her consent, given on {days}")
_LEGAL = QT_TRANSLATE_NOOP(
    "ReferralExport", "A recorded legal basis ({basis}), without her consent, for: {classes}")
_BOTH = QT_TRANSLATE_NOOP(
    "ReferralExport", "Her consent, given on {days}; a recorded legal basis ({basis}), "
    "without her consent, for: {classes}")


def _fill(source: str, tr: Translate, **values: str) -> str:
    shown = tr(CONTEXT, source)
    return (shown if same_fields(source, shown) else source).format(**values)


def role_name(role: Role, tr: Translate = identity) -> str:
    return tr(CONTEXT, _ROLE_NAMES[role])


def consent_days(records: Iterable[ConsentRecord], recipient: Recipient,
                 classes: Iterable[Sensitivity], purpose: str, *,
                 today: date) -> tuple[date, ...]:
    """The days (oldest first, each once) of the latest consent given, and still in force
    ``today``, for each of ``classes`` to ``recipient`` (or its kind) for ``purpose``.
    The caller passes the classes the redaction step shared on her consent."""
    targets = {recipient.ref, kind_ref(recipient.kind.id)}
    given = [r for r in records
             if r.details.decision is Decision.GIVEN and r.details.recipient in targets
             and same_purpose(r.details.purpose, purpose)
             and (r.details.expires_on is None or r.details.expires_on >= today)]
    days: set[date] = set()
    for cls in classes:
        covering = [r for r in given if cls in r.details.classes]
        if covering:
            days.add(max(covering, key=lambda r: (r.details.decided_on, r.recorded_at,
                                                   r.id)).details.decided_on)
    return tuple(sorted(days))


def _class_names(classes: Sequence[Sensitivity], tr: Translate) -> str:
    between = tr(CONTEXT, QT_TRANSLATE_NOOP("ReferralExport", "; "))
    return between.join(tr(_CLASS_CONTEXT, CLASS_LABELS[c]) for c in classes)


def consent_basis(days: Sequence[date], legal_basis: LegalBasis | None,
                  without_consent: Sequence[Sensitivity], tr: Translate = identity) -> str:
    """The basis line. ``days``: from :func:`consent_days`; ``without_consent``: the classes
    the view shares on the legal basis alone (its ``without_consent`` statement's). Empty
    when neither applies (nothing is shared on either)."""
    shown_days = ", ".join(d.strftime("%d/%m/%Y") for d in days)
    if without_consent and legal_basis is None:
        raise ValueError("classes shared without consent need a recorded legal basis")
    if without_consent and legal_basis is not None:
        names = _class_names(without_consent, tr)
        if days:
            return _fill(_BOTH, tr, days=shown_days, basis=legal_basis.basis, classes=names)
        return _fill(_LEGAL, tr, basis=legal_basis.basis, classes=names)
    if days:
        return _fill(_CONSENT, tr, days=shown_days)
    return ""
