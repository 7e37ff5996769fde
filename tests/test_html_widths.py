"""The annotated page at a desktop width (1280 px) and a phone width (400 px), in Chromium:
the likely culprit marked, figures used by failing checks implicated, the sidebar holding
its content, and a tap on a narrow screen bringing the panel into view."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import BUNDLED_CLAIMS
from test_html_browser import WHEN, browser, open_page, pytestmark  # noqa: F401

from factcheck.app.runner import run_paths
from factcheck.checks import all_rules
from factcheck.render import html as page_html

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CULPRIT = Path(__file__).parent / "fixtures" / "culprit" / "claims.yaml"


@pytest.fixture(scope="module")
def culprit_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("widths") / "culprit.html"
    path.write_text(page_html.render(run_paths([CULPRIT], all_rules()), now=WHEN), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bundled_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("widths") / "bundled.html"
    path.write_text(page_html.render(run_paths([BUNDLED_CLAIMS], all_rules()), now=WHEN),
                    encoding="utf-8")
    return path


@pytest.fixture(params=[1280, 400], ids=["1280px", "400px"])
def width(request: pytest.FixtureRequest) -> Iterator[int]:
    yield request.param


def test_culprit_and_implicated_figures_are_marked(browser: Browser, culprit_page: Path,  # noqa: F811
                                                   width: int) -> None:
    page, watch = open_page(browser, culprit_page, width=width)
    try:
        culprit = page.locator(".fig.culprit")
        assert culprit.count() == 1
        assert culprit.inner_text().endswith("2760.91亿元")
        assert "likely culprit" in (culprit.get_attribute("aria-label") or "")
        # its own checks pass, but three failing checks use it
        assert culprit.get_attribute("data-state") == "pass"
        assert "used by 3 failing checks" in (culprit.get_attribute("aria-label") or "")
        assert page.locator(".fig.implicated").count() == 3
        banner = page.locator(".culprit-line")
        assert banner.inner_text().startswith("likely culprit: 2760.91亿元 (auto) is the likely typo")
        banner.locator("button.goto").click()
        detail = page.locator(f"#d-{culprit.get_attribute('id')}")
        assert detail.is_visible()
        assert detail.locator(".culprit-note").inner_text().startswith("likely culprit:")
        # intervals as the text report writes them
        assert "4999.995–5000.005亿元" in page.locator(".side").inner_text()
        watch.assert_clean()
    finally:
        page.context.close()


def test_sidebar_fits_and_page_has_no_sideways_scroll(browser: Browser,  # noqa: F811
                                                      bundled_page: Path, width: int) -> None:
    page, watch = open_page(browser, bundled_page, width=width)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        side = page.locator(".side")
        overflow = side.evaluate("el => el.scrollWidth - el.clientWidth")
        assert overflow <= 1
        table = page.locator(".implied table")
        box, holder = table.bounding_box(), side.bounding_box()
        assert box is not None and holder is not None
        assert box["x"] + box["width"] <= holder["x"] + holder["width"] + 1
        watch.assert_clean()
    finally:
        page.context.close()


def test_tap_on_a_narrow_screen_scrolls_to_the_panel(browser: Browser, culprit_page: Path) -> None:  # noqa: F811
    page, watch = open_page(browser, culprit_page, width=400)
    try:
        fig = page.locator(".fig.s-fail").first
        fig.scroll_into_view_if_needed()
        fig.click()
        page.wait_for_function("""() => {
            const r = document.getElementById('panel').getBoundingClientRect();
            return r.top >= -1 && r.top < window.innerHeight;
        }""", timeout=5000)
        detail = page.locator(f"#d-{fig.get_attribute('id')}")
        assert detail.is_visible()
        box = detail.bounding_box()
        assert box is not None and box["y"] < 900
        watch.assert_clean()
    finally:
        page.context.close()


def test_wide_screen_tap_keeps_the_article_in_place(browser: Browser, culprit_page: Path) -> None:  # noqa: F811
    page, watch = open_page(browser, culprit_page, width=1280)
    try:
        before = page.evaluate("window.scrollY")
        page.locator(".fig.s-fail").first.click()
        assert page.evaluate("window.scrollY") == before
        watch.assert_clean()
    finally:
        page.context.close()
