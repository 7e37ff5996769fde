"""The annotated HTML page in a real browser: headless Chromium driven by Playwright.

Chromium comes from the Debian package (``.ci/install-browser.sh``); no browser is ever
downloaded. The tests skip, saying why, only when /usr/bin/chromium or the playwright
package is missing.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import BUNDLED_CLAIMS, CHROMIUM

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import html as page_html
from factcheck.render.terminal import counts as terminal_counts
from factcheck.report.findings import Severity, Verdict
from factcheck.report.result import RunResult

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog, Page


ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "html" / "claims.yaml"
WHEN = dt.datetime(2024, 11, 6, 8, 30, tzinfo=dt.UTC)

# skip, saying why, when the browser cannot run; fail instead where it is required (conftest)
pytestmark = [pytest.mark.usefixtures("browser_present")]


# Draw two characters in the article's font on a canvas; true when the pixels differ.
GLYPHS_DIFFER = """([a, b]) => {
  const font = getComputedStyle(document.querySelector('.article')).fontFamily;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  const draw = (ch) => {
    g.clearRect(0, 0, 64, 64);
    g.font = `48px ${font}`;
    g.fillStyle = '#000';
    g.fillText(ch, 4, 52);
    return Array.from(g.getImageData(0, 0, 64, 64).data).join(',');
  };
  return draw(a) !== draw(b);
}"""


@dataclass
class Watch:
    """What a page did besides rendering: console messages, errors, requests, dialogs."""

    url: str
    console: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.console == []
        assert self.dialogs == []
        assert [r for r in self.requests if r != self.url] == []


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _write(result: RunResult, path: Path) -> Path:
    path.write_text(page_html.render(result, now=WHEN), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def fixture_result() -> RunResult:
    return run_paths([FIXTURE], all_rules())


@pytest.fixture(scope="module")
def bundled_result() -> RunResult:
    return run_paths([BUNDLED_CLAIMS], all_rules())


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, fixture_result: RunResult,
          bundled_result: RunResult) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("html")
    return {"fixture": _write(fixture_result, root / "fixture.html"),
            "bundled": _write(bundled_result, root / "bundled.html")}


def open_page(browser: Browser, path: Path, width: int = 1400) -> tuple[Page, Watch]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    watch = Watch(path.as_uri())

    def handle(route: Any) -> None:
        # nothing but the file itself may be fetched; everything else is refused
        if route.request.url == watch.url:
            route.continue_()
        else:
            route.abort()

    context.route("**/*", handle)
    page = context.new_page()
    page.on("console", lambda m: watch.console.append(f"{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: watch.console.append(f"pageerror: {e}"))
    page.on("request", lambda r: watch.requests.append(r.url))
    def dialog(d: Dialog) -> None:
        watch.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(watch.url)
    return page, watch


@pytest.fixture
def fixture_page(browser: Browser, pages: dict[str, Path]) -> Iterator[tuple[Page, Watch]]:
    page, watch = open_page(browser, pages["fixture"])
    yield page, watch
    page.context.close()


def states_in(page: Page) -> Counter[str]:
    return Counter(page.eval_on_selector_all(".fig", "els => els.map(e => e.dataset.state)"))


def test_highlights_per_verdict_match_the_report(fixture_page: tuple[Page, Watch],
                                                 fixture_result: RunResult) -> None:
    page, watch = fixture_page
    states = states_in(page)
    assert states == {"pass": 4, "rounding": 1, "warning": 1, "fail": 1, "waived": 1,
                      "uncovered": 1}
    shown = {s: int(page.text_content(f'[data-count="{s}"]') or "-1") for s in states}
    assert shown == dict(states)
    report = fixture_result.reports[0]
    # each failing check is carried by a highlight in a failing state
    fails = [o for o in report.outcomes if o.verdict is Verdict.FAIL]
    assert len(fails) == states["fail"] + states["warning"] + states["uncovered"]
    checks = page.eval_on_selector_all(
        ".fig", "els => els.map(e => [+e.dataset.pass, +e.dataset.rounding, +e.dataset.warning,"
                " +e.dataset.fail, +e.dataset.undetermined, +e.dataset.waived])")
    sums = [sum(col) for col in zip(*checks, strict=True)]
    want = terminal_counts([report])
    placed = {"pass": 1, "within rounding": 0, "warning": 0, "fail": 0, "undetermined": 0,
              "waived": 0}  # FC103
    assert sums == [want[k] - placed[k] for k in want]
    watch.assert_clean()


def test_clicking_a_failing_figure_opens_its_arithmetic(fixture_page: tuple[Page, Watch],
                                                        fixture_result: RunResult) -> None:
    page, watch = fixture_page
    assert page.is_visible("#panel-hint")
    page.click(".fig.s-fail")
    fig_id = page.get_attribute(".fig.s-fail", "id")
    detail = page.locator(f"#d-{fig_id}")
    assert detail.is_visible()
    assert not page.is_visible("#panel-hint")
    text = detail.inner_text()
    fc201 = next(o for o in fixture_result.reports[0].outcomes if o.code == "FC201")
    assert fc201.arithmetic == "100亿元 ÷ (1000亿元 − 100亿元) = 11.11% (11.04–11.18%)"
    assert fc201.arithmetic in text
    assert "output-growth" in text
    assert "同比增长10%" in text
    assert "Growth of industrial output, year on year" in text
    failing = detail.locator('.check[data-code="FC201"]')
    assert failing.get_attribute("data-state") == "fail"
    assert "fail" in failing.inner_text()
    # only one panel is open at a time
    assert page.locator(".detail:visible").count() == 1
    # a related claim's link jumps to its figure and opens its panel
    detail.locator('a[data-claim="output-increase"]').first.click()
    target = page.evaluate("document.activeElement.id")
    assert page.text_content(f"#{target}") == "100亿元"
    assert page.locator(f"#d-{target}").is_visible()
    assert not detail.is_visible()
    watch.assert_clean()


def test_tab_reaches_every_highlight(fixture_page: tuple[Page, Watch]) -> None:
    page, watch = fixture_page
    figs = page.eval_on_selector_all(".fig", "els => els.map(e => e.id)")
    focusable = page.eval_on_selector_all(
        "a[href], button, [tabindex]:not([tabindex='-1'])", "els => els.length")
    seen: list[str] = []
    for _ in range(focusable + 2):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.id"))
    reached = [i for i in seen if i in figs]
    assert reached[:len(figs)] == figs  # every highlight, in reading order
    # keyboard focus opens the panel of the figure reached
    page.focus(f"#{figs[1]}")
    assert page.locator(f"#d-{figs[1]}").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator(f"#d-{figs[1]}").is_visible()
    watch.assert_clean()


def test_findings_list_scrolls_to_and_flashes_its_figure(browser: Browser,
                                                         pages: dict[str, Path]) -> None:
    page, watch = open_page(browser, pages["bundled"], width=1200)
    try:
        button = page.locator('.findings button[data-goto]').first
        target = button.get_attribute("data-goto")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        button.click()
        page.wait_for_function("id => document.getElementById(id).classList.contains('flash')",
                               arg=target)
        assert page.evaluate("document.activeElement.id") == target
        page.wait_for_function(
            "id => { const r = document.getElementById(id).getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= window.innerHeight; }", arg=target)
        assert page.locator(f"#d-{target}").is_visible()
        watch.assert_clean()
    finally:
        page.context.close()


def test_filters_hide_a_verdict(fixture_page: tuple[Page, Watch]) -> None:
    page, watch = fixture_page
    page.click('.filter[data-filter="pass"]')
    assert page.get_attribute('.filter[data-filter="pass"]', "aria-pressed") == "false"
    assert page.evaluate("document.body.classList.contains('hide-pass')")
    assert page.eval_on_selector_all(".fig.s-pass", "els => els.map(e => e.tabIndex)") == [-1] * 4
    background = page.eval_on_selector(".fig.s-pass", "e => getComputedStyle(e).backgroundColor")
    assert background == "rgba(0, 0, 0, 0)"
    assert page.eval_on_selector(".fig.s-fail", "e => e.tabIndex") == 0
    page.click('.filter[data-filter="pass"]')
    assert page.eval_on_selector_all(".fig.s-pass", "els => els.map(e => e.tabIndex)") == [0] * 4
    watch.assert_clean()


def test_script_in_the_article_stays_text(fixture_page: tuple[Page, Watch]) -> None:
    page, watch = fixture_page
    article = page.inner_text("article")
    assert "内部备忘“<script>alert('x')</script>”提到&产值42亿元" in article
    assert page.locator("article script").count() == 0
    assert page.title() == "测试市工业简报 <b>&</b> — factcheck"
    watch.assert_clean()


def test_bundled_article_and_full_page_screenshot(browser: Browser, pages: dict[str, Path],
                                                  bundled_result: RunResult,
                                                  tmp_path: Path) -> None:
    page, watch = open_page(browser, pages["bundled"])
    try:
        report = bundled_result.reports[0]
        states = states_in(page)
        warned = {o.claim_ids[0] for o in report.outcomes
                  if o.failed and o.severity is not Severity.ERROR and o.claim_ids}
        claims = page.eval_on_selector_all(".fig.s-warning", "els => els.map(e => e.dataset.claims)")
        assert {c for cs in claims for c in cs.split()} >= warned
        assert states["warning"] == len(warned)
        assert states["uncovered"] == sum(o.code == "FC104" for o in report.outcomes if o.failed)
        assert sum(states.values()) == page.locator("mark.fig").count() > 100
        # the Chinese text is drawn in real glyphs, not in the empty boxes of a missing font:
        # two different characters draw differently, while two code points no font has
        # draw the same box (or nothing)
        assert page.evaluate(GLYPHS_DIFFER, ["重", "庆"])
        assert not page.evaluate(GLYPHS_DIFFER, ["\u0378", "\u0379"])
        for fig in page.locator(".fig").all()[:40]:
            fig.click()
        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert width == 1400 and height > 900
        watch.assert_clean()
    finally:
        page.context.close()


def test_print_stylesheet(fixture_page: tuple[Page, Watch]) -> None:
    page, watch = fixture_page
    page.emulate_media(media="print")
    assert not page.is_visible("#panel")
    assert page.is_visible(".filters")  # kept as the legend of icons
    assert page.is_visible(".findings")
    assert page.eval_on_selector(".fig.s-fail", "e => getComputedStyle(e, '::after').content") == '"✗"'
    pdf_free = page.evaluate("getComputedStyle(document.querySelector('.side')).position")
    assert pdf_free == "static"
    watch.assert_clean()
