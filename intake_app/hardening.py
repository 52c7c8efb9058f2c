"""Process hardening at start-up: no core dumps, not traceable by other processes where the
OS allows it, and owner-only permissions for every file the process creates."""

from __future__ import annotations

import contextlib
import os
import sys


def harden_process() -> list[str]:
    """Apply what this platform supports; returns the names of the measures applied."""
    applied: list[str] = []
    os.umask(0o077)
    applied.append("umask-077")
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        applied.append("no-core-dumps")
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            if libc.prctl(pr_set_dumpable, 0, 0, 0, 0) == 0:
                applied.append("not-dumpable")
    return applied
