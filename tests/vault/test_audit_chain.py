"""The audit chain catches edited, deleted and reordered entries."""

from __future__ import annotations

import pytest

from intake_app.services.session import Session
from intake_app.vault import audit
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS


def _drop_guards(conn):
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")


@pytest.fixture
def vault(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as v:
        for i in range(5):
            v.append_audit("test.event", f"t{i}", f"n={i}")
        yield v


def test_intact_chain_verifies(vault):
    assert audit.verify(vault.conn) == []


def test_append_only_triggers(vault):
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError):
        vault.conn.execute("UPDATE audit SET detail = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.conn.execute("DELETE FROM audit WHERE seq = 2")


def test_edited_entry_is_reported(vault):
    _drop_guards(vault.conn)
    vault.conn.execute("UPDATE audit SET detail = 'n=99' WHERE target = 't2'")
    problems = audit.verify(vault.conn)
    assert any("altered" in p for p in problems)


def test_deleted_entry_is_reported(vault):
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit WHERE target = 't2'")
    problems = audit.verify(vault.conn)
    assert any("missing" in p for p in problems)


def test_reordered_entries_are_reported(vault):
    _drop_guards(vault.conn)
    rows = vault.conn.execute(
        "SELECT seq, ts, actor, action, target, detail, prev_mac, mac FROM audit "
        "WHERE target IN ('t1', 't2') ORDER BY seq").fetchall()
    (s1, *r1), (s2, *r2) = rows
    vault.conn.execute("DELETE FROM audit WHERE seq IN (?, ?)", (s1, s2))
    vault.conn.execute("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?)", (s1, *r2))
    vault.conn.execute("INSERT INTO audit VALUES (?,?,?,?,?,?,?,?)", (s2, *r1))
    assert audit.verify(vault.conn)


def test_removed_newest_entries_are_reported(vault):
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    assert any("newest" in p for p in audit.verify(vault.conn))


def test_chain_survives_key_rotation(vault):
    vault.rotate_data_key()
    vault.append_audit("after.rotation")
    assert audit.verify(vault.conn) == []


def test_deleting_every_entry_is_reported(vault):
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit")
    assert any("newest" in p for p in audit.verify(vault.conn))


# --- what someone holding the data key could do before, and is now caught --------------------

def _admin_report(root):
    from intake_app.services.admin import AdminService

    with Vault.unlock(root, ADMIN, ADMIN_PASS, readonly=True) as v:
        return AdminService(Session(v)).verify()


def test_a_cut_tail_with_a_moved_head_is_caught_by_the_head_kept_outside(vault_dir):
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as v:
        for i in range(4):
            v.append_audit("test.event", f"t{i}")
    # Signing out recorded the head in keyslots.json. Now someone with the data key edits the
    # database directly: drop the last entries and move the stored head to match.
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as v:
        conn = v.conn
        last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        _drop_guards(conn)
        conn.execute("DELETE FROM audit WHERE seq > ?", (last - 3,))
        seq, mac = conn.execute("SELECT seq, mac FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'",
                     (f"{seq}:{bytes(mac).hex()}".encode(),))
        conn.executescript("""
            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;""")
        assert audit.verify(conn) == []  # the chain alone looks intact
        v._stamp_on_lock = False  # the attacker's own script does not sign out through us
    report = _admin_report(vault_dir)
    assert not report.ok
    assert any("rolled back" in p for p in report.problems)


def test_an_emptied_log_is_caught(vault):
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit")
    vault.conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    assert any("empty" in p for p in audit.verify(vault.conn))


def test_removed_oldest_entries_are_caught(vault):
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit WHERE seq <= 2")
    vault.conn.execute("UPDATE audit SET seq = seq - 2")
    assert any("creation" in p for p in audit.verify(vault.conn))


def test_dropped_append_only_triggers_are_caught(vault):
    _drop_guards(vault.conn)
    problems = audit.verify(vault.conn)
    assert any("append-only" in p for p in problems)
