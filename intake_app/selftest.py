"""``intake-app self-test``: checks an IT admin can run on a freshly installed machine."""

from __future__ import annotations

import hashlib
import importlib
import tempfile
import time
import tomllib
from pathlib import Path


def _check_cipher() -> tuple[bool, str]:
    import sqlcipher3

    with tempfile.TemporaryDirectory() as tmp:
        from intake_app.vault import database

        conn = database.open_db(Path(tmp) / "probe.db", b"\x11" * 32)
        try:
            version = conn.execute("PRAGMA cipher_version").fetchone()[0]
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES ('self-test-marker')")
        finally:
            conn.close()
        raw = (Path(tmp) / "probe.db").read_bytes()
        if b"self-test-marker" in raw or raw.startswith(b"SQLite format 3"):
            return False, "database file is not encrypted"
    return True, f"SQLCipher {version} (SQLite {sqlcipher3.sqlite_version})"


def _check_kdf() -> tuple[bool, str]:
    from intake_app.vault import crypto

    start = time.perf_counter()
    crypto.derive_key("self-test", b"\x00" * 16, crypto.PRODUCTION_FLOOR)
    elapsed = time.perf_counter() - start
    floor = crypto.PRODUCTION_FLOOR
    return True, (f"Argon2id {floor.memory_kib // 1024} MiB, t={floor.time_cost}, "
                  f"p={floor.parallelism} in {elapsed * 1000:.0f} ms")


def check_fonts(folder: Path | None = None) -> tuple[bool, str]:
    """The PDF referral's fonts (``resources/fonts/MANIFEST.toml``): every file there, with
    the SHA-256 the manifest gives, so an export never draws with a font that was changed."""
    from intake_app import resources

    importlib.import_module("reportlab")
    where = folder or resources.path("fonts")
    manifest = where / "MANIFEST.toml"
    try:
        entries = tomllib.loads(manifest.read_text(encoding="utf-8")).get("font", [])
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return False, f"the font manifest cannot be read ({type(exc).__name__})"
    wrong = []
    for entry in entries:
        try:
            data = (where / str(entry["file"])).read_bytes()
        except (OSError, KeyError):
            wrong.append(str(entry.get("file", "?")))
            continue
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            wrong.append(str(entry["file"]))
    if not entries:
        return False, "the font manifest lists no fonts"
    if wrong:
        return False, "missing or changed: " + ", ".join(wrong)
    return True, f"{len(entries)} PDF fonts, each as shipped (SHA-256 checked)"


def _check_network_guard() -> tuple[bool, str]:
    from intake_app import netguard

    netguard.install()
    # The tripwire test itself: ask for an internet socket and expect a refusal. The module
    # is looked up by name because the app has no other reason to touch it.
    sock_module = importlib.import_module("socket")
    try:
        probe = sock_module.socket(sock_module.AF_INET, sock_module.SOCK_STREAM)
    except netguard.NetworkRefused:
        return True, "internet sockets are refused inside the app"
    probe.close()
    return False, "an internet socket could be created"


def _check_checklists(org_dir: Path | None) -> list[tuple[str, bool, str]]:
    """One line for what loaded, and a failing line for each refused definition file: the app
    runs without them, but IT put them there to be used."""
    from intake_app.domain.checklists import load_checklists, shipped_checklists_dir

    catalogue = load_checklists(shipped_checklists_dir(), org_dir)
    names = ", ".join(f"{d.id} v{d.version}" for d in catalogue.loaded)
    results = [("checklists", bool(catalogue.loaded),
                f"{len(catalogue.loaded)} loaded ({names or 'none'})")]
    results += [("checklists", False, f"refused {refusal.file}: {refusal.reason}")
                for refusal in catalogue.refused]
    return results


def _check_agencies() -> list[tuple[str, bool, str]]:
    """One line for the shipped agency directory, and a failing line for each refused file
    (a kind missing from the directory could not be chosen as a recipient)."""
    from intake_app.domain.agencies import SHIPPED_KIND_IDS, load_shipped

    shipped = load_shipped()
    missing = [k for k in SHIPPED_KIND_IDS if k not in {kind.id for kind in shipped.kinds}]
    results = [("agency directory", not missing,
                f"{len(shipped.kinds)} kinds loaded"
                + (f"; missing: {', '.join(missing)}" if missing else ""))]
    results += [("agency directory", False, f"refused {refusal.file}: {refusal.reason}")
                for refusal in shipped.refused]
    return results


def run_self_test(checklist_dir: Path | None = None) -> list[tuple[str, bool, str]]:
    """Every check's (name, passed, detail); ``checklist_dir`` is the policy's folder of the
    organisation's own checklist definitions."""
    results = []
    for name, check in (("encryption", _check_cipher), ("key derivation", _check_kdf),
                        ("fonts", check_fonts), ("network guard", _check_network_guard)):
        try:
            ok, detail = check()
        except Exception as exc:
            ok, detail = False, f"{type(exc).__name__}"
        results.append((name, ok, detail))
    try:
        results += _check_checklists(checklist_dir)
    except Exception as exc:
        results.append(("checklists", False, f"{type(exc).__name__}"))
    try:
        results += _check_agencies()
    except Exception as exc:
        results.append(("agency directory", False, f"{type(exc).__name__}"))
    return results
