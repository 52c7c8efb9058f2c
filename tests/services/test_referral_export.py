"""The referral PDF export through the service on real SQLCipher vaults: the file on disk
(pypdf reads the view's rows and the header's facts from it), its SHA-256 in the register
and the audit, a password export that opens only with its passphrase, a consent withdrawn
before the export sending the referral back with nothing written, the policy's refusals, an
unsafe place refused, a caseworker refused, and a failure after the file was written taking
the file away again.

Staff (tests/conftest.py): north team cw1 (caseworker) and sup (supervisor).
"""

from __future__ import annotations

import hashlib
import io
import stat
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from intake_app.domain.agencies import load_shipped
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.consent import Decision
from intake_app.domain.errors import (
    ExportNotAllowed,
    GateFailed,
    PasswordRequired,
    PermissionDenied,
    UnsafeLocation,
)
from intake_app.domain.referrals import State
from intake_app.domain.risk import RiskLevel
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.referral_export import ExportRules
from intake_app.services.referrals import ReferralService
from intake_app.services.session import Session
from intake_app.vault import audit
from intake_app.vault.referrals_repo import ReferralsRepo
from tests.services.test_referrals import CONTACT, ID, LOC, case_values, draft, give
from tests.services.test_risk_records import Clock, answers_for

SERVICE = "Northtown Women's Aid"


@dataclass
class Staff:
    session: Session
    cases: CaseService
    consent: ConsentService
    referrals: ReferralService
    assessments: AssessmentService


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rules(staff_vault_dir) -> ExportRules:
    return ExportRules(allowed=True, password_required=False, service_name=SERVICE,
                       data_dir=staff_vault_dir)


@pytest.fixture
def as_user(open_as, clock, rules):
    def factory(user: str, export_rules: ExportRules | None = None) -> Staff:
        session = Session(open_as(user, clock=clock))
        directory = DirectoryService(session, load_shipped)
        return Staff(session, CaseService(session),
                     ConsentService(session, DirectoryRecipients(directory)),
                     ReferralService(session, directory,
                                     lambda: load_checklists(shipped_checklists_dir()),
                                     export_rules=export_rules or rules),
                     AssessmentService(session))
    return factory


@pytest.fixture
def approved(as_user, clock):
    """cw1's case with her consent to the refuge, a referral cw1 drafted and submitted and
    sup approved: (cw1, sup, case reference, referral id)."""
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(case_values(clock.today))
    give(cw1, ref, clock.today, ID, CONTACT, LOC)
    referral = cw1.referrals.draft(ref, draft())
    cw1.referrals.submit(referral.id)
    sup = as_user("sup")
    sup.referrals.approve(referral.id)
    return cw1, sup, ref, referral.id


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder / "referral.pdf"


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def audit_of(staff: Staff) -> list[audit.AuditEntry]:
    with staff.session.read() as conn:
        return audit.entries(conn)


def register(staff: Staff, referral_id: int) -> list[str]:
    with staff.session.read() as conn:
        return [e.sha256 for e in ReferralsRepo(conn).exports(referral_id)]


def test_export_writes_the_view_and_its_header_and_registers_the_file(approved, out):
    _cw1, sup, _ref, referral_id = approved
    view = sup.referrals.view(referral_id)
    entries_before = audit_of(sup)
    done = sup.referrals.export_pdf(referral_id, out)
    data = out.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert done.sha256 == sha and done.path == out and done.password is None
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(data)
    for section in view.sections:
        for row in section.items:
            if hasattr(row, "text"):
                assert row.text.split("\n")[0] in text, row
    assert "Amina Okafor" in text and "Hidden Road" not in text
    assert f"R{referral_id}-1" in text and SERVICE in text and "Supervisor" in text
    assert "sup" not in text.split()  # the approver's role, never the login
    # The register and the audit carry the SHA-256 of the file on disk.
    assert register(sup, referral_id) == [sha]
    assert [e.sha256 for e in done.referral.exports] == [sha]
    last = audit_of(sup)[-1]
    assert last.action == "referral.export" and f"sha256={sha}" in last.detail
    assert f"id=R{referral_id}-1" in last.detail
    # The footer's chain head is the whole MAC of the entry before the export's own.
    head = entries_before[-1].mac.hex()
    assert head in "".join(text.split())


def test_a_second_export_is_the_next_number(approved, out):
    _cw1, sup, _ref, referral_id = approved
    sup.referrals.export_pdf(referral_id, out)
    second = out.with_name("again.pdf")
    done = sup.referrals.export_pdf(referral_id, second)
    assert f"R{referral_id}-2" in pdf_text(second.read_bytes())
    assert len(done.referral.exports) == 2
    assert register(sup, referral_id)[1] == hashlib.sha256(second.read_bytes()).hexdigest()


def test_the_risk_result_is_the_latest_level_producing_assessment(approved, out):
    cw1, sup, ref, referral_id = approved
    defn, answers = answers_for(RiskLevel.HIGH)
    cw1.assessments.complete(ref, defn, answers)
    screen, screen_answers = answers_for(None)  # a later screen that sets no level
    cw1.assessments.complete(ref, screen, screen_answers)
    text = pdf_text(sup.referrals.export_pdf(referral_id, out).path.read_bytes())
    assert f"High: score 15 ({defn.id}, version {defn.version})" in " ".join(text.split())


def test_the_basis_names_the_day_she_consented(approved, out, clock):
    _cw1, sup, _ref, referral_id = approved
    text = " ".join(pdf_text(sup.referrals.export_pdf(referral_id, out).path.read_bytes())
                    .split())
    assert f"Her consent, given on {clock.today:%d/%m/%Y}" in text


def test_a_password_export_opens_only_with_its_passphrase(approved, out):
    _cw1, sup, _ref, referral_id = approved
    done = sup.referrals.export_pdf(referral_id, out, with_password=True)
    assert done.password
    data = out.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("not the passphrase")
    assert "Amina Okafor" in pdf_text(data, done.password)
    assert done.password not in audit_of(sup)[-1].detail
    assert "password=yes" in audit_of(sup)[-1].detail
    assert register(sup, referral_id) == [hashlib.sha256(data).hexdigest()]


def test_a_consent_withdrawn_before_the_export_sends_it_back_and_writes_nothing(
        approved, out, clock):
    cw1, sup, ref, referral_id = approved
    give(cw1, ref, clock.today, ID, CONTACT, LOC, decision=Decision.WITHDRAWN)
    with pytest.raises(GateFailed) as refused:
        sup.referrals.export_pdf(referral_id, out)
    assert "consent" in refused.value.failed
    assert not out.exists() and list(out.parent.iterdir()) == []
    assert sup.referrals.get(referral_id).state is State.SUBMITTED
    assert register(sup, referral_id) == []
    assert "referral.export" not in [e.action for e in audit_of(sup)]


def test_export_allowed_false_refuses(approved, out, as_user, rules):
    *_, referral_id = approved
    sup = as_user("sup", replace(rules, allowed=False))
    with pytest.raises(ExportNotAllowed):
        sup.referrals.export_pdf(referral_id, out)
    assert not out.exists() and register(sup, referral_id) == []


def test_password_required_refuses_without_one(approved, out, as_user, rules):
    *_, referral_id = approved
    sup = as_user("sup", replace(rules, password_required=True))
    with pytest.raises(PasswordRequired):
        sup.referrals.export_pdf(referral_id, out)
    assert not out.exists() and register(sup, referral_id) == []
    assert sup.referrals.export_pdf(referral_id, out, with_password=True).password


def test_an_unsafe_place_is_refused(approved, staff_vault_dir, tmp_path):
    _cw1, sup, _ref, referral_id = approved
    for target in (staff_vault_dir / "referral.pdf", tmp_path / "beside.pdf"):
        with pytest.raises(UnsafeLocation):
            sup.referrals.export_pdf(referral_id, target)
        assert not target.exists()
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    with pytest.raises(UnsafeLocation):
        sup.referrals.export_pdf(referral_id, synced / "referral.pdf")
    assert register(sup, referral_id) == []


def test_a_caseworker_cannot_export(approved, out):
    cw1, _sup, _ref, referral_id = approved
    with pytest.raises(PermissionDenied):
        cw1.referrals.export_pdf(referral_id, out)
    assert not out.exists()


def test_a_failure_after_the_file_was_written_removes_it(approved, out, monkeypatch):
    _cw1, sup, _ref, referral_id = approved
    seen: list[bool] = []

    def failing(self, *args, **kwargs):
        seen.append(out.exists())  # the file is on disk when the register is written
        raise OSError("the register could not be written")

    monkeypatch.setattr(ReferralsRepo, "add_export", failing)
    with pytest.raises(OSError):
        sup.referrals.export_pdf(referral_id, out)
    assert seen == [True]
    assert not out.exists() and list(out.parent.iterdir()) == []
    monkeypatch.undo()
    assert register(sup, referral_id) == []
