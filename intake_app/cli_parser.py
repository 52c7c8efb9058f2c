"""The command line's grammar: every command, its options and their help, and ``parse``,
which finds ``--data-dir`` wherever it stood. What each command does is in ``cli.py``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from intake_app import APP_NAME, __version__
from intake_app.domain.consent import How
from intake_app.domain.roles import Role
from intake_app.domain.text_rules import escaped

_DATA_DIR_HELP = "the vault folder (default: policy or platform default); before or after " \
                 "the command"
#: One namespace attribute per depth of the command tree: argparse copies a subcommand's
#: values over its parent's, so a shared one would silently lose "--data-dir" given before.
_DATA_DIR_DESTS = ("data_dir_0", "data_dir_1", "data_dir_2")


def _data_dir_option(parser: argparse.ArgumentParser, depth: int) -> argparse.ArgumentParser:
    parser.add_argument("--data-dir", dest=_DATA_DIR_DESTS[depth], action="append", type=Path,
                        metavar="DIR", help=_DATA_DIR_HELP,
                        default=None if depth == 0 else argparse.SUPPRESS)
    return parser


def _command(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, depth: int,
             help: str) -> argparse.ArgumentParser:
    """A subcommand parser that also takes ``--data-dir`` (``depth``: 1 for admin, 2 for
    admin's own commands)."""
    return _data_dir_option(sub.add_parser(name, help=help), depth)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intake-app", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _data_dir_option(parser, 0)
    sub = parser.add_subparsers(dest="command")
    _command(sub, "self-test", 1, help="check encryption, key derivation, fonts, network guard")
    demo = _command(sub, "demo", 1, help="create a demo vault with synthetic cases")
    demo.add_argument("--cases", type=int, default=240)
    checklists = _command(sub, "checklists", 1, help="checklist definitions").add_subparsers(
        dest="checklists_command", required=True)
    p = _command(checklists, "list", 2, help="the checklists loaded and the files refused")
    p.add_argument("--json", action="store_true")

    agencies = _command(sub, "agencies", 1, help="the agency directory").add_subparsers(
        dest="agencies_command", required=True)
    p = _command(agencies, "list", 2, help="kinds and named agencies with their default "
                                           "classes, generalisations, immigration flag and facts")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--json", action="store_true")

    case = _command(sub, "case", 1, help="case work for scripts: import and show").add_subparsers(
        dest="case_command", required=True)
    p = _command(case, "import", 2, help="create cases from a file, one per line, all or "
                                         "nothing; prints their references")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--file", required=True, type=Path, help="CASES.jsonl: one case a line, "
                                                            "field keys as in the vault")
    p = _command(case, "show", 2, help="one case (audited as a view)")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--ref", required=True)
    p.add_argument("--json", action="store_true",
                   help='print {"reference", "status", "values"}; "values" is an import line')

    incident = _command(sub, "incident", 1, help="a case's incident log").add_subparsers(
        dest="incident_command", required=True)
    p = _command(incident, "add", 2, help="log an incident from INCIDENT.json")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--ref", required=True)
    p.add_argument("--file", required=True, type=Path, help="INCIDENT.json")

    p = _command(sub, "assess", 1, help="complete a risk checklist for a case from "
                                        "ANSWERS.json; prints the outcome as JSON")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--ref", required=True)
    p.add_argument("--checklist", required=True, metavar="ID", help="see 'checklists list'")
    p.add_argument("--answers", required=True, type=Path, help="ANSWERS.json")
    p.add_argument("--judgement", metavar="LEVEL", choices=("standard", "medium", "high"),
                   help="professional judgement: raise the level to LEVEL (never lower)")
    p.add_argument("--reason", default="", help="why (needed with --judgement)")
    p.add_argument("--ground", dest="grounds", action="append", default=[], metavar="ID",
                   help="an offered ground for the judgement (immigration, language, "
                        "extreme_fear); may be repeated")

    consent = _command(sub, "consent", 1, help="a case's consent records").add_subparsers(
        dest="consent_command", required=True)
    p = _command(consent, "record", 2, help="record her decision about sharing some kinds of "
                                            "information with one recipient")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--ref", required=True)
    p.add_argument("--to", required=True, metavar="RECIPIENT",
                   help="kind:<kind id> (covers its named agencies) or agency:<agency id>")
    p.add_argument("--classes", required=True, metavar="C1,C2",
                   help="kinds of information, by class: identity, contact, location, ...")
    p.add_argument("--purpose", required=True, metavar="TEXT", help="what it is shared for")
    decision = p.add_mutually_exclusive_group(required=True)
    for word in ("given", "refused", "withdrawn"):
        decision.add_argument(f"--{word}", dest="decision", action="store_const", const=word)
    p.add_argument("--how", required=True, choices=[h.value for h in How])
    p.add_argument("--on", metavar="DATE", help="the day she decided (default: today)")
    p.add_argument("--expires", metavar="DATE",
                   help="the last day a consent given holds")
    p.add_argument("--language", metavar="L", help="the language it was discussed in")
    p.add_argument("--interpreter", metavar="NAME")
    p.add_argument("--interpreter-independent", choices=("yes", "no"),
                   help="whether the interpreter is independent of her family and community "
                        "(needed with --interpreter)")
    p.add_argument("--facts-shown", action="store_true",
                   help="she was shown the recipient's facts about where her information "
                        "could go (needed to record consent given to a recipient that may "
                        "pass data to immigration enforcement)")

    _referral_commands(sub)

    admin = _command(sub, "admin", 1, help="administration commands").add_subparsers(
        dest="admin_command", required=True)

    p = _command(admin, "init", 2, help="create a vault and its first administrator")
    p.add_argument("--user", required=True)
    p = _command(admin, "add-user", 2, help="add a staff account")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--team", default="default")
    p = _command(admin, "disable-user", 2, help="disable an account and remove its key slot")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--user", required=True)
    p = _command(admin, "list-users", 2, help="list staff accounts")
    p.add_argument("--as", dest="actor", required=True)
    p = _command(admin, "passwd", 2, help="change a passphrase")
    p.add_argument("--user", required=True)
    p = _command(admin, "recover", 2, help="set a new passphrase using the recovery key")
    p.add_argument("--user", required=True)
    p = _command(admin, "verify", 2, help="check integrity and the audit chain")
    p.add_argument("--as", dest="actor", required=True)
    p = _command(admin, "backup", 2, help="write a verified encrypted backup")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--out", required=True, type=Path)
    p = _command(admin, "restore", 2, help="restore a backup into an empty folder")
    p.add_argument("--from", dest="source", required=True, type=Path)
    p.add_argument("--allow-unauthenticated", action="store_true",
                   help="also restore a backup that carries no authentication code (written "
                        "by an earlier version): only one you know is yours")
    p = _command(admin, "rotate-key", 2, help="re-encrypt the vault under a new data key")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--drop-unpinned", action="store_true",
                   help="also cut off accounts not yet proved since an upgrade (each then "
                        "needs 'admin recover')")
    p = _command(admin, "audit", 2, help="print the audit log")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--json", action="store_true")
    return parser


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments, with ``data_dir`` the one folder given (None when none was), wherever
    on the line ``--data-dir`` stood. Two different folders are a usage error (exit 2)."""
    args = parser.parse_args(argv)
    given: list[Path] = []
    for dest in _DATA_DIR_DESTS:
        given += getattr(args, dest, None) or []
        if hasattr(args, dest):
            delattr(args, dest)
    folders = list(dict.fromkeys(Path(os.path.abspath(p)) for p in given))
    if len(folders) > 1:
        parser.error("--data-dir was given more than once, with different folders ("
                     + ", ".join(escaped(p) for p in given) + "): give it once")
    args.data_dir = given[0] if given else None
    return args


def _referral_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    referral = _command(sub, "referral", 1, help="safe referrals: draft, check, submit, a "
                                                 "supervisor's steps, the redacted view "
                                                 "and its PDF")
    steps = referral.add_subparsers(dest="referral_command", required=True)
    p = _command(steps, "draft", 2, help="draft a referral from DRAFT.json; prints its id")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--ref", required=True)
    p.add_argument("--file", required=True, type=Path, help="DRAFT.json (see the README)")
    p = _command(steps, "check", 2, help="every check of the gate and what would satisfy it; "
                                         "exit 0 when the gate passes, 1 when not")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--id", dest="referral", required=True, type=int)
    p.add_argument("--json", action="store_true")
    for name, help_text in (("submit", "submit a draft (or a returned referral) for approval"),
                            ("approve", "approve a submitted referral (supervisors; never "
                                        "one you drafted)")):
        p = _command(steps, name, 2, help=help_text)
        p.add_argument("--as", dest="actor", required=True)
        p.add_argument("--id", dest="referral", required=True, type=int)
    for name, help_text in (("return", "send a submitted referral back to its author with "
                                       "your request (supervisors)"),
                            ("reject", "reject a submitted referral (supervisors)"),
                            ("revoke", "revoke an approved referral; if it was exported, the "
                                       "register records that the recipient was asked to "
                                       "delete it (supervisors)")):
        p = _command(steps, name, 2, help=help_text)
        p.add_argument("--as", dest="actor", required=True)
        p.add_argument("--id", dest="referral", required=True, type=int)
        p.add_argument("--reason", required=True, metavar="TEXT")
    p = _command(steps, "show", 2, help="the redacted view, exactly as it would be exported")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--id", dest="referral", required=True, type=int)
    p.add_argument("--json", action="store_true")
    p = _command(steps, "export", 2, help="write an approved referral's redacted PDF "
                                          "(supervisors); prints its SHA-256, and with "
                                          "--password the passphrase that opens it, once")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--id", dest="referral", required=True, type=int)
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                   help="never inside or beside the vault's folder, nor in a sync folder")
    p.add_argument("--password", action="store_true",
                   help="encrypt the PDF (AES-256) with a passphrase the app makes")
    p = _command(steps, "list", 2, help="a caseworker's own referrals, a supervisor's team's")
    p.add_argument("--as", dest="actor", required=True)
    p.add_argument("--json", action="store_true")
