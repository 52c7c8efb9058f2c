"""The words of a referral's export: the file name offered, and why an export was refused.

Each refusal is told from its type, in plain words, with what to do next; nothing is written
when an export is refused (the service's rule). The places a file may not go (next to the
vault, a synchronised or network folder) and a folder that cannot be written to are said here
for the file being exported: ``messages.describe`` words them for the vault itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.errors import (
    ExportNotAllowed,
    PasswordRequired,
    UnsafeLocation,
    VaultNotWritable,
)
from intake_app.services.referral_export import UnprintableText
from intake_app.services.referrals import Referral
from intake_app.ui.common import messages

translate = QCoreApplication.translate


def suggested_name(referral: Referral) -> str:
    """A neutral file name: the referral's number, never her name or the case reference."""
    return translate("ReferralExport", "referral-{number}.pdf").format(number=referral.id)


def gate_failed(count: int) -> str:
    if count == 1:
        return translate(
            "ReferralExport",
            "No file was written: one of its checks does not pass now, so the referral is back "
            "with those waiting for approval. What the check needs is written under it above.")
    return translate(
        "ReferralExport",
        "No file was written: {count} of its checks do not pass now, so the referral is back "
        "with those waiting for approval. What each one needs is written under it above."
    ).format(count=count)


def refusal(exc: BaseException) -> str:
    """Why an export did not happen, and what to do."""
    if isinstance(exc, ExportNotAllowed):
        return translate(
            "ReferralExport",
            "Exports are switched off on this laptop by your IT administrator, so no file was "
            "written. Ask them if a referral must be sent as a file.")
    if isinstance(exc, PasswordRequired):
        return translate(
            "ReferralExport",
            "Your IT administrator requires a password on every exported file, so no file was "
            "written. The password box is now ticked: export it again.")
    if isinstance(exc, UnprintableText):
        return translate(
            "ReferralExport",
            "No file was written: the PDF cannot show the character {codepoint} in "
            "\u201c{field}\u201d, as none of the app's fonts has it. Ask the caseworker to "
            "change that text or leave it out, then export it again.").format(
                codepoint=exc.codepoint, field=exc.field)
    if isinstance(exc, UnsafeLocation):
        return translate(
            "ReferralExport",
            "No file was written: that folder is not a safe place for it (it is beside the "
            "vault, synchronised to the cloud or on a network share). Choose a folder on this "
            "laptop's own disk.")
    if isinstance(exc, VaultNotWritable):
        return translate(
            "ReferralExport",
            "No file was written: that folder cannot be written to (it may be read-only, or "
            "this account may not have permission). Choose another folder.")
    return messages.describe(exc)
