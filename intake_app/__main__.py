"""Entry point: ``intake-app`` / ``python -m intake_app`` (GUI) and ``intake-app admin ...``."""

from __future__ import annotations

import sys

_CLI_WORDS = {"admin", "self-test", "demo", "checklists", "agencies", "case", "incident", "assess",
              "consent",
              "--version", "-h", "--help"}


def main(argv: list[str] | None = None) -> int:
    from intake_app import netguard
    from intake_app.hardening import harden_process

    netguard.install()
    harden_process()
    args = sys.argv[1:] if argv is None else argv
    if any(a in _CLI_WORDS for a in args):
        from intake_app.cli import run

        return run(args)
    from intake_app.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
