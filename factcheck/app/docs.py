"""Documentation generated from the declarations: the list of checks and the claims schema.

``python -m factcheck.app.docs`` prints the table of checks of docs/checks.md, the block between
``<!-- rules:start -->`` and ``<!-- rules:end -->`` (``--update docs/checks.md`` rewrites it).
``factcheck schema`` prints the schema kept in ``schema/claims.schema.json``. Tests compare
both with the files in the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.checks.registry import Rule

START_MARKER = "<!-- rules:start -->"
END_MARKER = "<!-- rules:end -->"


def rule_data(rule: Rule) -> dict[str, str]:
    return {"code": rule.code, "name": rule.name, "summary": rule.summary,
            "severity": rule.severity.value, "family": rule.family, "doc": rule.doc}


def rules_json(rules: list[Rule]) -> str:
    return json.dumps([rule_data(r) for r in rules], ensure_ascii=False, indent=2,
                      sort_keys=True) + "\n"


def rules_text(rules: list[Rule]) -> str:
    return "".join(f"{r.code}  {r.name:<28} {r.severity.value:<8} {r.summary}\n" for r in rules)


def rules_markdown(rules: list[Rule]) -> str:
    """The table of checks (docs/checks.md), grouped by family, without the markers."""
    lines = ["| code | name | severity | what it checks |", "|---|---|---|---|"]
    family = None
    for r in rules:
        if r.family != family:
            family = r.family
            lines.append(f"| **{r.code[:3]}xx** | **{family}** | | |")
        summary = r.summary.replace("|", "\\|")
        lines.append(f"| `{r.code}` | `{r.name}` | {r.severity.value} | {summary} |")
    return "\n".join(lines) + "\n"


def rule_text(rule: Rule) -> str:
    return f"{rule.code} {rule.name} ({rule.severity.value})\n\n{rule.summary}\n\n{rule.doc}\n"


def case_example(code: str, folder: Path) -> str | None:
    """The first failing case of ``code`` kept as data (``folder/FC201.yaml``, the rule cases
    of the test suite), as text: its article, its claims and what the check says. None
    when the folder holds no case file for the code or no failing case in it."""
    from ruamel.yaml import YAML

    path = folder / f"{code}.yaml"
    if not path.is_file():
        return None
    data: Any = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    for case in data.get("cases", []):
        failing = [e for e in case.get("expect", []) if e.get("code", code) == code
                   and e.get("verdict") == "fail"]
        if not failing:
            continue
        claims = case.get("claims", {})
        lines = [f"Example ({path.as_posix()}, case {case['name']}):", "",
                 "  article: " + str(case["article"]).strip().replace("\n", "\n           "),
                 "  claims:"]
        lines += [f"    - {json.dumps(c, ensure_ascii=False, default=str)}"
                  for c in claims.get("claims", [])]
        for key in ("relations", "references", "waivers"):
            lines += [f"  {key}:"] * bool(claims.get(key))
            lines += [f"    - {json.dumps(c, ensure_ascii=False, default=str)}"
                      for c in claims.get(key, [])]
        lines += [""] + [f"  {code} fail: {e.get('message', e.get('contains', ''))}"
                         for e in failing]
        return "\n".join(lines) + "\n"
    return None


def readme_block(text: str) -> str | None:
    """The generated part of a page: what lies between the markers, if both are there."""
    start = text.find(START_MARKER)
    end = text.find(END_MARKER)
    if start < 0 or end < start:
        return None
    return text[start + len(START_MARKER):end].strip("\n") + "\n"


def claims_schema() -> str:
    """The claims file's JSON Schema, from the pydantic models, with stable key order."""
    from factcheck.claims.model import schema_model

    schema = schema_model().model_json_schema(by_alias=True)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def with_block(text: str, block: str) -> str:
    """``text`` with the part between the markers replaced by ``block``."""
    start = text.index(START_MARKER) + len(START_MARKER)
    end = text.index(END_MARKER, start)
    return f"{text[:start]}\n{block}{text[end:]}"


def main(argv: list[str] | None = None) -> None:
    """Print the table of checks; ``--update docs/checks.md`` rewrites the block in place."""
    import sys
    from pathlib import Path

    from factcheck.checks import all_rules

    args = sys.argv[1:] if argv is None else argv
    table = rules_markdown(all_rules())
    if args[:1] != ["--update"] or len(args) != 2:
        sys.stdout.write(table)
        return
    from factcheck.core.atomic import atomic_write

    path = Path(args[1])
    text = path.read_text(encoding="utf-8")
    if readme_block(text) is None:
        sys.exit(f"{path}:1:1: no {START_MARKER} ... {END_MARKER} block")
    atomic_write(path, with_block(text, table))


if __name__ == "__main__":
    main()
