"""After writing marker strings into the vault, no file under the data directory or the temp
directory contains them: not the database, its WAL, the key slots, backups or counters."""

from __future__ import annotations

import os
import tempfile
import uuid

from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS


def _files_containing(root, needles):
    hits = []
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError:
                continue
            if any(n in data for n in needles):
                hits.append(path)
    return hits


def test_markers_never_reach_disk_in_clear(vault_dir, tmp_path, monkeypatch):
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    marker = f"MARKER-{uuid.uuid4().hex}"
    needles = [marker.encode(), marker.encode("utf-16-le")]
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        with vault.transaction() as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
            conn.executemany("INSERT INTO notes VALUES (?)",
                             [(f"{marker} survivor story {i}",) for i in range(200)])
        # While open (WAL holds fresh pages) and after a checkpoint.
        assert _files_containing(vault_dir, needles) == []
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault.backup(vault_dir / "backups" / "copy.cibackup")
        with vault.transaction() as conn:
            conn.execute("DELETE FROM notes")
    assert (vault_dir / "backups" / "copy.cibackup").exists()
    assert _files_containing(vault_dir, needles) == []
    assert _files_containing(private_tmp, needles) == []
