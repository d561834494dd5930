"""The shape of the code: layers import only downward, no import cycles, Qt only in gui/, no long
modules, and the type checker, linter and formatter as configured in pyproject.toml.

Plain AST: every `import` in a module counts, at the top, inside a function or under
`if TYPE_CHECKING:`, since each is a dependency a reader has to follow. `from package import name`
is an import of the package itself (Python runs its `__init__` first) and, when `package.name` is
a submodule, of that submodule too; `from . import name` likewise counts the package it names.
`import package.module` and `from package.module import name` count only the module, so a
package's `__init__` that re-exports its submodules makes no cycle with a submodule that imports
a sibling as `from package.sibling import name` (acceptance 09 counts imports the same way).

The layers, low to high (docs/contributing.md): paths; domain; content and checklists; storage and
pdf; services; the front ends cli and gui. The root package `bali_desktop` holds only the version:
any layer may read it, and it imports nothing of ours (test_the_root_package_imports_nothing).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bali_desktop"
MAX_LINES = 450  # the hard limit; aim for ~400
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, "bali_desktop.gui.app"
    target: str  # the module imported, ours or not ("bali_desktop.storage.search", "PySide6.QtCore")
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line} imports {self.target}"


def _module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules_under(package: Path) -> dict[str, Path]:
    """Every module of the package in folder `package`, by dotted name (the folder's parent is the
    root of the names)."""
    return {
        _module_name(p, package.parent): p
        for p in sorted(package.rglob("*.py"))
        if "__pycache__" not in p.parts
    }


@cache
def modules() -> dict[str, Path]:
    """Every module of our package, by dotted name."""
    return modules_under(PACKAGE)


def _ours(name: str, known: Mapping[str, Path]) -> str | None:
    """The longest prefix of `name` that is one of the `known` modules (None if it is not one)."""
    parts = name.split(".")
    while parts:
        if ".".join(parts) in known:
            return ".".join(parts)
        parts.pop()
    return None


def imports_in(module: str, path: Path, known: Mapping[str, Path]) -> Iterator[Import]:
    """Every import in `module` (at `path`), `known` being the modules of its package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, path, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            # `from origin import a` runs origin (a package's __init__) first, whatever `a` is
            yield Import(module, origin, path, node.lineno)
            for alias in node.names:
                sub = f"{origin}.{alias.name}"
                if alias.name != "*" and sub in known:  # and `a` is a submodule: it is run too
                    yield Import(module, sub, path, node.lineno)


def edges_of(imports: Iterable[Import], known: Mapping[str, Path]) -> tuple[Import, ...]:
    """The imports of `known` modules, each resolved to the module it names (never a self-import)."""
    out: dict[Import, None] = {}  # `from m import a, b` is one import of m
    for imp in imports:
        target = _ours(imp.target, known)
        if target is not None and target != imp.source:
            out[Import(imp.source, target, imp.path, imp.line)] = None
    return tuple(out)


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(imp for name, path in modules().items() for imp in imports_in(name, path, modules()))


@cache
def internal_edges() -> tuple[Import, ...]:
    """Imports of our own modules, each resolved to the module it names (never a self-import)."""
    return edges_of(all_imports(), modules())


# --- (a) no import cycles ------------------------------------------------------------------------


def _cycles(
    known: Mapping[str, Path] | None = None, edges: Iterable[Import] | None = None
) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each as one cycle;
    of our package unless other modules and their edges are given."""
    if known is None or edges is None:
        known, edges = modules(), internal_edges()
    graph: dict[str, set[str]] = {m: set() for m in known}
    for edge in edges:
        graph[edge.source].add(edge.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(graph)))
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_one_cycle(graph, sorted(c)) for c in components]


def _one_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """A shortest path from the component's first module back to itself, inside the component."""
    start, inside = component[0], set(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & inside):
            if nxt == start:
                return paths[node] + [start]
            if nxt not in paths:
                paths[nxt] = paths[node] + [nxt]
                queue.append(nxt)
    raise AssertionError(f"no cycle through {start}")  # a component always has one


def _describe(cycle: list[str]) -> str:
    where = {(e.source, e.target): e for e in internal_edges()}
    steps = [str(where[(a, b)]) for a, b in zip(cycle, cycle[1:], strict=False)]
    return " -> ".join(cycle) + "\n      " + "\n      ".join(steps)


def test_no_import_cycles() -> None:
    cycles = _cycles()
    assert not cycles, f"{len(cycles)} import cycle(s):\n  " + "\n  ".join(_describe(c) for c in cycles)


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check itself works: two modules that import each other are one cycle."""
    graph = {"a": {"b"}, "b": {"a", "c"}, "c": set()}
    assert _one_cycle(graph, ["a", "b"]) == ["a", "b", "a"]


def _cycles_in(tmp_path: Path, files: dict[str, str]) -> list[list[str]]:
    """The cycles the check finds in a package written into tmp_path from {relative path: text}."""
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    known = modules_under(tmp_path / next(iter(files)).split("/")[0])
    imports = [imp for name, path in known.items() for imp in imports_in(name, path, known)]
    return _cycles(known, edges_of(imports, known))


def test_from_a_package_import_a_module_is_an_import_of_the_package(tmp_path: Path) -> None:
    """The check itself works on the form that hid cli <-> cli.library_cmds: `from pkg import names`
    runs pkg/__init__.py, which imports pkg.tools back."""
    cycles = _cycles_in(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg.tools import helper\n",
            "pkg/names.py": "NAME = 1\n",
            "pkg/tools.py": "from pkg import names\n\ndef helper():\n    return names.NAME\n",
        },
    )
    assert cycles == [["pkg", "pkg.tools", "pkg"]]


def test_a_relative_from_dot_import_counts_the_package_too(tmp_path: Path) -> None:
    cycles = _cycles_in(
        tmp_path,
        {
            "rel/__init__.py": "from .b import g\n",
            "rel/a.py": "X = 1\n",
            "rel/b.py": "from . import a\ng = a\n",
        },
    )
    assert cycles == [["rel", "rel.b", "rel"]]


def test_from_a_package_import_a_name_is_an_import_of_its_init(tmp_path: Path) -> None:
    cycles = _cycles_in(
        tmp_path,
        {
            "pkg2/__init__.py": "from pkg2.core import VALUE\nNAME = 1\n",
            "pkg2/core.py": "def VALUE():\n    from pkg2 import NAME\n    return NAME\n",
        },
    )
    assert cycles == [["pkg2", "pkg2.core", "pkg2"]]


def test_a_submodule_imported_by_its_full_name_makes_no_cycle_with_a_re_exporting_init(
    tmp_path: Path,
) -> None:
    """`from pkg.sibling import name` and `import pkg.sibling` count only the sibling, so an __init__
    that re-exports its submodules is no cycle with them; two submodules importing each other are."""
    files = {
        "pkg3/__init__.py": "from pkg3.a import f\nfrom pkg3.b import g\n",
        "pkg3/a.py": "from pkg3.b import g\n\ndef f():\n    return g\n",
        "pkg3/b.py": "import pkg3.c\n\ndef g():\n    return 1\n",
        "pkg3/c.py": "",
    }
    assert _cycles_in(tmp_path, files) == []
    files["pkg3/c.py"] = "from pkg3 import a\n"  # c runs pkg3 and a, and a imports b, which imports c
    assert _cycles_in(tmp_path, files) == [["pkg3", "pkg3.b", "pkg3.c", "pkg3"]]


# --- (b) no long modules -------------------------------------------------------------------------


def _python_files_outside_tests() -> list[Path]:
    skip = {".venv", "tests", "mutants", "build", "dist", "__pycache__", ".git"}
    return [
        p
        for p in sorted(ROOT.rglob("*.py"))
        if not skip & set(p.relative_to(ROOT).parts) and not p.relative_to(ROOT).parts[0].startswith(".")
    ]


def test_no_module_is_over_the_line_limit() -> None:
    long = {}
    for path in _python_files_outside_tests():
        with path.open(encoding="utf-8") as f:
            count = sum(1 for _ in f)
        if count > MAX_LINES:
            long[str(path.relative_to(ROOT))] = count
    assert not long, f"modules over {MAX_LINES} lines (aim for ~400): {long}"


# --- (c) Qt only in gui/ -------------------------------------------------------------------------


def test_qt_is_imported_only_under_gui() -> None:
    leaks = [
        str(imp)
        for imp in all_imports()
        if imp.target.split(".")[0] in QT and not imp.source.startswith("bali_desktop.gui")
    ]
    assert not leaks, "Qt outside bali_desktop/gui/:\n  " + "\n  ".join(leaks)


# --- (d) the layers ------------------------------------------------------------------------------


def layer(module: str) -> str:
    """The part of the app a module belongs to: "domain", "storage", "cli" (cli*.py and the
    `python -m` entry), "bali_desktop" (the root package, the version), ..."""
    parts = module.split(".")
    if len(parts) == 1:
        return "bali_desktop"
    top = parts[1]
    if top in ("entry", "__main__"):
        return "entry"
    return top


ALLOWED: dict[str, set[str]] = {
    "paths": set(),
    "domain": set(),
    "content": {"domain"},
    "checklists": {"domain"},
    "storage": {"domain", "content", "paths"},
    "pdf": {"domain", "paths"},
    "packs": {"domain", "content", "paths"},  # signed content packs: no SQL, no Qt
    "services": {"domain", "content", "checklists", "storage", "pdf", "packs", "paths"},
    "cli": {"services", "domain", "paths"},
    "gui": {"services", "domain", "paths"},
    "entry": {"cli", "gui"},  # the program's entry: the window or a command, never both imported
}


def _violations(of: str) -> list[str]:
    allowed = ALLOWED[of] | {of, "bali_desktop"}
    return [
        f"{edge} ({layer(edge.target)})"
        for edge in internal_edges()
        if layer(edge.source) == of and layer(edge.target) not in allowed
    ]


def _check_layer(of: str) -> None:
    bad = _violations(of)
    may = ", ".join(sorted(ALLOWED[of])) or "nothing of ours"
    assert not bad, f"{of} may import only {may} (and itself); {len(bad)} import(s) reach elsewhere:\n  " + (
        "\n  ".join(bad)
    )


def test_every_module_is_in_a_known_layer() -> None:
    unknown = sorted({m for m in modules() if layer(m) not in ALLOWED and layer(m) != "bali_desktop"})
    assert not unknown, f"modules in no layer (add the layer to ALLOWED and docs/contributing.md): {unknown}"


def test_the_root_package_imports_nothing() -> None:
    edges = [str(e) for e in internal_edges() if e.source == "bali_desktop"]
    assert not edges, "bali_desktop/__init__.py is read by every layer, so it imports nothing:\n  " + (
        "\n  ".join(edges)
    )


def test_paths_imports_nothing_of_ours() -> None:
    _check_layer("paths")


def test_domain_imports_nothing_of_ours() -> None:
    _check_layer("domain")


def test_content_imports_only_domain() -> None:
    _check_layer("content")


def test_checklists_import_only_domain() -> None:
    _check_layer("checklists")


def test_storage_imports_only_domain_content_and_paths() -> None:
    _check_layer("storage")


def test_pdf_imports_only_domain_and_paths() -> None:
    """PDF layout reads plain data gathered beforehand (pdf/job.py): no storage, no services, no
    checklist builders, so that it can run on any thread."""
    _check_layer("pdf")


def test_services_import_nothing_above_them() -> None:
    _check_layer("services")


def test_cli_imports_only_services_domain_and_paths() -> None:
    _check_layer("cli")


def test_gui_imports_only_services_domain_and_paths() -> None:
    _check_layer("gui")


def test_the_entry_point_imports_only_the_front_ends() -> None:
    _check_layer("entry")


def test_the_import_reader_resolves_what_it_reads() -> None:
    """The check itself works: relative, from-package and function-level imports are all seen."""
    edges = {(e.source, e.target) for e in internal_edges()}
    assert ("bali_desktop.storage.migrate", "bali_desktop.paths") in edges  # from bali_desktop import paths
    assert any(s == "bali_desktop.storage.migrate" and t.endswith("revision") for s, t in edges)
    assert any(imp.target.startswith("PySide6") for imp in all_imports())
    assert layer("bali_desktop.cli.export_cmds") == "cli"
    assert layer("bali_desktop.entry") == layer("bali_desktop.__main__") == "entry"
    assert layer("bali_desktop") == "bali_desktop"


# --- (e) the type checker, the linter and the formatter, as configured -------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def _tail(result: subprocess.CompletedProcess[str], lines: int = 40) -> str:
    return "\n".join((result.stdout + result.stderr).strip().splitlines()[-lines:])


def test_mypy_is_clean() -> None:
    result = _run("mypy")  # [tool.mypy]: strict outside gui/, check_untyped_defs in gui/
    assert result.returncode == 0, _tail(result)


def test_ruff_check_is_clean() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, _tail(result)


def test_ruff_format_is_applied() -> None:
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, _tail(result)
