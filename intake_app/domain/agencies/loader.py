"""The directory the app ships: one TOML file per kind in ``resources/agencies/``.

One file per kind, so that a newer app's change to one kind is one file with its own SHA-256
(the vault offers exactly that kind as an update for a supervisor to review), a broken file
takes away only its own kind, and a change reads as one small diff. ``load_shipped`` never
raises for a file: it loads the others and reports each refused one with its reason, as the
checklist loader does; a file whose name is not its id, or an id in two files, is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from intake_app import resources
from intake_app.domain.agencies.model import SHIPPED_KIND_IDS, Kind
from intake_app.domain.agencies.parse import WHAT, parse_kind
from intake_app.domain.definition_files import read_text
from intake_app.domain.errors import AgencyFileInvalid

#: More kinds than any directory has; a folder beyond it is read only this far.
MAX_FILES = 100


@dataclass(frozen=True)
class Refusal:
    file: str
    reason: str


@dataclass(frozen=True)
class Shipped:
    """The shipped kinds that loaded, in the order the directory lists them, and the files
    refused."""

    kinds: tuple[Kind, ...]
    refused: tuple[Refusal, ...]


def shipped_agencies_dir() -> Path:
    return resources.path("agencies")


def read_kind(path: Path, *, today: date | None = None) -> Kind:
    """One file's kind, its size and encoding checked before it is parsed."""
    return parse_kind(read_text(path, AgencyFileInvalid, WHAT), str(path), today=today)


def load_shipped(folder: Path | None = None, *, today: date | None = None) -> Shipped:
    """Every kind in ``folder`` (the shipped one by default); ``today`` refuses facts reviewed
    after it."""
    folder = shipped_agencies_dir() if folder is None else Path(folder)
    try:
        if not folder.is_dir():
            return Shipped((), (Refusal(str(folder), "the agency directory folder does not "
                                        "exist"),))
        names = sorted(p for p in folder.iterdir() if p.suffix == ".toml")
    except OSError as exc:
        return Shipped((), (Refusal(str(folder), "the agency directory folder cannot be read "
                                    f"({exc.strerror or type(exc).__name__})"),))
    refused: list[Refusal] = []
    if len(names) > MAX_FILES:
        refused.append(Refusal(str(folder), f"holds {len(names)} files; only the first "
                               f"{MAX_FILES} were read"))
        names = names[:MAX_FILES]
    kinds: list[Kind] = []
    for path in names:
        try:
            kind = read_kind(path, today=today)
        except AgencyFileInvalid as exc:
            refused.append(Refusal(str(path), exc.detail))
            continue
        if path.stem != kind.id:  # so one id is one file, and no two files share one
            refused.append(Refusal(str(path), f"id: '{kind.id}' is not the file's name; "
                                   f"name the file {kind.id}.toml"))
        else:
            kinds.append(kind)
    order = {kind_id: n for n, kind_id in enumerate(SHIPPED_KIND_IDS)}
    kinds.sort(key=lambda k: (order.get(k.id, len(order)), k.id))
    return Shipped(tuple(kinds), tuple(refused))
