"""Short, one-line excerpts: what a finding may quote of a file (never more than a passage)."""

PASSAGE_LIMIT = 120


def shorten(text: str, limit: int = PASSAGE_LIMIT) -> str:
    """`text` on one line with runs of whitespace folded, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
