"""JSON: one document with every check performed, its places and its exact numbers.

Keys are sorted, so the same run gives the same bytes. ``schema_version`` changes when a key
is renamed or removed; new keys may appear without a change.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from factcheck import __version__
from factcheck.core.exact import exact
from factcheck.core.i18n import _
from factcheck.render.flat import (
    Finding,
    error_data,
    findings,
    interval_data,
    location_data,
    number_data,
    verdict_counts,
    visible_strings,
)
from factcheck.report.result import NOTHING_CHECKED, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from factcheck.render import RenderOptions
    from factcheck.report.engine import FileReport
    from factcheck.report.result import RunResult

SCHEMA_VERSION = 1


def finding_data(f: Finding) -> dict[str, object]:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "verdict": f.verdict.value,
        # a failed check that could not be evaluated (a divisor that may be 0)
        "undetermined": f.outcome.undetermined,
        "message": f.message,
        "arithmetic": f.arithmetic,
        "discrepancy": f.discrepancy,
        "claim_ids": list(f.claim_ids),
        "subject": f.subject,
        "waiver_reason": f.waiver_reason,
        "claims_file": location_data(f.claim),
        "article": location_data(f.article),
        "numbers": [number_data(n) for n in f.numbers],
    }


def culprit_data(report: FileReport) -> dict[str, object] | None:
    """The likely culprit of the failing checks, or None when none failed."""
    loc = report.localisation
    if loc is None:
        return None
    single = loc.single
    return {
        "message": _(loc.sentence()),
        "claim_ids": list(single.claim_ids) if single else None,
        # the one figure whose likely typo makes every failing check pass, if there is one;
        # the other figures that could each explain the failures alone are implicated
        "likely": single.claim_ids[0] if single else None,
        "implicated": [c.claim_ids[0] for c in loc.culprits
                       if len(c.claim_ids) == 1 and (single is None
                                                     or c.claim_ids != single.claim_ids)],
        "suggestion": single.suggestion if single else None,
        "failing": [{"code": c, "claim_ids": list(ids)} for c, ids, _ in loc.failing],
        "candidates": [{"claim_ids": list(c.claim_ids), "printed": list(c.printed),
                        "suggestion": c.suggestion} for c in loc.culprits],
    }


def document(result: RunResult, options: RenderOptions) -> dict[str, object]:
    files = []
    every: list[Finding] = []
    for report in result.reports:
        rows = findings(report)
        every.extend(rows)
        graph = report.graph
        files.append({
            "path": report.path,
            "article": graph.source.article.path,
            "published": None if graph.source.discovered else graph.source.claims.published.isoformat(),
            "discovered": graph.source.discovered,
            "claims": len(graph.nodes),
            "waivers": len(graph.waivers),
            "counts": verdict_counts(rows),
            "findings": [finding_data(f) for f in rows],
            "implied": [{
                "claim_ids": list(i.claim_ids),
                "description": _(i.description),
                "display": i.display,
                "interval_display": i.interval_display,
                "value": exact(i.value),
                "interval": interval_data(i.interval),
            } for i in report.implied],
            "culprit": culprit_data(report),
            "nothing_checked": checked_nothing(report),
            "notes": [NOTHING_CHECKED] * checked_nothing(report) + list(dropped_notes(report)),
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "fail_on": options.fail_on.value,
        "exit_code": result.exit_code(options.fail_on),
        "status": result.status(options.fail_on),
        "summary": {
            "files": len(result.reports) + len(result.errors),
            "checks": len(every),
            "counts": verdict_counts(every),
            "input_errors": len(result.errors),
        },
        "files": files,
        "errors": [error_data(e) for e in result.errors],
    }


def render(result: RunResult, options: RenderOptions) -> str:
    return json.dumps(visible_strings(document(result, options)), ensure_ascii=False,
                      indent=2, sort_keys=True) + "\n"
