"""CaseService.create_cases on a real SQLCipher vault: all or nothing, validated like a
finished intake, the same roles as one case, and one "case.create" audit entry per case."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from intake_app.domain.errors import BatchInvalid, InvalidInput, PermissionDenied
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.vault import audit
from tests.conftest import ADMIN


def intake(name: str, **extra: object) -> dict[str, object]:
    return {"referral.source": "self", "survivor.names": name, "consent.to_record": "given",
            "consent.to_contact": "given", **extra}


@pytest.fixture
def as_user(open_as):
    def factory(user: str) -> CaseService:
        clock = lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # noqa: E731
        return CaseService(Session(open_as(user, clock=clock)))
    return factory


def entries(service: CaseService) -> list[tuple[str, str, str, str]]:
    with service.vault.read() as conn:
        return [(e.actor, e.action, e.target, e.detail) for e in audit.entries(conn)]


def test_a_batch_is_created_in_order_and_audited_like_single_cases(as_user):
    cw1 = as_user("cw1")
    first = cw1.create_case(intake("Before"))
    refs = cw1.create_cases([intake("One"), intake("Two", **{"notes.free": "n"}),
                             intake("Three")])
    assert first == "CI-2026-000001"
    assert refs == ["CI-2026-000002", "CI-2026-000003", "CI-2026-000004"]
    assert [cw1.get_case(r).get("survivor.names") for r in refs] == ["One", "Two", "Three"]
    record = cw1.get_case(refs[1])
    assert record.owner == "cw1" and record.team == "north" and record.status == "open"
    created = [e for e in entries(cw1) if e[1] == "case.create"]
    assert created[1:] == [
        ("cw1", "case.create", refs[0], "fields=consent.to_contact,consent.to_record,"
                                        "referral.source,survivor.names"),
        ("cw1", "case.create", refs[1], "fields=consent.to_contact,consent.to_record,"
                                        "notes.free,referral.source,survivor.names"),
        ("cw1", "case.create", refs[2], "fields=consent.to_contact,consent.to_record,"
                                        "referral.source,survivor.names"),
    ]
    assert not any("One" in e[3] or "Two" in e[3] for e in entries(cw1))  # no content


def test_one_bad_case_anywhere_creates_none_and_every_problem_is_named(as_user):
    cw1 = as_user("cw1")
    before = entries(cw1)
    bad = [intake("One"), intake("Two"),
           {"survivor.names": "Three", "survivor.date_of_birth": "2030-01-01"},
           intake("Four"), intake("Five", **{"referral.source": "nobody"})]
    with pytest.raises(BatchInvalid) as caught:
        cw1.create_cases(bad)
    problems = caught.value.problems
    assert sorted(problems) == [2, 4]
    assert sorted(problems[2]) == ["consent.to_contact", "consent.to_record",
                                   "referral.source", "survivor.date_of_birth"]
    assert [p.code for p in problems[2]["survivor.date_of_birth"]] == ["future_date"]
    assert [p.code for p in problems[4]["referral.source"]] == ["unknown_choice"]
    assert "case 3" in str(caught.value) and "case 5" in str(caught.value)
    assert cw1.count() == 0
    assert entries(cw1) == before  # not even a counter or an audit entry
    assert cw1.create_cases([intake("Later")]) == ["CI-2026-000001"]  # no serial was spent


def test_text_that_cannot_be_stored_refuses_the_batch(as_user):
    cw1 = as_user("cw1")
    with pytest.raises(BatchInvalid) as caught:
        cw1.create_cases([intake("One"), intake("T\x00wo")])
    assert [p.code for p in caught.value.problems[1]["survivor.names"]] == ["bad_characters"]
    assert cw1.count() == 0


def test_a_wrong_type_names_the_case_and_creates_none(as_user):
    cw1 = as_user("cw1")
    with pytest.raises(InvalidInput, match=r"^case 2: survivor.names: a value of the wrong "):
        cw1.create_cases([intake("One"), intake(5)])  # type: ignore[arg-type]
    assert cw1.count() == 0


def test_supervisors_may_import_and_administrators_may_not(as_user):
    assert as_user("sup").create_cases([intake("One")]) == ["CI-2026-000001"]
    admin = as_user(ADMIN)
    with pytest.raises(PermissionDenied):
        admin.create_cases([intake("Two")])
    with pytest.raises(PermissionDenied):
        admin.create_cases([{"nonsense": object()}])  # refused before any answer is read
    assert as_user("sup").count() == 1


def test_an_empty_batch_creates_nothing(as_user):
    cw1 = as_user("cw1")
    assert cw1.create_cases([]) == []
    assert cw1.create_cases([intake("One")]) == ["CI-2026-000001"]
