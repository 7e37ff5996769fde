"""docs/architecture.md names exactly the packages and loose modules of factcheck/, few
modules sit loose at the top, and no module imports itself through others."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"


def _named() -> set[str]:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## The layout", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`(factcheck/[\w/.]+?)/?`", section))


def _tree() -> set[str]:
    names = set()
    for entry in PACKAGE.iterdir():
        if entry.name.startswith("__") or entry.name == "py.typed":
            continue
        if (entry.is_dir() and (entry / "__init__.py").exists()) or entry.suffix == ".py":
            names.add(f"factcheck/{entry.name}")
    return names


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Every import of a factcheck module, at any depth (in functions, under TYPE_CHECKING)."""

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges: dict[str, set[str]] = {m: set() for m in modules}
    for module, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("factcheck"):
                targets = [owner(f"{node.module}.{a.name}") or owner(node.module) or "" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [owner(a.name) or "" for a in node.names if a.name.startswith("factcheck")]
            edges[module].update(t for t in targets if t and t != module)
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_every_named_module_exists() -> None:
    missing = {n for n in _named() if not (ROOT / n).exists()}
    assert missing == set()


def test_every_module_is_named() -> None:
    assert _tree() - _named() == set()


def test_few_modules_are_loose_at_the_top() -> None:
    loose = [p.name for p in PACKAGE.glob("*.py") if not p.name.startswith("__")]
    assert len(loose) <= 6, loose


def test_no_import_cycle() -> None:
    assert _cycles(_imports(_modules())) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
