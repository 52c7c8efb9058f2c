"""Only intake_app.ui (and app.py) may import PySide6; nothing imports network modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


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


def _imports(package: str) -> dict[str, set[tuple[str, str]]]:
    """module -> {(imported module, imported name)} for every ``from intake_app... import``
    anywhere in the module (also inside functions, where cycles like to hide)."""
    import ast

    found: dict[str, set[tuple[str, str]]] = {}
    for path in sorted((ROOT / "intake_app").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        module = ".".join(p for p in rel.parts if p != "__init__")
        if not module.startswith(package):
            continue
        edges: set[tuple[str, str]] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("intake_app"):
                edges.update((node.module, alias.name) for alias in node.names)
        found[module] = edges
    return found


def test_the_vault_core_has_no_import_cycles():
    graph = {m: {target for target, _ in edges if target in _imports("intake_app.vault")}
             for m, edges in _imports("intake_app.vault").items()}
    # A name imported from a package may be a module of it.
    for m, edges in _imports("intake_app.vault").items():
        graph[m] |= {f"{t}.{n}" for t, n in edges if f"{t}.{n}" in graph}
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


def test_no_private_names_are_imported_across_vault_modules():
    private = sorted((m, target, name) for m, edges in _imports("intake_app.vault").items()
                     for target, name in edges if name.startswith("_"))
    assert private == []
