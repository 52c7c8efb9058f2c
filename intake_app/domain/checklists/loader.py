"""Every checklist definition the app can use: the shipped ones and the organisation's own.

``load_checklists`` reads each ``*.toml`` file of the shipped folder and of the folder the
policy names (``checklist_dir``). A file that cannot be used is refused, with the reason, and
the others are loaded all the same: one broken file from an organisation must not take the
risk checklist away from every caseworker. The same id and version from two files is refused
(a shipped file keeps its place; the other files are refused, naming each other), so an
assessment's id and version always name one definition.
"""

from __future__ import annotations

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
    for folder, is_shipped in ((shipped_dir, True), (org_dir, False)):
        if folder is None:
            continue
        files, problem = _files(Path(folder))
        if problem:
            refused.append(Refusal(str(folder), problem))
        for path in files:
            try:
                defn = read_definition(path)
            except ChecklistInvalid as exc:
                refused.append(Refusal(str(path), exc.detail))
                continue
            found.append(defn)
            if is_shipped:
                shipped.add(defn.source_name)
    loaded, clashes = _without_clashes(found, shipped)
    return Catalogue(tuple(loaded), tuple(refused + clashes))


def read_definition(path: Path) -> Definition:
    """One file's definition, its size and encoding checked before it is parsed."""
    return parse_definition(read_text(path, ChecklistInvalid, "a checklist definition"),
                            str(path))


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
