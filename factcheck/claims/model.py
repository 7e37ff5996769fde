"""The claims file: strict, typed records of an article's numeric claims.

Keys are kebab-case in YAML (``part-of``); unknown keys are errors. The JSON Schema
printed by ``factcheck schema`` is generated from these models.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union

from pydantic import Discriminator, Field, Tag, create_model, field_validator, model_validator

from factcheck.claims.kinds import KEYS, LIST_KEYS, REFERENCE_KEYS, RELATION_KEYS, ClaimKind, misplaced_key
from factcheck.core.i18n import N_, Message
from factcheck.core.strict import Strict
from factcheck.languages import LANGUAGES
from factcheck.refs.model import Citation, Reference

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
CODE_PATTERN = r"^FC[0-9]{3}$"

ClaimId = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]
# a relation among claims needs at least two of them
Members = Annotated[list[ClaimId], Field(min_length=2)]


class Direction(StrEnum):
    """The direction the words of a change state (rose, 下降, down from, unchanged)."""

    UP = "up"
    DOWN = "down"
    UNCHANGED = "unchanged"


if TYPE_CHECKING:
    Language = StrEnum
else:  # one member per language folder (factcheck/languages/)
    Language = StrEnum("Language", {code.upper(): code for code in LANGUAGES})


QUOTE_FORBIDDEN = _CONTROL  # what a quote may not hold (init stops a quote before one)


# Empty containers made by Python functions rather than the builtins ``list`` and ``dict``:
# pydantic reads a default factory's signature, and a builtin's is parsed from its text with
# ``tokenize``, whose one regular expression costs a run about 10 ms to compile.
def _empty_list() -> list[Any]:
    return []


def _empty_dict() -> dict[str, Any]:
    return {}


def _no_control(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError(Message(N_("contains control or bidirectional formatting characters")))
    return value


class Claim(Strict):
    """One numeric claim of the article: the record every stage reads.

    A kind carries only the relation keys ``factcheck.claims.kinds.KEYS`` gives it (a key
    of another kind is refused where it was written); the JSON Schema has one record model
    per kind built from the same declaration (``schema_model``).
    """

    id: ClaimId = Field(description="Unique id, referenced by relations.")
    quote: str = Field(min_length=1, description="Verbatim text of the article holding the figure.")
    occurrence: int = Field(
        1, ge=1, description="Which occurrence of the quote is meant when it appears more than once."
    )
    value: str = Field(
        min_length=1,
        description="The figure as printed, with its unit: '31.67万 辆', '8.1%', '2.4 pp', "
        "'近8万 平方米', '7.7:57.5:34.8', '2014..2016', '33618'.",
    )
    kind: ClaimKind = Field(ClaimKind.AMOUNT, description="What the figure is.")
    measures: str | None = Field(None, description="What is measured, in plain words.")
    subject: str | None = None
    metric: str | None = None
    period: str | None = None

    # relations
    current: ClaimId | None = Field(None, description="growth/multiple: the amount after the change.")
    prior: ClaimId | None = Field(
        None, description="growth/multiple: the amount before; pp-change: the earlier rate."
    )
    increase: ClaimId | None = Field(None, description="growth: the absolute increase.")
    increase_of: Members | None = Field(
        None, description="growth: its increase is the sum of these claims (the changes of its "
        "components), when the increase itself is not printed.")
    of: ClaimId | None = Field(
        None, description="pp-change: the rate that changed (in %, or in ‰ for a change in "
        "per-mille points, 个千分点); pp-gap: the rate compared."
    )
    against: ClaimId | None = Field(None, description="pp-gap: the rate it is compared against.")
    component: int | None = Field(
        None, ge=1, description="pp-change of a structure: which component (1-based) shifted."
    )
    part: ClaimId | None = Field(None, description="share: the part.")
    whole: ClaimId | None = Field(
        None, description="share: the whole; rate: its base (the labour force), which weights it "
        "in its total's from-parts.")
    part_of: ClaimId | None = Field(None, description="This amount is a part of that total (其中).")
    exhaustive: bool = Field(False, description="On a total: the parts recorded sum to it exactly.")
    components: list[ClaimId] = Field(
        default_factory=_empty_list,
        description="label: the counts its digits stand for; structure: the amounts of its parts.",
    )
    count: ClaimId | None = Field(None, description="span: the duration that counts its years.")
    part_growth: ClaimId | None = Field(None, description="share: growth rate of the part.")
    whole_growth: ClaimId | None = Field(None, description="share: growth rate of the whole.")
    real: bool = Field(
        False, description="growth: a price-adjusted (real) rate, not comparable with nominal amounts."
    )
    # relations of the kinds added for statistical prose (factcheck/claims/kinds.py says which
    # kind may carry which of these keys)
    left: ClaimId | None = Field(
        None, description="difference: the amount subtracted from (exports); ratio: the antecedent.")
    right: ClaimId | None = Field(
        None, description="difference: the amount subtracted (imports); ratio: the consequent.")
    left_of: Members | None = Field(
        None, description="difference: its left side is the sum of these claims (last year's "
        "deficit plus the fall in receipts), when that sum is not printed.")
    right_of: Members | None = Field(
        None, description="difference: its right side is the sum of these claims.")
    direction: Direction | None = Field(
        None, description="With 'prior': the direction the words state (rose, 下降, down from).")
    breakdowns: dict[Annotated[str, Field(min_length=1)], Members] = Field(
        default_factory=_empty_dict,
        description="amount: each named breakdown lists parts that together make this total.")
    from_parts: Members | dict[Annotated[str, Field(min_length=1)], Members] | None = Field(
        None, description="growth: the growth rates of the parts this total's rate is made of; "
        "several breakdowns as {name: [rates]}.")
    average_of: Members | None = Field(
        None, description="growth: the rates of successive periods this rate averages.")
    years: int | None = Field(
        None, ge=1, le=1000, description="growth with current and prior: the compound rate per "
        "year over this many years.")
    whole_of: Members | None = Field(
        None, description="share: its whole is the sum of these claims (the labour force as "
        "employed + unemployed), when the whole itself is not printed.")
    overlapping: bool = Field(
        False, description="amount: its parts (part-of) may overlap (state-holding and joint-stock "
        "firms): each is checked against it alone, not their sum.")
    annualized_from: ClaimId | None = Field(
        None, description="growth: the rate of one period that this rate compounds over "
        "'periods' periods (2.8% annualized from 0.7% a quarter).")
    periods: int | None = Field(
        None, ge=2, le=1000, description="with 'annualized-from': how many periods make the year.")
    items: list[Annotated[str, Field(min_length=1)]] | None = Field(
        None, min_length=1, description="amount (a count): the items the article lists for it.")
    contribution: ClaimId | None = Field(
        None, description="contribution-rate: the contribution in pp it gives with 'of'.")
    revises: ClaimId | None = Field(
        None, description="This figure revises that provisional one (the same quantity, "
        "published earlier): a change between them is a revision, reported as a warning with "
        "both values, not an inconsistency.")
    converts: ClaimId | None = Field(
        None, description="amount: this figure is that amount converted into another currency "
        "(A$4.6bn ($3.3bn)) at a rate the article does not print; all conversions between two "
        "currencies must agree on one rate.")
    converted_at: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(
        None, description="with 'converts': the name of the rate used, when the article "
        "converts at several (a period's average and a month's); conversions of one name, or "
        "of none, share one rate.")
    price: ClaimId | None = Field(
        None, description="growth of a value: the growth of its price; with 'volume', "
        "(1 + value) = (1 + price) × (1 + volume).")
    volume: ClaimId | None = Field(
        None, description="growth of a value: the growth of its volume (quantity).")
    parts: Members | None = Field(
        None, description="share: its part is the sum of these claims (EU + US + ASEAN), when "
        "the part itself is not printed.")
    prior_rate: ClaimId | None = Field(
        None, description="growth: the growth rate of the period before ('slowed to 6.3% "
        "from 7.1%', 回落至…); with 'direction' the words are checked against the two rates.")
    ignore: dict[Annotated[str, Field(pattern=CODE_PATTERN)], Annotated[str, Field(min_length=3)]] = Field(
        default_factory=_empty_dict, description="Waived check codes, each with the reason."
    )
    note: str | None = None
    source: Citation | None = Field(
        None, description="The reference-table cell the figure comes from (FC6xx).")
    rounded_to: int | None = Field(
        default=None, gt=0, description="The figure is rounded to this many units (rounded-to: 1000 for "
        "a count printed to the nearest thousand); overrides the file's rounded-to.")
    printed_unit: str | None = Field(
        default=None, min_length=1, description="The unit a table states once in its header "
        "(单位：万元) for the bare figures of its rows: the quote's bare figure is read with it "
        "(a row 全县地区生产总值 275308 under 万元 is 275308万 元).")

    _check_text = field_validator("id", "quote", mode="after")(_no_control)

    @model_validator(mode="after")
    def _keys_of_kind(self) -> Claim:

        wrong = misplaced_key(self.kind, self.model_fields_set)
        if wrong is not None:
            raise wrong
        return self

    def references(self) -> list[tuple[str, str]]:
        """(field, claim id) for every relation this claim names."""
        fields = self.__dict__  # the validated values; plain reads, not model attributes
        refs = [(name, fields[name]) for name in REFERENCE_KEYS if fields[name] is not None]
        refs.extend(("components", c) for c in fields["components"])
        for name in LIST_KEYS:
            listed = fields[name]
            if isinstance(listed, dict):
                listed = [c for members in listed.values() for c in members]
            if listed:
                refs.extend((name, c) for c in listed)
        for members in fields["breakdowns"].values():
            refs.extend(("breakdowns", c) for c in members)
        return refs


_NOT_KEYS = frozenset(RELATION_KEYS)


def _kind_model(kind: ClaimKind) -> type[Claim]:
    """The record model of one kind: a ``Claim`` whose schema names only that kind's keys."""
    keys = KEYS[kind]

    def schema_of_kind(schema: dict[str, Any]) -> None:
        properties = schema["properties"]
        for alias in list(properties):
            name = alias.replace("-", "_")
            if name in _NOT_KEYS and name not in keys:
                del properties[alias]
        properties["kind"] = {"const": kind.value, "description": properties["kind"].get(
            "description", ""), "title": "Kind"}
        if kind is ClaimKind.AMOUNT:
            properties["kind"]["default"] = kind.value
        else:
            schema["required"] = sorted({*schema.get("required", []), "kind"})

    name = "".join(part.title() for part in kind.value.split("-")) + "Claim"
    model: type[Claim] = create_model(
        name, __base__=Claim, __module__=__name__, __cls_kwargs__={
            "json_schema_extra": schema_of_kind})
    model.__doc__ = f"A claim of kind {kind.value!r}."
    return model


def validate_claim(record: Any) -> Claim:
    """One claims-file record, validated as the loader validates it."""
    return Claim.model_validate(record)


@cache
def schema_model() -> type[ClaimsFile]:
    """The claims file with one record model per kind, for its JSON Schema.

    Records are validated by the one ``Claim`` model, which refuses the keys ``KEYS`` does
    not give a kind; the per-kind models name the same keys, so the schema an editor
    completes from and the loader agree. They are built only for the schema: a union of
    nineteen models costs several times the one model's build at every start.
    """
    models = {kind.value: _kind_model(kind) for kind in ClaimKind}
    record = Annotated[  # type: ignore[valid-type]
        Union[tuple(Annotated[m, Tag(tag)] for tag, m in models.items())],  # noqa: UP007
        Discriminator(lambda r: r.get("kind", "amount") if isinstance(r, dict) else r.kind)]
    field = ClaimsFile.model_fields["claims"]
    model: type[ClaimsFile] = create_model(
        "ClaimsFile", __base__=ClaimsFile, __module__=__name__,
        claims=(list[record], Field(min_length=1, description=field.description)))  # type: ignore[valid-type]
    model.__doc__ = ClaimsFile.__doc__
    return model


class RelationKind(StrEnum):
    """Relations among several claims that print no figure of their own."""

    SHARES = "shares"
    SAME = "same"
    ORDER = "order"
    DIFFERENCE = "difference"
    MEAN = "mean"


class Relation(Strict):
    """A relation the article states among claims: shares of one whole printed separately,
    one quantity stated twice, an order or ranking, a difference of values none of which is
    printed as a claim of its own."""

    kind: RelationKind = Field(description="shares: they sum to 100; same: one quantity; "
                               "order: the amounts are in the stated order; difference: the "
                               "first member is the second minus the third; mean: the first "
                               "member, a figure of a whole, lies between the others, the same "
                               "figure of groups that make up the whole.")
    members: Members = Field(description="The claims related, in the order the article states.")
    order: Literal["descending", "ascending"] = Field(
        "descending", description="order: largest first (ranked first, 位列第一) or smallest first.")
    partial: bool = Field(
        False, description="shares: the members are some of the whole's parts, not all: they "
        "sum to at most 100.")
    id: ClaimId | None = Field(None, description="A name for the relation in reports.")
    note: str | None = None

    @model_validator(mode="after")
    def _order_only(self) -> Relation:
        if self.kind is not RelationKind.ORDER and "order" in self.model_fields_set:
            raise ValueError(Message(N_("'order' applies to relations of kind 'order', not {kind}"),
                                     kind=repr(self.kind.value)))
        if self.kind is RelationKind.DIFFERENCE and len(self.members) != 3:
            raise ValueError(Message(N_("a relation of kind 'difference' has three members (the "
                                        "difference, the amount subtracted from, the amount "
                                        "subtracted), not {n}"), n=len(self.members)))
        if self.kind is RelationKind.MEAN and len(self.members) < 3:
            raise ValueError(Message(N_("a relation of kind 'mean' has the whole's figure and at "
                                        "least two groups' figures, not {n} members"),
                                     n=len(self.members)))
        if self.kind is not RelationKind.SHARES and "partial" in self.model_fields_set:
            raise ValueError(Message(N_("'partial' applies to relations of kind 'shares', not "
                                        "{kind}"), kind=repr(self.kind.value)))
        return self


class Waiver(Strict):
    """A figure of the article that is deliberately not a claim (a year, a product name)."""

    quote: str = Field(min_length=1)
    occurrence: int | None = Field(
        None, ge=1, description="Only this occurrence; every occurrence when omitted."
    )
    reason: str = Field(min_length=3)

    _check_text = field_validator("quote", mode="after")(_no_control)


class ClaimsFile(Strict):
    """One article's claims."""

    article: str = Field(min_length=1, description="Path of the article, relative to this file.")
    published: dt.date = Field(description="Publication date; resolves 今年, 去年, 前三季度.")
    language: Language = Language("zh")
    title: str | None = None
    claims: list[Claim] = Field(min_length=1)
    waivers: list[Waiver] = Field(default_factory=_empty_list)
    relations: list[Relation] = Field(
        default_factory=_empty_list, description="Relations among claims that print no figure of their own.")
    data: str | None = Field(
        default=None, min_length=1, description="Folder of the reference tables the claims cite, "
        "relative to this file.")
    rounded_to: int | None = Field(
        default=None, gt=0, description="Every integer amount of the file is rounded to this many "
        "units (a labour-force survey that prints counts to the nearest thousand).")
    references: list[Reference] = Field(
        default_factory=_empty_list, description="Source values not printed in the article that "
        "relations name as members (against, prior, current, whole …).")
