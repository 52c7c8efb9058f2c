"""What the redaction tests share: the shipped directory with one named agency per kind,
consent records made directly (as the vault hands them back), and the canary case: a unique
marker in every declared field and sub-field, built by walking the declarations.

Markers are text wherever the field's stored answer can be text. A date field holds a date of
its own (no two paths share one), so its marker is that date as the view would show it. A
yes / no / not sure field holds its marker as text (a stored answer of the wrong type, which
the view must carry or withhold like any other); the one exception is a phone's
``safe_to_call``, which the phone rule reads: record 0 is safe to call, record 1 is not,
record 2 holds a marker there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from intake_app.domain.agencies import (
    Agency,
    Directory,
    Kind,
    Recipient,
    load_shipped,
    recipient_of,
)
from intake_app.domain.answer_text import date_text
from intake_app.domain.answers import Answer, Tri
from intake_app.domain.case_model import FIELDS, Field, Sensitivity, SubField
from intake_app.domain.case_model import Kind as FieldKind
from intake_app.domain.consent import ConsentInput, ConsentRecord, Decision, How

TODAY = date(2026, 6, 15)
CASE_REF = "C-0001"

_SHIPPED = load_shipped()
assert _SHIPPED.refused == (), _SHIPPED.refused
KINDS: tuple[Kind, ...] = _SHIPPED.kinds


def agency_id(kind_id: str) -> str:
    return f"{kind_id.replace('_', '-')}-north"


#: The shipped kinds, each with one named agency (its flag as high as its kind's).
DIRECTORY = Directory(KINDS, tuple(
    Agency(agency_id(k.id), k.id, f"North {k.name.source}", k.may_pass_to_immigration_enforcement)
    for k in KINDS))


def recipient(ref: str) -> Recipient:
    return recipient_of(DIRECTORY, ref)


_ids = iter(range(1, 10**6))


def record(to: str, *classes: Sensitivity, decision: Decision = Decision.GIVEN,
           decided_on: date = TODAY - timedelta(days=30), expires_on: date | None = None,
           purpose: str = "Referral", record_id: int | None = None) -> ConsentRecord:
    """A consent record as the vault returns one (no recording rules applied: the view must
    hold against any record, including one the rules would refuse today)."""
    details = ConsentInput(recipient=to, classes=frozenset(classes), purpose=purpose,
                           decision=decision, decided_on=decided_on, how=How.VERBAL,
                           expires_on=expires_on)
    number = record_id if record_id is not None else next(_ids)
    return ConsentRecord(number, CASE_REF, details, f"2026-01-01T00:00:{number % 60:02d}Z", "cw1")


# --- the canary case ---------------------------------------------------------------------------

RETIRED_KEY = "survivor.retired_field"
RETIRED_SUB = "retired_sub"
POSTCODE = "ZE3 9QX"
DISTRICT = "ZE3"


def marker(path: str, n: int | None = None) -> str:
    return f"[[{path}]]" if n is None else f"[[{path}#{n}]]"


@dataclass(frozen=True)
class Planted:
    """One marker in the canary case: where, in which record of a list, and how it shows."""

    path: str  # field key or sub-field path
    field: Field
    sub: SubField | None
    record: int | None
    value: Answer
    #: The text the view shows for the stored value when it goes as stored.
    text: str


def _dates() -> Iterator[date]:
    day = date(1931, 1, 1)
    while True:
        yield day
        day += timedelta(days=400)


def planted() -> tuple[Planted, ...]:
    """Every marker, walking FIELDS and each list's sub-fields."""
    dates = _dates()
    out: list[Planted] = []

    def value_for(decl: Field | SubField, path: str, n: int | None) -> tuple[Answer, str]:
        if decl.kind is FieldKind.DATE:
            day = next(dates)
            return day, date_text(day)
        text = POSTCODE if path == "address.postcode" else marker(path, n)
        if decl.kind is FieldKind.MULTICHOICE:
            return (text,), text
        return text, text

    for f in FIELDS:
        if not f.kind.is_list:
            value, text = value_for(f, f.key, None)
            out.append(Planted(f.key, f, None, None, value, text))
            continue
        count = 3 if f.kind is FieldKind.PHONES else 2
        for n in range(count):
            for sub in f.subfields:
                path = f"{f.key}.{sub.key}"
                if f.kind is FieldKind.PHONES and sub.key == "safe_to_call" and n < 2:
                    tri = Tri.YES if n == 0 else Tri.NO
                    out.append(Planted(path, f, sub, n, tri, ""))
                    continue
                value, text = value_for(sub, path, n)
                out.append(Planted(path, f, sub, n, value, text))
    return tuple(out)


PLANTED = planted()


def canary_case(keep: frozenset[str] | None = None) -> dict[str, Answer]:
    """The canary case (only the fields in ``keep`` when given), plus a retired key and a
    retired sub-key in every list record."""
    answers: dict[str, Answer] = {}
    lists: dict[str, dict[int, dict[str, Answer]]] = {}
    for p in PLANTED:
        if keep is not None and p.field.key not in keep:
            continue
        if p.record is None:
            answers[p.path] = p.value
        else:
            rec = lists.setdefault(p.field.key, {}).setdefault(
                p.record, {RETIRED_SUB: marker(f"{p.field.key}.{RETIRED_SUB}", p.record)})
            assert p.sub is not None
            rec[p.sub.key] = p.value
    for key, records in lists.items():
        answers[key] = tuple(records[n] for n in sorted(records))
    if keep is None:
        answers[RETIRED_KEY] = marker(RETIRED_KEY)
    return answers
