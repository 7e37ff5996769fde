"""``factcheck init``: a draft claims file with one claim per figure of a new article.

Each claim gets the shortest run of clauses around its figure that occurs once in the
article as its quote, and the figure's value, unit, qualifier and kind. Relations that
relation discovery finds (current, prior, of, part-of …) are drafted onto those claims,
marked for review; the rest are left for the journalist.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from factcheck import lexicon
from factcheck.claims.kinds import ClaimKind
from factcheck.discover.text import fold
from factcheck.extract import Kind, Mention, extract
from factcheck.extract.lexicon import EN_MARKERS, POSTS, ZH_MARKERS, canonical_names

_CLAUSE_STOPS = "，。；！？、：,;!?\n\r"
# the change word may precede a list: 分别增长8.5%、6.3%
_LIST = (rf"(?:\s+(?:{lexicon.alternation(lexicon.words('change_by', 'en'))}))?"
         r"(?:[\d.,]+%?\s*(?:[、和及与]|and))*\s*$")
_SIZE = lexicon.alternation(lexicon.words("decline_size", "zh"))
_WIDENED = re.compile(rf"(?:{_SIZE})[^，,。；;]{{0,8}}?"
                      rf"(?:{lexicon.alternation(lexicon.words('widened', 'zh'))})")
_NARROWED = re.compile(rf"(?:{_SIZE})[^，,。；;]{{0,8}}?"
                       rf"(?:{lexicon.alternation(lexicon.words('narrowed', 'zh'))})")
_DECLINE = re.compile(f"({lexicon.alternation(lexicon.words('decline'))})" + _LIST)
_GROWTH = re.compile(f"({lexicon.alternation(lexicon.words('rise') + lexicon.words('decline'))})"
                     + _LIST)
_MARKERS = (*ZH_MARKERS, *(w + " " for w in EN_MARKERS))
_PP_WORDS = frozenset(w for w in lexicon.words("percentage_point", "en") if " " in w)
_SHARE = re.compile(r"(占|比重|份额|share of|accounted for)")
_NOT_QUANTITIES = {Kind.DATE: "a date", Kind.ORDINAL: "an ordinal or rank",
                   Kind.DURATION: "a period or duration"}
_KIND = {
    Kind.PERCENTAGE_POINT: ClaimKind.PP_CHANGE,
    Kind.MULTIPLE: ClaimKind.MULTIPLE,
    Kind.YEAR: ClaimKind.YEAR,
    Kind.DURATION: ClaimKind.DURATION,
    Kind.ORDINAL: ClaimKind.RANK,
    Kind.DATE: ClaimKind.LABEL,
    Kind.RATE: ClaimKind.AMOUNT,
    Kind.AMOUNT: ClaimKind.AMOUNT,
}


def draft(text: str, article_ref: str, published: dt.date, language: str = "zh") -> str:
    """The YAML text of a draft claims file for ``text``."""
    import yaml

    claims: list[dict[str, object]] = []
    waivers: list[dict[str, object]] = []
    counts: dict[str, int] = {}
    mentions = [m for m in extract(text) if m.needs_coverage]
    at: dict[int, dict[str, object]] = {}  # figure start → its draft claim
    i = 0
    while i < len(mentions):
        m = mentions[i]
        marker = m.kind is Kind.ORDINAL and "\u2460" <= m.text[0] <= "\u2473"
        if marker or m.kind in _NOT_QUANTITIES:
            # ⑦, a list or series marker; 11月, 第一产业, 前三季度: a date, a rank in a name or a
            # period. None is a quantity a claim states, so each is drafted as a waiver to confirm
            quote, occurrence = unique_quote(text, m.start, m.end)
            waiver: dict[str, object] = {"quote": quote}
            if occurrence > 1:
                waiver["occurrence"] = occurrence
            waiver["reason"] = ("TODO: a list or series marker, not a quantity?" if marker
                                else f"TODO: {_NOT_QUANTITIES[m.kind]}, not a quantity?")
            waivers.append(waiver)
        elif m.kind is Kind.RATIO:
            group = [m]
            while i + 1 < len(mentions) and mentions[i + 1].kind is Kind.RATIO and \
                    text[group[-1].end:mentions[i + 1].start].strip() in (":", "："):
                i += 1
                group.append(mentions[i])
            claims.append(_claim(text, group, ClaimKind.STRUCTURE,
                                 ":".join(g.text for g in group), counts))
            at[group[0].start] = claims[-1]
        else:
            kind, value = _kind_and_value(text, m, published)
            claims.append(_claim(text, [m], kind, value, counts))
            at[m.start] = claims[-1]
        i += 1
    attach_relations(text, at, language)
    # a waiver whose quote is a claim's quote would waive nothing the claim does not cover
    # already (its figures are inside a quote that is checked): a reviewer would only delete it
    quoted = {(c["quote"], c.get("occurrence", 1)) for c in claims}
    waivers = [w for w in waivers if (w["quote"], w.get("occurrence", 1)) not in quoted]
    document = {
        "article": article_ref,
        "published": published,
        "language": language,
        "claims": claims,
        "waivers": waivers,
    }
    header = ("# Draft written by `factcheck init`: check every value, fill in `measures` and "
              "the relations\n# (current, prior, of, part-of …), then delete this comment.\n")
    body = yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=1000)
    return header + str(body)


_RELATION_KEYS = ("current", "prior", "increase", "of", "against", "part", "whole", "part-of",
                  "count", "part-growth", "whole-growth", "left", "right")
_RELATION_KINDS = {"growth", "multiple", "pp-change", "pp-gap", "share", "structure",
                   "contribution", "contribution-rate", "difference", "change"}


def attach_relations(text: str, at: dict[int, dict[str, object]], language: str) -> None:
    """Draft the relations discovery finds onto the claims of the figures they join.

    A relation is drafted only when every claim it names is in the draft; the claims it
    touches are marked for review.
    """
    from factcheck.core.errors import LineIndex
    from factcheck.discover import CONFIDENT, discover_relations, draft_claim_dicts

    by_position: dict[str, dict[str, object]] = {}
    lines = LineIndex(text)
    for start, claim in at.items():
        line, col = lines.position(start)
        by_position[f"L{line}C{col}"] = claim
    # only confident relations: a draft should not propose what the checks would not trust
    relations = [r for r in discover_relations(text, language or None) if r.confidence >= CONFIDENT]
    drafted = draft_claim_dicts(text, relations)
    for record in drafted:
        found = by_position.get(str(record["id"]))
        if found is None:
            continue
        claim = found
        added = False
        for key in _RELATION_KEYS:
            target = by_position.get(str(record.get(key)))
            if target is not None and target is not claim:
                claim[key] = target["id"]
                added = True
        components = [by_position.get(str(c)) for c in record.get("components", [])]
        if components and all(c is not None for c in components):
            claim["components"] = [c["id"] for c in components if c is not None]
            added = True
        if record.get("real"):
            claim["real"] = True
        if record.get("direction") and added:
            claim["direction"] = record["direction"]
        if added or record.get("kind") in _RELATION_KINDS:
            if record.get("kind") in _RELATION_KINDS:
                claim["kind"] = record["kind"]
            claim["note"] = "relations discovered — review"


def _declines(before: str) -> bool:
    """The words before a change say it is a fall: 下降, 年減, fell by, 降幅扩大 (a decline that
    widened); 降幅收窄, a decline that narrowed, is a rise of the rate."""
    clause = re.split(r"[，,。；;]", before)[-1]
    if _NARROWED.search(clause):
        return False
    return bool(_WIDENED.search(clause) or _DECLINE.search(before))


def _kind_and_value(text: str, m: Mention, published: dt.date) -> tuple[ClaimKind, str]:
    before = fold(text[max(0, m.start - 24):m.start])
    if m.kind is Kind.PERCENT:
        if _GROWTH.search(before):
            sign = "-" if _declines(before) else ""
            return ClaimKind.GROWTH, sign + _figure(m)
        kind = ClaimKind.SHARE if _SHARE.search(text[max(0, m.start - 12):m.start]) else \
            ClaimKind.RATE
        return kind, _figure(m)
    if m.kind is Kind.YEAR:
        if m.canonical == "decade":
            return ClaimKind.YEAR, f"{_digits(m.text)} 年代"
        future = m.value is not None and m.value > published.year
        return (ClaimKind.TARGET if future else ClaimKind.YEAR), str(m.value)
    if m.kind is Kind.DATE:
        return ClaimKind.LABEL, m.text
    if m.kind is Kind.ORDINAL:
        return ClaimKind.RANK, str(m.value)
    if m.kind is Kind.PERCENTAGE_POINT and _GROWTH.search(before) and _declines(before):
        return _KIND[m.kind], "-" + _figure(m)
    return _KIND[m.kind], _figure(m)


def _digits(s: str) -> str:
    found = re.search(r"\d+", s)
    return found.group(0) if found else s


def _figure(m: Mention) -> str:
    """The value as the claims grammar reads it: the print, with the unit as a registry word."""
    body = m.text
    for marker in _MARKERS:
        if body.startswith(marker) and m.kind in (Kind.RATE, Kind.DURATION, Kind.ORDINAL):
            body = body[len(marker):]
            break
    post = ""
    for tail in POSTS:
        if body.endswith(tail):
            body, post = body[: -len(tail)], tail
            break
    unit = m.unit
    if unit and body.endswith(unit) and unit not in ("%",):
        body = body[: -len(unit)].rstrip()
        word: str | None = unit if unit in canonical_names() and " " not in unit \
            else m.canonical
        if m.canonical is None:
            word = None
        if word in _PP_WORDS:
            word = "pp"
        return f"{body} {word}{post}" if word else f"{body}{post}"
    if unit and unit.startswith(tuple(lexicon.table("currencies"))):
        return body
    return body + post


def _claim(text: str, group: Sequence[Mention], kind: ClaimKind, value: str,
           counts: dict[str, int]) -> dict[str, object]:
    counts[kind.value] = counts.get(kind.value, 0) + 1
    start, end = group[0].start, group[-1].end
    if value.startswith("-"):
        before = fold(text[max(0, start - 24):start])
        decline = _DECLINE.search(before) or _WIDENED.search(before)
        if decline:
            start -= len(before) - decline.start()
    quote, occurrence = unique_quote(text, start, end)
    claim: dict[str, object] = {
        "id": f"{kind.value}-{counts[kind.value]}",
        "quote": quote,
    }
    if occurrence > 1:
        claim["occurrence"] = occurrence
    claim["value"] = value
    claim["kind"] = kind.value
    claim["measures"] = "TODO: what is measured"
    return claim


def unique_quote(text: str, start: int, end: int) -> tuple[str, int]:
    """The shortest run of whole clauses around [start, end) that occurs once in ``text``.

    Falls back to the whole sentence with its occurrence number when even that repeats.
    """
    left, right = _clause_left(text, start), _clause_right(text, end)
    while True:
        quote = text[left:right].strip()
        if text.count(quote) == 1:
            return quote, 1
        new_left = _clause_left(text, left - 1) if left > 0 and text[left - 1] not in "\r\n" \
            else left
        new_right = _clause_right(text, right + 1) if right < len(text) and \
            text[right] not in "\r\n" else right
        if (new_left, new_right) == (left, right):
            break
        # grow on the side that adds less text, to keep the quote short
        if new_left != left and (new_right == right or left - new_left <= new_right - right):
            left = new_left
        else:
            right = new_right
    quote = text[left:right].strip()
    first = left + (len(text[left:right]) - len(text[left:right].lstrip()))
    occurrence = 1 + sum(1 for i in _occurrences(text, quote) if i < first)
    return quote, occurrence


def _occurrences(text: str, quote: str) -> list[int]:
    out, i = [], text.find(quote)
    while i >= 0:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def _stop(text: str, i: int) -> bool:
    """A clause ends at ``text[i]``; a comma inside a number (40,000) does not end one."""
    ch = text[i]
    if ch not in _CLAUSE_STOPS:
        return False
    return not (ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit()
                and text[i + 1].isdigit())


def _clause_left(text: str, i: int) -> int:
    while i > 0 and not _stop(text, i - 1):
        i -= 1
    return max(i, 0)


def _clause_right(text: str, i: int) -> int:
    while i < len(text) and not _stop(text, i):
        i += 1
    return i
