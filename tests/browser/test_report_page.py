"""The HTML report in a real headless Chromium: it loads nothing, its filters, links and tooltips
work, and markup in claims or sources runs nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed").expect

from tests.helpers import PROJECT, working_in
from validator.cli import main
from validator.engine import Options, run
from validator.quotes import MatchKind

ROOT = Path(__file__).resolve().parent.parent.parent
CASES = ROOT / "tests" / "cases" / "html"


def quotes_found() -> int:
    """How many quote spans (fragments) the run finds in their sources, from the engine itself."""
    result = run(Options(paths=("claims/",), root=Path("."), use_cache=False))
    return sum(len(m.spans) for record in result.dataset.claims() for m in record.quote_matches
               if m is not None and m.kind is not MatchKind.MISSING)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, tuple[Path, int]]:
    """The page for the project's data and for each fixture, with the number of quotes found."""
    base = tmp_path_factory.mktemp("reports")
    shutil.copytree(PROJECT / "claims", base / "project" / "claims")  # the tests' frozen copy of the data
    shutil.copytree(PROJECT / "seeds", base / "project" / "seeds")
    for name in ("mixed", "xss"):
        shutil.copytree(CASES / name, base / name)
    out = {}
    for name in ("project", "mixed", "xss"):
        (base / name / ".git").mkdir()
        with working_in(base / name):
            main(["--format", "html", "--no-cache", "--output", "report.html", "claims/"])
            out[name] = (base / name / "report.html", quotes_found())
    return out


def test_the_page_loads_with_no_console_error_and_no_request(browser, open_page, reports) -> None:
    for name in ("project", "mixed"):
        path, _ = reports[name]
        opened = open_page(path)
        opened.page.wait_for_timeout(100)
        assert opened.errors == []
        assert opened.requests == [path.resolve().as_uri()]  # the page itself, nothing else
        assert opened.page.title().startswith("figurecheck report: ")


def test_one_highlighted_span_per_quote_found(open_page, reports) -> None:
    for name in ("project", "mixed"):
        path, found = reports[name]
        page = open_page(path).page
        assert page.locator("mark").count() == found
        assert page.locator("mark[data-claim]").count() == found
        assert page.locator("mark").first.is_visible()


def _visible_codes(page) -> list[str]:
    return page.eval_on_selector_all("#findings-table tbody tr", "rows => rows.filter(r => !r.hidden)"
                                     ".map(r => r.dataset.code)")


def test_filtering_by_a_code_hides_the_other_rows(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    assert _visible_codes(page) == ["V001", "Q003", "Q002", "V001"]
    page.select_option("#filter-code", "V001")
    assert _visible_codes(page) == ["V001", "V001"]
    assert page.locator("#shown").text_content() == "2"
    page.select_option("#filter-status", "accepted")
    assert _visible_codes(page) == ["V001"]
    page.click("button[type=reset]")
    expect(page.locator("#shown")).to_have_text("4")  # polled by the driver: no eval, which the page's CSP forbids
    assert _visible_codes(page) == ["V001", "Q003", "Q002", "V001"]


def test_filters_by_family_severity_file_and_event(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    page.select_option("#filter-family", "Q")
    assert _visible_codes(page) == ["Q003", "Q002"]
    page.select_option("#filter-family", "")
    page.select_option("#filter-status", "warning")
    assert _visible_codes(page) == ["Q003"]
    page.select_option("#filter-status", "")
    page.select_option("#filter-event", "harbour-vehicles")
    assert _visible_codes(page) == ["V001"]
    page.select_option("#filter-file", "claims/harbour.yaml")
    assert _visible_codes(page) == ["V001"]


def test_a_code_count_button_shows_only_that_code(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    page.click("#codes button[data-code=Q002]")
    assert _visible_codes(page) == ["Q002"]
    assert page.evaluate("document.activeElement.id") == "filter-code"


def test_the_filters_are_reached_with_the_keyboard(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.tagName"))
        if reached[-1] == "filter-event":
            break
    assert ["filter-family", "filter-code", "filter-status", "filter-file", "filter-event"] == [
        r for r in reached if r.startswith("filter-")]
    page.keyboard.press("ArrowDown")  # a select changes with the keyboard, and the table follows
    assert _visible_codes(page) == ["V001", "Q003", "Q002"]


def _in_view(page, selector: str) -> bool:
    return page.eval_on_selector(selector, "el => { const r = el.getBoundingClientRect();"
                                           " return r.bottom > 0 && r.top < window.innerHeight; }")


def test_clicking_a_finding_scrolls_its_span_into_view(open_page, reports) -> None:
    page = open_page(reports["project"][0]).page
    (row,) = page.eval_on_selector_all("#findings-table tbody tr", "rows => rows.filter("
                                       "r => r.dataset.code === 'C003').map(r => r.id)")
    link = page.locator(f"#{row} a.to-span")
    target = link.get_attribute("href")
    assert not _in_view(page, target)
    link.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    assert _in_view(page, target)
    assert page.eval_on_selector(target, "el => el.matches(':target')")
    # and back: the link after the span leads to its claim, which lists the finding
    page.eval_on_selector(target, "el => el.nextElementSibling.querySelector('a').click()")
    claim = page.evaluate("location.hash")
    assert claim.startswith("#c-") and _in_view(page, claim)
    page.click(f"{claim} a[href='#{row}']")
    assert _in_view(page, f"#{row}")


def test_a_link_to_a_filtered_out_finding_shows_all_findings_again(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    page.select_option("#filter-code", "Q003")
    page.click("#c-3 ul.row-links a")  # harbour.typo's V001, hidden by the filter
    expect(page.locator("#shown")).to_have_text("4")  # polled by the driver: no eval, which the page's CSP forbids
    assert _in_view(page, page.evaluate("location.hash"))


def test_focusing_or_hovering_a_span_shows_the_claims_quoting_it(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    assert page.locator("#tip").is_hidden()
    page.focus("#q-2-1-1")  # harbour.countries' quote, inside harbour.arrests' and harbour.typo's
    tip = page.locator("#tip")
    assert tip.is_visible()
    shown = tip.text_content()
    assert "harbour.countries: 6 countries" in shown and "harbour.typo: 39 arrests (error)" in shown
    assert "harbour.arrests" in shown
    assert page.get_attribute("#q-2-1-1", "aria-describedby") == "tip"
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    page.evaluate("document.activeElement.blur()")
    page.hover("#q-5-1-1")
    assert tip.is_visible() and "harbour.officers: about 120 officers (warning)" in tip.text_content()
    page.hover("h1")
    assert tip.is_hidden()


def test_markup_in_claims_and_sources_runs_nothing(open_page, reports) -> None:
    path, found = reports["xss"]
    opened = open_page(path)
    page = opened.page
    page.wait_for_timeout(200)
    for mark in page.locator("mark").all():  # what a user would do: hover, focus and click everything
        mark.hover()
        mark.focus()
    page.eval_on_selector_all("a, button", "els => els.forEach(el => el.click())")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script').length") == 1
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, textarea').length") == 0
    assert opened.errors == []  # nothing was even tried (the page's policy would log a refusal)
    assert opened.requests == [path.resolve().as_uri()]
    assert page.locator("mark").count() == found == 3
    assert "<script>window.__pwned = 'note'</script>" in page.locator("#c-1").inner_text()


def test_the_page_is_readable_with_javascript_off(open_page, reports) -> None:
    path, found = reports["mixed"]
    page = open_page(path, javascript=False).page
    assert page.locator("#filters").is_hidden()  # controls that would do nothing are not shown
    assert page.locator("#findings-table tbody tr:visible").count() == 4
    assert page.locator("mark").count() == found
    assert page.locator("#c-3").is_visible() and "39 arrests" in page.locator("#c-3").inner_text()
    page.click("#findings-table a.to-span >> nth=0")
    assert _in_view(page, page.evaluate("location.hash"))


CONTRAST = """() => {
  const rgb = s => s.match(/[0-9.]+/g).map(Number);
  const lum = c => { const v = c.slice(0, 3).map(x => { x /= 255;
      return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
  const background = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
  const worst = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!el.offsetParent || !Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push([el.tagName, el.className, ratio.toFixed(2)]);
  }
  return worst;
}"""


def test_every_text_meets_contrast_aa(open_page, reports) -> None:
    page = open_page(reports["mixed"][0]).page
    page.focus("#q-2-1-1")  # the tooltip too
    assert page.evaluate(CONTRAST) == []
