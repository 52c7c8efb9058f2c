"""Run the real CLI in a subprocess with cheap test KDF parameters.

Optional fault injection for crash tests: ``INTAKE_TEST_KILL_AT=N`` sends SIGKILL to this
process at the N-th file-system step (rename, fsync, link, unlink, write of a key file), so a
test can stop a key operation at every point it can stop in real life. Only this test helper
reads that variable; the application never does.
"""

from __future__ import annotations

import os
import signal
import sys

from intake_app import netguard
from intake_app.cli import run
from intake_app.vault import crypto

_steps = 0


def _install_killer(kill_at: int) -> None:
    def wrap(module: object, name: str) -> None:
        original = getattr(module, name)

        def counted(*args: object, **kwargs: object) -> object:
            global _steps
            _steps += 1
            if _steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)

        setattr(module, name, counted)

    for name in ("replace", "fsync", "link", "unlink", "rename"):
        wrap(os, name)


if __name__ == "__main__":
    netguard.install()
    crypto.allow_weak_kdf_for_tests()
    kill_at = int(os.environ.get("INTAKE_TEST_KILL_AT", "0"))
    if kill_at:
        _install_killer(kill_at)
    code = run(sys.argv[1:], kdf=crypto.TEST_PARAMS)
    if kill_at:
        print(f"steps={_steps}", file=sys.stderr)
    sys.exit(code)
