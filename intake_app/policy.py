"""Machine-wide admin policy (read-only for users) and where things live on disk.

The policy file is JSON at a fixed, administrator-owned path per platform (see
``default_policy_path``). Users cannot override it: there is no environment variable or command
line switch that points elsewhere in production. A malformed file stops the app with the file,
the line and the reason, rather than silently falling back to defaults: whatever the bytes
(another encoding, absurd nesting, a 5,000-digit number), ``load_policy`` returns a ``Policy``
or raises ``PolicyInvalid``, never anything else.

Each setting is declared once, as a field of ``Policy`` carrying its default, its check, its
limits and what it does; the parser walks those declarations. Where each one takes effect:

* ``idle_lock_minutes``: the GUI's idle lock (ui/app_controller.py).
* ``export_allowed``, ``export_password_required``, ``service_name``: the referral PDF export
  (services/referral_export.py, through services/wiring.py): no export at all when
  ``export_allowed`` is false, none without a passphrase when ``export_password_required``
  is true, and ``service_name`` is the referring service the PDF names.
* ``min_passphrase_length``, ``min_kdf_memory_kib``, ``min_kdf_time_cost``: services/auth.py,
  for every new, changed, reset or recovered passphrase.
* ``data_dir``: ``Policy.data_path()``, used by app.py and cli.py.
* ``retention_days``: refused when set, because retention is not built: an administrator who
  set it would believe records are purged when none are.
* ``clipboard_clear_seconds``: the GUI's clipboard guard (ui/app_controller.py).
* ``checklist_dir``: ``Policy.checklist_path()``, the organisation's own checklist definitions,
  read beside the shipped ones (``domain.checklists.load_checklists``) by ``checklists list``
  and ``self-test``.
* ``review_interval_days``: when a case's risk review falls due (domain/review.py), for the
  case list's filter and the case overview (services/wiring.py passes it on).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any

import platformdirs

from intake_app.domain.errors import PolicyInvalid
from intake_app.domain.review import DEFAULT_INTERVAL_DAYS

APP_DIR_NAME = "ConfidentialIntake"

#: A policy is a few hundred bytes; reading stops here so a wrong file (a disk image, a device)
#: cannot exhaust memory before it is refused.
MAX_POLICY_BYTES = 64 * 1024

#: The longest data folder accepted; far beyond any real one, short of every OS limit that matters.
MAX_DATA_DIR_CHARS = 1024

#: The longest referring service name a PDF prints.
MAX_SERVICE_NAME_CHARS = 120

#: How folder paths in the policy are read: the flavour of the platform the app runs on.
_PATH_FLAVOUR: type[PurePath] = (
    PureWindowsPath if sys.platform.startswith("win") else PurePosixPath)


class _Refused(Exception):
    """A value that does not fit its setting; the text is the reason, shown after the key."""


Check = Callable[[Any, "tuple[int, int] | None"], None]


def _setting(default: Any, check: Check, doc: str, limits: tuple[int, int] | None = None) -> Any:
    """Declare one setting: its default, the check its value must pass, and what it does."""
    return field(default=default, metadata={"check": check, "limits": limits, "doc": doc})


def _whole_number(value: Any, limits: tuple[int, int] | None) -> None:
    assert limits is not None
    low, high = limits
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Refused(f"must be a whole number between {low} and {high}")
    if not low <= value <= high:
        raise _Refused(f"must be between {low} and {high}")


def _true_or_false(value: Any, _limits: tuple[int, int] | None) -> None:
    if not isinstance(value, bool):
        raise _Refused("must be true or false")


def _folder_or_null(value: Any, _limits: tuple[int, int] | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise _Refused("must be an absolute folder path in double quotes, or null")
    problem = _folder_problem(value)
    if problem:
        raise _Refused(problem)


def _definitions_folder_or_null(value: Any, _limits: tuple[int, int] | None) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise _Refused("must be an absolute folder path in double quotes, or null")
    if not value:
        raise _Refused("must not be empty; use null for the shipped checklists only")
    problem = _folder_problem(value, own_folder=False)
    if problem:
        raise _Refused(problem)


def _service_name(value: Any, _limits: tuple[int, int] | None) -> None:
    if not isinstance(value, str):
        raise _Refused("must be the service's name in double quotes (\"\" for none)")
    if len(value) > MAX_SERVICE_NAME_CHARS:
        raise _Refused(f"is longer than {MAX_SERVICE_NAME_CHARS} characters")
    if value != value.strip():
        raise _Refused("must not start or end with spaces")
    for char in value:
        if "\ud800" <= char <= "\udfff" or not char.isprintable():
            raise _Refused(f"contains U+{ord(char):04X}, an invisible or control character; "
                           "type the name plainly")


def _not_built_yet(feature: str, consequence: str) -> Check:
    """A setting kept declared (so the message is specific) but refused until it works."""
    def check(value: Any, _limits: tuple[int, int] | None) -> None:
        if value is not None:
            raise _Refused(f"cannot be used yet: {feature} is not implemented, so "
                           f"{consequence}; remove the setting or set it to null")
    return check


@dataclass(frozen=True)
class Policy:
    idle_lock_minutes: int = _setting(
        5, _whole_number, "minutes without input before the GUI locks the vault", (1, 240))
    export_allowed: bool = _setting(
        True, _true_or_false, "whether referral PDFs may be exported from this computer")
    export_password_required: bool = _setting(
        False, _true_or_false, "whether every referral PDF must be protected by a passphrase "
        "(the app makes one and shows it once)")
    service_name: str = _setting(
        "", _service_name, "the referring service's name as the PDF prints it; empty leaves "
        "the line out")
    min_passphrase_length: int = _setting(
        15, _whole_number, "shortest new passphrase accepted", (15, 256))
    min_kdf_memory_kib: int = _setting(
        64 * 1024, _whole_number, "least Argon2id memory for new key slots",
        (64 * 1024, 1024 * 1024))
    min_kdf_time_cost: int = _setting(
        3, _whole_number, "least Argon2id passes for new key slots", (3, 32))
    data_dir: str | None = _setting(
        None, _folder_or_null, "where the vault lives; null means each user's data folder")
    retention_days: int | None = _setting(
        None, _not_built_yet("retention", "no records would be purged"),
        "retention period for case records; refused until retention is built")
    clipboard_clear_seconds: int = _setting(
        30, _whole_number, "seconds before the GUI takes back what it put on the clipboard",
        (5, 600))
    checklist_dir: str | None = _setting(
        None, _definitions_folder_or_null, "a folder of the organisation's own checklist "
        "definitions (*.toml), read beside the shipped ones; null means the shipped ones only")
    review_interval_days: int = _setting(
        DEFAULT_INTERVAL_DAYS, _whole_number,
        "days after the latest risk assessment before a review is due",
        (7, 730))

    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else default_data_dir()

    def checklist_path(self) -> Path | None:
        return Path(self.checklist_dir) if self.checklist_dir else None


def default_policy_path() -> Path:
    if sys.platform.startswith("win"):
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / APP_DIR_NAME / \
            "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_DIR_NAME / "policy.json"
    return Path("/etc/confidential-intake/policy.json")


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


# --- reading the file ------------------------------------------------------------------------

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def load_policy(path: Path | None = None) -> Policy:
    """Read the policy; a missing file means defaults, a malformed one is refused."""
    path = Path(path) if path else default_policy_path()
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        raise PolicyInvalid(
            f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyInvalid(f"{path}: larger than {MAX_POLICY_BYTES // 1024} KiB, so not a "
                            "policy file (a policy is a few hundred bytes)")
    return parse_policy(_decode(data, str(path)), str(path))


def _decode(data: bytes, source: str) -> str:
    if data.startswith(_UTF16_BOMS):
        raise PolicyInvalid(f"{source}: saved as UTF-16; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PolicyInvalid(f"{source}, line {line}: not UTF-8 text (byte "
                            f"0x{data[exc.start]:02X}); save the file as UTF-8") from None


# --- parsing ---------------------------------------------------------------------------------
#
# The top-level object is walked here, key by key, rather than handed whole to json.loads: so
# every message has the exact line of its setting, a setting given twice is caught (json.loads
# silently keeps the last), and nested values are refused unread (no setting takes a list or an
# object), so no nesting depth can exhaust the stack. Keys and values themselves are read by the
# standard JSON decoder.

_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def parse_policy(text: str, source: str = "policy") -> Policy:
    # Notepad and some editors put a byte order mark in front of UTF-8; one carries no meaning.
    text = text.removeprefix("\ufeff")
    declared = {f.name: f for f in fields(Policy)}
    pos = _skip(text, 0)
    if pos == len(text):
        raise PolicyInvalid(f"{source}: the file is empty; write {{}} or delete the file for "
                            "the defaults")
    if text[pos] != "{":
        raise PolicyInvalid(f"{source}, line {_line(text, pos)}: the policy must be a JSON "
                            "object, from { to }")
    pos = _skip(text, pos + 1)
    values: dict[str, object] = {}
    lines: dict[str, int] = {}
    closed = text.startswith("}", pos)
    while not closed:
        line = _line(text, pos)
        where = f"{source}, line {line}"
        if not text.startswith('"', pos):
            raise PolicyInvalid(f"{where}: expected a setting name in double quotes")
        name, pos = _read_value(text, pos, source)
        key = str(name)  # already a str (the value starts with '"'); str() tells mypy so
        if key not in declared:
            raise PolicyInvalid(f"{where}: unknown setting '{_shown(key)}'")
        if key in lines:
            raise PolicyInvalid(f"{where}: '{key}' is set twice (also on line {lines[key]})")
        lines[key] = line
        pos = _skip(text, pos)
        if not text.startswith(":", pos):
            raise PolicyInvalid(f"{where}: expected ':' after '{key}'")
        pos = _skip(text, pos + 1)
        where = f"{source}, line {_line(text, pos)}"
        spec = declared[key].metadata
        if text.startswith(("[", "{"), pos):
            value: object = []  # a stand-in: every check refuses it, and it is never read
        else:
            try:
                value, pos = _read_value(text, pos, source)
            except _Refused as exc:
                raise PolicyInvalid(f"{where}: '{key}' {exc}") from None
        try:
            spec["check"](value, spec["limits"])
        except _Refused as exc:
            raise PolicyInvalid(f"{where}: '{key}' {exc}") from None
        values[key] = value
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos = _skip(text, pos + 1)
        elif text.startswith("}", pos):
            closed = True
        else:
            raise PolicyInvalid(f"{source}, line {_line(text, pos)}: expected ',' or '}}' "
                                f"after the value of '{key}'")
    pos = _skip(text, pos + 1)
    if pos != len(text):
        raise PolicyInvalid(f"{source}, line {_line(text, pos)}: unexpected text after the "
                            "closing }")
    return Policy(**values)  # type: ignore[arg-type]


def _read_value(text: str, pos: int, source: str) -> tuple[object, int]:
    """One JSON value (never a list or an object here) starting at ``pos``."""
    try:
        return _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError as exc:
        # The decoder's reasons end in " at" when they expect a position after them.
        at = f" column {exc.colno}" if exc.msg.endswith(" at") else f" (column {exc.colno})"
        raise PolicyInvalid(f"{source}, line {exc.lineno}: {exc.msg}{at}") from None
    except ValueError:
        # int() refuses more than sys.get_int_max_str_digits() digits (4,300 by default).
        raise _Refused("is a number with far too many digits") from None


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _shown(key: str) -> str:
    """A setting name as it can safely go into a one-line message: escaped and short."""
    escaped = repr(key)[1:-1]
    return escaped if len(escaped) <= 60 else escaped[:60] + "..."


# --- the data folder -------------------------------------------------------------------------

# Folders of the system itself: the vault makes its folder owner-only and keeps its files
# directly in it, so it needs a folder of its own, never one of these.
_SYSTEM_FOLDERS_POSIX = {
    ("applications",), ("bin",), ("boot",), ("etc",), ("home",), ("lib",), ("lib64",),
    ("library",), ("library", "application support"), ("media",), ("mnt",), ("opt",),
    ("private",), ("root",), ("sbin",), ("srv",), ("system",), ("users",), ("usr",),
    ("usr", "local"), ("var",), ("volumes",),
}
_SYSTEM_FOLDERS_WINDOWS = {
    ("program files",), ("program files (x86)",), ("programdata",), ("users",), ("windows",),
}
# Folders whose contents the system itself empties or invents: records kept there are lost.
_TRANSIENT_POSIX = {
    ("tmp",): "a temporary folder the system empties",
    ("var", "tmp"): "a temporary folder the system empties",
    ("private", "tmp"): "a temporary folder the system empties",
    ("run",): "a folder the system empties at every restart",
    ("dev",): "a virtual file system that holds no files",
    ("proc",): "a virtual file system that holds no files",
    ("sys",): "a virtual file system that holds no files",
}
_TRANSIENT_WINDOWS = {("windows",): "the Windows system folder"}

def _folder_problem(value: str, *, own_folder: bool = True) -> str | None:
    """Why ``value`` cannot be the data folder (or, not ``own_folder``, a folder the app only
    reads), or None if it can."""
    if not value:
        return "must not be empty; use null for each user's own data folder"
    if "\x00" in value:
        return "contains a NUL character, which no folder name can hold"
    for char in value:
        if "\ud800" <= char <= "\udfff":
            return f"contains U+{ord(char):04X}, half of a character pair, which is not text"
        # Controls, invisible direction marks (which make a path display as another) and
        # characters unknown to this Python: nothing an administrator could check by eye.
        if not char.isprintable():
            return (f"contains U+{ord(char):04X}, an invisible or control character; type the "
                    "path plainly")
    if len(value) > MAX_DATA_DIR_CHARS:
        return f"is longer than {MAX_DATA_DIR_CHARS} characters"
    path = _PATH_FLAVOUR(value)
    if not path.is_absolute():
        return "must be an absolute path (from the root or a drive letter), not a relative one"
    if ".." in path.parts:
        return "must not contain '..'; write the folder's full path"
    if not own_folder:
        return None
    if path.parent == path:
        return ("is the root of a disk or share; the vault needs a folder of its own, for "
                f"example {_example_folder()}")
    windows = _PATH_FLAVOUR is PureWindowsPath
    rest = tuple(part.casefold() for part in path.parts[1:])
    if rest in (_SYSTEM_FOLDERS_WINDOWS if windows else _SYSTEM_FOLDERS_POSIX):
        return ("is a system folder shared by the whole machine; the vault needs a folder of "
                f"its own, for example {_example_folder()}")
    for prefix, what in (_TRANSIENT_WINDOWS if windows else _TRANSIENT_POSIX).items():
        if rest[:len(prefix)] == prefix:
            return f"is inside {path.anchor}{_PATH_FLAVOUR(*prefix)}, {what}"
    return None


def _example_folder() -> str:
    if _PATH_FLAVOUR is PureWindowsPath:
        return r"D:\ConfidentialIntake"
    return "/srv/confidential-intake"
