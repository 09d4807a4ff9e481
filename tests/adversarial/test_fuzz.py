"""Generated bad input, through the loader and through the whole pipeline (`validate` in-process
on a scratch repository): random bytes, YAML token soup, real claims files with bytes mutated,
structurally random claims documents and random sources. Every run must give findings or a
one-line usage error, never a traceback, an internal error or a hang (see conftest.assert_clean).
The session prints how many generated inputs ran."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.adversarial.conftest import SOURCE_TEXT, assert_clean, count, validate
from tests.helpers import PROJECT
from validator.dataset import build_file
from validator.loader import load_bytes
from validator.sources import Sources

REAL_CLAIMS = [p.read_bytes() for p in sorted((PROJECT / "claims").glob("*.yaml"))]

def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, suppress_health_check=list(HealthCheck), deadline=None)


def run_pipeline(repo: Path, raw: bytes, name: str) -> None:
    (repo / "claims" / "fuzz.yaml").write_bytes(raw)
    count(name)
    assert_clean(validate(repo, "claims/fuzz.yaml"))


# --- The loader alone: fast, so many examples, and a strong invariant on positions. ---------

def _resolves(data: Any, path: tuple) -> bool:
    for part in path:
        in_mapping = isinstance(data, dict) and part in data
        in_list = isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data)
        if not (in_mapping or in_list):
            return False
        data = data[part]
    return True


TOKENS = st.sampled_from([
    "a", "b", "id", "claims", "source", "path", ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "? ", "&x ", "*x",
    "&y ", "*y", "!!str ", "!!int ", "!!python/object:os.system ", "!foo ", "! ", "'", '"', "\\", "#", "|", ">",
    "---", "...", "%YAML 1.1", "\n", "\n  ", "\n    ", "\t", "\r\n", " ", "\ufeff", "\x00", "\x85", "\u2028",
    "38", "0x1F", "1e9", ".inf", "~", "null", "true", "2017-04-18", "<<", "@", "`", "\U0001f600", "\ud7ff",
])


@fuzz(1500)
@given(st.lists(TOKENS, max_size=60))
def test_loader_token_soup_positions_always_point_into_the_data(tokens: list[str]) -> None:
    raw = "".join(tokens).encode("utf-8", "surrogatepass")
    count("loader token soup")
    doc = load_bytes("x.yaml", raw)
    if doc.data is None:
        assert doc.spans == {} or list(doc.spans) == [()]
    for path in doc.spans:
        assert _resolves(doc.data, path), (raw, path)
    for problem in doc.problems:
        assert problem.message and problem.span.line >= 1


@fuzz(800)
@given(st.binary(max_size=400))
def test_loader_and_model_take_any_bytes(raw: bytes) -> None:
    count("loader bytes")
    claims_file = build_file("x.yaml", raw, Sources(Path(".")))
    assert all(issue.message for issue in claims_file.issues)


# --- The whole pipeline. ------------------------------------------------------------------------

@fuzz(150)
@given(st.binary(max_size=2_000))
def test_pipeline_random_bytes(shared_repo: Path, raw: bytes) -> None:
    run_pipeline(shared_repo, raw, "pipeline bytes")


@fuzz(250)
@given(st.lists(TOKENS, max_size=80))
def test_pipeline_yaml_token_soup(shared_repo: Path, tokens: list[str]) -> None:
    run_pipeline(shared_repo, "".join(tokens).encode("utf-8", "surrogatepass"), "pipeline token soup")


@st.composite
def mutated_real_file(draw) -> bytes:
    """A real claims file with a few byte-level edits: deletions, insertions, overwrites, copies."""
    data = bytearray(draw(st.sampled_from(REAL_CLAIMS)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "overwrite", "copy"]))
        at = draw(st.integers(0, len(data)))
        if op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"\n", b"  ", b"- ", b": ", b"'", b'"', b"&a ", b"*a", b"!!int ", b"\t", b"\xff", b"\xc3"]))
        elif op == "overwrite" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == "copy":
            start = draw(st.integers(0, len(data)))
            data[at:at] = data[start:start + draw(st.integers(1, 200))]
    return bytes(data)


@fuzz(250)
@given(mutated_real_file())
def test_pipeline_mutated_real_claims_files(shared_repo: Path, raw: bytes) -> None:
    for name, text in (("seeds/" + p.name, p.read_bytes()) for p in (PROJECT / "seeds").glob("*.txt")):
        target = shared_repo / name
        if not target.exists():
            target.write_bytes(text)
    run_pipeline(shared_repo, raw, "pipeline mutated real files")


WORDS = ["38", "17", "1,186", "20 000", "2,00,000", "1.5 million", "six", "twenty-one", "a dozen", "dozens of",
         "millions", "tens of thousands", "arrests", "arrest", "countries", "officers", "suspects", "days", "years",
         "more than", "about", "nearly", "at least", "up to", "fewer than", "in", "Spain", "Colombia", "Europe",
         "the Americas", "U.S.", "Korea", "and", ",", ";", ":", "-", "…", "(", ")", "%", "$", "€", "0", "-5",
         "1e400", "9" * 40, ".", "\u00a0", "\u200b", "\u202e", "İ", "Σ", "\t"]

claim_text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)
quote_text = st.one_of(
    st.integers(0, len(SOURCE_TEXT)).flatmap(lambda a: st.integers(a, len(SOURCE_TEXT)).map(lambda b: SOURCE_TEXT[a:b])),
    claim_text, st.text(max_size=40))
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
anything = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


@st.composite
def claim(draw) -> dict:
    item: dict[str, Any] = {
        "id": draw(st.from_regex(r"[a-z0-9][a-z0-9._-]{0,20}", fullmatch=True) | anything),
        "claim": draw(claim_text | anything),
        "quote": draw(quote_text | st.lists(quote_text, max_size=3) | anything),
    }
    for key, values in (("event", st.from_regex(r"[a-z][a-z-]{0,10}", fullmatch=True)),
                        ("when", st.sampled_from(["2017", "2017-04", "2017-04-18", "2017-02-30", "0000", "2999-01"])),
                        ("figures", st.lists(st.fixed_dictionaries({"value": st.floats() | st.integers(),
                                                                    "measure": st.sampled_from(WORDS)}), max_size=2)),
                        ("accept", st.lists(st.fixed_dictionaries({"rule": st.sampled_from(["Q002", "V001", "Z1",
                                                                                            "A001", "C005"]),
                                                                   "reason": st.text(max_size=30)}), max_size=2)),
                        ("note", anything), ("extra", anything)):
        if draw(st.booleans()):
            item[key] = draw(values)
    return item


@st.composite
def claims_document(draw) -> dict:
    document: dict[str, Any] = {"source": {"path": draw(st.sampled_from(
        ["seeds/source.txt", "seeds/source.txt", "seeds/missing.txt", "../outside.txt", "/etc/passwd", "seeds",
         "seeds/../seeds/source.txt", ""]))}}
    if draw(st.booleans()):
        document["source"]["sha256"] = draw(st.sampled_from(["0" * 64, "x", "f" * 64]))
    if draw(st.booleans()):
        document["source"]["published"] = draw(st.sampled_from(["2017-04-18", "2017-13-01", "1999", "2017-04-31"]))
    if draw(st.booleans()):
        document["event"] = draw(st.sampled_from(["op", "op-2", "Bad Event"]))
    document["claims"] = draw(st.lists(claim(), max_size=6))
    return document


@fuzz(300)
@given(claims_document())
def test_pipeline_structurally_random_claims(shared_repo: Path, document: dict) -> None:
    raw = yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")
    run_pipeline(shared_repo, raw, "pipeline random claims")


@fuzz(100)
@given(claims_document(), claims_document())
def test_pipeline_two_random_files_meet_the_cross_file_rules(shared_repo: Path, a: dict, b: dict) -> None:
    for name, document in (("a.yaml", a), ("b.yaml", b)):
        raw = yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")
        (shared_repo / "claims" / "pair").mkdir(exist_ok=True)
        (shared_repo / "claims" / "pair" / name).write_bytes(raw)
    count("pipeline random pairs")
    assert_clean(validate(shared_repo, "claims/pair/"))


@fuzz(150)
@given(st.binary(max_size=3_000) | st.text(max_size=1_000).map(lambda t: t.encode("utf-8", "surrogatepass")),
       claims_document())
def test_pipeline_random_sources(tmp_path_factory, source: bytes, document: dict) -> None:
    repo = tmp_path_factory.getbasetemp() / "random-sources"
    (repo / "seeds").mkdir(parents=True, exist_ok=True)
    (repo / "claims").mkdir(exist_ok=True)
    (repo / "seeds" / "source.txt").write_bytes(source)
    raw = yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")
    run_pipeline(repo, raw, "pipeline random sources")
