"""Imports point down. One table says which top-level part of intake_app may import which;
every import in every module is checked against it, read from the source (imports inside
functions and under ``if TYPE_CHECKING:`` included, where upward edges like to hide).

Also: only intake_app.ui (and app.py) may import PySide6; no private name is imported across
modules; the test-only weak-KDF switch is mentioned nowhere under intake_app/ but in crypto.py;
the vault core has no import cycles.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "intake_app"

#: The allowed import edges between top-level parts of intake_app (a subpackage or a module).
#: A part may always import itself and ``intake_app`` (the package's name and version, which
#: imports nothing). Keep it a ladder: every edge points down, so the table has no cycle.
ALLOWED: dict[str, set[str]] = {
    "__main__": {"app", "cli", "hardening", "netguard"},
    "app": {"ui", "services", "policy", "domain", "resources"},  # the GUI's composition root
    "ui": {"services", "domain", "policy", "resources"},
    "cli": {"cli_agencies", "cli_base", "cli_cases", "cli_parser", "cli_referrals", "cli_risk",
            "cli_consent", "services", "domain", "policy", "selftest"},
    # what every command shares: a value printed in a line, the failures, the role's service
    "cli_base": {"services", "domain"},
    # the referral commands' output: the referral service's records and the domain's view
    "cli_referrals": {"cli_base", "cli_risk", "services", "domain", "policy"},
    # the command line's grammar: commands, options, help (the domain's names of choices)
    "cli_parser": {"domain"},
    # the case commands of the command line (import, show): the case service and the domain
    "cli_cases": {"services", "domain"},
    "cli_risk": {"domain"},
    "cli_consent": {"domain"},  # consent record's options and case show's consent records
    # 'agencies list': the directory as text and JSON (the domain's values only)
    "cli_agencies": {"domain"},
    # 'intake-app self-test': the libraries, and which checklist and agency files load (domain)
    "selftest": {"vault", "domain", "resources", "netguard"},
    "services": {"vault", "export", "files", "domain", "policy"},
    # the PDF referral: the redacted view (domain), the shipped fonts (resources)
    "export": {"files", "domain", "resources"},
    "vault": {"files", "domain"},
    "files": {"domain"},  # the neutral writer and 'may the app write here?'
    "policy": {"domain"},
    # resources/ is packaged data read with the standard library (the passphrase word list).
    "domain": {"resources"},
    "resources": set(),
    "hardening": set(),
    "netguard": set(),
    "intake_app": set(),
}

#: The test-only switch and its read-out: only crypto.py may name them.
WEAK_SWITCH = ("allow_weak_kdf_for_tests", "weak_kdf_allowed")


@dataclass(frozen=True)
class Import:
    file: str  # relative to the repository, with forward slashes
    line: int
    source: str  # the importing module, dotted
    target: str  # the imported module, dotted (a name imported from a package that is a
    #              module of it counts as that module)
    name: str | None  # the name imported from ``target`` (None for ``import x`` and modules)
    bound: str = ""  # the local name the import binds, if any

    @property
    def edge(self) -> tuple[str, str]:
        return part(self.source), part(self.target)

    def __str__(self) -> str:
        first, second = self.edge
        return f"{self.file}:{self.line}: {first} -> {second} ({self.target})"


def part(module: str) -> str:
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else pieces[0]


@cache
def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        pieces = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(p for p in pieces if p != "__init__")] = path
    return found


def _resolve(source: str, path: Path, node: ast.ImportFrom) -> str | None:
    """The absolute module of ``from ... import``, relative imports included."""
    if node.level == 0:
        return node.module
    package = source.split(".") if path.name == "__init__.py" else source.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports_of(source: str, path: Path) -> list[Import]:
    file = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    found: list[Import] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=file)):
        if isinstance(node, ast.Import):
            found += [Import(file, node.lineno, source, alias.name, None,
                             alias.asname or alias.name.split(".")[0])
                      for alias in node.names if part_of_ours(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(source, path, node)
            if not module or not part_of_ours(module):
                continue
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                bound = alias.asname or alias.name
                if submodule in modules():
                    found.append(Import(file, node.lineno, source, submodule, None, bound))
                else:
                    found.append(Import(file, node.lineno, source, module, alias.name, bound))
        elif isinstance(node, ast.Call) and _called(node) in ("import_module", "__import__"):
            # importlib.import_module("intake_app.x") is an import too.
            found += [Import(file, node.lineno, source, arg.value, None) for arg in node.args
                      if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                      and part_of_ours(arg.value)]
    return found


def _called(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def part_of_ours(module: str) -> bool:
    return module == "intake_app" or module.startswith("intake_app.")


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(i for source, path in modules().items() for i in _imports_of(source, path))


def violations() -> list[tuple[str, str, str]]:
    """Every import against the table, by file and line: (file, module imported, and the
    report line 'file:line: part -> part (module)')."""
    bad = {}
    for found in all_imports():
        first, second = found.edge
        if first != second and second != "intake_app" and second not in ALLOWED.get(first, ()):
            bad[(found.file, found.line, found.target)] = str(found)
    return [(file, target, bad[file, line, target]) for file, line, target in sorted(bad)]


# --- the table -------------------------------------------------------------------------------

def test_every_part_is_in_the_table():
    parts = {part(m) for m in modules()}
    assert parts - ALLOWED.keys() == set(), "place each new part in ALLOWED"
    for first, seconds in ALLOWED.items():
        assert seconds <= ALLOWED.keys(), first


def test_the_table_points_down():
    """No cycle in ALLOWED: otherwise 'down' would mean nothing."""
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        if state.get(node) == 1:
            raise AssertionError("cycle in ALLOWED: " + " -> ".join([*path, node]))
        if state.get(node) == 2:
            return
        state[node] = 1
        for nxt in sorted(ALLOWED[node]):
            visit(nxt, [*path, node])
        state[node] = 2

    for node in sorted(ALLOWED):
        visit(node, [])


def test_the_import_reader_sees_what_it_must(tmp_path):
    """The reader itself: a function-level, a TYPE_CHECKING, a relative and a dynamic import."""
    probe = tmp_path / "probe.py"
    probe.write_text("from typing import TYPE_CHECKING\n"
                     "if TYPE_CHECKING:\n"
                     "    from intake_app.vault.store import Vault\n"
                     "def f():\n"
                     "    from intake_app.services import auth\n"
                     "    import intake_app.policy\n"
                     "    from ..domain.errors import IntakeError\n"
                     "    importlib.import_module('intake_app.cli')\n", encoding="utf-8")
    seen = {(i.target, i.name) for i in _imports_of("intake_app.ui.probe", probe)}
    assert seen == {("intake_app.vault.store", "Vault"), ("intake_app.services.auth", None),
                    ("intake_app.policy", None), ("intake_app.domain.errors", "IntakeError"),
                    ("intake_app.cli", None)}


def test_imports_point_down():
    bad = [line for _file, _target, line in violations()]
    assert bad == [], "imports against the ALLOWED table:\n" + "\n".join(bad)


# --- private names, the weak switch, PySide6 -------------------------------------------------

def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_private_name_is_imported_across_modules():
    bad = [f"{i} imports {i.name or i.target}" for i in all_imports()
           if _private(i.name or "") or any(_private(p) for p in i.target.split("."))]
    bad += _private_attributes()
    assert bad == []


def _private_attributes() -> list[str]:
    """``module._name`` where ``module`` is one of ours imported by name (``crypto._argon2``)."""
    bad = []
    for source, path in modules().items():
        bound = {i.bound for i in _imports_of(source, path) if i.name is None and i.bound}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in bound and _private(node.attr):
                bad.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}: "
                           f"{node.value.id}.{node.attr}")
    return bad


def test_the_weak_kdf_switch_is_named_only_in_crypto():
    crypto = PACKAGE / "vault" / "crypto.py"
    bad = []
    for path in modules().values():
        if path == crypto:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(word in line for word in WEAK_SWITCH):
                bad.append(f"{path.relative_to(ROOT).as_posix()}:{number}: {line.strip()}")
    # crypto.py defines the switch and never turns it on itself.
    calls = [node.lineno for node in ast.walk(ast.parse(crypto.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and _called(node) == WEAK_SWITCH[0]]
    assert bad == [] and calls == []


def test_pyside6_is_imported_only_in_ui_and_app():
    """From the source, so an import inside a function counts too."""
    bad = []
    for source, path in modules().items():
        if part(source) in ("ui", "app"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            bad += [f"{source}:{node.lineno}" for n in names
                    if n.split(".")[0] in ("PySide6", "shiboken6")]
    assert bad == []


def _non_ui_modules():
    for path in sorted((ROOT / "intake_app").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if "ui" in parts or parts[-1] in ("app", "__main__"):
            continue
        yield ".".join(p for p in parts if p != "__init__")


def test_non_ui_modules_do_not_import_pyside6():
    modules = list(_non_ui_modules())
    code = ("import importlib, sys\n"
            f"for m in {modules!r}:\n"
            "    importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print(','.join(bad))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
    assert len(modules) > 10


# --- the vault core --------------------------------------------------------------------------

def test_the_vault_core_has_no_import_cycles():
    vault = {m for m in modules() if m.startswith("intake_app.vault")}
    graph: dict[str, set[str]] = {m: set() for m in vault}
    for found in all_imports():
        if found.source in vault and found.target in vault:
            graph[found.source].add(found.target)
    seen: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        if seen.get(node) == 1:
            raise AssertionError("import cycle: " + " -> ".join([*path, node]))
        if seen.get(node) == 2:
            return
        seen[node] = 1
        for nxt in sorted(graph.get(node, ())):
            visit(nxt, [*path, node])
        seen[node] = 2

    for module in sorted(graph):
        visit(module, [])


# --- the redaction step (issue 12) -----------------------------------------------------------

#: What the redacted view may never be built with: the vault, the services, the GUI, Qt.
NOT_FOR_REDACTION = ("intake_app.vault", "intake_app.services", "intake_app.ui",
                     "intake_app.export", "PySide6", "shiboken6")


def _redaction_import_problems(source: str, path: Path) -> list[str]:
    """Every import of ``path`` (a module named ``source``) outside the domain and the
    standard library, and every one of NOT_FOR_REDACTION, as 'file:line: module'."""
    file = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    found = [(i.line, i.target) for i in _imports_of(source, path)]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if not part_of_ours(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module \
                and not part_of_ours(node.module):
            found.append((node.lineno, node.module))
    bad = []
    for line, module in found:
        top = module.split(".")[0]
        ours_allowed = module == "intake_app.domain" or module.startswith("intake_app.domain.")
        forbidden = any(module == f or module.startswith(f + ".") for f in NOT_FOR_REDACTION)
        outside = not ours_allowed if part_of_ours(module) else \
            top not in sys.stdlib_module_names and top != "__future__"
        if forbidden or outside:
            bad.append(f"{file}:{line}: {module}")
    return bad


def test_the_redaction_step_imports_only_the_domain_and_the_standard_library():
    """``intake_app/domain/redaction*`` builds the view from plain values: nothing that can
    open the vault, call a service, draw a widget or load Qt (read from the source, imports
    inside functions included)."""
    redaction = {m: p for m, p in modules().items()
                 if m.startswith("intake_app.domain.redaction")}
    assert len(redaction) >= 4, sorted(redaction)
    bad = [line for source, path in redaction.items()
           for line in _redaction_import_problems(source, path)]
    assert bad == []


def test_the_redaction_import_check_sees_what_it_must(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import json\n"
                     "from intake_app.domain.case_model import FIELDS\n"
                     "def f():\n"
                     "    from intake_app.vault.store import Vault\n"
                     "    import PySide6.QtCore\n"
                     "    from ...services import cases\n"
                     "    import reportlab\n"
                     "    from intake_app import cli\n", encoding="utf-8")
    bad = _redaction_import_problems("intake_app.domain.redaction.probe", probe)
    assert sorted(line.split(": ", 1)[1] for line in bad) == [
        "PySide6.QtCore", "intake_app.cli", "intake_app.services.cases",
        "intake_app.vault.store", "reportlab"]
