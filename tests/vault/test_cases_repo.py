"""The cases repository on real SQLCipher files: the schema, search over many scripts, the lazy
list (filters, sorts, scope), the search index kept in step with edits, key rotation and
backups with cases inside, and query plans that never sort a whole team's list."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from intake_app.domain.answers import DECLINED, Tri
from intake_app.domain.case_record import CaseFilter, CaseSort, CaseStatus, SortKey
from intake_app.domain.risk import RANK_SQL, RiskLevel
from intake_app.services.case_core import new_case_row, reference_for
from intake_app.services.session import Session
from intake_app.vault import database, migrate
from intake_app.vault.case_lists import ListCache, OrderedIds
from intake_app.vault.case_search import parse_query, phone_forms, search_doc
from intake_app.vault.cases_repo import CasesRepo, NewCase, Scope
from intake_app.vault.store import Vault
from tests.conftest import ADMIN

NAMES = {
    "Łucja Wiśniewska": ["lucja", "Łuc", "wisn", "WIŚ"],
    "فاطمة الزهراء": ["فاط", "فاطمه", "الزه"],
    "Ольга Иванова": ["оль", "ИВАН"],
    "अनीता शर्मा": ["अनी", "शर्मा"],
    "王芳": ["王", "芳", "王芳"],
    "আয়েশা বেগম": ["আয়ে", "বেগ"],
    "አበበች ተስፋዬ": ["አበ", "ተስ"],
    "Zoë Müller": ["zoe", "muller", "Zoë"],
    "Niamh O'Brien": ["o'bri", "brien", "niamh o"],
    "Nguyễn Thị Lan": ["nguyen", "thi la"],
}


def row(reference: str, name: object, *, owner: str = "cw1", team: str = "north",
        phone: str | None = None, status: CaseStatus = CaseStatus.OPEN,
        assigned_to: str | None = None, risk: RiskLevel | None = None,
        created_at: str = "2026-01-01T10:00:00Z", aliases: str | None = None) -> NewCase:
    values: dict[str, object] = {"survivor.names": name, "referral.source": "self"}
    if phone:
        values["contact.phones"] = ({"number": phone, "safe_to_call": Tri.YES},)
    if aliases:
        values["survivor.aliases"] = aliases
    return new_case_row(values, reference=reference, owner=owner, team=team,  # type: ignore[arg-type]
                        created_at=created_at, status=status, assigned_to=assigned_to,
                        risk_level=risk)


@pytest.fixture
def admin(open_as) -> Vault:
    return open_as(ADMIN)


def insert(vault: Vault, *cases: NewCase) -> list[int]:
    with vault.transaction() as conn:
        return [CasesRepo(conn).insert(c) for c in cases]


def test_migration_creates_the_case_tables(admin):
    conn = admin.conn
    assert migrate.current_version(conn) == migrate.latest_version() >= 2
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"cases", "case_data", "case_history", "case_drafts", "case_counters",
            "cases_fts"} <= names


def test_references_are_issued_once_per_year(admin):
    with admin.transaction() as conn:
        repo = CasesRepo(conn)
        assert repo.reserve_serials(2026) == 1
        assert repo.reserve_serials(2026, 10) == 2
        assert repo.reserve_serials(2026) == 12
        assert repo.reserve_serials(2027) == 1
    assert reference_for(2026, 123) == "CI-2026-000123"


def test_search_finds_names_in_every_script_by_prefix(admin):
    refs = {name: reference_for(2026, i) for i, name in enumerate(NAMES, 1)}
    ids = dict(zip(NAMES, insert(admin, *(row(refs[n], n) for n in NAMES)), strict=True))
    repo = CasesRepo(admin.conn)
    scope = Scope("cw1")
    for name, typed in NAMES.items():
        for text in typed:
            assert repo.list_ids(scope, CaseFilter(text=text)) == [ids[name]], (name, text)
    assert repo.list_ids(scope, CaseFilter(text="nobody")) == []


def test_search_by_phone_alias_and_reference(admin):
    a, b = insert(admin,
                  row("CI-2026-000123", "Amina Okafor", phone="07700 900123",
                      aliases="Amina O.\nA. Okafor-Mensah"),
                  row("CI-2026-000124", "Grace Mensah", phone="+44 20 7946 0999"))
    repo = CasesRepo(admin.conn)

    def find(text: str) -> list[int]:
        return repo.list_ids(Scope("cw1"), CaseFilter(text=text),
                             CaseSort(SortKey.CREATED, descending=False))

    for text in ("07700", "07700 900 1", "+44 7700 900123", "447700", "0044 7700"):
        assert find(text) == [a], text
    for text in ("020 7946", "02079460999", "+44 (0)20 7946"):
        assert find(text) == [b], text
    assert find("okafor-mens") == [a]  # alias
    assert find("CI-2026-000123") == [a]
    assert find("ci 2026 00012") == [a, b]
    assert find("CI-20") == [a, b]
    assert find("124") == [b]  # the short serial
    assert find("amina CI-2026-000124") == []  # every word must match
    assert find("mensah") == [a, b]


def test_typed_operators_are_searched_for_not_obeyed(admin):
    insert(admin, row("CI-2026-000001", "Ann Near"))
    repo = CasesRepo(admin.conn)
    for text in ('"', "*", "ann OR zed", "NEAR(ann", "ann)", "-ann", "ann:", "^ann", "''"):
        repo.list_ids(Scope("cw1"), CaseFilter(text=text))  # no FTS5 syntax error
    assert repo.list_ids(Scope("cw1"), CaseFilter(text="ann OR zed")) == []
    assert parse_query("  ").empty and parse_query("!! -- *").empty


def test_phone_forms_and_search_doc():
    assert phone_forms("07700 900123") == ["07700900123", "447700900123"]
    assert phone_forms("+44 (0)7700 900123") == ["447700900123", "07700900123"]
    assert phone_forms("call her sister") == []
    doc = search_doc({"survivor.names": DECLINED, "survivor.aliases": "王芳"}, "CI-2026-000100")
    assert doc.names == "" and "王 芳" in doc.aliases and doc.reference == "100"


def test_list_filters_sorts_and_scope(admin):
    cases = [
        row("CI-2026-000001", "Beth", owner="cw1", created_at="2026-01-01T10:00:00Z",
            risk=RiskLevel.HIGH),
        row("CI-2026-000002", "anna", owner="cw2", assigned_to="cw1",
            created_at="2026-01-02T10:00:00Z", risk=RiskLevel.STANDARD),
        row("CI-2026-000003", "Clara", owner="cw2", status=CaseStatus.CLOSED,
            created_at="2026-01-03T10:00:00Z", risk=RiskLevel.MEDIUM),
        row("CI-2026-000004", "Dora", owner="cw3", team="south",
            created_at="2026-01-04T10:00:00Z"),
        row("CI-2026-000005", "Ärna", owner="sup", created_at="2026-01-05T10:00:00Z"),
    ]
    one, two, three, four, five = insert(admin, *cases)
    repo = CasesRepo(admin.conn)
    team = Scope("sup", "north")
    assert repo.list_ids(team) == [five, three, two, one]  # newest first, no other team
    assert repo.list_ids(team, sort=CaseSort(SortKey.NAME, descending=False)) == [
        two, five, one, three]  # anna, arna (folded), beth, clara
    assert repo.list_ids(team, sort=CaseSort(SortKey.RISK)) == [one, three, two, five]
    assert repo.list_ids(team, sort=CaseSort(SortKey.STATUS, descending=False))[0] == three
    assert repo.list_ids(team, sort=CaseSort(SortKey.REFERENCE, descending=False)) == [
        one, two, three, five]
    assert repo.list_ids(team, CaseFilter(status=CaseStatus.CLOSED)) == [three]
    assert repo.list_ids(team, CaseFilter(assigned_to="cw1")) == [two]
    assert repo.list_ids(team, CaseFilter(unassigned=True)) == [five, three, one]
    assert repo.list_ids(team, CaseFilter(risk_level=RiskLevel.HIGH)) == [one]
    assert repo.list_ids(team, CaseFilter(mine=True)) == [five]
    assert repo.count(team) == 4 and repo.count(team, CaseFilter(text="a")) == 2
    # A caseworker sees what they own or are assigned, whatever the team.
    assert repo.list_ids(Scope("cw1")) == [two, one]
    assert repo.list_ids(Scope("cw3")) == [four]
    # rows_for keeps the order asked for and drops what the scope does not allow.
    rows = repo.rows_for(Scope("cw1"), [one, four, two, 999])
    assert [r.id for r in rows] == [one, two]
    assert rows[1].display_name == "anna" and rows[1].assigned_to == "cw1"
    assert rows[0].risk_level == "high" and rows[0].status is CaseStatus.OPEN


def test_a_supervisor_also_sees_own_cases_kept_in_another_team(admin):
    here, away = insert(admin, row("CI-2026-000001", "Here", owner="cw1"),
                        row("CI-2026-000002", "Away", owner="sup", team="south"))
    repo = CasesRepo(admin.conn)
    assert sorted(repo.list_ids(Scope("sup", "north"))) == [here, away]
    assert repo.list_ids(Scope("sup2", "south")) == [away]
    assert repo.rows_for(Scope("sup", "north"), [away])[0].display_name == "Away"


def test_search_index_follows_edits_and_forgets_old_names(admin):
    (case_id,) = insert(admin, row("CI-2026-000001", "Old Name", phone="07700 900001"))
    new = {"survivor.names": "New Name"}
    with admin.transaction() as conn:
        CasesRepo(conn).replace_search(case_id, search_doc(new, "CI-2026-000001"))
    repo = CasesRepo(admin.conn)
    assert repo.list_ids(Scope("cw1"), CaseFilter(text="old")) == []
    assert repo.list_ids(Scope("cw1"), CaseFilter(text="07700")) == []
    assert repo.list_ids(Scope("cw1"), CaseFilter(text="new na")) == [case_id]
    assert admin.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_history_is_append_only(admin):
    (case_id,) = insert(admin, row("CI-2026-000001", "A"))
    with pytest.raises(database.DatabaseError), admin.transaction() as conn:
        conn.execute("UPDATE case_history SET actor = 'x' WHERE case_id = ?", (case_id,))


def test_rotation_and_backup_carry_cases_and_the_search_index(admin, tmp_path):
    from intake_app.services.admin import AdminService

    rows = [row(reference_for(2026, i), f"Person{i} Zed", phone=f"07700 900{i:03d}")
            for i in range(1, 301)]
    with admin.transaction() as conn:
        CasesRepo(conn).bulk_insert(rows)
    before = database.table_counts(admin.conn)
    admin.rotate_data_key()
    after = database.table_counts(admin.conn)
    assert after.pop("audit") == before.pop("audit") + 1  # the rotation's own entry
    assert after == before
    assert database.integrity_problems(admin.conn) == []
    admin.conn.execute("INSERT INTO cases_fts (cases_fts) VALUES ('integrity-check')")
    repo = CasesRepo(admin.conn)
    assert len(repo.list_ids(Scope("cw1"), CaseFilter(text="person1"))) == 111
    assert len(repo.list_ids(Scope("cw1"), CaseFilter(text="07700 900 025"))) == 1
    report = AdminService(Session(admin)).verify()
    assert report.ok, report.problems
    AdminService(Session(admin)).backup(tmp_path / "cases.cibackup")
    assert (tmp_path / "cases.cibackup").exists()


def test_bulk_insert_matches_single_inserts(admin):
    cache = admin.conn.execute("PRAGMA cache_size").fetchone()[0]
    with admin.transaction() as conn:
        repo = CasesRepo(conn)
        repo.insert(row("CI-2026-000001", "Single One", phone="07700 900001"))
        assert repo.bulk_insert([row("CI-2026-000002", "Bulk Two", phone="07700 900002")]) == 1
        assert repo.bulk_insert([]) == 0
    repo = CasesRepo(admin.conn)
    one, two = repo.by_reference("CI-2026-000001"), repo.by_reference("CI-2026-000002")
    assert one and two and two.id == one.id + 1
    assert [len(repo.history(c.id)) for c in (one, two)] == [1, 1]
    assert repo.list_ids(Scope("cw1"), CaseFilter(text="bulk")) == [two.id]
    assert admin.conn.execute("PRAGMA cache_size").fetchone()[0] == cache  # restored


@pytest.mark.parametrize("sort", [SortKey.UPDATED, SortKey.NAME, SortKey.RISK, SortKey.STATUS,
                                  SortKey.CREATED, SortKey.REFERENCE])
def test_team_lists_are_read_in_index_order_without_sorting(admin, sort):
    """At 100,000 cases a sort of the whole team costs ~100 ms; an index read ~20 ms."""
    insert(admin, row("CI-2026-000001", "A"))
    repo = CasesRepo(admin.conn)
    captured: list[tuple[str, list[object]]] = []
    real = repo.conn

    class Spy:
        def execute(self, sql: str, params: object = ()) -> object:
            if sql.startswith("SELECT c.id FROM cases c"):
                captured.append((sql, list(params)))  # type: ignore[call-overload]
            return real.execute(sql, params)

    repo.conn = Spy()  # type: ignore[assignment]
    for filt in (CaseFilter(), CaseFilter(status=CaseStatus.OPEN),
                 CaseFilter(risk_level=RiskLevel.HIGH), CaseFilter(text="CI-2026-0")):
        repo.list_ids(Scope("sup", "north"), filt, CaseSort(sort))
    for sql, params in captured:
        plan = " ".join(r[3] for r in real.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "COVERING INDEX" in plan and "TEMP B-TREE" not in plan, (sql, plan)


def test_cached_views_give_the_same_answers_as_sqlite(admin):
    """Search-as-you-type filters a cached sorted list in Python; SQLite answers the same
    questions when nothing is cached. Both must agree, for every scope, sort and query."""
    rows = []
    for i in range(1, 241):
        owner = ("cw1", "cw2", "sup", "cw3")[i % 4]
        rows.append(row(reference_for(2026, i), f"{('Anna', 'Beth', 'Łucja')[i % 3]} No{i}",
                        owner=owner, team="south" if owner == "cw3" else "north",
                        phone=f"07700 900{i:03d}", assigned_to="cw1" if i % 5 == 0 else None,
                        status=CaseStatus.CLOSED if i % 7 == 0 else CaseStatus.OPEN,
                        risk=(RiskLevel.HIGH, None, RiskLevel.MEDIUM)[i % 3],
                        created_at=f"2026-01-{1 + i % 28:02d}T10:{i % 60:02d}:00Z"))
    with admin.transaction() as conn:
        CasesRepo(conn).bulk_insert(rows)
    plain = CasesRepo(admin.conn)
    cached = CasesRepo(admin.conn, ListCache())
    texts = ("", "a", "anna", "luc no1", "07700 900 1", "CI-2026-0001", "CI-2026-00012 anna",
             "12", "zzz", "CI-2027")
    for scope in (Scope("cw1"), Scope("sup", "north"), Scope("cw3")):
        for sort in (CaseSort(), CaseSort(SortKey.NAME, False), CaseSort(SortKey.RISK)):
            for filt in (CaseFilter(), CaseFilter(status=CaseStatus.OPEN),
                         CaseFilter(mine=True)):
                cached.list_ids(scope, filt, sort)  # the list is shown first
                for text in texts:
                    asked = replace(filt, text=text)
                    assert cached.list_ids(scope, asked, sort) == \
                        plain.list_ids(scope, asked, sort), (scope, sort, asked)


def test_ordered_ids_matching():
    ordered = OrderedIds(list(range(100, 0, -1)))
    assert ordered.matching({5, 50, 7, 1000}) == [50, 7, 5]
    assert ordered.matching(set(range(0, 200, 2))) == list(range(100, 0, -2))
    assert len(ordered) == 100


def test_caseworker_lists_are_read_from_covering_indexes(admin):
    """A caseworker's list unites two covering index reads (owned, assigned): no case row is
    fetched, however scattered their cases are among 100,000 others."""
    insert(admin, row("CI-2026-000001", "A"), row("CI-2026-000002", "B", owner="cw2",
                                                  assigned_to="cw1"))
    repo = CasesRepo(admin.conn)
    for sort in SortKey:
        for filt in (CaseFilter(), CaseFilter(status=CaseStatus.OPEN, risk_level=RiskLevel.HIGH),
                     CaseFilter(text="CI-2026-0 a")):
            sql, params = repo._select(Scope("cw1"), filt, parse_query(filt.text),
                                       order="c.id")
            plan = [r[3] for r in admin.conn.execute("EXPLAIN QUERY PLAN " + sql, params)]
            reads = [p for p in plan if p.startswith("SEARCH c")]
            assert len(reads) == 2 and all("COVERING INDEX" in p for p in reads), plan
            assert not any(p.startswith("SCAN c USING") or "PRIMARY KEY" in p for p in plan)
        assert len(repo.list_ids(Scope("cw1"), sort=CaseSort(sort))) == 2


def test_database_file_holds_no_case_text(admin, tmp_path: Path):
    marker = "Zxqvmarker Searchable"
    insert(admin, row("CI-2026-000001", marker, phone="07700 900777"))
    admin.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = (admin.paths.db).read_bytes()
    assert b"Zxqvmarker" not in raw and b"zxqvmarker" not in raw and b"900777" not in raw


def test_the_risk_sort_is_the_index_expression_stored_in_the_vault(admin):
    """SQLite reads cases_team_risk for the risk sort only while the ORDER BY repeats the
    index's expression; the expression in code is generated from RiskLevel, the index was
    written into migration 0002 by hand. Compare with what the vault itself holds."""
    (stored,) = admin.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'cases_team_risk'"
    ).fetchone()
    assert RANK_SQL in " ".join(stored.split()).replace("( ", "(")
    insert(admin, row("CI-2026-000001", "A", risk=RiskLevel.HIGH),
           row("CI-2026-000002", "B", risk=RiskLevel.STANDARD),
           row("CI-2026-000003", "C", risk=RiskLevel.MEDIUM), row("CI-2026-000004", "D"))
    repo = CasesRepo(admin.conn)
    captured: list[tuple[str, list[object]]] = []
    real = repo.conn

    class Spy:
        def execute(self, sql: str, params: object = ()) -> object:
            if sql.startswith("SELECT c.id FROM cases c"):
                captured.append((sql, list(params)))  # type: ignore[call-overload]
            return real.execute(sql, params)

    repo.conn = Spy()  # type: ignore[assignment]
    rising = CaseSort(SortKey.RISK, descending=False)
    ids = repo.list_ids(Scope("sup", "north"), CaseFilter(), rising)
    assert ids == [4, 2, 3, 1]  # not assessed < standard < medium < high
    ((sql, params),) = captured
    plan = " ".join(r[3] for r in real.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "cases_team_risk" in plan and "TEMP B-TREE" not in plan, plan


def test_review_due_filter_reads_the_sorted_team_indexes(admin):
    """The review-due filter is checked inside the list's covering team indexes (migration
    0005 added review_since to them), so a due list is read in index order, never sorted:
    bench/review_bench.py measures it at 100,000 cases."""
    insert(admin, row("CI-2026-000001", "A"), row("CI-2026-000002", "B"))
    repo = CasesRepo(admin.conn)
    due = CaseFilter(review_due=True)
    for sort in SortKey:
        for descending in (True, False):
            order = CaseSort(sort, descending)
            column = {SortKey.UPDATED: "c.updated_at", SortKey.NAME: "c.sort_name",
                      SortKey.RISK: RANK_SQL, SortKey.ASSIGNED: "coalesce(c.assigned_to, '')"}
            direction = "DESC" if descending else "ASC"
            by = f"{column[sort]} {direction}, c.id {direction}" if sort in column \
                else f"c.id {direction}"
            if sort is SortKey.STATUS:
                by = f"c.status {direction}, c.updated_at {direction}, c.id {direction}"
            sql, params = repo._select(Scope("sup", "north"), due, parse_query(""), order=by,
                                       due_cutoff="2026-01-01")
            plan = " ".join(r[3] for r in admin.conn.execute("EXPLAIN QUERY PLAN " + sql,
                                                              params))
            assert "COVERING INDEX cases_team" in plan, (sort, plan)
            if sort is not SortKey.ASSIGNED:  # no index sorts by assignee (as before)
                assert "TEMP B-TREE" not in plan, (sort, plan)
            assert len(repo.list_ids(Scope("sup", "north"), due, order,
                                     due_cutoff="2026-01-01")) == 2
    with pytest.raises(ValueError):
        repo.list_ids(Scope("sup", "north"), due)
