"""The claims file format as pydantic models: what the code uses.

`schemas/claims.schema.json`, the published format, is generated from these models
(`python -m validator.schema`), and a test fails when the committed copy is stale.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema,
                      field_validator, model_validator)

from validator.rule_codes import rule_codes

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
CODE_PATTERN = r"^[A-Z][0-9]{3}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
QUALIFIERS = (
    "about", "approximately", "around", "some", "nearly", "almost", "more than", "over",
    "at least", "up to", "at most", "fewer than", "less than",
)
MIN_REASON = 15

NonEmpty = Annotated[str, StringConstraints(min_length=1)]
DateText = Annotated[str, StringConstraints(pattern=DATE_PATTERN)]
Qualifier = Literal[QUALIFIERS]  # type: ignore[valid-type]
Kind = Literal["count", "duration", "money", "quantity", "percent"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(_Strict):
    path: NonEmpty = Field(description="The source article, relative to the repository root.")
    sha256: Annotated[str, StringConstraints(pattern=SHA256_PATTERN)] | None = Field(
        None, description="Pin of the source's content; Q005 when the file changed."
    )
    title: str | None = None
    publisher: str | None = None
    published: DateText | None = Field(None, description="YYYY, YYYY-MM or YYYY-MM-DD.")
    url: str | None = None
    language: str = "en"
    ignore: list[NonEmpty] = Field(
        default_factory=list,
        description="Passages of the source (verbatim, as quotes) whose figures are not about the event: "
                    "`validate --coverage` does not ask for claims of them.",
    )


class Accept(_Strict):
    rule: Annotated[str, StringConstraints(pattern=CODE_PATTERN)] = Field(
        description="The rule code whose finding on this claim is a known discrepancy."
    )
    reason: Annotated[str, StringConstraints(min_length=MIN_REASON)] = Field(
        description=f"Why the finding is accepted: at least {MIN_REASON} characters."
    )

    @field_validator("rule")
    @classmethod
    def _known_rule(cls, code: str) -> str:
        if code not in rule_codes():
            raise ValueError(f"unknown rule code '{code}'")
        return code


class FigureSpec(_Strict):
    """The structured form of one figure of a claim, one of: a count (`{value: 38, measure:
    arrests}`), a duration (`{value: 2, measure: years}`), money (`{value: 500000, kind:
    money, currency: EUR, measure: cash}`), a quantity (`{value: 2.5, kind: quantity, unit:
    tonnes, measure: cocaine}`), a percentage (`{value: 20, kind: percent, measure:
    complaints}`) or a range of any of them (`{low: 50, high: 60, measure: arrests}`)."""

    model_config = ConfigDict(json_schema_extra={"allOf": [
        {"oneOf": [{"required": ["value"]}, {"required": ["low", "high"]}]},
        {"if": {"properties": {"kind": {"const": "money"}}, "required": ["kind"]}, "then": {"required": ["currency"]}},
        {"if": {"properties": {"kind": {"const": "quantity"}}, "required": ["kind"]}, "then": {"required": ["unit"]}},
        {"if": {"properties": {"kind": {"enum": ["count", "duration"]}}}, "then": {"required": ["measure"]}},
    ]})

    value: Annotated[float, Field(ge=0)] | None = None
    low: Annotated[float, Field(ge=0)] | None = Field(None, description="The lower end of a range.")
    high: Annotated[float, Field(ge=0)] | None = Field(None, description="The upper end of a range.")
    kind: Kind = Field("count", description="count, duration, money, quantity or percent.")
    measure: NonEmpty | None = Field(None, description="What is counted; optional for money, quantities and percentages.")
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = Field(
        None, description="ISO 4217 code of an amount of money.")
    unit: NonEmpty | None = Field(None, description="Unit of a quantity: tonnes, kg, litres, km...")
    qualifier: Qualifier | None = None
    place: NonEmpty | None = None
    items: list[NonEmpty] = Field(default_factory=list)
    vague: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> FigureSpec:
        if (self.value is None) == (self.low is None or self.high is None):
            raise ValueError("give either value, or low and high")
        if self.kind == "money" and self.currency is None:
            raise ValueError("money needs a currency")
        if self.kind == "quantity" and self.unit is None:
            raise ValueError("a quantity needs a unit")
        if self.kind in ("count", "duration") and self.measure is None:
            raise ValueError(f"a {self.kind} needs a measure")
        return self


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


# Written as a string or a list; held as a list. One shape in code, one error message for users.
Quote = Annotated[
    list[NonEmpty],
    Field(min_length=1),
    BeforeValidator(_as_list),
    WithJsonSchema({
        "anyOf": [
            {"type": "string", "minLength": 1},
            {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        ]
    }),
]


class Claim(_Strict):
    id: Annotated[str, StringConstraints(pattern=ID_PATTERN)]
    claim: NonEmpty = Field(description="The hand-entered statement, e.g. '38 arrests, 18 countries'.")
    quote: Quote = Field(description="Verbatim span(s) of the source: a string or a list of strings.")
    event: Annotated[str, StringConstraints(pattern=ID_PATTERN)] | None = None
    when: DateText | None = Field(None, description="Date the figure refers to.")
    figures: list[FigureSpec] | None = None
    accept: list[Accept] = Field(default_factory=list)
    note: str | None = None

    @property
    def quotes(self) -> tuple[str, ...]:
        return tuple(self.quote)


class ClaimsHeader(_Strict):
    """A claims file without its claims: validated apart so one bad claim spoils only itself."""

    source: Source
    event: Annotated[str, StringConstraints(pattern=ID_PATTERN)] | None = None


class ClaimsFile(ClaimsHeader):
    claims: list[Claim]
