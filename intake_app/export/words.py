"""The PDF's own words, marked for translation where they are written (``lupdate`` reads
``intake_app/`` whole); the drawing side shows them with ``Label.shown(tr)``."""

from __future__ import annotations

from intake_app.domain.i18n import QT_TRANSLATE_NOOP, Translate, same_fields
from intake_app.domain.redaction.view import Label

CONTEXT = "ReferralPdf"

#: The document's title, also its neutral Info title (no name, no recipient, no date).
TITLE = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Referral"))
CONFIDENTIAL = Label(CONTEXT, QT_TRANSLATE_NOOP(
    "ReferralPdf", "Confidential. Shared for the purpose stated below; do not pass it on."))
EXPORT_ID = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Export"))
DATE = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Date"))
RECIPIENT = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "For"))
REFERRER = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Referring service"))
APPROVED = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Approved by"))
RISK = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Risk"))
RISK_LINE = Label(CONTEXT, QT_TRANSLATE_NOOP(
    "ReferralPdf", "{level}: score {score} ({checklist}, version {version})"))
NO_RISK = Label(CONTEXT, QT_TRANSLATE_NOOP(
    "ReferralPdf", "No risk assessment accompanies this referral"))
CONSENT = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Basis for sharing"))
DO_NOT_TELL = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Do not tell"))
NOT_SHARED = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Not included"))
WITHOUT_CONSENT = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Without consent"))
RECORD = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "{list} {number}"))
PAGE = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Page {page} of {pages}"))
AUDIT = Label(CONTEXT, QT_TRANSLATE_NOOP("ReferralPdf", "Audit chain head {head}"))


def fill(label: Label, tr: Translate, **values: object) -> str:
    """``label`` translated and filled in; a translation asking for other placeholders than
    its source is not used (it would fail or drop a fact), the English is."""
    shown = label.shown(tr)
    text = shown if same_fields(label.source, shown) else label.source
    return text.format(**values)
