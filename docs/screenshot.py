"""Regenerate docs/report.png, the README's picture of the HTML report on the project's own data.

    python docs/screenshot.py            # needs Debian's chromium and the dev extra (playwright)

It writes the report with `validate claims/ --format html`, opens it in headless Chromium (the
browser the tests use, never a downloaded one) and photographs one source with its quoted
passages marked and the tooltip of one of them shown.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "report.png"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
# The claim whose quote is shown with its tooltip: an accepted discrepancy the article contains.
FOCUSED_CLAIM = "interpol-americas.arrest-panama"


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "report.html"
        subprocess.run([sys.executable, "-m", "validator", "claims/", "--no-cache", "--format", "html",
                        "--output", str(page_file)], cwd=ROOT, check=False)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1100, "height": 760}, device_scale_factor=1)
            page.goto(page_file.as_uri())
            mark = page.locator(f"mark[data-claim='{FOCUSED_CLAIM}']").first
            section = mark.evaluate("el => el.closest('section').id")
            page.evaluate(f"document.getElementById('{section}').scrollIntoView()")
            mark.focus()
            page.screenshot(path=str(OUTPUT))
            browser.close()
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
