"""What the case search index holds for each case, and how typed text becomes an FTS5 query.

Both sides pass through the same ``normalise`` so that what a worker types finds what was
recorded: NFKC (full-width digits, Arabic presentation forms), Latin letters SQLite does not
fold (ł, ø, ß...), common Arabic spelling variants, and Chinese names indexed per character
too (FTS5's tokenizer would otherwise treat a whole name as one word, so the given name could
not be found on its own). Phone numbers are indexed as digits only, in both the national
(07700...) and international (447700...) form. A reference is indexed by its short serial
("123" for CI-2026-000123); typed references are matched by prefix on the reference column.

No SQL here: ``cases_repo`` runs the statements.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from intake_app.domain.answers import Answer
from intake_app.domain.case_model import ALIASES_KEY, NAME_KEY, PHONES_KEY, PREFERRED_NAME_KEY
from intake_app.domain.text_rules import clean_query

_LATIN_FOLD = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "Þ": "th",
    "ħ": "h", "Ħ": "h",
})
# Alef with hamza or madda -> bare alef; alef maqsura -> ya; ta marbuta -> ha; drop harakat
# and tatweel. Names are written both ways, so search must not care.
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                              "ـ": None, **{chr(c): None for c in range(0x064B, 0x0660)},
                              "\u0670": None})
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_REFERENCE = re.compile(r"\b(ci)[\s\-]*(\d{1,4})(?:[\s\-]*(\d{1,6}))?", re.IGNORECASE)
_PHONE_RUN = re.compile(r"(?<![\w])\+?\(?\d[\d\s()\-.]*\d(?![\w])")
_LAST_ACCENTED_ALPHABET = 0x0530  # Latin, Greek and Cyrillic end below here
_REF_PARTS = re.compile(r"^([A-Z]+)-(\d{4})-(\d+)$")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_LATIN_FOLD).translate(_ARABIC_FOLD)
    return text


def phone_forms(number: str) -> list[str]:
    """The digit strings a number is found by: as written, national and international."""
    digits = "".join(ch for ch in normalise(number) if ch.isdigit())
    if not digits:
        return []
    if digits.startswith("440"):  # "+44 (0)7700..." as people often write it
        digits = "44" + digits[3:]
    forms = [digits]
    if digits.startswith("44") and len(digits) > 4:
        forms.append("0" + digits[2:])
    elif digits.startswith("0") and not digits.startswith("00"):
        forms.append("44" + digits[1:])
    elif digits.startswith("00"):
        forms.append(digits[2:])
    return forms


def reference_forms(reference: str) -> list[str]:
    """A reference is found in the index by its serial number without zeros ("123"); typed
    references ("CI-2026-0001...") are matched on the reference column instead."""
    match = _REF_PARTS.match(reference)
    if not match:
        return []
    return [match.group(3).lstrip("0") or "0"]


def _with_han_characters(text: str) -> str:
    chars = _HAN.findall(text)
    return f"{text} {' '.join(chars)}" if chars else text


@dataclass(frozen=True)
class SearchDoc:
    names: str
    aliases: str
    reference: str
    phones: str

    def as_row(self, case_id: int) -> tuple[int, str, str, str, str]:
        return (case_id, self.names, self.aliases, self.reference, self.phones)


def _text(answer: Answer | None) -> str:
    return answer if isinstance(answer, str) else ""


def search_doc(values: Mapping[str, Answer], reference: str) -> SearchDoc:
    names = " ".join(t for t in (_text(values.get(NAME_KEY)),
                                 _text(values.get(PREFERRED_NAME_KEY))) if t)
    aliases = _text(values.get(ALIASES_KEY))
    phones: list[str] = []
    records = values.get(PHONES_KEY)
    if isinstance(records, tuple):
        for record in records:
            if isinstance(record, Mapping):
                phones.extend(phone_forms(_text(record.get("number"))))
    return SearchDoc(
        names=_with_han_characters(normalise(names)),
        aliases=_with_han_characters(normalise(aliases)),
        reference=" ".join(reference_forms(reference)),
        phones=" ".join(phones),
    )


def display_name(values: Mapping[str, Answer]) -> str:
    """The name shown in lists; empty when she has not given one (the UI says so)."""
    for key in (NAME_KEY, PREFERRED_NAME_KEY):
        text = _text(values.get(key)).strip()
        if text:
            return " ".join(text.split())
    return ""


def sort_name(display: str) -> str:
    """The key the list sorts names by: accents on Latin, Greek and Cyrillic letters are
    ignored (Ärna sorts with Arna, not after Zofia); other scripts keep their marks, which
    carry vowels there. Scripts follow each other in Unicode order (no ICU collation)."""
    kept: list[str] = []
    base = ""
    for ch in unicodedata.normalize("NFKD", normalise(display)):
        if unicodedata.combining(ch):
            if base and ord(base) < _LAST_ACCENTED_ALPHABET:
                continue
        else:
            base = ch
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept)).casefold()


def _wordish(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNM"


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


@dataclass(frozen=True)
class SearchQuery:
    """What a worker typed, split into an FTS5 MATCH expression (names, aliases, phone
    numbers, bare serial numbers) and reference prefixes ("CI-2026-0001"), which are matched
    against the reference column directly: every case shares "CI-2026", so the full-text
    index would be the slowest way to find them."""

    match: str | None = None
    reference_prefixes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self.match is None and not self.reference_prefixes


def parse_query(typed: str) -> SearchQuery:
    """Every typed word must prefix-match. User text only ever appears inside quoted FTS5
    strings, so operators a user types (AND, *, quotes) are searched for, not obeyed.
    Control characters and lone surrogates are dropped first: FTS5 reads its query as a C
    string (a pasted NUL cut it short) and a surrogate cannot be sent to SQLite at all."""
    text = normalise(clean_query(typed))
    terms: list[str] = []
    references: list[str] = []

    def take_reference(match: re.Match[str]) -> str:
        prefix, year, serial = match.groups()
        canonical = f"{prefix.upper()}-{year}"
        if serial is not None and len(year) == 4:
            canonical += f"-{serial}"
        references.append(canonical)
        return " "

    def take_phone(match: re.Match[str]) -> str:
        digits = "".join(ch for ch in match.group(0) if ch.isdigit())
        if digits.startswith("00"):
            digits = digits[2:]
        if digits.startswith("440"):
            digits = "44" + digits[3:]
        terms.append(digits)
        return " "

    text = _REFERENCE.sub(take_reference, text)
    text = _PHONE_RUN.sub(take_phone, text)
    # A word with no letter, digit or mark holds no token: FTS5 would reject its phrase.
    terms.extend(t for t in text.split() if any(_wordish(ch) for ch in t))
    match = " AND ".join(_quoted(t) for t in terms) if terms else None
    return SearchQuery(match, tuple(references))
