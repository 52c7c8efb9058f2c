"""Hostile definition files: whatever the bytes, the loader gives a Definition or a
ChecklistInvalid naming the file and, where the TOML was readable, the place inside it."""

from __future__ import annotations

import copy
import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.checklists import parse_definition, read_definition, shipped_checklists_dir
from intake_app.domain.checklists.model import Definition
from intake_app.domain.errors import ChecklistInvalid
from tests.helpers.hostile_toml import ANY_CHAR as _ANY_CHAR
from tests.helpers.hostile_toml import TRICKS as _TRICKS
from tests.helpers.hostile_toml import at as _at
from tests.helpers.hostile_toml import paths as _paths
from tests.helpers.hostile_toml import place_in as _place_in
from tests.helpers.hostile_toml import to_toml

SHIPPED = sorted(shipped_checklists_dir().glob("*.toml"))
SOURCES = {path.name: path.read_text(encoding="utf-8") for path in SHIPPED}
DOCS = {name: tomllib.loads(text) for name, text in SOURCES.items()}


def test_the_writer_round_trips_the_shipped_files():
    for name, doc in DOCS.items():
        text = to_toml(doc)
        assert tomllib.loads(text) == doc
        assert parse_definition(text, name).sections == \
            parse_definition(SOURCES[name], name).sections


# --- strategies ------------------------------------------------------------------------------

_SCALARS = st.one_of(
    st.booleans(), st.integers(), st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(_ANY_CHAR, max_size=30), _TRICKS,
    st.text(max_size=5).map(lambda t: t * 2000))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.dictionaries(st.one_of(st.text(_ANY_CHAR, max_size=8), _TRICKS), inner, max_size=4)),
    max_leaves=10)


@st.composite
def mutated_documents(draw) -> tuple[dict, str]:
    """A shipped definition with a few parts replaced, deleted, duplicated or re-id'd."""
    name = draw(st.sampled_from(sorted(DOCS)))
    doc = copy.deepcopy(DOCS[name])
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
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


@st.composite
def nested_text(draw) -> str:
    depth = draw(st.integers(1, 20_000))
    opener, closer = draw(st.sampled_from([("[", "]"), ("{ a = ", " }"), ("[{ b = ", "}]")]))
    core = opener * depth + draw(st.sampled_from(["1", '"x"', ""])) + closer * depth
    key = draw(st.sampled_from(["sections", "id", "x", "offer_when"]))
    return f"format = 1\n{key} = {core}\n"


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


def _check(outcome: Definition | ChecklistInvalid, source: str) -> None:
    if isinstance(outcome, Definition):
        assert outcome.sha256 and outcome.items()
        return
    message = str(outcome)
    assert message.startswith(source + ": ")
    assert "\n" not in message and "\x00" not in message and "\u202e" not in message
    assert len(message) < 800
    assert outcome.reason


def _parse(text: str, source: str) -> Definition | ChecklistInvalid:
    try:
        return parse_definition(text, source)
    except ChecklistInvalid as exc:
        return exc


_HYPOTHESIS = settings(max_examples=250, deadline=None,
                       suppress_health_check=[HealthCheck.too_slow,
                                              HealthCheck.function_scoped_fixture,
                                              HealthCheck.data_too_large])


@_HYPOTHESIS
@given(case=mutated_documents())
def test_mutated_definitions_are_loaded_or_refused_naming_the_place(case):
    doc, name = case
    try:
        text = to_toml(doc)
    except TypeError:
        return
    outcome = _parse(text, name)
    _check(outcome, name)
    if isinstance(outcome, ChecklistInvalid) and outcome.line is None and \
            "too many digits" not in outcome.reason and "larger than" not in outcome.reason:
        # The TOML was read: the refusal names a place in it (the whole file only when a
        # top-level key is missing).
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
    assert isinstance(outcome, ChecklistInvalid)
    _check(outcome, name)
    expected = "".join(f"[{s}]" if isinstance(s, int) else ("." if i else "") + s
                       for i, s in enumerate(path))
    assert outcome.place == expected, str(outcome)


@_HYPOTHESIS
@given(name=st.sampled_from(sorted(DOCS)), data=st.data())
def test_duplicated_items_are_refused_naming_both_places(name, data):
    doc = copy.deepcopy(DOCS[name])
    sections = doc["sections"]
    s = data.draw(st.integers(0, len(sections) - 1))
    i = data.draw(st.integers(0, len(sections[s]["items"]) - 1))
    target = data.draw(st.integers(0, len(sections) - 1))
    sections[target]["items"].append(copy.deepcopy(sections[s]["items"][i]))
    outcome = _parse(to_toml(doc), name)
    assert isinstance(outcome, ChecklistInvalid)
    # The copy is the second of the two in file order, or the first when it went into an
    # earlier section; either way both places are named.
    both = sorted([(s, i), (target, len(sections[target]["items"]) - 1)])
    first, second = (f"sections[{a}].items[{b}].id" for a, b in both)
    assert outcome.place == second, str(outcome)
    assert "used twice" in outcome.reason and f"first at {first}" in outcome.reason


@_HYPOTHESIS
@given(text=nested_text())
def test_deep_nesting_is_refused(text):
    outcome = _parse(text, "deep.toml")
    assert isinstance(outcome, ChecklistInvalid)
    _check(outcome, "deep.toml")


@settings(max_examples=20, deadline=None)
@given(size=st.integers(1024 * 1024 - 50, 3 * 1024 * 1024), fill=st.sampled_from("#a \n"))
def test_huge_files_are_refused(size, fill):
    text = SOURCES["risk_identification.v1.toml"]
    text = text + "#" + fill * max(0, size - len(text.encode("utf-8")))
    outcome = _parse(text, "huge.toml")
    if len(text.encode("utf-8")) > 1024 * 1024:
        assert isinstance(outcome, ChecklistInvalid) and "larger than" in outcome.reason
    else:
        _check(outcome, "huge.toml")


@_HYPOTHESIS
@given(data=st.one_of(mutated_bytes(), st.binary(max_size=400),
                      st.text(_ANY_CHAR, max_size=200).map(
                          lambda t: t.encode("utf-8", errors="surrogatepass"))))
def test_hostile_bytes_never_crash_the_reader(tmp_path, data):
    path = tmp_path / "hostile.toml"
    path.write_bytes(data)
    try:
        outcome: Definition | ChecklistInvalid = read_definition(path)
    except ChecklistInvalid as exc:
        outcome = exc
    _check(outcome, str(path))


@_HYPOTHESIS
@given(doc=st.dictionaries(st.one_of(st.sampled_from(
    ["format", "id", "version", "title", "sections", "bands", "guidance", "rules",
     "escalation", "repeat", "judgement", "offer_when", "recommendations"]),
    st.text(_ANY_CHAR, max_size=8)), _VALUES, max_size=8))
def test_documents_of_any_shape_are_refused_cleanly(doc):
    outcome = _parse(to_toml(doc), "any.toml")
    assert isinstance(outcome, ChecklistInvalid)
    _check(outcome, "any.toml")
