"""Scoring factcheck against the labelled real texts of tests/corpus/real.

The labels (``NAME.labels.yaml`` for figures, ``NAME.yaml`` for relations) were written by
reading each text before any factcheck code ran on it; ``split.yaml`` holds a third of each
language back. Everything here takes a split name and reads only that split's texts, so the
held-back part is scored only when asked for it by name. Used by ``real_figures.py``,
``real_relations.py`` and ``tests/test_real_corpus.py``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "corpus" / "real"
SPLITS = ("dev", "heldout", "spent")
# printed numbers that are not figures a claim must state
NOT_FIGURES = frozenset({"year", "date", "period", "duration", "ordinal", "identifier", "time"})
SIGNED = frozenset({"growth", "pp_change", "change", "contribution"})
# the claim kinds init may draft for a labelled measure (a growth drafted as a level rate,
# or a change as an amount, is a kind the reviewer corrects)
DRAFTED_KINDS = {
    "growth": {"growth"},
    "share": {"share", "rate"},
    "pp_change": {"pp-change", "pp-gap"},
    "change": {"change", "difference"},
    "contribution": {"contribution", "contribution-rate"},
    "structure": {"structure"},
    "level": {"amount", "rate", "ratio", "multiple", "rank", "difference", "share"},
}
META_KEYS = frozenset({"kind", "verdict", "planted", "inconsistent", "fits", "note"})


def names(split: str, batch: str | None = None) -> list[str]:
    """The texts of one split, by name; with ``batch``, only those of the split files whose
    name contains it (``batch3``: the texts of ``split-batch3-*.yaml``).

    ``spent`` names the held-back texts whose scoring was spent and which were then moved to
    development (``spent.yaml``); ``heldout`` leaves them out."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    files = split_files()
    chosen = [data for name, data in files.items() if batch is None or batch in name]
    if not chosen:
        raise ValueError(f"no split file names {batch!r}: expected one of {', '.join(files)}")
    used = spent()
    if split == "spent":
        return sorted(n for data in chosen for n in data["heldout"] if n in used)
    return sorted(n for data in chosen for n in data[split] if n not in used)


def spent() -> frozenset[str]:
    """Held-back texts moved to development once their scoring was spent (``spent.yaml``)."""
    path = REAL / "spent.yaml"
    if not path.exists():
        return frozenset()
    return frozenset(yaml.safe_load(path.read_text("utf-8"))["spent"])


def split_files() -> dict[str, dict[str, list[str]]]:
    """Each recorded split, by file: ``split.yaml`` (the first batch) and one
    ``split-batch*.yaml`` per later batch, each fixed before any code ran on its texts."""
    files = [REAL / "split.yaml", *sorted(REAL.glob("split-batch*.yaml"))]
    return {f.name: yaml.safe_load(f.read_text("utf-8")) for f in files}


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    text: str
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    qualifier: str
    kind: str
    measure: str
    sign: int | None

    @property
    def figure(self) -> bool:
        return self.kind not in NOT_FIGURES


def _frac(x: Any) -> Fraction | None:
    return None if x is None else Fraction(str(x))


def labels(name: str) -> tuple[str, str, list[Label]]:
    """The text, its language and its labelled mentions with their offsets."""
    text = (REAL / f"{name}.txt").read_text("utf-8")
    data = yaml.safe_load((REAL / f"{name}.labels.yaml").read_text("utf-8"))
    out: list[Label] = []
    pos = 0
    for m in data["mentions"]:
        start = text.index(m["text"], pos)
        pos = start + len(m["text"])
        out.append(Label(start, pos, m["text"], _frac(m.get("value")), _frac(m.get("low")),
                         _frac(m.get("high")), m["qualifier"], m["kind"], m["measure"],
                         m.get("sign")))
    # traditional Chinese is Chinese to factcheck
    return text, {"zht": "zh"}.get(str(data["language"]), str(data["language"])), out


# ---------------------------------------------------------------- figures

@dataclass
class FigureScore:
    name: str
    labelled: int = 0          # figures labelled
    found: int = 0             # figures found (not overlapping a labelled non-figure)
    exact: int = 0             # found with exactly the labelled span
    overlap: int = 0
    value_n: int = 0
    value_ok: int = 0
    qualifier_n: int = 0
    qualifier_ok: int = 0
    sign_n: int = 0
    sign_ok: int = 0
    kind_n: int = 0
    kind_ok: int = 0
    nonfigures: int = 0        # labelled non-figures
    nonfigures_demanded: int = 0  # of them, extracted as needing a claim
    problems: list[str] = field(default_factory=list)


def score_figures(name: str) -> FigureScore:
    from factcheck.extract import extract

    text, language, gold = labels(name)
    found = extract(text)
    sc = FigureScore(name)
    figs = [g for g in gold if g.figure]
    others = [g for g in gold if not g.figure]
    sc.labelled = len(figs)
    sc.nonfigures = len(others)
    by_span = {(g.start, g.end): g for g in figs}
    for m in found:
        if any(m.start < o.end and o.start < m.end for o in others):
            continue
        sc.found += 1
        g = by_span.get((m.start, m.end))
        if g is None:
            if any(m.start < f.end and f.start < m.end for f in figs):
                sc.overlap += 1
                sc.problems.append(f"span {m.text!r}")
            else:
                sc.problems.append(f"not a labelled figure: {m.text!r}")
            continue
        sc.exact += 1
        sc.overlap += 1
        if g.value is not None or g.low is not None:
            sc.value_n += 1
            want = (g.value, g.value) if g.value is not None else (g.low, g.high)
            got_ok = (m.value == g.value) if g.value is not None else \
                (m.low == g.low and m.high == g.high) or _range_ends(m) == (g.low, g.high)
            # a label can only write a repeating decimal rounded (two-thirds: 0.6666666667)
            if not got_ok and g.value is not None and m.value is not None and \
                    g.value.denominator >= 10**10:
                got_ok = abs(m.value - g.value) < Fraction(1, 10**9)
            # a printed minus sign is the sign of the figure itself
            if not got_ok and g.value is not None and m.value is not None:
                got_ok = abs(m.value) == abs(g.value) and g.sign == -1 and g.value < 0
            if got_ok:
                sc.value_ok += 1
            else:
                sc.problems.append(f"value {m.text!r}: {m.value} for {want[0]}")
        if g.qualifier != "range":
            sc.qualifier_n += 1
            if m.qualifier.value == g.qualifier:
                sc.qualifier_ok += 1
            else:
                sc.problems.append(f"qualifier {m.text!r}: {m.qualifier.value} for {g.qualifier}")
    for o in others:
        if any(m.needs_coverage and m.start < o.end and o.start < m.end for m in found):
            sc.nonfigures_demanded += 1
    _score_signs(text, language, figs, sc)
    return sc


def _range_ends(m: Any) -> tuple[Fraction, Fraction] | None:
    """The printed ends of a range read as one mention (a label gives a range's printed
    ends; the mention's interval also holds their rounding)."""
    from factcheck.claims.values import Range, parse_value
    from factcheck.numbers.grammar import NumberError

    try:
        value = parse_value(m.text)
    except (NumberError, ValueError):
        return None
    if not isinstance(value, Range):
        return None
    return value.low.base_value(), value.high.base_value()


def _value_ends(value: str) -> tuple[Fraction, Fraction] | None:
    """The printed ends of a drafted range value, as magnitudes, smaller first."""
    from factcheck.claims.values import Range, parse_value
    from factcheck.numbers.grammar import NumberError

    try:
        parsed = parse_value(value)
    except (NumberError, ValueError):
        return None
    if not isinstance(parsed, Range):
        return None
    a, b = abs(parsed.low.base_value()), abs(parsed.high.base_value())
    return (a, b) if a <= b else (b, a)


def _draft(text: str, language: str) -> list[dict[str, Any]]:
    from factcheck.app.init_draft import draft

    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2026, 12, 1), language))
    return list(doc.get("claims") or [])


def _quote_span(text: str, claim: dict[str, Any]) -> tuple[int, int] | None:
    quote = str(claim.get("quote", ""))
    i, n = -1, int(claim.get("occurrence", 1))
    for _ in range(n):
        i = text.find(quote, i + 1)
        if i < 0:
            return None
    return i, i + len(quote)


def _number(value: str) -> Fraction | None:
    import re

    from factcheck.extract import extract
    from factcheck.numbers.grammar import NumberError, read_figure

    try:  # the claims grammar reads the value as the loader does (七二九．二億 美元)
        return abs(read_figure(value).value)
    except NumberError:
        pass
    mentions = extract(value.lstrip("-"))
    if len(mentions) == 1 and mentions[0].value is not None:
        return abs(mentions[0].value)
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    return Fraction(digits.group(0).replace(",", "")) if digits else None


def _match_claims(text: str, figs: list[Label],
                  claims: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Label | None]]:
    """Each drafted claim with the labelled mention it drafts (None: not a labelled figure)."""
    out: list[tuple[dict[str, Any], Label | None]] = []
    used: set[int] = set()
    for claim in claims:
        span = _quote_span(text, claim)
        value = str(claim.get("value", ""))
        number = _number(value)
        match: Label | None = None
        if span is not None:
            inside = [g for g in figs if span[0] <= g.start and g.end <= span[1]
                      and g.start not in used]
            ends = _value_ends(value)
            for g in inside:
                if g.value is None and g.low is not None and ends is not None and \
                        ends == tuple(sorted((abs(g.low), abs(g.high or 0)))):
                    match = g  # a range drafted as one claim (-4.8%至-1.5%)
                    break
                want = abs(g.value) if g.value is not None else None
                if want is not None and number is not None and want == number:
                    match = g
                    break
                if want is not None and number is not None and g.value is not None and \
                        g.text.replace(",", "").find(value.lstrip("-").split(" ")[0]) >= 0:
                    match = g
                    break
        if match is not None:
            used.add(match.start)
        out.append((claim, match))
    return out


def _drafted_negative(claim: dict[str, Any]) -> bool:
    """A drafted value is negative when it reads so (-6%, 约-6%, less than -$0.1 billion)."""
    from factcheck.numbers.grammar import NumberError, read_figure

    value = str(claim.get("value", ""))
    try:
        return read_figure(value).value < 0
    except NumberError:
        return value.startswith("-")


def _score_signs(text: str, language: str, figs: list[Label], sc: FigureScore) -> None:
    """The sign of every labelled change as init drafts it (a decline drafted negative)."""
    pairs = _match_claims(text, figs, _draft(text, language))
    drafted = {g.start: c for c, g in pairs if g is not None}
    for g in figs:
        claim = drafted.get(g.start)
        if claim is not None and g.measure in DRAFTED_KINDS:
            sc.kind_n += 1
            kind = str(claim.get("kind", "amount"))
            if kind in DRAFTED_KINDS[g.measure]:
                sc.kind_ok += 1
            else:
                sc.problems.append(f"kind {g.text!r} ({g.measure}): drafted {kind}")
        if g.measure not in SIGNED or g.sign is None:
            continue
        sc.sign_n += 1
        if claim is None:
            sc.problems.append(f"sign {g.text!r}: no drafted claim")
            continue
        negative = _drafted_negative(claim)
        if negative == (g.sign < 0):
            sc.sign_ok += 1
        else:
            sc.problems.append(f"sign {g.text!r}: drafted {claim.get('value')!r}")


@dataclass(frozen=True)
class FigureTotals:
    texts: int
    labelled: int
    found: int
    exact: int
    overlap: int
    value_ok: int
    value_n: int
    qualifier_ok: int
    qualifier_n: int
    sign_ok: int
    sign_n: int
    nonfigures: int
    nonfigures_demanded: int
    kind_ok: int = 0
    kind_n: int = 0

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.exact, self.found)

    @property
    def recall(self) -> float:
        return self._ratio(self.exact, self.labelled)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self._ratio(self.value_ok, self.value_n)

    @property
    def qualifier_accuracy(self) -> float:
        return self._ratio(self.qualifier_ok, self.qualifier_n)

    @property
    def sign_accuracy(self) -> float:
        return self._ratio(self.sign_ok, self.sign_n)

    @property
    def kind_accuracy(self) -> float:
        return self._ratio(self.kind_ok, self.kind_n)


def figure_totals(scores: list[FigureScore]) -> FigureTotals:
    def s(attr: str) -> int:
        return sum(getattr(x, attr) for x in scores)

    return FigureTotals(len(scores), s("labelled"), s("found"), s("exact"), s("overlap"),
                        s("value_ok"), s("value_n"), s("qualifier_ok"), s("qualifier_n"),
                        s("sign_ok"), s("sign_n"), s("nonfigures"), s("nonfigures_demanded"),
                        s("kind_ok"), s("kind_n"))


# ---------------------------------------------------------------- relations

Slot = frozenset[str]  # the printed texts one role may be (several readings of a whole)
Pair = tuple[str, str]


def _slots_of_entry(entry: dict[str, Any]) -> list[Slot]:
    slots: list[Slot] = []
    for key, value in entry.items():
        if key in META_KEYS:
            continue
        for v in value if isinstance(value, list) else [value]:
            slots.append(frozenset(str(v).split("|")))
    return slots


def _slots_of_relation(rel: Any) -> list[Slot]:
    slots: list[Slot] = [frozenset([fig.text]) for role, fig in rel.roles if role != "structure"]
    if rel.structure_text is not None:
        slots.append(frozenset([rel.structure_text]))
    if rel.reading_role and rel.readings:
        slots.append(frozenset(f.text for f in rel.readings))
    return slots


def _pairs(slots: list[Slot]) -> list[tuple[Slot, Slot]]:
    return list(itertools.combinations(slots, 2))


def _pair_keys(a: Slot, b: Slot) -> set[Pair]:
    return {(min(x, y), max(x, y)) for x in a for y in b}


@dataclass
class RelationScore:
    name: str
    labelled_pairs: int = 0
    pairs_recalled: int = 0
    found_pairs: int = 0
    found_pairs_right: int = 0
    relations_labelled: int = 0
    relations_found: int = 0
    relations_right: int = 0
    inconsistencies: int = 0
    flagged: int = 0
    false_failures: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    seconds: float = 0.0
    error: str = ""  # --auto refused the article (an input error, exit 2): nothing was checked
    # per labelled relation kind: [labelled pairs, pairs recalled]
    by_kind: dict[str, list[int]] = field(default_factory=dict)


def warm_up() -> None:
    """Import and first-call costs, paid before any article is timed."""
    from factcheck.checks import select_rules
    from factcheck.discover.auto import check_text

    check_text("全市生产总值100亿元,增长5.0%。GDP rose 5.0% to $100bn.", "warm-up.txt",
               select_rules())


def score_relations(name: str) -> RelationScore:
    from factcheck.checks import select_rules
    from factcheck.discover.auto import check_text
    from factcheck.discover.evaluate import counted

    text = (REAL / f"{name}.txt").read_text("utf-8")
    side = yaml.safe_load((REAL / f"{name}.yaml").read_text("utf-8"))
    from factcheck.core.errors import InputError

    sc = RelationScore(name)
    started = time.perf_counter()
    try:
        auto = check_text(text, f"{name}.txt", select_rules(), language=side.get("language"))
    except InputError as exc:  # a readable article refused: counted as nothing found
        auto = None
        sc.error = str(exc)
    sc.seconds = time.perf_counter() - started

    gold = list(side.get("relations") or [])
    gold_pairs: set[Pair] = set()
    bad_pairs: list[set[Pair]] = []  # one per labelled inconsistency
    for entry in gold:
        keys: set[Pair] = set()
        for a, b in _pairs(_slots_of_entry(entry)):
            keys |= _pair_keys(a, b)
        gold_pairs |= keys
        if entry.get("inconsistent") or entry.get("planted"):
            bad_pairs.append(keys)
    sc.labelled_pairs = len(gold_pairs)
    sc.inconsistencies = len(bad_pairs)

    recalled: set[Pair] = set()
    flagged = [False] * len(bad_pairs)
    from factcheck.discover.evaluate import signature

    want = {signature({k: v for k, v in e.items() if k not in ("inconsistent", "note")})
            for e in gold}
    sc.relations_labelled = len(gold)
    for i, rel in enumerate(auto.relations if auto is not None else []):
        if not counted(rel):
            continue
        sc.relations_found += 1
        sig = rel.signature()
        if sig in want:
            sc.relations_right += 1
        verdict = auto.verdict(i) if auto is not None else None
        rel_keys: set[Pair] = set()
        for a, b in _pairs(_slots_of_relation(rel)):
            keys = _pair_keys(a, b)
            rel_keys |= keys
            sc.found_pairs += 1
            if keys & gold_pairs:
                sc.found_pairs_right += 1
                recalled |= keys & gold_pairs
            else:
                sc.spurious.append(" ".join(sig))
        if verdict == "fail":
            hit = [j for j, bad in enumerate(bad_pairs) if bad & rel_keys]
            for j in hit:
                flagged[j] = True
            if not hit:
                sc.false_failures.append(" ".join(sig))
    sc.pairs_recalled = len(recalled)
    sc.flagged = sum(flagged)
    for entry in gold:
        keys = set()
        for a, b in _pairs(_slots_of_entry(entry)):
            keys |= _pair_keys(a, b)
        tally = sc.by_kind.setdefault(str(entry.get("kind")), [0, 0])
        tally[0] += len(keys)
        tally[1] += len(keys & recalled)
    for entry in gold:
        keys = set().union(*(_pair_keys(a, b) for a, b in _pairs(_slots_of_entry(entry)))) \
            if len(_slots_of_entry(entry)) > 1 else set()
        if keys and not keys & recalled:
            sc.missed.append(" ".join(signature(
                {k: v for k, v in entry.items() if k not in ("inconsistent", "note")})))
    return sc


@dataclass(frozen=True)
class RelationTotals:
    texts: int
    labelled_pairs: int
    pairs_recalled: int
    found_pairs: int
    found_pairs_right: int
    relations_labelled: int
    relations_found: int
    relations_right: int
    inconsistencies: int
    flagged: int
    false_failures: int
    seconds: float

    @property
    def pair_recall(self) -> float:
        return self.pairs_recalled / self.labelled_pairs if self.labelled_pairs else 1.0

    @property
    def pair_precision(self) -> float:
        return self.found_pairs_right / self.found_pairs if self.found_pairs else 1.0


def relation_totals(scores: list[RelationScore]) -> RelationTotals:
    def s(attr: str) -> int:
        return sum(getattr(x, attr) for x in scores)

    return RelationTotals(len(scores), s("labelled_pairs"), s("pairs_recalled"),
                          s("found_pairs"), s("found_pairs_right"), s("relations_labelled"),
                          s("relations_found"), s("relations_right"), s("inconsistencies"),
                          s("flagged"), sum(len(x.false_failures) for x in scores),
                          sum(x.seconds for x in scores))


# ---------------------------------------------------------------- init drafts

@dataclass
class InitScore:
    name: str
    claims: int = 0
    kept: int = 0           # drafted claims a reviewer keeps: a labelled figure, sign right
    not_figures: int = 0    # drafted claims of labelled non-figures (dates, ordinals …)
    loads: bool = False     # the draft loads and its checks run
    error: str = ""
    seconds: float = 0.0


def score_init(name: str) -> InitScore:
    """Draft a claims file for the text, load it and run every check on it."""
    import shutil
    import tempfile

    from factcheck.app.init_draft import draft
    from factcheck.app.runner import check_file
    from factcheck.checks import select_rules
    from factcheck.core.errors import InputError

    text, language, gold = labels(name)
    sc = InitScore(name)
    started = time.perf_counter()
    drafted = draft(text, f"{name}.txt", dt.date(2026, 12, 1), language)
    sc.seconds = time.perf_counter() - started
    claims = list((yaml.safe_load(drafted) or {}).get("claims") or [])
    sc.claims = len(claims)
    figs = [g for g in gold if g.figure]
    others = [g for g in gold if not g.figure]
    for claim, g in _match_claims(text, figs, claims):
        if g is None:
            span = _quote_span(text, claim)
            if span and any(span[0] <= o.start and o.end <= span[1]
                            and _digits_of(o.text) in str(claim.get("value", "")) for o in others):
                sc.not_figures += 1
            continue
        negative = _drafted_negative(claim)
        if g.sign is None or g.measure not in SIGNED or negative == (g.sign < 0):
            sc.kept += 1
    folder = Path(tempfile.mkdtemp())
    try:
        shutil.copy(REAL / f"{name}.txt", folder / f"{name}.txt")
        (folder / f"{name}.yaml").write_text(drafted, "utf-8")
        try:
            check_file(folder / f"{name}.yaml", select_rules())
            sc.loads = True
        except InputError as exc:
            sc.error = str(exc)
    finally:
        shutil.rmtree(folder)
    return sc


def _digits_of(text: str) -> str:
    import re

    found = re.search(r"\d+", text)
    return found.group(0) if found else text
