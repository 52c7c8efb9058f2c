"""The command line for IT staff and scripts. No Qt here.

Passphrases and recovery keys come from the terminal, or one per line on standard input when
it is not a terminal; never from arguments or environment variables. Every command exits 0 on
success and 1 with a one-line message on failure; usage errors exit 2.

Printed text never carries a raw control character: user names, teams, audit targets and
details, file names and backup contents pass through ``shown`` (and every line through
``say``), so stored or typed text cannot forge lines in output that scripts and people read.
``admin audit --json`` is JSON, whose strings escape such characters themselves.

The services are wired by ``services.wiring``, exactly as for the GUI: a command signs in
through ``Services`` and uses the service its role has (a role without it gets the same
PermissionDenied the service would give).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from intake_app.cli_agencies import directory_json, directory_text
from intake_app.cli_base import CliError, CliQuiet, granted, shown
from intake_app.cli_cases import case_json, case_text, import_cases, read_cases_file
from intake_app.cli_consent import consent_input, consent_json, consent_line
from intake_app.cli_parser import build_parser, parse
from intake_app.cli_referrals import ReferralCommands
from intake_app.cli_risk import (
    assessment_json,
    incident_input,
    incident_json,
    outcome_json,
    read_json_object,
)
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.errors import (
    DiskFull,
    IntakeError,
    PassphraseRejected,
    ValidationFailed,
    VaultNotWritable,
)
from intake_app.domain.roles import Action, Role
from intake_app.domain.text_rules import escaped
from intake_app.policy import Policy, load_policy
from intake_app.services.wiring import Services, build_services

if TYPE_CHECKING:
    from intake_app.services.auth import KdfParams



class SecretReader:
    """Reads secrets from the terminal (hidden) or line by line from a non-terminal stdin."""

    def __init__(self, stdin: TextIO, stderr: TextIO) -> None:
        self.stdin = stdin
        self.stderr = stderr

    def read(self, prompt: str) -> str:
        if self.stdin.isatty():
            try:
                return getpass.getpass(prompt, stream=self.stderr)
            except EOFError:
                raise CliError("no passphrase given") from None
        try:
            line = self.stdin.readline()
        except UnicodeDecodeError:
            raise CliError("standard input is not UTF-8 text; nothing was changed") from None
        if not line:
            raise CliError(f"expected {prompt.strip().rstrip(':').lower()} on standard input")
        return line.rstrip("\r\n")

    def read_new(self, prompt: str) -> str:
        first = self.read(prompt)
        if self.stdin.isatty() and getpass.getpass("Type it again: ", stream=self.stderr) != first:
                raise CliError("the two passphrases differ")
        return first


class Cli(ReferralCommands):
    def __init__(self, args: argparse.Namespace, policy: Policy, secrets: SecretReader,
                 out: TextIO, kdf: KdfParams | None) -> None:
        self.args = args
        self.policy = policy
        self.secrets = secrets
        self.out = out
        self.services = build_services(Path(args.data_dir or policy.data_path()), policy,
                                       kdf=kdf)
        self.auth = self.services.auth

    def say(self, text: str) -> None:
        """One line of output, always one line: tabs stay (list-users separates columns with
        them; each value was passed through ``shown`` first), everything else is escaped."""
        print(escaped(text, keep="\t"), file=self.out)

    @contextmanager
    def sign_in(self, user: str, *, readonly: bool = False) -> Iterator[Services]:
        """Signed in as ``user`` for the block; signed out (the vault closed) after it."""
        secret = self.secrets.read(f"Passphrase for {shown(user)}: ")
        signed_in = self.services.sign_in(user, secret, readonly=readonly)
        try:
            if signed_in.slot_file_altered:
                print("intake-app: warning: keyslots.json was changed by someone who does not "
                      "hold the vault's key; run 'admin verify'", file=self.secrets.stderr)
            yield self.services
        finally:
            self.services.end()

    # --- commands ----------------------------------------------------------------------------

    def init(self) -> None:
        secret = self.secrets.read_new(f"New passphrase for {shown(self.args.user)}: ")
        _signed_in, recovery = self.services.create_vault(self.args.user, secret)
        self.services.end()
        self.say(f"Vault created in {shown(self.auth.data_dir)}")
        self.say("Write the recovery key down and keep it offline, away from this computer. "
                 "It is shown only now.")
        self.say(f"Recovery key: {recovery}")

    def add_user(self) -> None:
        with self.sign_in(self.args.actor) as services:
            secret = self.secrets.read_new(f"New passphrase for {shown(self.args.user)}: ")
            users = granted(services.users, services, Action.USER_MANAGE)
            name = users.add_user(self.args.user, Role(self.args.role), secret,
                                  team=self.args.team)
        self.say(f"Added {shown(name)} ({self.args.role})")

    def disable_user(self) -> None:
        with self.sign_in(self.args.actor) as services:
            granted(services.users, services, Action.USER_MANAGE).disable_user(self.args.user)
        self.say(f"Disabled {shown(self.args.user)}; their key slot is removed. "
                 "Run 'admin rotate-key' so that a key they may have kept no longer opens the "
                 "vault.")

    def list_users(self) -> None:
        with self.sign_in(self.args.actor) as services:
            for row in granted(services.users, services, Action.USER_MANAGE).list_users():
                state = f"disabled {row['disabled_at']}" if row["disabled_at"] else "active"
                self.say("\t".join(shown(v) for v in (row["username"], row["role"],
                                                       row["team"], state)))

    def passwd(self) -> None:
        old = self.secrets.read(f"Current passphrase for {shown(self.args.user)}: ")
        new = self.secrets.read_new(f"New passphrase for {shown(self.args.user)}: ")
        self.auth.change_passphrase(self.args.user, old, new)
        self.say(f"Passphrase changed for {shown(self.args.user)}. If the old one may have been "
                 "seen by someone else, an administrator should also run 'admin rotate-key'.")

    def recover(self) -> None:
        key = self.secrets.read("Recovery key: ")
        new = self.secrets.read_new(f"New passphrase for {shown(self.args.user)}: ")
        self.auth.recover(self.args.user, key, new)
        self.say(f"New passphrase set for {shown(self.args.user)}")

    def verify(self) -> None:
        with self.sign_in(self.args.actor, readonly=True) as services:
            admin = granted(services.admin, services, Action.VAULT_VERIFY)
            report = admin.verify()
            if report.ok:
                try:
                    services.session.reopen_writable()
                    admin.record_verified(report)
                except (VaultNotWritable, DiskFull):
                    report.warnings.append("this copy cannot be written to, so the "
                                           "verification was not recorded in its audit log")
        for warning in report.warnings:
            print(f"warning: {warning}", file=self.secrets.stderr)
        if not report.ok:
            raise CliError("verification failed: " + "; ".join(report.problems))
        self.say(f"Vault verified: integrity ok, encryption ok, audit chain intact "
                 f"({report.audit_entries} entries, head {report.audit_head})")

    def backup(self) -> None:
        with self.sign_in(self.args.actor) as services:
            manifest = granted(services.admin, services, Action.VAULT_BACKUP).backup(
                self.args.out)
        if "auth" not in manifest:
            print("intake-app: warning: this vault was created by an earlier version and has "
                  "no backup key yet, so a restore cannot check where this backup came from; "
                  "the next use of the recovery key records one", file=self.secrets.stderr)
        self.say(f"Backup written to {shown(self.args.out)} (audit chain head "
                 f"{manifest['audit_head']})")

    def restore(self) -> None:
        key = self.secrets.read("Recovery key: ")
        report = self.auth.restore_backup(self.args.source, key,
                                          allow_unauthenticated=self.args.allow_unauthenticated)
        if not report.authenticated:
            print("intake-app: warning: this backup carries no authentication code (it was "
                  "written by an earlier version, or before the vault had a backup key), so "
                  "where it came from cannot be checked: use it only if you know it is yours",
                  file=self.secrets.stderr)
        # The manifest comes from the backup file: whatever it says is shown, never obeyed.
        self.say(f"Restored into {shown(self.auth.data_dir)} (backup of "
                 f"{shown(report.get('created', 'unknown date'))}, audit chain head "
                 f"{shown(report.get('audit_head', 'unknown'))})")
        for name, why in report.left_out:
            self.say(f"No key for {shown(name)} ({shown(why)}): run 'admin recover --user "
                     f"{shown(name)}' to set a new passphrase")

    def rotate_key(self) -> None:
        with self.sign_in(self.args.actor) as services:
            admin = granted(services.admin, services, Action.VAULT_ROTATE_KEY)
            recovery = None
            if admin.recovery_key_needed():
                recovery = self.secrets.read("Recovery key (this vault has no record of it "
                                             "yet): ")
            result = admin.rotate_key(drop_unpinned=self.args.drop_unpinned,
                                      recovery_key=recovery)
        for name, why in result.dropped:
            self.say(f"Cut off: {name} ({why})")
        for name in result.repaired:
            self.say(f"Repaired: the key slot of {name} named a key the vault has no record "
                     "of; it was sealed to the recorded key")
        kept = "every remaining user keeps their passphrase" if result.dropped else \
            "every user keeps their passphrase"
        self.say(f"Data key rotated (generation {result.generation}); {kept}")

    def audit(self) -> None:
        with self.sign_in(self.args.actor) as services:
            entries = granted(services.admin, services, Action.AUDIT_VIEW).audit_log()
        if self.args.json:
            # Not through say(): the JSON's own line breaks are layout, and json.dumps
            # escapes every control character inside its strings.
            print(json.dumps([e.to_json() for e in entries], indent=1), file=self.out)
            return
        for e in entries:
            self.say(f"{e.seq:6d}  {shown(e.ts)}  {shown(e.actor):<16} {shown(e.action):<24} "
                     f"{shown(e.target)} {shown(e.detail)}".rstrip())

    def checklists_list(self) -> None:
        catalogue = load_checklists(shipped_checklists_dir(), self.policy.checklist_path())
        if self.args.json:
            # Not through say(), as for 'admin audit --json': json.dumps escapes what it must.
            print(json.dumps({
                "loaded": [{"id": d.id, "version": d.version, "title": d.title.source,
                            "items": list(d.item_ids())} for d in catalogue.loaded],
                "refused": [{"file": r.file, "reason": r.reason} for r in catalogue.refused],
            # ASCII-escaped, as case show --json: a file name or title from the organisation's
            # folder may hold characters that would steer the terminal.
            }, indent=1), file=self.out)
            return
        self.say(f"Loaded ({len(catalogue.loaded)}):")
        for d in catalogue.loaded:
            self.say(f"  {d.id} version {d.version}: {shown(d.title.source)} "
                     f"({len(d.items())} items)")
        if catalogue.refused:
            self.say(f"Refused ({len(catalogue.refused)}); the others are in use:")
        for refusal in catalogue.refused:
            self.say(f"  {shown(refusal.file)}: {shown(refusal.reason)}")

    def agencies_list(self) -> None:
        with self.sign_in(self.args.actor) as services:
            directory = granted(services.directory, services, Action.DIRECTORY_VIEW).list()
        if self.args.json:
            # Not through say(), as for 'admin audit --json': json.dumps escapes what it must.
            print(json.dumps(directory_json(directory), indent=1, ensure_ascii=False),
                  file=self.out)
            return
        for line in directory_text(directory):
            self.say(line)

    def case_import(self) -> None:
        # The file is read first: one that cannot be read costs no key derivation.
        lines = read_cases_file(self.args.file)
        with self.sign_in(self.args.actor) as services:
            cases = granted(services.cases, services, Action.CASE_CREATE)
            imported = import_cases(cases, str(self.args.file), lines)
        for warning in imported.warnings:
            print(f"intake-app: warning: {shown(warning)}", file=self.secrets.stderr)
        for reference in imported.references:
            self.say(reference)

    def case_show(self) -> None:
        with self.sign_in(self.args.actor) as services:
            record = granted(services.cases, services, Action.CASE_VIEW_OWN).get_case(
                self.args.ref)
            incidents = granted(services.incidents, services, Action.INCIDENT_VIEW) \
                .list_incidents(self.args.ref, history=False)
            assessments = granted(services.assessments, services, Action.ASSESSMENT_VIEW) \
                .list_assessments(self.args.ref)
            consents = granted(services.consent, services, Action.CONSENT_VIEW) \
                .list_consents(self.args.ref)
        if self.args.json:
            shown_case = case_json(record)
            shown_case["incidents"] = [incident_json(i) for i in incidents]
            shown_case["assessments"] = [assessment_json(a) for a in assessments]
            shown_case["consent"] = [consent_json(c) for c in consents]
            # Not through say(), as for 'admin audit --json'; ASCII-escaped, because stored
            # names may hold direction marks that would reorder the terminal's line.
            print(json.dumps(shown_case, indent=1), file=self.out)
            return
        for line in case_text(record):
            self.say(line)
        self.say(f"Incidents ({len(incidents)}):")
        for i in incidents:
            police = f"police: {i.details.police_involved.value}"
            if i.details.police_reference:
                police += f" ({i.details.police_reference})"
            self.say(f"  {i.date:%d/%m/%Y}  {shown(i.details.summary)}  [{shown(police)}]"
                     f"{'  (corrected)' if i.corrected else ''}")
        self.say(f"Assessments ({len(assessments)}):")
        for a in assessments:
            outcome = a.outcome
            level = a.level.value if a.level else "no level"
            fired = ", ".join(outcome.get("rules_fired") or []) or "none"
            self.say(f"  {shown(a.completed_at)}  {shown(a.checklist_id)} v{shown(a.version)}: "
                     f"score {outcome.get('score')}, {level}; rules: {shown(fired)}")
        self.say(f"Consent ({len(consents)}):")
        for c in consents:
            self.say(consent_line(c))

    def consent_record(self) -> None:
        # Read before signing in: options that cannot be used cost no key derivation.
        details = consent_input(self.args, self.services.auth.clock().astimezone().date())
        with self.sign_in(self.args.actor) as services:
            done = granted(services.consent, services, Action.CONSENT_RECORD).record_consent(
                self.args.ref, details)
        self.say(f"Consent record {done.id} for {shown(self.args.ref)}: "
                 f"{done.decision.value}, to {shown(done.recipient)} "
                 f"({', '.join(sorted(c.value for c in done.details.classes))}).")

    def incident_add(self) -> None:
        source = str(self.args.file)
        details = incident_input(read_json_object(self.args.file, "an incident"), source)
        with self.sign_in(self.args.actor) as services:
            try:
                added = granted(services.incidents, services, Action.INCIDENT_RECORD) \
                    .add_incident(self.args.ref, details)
            except ValidationFailed as exc:
                raise CliError(f"{source}: " + "; ".join(
                    f"{field}: {problem.message}" for field, problems in
                    sorted(exc.problems.items()) for problem in problems)
                    + "; nothing was recorded") from None
        self.say(f"Incident {added.id} recorded for {shown(self.args.ref)} "
                 f"({added.date:%d/%m/%Y}).")

    def assess(self) -> None:
        if self.args.reason and not self.args.judgement and not self.args.grounds:
            raise CliError("--reason goes with --judgement LEVEL; nothing was recorded")
        if self.args.grounds and not self.args.judgement:
            raise CliError("--ground goes with --judgement LEVEL; nothing was recorded")
        answers = read_json_object(self.args.answers, "answers by item id")
        with self.sign_in(self.args.actor) as services:
            risk = granted(services.risk, services, Action.ASSESSMENT_RECORD)
            done = risk.assess(self.args.ref, self.args.checklist, answers,
                               judgement_level=self.args.judgement, reason=self.args.reason,
                               grounds=self.args.grounds)
        # JSON, like 'admin audit --json': json.dumps escapes what it must.
        print(json.dumps(outcome_json(done.record.outcome), indent=1), file=self.out)

    def self_test(self) -> None:
        from intake_app.selftest import run_self_test

        results = run_self_test(self.policy.checklist_path())
        failed = [name for name, ok, _ in results if not ok]
        for name, ok, detail in results:
            self.say(f"{'ok  ' if ok else 'FAIL'}  {name}: {detail}")
        if failed:
            raise CliError("self-test failed: " + ", ".join(failed))

    def demo(self) -> None:
        from intake_app.services.demo import build_demo_vault

        logins = build_demo_vault(self.auth.data_dir, count=self.args.cases, kdf=self.auth.kdf)
        self.say(f"Demo vault created in {shown(self.auth.data_dir)} with {self.args.cases} "
                 "synthetic cases. Demo logins (demo only, never for real data):")
        for role, (user, secret) in logins.items():
            self.say(f"  {role:<11} user: {user:<12} passphrase: {secret}")


def run(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
        stdout: TextIO | None = None, stderr: TextIO | None = None,
        kdf: KdfParams | None = None,
        policy_loader: Callable[[], Policy] = load_policy) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = build_parser()
    args = parse(parser, argv)
    if args.command is None:
        parser.print_help(stdout)
        return 2
    try:
        cli = Cli(args, policy_loader(), SecretReader(stdin, stderr), stdout, kdf)
        if args.command == "admin":
            handler = getattr(cli, args.admin_command.replace("-", "_"))
        elif args.command == "checklists":
            handler = getattr(cli, f"checklists_{args.checklists_command}")
        elif args.command == "case":
            handler = getattr(cli, f"case_{args.case_command}")
        elif args.command == "agencies":
            handler = getattr(cli, f"agencies_{args.agencies_command}")
        elif args.command == "incident":
            handler = getattr(cli, f"incident_{args.incident_command}")
        elif args.command == "consent":
            handler = getattr(cli, f"consent_{args.consent_command}")
        elif args.command == "referral":
            handler = getattr(cli, f"referral_{args.referral_command}")
        else:
            handler = getattr(cli, args.command.replace("-", "_"))
        handler()
        return 0
    except PassphraseRejected as exc:
        print(f"intake-app: passphrase not accepted: {shown(exc.reason)}", file=stderr)
    except CliQuiet:
        pass
    except (IntakeError, CliError) as exc:
        print(f"intake-app: {shown(exc)}", file=stderr)
    except KeyboardInterrupt:
        print("intake-app: interrupted; nothing further was changed", file=stderr)
        return 130
    except OSError as exc:
        print(f"intake-app: {shown(exc.strerror or 'file error')}"
              f"{': ' + shown(exc.filename) if exc.filename else ''}", file=stderr)
    except Exception as exc:  # the last line of defence: never show a traceback
        print(f"intake-app: unexpected error ({type(exc).__name__}); nothing further was "
              "changed", file=stderr)
    return 1
