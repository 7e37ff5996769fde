"""README's 'How it works' table names exactly the modules and packages of factcheck/."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _named() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## How it works", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`(factcheck/[\w/.]+?)/?`", section))


def _tree() -> set[str]:
    pkg = ROOT / "factcheck"
    names = set()
    for entry in pkg.iterdir():
        if entry.name.startswith("__") or entry.name == "py.typed":
            continue
        if (entry.is_dir() and (entry / "__init__.py").exists()) or entry.suffix == ".py":
            names.add(f"factcheck/{entry.name}")
    return names


def test_every_named_module_exists() -> None:
    missing = {n for n in _named() if not (ROOT / n).exists()}
    assert missing == set()


def test_every_module_is_named() -> None:
    assert _tree() - _named() == set()
