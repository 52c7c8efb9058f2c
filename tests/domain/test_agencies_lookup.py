"""One resolved recipient as the consent rules' lookup (``domain/agencies/lookup.py``): it
answers for that recipient and its own kind only, and its facts version is the one the
vault's directory gives (consent records already kept carry it, so it must not drift)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from intake_app.domain.agencies import (
    Agency,
    Directory,
    Fact,
    RecipientAsLookup,
    facts_version,
    load_shipped,
    recipient_of,
)
from intake_app.domain.errors import NotFound
from intake_app.domain.i18n import Wording

KINDS = load_shipped().kinds
DIRECTORY = Directory(KINDS, (
    Agency("north-refuge", "refuge", "North Refuge", True,
           (Fact("own", Wording("Shares with the council."), date(2026, 1, 5)),)),))


def test_a_kind_answers_for_itself_only() -> None:
    police = RecipientAsLookup(recipient_of(DIRECTORY, "kind:police"))
    assert police.kind_of("kind:police") == "police"
    assert police.is_named("kind:police") is False
    assert police.may_pass_to_immigration("kind:police") is True
    for other in ("kind:refuge", "agency:north-refuge", "kind:polic", ""):
        with pytest.raises(NotFound):
            police.kind_of(other)


def test_a_named_agency_answers_for_itself_and_its_kind() -> None:
    refuge = recipient_of(DIRECTORY, "agency:north-refuge")
    lookup = RecipientAsLookup(refuge)
    assert lookup.kind_of("agency:north-refuge") == lookup.kind_of("kind:refuge") == "refuge"
    assert lookup.is_named("agency:north-refuge") and not lookup.is_named("kind:refuge")
    # the agency's own flag is raised above its kind's; the kind keeps its own
    assert lookup.may_pass_to_immigration("agency:north-refuge") is True
    assert lookup.may_pass_to_immigration("kind:refuge") is False
    assert lookup.facts_version("agency:north-refuge") == facts_version(refuge.facts)
    assert lookup.facts_version("kind:refuge") == facts_version(refuge.kind.facts)
    assert lookup.facts_version("agency:north-refuge") != lookup.facts_version("kind:refuge")
    with pytest.raises(NotFound):
        lookup.is_named("kind:police")


def test_the_facts_version_is_the_one_consent_records_already_carry() -> None:
    """Pinned to the value the services computed before the hash moved into the domain (a
    change would ask every woman who consented to be shown facts that did not change)."""
    facts = (Fact("no_firewall", Wording("No rule keeps it from immigration enforcement."),
                  date(2026, 11, 20)),
             Fact("ask", Wording("Ask an adviser first — «avant».", {"fr": "Demandez"}),
                  date(2026, 1, 2)))
    assert facts_version(facts) == "86a8d0806c4727a5"


def test_the_facts_version_changes_with_any_part_of_a_fact() -> None:
    facts = recipient_of(DIRECTORY, "kind:police").facts
    first = facts[0]
    changed = [replace(first, id="other"), replace(first, text=Wording("Other words.")),
               replace(first, last_reviewed=date(2020, 1, 1))]
    versions = {facts_version((c, *facts[1:])) for c in changed}
    assert facts_version(facts) not in versions and len(versions) == 3
    assert facts_version(()) != facts_version(facts)
