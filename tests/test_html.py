"""The annotated HTML page, read as markup: escaping, counts, placement, determinism."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import BUNDLED_CLAIMS, CaseWriter, run_case
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.app.cli import app
from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import Format, RenderOptions
from factcheck.render import html as page
from factcheck.render import render as render_any
from factcheck.render.terminal import counts as terminal_counts
from factcheck.report.engine import FileReport
from factcheck.report.findings import Severity, Verdict
from factcheck.report.result import RunResult

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "html" / "claims.yaml"
WHEN = dt.datetime(2024, 11, 6, 8, 30, tzinfo=dt.UTC)
CHECK_KEYS = {"pass": "pass", "rounding": "within rounding", "warning": "warning",
              "fail": "fail", "undetermined": "undetermined", "waived": "waived"}


class Marks(HTMLParser):
    """Every highlight of a page: its attributes and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self._open = {k: v or "" for k, v in attrs}
            self._open["text"] = ""

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open is not None:
            self.marks.append(self._open)
            self._open = None


def marks_of(text: str) -> list[dict[str, str]]:
    parser = Marks()
    parser.feed(text)
    return parser.marks


def result_of(path: Path) -> RunResult:
    return run_paths([path], all_rules())


@pytest.fixture(scope="module")
def fixture_result() -> RunResult:
    return result_of(FIXTURE)


@pytest.fixture(scope="module")
def fixture_page(fixture_result: RunResult) -> str:
    return page.render(fixture_result, now=WHEN)


@pytest.fixture(scope="module")
def bundled_result() -> RunResult:
    return result_of(BUNDLED_CLAIMS)


def summed_checks(marks: list[dict[str, str]], report: FileReport) -> dict[str, int]:
    """Check counts carried by the highlights plus the outcomes no figure carries."""
    total = {word: sum(int(m[f"data-{key}"]) for m in marks) for key, word in CHECK_KEYS.items()}
    lay = page.layout(report, "r1-")
    for o in lay.unplaced:
        total[CHECK_KEYS[page.check_word(o)]] += 1
    return total


def test_article_text_with_script_is_escaped(fixture_page: str) -> None:
    assert "<script>alert" not in fixture_page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in fixture_page
    # the claims title and measures are escaped too
    assert "测试市工业简报 &lt;b&gt;&amp;&lt;/b&gt;" in fixture_page
    assert "Output named in a &lt;script&gt; memo &amp; more" in fixture_page
    assert "<b>" not in fixture_page
    # the page's own script is the only one
    assert fixture_page.count("<script") == 1


def test_highlights_per_state_on_the_fixture(fixture_page: str) -> None:
    marks = marks_of(fixture_page)
    states = Counter(m["data-state"] for m in marks)
    assert states == {"pass": 4, "rounding": 1, "warning": 1, "fail": 1, "waived": 1,
                      "uncovered": 1}
    by_text = {m["text"]: m["data-state"] for m in marks}
    # 前三季度 is a period, not a figure: it needs no cover, so it is no highlight
    assert "前三季度" not in by_text
    assert by_text["10%"] == "fail"
    assert by_text["25.1%"] == "rounding"
    assert by_text["250.4亿元"] == "warning"
    assert by_text["500家"] == "uncovered"
    assert by_text["42亿元"] == "waived"
    # the filter buttons show the same numbers
    for state, n in states.items():
        assert f'<span class="n" data-count="{state}">{n}</span>' in fixture_page


def test_checks_on_highlights_add_up_to_the_report(fixture_result: RunResult,
                                                   fixture_page: str) -> None:
    report = fixture_result.reports[0]
    assert summed_checks(marks_of(fixture_page), report) == terminal_counts([report])


def test_bundled_page_agrees_with_the_report(bundled_result: RunResult) -> None:
    report = bundled_result.reports[0]
    text = page.render(bundled_result, now=WHEN)
    marks = marks_of(text)
    assert summed_checks(marks, report) == terminal_counts([report])
    uncovered = [o for o in report.outcomes if o.code == "FC104" and o.failed]
    assert sum(m["data-state"] == "uncovered" for m in marks) == len(uncovered)
    # a claim whose own check fails is on a highlight of that state
    for o in report.outcomes:
        if o.failed and o.claim_ids and report.graph.by_id[o.claim_ids[0]].quote_span:
            want = "fail" if o.severity is Severity.ERROR else "warning"
            holders = [m for m in marks if o.claim_ids[0] in m["data-claims"].split()]
            assert [m["data-state"] for m in holders] == [want], o
    # every claim found in the article is on exactly one highlight
    located = [n.id for n in report.graph.nodes if n.quote_span is not None]
    on_marks = Counter(c for m in marks for c in m["data-claims"].split())
    assert all(on_marks[c] >= 1 for c in located)
    ids = [m["id"] for m in marks]
    assert len(ids) == len(set(ids))


def test_failing_figure_detail_holds_the_arithmetic(fixture_result: RunResult,
                                                    fixture_page: str) -> None:
    marks = marks_of(fixture_page)
    fail = next(m for m in marks if m["data-state"] == "fail")
    ids = {m["text"]: m["id"] for m in marks}
    start = fixture_page.index(f'<div class="detail" id="d-{fail["id"]}"')
    detail = fixture_page[start:fixture_page.index("</div>", start)]
    assert "100亿元 ÷ (1000亿元 − 100亿元) = 11.11% (11.04–11.18%)" in detail
    assert "output-growth" in detail and "Growth of industrial output, year on year" in detail
    # the related claims link to their own highlights
    assert f'data-goto="{ids["1000亿元"]}" data-claim="output"' in detail
    assert f'data-goto="{ids["100亿元"]}" data-claim="output-increase"' in detail


@pytest.mark.parametrize(("quote", "value", "kind", "shown"), [
    ("销量超过31.67万辆，同比增长364.23%", "364.23%", "growth", "364.23%"),
    ("销量超过31.67万辆，同比增长364.23%", "超过31.67万 辆", "amount", "超过31.67万辆"),
    ("2014年至2016年连续3年", "2014..2016", "span", "2014年至2016年"),
    ("位列全国城市第一", "1", "rank", "第一"),
    ("“1院5中心10平台”创新生态", "1院5中心10平台", "label", "1院5中心10平台"),
    ("三次产业结构为7.7:57.5:34.8", "7.7:57.5:34.8", "structure", "7.7:57.5:34.8"),
    ("前三季度，软件业务收入", "3 季度", "duration", "三季度"),
    ("今年上半年，汽车产量", "6 个月", "duration", "今年上半年，汽车产量"),
])
def test_the_graph_places_the_claims_own_figure(write_case: CaseWriter, quote: str, value: str,
                                                kind: str, shown: str) -> None:
    article = f"导语。{quote}。\n"
    report = run_case(write_case(article, f"""
        - id: c
          quote: {quote}
          value: "{value}"
          kind: {kind}
        """))
    where = report.graph.nodes[0].figure_span
    assert where is not None
    assert article[where[0]:where[1]] == shown
    # the page marks that place, found once while the graph was built
    marks = marks_of(page.render(RunResult([report]), now=WHEN))
    assert [m["text"] for m in marks if m["text"] == shown] == [shown]


def test_only_the_run_time_varies(fixture_result: RunResult, fixture_page: str) -> None:
    again = page.render(fixture_result, now=WHEN)
    assert again == fixture_page
    later = page.render(fixture_result, now=WHEN + dt.timedelta(hours=5))
    assert later != fixture_page
    strip = re.compile(r'<time class="run-time"[^>]*>[^<]*</time>')
    assert strip.sub("", later) == strip.sub("", fixture_page)
    assert '<time class="run-time" datetime="2024-11-06T08:30:00+00:00">' in fixture_page


def test_the_run_time_comes_from_the_options_not_the_environment(
        fixture_result: RunResult, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.render import RenderOptions

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1")
    first = page.render(fixture_result, RenderOptions(run_time=WHEN))
    assert 'datetime="2024-11-06T08:30:00+00:00"' in first
    assert first == page.render(fixture_result, now=WHEN)
    # with no run time given, the page has none: no clock, no environment
    bare = page.render(fixture_result)
    assert 'class="run-time"' not in bare and bare == page.render(fixture_result)


def test_source_date_epoch_pins_the_run_time_of_a_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1730881800")
    args = ["run", str(FIXTURE), "-f", "html", "--exit-zero"]
    first = CliRunner().invoke(app, args).stdout
    assert first == CliRunner().invoke(app, args).stdout
    assert 'datetime="2024-11-06T08:30:00+00:00"' in first


def test_self_contained_with_pinned_script_and_style(fixture_page: str) -> None:
    assert not re.search(r'(?:src|href)\s*=\s*"(?!#)', fixture_page)
    assert "http://" not in fixture_page and "https://" not in fixture_page
    assert "@import" not in fixture_page and "url(" not in fixture_page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', fixture_page)
    assert csp is not None
    for tag in ("script", "style"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", fixture_page, re.S)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in csp.group(1)
    assert "default-src 'none'" in csp.group(1)


def test_summary_bar(fixture_page: str, fixture_result: RunResult) -> None:
    assert '<code class="article-path">tests/fixtures/html/article.txt</code>' in fixture_page
    assert '<code class="claims-path">tests/fixtures/html/claims.yaml</code>' in fixture_page
    assert '<p class="status status-failed">FAILED</p>' in fixture_page
    assert f'<span class="version">{__version__}</span>' in fixture_page
    checks = re.search(r'<span class="checks">(\d+) checks', fixture_page)
    assert checks is not None
    assert int(checks.group(1)) == len(fixture_result.reports[0].outcomes)


def test_findings_list_targets_figures(fixture_page: str) -> None:
    findings = fixture_page[fixture_page.index('<section class="findings"'):]
    findings = findings[:findings.index("</section>")]
    targets = re.findall(r'<li class="s-(\w+)" data-state="\w+"[^>]*><button type="button" '
                         r'class="goto" data-goto="([\w-]+)">', findings)
    by_state = {state: target for state, target in targets}
    marks = {m["id"]: m for m in marks_of(fixture_page)}
    assert marks[by_state["fail"]]["text"] == "10%"
    assert marks[by_state["uncovered"]]["text"] == "500家"
    assert marks[by_state["rounding"]]["text"] == "25.1%"
    assert "waived: the memo&#x27;s figure was corrected to 43亿元 by the desk" in findings
    assert len(targets) == 5  # every check that did not simply pass, and the uncovered figure


def test_input_errors_and_no_reports() -> None:
    result = run_paths([Path("/nonexistent/claims.yaml")], all_rules())
    text = page.render(result, now=WHEN)
    assert "input error: /nonexistent/claims.yaml" in text
    assert '<p class="status status-error">ERROR</p>' in text
    assert marks_of(text) == []


def test_dispatch_and_cli(tmp_path: Path) -> None:
    result = result_of(FIXTURE)
    text = render_any(Format.HTML, result, RenderOptions(run_time=WHEN))
    assert text.startswith("<!DOCTYPE html>")
    out = tmp_path / "report.html"
    run = CliRunner().invoke(app, ["run", str(FIXTURE), "--format", "html", "-o", str(out)])
    assert run.exit_code == 1, run.output
    written = out.read_text(encoding="utf-8")
    strip = re.compile(r'<time class="run-time"[^>]*>[^<]*</time>')
    assert strip.sub("", written) == strip.sub("", text)


def test_waiver_covered_figure_is_waived(write_case: CaseWriter) -> None:
    path = write_case("型号S05售价12万元，新品2024款上市。\n", """
        - id: price
          quote: 售价12万元
          value: 12万 元
        """)
    text = (path.parent / "claims.yaml").read_text(encoding="utf-8")
    text += "waivers:\n  - quote: 2024款\n    reason: a model year, not a quantity\n"
    path.write_text(text, encoding="utf-8")
    result = result_of(path)
    marks = marks_of(page.render(result, now=WHEN))
    assert [(m["text"], m["data-state"]) for m in marks] == [("12万元", "pass"),
                                                            ("2024款", "waived")]
    assert result.reports[0].count(Verdict.FAIL) == 0


def test_claim_whose_quote_is_gone_is_listed_without_a_figure(write_case: CaseWriter) -> None:
    path = write_case("工业增长8.2%。\n", """
        - id: g
          quote: 增长8.1%
          value: 8.1%
          kind: growth
        """)
    result = result_of(path)
    text = page.render(result, now=WHEN)
    marks = marks_of(text)
    assert [(m["text"], m["data-state"]) for m in marks] == [("8.2%", "uncovered")]
    assert "FC101 g (not in the article)</span>" in text
    assert summed_checks(marks, result.reports[0]) == terminal_counts(result.reports)
