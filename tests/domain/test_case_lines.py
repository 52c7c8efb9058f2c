"""Reading CASES.jsonl: the vault's JSON encoding read strictly, line by line, with every
problem named by its line and place; sizes bounded; a stored case reads back equal."""

from __future__ import annotations

import json
from datetime import date

import pytest

from intake_app.domain import case_lines
from intake_app.domain.answers import DECLINED, NOT_ASKED, Tri
from intake_app.domain.case_codec import decode_checked, to_jsonable
from intake_app.domain.case_lines import (
    MAX_LINE_BYTES,
    LineProblem,
    read_case_lines,
)

GOOD = {"referral.source": "self", "survivor.names": "Amina Okafor",
        "consent.to_record": "given", "consent.to_contact": "given"}


def line(values: dict) -> bytes:
    return json.dumps(values, ensure_ascii=False).encode("utf-8")


def problems(data: bytes) -> list[str]:
    return [str(p) for p in read_case_lines(data).problems]


def test_every_kind_of_answer_reads_back_as_the_vault_stored_it():
    answers = {
        "referral.source": "police", "referral.date": date(2026, 1, 31),
        "survivor.names": "ليلى أحمد", "survivor.date_of_birth": "31/02/1990",  # kept as typed
        "survivor.interpreter_needed": Tri.UNSURE, "consent.to_record": "given",
        "consent.to_contact": DECLINED, "abuse.forms": ("physical", "coercive_control"),
        "contact.phones": ({"number": "07700 900123", "safe_to_call": Tri.NO,
                            "notes": DECLINED},),
        "household.children": ({"name": "Sam", "age": "4", "relationship": "hers"},),
        "abuser.people": ({"name": "X", "date_of_birth": date(1980, 5, 6)},),
        "notes.free": "first line\nsecond line \u2028 still the same answer",
    }
    encoded = to_jsonable(answers)
    assert encoded["survivor.date_of_birth"] == {"$text": "31/02/1990"}
    read = read_case_lines(line(encoded) + b"\n")
    assert read.problems == [] and read.partial == []
    assert [c.line for c in read.cases] == [1]
    assert read.cases[0].values == answers


def test_blank_lines_are_skipped_and_lines_keep_their_numbers():
    data = b"\xef\xbb\xbf" + line(GOOD) + b"\r\n\n   \n" + line(GOOD) + b"\n\n"
    read = read_case_lines(data)
    assert read.problems == []
    assert [c.line for c in read.cases] == [1, 4]


def test_not_asked_is_read_as_the_sentinel():
    values, found = decode_checked({"notes.free": {"$answer": "not_asked"}})
    assert found == [] and values == {"notes.free": NOT_ASKED}


@pytest.mark.parametrize(("values", "expected"), [
    ({"nickname": "A"}, "nickname: no such case field"),
    ({"case.status": "open"}, "case.status: no such case field"),
    ({"survivor.names": 5}, "survivor.names: must be text (a JSON string)"),
    ({"survivor.names": None}, "survivor.names: must be text (a JSON string)"),
    ({"referral.source": ["self"]}, "referral.source: must be a choice key (a JSON string)"),
    ({"referral.date": "31/01/2026"}, "referral.date: must be a date written YYYY-MM-DD"),
    ({"referral.date": "2026-02-30"}, 'referral.date: "2026-02-30" is not a day of the calendar'),
    ({"referral.date": {"$text": 3}}, "referral.date: must be a date written YYYY-MM-DD"),
    ({"address.abuser_knows": True}, 'address.abuser_knows: must be one of "yes", "no", '
                                     '"unsure"'),
    ({"abuse.forms": "physical"}, "abuse.forms: must be a list of choice keys (JSON strings)"),
    ({"abuse.forms": [1]}, "abuse.forms: must be a list of choice keys (JSON strings)"),
    ({"notes.free": {"$answer": "maybe"}}, 'notes.free: "$answer" must be "declined" or '
                                           '"not_asked"'),
    ({"notes.free": {"$answer": "declined", "x": 1}},
     'notes.free: an object here can only be {"$answer": "declined"} or '
     '{"$answer": "not_asked"}'),
    ({"contact.phones": {"number": "1"}},
     "contact.phones: must be a list of records (JSON objects)"),
    ({"contact.phones": ["07700 900123"]}, "contact.phones[0]: must be a record (a JSON object)"),
    ({"contact.phones": [{"number": "07700 900123", "safe": "yes"}]},
     "contact.phones[0].safe: no such item field (known: number, whose, safe_to_call, "
     "safe_to_text, safe_to_leave_voicemail, notes)"),
    ({"contact.phones": [{"number": 7700900123}]},
     "contact.phones[0].number: must be text (a JSON string)"),
    ({"a; line 9: b": 1}, '"a; line 9: b": no such case field'),
])
def test_each_wrong_key_or_shape_is_named_with_its_line_and_place(values, expected):
    data = line(GOOD) + b"\n" + line({**GOOD, **values}) + b"\n"
    read = read_case_lines(data)
    assert [str(p) for p in read.problems] == [f"line 2: {expected}"]
    assert [c.line for c in read.cases] == [1]
    assert [c.line for c in read.partial] == [2]


@pytest.mark.parametrize(("raw", "expected"), [
    (b'{"survivor.names": "A"', "not valid JSON (Expecting ',' delimiter at column 23)"),
    (b"survivor.names=A", "not valid JSON (Expecting value at column 1)"),
    (b'{"notes.free": NaN}', "not valid JSON (NaN is not a JSON value)"),
    (b'{"notes.free": "a", "notes.free": "b"}', "notes.free: given twice in one object"),
    (b'{"contact.phones": [{"number": "1", "number": "2"}]}',
     "number: given twice in one object"),
    (b"[1, 2]", "a case must be one JSON object of field keys and answers"),
    (b'"text"', "a case must be one JSON object of field keys and answers"),
    (b'{"survivor.names": "Am\xffna"}', "not UTF-8 text (byte 23 of the line)"),
    (b"[" * 100_000 + b"]" * 100_000, "not valid JSON (nested too deeply)"),
])
def test_a_line_that_cannot_be_read_is_refused_with_its_number(raw, expected):
    read = read_case_lines(line(GOOD) + b"\n\n" + raw + b"\n")
    assert [str(p) for p in read.problems] == [f"line 3: {expected}"]
    assert [c.line for c in read.cases] == [1] and read.partial == []


def test_every_problem_of_every_line_is_kept_in_file_order():
    data = b"\n".join([
        line({**GOOD, "survivor.names": 1, "bogus": "x"}),
        b"{",
        line(GOOD),
        line({**GOOD, "abuse.forms": "physical"}),
    ])
    assert problems(data) == [
        "line 1: survivor.names: must be text (a JSON string)",
        "line 1: bogus: no such case field",
        "line 2: not valid JSON (Expecting property name enclosed in double quotes at "
        "column 2)",
        "line 4: abuse.forms: must be a list of choice keys (JSON strings)",
    ]
    partial = read_case_lines(data).partial
    assert [(c.line, c.unread) for c in partial] == [
        (1, frozenset({"survivor.names", "bogus"})), (4, frozenset({"abuse.forms"}))]
    assert partial[0].values == {k: v for k, v in GOOD.items() if k != "survivor.names"}


def test_a_huge_line_is_refused_without_being_parsed():
    huge = line({**GOOD, "notes.free": "x" * MAX_LINE_BYTES})
    assert problems(huge) == ["line 1: longer than 1 MiB; one case is far shorter (is this a "
                              "file of cases, one per line?)"]


def test_more_cases_than_one_import_takes_are_not_read(monkeypatch):
    monkeypatch.setattr(case_lines, "MAX_CASES", 3)
    read = read_case_lines(b"\n".join([line(GOOD)] * 3))
    assert not read.too_many and len(read.cases) == 3
    read = read_case_lines(b"\n\n".join([line(GOOD)] * 4))
    assert read.too_many and len(read.cases) == 3


def test_a_problem_reads_as_one_line():
    assert str(LineProblem(3, "", "not valid JSON")) == "line 3: not valid JSON"
    assert str(LineProblem(3, "a.b", "why")) == "line 3: a.b: why"
