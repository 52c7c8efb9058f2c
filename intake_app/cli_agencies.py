"""``intake-app agencies list``: the agency directory as the vault holds it, for people (one
line per fact, every stored text passed through ``shown`` by the caller's ``say``) and as JSON.
No Qt; the directory comes from the same service as the GUI's (``services/directory.py``).

JSON: ``{"kinds": [{"id", "ref", "name", "version", "receives", "generalises",
"may_pass_to_immigration_enforcement", "facts": [{"id", "text", "last_reviewed"}]}],
"agencies": [{"id", "ref", "kind", "name", "version", "may_pass_to_immigration_enforcement",
"facts"}]}``; an agency's flag is the recipient's (its own or its kind's), its facts its own.
Texts are the directory's source texts (the command line speaks English).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from intake_app.domain.agencies import Directory, Fact, recipient_of
from intake_app.domain.text_rules import escaped


def _facts_json(facts: Iterable[Fact]) -> list[dict[str, str]]:
    return [{"id": f.id, "text": f.text.source, "last_reviewed": f.last_reviewed.isoformat()}
            for f in facts]


def directory_json(directory: Directory) -> dict[str, object]:
    return {
        "kinds": [{
            "id": k.id, "ref": k.ref, "name": k.name.source, "version": k.version,
            "receives": [c.value for c in k.receives], "generalises": list(k.generalises),
            "may_pass_to_immigration_enforcement": k.may_pass_to_immigration_enforcement,
            "facts": _facts_json(k.facts)} for k in directory.kinds],
        "agencies": [{
            "id": a.id, "ref": a.ref, "kind": a.kind, "name": a.name, "version": a.version,
            "may_pass_to_immigration_enforcement":
                recipient_of(directory, a.ref).may_pass_to_immigration_enforcement,
            "facts": _facts_json(a.facts)} for a in directory.agencies],
    }


def _flag(may: bool) -> str:
    return "MAY pass data to immigration enforcement" if may else \
        "not known to pass data to immigration enforcement"


def _fact_lines(facts: Iterable[Fact]) -> Iterator[str]:
    for fact in facts:
        yield f"    - {fact.text.source} (last reviewed {fact.last_reviewed.isoformat()})"


def directory_text(directory: Directory) -> Iterator[str]:
    """The directory for people, a line at a time (stored text escaped onto one line)."""
    yield f"Kinds ({len(directory.kinds)}):"
    for k in directory.kinds:
        yield (f"  {k.ref}  {escaped(k.name.source)} (version {k.version}): "
               f"{_flag(k.may_pass_to_immigration_enforcement)}")
        yield "    receives: " + (", ".join(c.value for c in k.receives) or "nothing")
        yield "    generalises: " + (", ".join(k.generalises) or "nothing")
        yield from (escaped(line) for line in _fact_lines(k.facts))
    yield f"Named agencies ({len(directory.agencies)}):"
    for a in directory.agencies:
        may = recipient_of(directory, a.ref).may_pass_to_immigration_enforcement
        yield (f"  {a.ref}  {escaped(a.name)} (a {a.kind}, version {a.version}): "
               f"{_flag(may)}")
        yield from (escaped(line) for line in _fact_lines(a.facts))
