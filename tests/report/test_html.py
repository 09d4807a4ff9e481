"""`--format html`: the page's content, safety and determinism, read from its markup.

The page's behaviour in a browser (filters, scrolling, tooltips, scripts that must not run) is
tested in tests/browser/; here the HTML is parsed and checked against the run it reports.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.cli import main
from validator.engine import Options, Result, run
from validator.finding import Finding, Severity, Span
from validator.quotes import MatchKind
from validator.report import html, reporters

CASES = Path(__file__).resolve().parent.parent / "cases" / "html"
VOID = {"meta", "link", "br", "img", "input", "hr", "wbr", "source", "col", "area", "base", "embed", "track"}


# ------------------------------------------------------------------ a small DOM for assertions


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list = field(default_factory=list)  # Element or str
    parent: Element | None = None

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def source_text(self) -> str:
        """The text without the links to claims placed after quotes: what the source says."""
        return "".join(c if isinstance(c, str) else "" if "ref" in c.classes() else c.source_text
                       for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [e for e in self.iter() if (tag is None or e.tag == tag)
                and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def by_id(self, anchor: str) -> Element:
        (found,) = [e for e in self.iter() if e.attrs.get("id") == anchor]
        return found

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: v or "" for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>: the markup is not well nested"
        self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse(page: str) -> Element:
    builder = _Builder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "an element is left open"
    return builder.root


# ------------------------------------------------------------------ running on the fixtures


@pytest.fixture()
def case(tmp_path: Path, monkeypatch):
    """Copy a fixture repository of tests/cases/html into a temporary folder and work there."""

    def copy(name: str) -> Path:
        shutil.copytree(CASES / name, tmp_path / name)
        (tmp_path / name / ".git").mkdir()
        monkeypatch.chdir(tmp_path / name)
        return tmp_path / name

    return copy


def report(capsys, *args: str) -> tuple[int, str]:
    status = main(["--format", "html", *args])
    return status, capsys.readouterr().out


def result_here() -> Result:
    return run(Options(paths=("claims/",), root=Path("."), use_cache=False))


def quote_spans(result: Result) -> list[tuple[str, int, int, str]]:
    """(claim id, start, end, source path) of every quote fragment found in its source."""
    out = []
    for record in result.dataset.claims():
        for match in record.quote_matches:
            if match is not None and match.kind is not MatchKind.MISSING:
                out.extend((record.id, a, b, record.file.source.path) for a, b in match.spans)
    return out


# ------------------------------------------------------------------ determinism and registration


def test_html_is_a_registered_format() -> None:
    assert reporters()["html"] is html.render


def test_two_runs_are_byte_identical_cold_warm_and_uncached(project: Path, capsys) -> None:
    _, cold = report(capsys, "claims/")
    _, warm = report(capsys, "claims/")
    _, uncached = report(capsys, "claims/", "--no-cache")
    assert cold == warm == uncached
    assert "<time" not in cold  # no date unless asked


def test_output_file_is_the_page(project: Path, capsys) -> None:
    status, printed = report(capsys, "claims/", "--output", "report.html")
    assert status == 1 and printed == ""
    page = (project / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    parse(page)


def test_report_date_only_when_asked(case, capsys) -> None:
    case("mixed")
    _, given_date = report(capsys, "claims/", "--report-date", "2024-05-01")
    assert parse(given_date).find_all("time")[0].text == "2024-05-01"
    _, today = report(capsys, "claims/", "--report-date")
    (stamp,) = parse(today).find_all("time")
    assert len(stamp.text) == 10 and stamp.text[4] == "-"
    assert main(["--format", "json", "--report-date", "claims/"]) == 2
    assert "--report-date works only with --format html" in capsys.readouterr().err


# ------------------------------------------------------------------ what the page shows


def test_one_mark_per_quote_span_found_with_its_claim_and_exact_text(case, capsys) -> None:
    root = case("mixed")
    _, page = report(capsys, "claims/")
    dom = parse(page)
    spans = quote_spans(result_here())
    marks = dom.find_all("mark")
    assert len(marks) == len(spans) == 7
    text = (root / "seeds" / "harbour.txt").read_text(encoding="utf-8")
    for claim_id, start, end, _ in spans:
        (mark,) = [m for m in marks if m.attrs["data-claim"] == claim_id and _whole_text(dom, m) == text[start:end]]
        assert mark.attrs["tabindex"] == "0" and claim_id in mark.attrs["title"]


def _whole_text(dom: Element, mark: Element) -> str:
    """A mark's text with its continuation pieces (a quote split where another quote ends)."""
    return mark.source_text + "".join(e.source_text for e in dom.iter()
                                      if e.attrs.get("data-of") == mark.attrs["id"] and "quote" in e.classes())


def test_the_project_data_marks_every_quote_found(project: Path, capsys) -> None:
    _, page = report(capsys, "claims/")
    assert len(parse(page).find_all("mark")) == len(quote_spans(result_here())) > 0


def test_quotes_are_coloured_by_the_worst_finding_of_their_claim(case, capsys) -> None:
    case("mixed")
    dom = parse(report(capsys, "claims/")[1])
    status = {m.attrs["data-claim"]: m.classes() for m in dom.find_all("mark")}
    assert "st-error" in status["harbour.typo"]  # V001
    assert "st-warning" in status["harbour.officers"]  # Q003
    assert "st-accepted" in status["harbour.accepted"]  # V001, accepted
    assert "st-ok" in status["harbour.arrests"]
    # each status has its own icon in the link after the span, not only a colour
    icons = {status: ref.find_all("span")[0].text for ref in dom.find_all("sup") if "ref" in ref.classes()
             for status in ref.classes() if status.startswith("st-")}
    assert set(icons) == {"st-error", "st-warning", "st-accepted", "st-ok"}
    assert len(set(icons.values())) == len(icons)


def test_figures_show_their_verdict_and_the_number_they_rest_on(case, capsys) -> None:
    case("mixed")
    dom = parse(report(capsys, "claims/")[1])
    typo = dom.by_id("c-3")
    (row,) = typo.find_all("table")[0].find_all("tr")[1:]
    assert "not supported (V001)" in row.text and "has no 39" in row.text
    arrests = dom.by_id("c-1")
    (row,) = arrests.find_all("table")[0].find_all("tr")[1:]
    assert "supported" in row.text
    (link,) = row.find_all("a")
    number = dom.by_id(link.attrs["href"][1:])
    assert number.text == "38" and "st-ok" in number.classes() and number.tag == "span"


def test_accepted_discrepancies_show_their_reason_and_their_finding(case, capsys) -> None:
    case("mixed")
    dom = parse(report(capsys, "claims/")[1])
    accepted = dom.by_id("c-7")
    (item,) = accepted.find_all("ul", **{"class": "accepts"})[0].find_all("li")
    assert "V001" in item.text and "later correction says 15 vehicles" in item.text
    row = dom.by_id(item.find_all("a")[0].attrs["href"][1:])
    assert row.attrs["data-status"] == "accepted" and "Accepted: the wire" in row.text


def test_a_stale_accept_says_it_matches_no_finding(case, capsys) -> None:
    root = case("mixed")
    claims = root / "claims" / "harbour.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace(
        "    quote: Police arrested 38 suspects in six countries\n",
        "    quote: Police arrested 38 suspects in six countries\n"
        "    accept:\n      - rule: V002\n        reason: nothing to accept here at all\n"), encoding="utf-8")
    dom = parse(report(capsys, "claims/")[1])
    assert "(matches no finding)" in dom.by_id("c-1").text


def test_every_row_links_to_its_claim_and_span_and_they_link_back(case, capsys) -> None:
    case("mixed")
    dom = parse(report(capsys, "claims/")[1])
    rows = dom.by_id("findings-table").find_all("tbody")[0].find_all("tr")
    assert [r.attrs["data-code"] for r in rows] == ["V001", "Q003", "Q002", "V001"]
    for row in rows:
        claim = dom.by_id(row.find_all("a", **{"class": "to-claim"})[0].attrs["href"][1:])
        assert claim.tag == "article"
        assert any(a.attrs.get("href") == "#" + row.attrs["id"] for a in claim.find_all("a"))  # and back
    spans = {r.attrs["id"]: r.find_all("a", **{"class": "to-span"}) for r in rows}
    missing = [r.attrs["id"] for r in rows if r.attrs["data-code"] == "Q002"]
    assert [anchor for anchor, links in spans.items() if not links] == missing  # a quote not found has no span
    for anchor, links in spans.items():
        for link in links:
            mark = dom.by_id(link.attrs["href"][1:])
            assert mark.tag == "mark"
            ref = mark.parent.children[mark.parent.children.index(mark) + 1]  # the span links to its claim
            assert ref.tag == "sup" and ref.find_all("a")[0].attrs["href"].startswith("#c-")


def test_a_finding_about_one_quote_links_to_that_quote(case, capsys) -> None:
    case("mixed")
    dom = parse(report(capsys, "claims/")[1])
    (q003,) = [r for r in dom.find_all("tr") if r.attrs.get("data-code") == "Q003"]
    target = q003.find_all("a", **{"class": "to-span"})[0].attrs["href"]
    assert dom.by_id(target[1:]).attrs["data-claim"] == "harbour.officers"


def test_filters_offer_every_code_family_severity_file_and_event(case, capsys) -> None:
    case("mixed")
    dom = parse(report(capsys, "claims/")[1])
    form = dom.by_id("filters")
    assert "hidden" in form.attrs  # the script shows it: without JavaScript it would do nothing

    def options(name: str) -> list[str]:
        (select,) = form.find_all("select", name=name)
        return [o.attrs["value"] for o in select.find_all("option")]

    assert options("code") == ["", "Q002", "Q003", "V001"]
    assert options("family") == ["", "Q", "V"]
    assert options("status") == ["", "error", "warning", "accepted"]
    assert options("file") == ["", "claims/harbour.yaml"]
    assert options("event") == ["", "harbour-raid", "harbour-vehicles"]
    for select in form.find_all("select"):  # each labelled, so a screen reader names it
        assert select.parent.tag == "label"
    counts = {r.find_all("th")[0].text: [td.text for td in r.find_all("td")][1:3]
              for r in dom.by_id("codes").find_all("tbody")[0].find_all("tr")}
    assert counts == {"Q002": ["1", "0"], "Q003": ["1", "0"], "V001": ["1", "1"]}


def test_landmarks_and_headings(project: Path, capsys) -> None:
    dom = parse(report(capsys, "claims/")[1])
    assert len(dom.find_all("header")) == len(dom.find_all("main")) == len(dom.find_all("nav")) == 1
    levels = [int(e.tag[1]) for e in dom.iter() if e.tag in ("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:])), "a heading level is skipped"
    ids = [e.attrs["id"] for e in dom.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))
    for link in dom.find_all("a"):
        href = link.attrs["href"]
        assert href.startswith("#") and href[1:] in ids or href.startswith("https://"), href


def test_uncaptured_figures_are_marked_differently_and_linked_to_their_finding(case) -> None:
    case("mixed")
    result = result_here()
    # a coverage finding as the coverage rule reports it: in the source, at the figure's line:col
    uncaptured = Finding("U001", Severity.INFO, "'2.5 tonnes' of cocaine is not captured by any claim",
                         "seeds/harbour.txt", Span(3, 68, 3, 77))
    result.findings = sorted([*result.findings, uncaptured], key=Finding.sort_key)
    dom = parse(html.render(result))
    (row,) = [r for r in dom.find_all("tr") if r.attrs.get("data-code") == "U001"]
    assert row.attrs["data-status"] == "info" and row.attrs["data-family"] == "U"
    span = dom.by_id(row.find_all("a", **{"class": "to-span"})[0].attrs["href"][1:])
    assert span.tag == "span" and "uncap" in span.classes() and span.text == "2.5 tonnes"
    assert span not in dom.find_all("mark") and len(dom.find_all("mark")) == 7
    ref = span.parent.children[span.parent.children.index(span) + 1]
    assert ref.find_all("a")[0].attrs["href"] == "#" + row.attrs["id"]  # and back
    listed = dom.find_all("ul", **{"class": "uncaptured"})[0]
    assert "line 3: 2.5 tonnes" in listed.text


def test_a_coverage_finding_named_by_another_path_or_outside_the_text_is_kept_in_the_table(case) -> None:
    root = case("mixed")
    result = result_here()
    result.findings += [Finding("U001", Severity.INFO, "by absolute path", str(root / "seeds" / "harbour.txt"),
                                Span(7, 1, 7, 9)),
                        Finding("U001", Severity.INFO, "past the end", "seeds/harbour.txt", Span(99, 1, 99, 3))]
    dom = parse(html.render(result))
    assert dom.find_all("span", **{"class": "uncap st-info"})[0].text == "About 120"
    rows = [r for r in dom.find_all("tr") if r.attrs.get("data-code") == "U001"]
    assert len(rows) == 2 and not rows[1].find_all("a", **{"class": "to-span"})


def test_an_unreadable_source_is_named_and_its_claims_are_not_judged(case, capsys) -> None:
    root = case("mixed")
    (root / "seeds" / "harbour.txt").unlink()
    dom = parse(report(capsys, "claims/")[1])
    assert "(could not be read)" in dom.by_id("file-1").text
    assert not dom.find_all("mark") and not dom.find_all("section", **{"class": "source"})
    assert "Not judged" in dom.by_id("c-1").text


# ------------------------------------------------------------------ safety


ALLOWED_TAGS = {"html", "head", "meta", "title", "link", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "h5",
                "p", "nav", "ul", "ol", "li", "main", "section", "table", "caption", "thead", "tbody", "tr", "th",
                "td", "form", "label", "select", "option", "button", "span", "article", "dl", "dt", "dd", "q",
                "div", "mark", "sup", "footer", "script", "time", "#document"}


def test_markup_and_script_in_claims_and_sources_render_as_text(case, capsys) -> None:
    root = case("xss")
    page = report(capsys, "claims/")[1]
    dom = parse(page)
    assert {e.tag for e in dom.iter()} <= ALLOWED_TAGS  # no img, svg, iframe, textarea from the input
    (script,) = dom.find_all("script")
    assert script.text == files("validator.report").joinpath("templates", "report.js").read_text(encoding="utf-8")
    for element in dom.iter():
        assert not [name for name in element.attrs if name.startswith("on")], element.tag
        if element.tag == "a":
            assert element.attrs["href"].startswith("#"), element.attrs["href"]
    source = (root / "seeds" / "evil.txt").read_text(encoding="utf-8")
    article = dom.find_all("div", **{"class": "article"})[0]
    assert [line.source_text for line in article.find_all("p")] == [line for line in source.split("\n") if line]
    assert "<script>window.__pwned = 'note'</script>" in dom.by_id("c-1").text
    assert "javascript:window.__pwned = 'url'" in page.replace("&#39;", "'")  # shown, never a link


def test_the_page_allows_only_its_own_style_and_script(project: Path, capsys) -> None:
    dom = parse(report(capsys, "claims/")[1])
    (policy,) = [m.attrs["content"] for m in dom.find_all("meta") if m.attrs.get("http-equiv")]
    (style,), (script,) = dom.find_all("style"), dom.find_all("script")
    assert f"style-src {html.csp_hash(style.text)};" in policy
    assert f"script-src {html.csp_hash(script.text)};" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


@pytest.mark.parametrize("url, shown", [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"), ("http://example.org", "http://example.org"),
    ("javascript:alert(1)", ""), (" JavaScript:alert(1)", ""), ("data:text/html,x", ""), ("//evil.example", ""),
    ("https://exa mple.org", ""), ("https://example.org/\nx", ""), ("", ""), (None, ""),
])
def test_only_web_addresses_become_links(url, shown) -> None:
    assert html.safe_url(url) == shown


# ------------------------------------------------------------------ laying out overlapping marks


def _mark(start: int, end: int, kind: str = html.QUOTE, name: str = "m") -> html.Mark:
    return html.Mark(start, end, kind, name, "ok", name)


def _flatten(nodes, depth=0, out=None):
    out = [] if out is None else out
    for node in nodes:
        out.append((node, depth))
        _flatten(node.children, depth + 1, out)
    return out


def test_a_quote_running_past_the_one_holding_it_is_split_there() -> None:
    text = "Police arrested 38 suspects in six countries on Monday"
    outer, inner = _mark(0, 44, name="outer"), _mark(7, 54, name="inner")
    nodes = html.layout(text, 0, len(text), [inner, outer])
    (first, rest) = [n for n, _ in _flatten(nodes) if n.mark is inner and n.kind == "mark"]
    assert text[first.start:first.end] == "arrested 38 suspects in six countries" and first.first and not first.last
    assert text[rest.start:rest.end] == " on Monday" and rest.last and not rest.first
    assert nodes[0].mark is outer and first in nodes[0].children


def test_at_equal_extents_a_quote_holds_a_figure_which_holds_an_uncaptured_one() -> None:
    marks = [_mark(0, 2, html.UNCAPTURED, "u"), _mark(0, 2, html.FIGURE, "f"), _mark(0, 2, html.QUOTE, "q")]
    nodes = html.layout("38", 0, 2, marks)
    nesting = [(n.mark.anchor, depth) for n, depth in _flatten(nodes) if n.kind == "mark"]
    assert nesting == [("q", 0), ("f", 1), ("u", 2)]


@given(st.text(alphabet="ab \n", min_size=1, max_size=40),
       st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45), st.sampled_from([html.QUOTE, html.FIGURE])),
                max_size=8))
def test_layout_keeps_every_character_and_covers_each_mark_exactly(text, raw) -> None:
    marks = [html.Mark(min(a, b), max(a, b), kind, f"m{i}", "ok", "", ref="#x") for i, (a, b, kind) in enumerate(raw)]
    start, end = 1 if len(text) > 1 else 0, len(text)
    nodes = html.layout(text, start, end, marks)
    flat = _flatten(nodes)
    assert "".join(n.text for n, _ in flat if n.kind == "text") == text[start:end]
    for mark in marks:
        pieces = [n for n, _ in flat if n.mark is mark and n.kind == "mark"]
        covered = sorted((n.start, n.end) for n in pieces)
        a, b = max(mark.start, start), min(mark.end, end)
        if a >= b:
            assert not pieces
            continue
        assert covered[0][0] == a and covered[-1][1] == b
        assert all(x[1] == y[0] for x, y in zip(covered, covered[1:]))  # contiguous, no overlap
        assert sum(n.first for n in pieces) == (mark.start >= start)
        assert len([n for n, _ in flat if n.mark is mark and n.kind == "ref"]) == (mark.end <= end)
    for node, _ in flat:  # children nest inside their parent
        assert all(node.start <= c.start <= c.end <= node.end for c in node.children)
