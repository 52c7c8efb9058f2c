"""The PyInstaller spec leaves Qt's network and web modules out (read without running it)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "intake-app.spec"

QT_NETWORK_AND_WEB = [
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebSockets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebView",
    "PySide6.QtHttpServer",
]


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


@pytest.fixture(scope="module")
def constants(spec_tree: ast.Module) -> dict[str, object]:
    found = {}
    for node in spec_tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id.isupper():
            try:
                found[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return found


@pytest.fixture(scope="module")
def spec_functions(spec_tree: ast.Module, constants: dict[str, object]) -> dict[str, object]:
    """The spec's pure helper functions, compiled on their own with the spec's constant lists."""
    wanted = [node for node in spec_tree.body
              if isinstance(node, ast.FunctionDef) and node.name in ("is_excluded", "filter_toc")]
    assert len(wanted) == 2, "the spec must define is_excluded and filter_toc"
    namespace: dict[str, object] = dict(constants)
    code = compile(ast.Module(body=wanted, type_ignores=[]), str(SPEC), "exec")
    exec(code, namespace)
    return namespace


def _analysis_call(spec_tree: ast.Module) -> ast.Call:
    for node in ast.walk(spec_tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id == "Analysis":
            return node
    raise AssertionError("no Analysis(...) call in the spec")


def test_qt_network_and_web_modules_are_excluded(constants: dict[str, object]) -> None:
    excluded = constants["QT_EXCLUDED_MODULES"]
    missing = [name for name in QT_NETWORK_AND_WEB if name not in excluded]
    assert not missing, f"the spec does not exclude {missing}"


def test_tkinter_and_test_suites_are_excluded(constants: dict[str, object]) -> None:
    excluded = constants["PY_EXCLUDED_MODULES"]
    for name in ("tkinter", "_tkinter", "test", "unittest.test", "pytest", "hypothesis"):
        assert name in excluded


def test_network_plugin_folders_are_excluded(constants: dict[str, object]) -> None:
    folders = constants["QT_EXCLUDED_PLUGIN_DIRS"]
    for name in ("bearer", "networkinformation", "tls", "networkaccess", "qmltooling"):
        assert name in folders


def test_analysis_uses_the_exclusion_lists(spec_tree: ast.Module) -> None:
    call = _analysis_call(spec_tree)
    excludes = next(k.value for k in call.keywords if k.arg == "excludes")
    names = {n.id for n in ast.walk(excludes) if isinstance(n, ast.Name)}
    assert {"QT_EXCLUDED_MODULES", "PY_EXCLUDED_MODULES"} <= names


def test_filter_is_applied_to_binaries_and_data() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "= filter_toc(a.binaries)" in source
    assert "= filter_toc(a.datas)" in source


def test_resources_are_bundled_as_resources(spec_tree: ast.Module) -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in source
    assert 'vault/migrations/*.sql' in source


def test_bundle_is_one_folder(spec_tree: ast.Module) -> None:
    calls = {n.func.id for n in ast.walk(spec_tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert "COLLECT" in calls
    exe = next(n for n in ast.walk(spec_tree) if isinstance(n, ast.Call)
               and isinstance(n.func, ast.Name) and n.func.id == "EXE")
    keywords = {k.arg: k.value for k in exe.keywords}
    # One folder: the executables leave the binaries to COLLECT instead of packing them in.
    assert ast.literal_eval(keywords["exclude_binaries"]) is True


def test_linux_executable_is_intake_app() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert 'executables = [executable("intake-app", console=True)]' in source


@pytest.mark.parametrize("name", [
    "PySide6/Qt/lib/libQt6Network.so.6",
    "libQt6Network.so.6",
    "PySide6/QtNetwork.abi3.so",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt6WebSockets.so.6",
    "PySide6/Qt/lib/libQt6WebChannel.so.6",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
    "PySide6/Qt/plugins/bearer/libqgenericbearer.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    r"PySide6\plugins\tls\qschannelbackend.dll",
    r"PySide6\Qt6Network.dll",
    "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
])
def test_filter_drops(spec_functions: dict[str, object], name: str) -> None:
    assert spec_functions["is_excluded"](name)


@pytest.mark.parametrize("name", [
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    r"PySide6\plugins\platforms\qwindows.dll",
    "resources/styles/case_work.qss",
    "intake_app/vault/migrations/0001_initial.sql",
])
def test_filter_keeps(spec_functions: dict[str, object], name: str) -> None:
    assert not spec_functions["is_excluded"](name)


def test_filter_toc_splits_entries(spec_functions: dict[str, object]) -> None:
    toc = [("PySide6/Qt/lib/libQt6Network.so.6", "/src/a", "BINARY"),
           ("PySide6/Qt/lib/libQt6Core.so.6", "/src/b", "BINARY")]
    kept, removed = spec_functions["filter_toc"](toc)
    assert kept == [toc[1]]
    assert removed == [toc[0]]
