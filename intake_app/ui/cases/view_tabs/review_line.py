"""The overview's line about the risk review: due (and why, since when) or when the next one is
due, in the words of ``domain/review.py``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from intake_app.domain.review import NEXT_TEXT, REASON_TEXT, ReviewDue
from intake_app.ui.questions import field_text


def _review_words(text: str) -> str:
    """A sentence ``domain/review.py`` marked under the "Review" context, translated."""
    return QCoreApplication.translate("Review", text)


def review_text(review: ReviewDue) -> str:
    """What the overview says; empty for a case that is not open (no review applies)."""
    if review.due_on is None:
        return ""
    day = field_text.date_text(review.due_on)
    if review.due and review.reason is not None:
        return _review_words(REASON_TEXT[review.reason]).format(date=day)
    return _review_words(NEXT_TEXT).format(date=day)
