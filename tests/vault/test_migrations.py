"""Migrations against real old vault files kept as fixtures (one per released schema)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from intake_app.domain.errors import VaultDamaged, VaultTooNew
from intake_app.vault import audit, database, migrate
from intake_app.vault.backup import restore
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_migrations_are_numbered_without_gaps():
    versions = [v for v, _ in migrate.migrations()]
    assert versions == list(range(1, len(versions) + 1))


@pytest.mark.parametrize("version", [1, 3, 4, 5])
def test_old_vault_is_backed_up_then_migrated(tmp_path, version):
    source = FIXTURES / f"vault-v{version}"
    root = tmp_path / "data"
    shutil.copytree(source, root)
    recovery = (root / "RECOVERY-KEY.txt").read_text().strip()
    with Vault.unlock(root, ADMIN, ADMIN_PASS) as vault:
        assert migrate.current_version(vault.conn) == migrate.latest_version()
        assert database.integrity_problems(vault.conn) == []
        assert audit.verify(vault.conn) == []
        actions = [e.action for e in audit.entries(vault.conn)]
        # vault-v4 and v5 were made through the services: their logs hold their entries.
        assert ("case.create" if version >= 4 else "fixture.event") in actions
    backups = list((root / "backups").glob(f"pre-migration-v{version}-*.cibackup"))
    assert len(backups) == 1
    # The automatic backup holds the vault as it was before migrating.
    restored = tmp_path / "restored"
    manifest = restore(backups[0], restored, recovery, allow_unauthenticated=True)
    assert manifest["schema_version"] == version


def test_vault_from_a_newer_version_is_refused(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        vault.conn.execute(f"PRAGMA user_version = {migrate.latest_version() + 1}")
    before = (vault_dir / "vault.db").read_bytes()
    with pytest.raises(VaultTooNew):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
    assert (vault_dir / "vault.db").read_bytes() == before


def test_failed_migration_rolls_back(vault_dir, monkeypatch):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        latest = migrate.latest_version()
    every = migrate.migrations()
    broken = [*every, (latest + 1, "CREATE TABLE extra (x);\nTHIS IS NOT SQL;")]
    monkeypatch.setattr(migrate, "migrations", lambda: broken)
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, ADMIN, ADMIN_PASS)
    monkeypatch.setattr(migrate, "migrations", lambda: every)
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        assert migrate.current_version(vault.conn) == latest
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "extra" not in tables


def test_schema_4_vault_upgrades_with_cases_risk_levels_and_history(tmp_path):
    """vault-v4 (tests/fixtures/vault-v4/HOW-BUILT.md): two cases made at schema 4, with edits
    and risk levels, survive migration 0005 and take incidents and assessments after it."""
    from intake_app.domain.answers import Tri
    from intake_app.domain.case_record import CaseFilter
    from intake_app.domain.incidents import IncidentInput
    from intake_app.domain.review import ReviewReason
    from intake_app.domain.risk import RiskLevel
    from intake_app.services.assessments import AssessmentService
    from intake_app.services.cases import CaseService
    from intake_app.services.incidents import IncidentService
    from intake_app.services.session import Session

    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "vault-v4", root)
    with Vault.unlock(root, "casey", "casey passphrase for tests 1") as vault:
        assert migrate.current_version(vault.conn) == migrate.latest_version()
        assert database.integrity_problems(vault.conn) == []
        assert audit.verify(vault.conn) == []
        session = Session(vault)
        cases = CaseService(session)
        first = cases.get_case("CI-2026-000001")
        second = cases.get_case("CI-2026-000002")
        assert first.get("survivor.names") == "Amina Okafor"
        assert second.get("survivor.names") == "\u0141ucja Wi\u015bniewska"
        assert first.get("notes.free") == "Fixture case; invented."
        assert (first.risk_level, second.risk_level) == ("high", "medium")
        assert [h.seq for h in cases.history("CI-2026-000001")] == [1, 2, 3]
        assert [h.seq for h in cases.history("CI-2026-000002")] == [1, 2]
        assert cases.state_at("CI-2026-000001", 1).get("notes.free") != "Fixture case; invented."
        assert len(cases.list_ids(CaseFilter(risk_level=RiskLevel.HIGH))) == 1
        # Never assessed: both open cases are due for a first assessment.
        assessments = AssessmentService(session)
        state = assessments.review_due("CI-2026-000001")
        assert state.due and state.reason is ReviewReason.NEVER_ASSESSED
        assert len(cases.list_ids(CaseFilter(review_due=True))) == 2
        # The new tables work on the upgraded vault.
        IncidentService(session).add_incident("CI-2026-000002", IncidentInput(
            date=date(2026, 1, 5),
            summary="Invented incident.", police_involved=Tri.UNSURE))
        from intake_app.domain.checklists import load_checklists, shipped_checklists_dir

        risk = load_checklists(shipped_checklists_dir()).get("risk_identification")
        assessments.complete("CI-2026-000002", risk,
                             {item.id: "no" for item in risk.scored_items()})
        assert cases.get_case("CI-2026-000002").risk_level == "standard"
        assert len(cases.list_ids(CaseFilter(review_due=True))) == 1


def test_schema_5_vault_upgrades_and_takes_the_agency_directory(tmp_path):
    """vault-v5 (tests/fixtures/vault-v5/HOW-BUILT.md): cases, an incident, a MARAC date and
    an assessment made at schema 5 survive migration 0006; the directory is copied in on
    first use and takes a supervisor's named agency."""
    from intake_app.domain.agencies import SHIPPED_KIND_IDS, AgencyInput, load_shipped
    from intake_app.services.assessments import AssessmentService
    from intake_app.services.cases import CaseService
    from intake_app.services.directory import DirectoryService
    from intake_app.services.incidents import IncidentService
    from intake_app.services.session import Session

    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "vault-v5", root)
    with Vault.unlock(root, "casey", "casey passphrase for tests 1") as vault:
        assert migrate.current_version(vault.conn) == migrate.latest_version()
        assert database.integrity_problems(vault.conn) == []
        assert audit.verify(vault.conn) == []
        session = Session(vault)
        case = CaseService(session).get_case("CI-2026-000001")
        assert case.get("survivor.names") == "Amina Okafor" and case.risk_level == "high"
        incidents = IncidentService(session)
        assert [i.details.summary for i in incidents.list_incidents("CI-2026-000001")] == [
            "Invented incident."]
        assert [m.referred_on for m in incidents.marac_referrals("CI-2026-000001")] == [
            date(2026, 1, 31)]
        (record,) = AssessmentService(session).list_assessments("CI-2026-000001")
        assert record.checklist_id == "risk_identification" and record.outcome["score"] == 15
        assert vault.conn.execute("SELECT count(*) FROM directory_kinds").fetchone()[0] == 0
        kinds = DirectoryService(session, load_shipped()).list().kinds
        assert [k.id for k in kinds] == list(SHIPPED_KIND_IDS)
    with Vault.unlock(root, "susan", "susan passphrase for tests 1") as vault:
        directory = DirectoryService(Session(vault), load_shipped())
        assert directory.pending_updates() == ()
        added = directory.add_agency(AgencyInput("refuge", "Invented Refuge", False))
        assert directory.recipient_of(added.ref).kind.id == "refuge"
        assert audit.verify(vault.conn) == []


def test_schema_4_vault_takes_consent_records_and_safety_plans_after_0007(tmp_path):
    """The same fixture's cases, after migrations 0005 to 0007: consent and a safety plan."""
    from intake_app.domain.agencies import load_shipped
    from intake_app.domain.case_model import Sensitivity
    from intake_app.domain.consent import ConsentInput, ConsentState, Decision, How
    from intake_app.domain.safety_plan import SafetyPlanInput
    from intake_app.services.consent import ConsentService
    from intake_app.services.directory import DirectoryService
    from intake_app.services.directory_recipients import DirectoryRecipients
    from intake_app.services.safety_plan import SafetyPlanService
    from intake_app.services.session import Session

    root = tmp_path / "data"
    shutil.copytree(FIXTURES / "vault-v4", root)
    with Vault.unlock(root, "casey", "casey passphrase for tests 1") as vault:
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert {"consent_records", "safety_plans", "safety_plan_versions",
                "consent_records_no_update", "consent_records_no_delete",
                "safety_plan_versions_no_update"} <= tables
        session = Session(vault)
        consent = ConsentService(
            session, DirectoryRecipients(DirectoryService(session, load_shipped)))
        consent.record_consent("CI-2026-000001", ConsentInput(
            "kind:refuge", frozenset({Sensitivity.IDENTITY}), "Refuge referral",
            Decision.GIVEN, date(2026, 1, 5), How.WRITTEN))
        assert consent.consent_state("CI-2026-000001", "kind:refuge",
                                     Sensitivity.IDENTITY) is ConsentState.GIVEN
        plans = SafetyPlanService(session)
        plans.save_plan("CI-2026-000001", SafetyPlanInput({"notes": "Invented."}))
        assert [v.version for v in plans.plan_history("CI-2026-000001")] == [1]
        assert database.integrity_problems(vault.conn) == []
        assert audit.verify(vault.conn) == []
