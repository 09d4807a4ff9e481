"""The loader: plain data with positions, and findings (never exceptions) for bad input."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from validator.dataset import build_file
from validator.loader import load_bytes
from validator.sources import Sources


def at(span) -> tuple[int, int]:
    return span.line, span.column


def test_positions_of_keys_and_values_are_one_based() -> None:
    doc = load_bytes("x.yaml", b"source:\n  path: seeds/a.txt\nclaims:\n  - id: a.b\n    quote: [one, two]\n")
    assert doc.problems == []
    assert at(doc.span(("source", "path"))) == (2, 9)
    assert at(doc.key_span(("claims", 0, "id"))) == (4, 5)
    assert at(doc.span(("claims", 0, "quote", 1))) == (5, 18)
    assert at(doc.span(("claims", 0, "missing", "deeper"))) == (4, 5)


def test_dates_stay_text_and_numbers_stay_numbers() -> None:
    doc = load_bytes("x.yaml", b"published: 2017-04-18\nid: 123\nflag: yes\nnone: ~\n")
    assert doc.data == {"published": "2017-04-18", "id": 123, "flag": True, "none": None}


def test_duplicate_keys_and_unknown_tags_are_problems() -> None:
    doc = load_bytes("x.yaml", b"a: 1\nb: !!python/object:os.system x\na: 2\n")
    messages = [p.message for p in doc.problems]
    assert any("duplicate key 'a' (first at line 1)" in m for m in messages)
    assert any("python/object" in m for m in messages)


def test_alias_bomb_is_bounded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]"
              for i in range(1, 10)]
    doc = load_bytes("bomb.yaml", "\n".join(lines).encode())
    assert doc.data is None
    assert any("alias" in p.message for p in doc.problems)


def test_byte_order_mark_is_accepted_and_bad_utf8_is_a_problem() -> None:
    assert load_bytes("x.yaml", b"\xef\xbb\xbfa: 1\n").data == {"a": 1}
    bad = load_bytes("x.yaml", b"a: caf\xe9\n")
    assert bad.data is None and "not valid UTF-8" in bad.problems[0].message


@given(st.binary(max_size=300))
def test_loading_arbitrary_bytes_never_raises(raw: bytes) -> None:
    claims_file = build_file("x.yaml", raw, Sources(Path(".")))
    for issue in claims_file.issues:
        assert issue.code in {"S001", "S002", "Q001"} and issue.span.line >= 1


@given(st.text(max_size=300))
def test_loading_arbitrary_text_never_raises(text: str) -> None:
    claims_file = build_file("x.yaml", text.encode("utf-8", "surrogatepass"), Sources(Path(".")))
    assert all(issue.message for issue in claims_file.issues)


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.sampled_from(["source", "claims", "event", "other"]), yaml_values, max_size=4))
def test_structurally_random_documents_give_findings_not_exceptions(data: dict) -> None:
    import yaml

    raw = yaml.safe_dump(data).encode()
    claims_file = build_file("x.yaml", raw, Sources(Path(".")))
    if set(data) - {"source", "claims", "event"}:
        assert any(issue.code == "S002" for issue in claims_file.issues)
