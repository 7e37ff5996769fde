"""Take the README's screenshot of the annotated HTML report of the bundled article.

    python scripts/report_screenshot.py [--out docs/report-screenshot.png] [--full-page]

Renders ``claims/`` with ``--format html``, opens it in Debian's Chromium
(``/usr/bin/chromium``, see ``.ci/install-browser.sh``) through Playwright, selects the
figure the checks warn about so its panel shows, and saves a PNG. The run time on the
page is pinned (SOURCE_DATE_EPOCH) so the image only changes when the report does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "report-screenshot.png")
    parser.add_argument("--full-page", action="store_true", help="the whole page, not a view")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found; run .ci/install-browser.sh", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1730851200"}
        subprocess.run([sys.executable, "-m", "factcheck", "run", "--format", "html",
                        "-o", str(report), "--exit-zero"], cwd=ROOT, env=env, check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 960})
            page.goto(report.as_uri())
            target = page.locator(".fig.s-fail, .fig.s-warning").first
            if target.count():
                target.scroll_into_view_if_needed()
                target.click()
                page.evaluate("window.scrollBy(0, -200)")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out), full_page=args.full_page)
            browser.close()
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
