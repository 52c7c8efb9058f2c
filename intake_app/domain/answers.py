"""Answers: what a case field can hold, including the two ways of having no answer.

"She declined to say" is a real answer a caseworker records; "not asked yet" means the question
is still open. Both differ from an empty string (which a form can produce by accident), so they
are two singleton sentinels, ``DECLINED`` and ``NOT_ASKED``, compared with ``is``.

A yes/no question about safety needs a third value: "not sure" (she does not know whether the
abuser reads her texts) is not "no". ``Tri`` holds yes / no / not sure.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum, StrEnum
from typing import TypeAlias


class Unanswered(Enum):
    """The two kinds of missing answer. Use the module constants, not the enum directly."""

    DECLINED = "declined"
    NOT_ASKED = "not_asked"

    def __repr__(self) -> str:
        return self.name

    def __bool__(self) -> bool:
        # ``if answer:`` must never treat "she declined" as a present value.
        return False


#: She was asked and chose not to answer. A complete answer for required fields.
DECLINED = Unanswered.DECLINED
#: The question has not been asked yet. A missing key in a case means the same.
NOT_ASKED = Unanswered.NOT_ASKED


class Tri(StrEnum):
    """A yes/no question where "not sure" is a legitimate, different answer."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


#: One sub-record of a list field (a phone number, a child, an abuser): sub-key -> answer.
Record: TypeAlias = Mapping[str, "Answer"]

#: A present value. Dates may be held as the text typed when it could not be read as a date,
#: so that validation can point at it instead of losing it.
Value: TypeAlias = str | date | Tri | tuple[str, ...] | tuple[Record, ...]

#: What a field holds.
Answer: TypeAlias = Value | Unanswered


def is_unanswered(answer: object) -> bool:
    return answer is DECLINED or answer is NOT_ASKED


def is_blank(answer: object) -> bool:
    """True for NOT_ASKED and for values that carry nothing (empty text, empty list).

    DECLINED is *not* blank: it is a recorded answer.
    """
    if answer is NOT_ASKED:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    if isinstance(answer, tuple):
        return len(answer) == 0
    return False
