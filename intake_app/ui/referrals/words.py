"""The referral screens' words that come from the domain: ``domain/referrals`` marks them under
the "Referral" context (states, the gate's checks, what a draft's problems say)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.referrals import CHECK_TITLES, STATE_LABELS, CheckId, State


def referral_text(marked: str) -> str:
    """A text the referral domain marked under "Referral", in the worker's language."""
    return QCoreApplication.translate("Referral", marked)


def state_text(state: State) -> str:
    return referral_text(STATE_LABELS[state])


def check_title(check_id: CheckId) -> str:
    return referral_text(CHECK_TITLES[check_id])
