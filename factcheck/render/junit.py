"""JUnit XML: a testsuite per claims file, a testcase per check performed.

Test names are unique within a suite (code, claim and line; GitLab drops duplicates). A
failure is a failed check at or above the fail level; a failed check below it passes with
its message on ``system-out``, so the suite agrees with the exit code. Waived checks are
skipped. A claims file that could not be read is a suite with one erroring testcase.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from factcheck.core.errors import visible
from factcheck.core.i18n import _
from factcheck.render.flat import Finding, culprit, findings
from factcheck.report.findings import Verdict
from factcheck.report.result import NOTHING_CHECKED, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from factcheck.render import RenderOptions
    from factcheck.report.result import RunResult

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def case_name(f: Finding) -> str:
    return f"{f.code} {f.target} line {f.primary.line}"


def _details(f: Finding) -> str:
    lines = [f.message]
    if f.arithmetic:
        lines.append(f.arithmetic)
    if f.claim is not None:
        lines.append(_("claim: {where}").format(
            where=f"{f.claim.path}:{f.claim.line}:{f.claim.column}"))
    if f.article is not None:
        lines.append(_("article: {where}").format(
            where=f"{f.article.path}:{f.article.line}:{f.article.column}"))
    return "\n".join(lines)


def _xml(text: str) -> str:
    """Control and invisible format characters written out (``visible``; tab and line
    ends kept), and the characters XML 1.0 cannot carry dropped."""
    return _INVALID.sub("", visible(text, lines=True))


def _suite(name: str) -> ET.Element:
    return ET.Element("testsuite", {"name": _xml(name)})


def _close(suite: ET.Element, tests: int, failures: int, errors: int, skipped: int) -> None:
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))


def render(result: RunResult, options: RenderOptions) -> str:
    root = ET.Element("testsuites", {"name": "factcheck"})
    totals = Counter[str]()
    for report in result.reports:
        suite = _suite(report.path)
        c = Counter[str]()
        names: Counter[str] = Counter()
        for f in findings(report):
            name = case_name(f)
            names[name] += 1
            if names[name] > 1:
                name = f"{name} #{names[name]}"
            case = ET.SubElement(suite, "testcase", {"classname": _xml(report.path),
                                                     "name": _xml(name),
                                                     "file": _xml(f.primary.path),
                                                     "line": str(f.primary.line)})
            c["tests"] += 1
            if f.blocks(options.fail_on):
                failure = ET.SubElement(case, "failure", {"message": _xml(f.message),
                                                          "type": f"{f.code} {f.severity.value}"})
                failure.text = _xml(_details(f))
                c["failures"] += 1
            elif f.verdict is Verdict.WAIVED:
                reason = _xml(f"waived: {f.waiver_reason or ''}")
                ET.SubElement(case, "skipped", {"message": reason})
                c["skipped"] += 1
            elif f.failed:
                out = ET.SubElement(case, "system-out")
                out.text = _xml(f"{f.severity.value}: {_details(f)}")
        found = culprit(report)
        notes = [NOTHING_CHECKED] * checked_nothing(report) + list(dropped_notes(report))
        if found is not None or notes:
            props = ET.Element("properties")
            if found is not None:
                ET.SubElement(props, "property", {"name": "likely-culprit", "value": _xml(found[1])})
            for note in notes:
                ET.SubElement(props, "property", {"name": "discovery-note", "value": _xml(note)})
            suite.insert(0, props)
        _close(suite, c["tests"], c["failures"], 0, c["skipped"])
        totals.update(c)
        root.append(suite)
    for error in result.errors:
        loc = error.location
        suite = _suite(loc.path)
        case = ET.SubElement(suite, "testcase", {"classname": _xml(loc.path),
                                                 "name": "input error", "file": _xml(loc.path),
                                                 "line": str(loc.line)})
        err = ET.SubElement(case, "error", {"message": _xml(_(error.message)), "type": "input error"})
        err.text = _xml(str(error))
        _close(suite, 1, 0, 1, 0)
        totals.update({"tests": 1, "errors": 1})
        root.append(suite)
    _close(root, totals["tests"], totals["failures"], totals["errors"], totals["skipped"])
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
