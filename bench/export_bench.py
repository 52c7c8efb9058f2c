"""The referral PDF export: the first export (the shipped fonts read and registered with
reportlab), one export's median once the fonts are loaded, and 100 exports in a batch.

Each export is the whole of ``ReferralService.export_pdf`` on a real vault: the gate read
again, the redacted view, the header, the PDF rendered and re-saved through pikepdf, the
file written atomically (fsync), and the register and audit entries, in one transaction.
The renderer alone (``render_referral`` on the same view and header) is timed beside it, so
the ratio shows what the vault and the disk add. Target: median export <= 100 ms.

Run: ``python -m bench.export_bench`` (a fresh process, so the first export pays for the
fonts: ``fonts_cold`` says whether they were still unloaded when it started).
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from bench.timing import median_ms
from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.domain.roles import Role
from intake_app.export import fonts
from intake_app.export.header import ExportHeader
from intake_app.export.render import render_referral
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.referral_export import ExportRules
from intake_app.services.referrals import ReferralService
from intake_app.services.session import Session
from intake_app.vault import crypto
from intake_app.vault.store import Vault

TARGET_MS = 100
BATCH = 100
PASS = "bench passphrase for export 1"
PURPOSE = "Refuge space"


def _ms(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def _service(session: Session, data_dir: Path) -> tuple[ReferralService, CaseService,
                                                         ConsentService]:
    directory = DirectoryService(session, load_shipped)
    rules = ExportRules(allowed=True, password_required=False,
                        service_name="Bench Women's Aid", data_dir=data_dir)
    return (ReferralService(session, directory, lambda: load_checklists(
        shipped_checklists_dir()), export_rules=rules), CaseService(session),
        ConsentService(session, DirectoryRecipients(directory)))


def _approved_referral(root: Path) -> int:
    """A case with her consent to a refuge and a referral a caseworker drafted and
    submitted and a supervisor approved."""
    vault, _recovery = Vault.create(root, "admin", PASS, kdf=crypto.TEST_PARAMS)
    try:
        vault.add_user("cw", Role.CASEWORKER, PASS, kdf=crypto.TEST_PARAMS)
        vault.add_user("sup", Role.SUPERVISOR, PASS, kdf=crypto.TEST_PARAMS)
    finally:
        vault.lock()
    today = date.today()
    with Vault.unlock(root, "cw", PASS) as vault:
        referrals, cases, consent = _service(Session(vault), root)
        ref = cases.create_case({
            "referral.source": "self", "survivor.names": "Bench Survivor",
            "consent.to_record": "given", "consent.to_contact": "given",
            "contact.last_checked": today.strftime("%d/%m/%Y"),
            "immigration.status": "british_irish", "address.postcode": "LS6 2AB",
            "survivor.languages": "English, Polish",
            "notes.free": "An invented note for the bench. " * 20})
        consent.record_consent(ref, ConsentInput(
            recipient="kind:refuge", classes=frozenset({
                Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.LOCATION}),
            purpose=PURPOSE, decision=Decision.GIVEN, decided_on=today, how=How.VERBAL))
        referral = referrals.draft(ref, {
            "recipient": "kind:refuge", "classes": ["identity", "contact", "location"],
            "purpose": PURPOSE, "reason": "She needs a safe place to stay this week. " * 8,
            "assessment": None, "do_not_tell": ["Her husband", "His brother"],
            "legal_basis": None,
            "answers": {"told_what_and_whom": "yes", "told_in_language": "en"}})
        referrals.submit(referral.id)
    with Vault.unlock(root, "sup", PASS) as vault:
        _service(Session(vault), root)[0].approve(referral.id)
    return referral.id


def run() -> dict[str, object]:
    crypto.allow_weak_kdf_for_tests()  # measures the export, not the KDF
    with tempfile.TemporaryDirectory(prefix="intake-export-") as tmp:
        root = Path(tmp) / "vault"
        out = Path(tmp) / "exports"
        out.mkdir()
        referral_id = _approved_referral(root)
        with Vault.unlock(root, "sup", PASS) as vault:
            referrals = _service(Session(vault), root)[0]
            cold = fonts.shipped.cache_info().currsize == 0
            numbers = iter(range(1_000_000))

            def one() -> None:
                referrals.export_pdf(referral_id, out / f"r{next(numbers)}.pdf")

            first = round(_ms(one), 2)
            median = median_ms(one)
            view = referrals.view(referral_id)
            header = ExportHeader("R1-1", date.today(), None, "Her consent, given today",
                                  "Bench Women's Aid", "Supervisor", "ab" * 32)
            render = median_ms(lambda: render_referral(view, header))
            start = time.perf_counter()
            for _ in range(BATCH):
                one()
            batch_s = time.perf_counter() - start
            pages = len(PdfReader(out / "r0.pdf").pages)
            exports = len(referrals.get(referral_id).exports)
    per_export = batch_s * 1000 / BATCH
    return {
        "pages": pages, "exports_registered": exports, "fonts_cold": cold,
        "first_export_ms": first, "export_median_ms": median, "render_only_median_ms": render,
        f"batch_{BATCH}_s": round(batch_s, 2), "batch_per_export_ms": round(per_export, 2),
        "first_over_median": round(first / median, 2),
        "median_over_render": round(median / render, 2),
        "batch_per_export_over_median": round(per_export / median, 2),
        "target": f"median export <= {TARGET_MS} ms", "met": median <= TARGET_MS,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
