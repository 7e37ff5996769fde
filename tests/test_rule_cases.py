"""Rule cases as data, in sqlfluff's way: ``tests/rules/FC201.yaml`` holds the passing and
failing cases of FC201, each an article and its claims with the outcomes expected.

A case file::

    code: FC201
    cases:
      - name: amounts-agree            # unique in the file
        article: 产量1200万吨，增长2.6%…
        claims:                        # the claims file, without ``article`` (written for
          claims: [...]                #  it) and with ``published`` 2024-11-05 by default
        files: {data/t.csv: ...}       # other files beside it (reference tables)
        expect:                        # the outcomes of the file's code, in report order
          - verdict: pass              # pass, pass-within-rounding, fail, waived
            message: ...               # optional, exact
            contains: ...              # optional, a part of the message
            severity: warning          # optional, the outcome's severity
            arithmetic: ...            # optional, a part of the arithmetic shown
          - code: FC207                # an outcome of another code, checked as well
            verdict: pass

A case whose expected outcomes of its code include a failure is a failing case; any other
is a passing one. Every case is run twice: with every check, and with ``--select`` of its
code alone (or of ``select``); both must give the code's expected outcomes (a selection
keeps every finding of the codes it names). A meta-test asks that every declared code, and
every code a check can emit, has at least one passing and one failing case.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.app.runner import check_file, run_paths
from factcheck.checks import all_rules, select_rules
from factcheck.checks.registry import RULES
from factcheck.render import Format, RenderOptions, render
from factcheck.report.findings import Outcome

RULES_DIR = Path(__file__).resolve().parent / "rules"
KEYS = {"name", "article", "claims", "files", "expect", "select", "snapshot"}
# concise output kept beside the cases, in ruff's way: ``FACTCHECK_UPDATE_SNAPSHOTS=1``
# rewrites them, and the diff is reviewed like code
SNAPSHOTS = RULES_DIR / "snapshots"
UPDATE = "FACTCHECK_UPDATE_SNAPSHOTS"
EXPECT_KEYS = {"code", "verdict", "message", "contains", "severity", "arithmetic"}


@dataclass(frozen=True)
class Case:
    code: str
    name: str
    article: str
    claims: dict[str, Any]
    files: dict[str, str]
    expect: list[dict[str, str]]
    select: list[str]
    snapshot: bool = False

    @property
    def failing(self) -> bool:
        return any(e.get("code", self.code) == self.code and e["verdict"] == "fail"
                   for e in self.expect)

    @property
    def codes(self) -> list[str]:
        """The codes whose outcomes the case pins, its own first."""
        out = [self.code]
        for e in self.expect:
            if e.get("code", self.code) not in out:
                out.append(e["code"])
        return out


def load_cases(path: Path) -> list[Case]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    code = data["code"]
    assert path.stem == code, f"{path.name} holds the cases of {code}"
    cases = []
    for raw in data["cases"]:
        assert set(raw) <= KEYS, f"{path.name}: unknown keys {set(raw) - KEYS}"
        for e in raw["expect"]:
            assert set(e) <= EXPECT_KEYS, f"{path.name}: unknown keys {set(e) - EXPECT_KEYS}"
        cases.append(Case(code, raw["name"], raw["article"], raw["claims"],
                          raw.get("files", {}), raw["expect"], raw.get("select", [code]),
                          raw.get("snapshot", False)))
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), f"{path.name}: a case name is used twice"
    return cases


def all_cases() -> list[Case]:
    return [c for path in sorted(RULES_DIR.glob("FC*.yaml")) for c in load_cases(path)]


CASES = all_cases()


def write_case(case: Case, root: Path) -> Path:
    (root / "article.txt").write_text(case.article, encoding="utf-8")
    for name, text in case.files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    claims = {"article": "article.txt", "published": "2024-11-05", **case.claims}
    path = root / "claims.yaml"
    path.write_text(yaml.safe_dump(claims, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def matches(outcome: Outcome, expected: dict[str, str], code: str) -> bool:
    return (outcome.code == expected.get("code", code)
            and outcome.verdict.value == expected["verdict"]
            and outcome.message == expected.get("message", outcome.message)
            and expected.get("contains", "") in outcome.message
            and outcome.severity.value == expected.get("severity", outcome.severity.value)
            and expected.get("arithmetic", "") in (outcome.arithmetic or ""))


def shown(outcomes: list[Outcome]) -> str:
    return "\n".join(f"  {o.code} {o.verdict.value}: {o.message}" for o in outcomes) or "  none"


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.code}-{c.name}")
def test_rule_case(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # messages name files relative to the working directory
    path = write_case(case, tmp_path).relative_to(tmp_path)
    report = check_file(path, all_rules())
    got = [o for o in report.outcomes if o.code in case.codes]
    ok = len(got) == len(case.expect) and all(
        matches(o, e, case.code) for o, e in zip(got, case.expect, strict=True))
    assert ok, f"the outcomes of {', '.join(case.codes)} were:\n{shown(got)}"
    # with a selection of its code alone, the code's outcomes are the same
    selected = check_file(path, select_rules(case.select))
    own = [(o.code, o.verdict, o.message) for o in report.outcomes if o.code == case.code]
    assert [(o.code, o.verdict, o.message) for o in selected.outcomes
            if o.code == case.code] == own


def test_every_code_has_a_passing_and_a_failing_case() -> None:
    codes = {c for rule in all_rules() for c in rule.codes} | set(RULES)
    have: dict[str, set[bool]] = {}
    for case in CASES:
        have.setdefault(case.code, set()).add(case.failing)
    missing = []
    for code in sorted(codes):
        lacking = [kind for kind, failing in (("passing", False), ("failing", True))
                   if failing not in have.get(code, set())]
        if lacking:
            missing.append(f"{code} (no {' or '.join(lacking)} case)")
    assert not missing, "codes without a passing and a failing case: " + ", ".join(missing)


def test_case_files_name_declared_codes() -> None:
    all_rules()
    assert {c.code for c in CASES} <= set(RULES)


@pytest.mark.parametrize("case", [c for c in CASES if c.snapshot],
                         ids=lambda c: f"{c.code}-{c.name}")
def test_concise_snapshot(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    path = write_case(case, tmp_path).relative_to(tmp_path)
    result = run_paths([path], all_rules(), jobs=1)
    text = (f"---\ncode: {case.code}\ncase: {case.name}\n---\n"
            + render(Format.CONCISE, result, RenderOptions()))
    snapshot = SNAPSHOTS / f"{case.code}__{case.name}.snap"
    if os.environ.get(UPDATE):
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(text, encoding="utf-8")
    assert snapshot.exists(), f"no snapshot {snapshot.name}; run with {UPDATE}=1 and review it"
    assert text == snapshot.read_text(encoding="utf-8")


def test_every_snapshot_belongs_to_a_case() -> None:
    wanted = {f"{c.code}__{c.name}.snap" for c in CASES if c.snapshot}
    assert {p.name for p in SNAPSHOTS.glob("*.snap")} == wanted


def test_rule_docs_show_a_failing_case_as_an_example() -> None:
    from typer.testing import CliRunner

    from factcheck.app.cli import app
    from factcheck.app.docs import case_example

    for rule in all_rules():
        assert case_example(rule.code, RULES_DIR) is not None, rule.code
    runner = CliRunner()
    out = runner.invoke(app, ["rule", "FC403", "--cases", str(RULES_DIR)]).stdout
    example = out[out.index("Example (") :]
    assert example.splitlines()[0].endswith("FC403.yaml, case vehicles-as-a-part-of-yuan):")
    assert "  article: 全市汽车产量39.1万辆，其中新能源汽车829.16亿元。" in example
    assert example.rstrip().endswith(
        "  FC403 fail: Part and total: 829.16亿 元 is in yuan (currency_cny) but 39.1万 辆 is in "
        "vehicle; they cannot be compared.")
    missing = runner.invoke(app, ["rule", "FC403", "--cases", "no-such-folder"])
    assert missing.exit_code == 2
    assert missing.stderr == "no-such-folder:1:1: no such folder of rule cases\n"
