"""C006 figures-disagree: the claim text and its structured `figures:` disagree.

`figures:` may spell the claim out field by field. Both forms must say the same thing,
figure by figure: value, measure, qualifier, place and listed items.

Bad:

    claim: 38 arrests
    figures:
      - {value: 39, measure: arrests}

Good:

    claim: 38 arrests
    figures:
      - {value: 38, measure: arrests}
"""

from validator.finding import Severity
from validator.intervals import format_number
from validator.rules.base import at_claim

CODE = "C006"
NAME = "figures-disagree"
SEVERITY = Severity.ERROR
SUMMARY = "claim text and structured figures disagree"


def _place(name):
    from validator.figures.places import canonical_country, canonical_region

    return (canonical_country(name) or canonical_region(name) or name) if name else None


def _from_text(figure):
    kind = "count" if figure.kind == "duration" else figure.kind
    return (figure.value, figure.high, kind, figure.unit, figure.measure, figure.qualifier, figure.place,
            tuple(figure.items), figure.vague)


def _from_spec(spec):
    # the readers are loaded when a claim has structured figures, not whenever the rules are
    from validator.figures import amounts
    from validator.figures.measures import measure_for_word
    from validator.figures.qualifiers import QUALIFIERS

    qualifier = QUALIFIERS.get(spec.qualifier) if spec.qualifier else None
    items = tuple(_place(item) for item in spec.items)
    measure = (measure_for_word(spec.measure) or spec.measure) if spec.measure else None
    unit = spec.currency if spec.kind == "money" else (amounts.unit_named(spec.unit) or spec.unit) if spec.unit else None
    kind = "count" if spec.kind == "duration" else spec.kind
    value = spec.value if spec.value is not None else spec.low
    return (value, spec.high, kind, unit, measure, qualifier, _place(spec.place), items, spec.vague)


def _show(fields):
    from validator.figures import amounts

    value, high, kind, unit, measure, qualifier, place, items, vague = fields
    amount = format_number(value) + (f" to {format_number(high)}" if high is not None else "")
    if kind == "money":
        amount = f"{unit} {amount}"
    elif kind == "quantity":
        amount += f" {amounts.unit_label(unit) if unit else ''}"
    elif kind == "percent":
        amount += "%"
    text = f"{qualifier + ' ' if qualifier else ''}{'~' if vague else ''}{amount}{' ' + measure if measure else ''}"
    text += f" in {place}" if place else ""
    return text + (f": {', '.join(items)}" if items else "")


def check(dataset):
    for record in dataset.claims():
        specs, figures = record.claim.figures, record.figures
        if specs is None or not isinstance(figures, tuple):
            continue
        written = [_from_text(f) for f in figures]
        structured = [_from_spec(s) for s in specs]
        if len(written) != len(structured):
            yield at_claim(CODE, SEVERITY, record, record.span("figures"),
                           f"the claim text has {len(written)} figure(s) but `figures:` has {len(structured)}")
            continue
        for i, (text, spec) in enumerate(zip(written, structured)):
            if text != spec:
                yield at_claim(CODE, SEVERITY, record, record.span("figures", i),
                               f"figure {i + 1}: the claim text says '{_show(text)}' but `figures:` says '{_show(spec)}'")
