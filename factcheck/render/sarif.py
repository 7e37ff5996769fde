"""SARIF 2.1.0 for code scanning: every declared check as a rule, every failed or waived
check as a result placed on its claim in the claims file.

Passed checks are not results (code scanning would list them as alerts); the JSON and JUnit
formats carry them. Input errors are tool execution notifications, and make the invocation
unsuccessful.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.core.errors import Location
from factcheck.core.i18n import _
from factcheck.render.flat import Finding, culprit, findings, visible_strings
from factcheck.report.findings import Severity, Verdict
from factcheck.report.result import NOTHING_CHECKED, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from factcheck.checks.registry import Rule
    from factcheck.render import RenderOptions
    from factcheck.report.result import RunResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def rule_data(rule: Rule) -> dict[str, object]:
    paragraphs = [p.replace("\n", " ") for p in rule.doc.split("\n\n") if p.strip()]
    full = next((p for p in paragraphs if p.startswith("What it checks")), rule.summary)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": rule.doc or rule.summary, "markdown": rule.doc or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.family]},
    }


def region(loc: Location) -> dict[str, int]:
    """SARIF columns end one past the last character; ``Location`` ends on it."""
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line or loc.line,
        "endColumn": (loc.end_column or loc.column) + 1,
    }


def physical(loc: Location) -> dict[str, object]:
    return {"physicalLocation": {"artifactLocation": {"uri": uri(loc.path)},
                                 "region": region(loc)}}


def uri(path: str) -> str:
    """A relative URI with forward slashes; spaces and % escaped."""
    from urllib.parse import quote

    return quote(path.replace("\\", "/"), safe="/-._~")


def fingerprint(f: Finding) -> str:
    """Stable across edits that move the claim: the check, the file and what it is about."""
    key = "\0".join((f.file, f.code, *f.claim_ids, f.subject or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def result_data(f: Finding, index: dict[str, int], occurrence: int) -> dict[str, object]:
    text = f.message if not f.arithmetic else f"{f.message}\n{f.arithmetic}"
    data: dict[str, object] = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": text},
        "locations": [physical(f.primary)],
        "partialFingerprints": {"primaryLocationLineHash": f"{fingerprint(f)}:{occurrence}"},
        "properties": {"claimIds": list(f.claim_ids), "verdict": f.verdict.value,
                       "undetermined": f.outcome.undetermined},
    }
    if f.code in index:
        data["ruleIndex"] = index[f.code]
    if f.article is not None and f.article != f.primary:
        related = physical(f.article)
        related["id"] = 1
        related["message"] = {"text": _("the quote in the article")}
        data["relatedLocations"] = [related]
    if f.verdict is Verdict.WAIVED:
        data["suppressions"] = [{"kind": "inSource", "justification": f.waiver_reason or ""}]
    return data


def document(result: RunResult, options: RenderOptions) -> dict[str, object]:
    from factcheck.checks import all_rules

    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    seen: Counter[str] = Counter()
    for report in result.reports:
        for f in findings(report):
            if f.verdict not in (Verdict.FAIL, Verdict.WAIVED):
                continue
            key = fingerprint(f)
            seen[key] += 1
            results.append(result_data(f, index, seen[key]))
    notifications = [{
        "level": "error",
        "message": {"text": _(e.message)},
        "locations": [physical(e.location)],
        "descriptor": {"id": "input-error"},
    } for e in result.errors]
    notifications += [{
        "level": "note",
        "message": {"text": note},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(report.path)}}}],
        "descriptor": {"id": "discovery-note"},
    } for report in result.reports
        for note in [NOTHING_CHECKED] * checked_nothing(report) + list(dropped_notes(report))]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [rule_data(r) for r in rules],
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": not result.errors,
                "exitCode": result.exit_code(options.fail_on),
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
            "properties": {"culprits": [{
                "file": report.path, "message": found[1], "claimIds": list(found[2]),
                "location": physical(found[0]),
            } for report in result.reports if (found := culprit(report)) is not None]},
        }],
    }


def render(result: RunResult, options: RenderOptions) -> str:
    return json.dumps(visible_strings(document(result, options)), ensure_ascii=False,
                      indent=2, sort_keys=True) + "\n"
