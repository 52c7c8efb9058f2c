"""What the schema cannot say about a checklist file, checked on data that already fits it.

Ids used twice, an item kind that does not fit its choices or its scoring, a condition or rule
naming an unknown (or a later) item, a recommendation that is not declared, bands that overlap,
leave a gap or reach above the number of scored items. Each problem is reported as
(place, reason), the place being the path inside the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from intake_app.domain.checklists.model import NOT_GIVEN, RESERVED_RULE_IDS, YES_NO_ANSWERS
from intake_app.domain.checklists.schema import MAX_ITEMS, place_of
from intake_app.domain.risk import RiskLevel

Problem = tuple[str, str]
Doc = Mapping[str, Any]


def first_problem(doc: Doc) -> Problem | None:
    return next(_problems(doc), None)


def _problems(doc: Doc) -> Iterator[Problem]:
    sections: Sequence[Doc] = doc["sections"]
    total = sum(len(section["items"]) for section in sections)
    if total > MAX_ITEMS:
        yield "sections", f"holds {total} items; a checklist may have at most {MAX_ITEMS}"
        return
    yield from _unique_values(doc, [("sections", i, "id") for i in range(len(sections))])
    item_places: list[tuple[object, ...]] = [("sections", s, "items", i, "id")
                   for s, section in enumerate(sections) for i in range(len(section["items"]))]
    yield from _unique_values(doc, item_places)
    recommendations = doc.get("recommendations", [])
    yield from _unique_values(doc, [("recommendations", i, "id")
                                    for i in range(len(recommendations))])
    yield from _unique_values(doc, [("rules", i, "id") for i in range(len(doc.get("rules", [])))])
    grounds = doc.get("judgement", {}).get("grounds", [])
    yield from _unique_values(doc, [("judgement", "grounds", i, "id")
                                    for i in range(len(grounds))])

    items: dict[str, Doc] = {}  # the items declared so far, in file order
    for s, section in enumerate(sections):
        for i, item in enumerate(section["items"]):
            where = ("sections", s, "items", i)
            yield from _item_problems(item, where, items)
            items[item["id"]] = item
    if "offer_when" in doc:
        yield from _condition_problems(doc["offer_when"], ("offer_when",), {}, facts_only=True)

    declared = {r["id"] for r in recommendations}
    for r, rule in enumerate(doc.get("rules", [])):
        if rule["id"] in RESERVED_RULE_IDS:
            yield place_of(("rules", r, "id")), (f"'{rule['id']}' is the name of the engine's "
                                                  "own rule; choose another id")
        for n, name in enumerate(rule["items"]):
            if name not in items:
                yield place_of(("rules", r, "items", n)), f"names an unknown item '{name}'"
            elif items[name]["kind"] != "yes_no":
                yield place_of(("rules", r, "items", n)), (f"'{name}' is not a yes/no item, "
                                                           "so it cannot be yes")
    for listed_at, names in _recommend_lists(doc):
        for n, name in enumerate(names):
            if name not in declared:
                yield place_of((*listed_at, n)), f"names an undeclared recommendation '{name}'"

    scored = sum(1 for item in items.values() if item.get("scored"))
    bands = doc.get("bands", [])
    yield from _range_problems(bands, "bands", scored)
    if bands:
        yield from _band_levels(bands)
    yield from _range_problems(doc.get("guidance", []), "guidance", scored)
    if grounds and not bands:
        yield "judgement", "professional judgement needs bands: this checklist sets no level"


def _lookup(doc: Doc, place: Sequence[object]) -> Any:
    value: Any = doc
    for step in place:
        value = value[step]
    return value


def _unique_values(doc: Doc, places: Sequence[tuple[object, ...]],
                   prefix: tuple[object, ...] = ()) -> Iterator[Problem]:
    """Ids at ``places`` (inside ``doc``, which sits at ``prefix`` in the file) used twice."""
    seen: dict[object, tuple[object, ...]] = {}
    for place in places:
        value = _lookup(doc, place)
        if value in seen:
            yield place_of((*prefix, *place)), (f"'{value}' is used twice (first at "
                                                f"{place_of((*prefix, *seen[value]))})")
        else:
            seen[value] = place


def _item_problems(item: Doc, where: tuple[object, ...],
                   earlier: Mapping[str, Doc]) -> Iterator[Problem]:
    kind, choices = item["kind"], item.get("choices", [])
    if kind == "choice" and len(choices) < 2:
        yield place_of((*where, "choices")), "a choice item needs at least two choices"
    if kind != "choice" and "choices" in item:
        yield place_of((*where, "choices")), f"only a choice item has choices, not a {kind} one"
    yield from _unique_values(item, [("choices", c, "id") for c in range(len(choices))], where)
    for c, choice in enumerate(choices):
        if choice["id"] in NOT_GIVEN:
            yield place_of((*where, "choices", c, "id")), (
                f"'{choice['id']}' is an answer every item has already; choose another id")
    if item.get("scored") and kind != "yes_no":
        yield place_of((*where, "scored")), "only yes/no items can be scored"
    if "when" in item:
        yield from _condition_problems(item["when"], (*where, "when"), earlier,
                                       facts_only=False)


def _condition_problems(condition: Doc, where: tuple[object, ...], earlier: Mapping[str, Doc],
                        *, facts_only: bool) -> Iterator[Problem]:
    forms = [key for key in ("item", "fact", "any", "all") if key in condition]
    if len(forms) != 1:
        yield place_of(where), "a condition needs exactly one of 'item', 'fact', 'any' or 'all'"
        return
    form = forms[0]
    if form in ("any", "all"):
        stray = sorted(set(condition) - {form})
        if stray:
            yield place_of((*where, stray[0])), f"does not belong beside '{form}'"
        for n, inner in enumerate(condition[form]):
            yield from _condition_problems(inner, (*where, form, n), earlier,
                                           facts_only=facts_only)
        return
    if form == "fact":
        stray = sorted(set(condition) - {"fact", "equals", "includes"})
        if stray:
            yield place_of((*where, stray[0])), "does not belong in a condition on a fact"
        if ("equals" in condition) == ("includes" in condition):
            yield place_of(where), "a condition on a fact needs exactly one of 'equals' or " \
                                   "'includes'"
        return
    # A condition on an earlier answer.
    name = condition["item"]
    stray = sorted(set(condition) - {"item", "answer"})
    if stray:
        yield place_of((*where, stray[0])), "does not belong in a condition on an answer"
    if facts_only:
        yield place_of((*where, "item")), (
            "offer_when is decided before any item is answered: name a case fact (the "
            "caller gives another checklist's answers as facts such as "
            "'risk_identification.fears_others')")
        return
    if "answer" not in condition:
        yield place_of(where), "a condition on an answer needs 'answer'"
        return
    if name not in earlier:
        yield place_of((*where, "item")), (f"names an unknown item '{name}' (a condition can "
                                           "only name an item declared before it)")
        return
    target = earlier[name]
    if target["kind"] == "yes_no":
        allowed = set(YES_NO_ANSWERS)
    elif target["kind"] == "choice":
        allowed = {c["id"] for c in target.get("choices", [])} | set(NOT_GIVEN)
    else:
        yield place_of((*where, "item")), (f"'{name}' is a {target['kind']} item; a condition "
                                           "can only name a yes/no or choice item")
        return
    answers = condition["answer"]
    for n, answer in enumerate([answers] if isinstance(answers, str) else answers):
        if answer not in allowed:
            at = (*where, "answer") if isinstance(answers, str) else (*where, "answer", n)
            yield place_of(at), (f"'{answer}' is not an answer of '{name}' (one of: "
                                 + ", ".join(sorted(allowed)) + ")")


def _recommend_lists(doc: Doc) -> Iterator[tuple[tuple[object, ...], Sequence[str]]]:
    for key in ("bands", "guidance", "rules"):
        for n, entry in enumerate(doc.get(key, [])):
            yield (key, n, "recommend"), entry.get("recommend", [])
    for key in ("escalation", "repeat"):
        if key in doc:
            yield (key, "recommend"), doc[key]["recommend"]


def _range_problems(ranges: Sequence[Doc], key: str, scored: int) -> Iterator[Problem]:
    """Ranges of counts must start at 0, follow each other without gap or overlap, and end
    at the number of scored items (or be open at the top)."""
    if not ranges:
        return
    if scored == 0:
        yield key, "this checklist has no scored items, so there is nothing to count"
        return
    for n, entry in enumerate(ranges):
        for end in ("min", "max"):
            if entry.get(end, 0) > scored:
                yield place_of((key, n, end)), (f"{entry[end]} is above the item count (the "
                                                f"checklist has {scored} scored items)")
                return
        if "max" in entry and entry["max"] < entry["min"]:
            yield place_of((key, n, "max")), "is below min"
            return
    order = sorted(range(len(ranges)), key=lambda n: ranges[n]["min"])
    expected = 0
    for position, n in enumerate(order):
        entry = ranges[n]
        if entry["min"] < expected:
            yield place_of((key, n, "min")), f"overlaps the range that ends at {expected - 1}"
            return
        if entry["min"] > expected:
            yield place_of((key, n, "min")), f"leaves counts {expected} to {entry['min'] - 1} " \
                                             "without a range"
            return
        last = position == len(order) - 1
        if "max" not in entry:
            if not last:
                yield place_of((key, n)), "has no max, but another range starts above it"
                return
            expected = scored + 1
        else:
            expected = entry["max"] + 1
    if expected <= scored:
        yield place_of((key, order[-1], "max")), (f"leaves counts {expected} to {scored} "
                                                  "without a range")


def _band_levels(bands: Sequence[Doc]) -> Iterator[Problem]:
    order = sorted(range(len(bands)), key=lambda n: bands[n]["min"])
    previous = 0
    for n in order:
        rank = RiskLevel(bands[n]["level"]).rank
        if rank <= previous:
            yield place_of(("bands", n, "level")), ("each band must set a higher level than the "
                                                    "band below it")
            return
        previous = rank
