"""A writer process for the crash test: commits numbered audit entries and reports each one
on stdout only after its transaction committed."""

from __future__ import annotations

import sys
from pathlib import Path

from intake_app.vault import crypto
from intake_app.vault.store import Vault

if __name__ == "__main__":
    crypto.allow_weak_kdf_for_tests()
    data_dir, user, secret, start = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    vault = Vault.unlock(data_dir, user, secret)
    i = start
    while True:
        with vault.transaction() as conn:
            conn.execute("INSERT INTO filler (n, blob) VALUES (?, randomblob(200 + ? % 3000))",
                         (i, i))
            from intake_app.vault import audit

            audit.append(conn, user, "test.write", str(i))
        sys.stdout.write(f"{i}\n")
        sys.stdout.flush()
        i += 1
