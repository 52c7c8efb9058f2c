"""The vault: create, unlock, lock, and every key operation, crash-safe.

Files in the data directory::

    vault.db             SQLCipher 4 database under the random data key
    keyslots.json        who can unseal the data key (see keyslots.py); .prev is the copy before
    unlock-attempts.json failed-unlock counters (no secrets)
    open.lock, slots.lock  advisory locks
    backups/             automatic backups taken before a schema migration

Crash safety rests on one rule: the new state is written beside the old, verified, and switched
in by a single atomic rename, and ``keyslots.json`` is always the last file switched. A data-key
rotation leaves ``vault.db.rotating`` (the re-encrypted copy) and then ``keyslots.json.pending``;
the opener finishes a switch that got as far as renaming the database and rolls back one that
did not (see ``_finish_interrupted``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from intake_app.domain.errors import (
    NotFound,
    PermissionDenied,
    UnknownUser,
    UserExists,
    VaultDamaged,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from intake_app.domain.roles import Role
from intake_app.vault import audit, crypto, database, migrate
from intake_app.vault.atomic import ensure_private_dir, fsync_dir
from intake_app.vault.keyslots import KeySlots
from intake_app.vault.layout import VaultPaths, vault_exists
from intake_app.vault.location import check_location
from intake_app.vault.locks import FileLock, exclusive
from intake_app.vault.switching import (
    _commit_pending,
    _remove,
    _verify_copy,
    _write_pending,
    finish_interrupted,
    fsync_file,
    pin_keys,
    reseal_for_rotation,
)
from intake_app.vault.throttle import Throttle


@dataclass
class UnlockTiming:
    kdf_seconds: float = 0.0
    total_seconds: float = 0.0


def _now_text(clock: audit.Clock) -> str:
    return clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Vault:
    """An unlocked vault: the open database, the signed-in user and their role.

    The data key lives only in this object's memory (Python cannot wipe immutable bytes; see the
    README's threat model). ``lock()`` closes the database and drops every reference to keys.
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

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def conn(self) -> database.Connection:
        if self._conn is None:
            from intake_app.domain.errors import VaultLocked

            raise VaultLocked("the vault is locked")
        return self._conn

    @property
    def data_key(self) -> bytes:
        if self._data_key is None:
            from intake_app.domain.errors import VaultLocked

            raise VaultLocked("the vault is locked")
        return self._data_key

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def lock(self) -> None:
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
        self.record("unlock", self.user, "after read-only verification")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[database.Connection]:
        with database.transaction(self.conn) as conn:
            yield conn

    def record(self, action: str, target: str = "", detail: str = "") -> audit.AuditEntry:
        """Append one audit entry in its own transaction."""
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
        slots.add_user(username, passphrase, data_key, params)
        for leftover in [*paths.sidecars(paths.db), paths.restoring_db]:
            _remove(leftover)
        conn = database.open_db(paths.db, data_key)
        try:
            migrate.apply_pending(conn)
            with database.transaction(conn):
                conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)",
                             (slots.vault_id.encode(),))
                conn.execute("INSERT INTO meta (key, value) VALUES ('audit_chain_key', ?)",
                             (audit.derive_chain_key(data_key),))
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                             (_now_text(clock).encode(),))
                conn.execute(
                    "INSERT INTO users (username, role, display_name, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    (username, Role.ADMIN.value, display_name, _now_text(clock)),
                )
                pin_keys(conn, username, slots)
                audit.append(conn, username, "vault.create", slots.vault_id, clock=clock)
                audit.append(conn, username, "user.add", username, "role=admin", clock=clock)
        finally:
            conn.close()
        slots.save(paths.slots)  # the commit point: from here on there is a vault
        vault = cls.unlock(data_dir, username, passphrase, clock=clock)
        return vault, crypto.format_recovery_key(recovery)

    # --- opening -----------------------------------------------------------------------------

    @classmethod
    def unlock(cls, data_dir: Path, username: str, passphrase: str, *,
               clock: audit.Clock = audit.utc_now,
               throttle_clock: Callable[[], float] = time.time,
               readonly: bool = False) -> Vault:
        start = time.perf_counter()
        paths = VaultPaths(Path(data_dir))
        _require_vault(paths)
        check_location(paths.root.resolve())
        finish_interrupted(paths)
        # Hold the open lock (shared) from reading the slots to opening the database, so a
        # rotation cannot switch the database in between.
        guard = FileLock(paths.open_lock)
        guard.acquire(exclusive=False)
        try:
            slots = KeySlots.load(paths.slots)
            throttle = Throttle(paths.attempts, throttle_clock)
            # Names without a slot share one counter: a mistyped name (or a passphrase typed
            # into the name field) is never written to disk.
            bucket = username if username in slots.slots else UNKNOWN_BUCKET
            throttle.check(bucket)
            kdf_start = time.perf_counter()
            try:
                if username not in slots.slots:
                    # The same cost as a real attempt, so a name cannot be probed by timing.
                    crypto.derive_key(passphrase, b"\x00" * 16, _any_slot_params(slots))
                    raise UnknownUser("the user name or passphrase is not correct")
                private = slots.unwrap_private(username, passphrase)
            except WrongPassphrase:
                throttle.failed(bucket)
                raise
            kdf_seconds = time.perf_counter() - kdf_start
            data_key = slots.unseal_data_key(username, private)
            vault = cls._open(paths, data_key, username, clock, readonly=readonly,
                              throttle=throttle, slots=slots)
        finally:
            guard.release()
        vault.timing = UnlockTiming(kdf_seconds, time.perf_counter() - start)
        return vault

    @classmethod
    def _open(cls, paths: VaultPaths, data_key: bytes, username: str, clock: audit.Clock, *,
              readonly: bool = False, throttle: Throttle | None = None,
              role_override: Role | None = None, slots: KeySlots | None = None) -> Vault:
        lock = FileLock(paths.open_lock)
        lock.acquire(exclusive=False)
        try:
            conn = database.open_db(paths.db, data_key, readonly=readonly)
        except BaseException:
            lock.release()
            raise
        try:
            if not readonly and migrate.pending(conn):
                backup = _backup_before_migration(paths, conn, data_key, clock)
                try:
                    migrate.apply_pending(conn)
                except database.DatabaseError:
                    raise VaultDamaged(
                        "the vault could not be upgraded to this version (the step that "
                        f"failed was undone); a backup taken just before is {backup.name}"
                    ) from None
            migrate.check_not_newer(conn)
            if role_override is not None:
                role = role_override
            else:
                row = conn.execute("SELECT role, disabled_at FROM users WHERE username = ?",
                                   (username,)).fetchone()
                if row is None or row[1] is not None:
                    raise PermissionDenied("this account is disabled")
                role = Role(row[0])
        except database.DatabaseError:
            conn.close()
            lock.release()
            raise VaultDamaged("the vault database is damaged") from None
        except BaseException:
            conn.close()
            lock.release()
            raise
        vault = cls(paths, conn, data_key, username, role, lock, clock)
        if not readonly:
            try:
                failures = throttle.succeeded(username) if throttle else []
                with vault.transaction() as c:
                    if failures:
                        times = ",".join(
                            datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                            for t in failures)
                        audit.append(c, username, "unlock.failed", username,
                                     f"count={len(failures)} at={times}", clock=clock)
                    if slots is not None and role_override is None:
                        # This user just proved their slot opens the vault: pin its key.
                        pin_keys(c, username, slots)
                    audit.append(c, username, "unlock", username, clock=clock)
            except database.DatabaseError:
                vault.lock()
                raise VaultDamaged("the vault database is damaged") from None
            except BaseException:
                vault.lock()
                raise
        return vault

    # --- users and passphrases (key slots) ---------------------------------------------------

    def _slots_for_change(self) -> KeySlots:
        return KeySlots.load(self.paths.slots)

    def add_user(self, username: str, role: Role, passphrase: str, *,
                 kdf: crypto.KdfParams | None = None, display_name: str = "",
                 team: str = "default") -> None:
        params = kdf or self._kdf_like_mine()
        params.check_floor()
        with exclusive(self.paths.slots_lock):
            slots = self._slots_for_change()
            row = self.conn.execute("SELECT disabled_at FROM users WHERE username = ?",
                                    (username,)).fetchone()
            if username in slots.slots:
                raise UserExists("a user with that name already exists")
            if row is not None and row[0] is not None:
                raise UserExists("that name belonged to a disabled account; choose another")
            # row present without a slot: an earlier add stopped before the slot file was
            # written (a crash, a full disk); finish it now with the new passphrase.
            slots.add_user(username, passphrase, self.data_key, params)
            with self.transaction() as conn:
                if row is None:
                    conn.execute(
                        "INSERT INTO users (username, role, display_name, team, created_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        (username, role.value, display_name, team, _now_text(self.clock)),
                    )
                pin_keys(conn, username, slots)
                audit.append(conn, self.user, "user.add", username, f"role={role.value}",
                             clock=self.clock)
            slots.save(self.paths.slots)

    def _kdf_like_mine(self) -> crypto.KdfParams:
        slots = KeySlots.load(self.paths.slots)
        mine = slots.kdf_params(self.user) if self.user in slots.slots else None
        return mine or crypto.calibrate()

    def disable_user(self, username: str) -> None:
        if username == self.user:
            raise PermissionDenied("you cannot disable your own account")
        with exclusive(self.paths.slots_lock):
            slots = self._slots_for_change()
            row = self.conn.execute("SELECT role, disabled_at FROM users WHERE username = ?",
                                    (username,)).fetchone()
            if row is None or (row[1] is not None and username not in slots.slots):
                raise NotFound("no active user with that name")
            if row[1] is not None:
                # Disabled earlier, but the slot removal never reached the disk: finish it.
                slots.remove_user(username)
                slots.save(self.paths.slots)
                return
            if row[0] == Role.ADMIN.value:
                admins = self.conn.execute(
                    "SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL"
                ).fetchone()[0]
                if admins <= 1:
                    raise PermissionDenied("the last administrator cannot be disabled")
            with self.transaction() as conn:
                conn.execute("UPDATE users SET disabled_at = ? WHERE username = ?",
                             (_now_text(self.clock), username))
                audit.append(conn, self.user, "user.disable", username, clock=self.clock)
            if username in slots.slots:
                slots.remove_user(username)
                slots.save(self.paths.slots)

    def set_role(self, username: str, role: Role) -> None:
        with self.transaction() as conn:
            row = conn.execute("SELECT role FROM users WHERE username = ? AND disabled_at IS NULL",
                               (username,)).fetchone()
            if row is None:
                raise NotFound("no active user with that name")
            if row[0] == Role.ADMIN.value and role != Role.ADMIN:
                admins = conn.execute("SELECT count(*) FROM users WHERE role = 'admin' "
                                      "AND disabled_at IS NULL").fetchone()[0]
                if admins <= 1:
                    raise PermissionDenied("the last administrator must stay an administrator")
            conn.execute("UPDATE users SET role = ? WHERE username = ?", (role.value, username))
            audit.append(conn, self.user, "user.role", username, f"role={role.value}",
                         clock=self.clock)

    def list_users(self) -> list[dict[str, str | None]]:
        rows = self.conn.execute(
            "SELECT username, role, display_name, team, created_at, disabled_at FROM users "
            "ORDER BY username").fetchall()
        keys = ("username", "role", "display_name", "team", "created_at", "disabled_at")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def reset_user_with_recovery(self, username: str, recovery_key: str,
                                 new_passphrase: str) -> None:
        """An administrator resets a user's passphrase using the organisation's recovery key."""
        from intake_app.vault.keyops import recover

        recover(self.paths.root, username, recovery_key, new_passphrase, clock=self.clock,
                actor=self.user, already_open=self)

    # --- data key rotation -------------------------------------------------------------------

    def rotate_data_key(self) -> int:
        """Re-encrypt the whole vault under a new data key; reseal to every pinned slot.

        Returns the new key generation. The vault stays open (under the new key) afterwards.
        A failure before the switch removes the new copy and leaves the vault as it was.
        """
        paths = self.paths
        # Only this process may have the vault open: upgrade our shared lock to exclusive.
        self._open_lock.acquire(exclusive=True, wait=False)
        try:
            with exclusive(paths.slots_lock):
                slots = self._slots_for_change()
                new_key = os.urandom(crypto.DATA_KEY_BYTES)
                new_slots, dropped = reseal_for_rotation(self.conn, slots, new_key)
                counts = database.table_counts(self.conn)
                try:
                    for leftover in [paths.rotating_db, *paths.sidecars(paths.rotating_db)]:
                        _remove(leftover)
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    database.export_rekeyed(self.conn, paths.rotating_db, new_key)
                    _verify_copy(paths.rotating_db, new_key, counts)
                    fsync_file(paths.rotating_db)
                    # The switch is the database rename below; the pending slots come first so
                    # an opener who finds the new database also finds the keys for it.
                    _write_pending(paths, new_slots)
                    self.conn.close()
                    self._conn = None
                    for sidecar in paths.sidecars(paths.db):
                        if sidecar.name.endswith("-wal") and sidecar.exists() and \
                                sidecar.stat().st_size > 0:
                            raise VaultDamaged("the vault's journal could not be emptied")
                        _remove(sidecar)
                except BaseException:
                    for leftover in [paths.rotating_db, *paths.sidecars(paths.rotating_db),
                                     paths.pending_slots]:
                        _remove(leftover)
                    if self._conn is None:
                        self._conn = database.open_db(paths.db, self.data_key)
                    raise
                os.replace(paths.rotating_db, paths.db)
                fsync_dir(paths.root)
                _commit_pending(paths)
                self._data_key = new_key
                self._conn = database.open_db(paths.db, new_key)
                with self.transaction() as conn:
                    for name in dropped:
                        audit.append(conn, self.user, "vault.rotate_key.dropped", name,
                                     "slot not pinned to an active user", clock=self.clock)
                    audit.append(conn, self.user, "vault.rotate_key",
                                 f"generation={new_slots.generation}", clock=self.clock)
                return new_slots.generation
        finally:
            if self._open_lock.fd is not None:
                self._open_lock.acquire(exclusive=False)


UNKNOWN_BUCKET = "*unknown-name*"


def _any_slot_params(slots: KeySlots) -> crypto.KdfParams:
    """The cost of a real slot, for the dummy derivation on an unknown name."""
    for user in slots.slots:
        return slots.kdf_params(user)
    return crypto.TEST_PARAMS if crypto.weak_kdf_allowed() else crypto.PRODUCTION_FLOOR


def _require_vault(paths: VaultPaths) -> None:
    if not vault_exists(paths.root):
        if paths.slots.with_name(paths.slots.name + ".prev").exists():
            raise VaultDamaged("the key slot file keyslots.json is missing; a previous copy, "
                               "keyslots.json.prev, is beside it: copy it back to "
                               "keyslots.json, or restore a backup")
        if paths.db.exists() or paths.restoring_db.exists():
            raise VaultMissing(
                "this folder holds an incomplete vault (an interrupted set-up or restore); "
                "run the restore again or create a new vault")
        raise VaultMissing("there is no vault in this folder yet")
    if not paths.db.exists() and not paths.rotating_db.exists():
        raise VaultDamaged("the vault database file is missing")


def _backup_before_migration(paths: VaultPaths, conn: database.Connection, data_key: bytes,
                             clock: audit.Clock) -> Path:
    from intake_app.vault.backup import write_backup

    ensure_private_dir(paths.backups)
    version = migrate.current_version(conn)
    stamp = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups / f"pre-migration-v{version}-{stamp}.cibackup"
    write_backup(conn, data_key, paths.slots.read_bytes(), target)
    return target
