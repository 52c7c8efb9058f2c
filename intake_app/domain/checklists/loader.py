"""Every checklist definition the app can use: the shipped ones and the organisation's own.

``load_checklists`` reads each ``*.toml`` file of the shipped folder and of the folder the
policy names (``checklist_dir``). A file that cannot be used is refused, with the reason, and
the others are loaded all the same: one broken file from an organisation must not take the
risk checklist away from every caseworker. The same id and version from two files is refused
(a shipped file keeps its place; the other files are refused, naming each other), so an
assessment's id and version always name one definition. An organisation's file may not use a
shipped checklist's id at all (a higher version would otherwise replace the risk checklist
unnoticed), and its folder and files must not be writable by other users of the computer;
the folder is read up to ``MAX_FOLDER_BYTES``.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from intake_app import resources
from intake_app.domain.checklists.model import Definition
from intake_app.domain.checklists.parse import parse_definition
from intake_app.domain.definition_files import read_text
from intake_app.domain.errors import ChecklistInvalid, NotFound

#: More files than any organisation writes; a folder beyond it is read only this far.
MAX_FILES = 200
#: More text than all of an organisation's definitions; past it the rest are not read, so a
#: full folder cannot stall the first use of the risk checklists.
MAX_FOLDER_BYTES = 8 * 1024 * 1024
_WRITABLE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH


@dataclass(frozen=True)
class Refusal:
    file: str
    reason: str


@dataclass(frozen=True)
class Catalogue:
    loaded: tuple[Definition, ...]
    refused: tuple[Refusal, ...]

    def versions(self, checklist_id: str) -> tuple[Definition, ...]:
        """Every loaded version of ``checklist_id``, oldest first."""
        return tuple(sorted((d for d in self.loaded if d.id == checklist_id),
                            key=lambda d: d.version))

    def get(self, checklist_id: str, version: int | None = None) -> Definition:
        """That version (or, without one, the latest) of a checklist; NotFound otherwise."""
        for defn in reversed(self.versions(checklist_id)):
            if version is None or defn.version == version:
                return defn
        which = checklist_id if version is None else f"{checklist_id} version {version}"
        raise NotFound(f"no checklist {which} is loaded")


def shipped_checklists_dir() -> Path:
    """The folder of the definitions that ship with the app."""
    return resources.path("checklists")


def load_checklists(shipped_dir: Path, org_dir: Path | None = None) -> Catalogue:
    found: list[Definition] = []
    refused: list[Refusal] = []
    shipped: set[str] = set()
    shipped_ids: set[str] = set()
    for folder, is_shipped in ((shipped_dir, True), (org_dir, False)):
        if folder is None:
            continue
        files, problem = _files(Path(folder))
        if not problem and not is_shipped:
            problem = _too_open(Path(folder))
            files = [] if problem else files
        if problem:
            refused.append(Refusal(str(folder), problem))
        total = 0
        for path in files:
            try:
                if not is_shipped and (open_problem := _too_open(path)):
                    raise ChecklistInvalid(str(path), open_problem)
                total += path.stat().st_size
                if not is_shipped and total > MAX_FOLDER_BYTES:
                    raise ChecklistInvalid(str(path), (
                        f"not read: the folder's definitions are over "
                        f"{MAX_FOLDER_BYTES // (1024 * 1024)} MiB together"))
                defn = read_definition(path)
            except OSError as exc:
                refused.append(Refusal(str(path), "cannot be read ("
                                       f"{exc.strerror or type(exc).__name__})"))
                continue
            except ChecklistInvalid as exc:
                refused.append(Refusal(str(path), exc.detail))
                continue
            if not is_shipped and defn.id in shipped_ids:
                # An organisation's file must not replace (or out-version) a shipped checklist
                # unnoticed: the risk checklist is the one every caseworker relies on.
                refused.append(Refusal(str(path), (
                    f"uses the id {defn.id} of a checklist that ships with the app; give your "
                    "own definition an id of its own")))
                continue
            found.append(defn)
            if is_shipped:
                shipped.add(defn.source_name)
                shipped_ids.add(defn.id)
    loaded, clashes = _without_clashes(found, shipped)
    return Catalogue(tuple(loaded), tuple(refused + clashes))


def read_definition(path: Path) -> Definition:
    """One file's definition, its size and encoding checked before it is parsed."""
    return parse_definition(read_text(path, ChecklistInvalid, "a checklist definition"),
                            str(path))


def _too_open(path: Path) -> str | None:
    """Why an organisation's folder or file cannot be trusted: other users of the computer
    can change it (POSIX permissions; on Windows the installer's ACLs decide)."""
    if os.name != "posix":
        return None
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read ({exc.strerror or type(exc).__name__})"
    if mode & _WRITABLE_BY_OTHERS:
        what = "folder" if stat.S_ISDIR(mode) else "file"
        return (f"other users of this computer can change this {what}, so its definitions "
                "are not used; make it writable by IT only")
    return None


def _files(folder: Path) -> tuple[list[Path], str | None]:
    try:
        if not folder.is_dir():
            return [], "the checklist folder does not exist"
        names = sorted(p for p in folder.iterdir() if p.suffix == ".toml")
    except OSError as exc:
        return [], f"the checklist folder cannot be read ({exc.strerror or type(exc).__name__})"
    if len(names) > MAX_FILES:
        return names[:MAX_FILES], (f"holds {len(names)} definition files; only the first "
                                   f"{MAX_FILES} were read")
    return names, None


def _without_clashes(found: Sequence[Definition],
                     shipped: set[str]) -> tuple[list[Definition], list[Refusal]]:
    by_key: dict[tuple[str, int], list[Definition]] = {}
    for defn in found:
        by_key.setdefault((defn.id, defn.version), []).append(defn)
    loaded: list[Definition] = []
    refused: list[Refusal] = []
    for (checklist_id, version), same in by_key.items():
        if len(same) == 1:
            loaded.extend(same)
            continue
        keep = [d for d in same if d.source_name in shipped][:1]
        loaded.extend(keep)
        for defn in same:
            if any(defn is k for k in keep):
                continue
            others = ", ".join(d.source_name for d in same if d is not defn)
            refused.append(Refusal(defn.source_name, (
                f"{checklist_id} version {version} is also defined in {others}; give this "
                "file another id or a new version")))
    order = {id(d): n for n, d in enumerate(found)}
    loaded.sort(key=lambda d: order[id(d)])
    return loaded, refused
