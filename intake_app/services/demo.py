"""A demo vault full of synthetic cases, and a bulk loader for benchmarks.

Everything here is invented. Phone numbers come from Ofcom's ranges reserved for drama
(07700 900xxx, 020 7946 0xxx), so a demo can never ring a real person. Names are common names in
many scripts so that search, sorting and display are exercised the way a real caseload would.

``build_demo_vault`` goes through ``CaseService`` exactly as the app does (permissions, history,
audit). ``bulk_load_synthetic`` bypasses the service to insert 100,000 cases in one transaction
for benchmarks; it is never reachable from the GUI.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from intake_app.domain.answers import DECLINED, Answer, Tri
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.risk import RiskLevel
from intake_app.domain.roles import Role
from intake_app.services.case_core import new_case_row, reference_for, timestamp
from intake_app.services.cases import CaseService
from intake_app.services.demo_consent import add_consent_and_plans
from intake_app.services.demo_referrals import add_referrals
from intake_app.services.demo_risk import add_risk_history
from intake_app.services.session import Session
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit, crypto
from intake_app.vault.cases_repo import CasesRepo, NewCase
from intake_app.vault.store import Vault

TEAM = "north"

#: Demo logins. Keys: "admin", "supervisor", "caseworker" (the Role values) and "caseworker2".
DEMO_USERS: dict[str, tuple[str, str, Role]] = {
    "admin": ("admin", "demo admin passphrase 1", Role.ADMIN),
    "supervisor": ("grace", "demo supervisor passphrase 1", Role.SUPERVISOR),
    "caseworker": ("amara", "demo caseworker passphrase 1", Role.CASEWORKER),
    "caseworker2": ("joanna", "demo caseworker passphrase 2", Role.CASEWORKER),
}

# (name as she writes it, a Latin transliteration or other spelling, or "")
_NAMES: tuple[tuple[str, str], ...] = (
    ("Amina Okafor", ""), ("Maria da Silva", "Maria Silva"), ("Grace Mensah", ""),
    ("Fatou Diallo", ""), ("Niamh O'Brien", ""), ("Zoë Müller", "Zoe Mueller"),
    ("Ayşe Yılmaz", "Ayse Yilmaz"), ("Nguyễn Thị Lan", "Lan Nguyen"), ("Hodan Warsame", ""),
    ("Łucja Wiśniewska", "Lucja Wisniewska"), ("Zofia Dąbrowska", "Zofia Dabrowska"),
    ("Małgorzata Wójcik", "Gosia Wojcik"), ("Agnieszka Kozłowska", ""),
    ("فاطمة الزهراء", "Fatima Al-Zahra"), ("ليلى حداد", "Leila Haddad"),
    ("مريم عبد الله", "Maryam Abdullah"), ("عائشہ بی بی", "Ayesha Bibi"),
    ("Ольга Иванова", "Olga Ivanova"), ("Наталья Смирнова", "Natalia Smirnova"),
    ("Ірина Шевченко", "Iryna Shevchenko"), ("Ελένη Παπαδοπούλου", "Eleni Papadopoulou"),
    ("अनीता शर्मा", "Anita Sharma"), ("प्रिया पटेल", "Priya Patel"), ("सुनीता देवी", "Sunita Devi"),
    ("王芳", "Wang Fang"), ("李娜", "Li Na"), ("张敏", "Zhang Min"), ("陈静", "Chen Jing"),
    ("আয়েশা বেগম", "Ayesha Begum"), ("রুমানা খাতুন", "Rumana Khatun"),
    ("নাসরিন আক্তার", "Nasrin Akter"), ("አበበች ተስፋዬ", "Abebech Tesfaye"),
    ("ሕይወት ገብሩ", "Hiwot Gebru"), ("መሰረት ታደሰ", "Meseret Tadesse"),
)
_LANGUAGES = ("English", "Arabic", "Polish", "Russian, Ukrainian", "Hindi", "Mandarin",
              "Bengali, Sylheti", "Amharic", "Portuguese", "Somali", "Urdu, Punjabi", "Turkish")
_CHILD_NAMES = ("Sami", "Lena", "Adam", "Maya", "Yusuf", "Ola", "Kiran", "Mei", "Dawit", "Nina")
_SCHOOLS = ("Riverside Primary", "St Anne's Nursery", "Hillview Academy", "not in school")
_ABUSER_NAMES = ("Mark", "Tomasz", "Omar", "Sergei", "Raj", "Wei", "Abdul", "Daniel", "Yonas")
_IMMIGRATION = ("british_irish", "settled", "pre_settled", "partner_visa", "other_visa",
                "dv_concession", "asylum_seeker", "refugee", "no_leave", "not_sure")
_SOURCES = ("self", "police", "health", "social_care", "housing", "education", "voluntary",
            "friend_family")
_FORMS = ("physical", "sexual", "emotional", "coercive_control", "financial", "stalking",
          "online", "immigration", "honour", "forced_marriage", "dowry")
_NEEDS = ("housing", "legal", "immigration_advice", "financial", "benefits", "counselling",
          "children", "criminal_justice", "language")
_RISK: tuple[RiskLevel | None, ...] = (None, None, *RiskLevel)


def _tri(rng: random.Random) -> Answer:
    return rng.choice((Tri.YES, Tri.NO, Tri.UNSURE, Tri.NO, DECLINED))


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return f"07700 900{rng.randrange(1000):03d}"
    return f"020 7946 0{rng.randrange(1000):03d}"


def synthetic_values(rng: random.Random, today: date) -> dict[str, Answer]:
    """One invented intake. Some answers are DECLINED and many are left NOT_ASKED (absent)."""
    name, alias = rng.choice(_NAMES)
    values: dict[str, Answer] = {
        "referral.source": rng.choice(_SOURCES),
        "survivor.names": name if rng.random() > 0.03 else DECLINED,
        "consent.to_record": "given" if rng.random() > 0.05 else "refused",
        "consent.to_contact": rng.choice(("given", "given", "refused", DECLINED)),
        "survivor.languages": rng.choice(_LANGUAGES),
        "survivor.gender": "woman",
    }
    if alias:
        values["survivor.aliases"] = alias
    if rng.random() < 0.8:
        values["survivor.date_of_birth"] = today - timedelta(days=rng.randrange(17 * 365,
                                                                                70 * 365))
    elif rng.random() < 0.5:
        values["survivor.date_of_birth"] = DECLINED
    if rng.random() < 0.5:
        values["survivor.interpreter_needed"] = _tri(rng)
    phones = [{"number": _phone(rng), "whose": "her mobile", "safe_to_call": _tri(rng),
               "safe_to_text": _tri(rng), "safe_to_leave_voicemail": Tri.NO}
              for _ in range(rng.choice((0, 1, 1, 1, 2)))]
    if phones:
        values["contact.phones"] = tuple(phones)
        values["contact.code_word"] = rng.choice(("blue umbrella", "aunt Rose", "bread", DECLINED))
    if rng.random() < 0.6:
        values["address.abuser_knows"] = _tri(rng)
    if rng.random() < 0.6:
        status = rng.choice(_IMMIGRATION)
        values["immigration.status"] = status
        nrpf_likely = status in ("partner_visa", "no_leave")
        values["immigration.nrpf"] = Tri.YES if nrpf_likely else _tri(rng)
        if status in ("partner_visa", "other_visa", "pre_settled"):
            values["immigration.expiry_date"] = today + timedelta(days=rng.randrange(-60, 900))
        values["immigration.documents_held_by_abuser"] = _tri(rng)
    elif rng.random() < 0.3:
        values["immigration.status"] = DECLINED
    children = [{"name": rng.choice(_CHILD_NAMES), "age": str(rng.randrange(0, 17)),
                 "relationship": "hers_and_abusers", "school": rng.choice(_SCHOOLS)}
                for _ in range(rng.choice((0, 0, 1, 2, 3)))]
    if children:
        values["household.children"] = tuple(children)
    values["abuser.people"] = ({"name": rng.choice(_ABUSER_NAMES),
                                "relationship": rng.choice(("husband_wife", "partner",
                                                            "ex_partner", "in_law")),
                                "lives_with_her": _tri(rng)},)
    values["abuse.forms"] = tuple(rng.sample(_FORMS, rng.randrange(1, 4)))
    values["needs.areas"] = tuple(rng.sample(_NEEDS, rng.randrange(1, 4)))
    if rng.random() < 0.4:
        values["notes.free"] = "Synthetic demo case. No real person is described here."
    return values


class _DemoClock:
    """Time that moves forward a few hours per step, so the demo has months of history, but
    never past the real present (nothing may look recorded in the future)."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.limit = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, rng: random.Random) -> None:
        self.now = min(self.now + timedelta(minutes=rng.randrange(5, 60 * 8)), self.limit)


def build_demo_vault(data_dir: Path, count: int = 240, *, kdf: crypto.KdfParams | None = None,
                     seed: int = 2026) -> dict[str, tuple[str, str]]:
    """Create a vault in ``data_dir`` with an administrator, a supervisor and two
    caseworkers of one team, and ``count`` synthetic cases (a mix of open, closed and draft,
    assigned and unassigned, with edits so history exists, and incidents and risk assessments
    at every level on about half of them: ``services/demo_risk.py``; consent records in every
    state and safety plans on some: ``services/demo_consent.py``; referrals in every state,
    one blocked by the gate: ``services/demo_referrals.py``). Returns the demo logins:
    ``{"admin" | "supervisor" | "caseworker" | "caseworker2": (username, passphrase)}``.

    ``kdf``: production callers pass None (the vault calibrates); tests pass cheap params.
    """
    rng = random.Random(seed)  # noqa: S311 - invented data, not secrets
    # About two steps per case, four hours apart on average: end close to the present.
    clock = _DemoClock(datetime.now(UTC) - timedelta(hours=8 * count + 24))
    admin_name, admin_pass, _ = DEMO_USERS["admin"]
    vault, _recovery = Vault.create(Path(data_dir), admin_name, admin_pass, kdf=kdf,
                                    display_name="IT administrator", clock=clock)
    try:
        for key in ("supervisor", "caseworker", "caseworker2"):
            username, passphrase, role = DEMO_USERS[key]
            vault.add_user(username, role, passphrase, kdf=kdf, team=TEAM,
                           display_name=username.title())
    finally:
        vault.lock()
    workers = ["caseworker", "caseworker2", "supervisor"]
    refs: dict[str, list[str]] = {}
    for key in workers:
        username, passphrase, _ = DEMO_USERS[key]
        with Session(Vault.unlock(Path(data_dir), username, passphrase, clock=clock)) as session:
            service = CaseService(session)
            share = count // len(workers) + (1 if workers.index(key) < count % len(workers) else 0)
            refs[key] = []
            for _ in range(share):
                clock.advance(rng)
                refs[key].append(service.create_case(synthetic_values(rng, clock().date())))
            _edit_some(service, refs[key], rng, clock)
            add_risk_history(session, refs[key], rng, clock, lambda: clock.advance(rng))
            add_consent_and_plans(session, refs[key], rng, clock, lambda: clock.advance(rng))
    username, passphrase, _ = DEMO_USERS["supervisor"]
    with Session(Vault.unlock(Path(data_dir), username, passphrase, clock=clock)) as session:
        _supervise(session, CaseService(session), refs, rng, clock)
    worker_name, worker_pass, _ = DEMO_USERS["caseworker"]
    with Session(Vault.unlock(Path(data_dir), worker_name, worker_pass, clock=clock)) as worker, \
            Session(Vault.unlock(Path(data_dir), username, passphrase, clock=clock)) as sup:
        add_referrals(worker, sup, refs["caseworker"], clock, lambda: clock.advance(rng))
    return {key: (u, p) for key, (u, p, _role) in DEMO_USERS.items()}


def _edit_some(service: CaseService, refs: Sequence[str], rng: random.Random,
               clock: _DemoClock) -> None:
    for ref in rng.sample(list(refs), len(refs) // 3):
        clock.advance(rng)
        changes: dict[str, object] = {"contact.last_checked": clock().date()}
        if rng.random() < 0.5:
            changes["needs.urgent"] = "Needs a refuge space this week."
        if rng.random() < 0.3:
            changes["survivor.pronouns"] = rng.choice(("she/her", DECLINED))
        service.update_case(ref, changes)
        if rng.random() < 0.3:
            clock.advance(rng)
            service.update_case(ref, {"notes.free": "Follow-up call made; safe times confirmed."})


def _supervise(vault: VaultAccess, service: CaseService, refs: dict[str, list[str]],
               rng: random.Random, clock: _DemoClock) -> None:
    everyone = [r for rs in refs.values() for r in rs]
    workers = [DEMO_USERS[k][0] for k in ("caseworker", "caseworker2")]
    for ref in rng.sample(everyone, len(everyone) // 4):
        clock.advance(rng)
        service.assign(ref, rng.choice(workers))
    for ref in rng.sample(everyone, len(everyone) // 5):
        clock.advance(rng)
        service.set_status(ref, CaseStatus.CLOSED)
    for ref in rng.sample(everyone, max(1, len(everyone) // 20)):
        clock.advance(rng)
        if service.get_case(ref).status is CaseStatus.OPEN:
            service.set_status(ref, CaseStatus.DRAFT)


def bulk_load_synthetic(vault: Vault, count: int = 100_000, *, owners: Sequence[str],
                        team: str = TEAM, seed: int = 1) -> list[str]:
    """Insert ``count`` synthetic cases in one transaction with executemany (benchmarks).

    Bypasses the service's per-case audit: one "case.bulk_load" entry records the count.
    ``owners`` must be existing user names. Returns the new references.
    """
    rng = random.Random(seed)  # noqa: S311 - invented data, not secrets
    now = vault.clock()
    today = now.astimezone().date()
    with vault.transaction() as conn:
        repo = CasesRepo(conn)
        first = repo.reserve_serials(today.year, count)
        start = now - timedelta(minutes=count)
        rows: list[NewCase] = []
        for i in range(count):
            owner = owners[i % len(owners)]
            rows.append(new_case_row(
                synthetic_values(rng, today), reference=reference_for(today.year, first + i),
                owner=owner, team=team, created_at=timestamp(start + timedelta(minutes=i)),
                status=CaseStatus.CLOSED if rng.random() < 0.3 else CaseStatus.OPEN,
                assigned_to=owners[(i + 1) % len(owners)] if rng.random() < 0.3 else None,
                risk_level=rng.choice(_RISK)))
        repo.bulk_insert(rows)
        audit.append(conn, vault.user, "case.bulk_load", "", f"count={count}",
                     clock=vault.clock)
    return [r.reference for r in rows]
