"""A real headless Chromium for the HTML report's tests: Debian's, driven by Playwright.

One browser per test module (starting one costs about a second); each test gets a fresh page
that records every request and every console error. Where no browser is installed the tests
skip with one line saying why, and the rest of the suite still runs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    """Debian's Chromium (or the one FIGURECHECK_CHROMIUM names); never a downloaded build."""
    named = os.environ.get("FIGURECHECK_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium")


def _no_browser(why: str) -> None:
    """Skip, with one line saying why; where a browser is required (CI), fail instead, so that a
    missing install never passes as green."""
    if os.environ.get("FIGURECHECK_REQUIRE_BROWSER"):
        pytest.fail(f"FIGURECHECK_REQUIRE_BROWSER is set, but {why}", pytrace=False)
    pytest.skip(why)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("no browser: the playwright package is not installed (pip install -e '.[dev]')")
    path = chromium_path()
    if path is None:
        _no_browser("no browser: Chromium not found (apt-get install chromium, or set FIGURECHECK_CHROMIUM)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Opened:
    """A page with what it did while loading and after: requests made, console errors, page errors."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture()
def open_page(browser) -> Iterator:
    """Open a report file in a fresh page; anything but the file itself is recorded and refused."""
    contexts = []

    def opener(path: Path, javascript: bool = True) -> Opened:
        context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)
        url = path.resolve().as_uri()
        page.on("request", lambda request: opened.requests.append(request.url))
        page.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: opened.errors.append(str(error)))
        context.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
        page.goto(url)
        page.wait_for_load_state("load")
        return opened

    yield opener
    for context in contexts:
        context.close()
