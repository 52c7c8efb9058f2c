"""Hostile agency directory files: whatever the bytes, the loader gives a Kind or an
AgencyFileInvalid naming the file and, where the TOML was readable, the place inside it."""

from __future__ import annotations

import copy
import datetime as dt
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.agencies import Kind, parse_kind, read_kind, shipped_agencies_dir
from intake_app.domain.errors import AgencyFileInvalid
from tests.helpers.hostile_toml import ANY_CHAR as _ANY_CHAR
from tests.helpers.hostile_toml import TRICKS as _TRICKS
from tests.helpers.hostile_toml import at as _at
from tests.helpers.hostile_toml import paths as _paths
from tests.helpers.hostile_toml import place_in as _place_in
from tests.helpers.hostile_toml import to_toml

SHIPPED = sorted(shipped_agencies_dir().glob("*.toml"))
SOURCES = {path.name: path.read_text(encoding="utf-8") for path in SHIPPED}
DOCS = {name: tomllib.loads(text) for name, text in SOURCES.items()}
TODAY = dt.date(2026, 12, 1)


def test_the_writer_round_trips_the_shipped_files():
    for name, doc in DOCS.items():
        text = to_toml(doc)
        assert tomllib.loads(text) == doc
        assert parse_kind(text, name).facts == parse_kind(SOURCES[name], name).facts


_SCALARS = st.one_of(
    st.booleans(), st.integers(), st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(_ANY_CHAR, max_size=30), _TRICKS,
    st.dates(), st.datetimes(), st.sampled_from(["identity", "immigration", "police",
                                                 "date_of_birth_to_age"]),
    st.text(max_size=5).map(lambda t: t * 2000))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.text(_ANY_CHAR, max_size=8), _TRICKS), inner, max_size=4)),
    max_leaves=10)


@st.composite
def mutated_documents(draw) -> tuple[dict, str]:
    """A shipped kind with a few parts replaced, deleted, duplicated or re-id'd."""
    name = draw(st.sampled_from(sorted(DOCS)))
    doc = copy.deepcopy(DOCS[name])
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = _at(doc, path[:-1])
        action = draw(st.sampled_from(["replace", "delete", "duplicate", "trick_id", "add_key"]))
        if action == "replace":
            parent[path[-1]] = draw(_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(path[-1], copy.deepcopy(parent[path[-1]]))
        elif action == "trick_id":
            target = _at(doc, path)
            if isinstance(target, dict):
                target["id"] = draw(_TRICKS)
        elif action == "add_key" and isinstance(parent, dict):
            parent[draw(st.one_of(_TRICKS, st.text(_ANY_CHAR, max_size=6)))] = draw(_VALUES)
    return doc, name


def _check(outcome: Kind | AgencyFileInvalid, source: str) -> None:
    if isinstance(outcome, Kind):
        assert outcome.sha256 and outcome.facts
        assert all(isinstance(f.last_reviewed, dt.date) and f.last_reviewed <= TODAY
                   for f in outcome.facts)
        assert "immigration" not in outcome.receives
        return
    message = str(outcome)
    assert message.startswith(source + ": ")
    assert "\n" not in message and "\x00" not in message and "\u202e" not in message
    assert len(message) < 800
    assert outcome.reason


def _parse(text: str, source: str) -> Kind | AgencyFileInvalid:
    try:
        return parse_kind(text, source, today=TODAY)
    except AgencyFileInvalid as exc:
        return exc


_HYPOTHESIS = settings(max_examples=250, deadline=None,
                       suppress_health_check=[HealthCheck.too_slow,
                                              HealthCheck.function_scoped_fixture,
                                              HealthCheck.data_too_large])


@_HYPOTHESIS
@given(case=mutated_documents())
def test_mutated_files_are_loaded_or_refused_naming_the_place(case):
    doc, name = case
    try:
        text = to_toml(doc)
    except TypeError:
        return
    outcome = _parse(text, name)
    _check(outcome, name)
    if isinstance(outcome, AgencyFileInvalid) and outcome.line is None and \
            "too many digits" not in outcome.reason and "larger than" not in outcome.reason:
        parsed = tomllib.loads(text)
        assert outcome.place or outcome.reason.startswith("missing"), str(outcome)
        assert _place_in(parsed, outcome.place), str(outcome)


@_HYPOTHESIS
@given(name=st.sampled_from(sorted(DOCS)), trick=_TRICKS, data=st.data())
def test_unicode_tricks_in_ids_are_refused_at_that_id(name, trick, data):
    doc = copy.deepcopy(DOCS[name])
    places = [p for p in _paths(doc) if p and p[-1] == "id" and isinstance(_at(doc, p), str)]
    path = data.draw(st.sampled_from(places))
    _at(doc, path[:-1])["id"] = trick
    outcome = _parse(to_toml(doc), name)
    assert isinstance(outcome, AgencyFileInvalid)
    _check(outcome, name)
    expected = "".join(f"[{s}]" if isinstance(s, int) else ("." if i else "") + s
                       for i, s in enumerate(path))
    assert outcome.place == expected, str(outcome)


@_HYPOTHESIS
@given(name=st.sampled_from(sorted(DOCS)), data=st.data())
def test_duplicated_facts_are_refused_naming_both_places(name, data):
    doc = copy.deepcopy(DOCS[name])
    facts = doc["facts"]
    n = data.draw(st.integers(0, len(facts) - 1))
    facts.append(copy.deepcopy(facts[n]))
    outcome = _parse(to_toml(doc), name)
    assert isinstance(outcome, AgencyFileInvalid)
    assert outcome.place == f"facts[{len(facts) - 1}].id", str(outcome)
    assert f"first at facts[{n}].id" in outcome.reason


@_HYPOTHESIS
@given(name=st.sampled_from(sorted(DOCS)), days=st.integers(1, 100_000), data=st.data())
def test_facts_reviewed_in_the_future_are_refused_at_that_fact(name, days, data):
    doc = copy.deepcopy(DOCS[name])
    n = data.draw(st.integers(0, len(doc["facts"]) - 1))
    try:
        doc["facts"][n]["last_reviewed"] = TODAY + dt.timedelta(days=days)
    except OverflowError:
        return
    outcome = _parse(to_toml(doc), name)
    assert isinstance(outcome, AgencyFileInvalid)
    assert outcome.place == f"facts[{n}].last_reviewed" and "after today" in outcome.reason


@_HYPOTHESIS
@given(depth=st.integers(1, 20_000), key=st.sampled_from(["facts", "receives", "id", "x"]),
       shape=st.sampled_from([("[", "]"), ("{ a = ", " }"), ("[{ b = ", "}]")]))
def test_deep_nesting_is_refused(depth, key, shape):
    opener, closer = shape
    outcome = _parse(f"format = 1\n{key} = {opener * depth}1{closer * depth}\n", "deep.toml")
    assert isinstance(outcome, AgencyFileInvalid)
    _check(outcome, "deep.toml")


@settings(max_examples=20, deadline=None)
@given(size=st.integers(1024 * 1024 - 50, 3 * 1024 * 1024), fill=st.sampled_from("#a \n"))
def test_huge_files_are_refused(size, fill):
    text = SOURCES["police.toml"]
    text = text + "#" + fill * max(0, size - len(text.encode("utf-8")))
    outcome = _parse(text, "huge.toml")
    if len(text.encode("utf-8")) > 1024 * 1024:
        assert isinstance(outcome, AgencyFileInvalid) and "larger than" in outcome.reason
    else:
        _check(outcome, "huge.toml")


@st.composite
def mutated_bytes(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(sorted(SOURCES.values()))).encode("utf-8"))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        chunk = draw(st.binary(min_size=1, max_size=4))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert":
            data[at:at] = chunk
        elif action == "delete":
            del data[at:at + len(chunk)]
        else:
            data[at:at + len(chunk)] = chunk
    return bytes(data)


@_HYPOTHESIS
@given(data=st.one_of(mutated_bytes(), st.binary(max_size=400),
                      st.text(_ANY_CHAR, max_size=200).map(
                          lambda t: t.encode("utf-8", errors="surrogatepass"))))
def test_hostile_bytes_never_crash_the_reader(tmp_path, data):
    path = tmp_path / "hostile.toml"
    path.write_bytes(data)
    try:
        outcome: Kind | AgencyFileInvalid = read_kind(path, today=TODAY)
    except AgencyFileInvalid as exc:
        outcome = exc
    _check(outcome, str(path))


@_HYPOTHESIS
@given(doc=st.dictionaries(st.one_of(st.sampled_from(
    ["format", "id", "name", "description", "receives", "generalises",
     "may_pass_to_immigration_enforcement", "facts"]),
    st.text(_ANY_CHAR, max_size=8)), _VALUES, max_size=8))
def test_documents_of_any_shape_are_refused_cleanly(doc):
    try:
        text = to_toml(doc)
    except TypeError:
        return
    outcome = _parse(text, "any.toml")
    assert isinstance(outcome, AgencyFileInvalid)
    _check(outcome, "any.toml")


def test_a_key_holding_a_quote_is_refused_at_that_key():
    """Found by the mutation test above: a key of one single quote is named, in the double
    quotes Python's repr gives it, and that place is read back."""
    doc = copy.deepcopy(DOCS["adult_social_care.toml"])
    doc["'"] = "x"
    outcome = _parse(to_toml(doc), "adult_social_care.toml")
    assert isinstance(outcome, AgencyFileInvalid)
    assert outcome.place == '"\'"' and "unknown key" in str(outcome)
    assert _place_in(doc, outcome.place)
