"""The vault: create, unlock, lock, add and disable key slots, rotate the data key, back up.

Files in the data directory::

    vault.db             SQLCipher 4 database under the random data key
    keyslots.json        who can unseal the data key (see keyslots.py); .spare: the same bytes
    unlock-attempts.json failed-unlock counters (no secrets)
    open.lock, slots.lock  advisory locks
    backups/             automatic backups taken before a schema migration

Crash safety rests on one rule: the new state is written beside the old, verified, and switched
in by a single atomic rename, and ``keyslots.json`` is always the last file switched. A data-key
rotation leaves ``vault.db.rotating`` (the re-encrypted copy) and then ``keyslots.json.pending``;
the opener finishes a switch that got as far as renaming the database and rolls back one that
did not (``switching.finish_interrupted``).

Trust rests on one more: a public key is trusted only when the app generated it or its owner's
passphrase (or the recovery key) has just proved it, and that trust is recorded inside the
encrypted database (``pins.py``). At sign-in the public key is derived from the private key the
passphrase unwrapped and compared with that record; the slot file's label is never believed.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from intake_app.domain.errors import (
    NotFound,
    PermissionDenied,
    UserExists,
    VaultDamaged,
    VaultExists,
    VaultLocked,
)
from intake_app.domain.roles import Role
from intake_app.domain.stamps import stamp
from intake_app.files.atomic import ensure_private_dir
from intake_app.files.location import check_location
from intake_app.vault import audit, crypto, database, migrate
from intake_app.vault.backup import backup_auth_key, backup_before_migration, write_backup
from intake_app.vault.keyslots import KeySlots, recovery_public_text
from intake_app.vault.layout import VaultPaths, require_vault, vault_exists
from intake_app.vault.locks import FileLock, exclusive
from intake_app.vault.pins import PinRepo, Proof, refusal, slot_digest
from intake_app.vault.rotation import audit_outcome, plan_rotation, record_plan
from intake_app.vault.slot_upkeep import (
    altered,
    note_altered_file,
    save_signed,
    stamp_audit_head,
    tidy_after_sign_in,
)
from intake_app.vault.slotcheck import SlotReport, check_slots
from intake_app.vault.switching import finish_interrupted, remove_file, switch_to_rekeyed
from intake_app.vault.throttle import Throttle, unwrap_counted
from intake_app.vault.users_repo import UsersRepo

#: Warning codes a signed-in person (and IT) should hear about; see ``Vault.warnings``.
SLOT_FILE_ALTERED = "slot_file_altered"

#: Run inside an account-changing transaction to re-check who is asking (the users service).
Guard = Callable[[database.Connection], None]


@dataclass
class UnlockTiming:
    kdf_seconds: float = 0.0
    total_seconds: float = 0.0


@dataclass
class RotationResult:
    generation: int
    dropped: list[tuple[str, str]] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)


def public_text(private: bytes) -> str:
    """The public key (base64) that ``private`` proves."""
    return crypto.b64e(crypto.public_from_private(private))


class Vault:
    """An unlocked vault: the open database, the signed-in user and their role.

    The data key lives only in this object's memory (Python cannot wipe immutable bytes; see the
    README's threat model). ``lock()`` closes the database and drops every reference to keys.
    ``warnings`` holds codes (``SLOT_FILE_ALTERED``) found at unlock for the caller to show.
    """

    def __init__(self, paths: VaultPaths, conn: database.Connection, data_key: bytes,
                 user: str, role: Role, open_lock: FileLock, clock: audit.Clock) -> None:
        self.paths = paths
        self._conn: database.Connection | None = conn
        self._data_key: bytes | None = data_key
        self.user = user
        self.role = role
        self._open_lock = open_lock
        self.clock = clock
        self.timing = UnlockTiming()
        self.warnings: list[str] = []
        #: Set once a writable sign-in has completed: only then does locking record the audit
        #: head in the slot file (a refused or damaged opening changes no file).
        self._stamp_on_lock = False

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def conn(self) -> database.Connection:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked("the vault is locked")
        return self._data_key

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def lock(self) -> None:
        if self._conn is not None and self._stamp_on_lock:
            stamp_audit_head(self.conn, self.paths, self.data_key)
        if self._conn is not None:
            with contextlib.suppress(database.DatabaseError):
                self._conn.close()
        self._conn = None
        self._data_key = None
        self._open_lock.release()

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def reopen_writable(self) -> None:
        """After a read-only session (verification), reopen for writing and log the unlock."""
        data_key = self.data_key
        self.conn.close()
        self._conn = database.open_db(self.paths.db, data_key)
        self.append_audit("unlock", self.user, "after read-only verification")
        self._stamp_on_lock = True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[database.Connection]:
        with database.transaction(self.conn) as conn:
            yield conn

    def append_audit(self, action: str, target: str = "", detail: str = "") -> audit.AuditEntry:
        """Append one audit entry, by the signed-in user, in its own transaction."""
        with self.transaction() as conn:
            return audit.append(conn, self.user, action, target, detail, clock=self.clock)

    # --- creation ----------------------------------------------------------------------------

    @classmethod
    def create(cls, data_dir: Path, username: str, passphrase: str, *,
               kdf: crypto.KdfParams | None = None, display_name: str = "",
               clock: audit.Clock = audit.utc_now) -> tuple[Vault, str]:
        """Create a vault with its first administrator. Returns (vault, recovery key text)."""
        data_dir = Path(data_dir)
        check_location(data_dir)
        ensure_private_dir(data_dir)
        paths = VaultPaths(data_dir)
        if vault_exists(data_dir):
            raise VaultExists("a vault already exists in this folder")
        if paths.db.exists():
            raise VaultExists(
                "this folder holds a vault database but no key slot file; if keyslots.json was "
                "lost, put back a copy of it; otherwise choose an empty folder")
        params = kdf or crypto.calibrate()
        params.check_floor()
        data_key = os.urandom(crypto.DATA_KEY_BYTES)
        recovery = crypto.new_recovery_secret()
        slots = KeySlots.new(data_key, recovery)
        public = slots.add_user(username, passphrase, data_key, params)
        for leftover in [*paths.sidecars(paths.db), paths.restoring_db]:
            remove_file(leftover)
        conn = database.open_db(paths.db, data_key)
        try:
            migrate.apply_pending(conn)
            at = stamp(clock())
            with database.transaction(conn):
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)",
                             (slots.vault_id.encode(),))
                conn.execute("INSERT INTO meta (key, value) VALUES ('audit_chain_key', ?)",
                             (audit.derive_chain_key(data_key),))
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                             (at.encode(),))
                conn.execute("INSERT INTO meta (key, value) VALUES ('backup_auth_key', ?)",
                             (backup_auth_key(recovery),))
                UsersRepo(conn).insert(username, Role.ADMIN, display_name, "default", at)
                pins = PinRepo(conn)
                pins.pin_new(username, public, slot_digest(username, slots.slot(username)), at)
                pins.pin_recovery(recovery_public_text(recovery))
                pins.require_mac()
                audit.append(conn, username, "vault.create", slots.vault_id, clock=clock)
                audit.append(conn, username, "user.add", username, "role=admin", clock=clock)
            slots.audit_head = audit.head_full(conn)
        finally:
            conn.close()
        slots.save(paths.slots, sign_with=data_key)  # the commit point: now there is a vault
        vault = cls.unlock(data_dir, username, passphrase, clock=clock)
        return vault, crypto.format_recovery_key(recovery)

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def unlock(cls, data_dir: Path, username: str, passphrase: str, *,
               clock: audit.Clock = audit.utc_now,
               throttle_clock: Callable[[], float] = time.time,
               readonly: bool = False) -> Vault:
        """Open the vault as ``username``. WrongPassphrase, KeySlotTampered, VaultDamaged..."""
        start = time.perf_counter()
        paths = VaultPaths(Path(data_dir))
        require_vault(paths)
        check_location(paths.root.resolve())
        finish_interrupted(paths)
        # Hold the open lock (shared) from reading the slots to opening the database, so a
        # rotation cannot switch the database in between.
        guard = FileLock(paths.open_lock)
        guard.acquire(exclusive=False)
        try:
            slots = KeySlots.load(paths.slots)
            throttle = Throttle(paths.attempts, throttle_clock)
            kdf_start = time.perf_counter()
            # Counted before the derivation; unknown names share one counter (see throttle.py).
            private = unwrap_counted(throttle, slots, username, passphrase)
            kdf_seconds = time.perf_counter() - kdf_start
            data_key = slots.unseal_data_key(username, private)
            vault = cls.open_with_key(paths, data_key, username, clock, readonly=readonly)
        finally:
            guard.release()
        try:
            vault.prove_key(public_text(private), slot_digest(username, slots.slot(username)),
                            readonly=readonly)
            if not readonly:
                vault._after_sign_in(throttle, slots, public_text(private))
                vault._stamp_on_lock = True
        except database.DatabaseError as exc:
            vault.lock()
            raise database.typed_error(exc, paths.root) from None
        except BaseException:
            vault.lock()
            raise
        vault.timing = UnlockTiming(kdf_seconds, time.perf_counter() - start)
        return vault

    @classmethod
    def open_with_key(cls, paths: VaultPaths, data_key: bytes, username: str,
                      clock: audit.Clock, *, readonly: bool = False,
                      as_role: Role | None = None) -> Vault:
        """Open the database under ``data_key`` for ``username`` (an active account, unless
        ``as_role`` is given: the recovery key acts as an administrator). Applies pending
        migrations after a verified backup. Writes nothing to the audit log."""
        lock = FileLock(paths.open_lock)
        lock.acquire(exclusive=False)
        try:
            conn = database.open_db(paths.db, data_key, readonly=readonly)
        except BaseException:
            lock.release()
            raise
        try:
            if not readonly and migrate.pending(conn):
                backup = backup_before_migration(paths, conn, data_key, clock)
                try:
                    migrate.apply_pending(conn)
                except database.DatabaseError:
                    raise VaultDamaged(
                        "the vault could not be upgraded to this version (the step that "
                        f"failed was undone); a backup taken just before is {backup.name}"
                    ) from None
            migrate.check_not_newer(conn)
            if as_role is not None:
                role = as_role
            else:
                account = UsersRepo(conn).get(username)
                if account is None or not account.active:
                    raise PermissionDenied("this account is disabled")
                role = account.role
        except database.DatabaseError as exc:
            conn.close()
            lock.release()
            raise database.typed_error(exc, paths.root) from None
        except BaseException:
            conn.close()
            lock.release()
            raise
        return cls(paths, conn, data_key, username, role, lock, clock)

    def prove_key(self, derived: str, digest: str, *, readonly: bool = False) -> None:
        """Compare the key a passphrase has just proved (``derived``, from the slot with
        ``digest``) with the record; pin or refuse.

        A key that matches nothing on record is refused (and audited), never pinned: someone
        changed the slot file, or put an older copy of it back.
        """
        if readonly and migrate.pending(self.conn):
            return  # an older schema opened read-only (verification): no pins to compare yet
        pins = PinRepo(self.conn).get(self.user)
        proof = Proof.UNKNOWN if pins is None else pins.judge(derived)
        settled = proof is Proof.CONFIRMED and pins is not None and \
            pins.confirmed_digest == digest and not pins.pending
        if settled or readonly:
            if proof in (Proof.RETIRED, Proof.UNKNOWN):
                raise refusal(proof)
            return
        with self.transaction() as conn:
            repo, at = PinRepo(conn), stamp(self.clock())
            if proof in (Proof.RETIRED, Proof.UNKNOWN):
                audit.append(conn, self.user, "unlock.refused", self.user,
                             f"key={proof.value}: not the key on record", clock=self.clock)
            elif proof is Proof.FIRST:
                repo.confirm(self.user, derived, at, digest)
                audit.append(conn, self.user, "key.pinned", self.user,
                             "first sign-in since key pins", clock=self.clock)
            elif proof is Proof.PENDING:  # the change reached the disk but was not confirmed
                repo.confirm(self.user, derived, at, digest)
                audit.append(conn, self.user, "key.confirmed", self.user, clock=self.clock)
            else:  # CONFIRMED: record the proved slot; a pending key never reached the disk
                assert pins is not None
                if pins.confirmed_digest != digest:
                    repo.record_digest(self.user, digest)
                if pins.pending:
                    repo.drop_pending(self.user, at)
                    audit.append(conn, self.user, "key.pending_dropped", self.user,
                                 "the slot file holds the earlier key", clock=self.clock)
        if proof in (Proof.RETIRED, Proof.UNKNOWN):
            raise refusal(proof)

    def _after_sign_in(self, throttle: Throttle, seen: KeySlots, derived: str) -> None:
        """Audit the sign-in (and earlier failed attempts), then tidy the slot file."""
        failures = throttle.succeeded(self.user)
        with self.transaction() as conn:
            if failures:
                times = ",".join(stamp(datetime.fromtimestamp(t, UTC))
                                 for t in failures)
                audit.append(conn, self.user, "unlock.failed", self.user,
                             f"count={len(failures)} at={times}", clock=self.clock)
            audit.append(conn, self.user, "unlock", self.user, clock=self.clock)
        if tidy_after_sign_in(self.conn, self.paths, self.data_key, self.user, self.clock,
                              seen, derived):
            self.warnings.append(SLOT_FILE_ALTERED)

    # --- key slots ---------------------------------------------------------------------------

    def add_user(self, username: str, role: Role, passphrase: str, *,
                 kdf: crypto.KdfParams | None = None, display_name: str = "",
                 team: str = "default", guard: Guard | None = None) -> None:
        """Create an account and its key slot. ``guard`` runs first inside the transaction
        (the users service re-checks who is asking there)."""
        params = kdf or self._kdf_like_mine()
        params.check_floor()
        with exclusive(self.paths.slots_lock):
            slots = KeySlots.load(self.paths.slots)
            was_altered = altered(self.conn, slots, self.data_key)
            if username in slots.slots:
                raise UserExists("a user with that name already exists")
            existing = UsersRepo(self.conn).get(username)
            if existing is not None and not existing.active:
                raise UserExists("that name belonged to a disabled account; choose another")
            # An account without a slot: an earlier add stopped before the slot file was
            # written (a crash, a full disk); finish it now with the new passphrase.
            public = slots.add_user(username, passphrase, self.data_key, params)
            with self.transaction() as conn:
                if guard is not None:
                    guard(conn)
                at = stamp(self.clock())
                if existing is None:
                    UsersRepo(conn).insert(username, role, display_name, team, at)
                PinRepo(conn).pin_new(username, public, slot_digest(username,
                                                                    slots.slot(username)), at)
                PinRepo(conn).require_mac()
                note_altered_file(conn, was_altered, self.user, self.clock)
                audit.append(conn, self.user, "user.add", username, f"role={role.value}",
                             clock=self.clock)
            save_signed(self.conn, self.paths, slots, self.data_key)

    def _kdf_like_mine(self) -> crypto.KdfParams:
        slots = KeySlots.load(self.paths.slots)
        mine = slots.kdf_params(self.user) if self.user in slots.slots else None
        return mine or crypto.calibrate()

    def disable_user(self, username: str, *, guard: Guard | None = None) -> None:
        """Disable the account and remove its key slot (finishing an interrupted disable)."""
        with exclusive(self.paths.slots_lock):
            slots = KeySlots.load(self.paths.slots)
            was_altered = altered(self.conn, slots, self.data_key)
            account = UsersRepo(self.conn).get(username)
            if account is None or (not account.active and username not in slots.slots):
                raise NotFound("no active user with that name")
            if account.active:
                with self.transaction() as conn:
                    if guard is not None:
                        guard(conn)
                    UsersRepo(conn).disable(username, stamp(self.clock()))
                    PinRepo(conn).require_mac()
                    note_altered_file(conn, was_altered, self.user, self.clock)
                    audit.append(conn, self.user, "user.disable", username, clock=self.clock)
            # Disabled earlier but the slot removal never reached the disk: finish it now.
            if username in slots.slots:
                slots.remove_user(username)
                save_signed(self.conn, self.paths, slots, self.data_key)

    def replace_slot(self, slots: KeySlots, username: str, passphrase: str,
                     params: crypto.KdfParams, *, actor: str, action: str) -> None:
        """Give ``username`` a new key pair and passphrase: pin the new key as pending, audit,
        install the slot file, then confirm the new key (retiring the old one). The caller
        holds the slots lock and loaded ``slots``.

        Crash-safe in every order: until the file lands, the confirmed key (the old slot)
        still signs in and a rotation seals to it; once it lands, the pending key does. Once
        confirmed, an older copy of the slot (``keyslots.json.prev`` of an older version, a
        backup's) is refused: it is exactly what someone who knew the old passphrase would
        put back.
        """
        params.check_floor()
        was_altered = altered(self.conn, slots, self.data_key)
        slots.slots.pop(username, None)
        public = slots.add_user(username, passphrase, self.data_key, params)
        digest = slot_digest(username, slots.slot(username))
        with self.transaction() as conn:
            PinRepo(conn).set_pending(username, public, digest, stamp(self.clock()))
            PinRepo(conn).require_mac()
            note_altered_file(conn, was_altered, actor, self.clock)
            audit.append(conn, actor, action, username, clock=self.clock)
        save_signed(self.conn, self.paths, slots, self.data_key)
        with self.transaction() as conn:
            PinRepo(conn).confirm(username, public, stamp(self.clock()), digest)

    def slot_report(self) -> SlotReport:
        """The slot file against the vault's record (``admin verify``)."""
        return check_slots(self.conn, KeySlots.load(self.paths.slots), self.data_key)

    def recovery_pinned(self) -> bool:
        return PinRepo(self.conn).recovery() is not None

    # --- backup ------------------------------------------------------------------------------

    def backup(self, target: Path) -> dict[str, object]:
        """Write a verified backup and audit it with the file's SHA-256."""
        from intake_app.vault.backup import file_sha256

        target = Path(target)
        manifest = write_backup(self.conn, self.data_key, self.paths.slots.read_bytes(), target)
        self.append_audit("vault.backup", target.name,
                          f"sha256={file_sha256(target)} audit_head={manifest['audit_head']}")
        return manifest

    # --- data key rotation -------------------------------------------------------------------

    def rotate_data_key(self, *, drop_unpinned: bool = False,
                        recovery_key: str | None = None) -> RotationResult:
        """Re-encrypt the whole vault under a new data key, sealed only to pinned keys.

        Refuses (changing nothing) while active people are unpinned unless ``drop_unpinned``,
        when a slot matches no key on record, and, when the vault has no record of its recovery
        key, unless ``recovery_key`` is given and opens it. The vault stays open (under the new
        key) afterwards. A failure before the switch removes the new copy.
        """
        paths = self.paths
        secret = crypto.parse_recovery_key(recovery_key) if recovery_key else None
        # Only this process may have the vault open: upgrade our shared lock to exclusive.
        self._open_lock.acquire(exclusive=True, wait=False)
        try:
            with exclusive(paths.slots_lock):
                slots = KeySlots.load(paths.slots)
                new_key = os.urandom(crypto.DATA_KEY_BYTES)
                plan = plan_rotation(self.conn, slots, new_key, drop_unpinned=drop_unpinned,
                                     recovery_secret=secret)
                with self.transaction() as conn:
                    record_plan(conn, plan, slots, secret, self.data_key, self.user,
                                self.clock)
                try:
                    switch_to_rekeyed(self.conn, self.paths, new_key, plan.slots)
                except BaseException:
                    self.conn.close()  # closed already, or not: the old database stays
                    self._conn = database.open_db(self.paths.db, self.data_key)
                    raise
                self._data_key = new_key
                self._conn = database.open_db(self.paths.db, new_key)
                with self.transaction() as conn:
                    audit_outcome(conn, plan, self.user, self.clock)
                return RotationResult(plan.slots.generation, plan.dropped, plan.repaired)
        finally:
            if self._open_lock.fd is not None:
                self._open_lock.acquire(exclusive=False)
