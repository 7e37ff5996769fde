"""The article itself, annotated: one self-contained HTML page with every figure marked.

Each figure of the article becomes a highlight whose state comes from the outcomes the
checks already produced (a renderer, not a second checker). A claim's own figure is where
the graph placed it while it was built (from the figures the fidelity check reads); a figure
that no claim or waiver covers is drawn only where an FC104 outcome reports it; the other
figures inside quotes and waivers come from the graph's one extraction of the article.
All text from the article and the claims is escaped; the only
script and stylesheet are inline and pinned by hash in a Content-Security-Policy, so the
page makes no network request and runs nothing else. Output is deterministic apart from
the time of the run (``SOURCE_DATE_EPOCH`` pins that too).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from functools import cache, cached_property
from importlib import resources

from factcheck import __version__
from factcheck.claims.graph import Node, WaiverNode
from factcheck.core.i18n import N_, SOURCE_LANGUAGE, Message, _, language, plural
from factcheck.core.interval import Interval
from factcheck.languages.lexicon import html_tag
from factcheck.numbers.reading import format_number
from factcheck.render import RenderOptions
from factcheck.report.engine import FileReport
from factcheck.report.findings import Category, Number, Outcome, Severity, Verdict, category
from factcheck.report.result import NOTHING_CHECKED, RunResult, checked_nothing, dropped_notes


class State(StrEnum):
    """How a figure of the article came out, worst first."""

    FAIL = "fail"
    WARNING = "warning"
    UNCOVERED = "uncovered"
    WAIVED = "waived"
    ROUNDING = "rounding"
    PASS = "pass"


# reading order of the legend and the filters
STATE_ORDER = (State.PASS, State.ROUNDING, State.WARNING, State.FAIL, State.WAIVED,
               State.UNCOVERED)
LABELS = {
    State.PASS: N_("pass"),
    State.ROUNDING: N_("pass within rounding"),
    State.WARNING: N_("warning"),
    State.FAIL: N_("fail"),
    State.WAIVED: N_("waived"),
    State.UNCOVERED: N_("not covered"),
}
ICONS = {
    State.PASS: "✓",
    State.ROUNDING: "≈",
    State.WARNING: "!",
    State.FAIL: "✗",
    State.WAIVED: "–",
    State.UNCOVERED: "?",
}
_RANK = {s: i for i, s in enumerate(State)}
# the verdict words of the terminal report (warning covers failed warning/note checks)
CHECK_WORDS = ("pass", "rounding", "warning", "fail", "undetermined", "waived")


_STATE_OF = {
    Category.PASS: State.PASS,
    Category.ROUNDING: State.ROUNDING,
    Category.WARNING: State.WARNING,
    Category.FAIL: State.FAIL,
    # a check that could not be evaluated marks its figures as a failure does: never a pass
    Category.UNDETERMINED: State.FAIL,
    Category.WAIVED: State.WAIVED,
}
_WORD_OF = {
    Category.PASS: "pass",
    Category.ROUNDING: "rounding",
    Category.WARNING: "warning",
    Category.FAIL: "fail",
    Category.UNDETERMINED: "undetermined",
    Category.WAIVED: "waived",
}


def outcome_state(outcome: Outcome) -> State:
    """The state an outcome gives the figure it is placed on: its category, except that a
    failure placed on the article with no claim (FC104) marks a figure not covered."""
    cat = category(outcome)
    if cat in (Category.FAIL, Category.WARNING) and not outcome.claim_ids \
            and outcome.article_offset is not None:
        return State.UNCOVERED
    return _STATE_OF[cat]


def check_word(outcome: Outcome) -> str:
    """The outcome as the terminal report counts it: pass, rounding, warning, fail, waived."""
    return _WORD_OF[category(outcome)]


# -- figures of one report ------------------------------------------------------------

@dataclass
class Highlight:
    """One marked stretch of the article and everything known about it."""

    start: int
    end: int
    claims: list[Node] = field(default_factory=list)       # claims whose figure this is
    quoted_by: list[Node] = field(default_factory=list)    # claims whose quote merely holds it
    waivers: list[WaiverNode] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)  # outcomes placed here
    id: str = ""

    @property
    def state(self) -> State:
        """The worst state of the outcomes placed here (an uncovered figure is an FC104
        outcome); a figure inside a waiver and under no claim is waived."""
        states = [outcome_state(o) for o in self.outcomes]
        if self.waivers and not self.claims:
            states.append(State.WAIVED)
        return min(states, key=_RANK.__getitem__, default=State.PASS)

    def checks(self) -> dict[str, int]:
        counts = dict.fromkeys(CHECK_WORDS, 0)
        for o in self.outcomes:
            counts[check_word(o)] += 1
        return counts


@dataclass
class _Index:
    """Claim id → what uses it, built once per report (looking each up by a scan of every
    outcome or claim made the page quadratic in claims)."""

    failing: dict[str, list[int]]
    elsewhere: dict[str, list[int]]
    named_by: dict[str, list[tuple[str, str]]]


@dataclass
class Layout:
    """The highlights of one report, in article order, and outcomes with no figure."""

    report: FileReport
    prefix: str
    highlights: list[Highlight]
    unplaced: list[Outcome]
    by_claim: dict[str, Highlight]

    def failing_uses(self, h: Highlight) -> list[Outcome]:
        """Failing checks that use a claim of ``h`` (placed here or on another figure), in
        report order; looked up in an index, so a report costs as much as its outcomes."""
        found = sorted({i for n in h.claims for i in self._index.failing.get(n.id, ())})
        return [self.report.outcomes[i] for i in found]

    def used_elsewhere(self, claim_id: str) -> list[Outcome]:
        """Outcomes that use ``claim_id`` other than as their first claim, in report order."""
        return [self.report.outcomes[i] for i in self._index.elsewhere.get(claim_id, ())]

    def named_by(self, claim_id: str) -> list[tuple[str, str]]:
        """(relation, claim id) of every claim that names ``claim_id``, in claims order."""
        return self._index.named_by.get(claim_id, [])

    @cached_property
    def _index(self) -> _Index:
        index = _Index({}, {}, {})
        for i, o in enumerate(self.report.outcomes):
            if o.verdict is Verdict.FAIL:
                for cid in dict.fromkeys(o.claim_ids):
                    index.failing.setdefault(cid, []).append(i)
            for cid in dict.fromkeys(o.claim_ids[1:]):
                index.elsewhere.setdefault(cid, []).append(i)
        for other in self.report.graph.nodes:
            for name, target in other.claim.references():
                index.named_by.setdefault(target, []).append((name, other.id))
        return index

    def culprit_ids(self) -> set[str]:
        """The likely culprit: the one figure whose likely typo makes every failing check
        pass, when the search found exactly one."""
        loc = self.report.localisation
        if loc is None or loc.single is None:
            return set()
        return set(loc.single.claim_ids)

    def implicated_ids(self) -> set[str]:
        """Other figures that could each explain the failing checks alone."""
        loc = self.report.localisation
        if loc is None:
            return set()
        ones = {c.claim_ids[0] for c in loc.culprits if len(c.claim_ids) == 1}
        return ones - self.culprit_ids()

    def state_counts(self) -> dict[State, int]:
        counts = dict.fromkeys(STATE_ORDER, 0)
        for h in self.highlights:
            counts[h.state] += 1
        return counts


def layout(report: FileReport, prefix: str) -> Layout:
    """Place every figure and every outcome of ``report`` on the article."""
    graph = report.graph
    pieces: list[tuple[int, int, Highlight]] = []
    own: dict[str, tuple[int, int]] = {}
    for node in graph.nodes:
        where = node.figure_span
        if where is not None:
            own[node.id] = where
            pieces.append((*where, Highlight(*where, claims=[node])))
    for o in report.outcomes:
        if not o.claim_ids and o.article_offset is not None:
            pieces.append((*o.article_offset, Highlight(*o.article_offset)))
    quotes = [(n.quote_span.start, n.quote_span.end, n) for n in graph.nodes
              if n.quote_span is not None]
    waived = [(s.start, s.end, w) for w in graph.waivers for s in w.spans]
    # the other figures inside a quote or a waiver, as the graph found them once; a figure
    # outside both is drawn only where an FC104 outcome (above) reports it
    for m in graph.mentions():
        if not m.needs_coverage or any(s < m.end and m.start < e for s, e, _ in pieces):
            continue
        h = Highlight(m.start, m.end)
        h.quoted_by = [n for s, e, n in quotes if s <= m.start and m.end <= e]
        if not h.quoted_by:
            h.waivers = [w for s, e, w in waived if s <= m.start and m.end <= e]
        if h.quoted_by or h.waivers:
            pieces.append((m.start, m.end, h))

    highlights = _merge(pieces)
    by_claim: dict[str, Highlight] = {}
    for i, h in enumerate(highlights):
        h.id = f"{prefix}f{i + 1}"
        for n in h.claims:
            by_claim[n.id] = h
    unplaced: list[Outcome] = []
    for o in report.outcomes:
        target = _home(o, by_claim, highlights)
        if target is None:
            unplaced.append(o)
        else:
            target.outcomes.append(o)
    return Layout(report, prefix, highlights, unplaced, by_claim)


def _merge(pieces: list[tuple[int, int, Highlight]]) -> list[Highlight]:
    """Overlapping pieces become one highlight carrying all their claims."""
    out: list[Highlight] = []
    for s, e, h in sorted(pieces, key=lambda p: (p[0], -p[1])):
        if out and s < out[-1].end:
            last = out[-1]
            last.end = max(last.end, e)
            last.claims += [n for n in h.claims if n not in last.claims]
            last.quoted_by += [n for n in h.quoted_by if n not in last.quoted_by]
            last.waivers += [w for w in h.waivers if w not in last.waivers]
        else:
            out.append(Highlight(s, e, list(h.claims), list(h.quoted_by), list(h.waivers)))
    for h in out:
        # a claim's own figure outranks a quote that merely holds it
        h.quoted_by = [n for n in h.quoted_by if n not in h.claims]
        if h.claims:
            h.waivers = []
    return out


def _home(o: Outcome, by_claim: dict[str, Highlight],
          highlights: list[Highlight]) -> Highlight | None:
    """The highlight an outcome belongs to: its first claim's figure, or its offset."""
    if o.claim_ids:
        return by_claim.get(o.claim_ids[0])
    if o.article_offset is not None:
        s, e = o.article_offset
        for h in highlights:
            if h.start <= s and e <= h.end:
                return h
    return None


# -- writing the page -----------------------------------------------------------------

def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


@cache
def asset(name: str) -> str:
    return resources.files("factcheck.render").joinpath("html_assets", name).read_text("utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render(result: RunResult, options: RenderOptions | None = None, *,
           now: dt.datetime | None = None) -> str:
    """The whole page for ``result``. The run time it prints is ``now``, else the options'
    ``run_time``; with neither the page has none (the renderer reads no clock and no
    environment, so the page is a function of its arguments)."""
    fail_on = options.fail_on if options is not None else Severity.ERROR
    when = now if now is not None else options.run_time if options is not None else None
    layouts = [layout(r, f"r{i + 1}-") for i, r in enumerate(result.reports)]
    css, js = asset("report.css"), asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    title = _("factcheck report")
    titles = [lay.report.graph.source.claims.title for lay in layouts]
    if len(layouts) == 1 and titles[0]:
        title = f"{titles[0]} — factcheck"
    # the page speaks the messages' language, or its articles' when they share one
    spoken = {lay.report.graph.source.claims.language.value for lay in layouts}
    lang = html_tag(language() if language() != SOURCE_LANGUAGE or len(spoken) != 1
                    else spoken.pop())
    out = [
        "<!DOCTYPE html>\n",
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta name="generator" content="factcheck {esc(__version__)}">\n',
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n",
        _summary(result, layouts, fail_on, when),
        '<div class="layout">\n<main id="main">\n',
    ]
    for lay in layouts:
        out.append(_article(lay))
    if not layouts:
        out.append(f'<p class="empty">{_("No claims file could be checked.")}</p>\n')
    out.append("</main>\n")
    out.append(_sidebar(layouts))
    out.append("</div>\n")
    out.append(f"<script>{js}</script>\n</body>\n</html>\n")
    return "".join(out)


def _summary(result: RunResult, layouts: list[Layout], fail_on: Severity,
             when: dt.datetime | None) -> str:
    states = counts_by_state(layouts)
    checks = dict.fromkeys(CHECK_WORDS, 0)
    for lay in layouts:
        for o in lay.report.outcomes:
            checks[check_word(o)] += 1
    code = result.exit_code(fail_on)
    status = {0: "OK", 1: "FAILED", 2: "ERROR"}[code]
    if result.checked_nothing():
        status = "NOTHING-CHECKED"
    out = ['<header class="summary" id="summary">\n<div class="files">\n']
    for lay in layouts:
        src = lay.report.graph.source
        out.append(
            f'<p><span class="k">{_("article")}</span> <code class="article-path">'
            f"{esc(src.article.path)}</code> "
            + ('' if src.discovered else f'<span class="k">{_("claims")}</span> ')
            + (f'<span class="k">{_("relations discovered in the text")}</span></p>\n' if src.discovered else
               f'<code class="claims-path">{esc(src.path)}</code>'
               f' <span class="k">{_("published")}</span> {esc(src.claims.published.isoformat())}</p>\n'))
    for lay in layouts:
        loc = lay.report.localisation
        if loc is None:
            continue
        suspects = sorted(lay.culprit_ids() or lay.implicated_ids())
        target = next((lay.by_claim[c] for c in suspects if c in lay.by_claim), None)
        link = (f' <button type="button" class="goto" data-goto="{target.id}">{_("show")}</button>'
                if target is not None and loc.single is not None else "")
        out.append(f'<p class="culprit-line">{esc(_(loc.sentence()))}{link}</p>\n')
    for error in result.errors:
        out.append(f'<p class="input-error" role="alert">{_("input error")}: {esc(error)}</p>\n')
    for lay in layouts:
        if checked_nothing(lay.report):
            out.append(f'<p class="nothing-checked">{esc(_(NOTHING_CHECKED))}</p>\n')
        out.extend(f'<p class="discovery-note">{esc(_(Message(N_("note: {note}"), note=note)))}</p>\n'
                   for note in dropped_notes(lay.report))
    out.append("</div>\n")
    out.append(f'<p class="status status-{status.lower()}">{_(status)}</p>\n')
    out.append(f'<p class="skip"><a href="#findings">{_("Findings")}</a></p>\n')
    out.append(f'<div class="filters" role="group" aria-label="{_("Show figures by verdict")}">\n'
               f'<span class="k">{_("figures")}</span>\n')
    for s in STATE_ORDER:
        out.append(
            f'<button type="button" class="filter s-{s}" data-filter="{s}" aria-pressed="true">'
            f'<span class="icon" aria-hidden="true">{ICONS[s]}</span> {esc(_(LABELS[s]))} '
            f'<span class="n" data-count="{s}">{states[s]}</span></button>\n')
    out.append("</div>\n")
    words = {"pass": _("pass"), "rounding": _("within rounding"), "warning": _("warning"),
             "fail": _("fail"), "undetermined": _("undetermined"), "waived": _("waived")}
    shown = " · ".join(f'<span data-checks="{w}">{checks[w]}</span> {words[w]}'
                       for w in CHECK_WORDS)
    total = sum(checks.values())
    ran = "" if when is None else (
        f'<span class="k">{_("run")}</span> <time class="run-time" '
        f'datetime="{esc(when.isoformat())}">{esc(when.isoformat(sep=" "))}</time> · ')
    out.append(f'<p class="meta"><span class="checks">{_("{n} checks").format(n=total)}: {shown}</span> · '
               f'{ran}factcheck <span class="version">{esc(__version__)}</span></p>\n</header>\n')
    return "".join(out)


def _article(lay: Layout) -> str:
    graph = lay.report.graph
    src = graph.source
    text = graph.article_text
    lang = html_tag(src.claims.language.value)
    out = [f'<article class="article" id="{lay.prefix}article" lang="{lang}">\n']
    if src.claims.title:
        out.append(f"<h1>{esc(src.claims.title)}</h1>\n")
    out.append(f'<p class="source">{esc(src.article.path)}</p>\n')
    marks = iter(lay.highlights)
    pending = next(marks, None)
    for start, end in graph.paragraphs:
        out.append("<p>")
        pos = start
        while pending is not None and pending.start < end:
            if pending.start >= pos:
                stop = min(pending.end, end)
                out.append(esc(text[pos:pending.start]))
                out.append(_mark(lay, pending, text[pending.start:stop]))
                pos = stop
            pending = next(marks, None)
        out.append(esc(text[pos:end]))
        out.append("</p>\n")
    out.append("</article>\n")
    return "".join(out)


def _flags(lay: Layout, h: Highlight) -> tuple[list[str], str]:
    """Extra classes of a figure and the words that say them: the likely culprit, and a
    figure whose own checks pass but which failing checks use."""
    classes, words = [], []
    if lay.culprit_ids().intersection(n.id for n in h.claims):
        classes.append("culprit")
        words.append(_("likely culprit"))
    elif lay.implicated_ids().intersection(n.id for n in h.claims):
        classes.append("suspect")
        words.append(_("implicated"))
    used = len(lay.failing_uses(h))
    if used and h.state not in (State.FAIL, State.WARNING, State.UNCOVERED):
        classes.append("implicated")
        words.append(plural(used, "used by {n} failing check", "used by {n} failing checks").format(n=used))
    return classes, "; ".join(words)


def _mark(lay: Layout, h: Highlight, shown: str) -> str:
    s = h.state
    ids = " ".join(n.id for n in h.claims or h.quoted_by)
    counts = " ".join(f'data-{w}="{n}"' for w, n in h.checks().items())
    classes, words = _flags(lay, h)
    extra = "".join(f" {c}" for c in classes)
    label = f"{_(LABELS[s])}; {words}" if words else _(LABELS[s])
    return (f'<mark class="fig s-{s}{extra}" id="{h.id}" tabindex="0" role="button" '
            f'data-state="{s}" data-claims="{esc(ids)}" {counts} '
            f'aria-controls="d-{h.id}" aria-label="{esc(shown)}: {esc(label)}">'
            f"{esc(shown)}</mark>")


def _sidebar(layouts: list[Layout]) -> str:
    out = [f'<aside class="side" aria-label="{_("Findings")}">\n',
           '<section class="panel" id="panel" aria-live="polite" tabindex="-1">\n',
           '<p class="hint" id="panel-hint">'
           + _("Select a highlighted figure (click, or Tab to it) to see its claims and checks.")
           + "</p>\n"]
    for lay in layouts:
        for h in lay.highlights:
            out.append(_detail(lay, h))
    out.append("</section>\n")
    out.append(f'<section class="findings" id="findings">\n<h2>{_("Findings")}</h2>\n<ol>\n')
    n = 0
    for lay in layouts:
        for h in lay.highlights:
            for o in h.outcomes:
                if o.verdict is not Verdict.PASS:
                    out.append(_finding(o, h))
                    n += 1
        for o in lay.unplaced:
            if o.verdict is not Verdict.PASS:
                out.append(_finding(o, None))
                n += 1
    if not n:
        out.append(f'<li class="none">{_("No findings: every check passed.")}</li>\n')
    out.append("</ol>\n</section>\n")
    implied = [(lay, imp) for lay in layouts for imp in lay.report.implied]
    if implied:
        out.append(f'<section class="implied" id="implied">\n<h2>{_("Implied values")}</h2>\n'
                   f"<table>\n<thead><tr><th>{_('claims')}</th><th>{_('what')}</th>"
                   f"<th>{_('implied')}</th><th>{_('interval')}</th></tr></thead>\n<tbody>\n")
        for lay, imp in implied:
            links = ", ".join(_claim_link(lay, cid) for cid in imp.claim_ids)
            out.append(f"<tr><td>{links}</td><td>{esc(_(imp.description))}</td>"
                       f'<td class="num">{esc(imp.display)}</td>'
                       f'<td class="num">{esc(imp.interval_display)}</td></tr>\n')
        out.append("</tbody>\n</table>\n</section>\n")
    out.append("</aside>\n")
    return "".join(out)


def _finding(o: Outcome, h: Highlight | None) -> str:
    s = outcome_state(o)
    head = f'<span class="icon" aria-hidden="true">{ICONS[s]}</span> {esc(o.code)}'
    if o.claim_ids:
        head += f" {esc(o.claim_ids[0])}"
    elif o.subject:
        head += f" {esc(o.subject)}"
    if h is not None:
        head = f'<button type="button" class="goto" data-goto="{h.id}">{head}</button>'
    else:
        head = f'<span class="nofig">{head} {_("(not in the article)")}</span>'
    body = f'<span class="word">{esc(_(LABELS[s]))}</span> {esc(_(o.message))}'
    if o.arithmetic:
        body += f' <code class="arith">{esc(_(o.arithmetic))}</code>'
    if o.waiver_reason:
        body += f' <span class="reason">{esc(_("waived: {reason}").format(reason=o.waiver_reason))}</span>'
    return (f'<li class="s-{s}" data-state="{s}" data-code="{esc(o.code)}" '
            f'data-claims="{esc(" ".join(o.claim_ids))}" data-category="{category(o)}">'
            f"{head} {body}</li>\n")


def _claim_link(lay: Layout, claim_id: str) -> str:
    h = lay.by_claim.get(claim_id)
    if h is None:
        return f'<span class="claim-ref">{esc(claim_id)}</span>'
    return (f'<a class="claim-ref" href="#{h.id}" data-goto="{h.id}" '
            f'data-claim="{esc(claim_id)}">{esc(claim_id)}</a>')


def _detail(lay: Layout, h: Highlight) -> str:
    graph = lay.report.graph
    s = h.state
    shown = graph.article_text[h.start:h.end]
    span = graph.span_at(h.start, h.end)
    out = [f'<div class="detail" id="d-{h.id}" data-for="{h.id}" hidden>\n',
           f'<h2 class="s-{s}"><span class="icon" aria-hidden="true">{ICONS[s]}</span> '
           f'<span class="figure">{esc(shown)}</span> <span class="word">{esc(_(LABELS[s]))}</span>'
           + (f' <span class="flags">{esc(_flags(lay, h)[1])}</span>' if _flags(lay, h)[1] else "")
           + f"</h2>\n<p class=\"where\">{esc(graph.source.article.path)}:{span.line}:{span.column}"
           "</p>\n"]
    flagged = _flags(lay, h)[0]
    if ("culprit" in flagged or "suspect" in flagged) and lay.report.localisation is not None:
        out.append(f'<p class="culprit-note">{esc(_(lay.report.localisation.sentence()))}</p>\n')
    for node in h.claims:
        out.append(_claim_block(lay, node, h))
    for node in h.quoted_by:
        out.append('<p class="note">' + _("Inside the quote of claim {claim}, which records "
                   "another figure of it.").format(claim=_claim_link(lay, node.id)) + "</p>\n")
    for w in h.waivers:
        out.append('<p class="note">' + _("Waived from coverage ({where}): “{quote}” — {reason}").format(
            where=f"{esc(graph.source.path)}:{w.location.line}", quote=esc(w.waiver.quote),
            reason=esc(w.waiver.reason)) + "</p>\n")
    if not (h.claims or h.quoted_by or h.waivers):
        out.append(f'<p class="note">{_("No claim or waiver covers this figure.")}</p>\n')
    others = [o for o in h.outcomes if not o.claim_ids or o.claim_ids[0] not in
              {n.id for n in h.claims}]
    if others:
        out.append('<ul class="checks">\n')
        out.extend(_check_item(lay, o) for o in others)
        out.append("</ul>\n")
    out.append("</div>\n")
    return "".join(out)


def _claim_block(lay: Layout, node: Node, h: Highlight) -> str:
    graph = lay.report.graph
    c = node.claim
    out = [f'<section class="claim" data-claim="{esc(c.id)}">\n<h3>{_("claim")} '
           f'<code class="claim-id">{esc(c.id)}</code> <span class="kind">{esc(c.kind.value)}'
           f'</span> <span class="loc">{esc(graph.source.path)}:{node.location.line}</span></h3>\n',
           f'<blockquote class="quote">{esc(c.quote)}</blockquote>\n<dl>\n',
           f"<dt>{_('value')}</dt><dd>{esc(c.value)}</dd>\n"]
    if c.measures:
        out.append(f"<dt>{_('measures')}</dt><dd>{esc(c.measures)}</dd>\n")
    if c.period:
        out.append(f"<dt>{_('period')}</dt><dd>{esc(c.period)}</dd>\n")
    related = _related(lay, node)
    if related:
        links = " ".join(
            f'<span class="rel">{esc(name)} → {_claim_link(lay, cid)}</span>' if forward else
            f'<span class="rel">{_claim_link(lay, cid)} → {esc(name)}</span>'
            for name, cid, forward in related)
        out.append(f"<dt>{_('related')}</dt><dd>{links}</dd>\n")
    out.append("</dl>\n")
    mine = [o for o in h.outcomes if o.claim_ids and o.claim_ids[0] == node.id]
    elsewhere = lay.used_elsewhere(node.id)
    if mine:
        out.append('<ul class="checks">\n')
        out.extend(_check_item(lay, o) for o in mine)
        out.append("</ul>\n")
    if elsewhere:
        out.append(f'<p class="also">{_("Also used by:")}</p>\n<ul class="checks also">\n')
        out.extend(_check_item(lay, o) for o in elsewhere)
        out.append("</ul>\n")
    out.append("</section>\n")
    return "".join(out)


def _related(lay: Layout, node: Node) -> list[tuple[str, str, bool]]:
    """(relation, claim id, forward) both ways: what this claim names, and who names it."""
    out = [(name.replace("_", "-"), target, True) for name, target in node.claim.references()]
    for name, other_id in lay.named_by(node.id):
        out.append((name.replace("_", "-"), other_id, False))
    return list(dict.fromkeys(out))


def _check_item(lay: Layout, o: Outcome) -> str:
    from factcheck.checks.registry import RULES

    s = outcome_state(o)
    rule = RULES.get(o.code)
    name = f" {esc(rule.name)}" if rule else ""
    out = [f'<li class="check s-{s}" data-code="{esc(o.code)}" data-state="{s}">'
           f'<span class="icon" aria-hidden="true">{ICONS[s]}</span> '
           f'<span class="word">{esc(_(LABELS[s]))}</span> <code>{esc(o.code)}</code>{name}']
    if len(o.claim_ids) > 1:
        out.append(' <span class="with">' + _("with") + " " +
                   ", ".join(_claim_link(lay, cid) for cid in o.claim_ids[1:]) + "</span>")
    if o.arithmetic:
        out.append(f'<pre class="arith">{esc(_(o.arithmetic))}</pre>')
    if o.numbers:
        out.append('<table class="numbers"><tbody>')
        out.extend(_number_row(n) for n in o.numbers)
        out.append("</tbody></table>")
    out.append(f'<p class="message">{esc(_(o.message))}</p>')
    if o.discrepancy:
        out.append(f'<p class="gap">{esc(_("gap: {gap}").format(gap=_(o.discrepancy)))}</p>')
    if o.waiver_reason:
        out.append(f'<p class="reason">{esc(_("waived: {reason}").format(reason=o.waiver_reason))}</p>')
    out.append("</li>\n")
    return "".join(out)


def _number_row(n: Number) -> str:
    iv = f"<td>{esc(number_interval(n))}</td>" if n.interval is not None else "<td></td>"
    return f"<tr><th>{esc(_(n.name))}</th><td>{esc(n.display)}</td>{iv}</tr>"


def number_interval(n: Number) -> str:
    """A number's interval as the text report writes it (5053.985–5054.015亿元), in the
    scale and unit of its display; the exact brackets when the display is no figure."""
    assert n.interval is not None
    from factcheck.numbers.display import style_of
    from factcheck.numbers.grammar import NumberError, read_figure

    shown = n.display.strip().lstrip("=≈").strip()
    if "–" in shown or shown[:1] in "<>≤≥":  # the display is already the interval
        return shown
    try:
        reading = read_figure(shown)
    except (NumberError, ValueError, ArithmeticError):
        return interval_text(n.interval)
    return style_of(reading).interval(n.interval)


def interval_text(iv: Interval) -> str:
    """An exact interval in brackets: '[34.45, 34.55]', '(690, 700)', '[80000, ∞)'."""
    lo = "−∞" if iv.lo is None else decimal_text(iv.lo)
    hi = "∞" if iv.hi is None else decimal_text(iv.hi)
    left = "[" if iv.lo_closed and iv.lo is not None else "("
    right = "]" if iv.hi_closed and iv.hi is not None else ")"
    return f"{left}{lo}, {hi}{right}"


def decimal_text(x: Fraction) -> str:
    """Exact when the decimal is short; otherwise six places, marked approximate."""
    for places in range(7):
        if (x * 10 ** places).denominator == 1:
            return format_number(x, places)
    return "≈" + format_number(x, 6)


def counts_by_state(layouts: Iterable[Layout]) -> dict[State, int]:
    total = dict.fromkeys(STATE_ORDER, 0)
    for lay in layouts:
        for s, n in lay.state_counts().items():
            total[s] += n
    return total
