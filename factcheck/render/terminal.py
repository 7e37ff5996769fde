"""The report a journalist reads: rich on a terminal, the same content as plain text."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from factcheck.core.collector import collector_paused
from factcheck.core.errors import Location, visible
from factcheck.core.i18n import N_, Message, _, plural
from factcheck.report.culprit import Localisation
from factcheck.report.engine import FileReport
from factcheck.report.findings import Category, Outcome, Severity, Verdict, category, category_counts
from factcheck.report.result import NOTHING_CHECKED, RenderedFile, RunResult, checked_nothing, dropped_notes

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.text import Text

    from factcheck.render import RenderOptions

MARKS = {
    Verdict.PASS: ("✓", "green"),
    Verdict.ROUNDING: ("≈", "cyan"),
    Verdict.FAIL: ("✗", "bold red"),
    Verdict.WAIVED: ("–", "dim"),
}
WARN = ("!", "yellow")
UNDETERMINED = ("?", "bold magenta")


SYMBOLS = {
    Category.PASS: MARKS[Verdict.PASS],
    Category.ROUNDING: MARKS[Verdict.ROUNDING],
    Category.WARNING: WARN,
    Category.FAIL: MARKS[Verdict.FAIL],
    Category.UNDETERMINED: UNDETERMINED,
    Category.WAIVED: MARKS[Verdict.WAIVED],
}
WORDS = {
    Category.PASS: N_("pass"),
    Category.ROUNDING: N_("within rounding"),
    Category.WARNING: N_("warning"),
    Category.FAIL: N_("fail"),
    Category.UNDETERMINED: N_("undetermined"),
    Category.WAIVED: N_("waived"),
}
N_("note")  # a failed check of note severity is named by it


def mark(outcome: Outcome) -> tuple[str, str, str]:
    """Symbol, style and word for an outcome, by its category; a failed check below error
    severity is a warning and is named by its severity (warning, note)."""
    cat = category(outcome)
    sym, style = SYMBOLS[cat]
    word = outcome.severity.value if cat is Category.WARNING else WORDS[cat]
    return sym, style, word


def shown(outcome: Outcome, show_all: bool) -> bool:
    """Problems and worked arithmetic are shown; plain passes (a quote found, a share
    within 0–100%) only on request."""
    if show_all or outcome.verdict is not Verdict.PASS:
        return True
    return outcome.arithmetic is not None


def counts(reports: Iterable[FileReport | RenderedFile]) -> dict[str, int]:
    c = dict.fromkeys(Category, 0)
    for report in reports:
        for cat, n in category_counts(report.outcomes).items():
            c[cat] += n
    return {WORDS[cat]: n for cat, n in c.items()}


def make_console(stream: IO[str], *, color: bool, width: int | None = None) -> Console:
    from rich.console import Console

    if color:
        # the report is written into a buffer, which rich would take for a file without
        # colour; the caller decided it goes to a terminal (or FORCE_COLOR asked)
        return Console(file=stream, width=width, force_terminal=True, color_system="auto",
                       highlight=False, soft_wrap=False, emoji=False)
    return Console(file=stream, width=width or BOX_WIDTH, color_system=None,
                   force_terminal=False, highlight=False, no_color=True, emoji=False)


# Boxes and rules of plain text that goes to a file or a pipe are this wide; its lines are
# never wrapped (a message stays on one line for grep).
BOX_WIDTH = 100
UNWRAPPED = 1 << 30


def render_rich(result: RunResult, options: RenderOptions) -> str:
    """The report with colour (the ``rich`` format)."""
    return _to_string(result, options, color=True)


def render_text(result: RunResult, options: RenderOptions) -> str:
    """The report without colour (the ``text`` format)."""
    return _to_string(result, options, color=False)


def _to_string(result: RunResult, options: RenderOptions, *, color: bool) -> str:
    buffer = io.StringIO()
    render(result, buffer, color=color, show_all=options.show_all, fail_on=options.fail_on,
           width=options.width, verbose=options.verbose)
    return buffer.getvalue()


def render(result: RunResult, stream: IO[str], *, color: bool, show_all: bool = False,
           fail_on: Severity = Severity.ERROR, width: int | None = None,
           verbose: bool = False) -> None:
    with collector_paused():  # the reports are a big heap the collector would walk again
        _render(result, stream, color=color, show_all=show_all, fail_on=fail_on, width=width,
                verbose=verbose)


def _render(result: RunResult, stream: IO[str], *, color: bool, show_all: bool,
            fail_on: Severity, width: int | None, verbose: bool) -> None:
    out = _Writer(stream, color=color, width=width)
    for done in result.rendered:  # sections already written by the batch's workers
        stream.write(done.text)
    for report in result.reports:
        for part in file_report(report, show_all, verbose=verbose):
            out.emit(part)
    for error in result.errors:
        out.emit(_Error(str(error)))
    out.emit(_footer(result, fail_on))


class _Writer:
    """Writes parts of the report to a stream.

    Plain text skips rich's layout (and, when no part needs it, rich's console and its
    import) for every part that needs none: a line that fits the width and holds nothing
    rich would strip. What it writes is what rich would write. A console that is not
    UTF-8 swaps the box characters for ASCII (rich does that), so it always goes through
    rich; rich reads the encoding of the stream the same way.
    Text wraps only at a known width (a terminal); piped or to a file it does not.
    """

    def __init__(self, stream: IO[str], *, color: bool, width: int | None) -> None:
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
        self.stream = stream
        self.color = color
        self.width = width
        self.plain = None if color or not encoding.startswith("utf") else width or BOX_WIDTH
        self.wrap = color or width is not None
        self.console: Console | None = None

    def emit(self, part: _Plain) -> None:
        if isinstance(part, _Table) and not self.wrap:
            # to a file or a pipe a table's cells would wrap: one line per implied value
            for line in part.one_line():
                self.emit(line)
            return
        if self.plain is not None:
            fast = part.fitted(self.plain if part.boxed or self.wrap else UNWRAPPED)
            if fast is not None:
                self.stream.write(fast)
                return
        if self.console is None:
            self.console = make_console(self.stream, color=self.color, width=self.width)
        self.console.print(part.rich(), soft_wrap=not self.wrap and not part.boxed)


_SECTIONS: dict[tuple[bool, int | None], tuple[io.StringIO, _Writer]] = {}


def file_section(report: FileReport, *, color: bool, show_all: bool = False,
                 width: int | None = None, verbose: bool = False) -> str:
    """One claims file's part of the report, exactly as ``render`` writes it: what a
    batch's workers send back instead of the report itself."""
    key = (color, width)
    if key not in _SECTIONS:  # one buffer and console per process and layout
        buffer = io.StringIO()
        _SECTIONS[key] = (buffer, _Writer(buffer, color=color, width=width))
    buffer, out = _SECTIONS[key]
    buffer.seek(0)
    buffer.truncate()
    with collector_paused():
        for part in file_report(report, show_all, verbose=verbose):
            out.emit(part)
    return buffer.getvalue()


Spans = list[tuple[str, str]]  # (text, style) pieces of one renderable


def _shown(spans: Spans) -> Spans:
    """Spans with control and invisible format characters (bidirectional controls,
    zero-width characters) written out; line breaks are the report's layout and stay."""
    return [(visible(text, lines=True), style) for text, style in spans]


class _Plain:
    """A part of the report that is plain styled text, laid out by rich only when needed."""

    __slots__ = ()
    boxed = False  # drawn to the width (a box, a rule, a table), even when text is not wrapped

    def fitted(self, width: int) -> str | None:
        """The exact text rich would print when it is sure to need no wrapping, else None."""
        raise NotImplementedError

    def rich(self) -> RenderableType:
        raise NotImplementedError


class _Lines(_Plain):
    """Styled text that rich prints line for line when no line is wider than the console."""

    __slots__ = ("spans",)

    def __init__(self, spans: Spans) -> None:
        self.spans = _shown(spans)

    def fitted(self, width: int) -> str | None:
        text = "".join(t for t, _ in self.spans)
        for line in text.split("\n"):
            if not _fits(line, width):
                return None
        return text + "\n"

    def rich(self) -> RenderableType:
        from rich.text import Text

        return Text.assemble(*self.spans)


class _Cropped(_Plain):
    """One line that stays one line: cut with an ellipsis at a terminal's width, whole
    in a file or a pipe (never wrapped)."""

    __slots__ = ("spans",)

    def __init__(self, spans: Spans) -> None:
        self.spans = [(visible(text), style) for text, style in spans]

    def fitted(self, width: int) -> str | None:
        text = "".join(t for t, _ in self.spans)
        return text + "\n" if _fits(text, width) else None

    def rich(self) -> RenderableType:
        from rich.text import Text

        return _CroppedText(Text.assemble(*self.spans))


class _CroppedText:
    """The rich side of ``_Cropped``: cut to the console's width, unless it does not wrap."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        text = self.text.copy()
        if not options.no_wrap:
            text.truncate(options.max_width, overflow="ellipsis")
        yield text


class _Hanging(_Plain):
    """Lines of styled text under a hanging indent: the first line after ``first``, every
    other line, and every continuation of a wrapped one, after ``rest``; wrapped at spaces,
    so a word is split only when it is wider than the room."""

    __slots__ = ("first", "rest", "spans")

    def __init__(self, spans: Spans, first: str = " ", rest: str = "     ") -> None:
        self.spans = _shown(spans)
        self.first = first
        self.rest = rest

    def fitted(self, width: int) -> str | None:
        room = width - max(len(self.first), len(self.rest))
        if room < 8:  # rich would keep 8 cells and crop; leave that to rich
            return None
        out = []
        for line in "".join(t for t, _style in self.spans).split("\n"):
            # rich trims trailing spaces of a line longer than the room in code points
            # (combining marks count), even when its cells fit
            if _fits(line, room) and (len(line) <= room or not line[-1:].isspace()):
                out.append(line)
            elif line.isprintable():
                out += _wrapped(line, room)
            else:
                return None
        indented = [self.first + out[0], *(self.rest + line for line in out[1:])]
        return "\n".join(indented) + "\n"

    def rich(self) -> RenderableType:
        return _HangingText(self.spans, self.first, self.rest)


def _wrapped(line: str, room: int) -> list[str]:
    """A printable line wrapped as rich's ``Text.wrap(overflow="fold")`` wraps it: broken
    where rich's own ``divide_line`` breaks it, each piece's trailing spaces beyond the room
    trimmed (by code points, as rich does) and the piece cut to the room's cells."""
    from itertools import pairwise

    from rich._wrap import divide_line
    from rich.cells import cell_len, set_cell_size

    cuts = [0, *divide_line(line, room, fold=True), len(line)]
    pieces = []
    for start, end in pairwise(cuts):
        piece = line[start:end]
        if len(piece) > room:
            spaces = len(piece) - len(piece.rstrip())
            piece = piece[:len(piece) - min(spaces, len(piece) - room)]
        if cell_len(piece) > room:
            piece = set_cell_size(piece, room)
        pieces.append(piece)
    return pieces


class _HangingText:
    """The rich side of ``_Hanging``: wraps at the room left by the wider indent."""

    def __init__(self, spans: Spans, first: str, rest: str) -> None:
        self.spans, self.first, self.rest = spans, first, rest

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment
        from rich.text import Text

        text = Text.assemble(*self.spans)
        if options.no_wrap:
            lines = text.split("\n")
        else:
            room = max(8, options.max_width - max(len(self.first), len(self.rest)))
            lines = text.wrap(console, room, overflow="fold")
        for i, line in enumerate(lines):
            yield Segment(self.first if i == 0 else self.rest)
            yield from line.render(console)
            yield Segment.line()


class _Error(_Plain):
    """An input error: the message after a red "error", read as rich markup."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = visible(message, lines=True)

    def fitted(self, width: int) -> str | None:
        line = f"error {self.message}"
        # "[" may open a markup tag
        if "[" in self.message or "\n" in line or not _fits(line, width):
            return None
        return line + "\n"

    def rich(self) -> RenderableType:
        return f"[bold red]error[/] {self.message}"  # the console reads it as markup


class _Panel(_Plain):
    """Styled text in a rounded box as wide as the console, under a left-aligned title."""

    __slots__ = ("spans", "title")
    boxed = True

    def __init__(self, spans: Spans, title: str) -> None:
        self.spans = _shown(spans)
        self.title = visible(title, lines=True)

    def fitted(self, width: int) -> str | None:
        inner = width - 4  # two borders, one space of padding each side
        title = f" {self.title} "
        if "[" in self.title or not _fits(title, inner):
            return None
        lines = "".join(t for t, _ in self.spans).split("\n")
        out = [f"╭─{title}{_RULE_CHAR * (inner - _cells(title))}─╮"]
        for line in lines:
            if not _fits(line, inner):
                return None
            out.append(f"│ {line}{' ' * (inner - _cells(line))} │")
        out.append(f"╰{_RULE_CHAR * (width - 2)}╯")
        return "\n".join(out) + "\n"

    def rich(self) -> RenderableType:
        from rich.panel import Panel
        from rich.text import Text

        return Panel(Text.assemble(*self.spans), title=self.title, title_align="left")


class _Rule(_Plain):
    """A left-aligned rule under a bold title."""

    __slots__ = ("title",)
    boxed = True

    def __init__(self, title: str) -> None:
        self.title = visible(title, lines=True)

    def fitted(self, width: int) -> str | None:
        # rich keeps two cells for the gap and at least one rule character
        if "\n" in self.title or not _fits(self.title, width - 2):
            return None
        rest = width - _cells(self.title) - 1
        return f"{self.title} {_RULE_CHAR * rest}\n"

    def rich(self) -> RenderableType:
        from rich.rule import Rule
        from rich.text import Text

        return Rule(Text(self.title, style="bold"), align="left")


_RULE_CHAR = "─"


class _Heading(_Plain):
    """A title that must be read whole: a rule where it fits, else wrapped text (a rule
    would cut it at the console's width)."""

    __slots__ = ("title",)
    boxed = True

    def __init__(self, title: str) -> None:
        self.title = visible(title, lines=True)

    def fitted(self, width: int) -> str | None:
        rule = _Rule(self.title).fitted(width)
        if rule is not None:
            return rule
        return _Hanging([(self.title, "bold")], first="", rest="  ").fitted(width)

    def rich(self) -> RenderableType:
        return _HeadingText(self.title)


class _HeadingText:
    def __init__(self, title: str) -> None:
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if _fits(self.title, options.max_width - 2):
            yield _Rule(self.title).rich()
        else:
            yield _Hanging([(self.title, "bold")], first="", rest="  ").rich()


class _Table(_Plain):
    """The implied values: a four-column table, drawn directly when every cell fits on one
    line (rich's layout then gives each column its widest cell plus one space each side)."""

    __slots__ = ("header", "rows", "title")
    boxed = True
    TITLE = N_("Implied values (not printed, but implied by the figures)")
    HEADER = (N_("claims"), N_("what"), N_("implied"), N_("interval"))
    RIGHT = (False, False, True, True)

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        self.rows = [(visible(a), visible(b), visible(c), visible(d)) for a, b, c, d in rows]
        self.title = _(self.TITLE)
        h = self.HEADER
        self.header = (_(h[0]), _(h[1]), _(h[2]), _(h[3]))

    def _total(self) -> int:
        """The table's width as rich lays it out: each column its widest cell plus one
        space each side, and the borders."""
        widths = [max(_cells(c) for c in col) + 2
                  for col in zip(self.header, *self.rows, strict=True)]
        return sum(widths) + len(widths) + 1

    def one_line(self) -> list[_Plain]:
        """The title, then each implied value on one line, as the compact report lists them."""
        out: list[_Plain] = [_Hanging([(self.title, "bold")], first="", rest="")]
        out += [implied_line(ids, what, implied, interval)
                for ids, what, implied, interval in self.rows]
        return out

    def _compact(self) -> list[_Hanging]:
        """The rows as a list, for a terminal too narrow for the table."""
        out = [_Hanging([(self.title, "bold")], first="", rest="")]
        for ids, what, implied, interval in self.rows:
            out.append(_Hanging([(ids, "dim"), (f"\n{what} {implied}  ({interval})", "")],
                                first="  ", rest="    "))
        return out

    def fitted(self, width: int) -> str | None:
        cell_len = _cells
        cells = [self.header, *self.rows]
        for row in self.rows:
            for cell in row:
                # rich reads table cells as markup; "[" may open a tag
                if "[" in cell or not cell.isprintable():
                    return None
        sizes = [[cell_len(c) for c in row] for row in cells]
        widths = [max(col) + 2 for col in zip(*sizes, strict=True)]
        total = sum(widths) + len(widths) + 1
        if total > width:
            compact = [part.fitted(width) for part in self._compact()]
            return None if None in compact else "".join(p for p in compact if p is not None)
        if cell_len(self.title) > total:
            return None

        def rule(left: str, fill: str, cross: str, right: str) -> str:
            return left + cross.join(fill * w for w in widths) + right

        def line(row: tuple[str, ...], size: list[int], edge: str) -> str:
            out = []
            for cell, n, w, right in zip(row, size, widths, self.RIGHT, strict=True):
                pad = " " * (w - 2 - n)
                out.append(f" {pad}{cell} " if right else f" {cell}{pad} ")
            return edge + edge.join(out) + edge

        lines = [self.title + " " * (total - cell_len(self.title)),
                 rule("┏", "━", "┳", "┓"), line(self.header, sizes[0], "┃"),
                 rule("┡", "━", "╇", "┩")]
        lines += [line(row, size, "│") for row, size in zip(self.rows, sizes[1:], strict=True)]
        lines.append(rule("└", "─", "┴", "┘"))
        return "\n".join(lines) + "\n"

    def rich(self) -> RenderableType:
        return _TableOrList(self)

    def table(self) -> RenderableType:
        from rich.table import Table

        table = Table(title=self.title, title_justify="left", show_lines=False, expand=False)
        table.add_column(self.header[0], overflow="fold")
        table.add_column(self.header[1], overflow="fold")
        table.add_column(self.header[2], justify="right", no_wrap=True)
        table.add_column(self.header[3], justify="right", no_wrap=True)
        for row in self.rows:
            table.add_row(*row)
        return table


class _TableOrList:
    """The implied values as a table where it fits, else as a list (no id split mid-word)."""

    def __init__(self, table: _Table) -> None:
        self.table = table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.table._total() <= options.max_width:
            yield self.table.table()
        else:
            for part in self.table._compact():
                yield part.rich()


def _fits(line: str, width: int) -> bool:
    """True when rich prints ``line`` unchanged at ``width``: printable (rich strips control
    characters and expands tabs) and no wider than the console."""
    return line.isprintable() and (len(line) * 2 <= width or _cells(line) <= width)


def _cells(text: str) -> int:
    """The width of ``text`` in terminal cells, as rich counts it."""
    if text.isascii() and text.isprintable():  # one cell each: skip rich's width table
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def file_report(report: FileReport, show_all: bool, *, verbose: bool = False) -> list[_Plain]:
    """One claims file's report. By default it is compact: a passing file prints its header,
    its warnings and its implied values (one line each); a failing one leads with its
    likely culprit and gives each failure its arithmetic, positions and message. With
    ``verbose`` the failures, worked relations and implied values are listed in full, by
    paragraph; with ``show_all`` every check, plain passes too."""
    graph = report.graph
    c = counts([report])
    head: Spans = []
    if graph.source.discovered:
        head.append((f"{graph.source.article.path}", "bold"))
        head.append(("  " + _("(no claims file: relations discovered in the text)") + "\n", ""))
        head.append((plural(len(report.outcomes),
                            "{figures} figures in discovered relations · {checks} check",
                            "{figures} figures in discovered relations · {checks} checks").format(
            figures=len(graph.nodes), checks=len(report.outcomes)) + "\n", ""))
    else:
        head.append((f"{report.path}", "bold"))
        head.append((f"  →  {graph.source.article.path}\n", ""))
        head.append((_("published {date} · {claims} claims · {waivers} waivers · {checks} checks")
                     .format(date=graph.source.claims.published, claims=len(graph.nodes),
                             waivers=len(graph.waivers), checks=len(report.outcomes)) + "\n", ""))
    for (word, n), (cat, (sym, style)) in zip(c.items(), SYMBOLS.items(), strict=True):
        if cat is Category.UNDETERMINED and not n:
            continue  # rare: named only when a check could not be evaluated
        head.append((f"{sym} {n} {_(word)}", style if n else "dim"))
        head.append(("   ", ""))
    if checked_nothing(report):
        head.append((f"\n{_(NOTHING_CHECKED)}", "bold yellow"))
    parts: list[_Plain] = [_Panel(head, "factcheck")]
    for note in dropped_notes(report):
        parts.append(_Hanging([(_(Message(N_("note: {note}"), note=note)), "dim")]))
    if not show_all and not verbose:
        return parts + _compact(report)

    failing = [o for o in report.outcomes if o.verdict is Verdict.FAIL]
    others = [o for o in report.outcomes if o.verdict is not Verdict.FAIL and shown(o, show_all)]
    if failing:
        parts.append(_Hanging([(_failing_heading(failing), "bold red" if _errors(failing)
                                else "bold yellow")], first="", rest=""))
        loc = report.localisation
        explained: list[Outcome] = []
        if loc is not None:
            parts.append(_Hanging([(_(culprit_line(loc)), "bold")], first="  ", rest="    "))
            keys = set(loc.failing)
            if loc.culprits:
                explained = [o for o in failing if (o.code, o.claim_ids, o.subject) in keys]
            if explained:
                parts.append(_Heading(_suspect_title(report, loc)))
                parts.extend(_outcome(report, o) for o in explained)
        parts.extend(_by_paragraph(report, [o for o in failing if o not in explained]))
    if others:
        if failing:
            parts.append(_Hanging([(_("Worked relations and other checks"), "bold")],
                                  first="", rest=""))
        parts.extend(_by_paragraph(report, others))
    if report.implied:
        parts.append(_Table([(", ".join(imp.claim_ids), _(imp.description), imp.display,
                              imp.interval_display) for imp in report.implied]))
    return parts


def _errors(failing: list[Outcome]) -> int:
    """Failures at error level and checks that could not be evaluated: what the compact
    report lists."""
    return sum(1 for o in failing if category(o) in (Category.FAIL, Category.UNDETERMINED))


def _failing_heading(failing: list[Outcome]) -> str:
    undetermined = sum(1 for o in failing if category(o) is Category.UNDETERMINED)
    errors = _errors(failing) - undetermined
    warnings = len(failing) - errors - undetermined
    heading = plural(errors, "{n} failing check", "{n} failing checks").format(n=errors)
    if undetermined:
        heading += _(", ") + plural(undetermined, "{n} undetermined",
                                    "{n} undetermined").format(n=undetermined)
    if warnings:
        heading += _(", ") + plural(warnings, "{n} warning", "{n} warnings").format(n=warnings)
    return heading


def _compact(report: FileReport) -> list[_Plain]:
    """The default report after the header: a failing file's culprit and failures (its
    warnings counted, listed with --show-all), else the warnings and implied values."""
    failing = [o for o in report.outcomes if o.verdict is Verdict.FAIL]
    errors = [o for o in failing if category(o) in (Category.FAIL, Category.UNDETERMINED)]
    parts: list[_Plain] = []
    if errors:
        heading = _failing_heading(failing)
        if len(failing) > len(errors):
            heading += _(" (--show-all lists them)")
        parts.append(_Hanging([(heading, "bold red")], first="", rest=""))
        loc = report.localisation
        if loc is not None:
            parts.append(_Hanging([(compact_culprit(report, loc), "bold")],
                                  first="  ", rest="    "))
        parts.extend(_brief(report, o) for o in errors)
        return parts
    # a pass: what a desk acts on (warnings in full, each waived check on one line);
    # the implied values are counted, -v lists them
    parts.extend(_brief(report, o) for o in failing)
    parts += [_waived_line(o) for o in report.outcomes if o.verdict is Verdict.WAIVED]
    if report.implied:
        n = len(report.implied)
        parts.append(_Cropped([(plural(n, "{n} value implied by the figures, not printed: -v "
                                          "lists it", "{n} values implied by the figures, not "
                                          "printed: -v lists them").format(n=n), "dim")]))
    return parts


def _waived_line(o: Outcome) -> _Cropped:
    """A waived check on one line: mark, code, claims and the waiver's reason."""
    sym, style, word = mark(o)
    spans: Spans = [(f" {sym} ", style), (f"{o.code} ", "bold"), (f"[{_(word)}]", style)]
    if o.claim_ids:
        spans.append(("  " + ", ".join(o.claim_ids), "dim"))
    if o.waiver_reason:
        spans.append(("  " + _("waived: {reason}").format(reason=o.waiver_reason), "dim"))
    return _Cropped(spans)


def implied_line(ids: str, what: str, implied: str, interval: str) -> _Cropped:
    """One implied value on one line: the value and its interval, what it is, the claims."""
    return _Cropped([(f"  {implied} ({interval})  ", "bold"), (what, ""), (f"  · {ids}", "dim")])


def _brief(report: FileReport, o: Outcome) -> _Hanging:
    """An outcome in four lines: mark, code and claims; both positions; arithmetic;
    message (the quote and waiver are in the full report)."""
    spans = _head(report, o)
    if o.arithmetic:
        spans.append((f"\n{_(o.arithmetic)}", ""))
    spans.append((f"\n{_(o.message)}", ""))
    return _Hanging(spans)


def printed_in_article(report: FileReport, cid: str) -> str | None:
    """A claim's figure as the article prints it (1801.93亿元), when it was found."""
    node = report.graph.by_id.get(cid)
    if node is None or node.figure_span is None:
        return None
    start, end = node.figure_span
    text = report.graph.article_text[start:end].strip()
    return text or None


def compact_culprit(report: FileReport, loc: Localisation) -> str:
    """The culprit line of the compact report, short enough for one line at 80 columns:
    the figures as the article prints them, with their claim ids (positions and the
    typos that would fit the other candidates are in the full report)."""
    n = len(loc.failing)
    checks = _("the failing check passes") if n == 1 else \
        _("all {n} failing checks pass").format(n=n)

    def named(cid: str, printed: str) -> str:
        return f"{printed_in_article(report, cid) or printed} ({cid})"

    one = loc.single
    if one is not None:
        name = named(one.claim_ids[0], one.printed[0])
        if one.suggestion is not None:
            return _("likely culprit: {figure}; with {suggestion} {checks}").format(
                figure=name, suggestion=one.suggestion, checks=checks)
        return _("likely culprit: {figure}; with another value {checks}").format(
            figure=name, checks=checks)
    ones = [c for c in loc.culprits if len(c.claim_ids) == 1]
    if ones:
        return _("implicated, any one: {figures}").format(
            figures=", ".join(named(c.claim_ids[0], c.printed[0]) for c in ones))
    return _(loc.sentence())


def culprit_line(loc: Localisation) -> str:
    return _(loc.sentence())


def _suspect_title(report: FileReport, loc: Localisation) -> str:
    """The figures to look at first, with where each is recorded."""
    ids: list[str] = []
    for c in loc.culprits:
        ids.extend(i for i in c.claim_ids if i not in ids)
        if loc.single is not None:
            ids = list(loc.single.claim_ids)
            break
    named = []
    for cid in ids:
        node = report.graph.by_id.get(cid)
        if node is not None:
            where = f", {_where(node.location)}" if len(ids) == 1 else ""
            named.append(f"{printed_in_article(report, cid) or node.claim.value} ({cid}{where})")
    return plural(len(named), "suspect {figures}", "suspects {figures}").format(
        figures=" · ".join(named))


def _where(loc: Location) -> str:
    return f"{loc.path}:{loc.line}:{loc.column}"


def _by_paragraph(report: FileReport, outcomes: list[Outcome]) -> list[_Plain]:
    graph = report.graph
    by_paragraph: dict[int, list[Outcome]] = {}
    for o in outcomes:
        by_paragraph.setdefault(_paragraph(report, o), []).append(o)
    text = graph.article_text
    parts: list[_Plain] = []
    for para in sorted(by_paragraph):
        if para and para <= len(graph.paragraphs):
            s, e = graph.paragraphs[para - 1]
            excerpt = text[s:e].strip()
            excerpt = excerpt[:40] + ("…" if len(excerpt) > 40 else "")
            line = graph.span_at(s, s).line
            title = _("¶{paragraph} · line {line} · {excerpt}").format(
                paragraph=para, line=line, excerpt=excerpt)
        else:
            title = _("claims file")
        parts.append(_Rule(title))
        parts.extend(_outcome(report, o) for o in by_paragraph[para])
    return parts


def _paragraph(report: FileReport, outcome: Outcome) -> int:
    graph = report.graph
    for cid in outcome.claim_ids:
        node = graph.by_id.get(cid)
        if node is not None and node.quote_span is not None:
            return node.quote_span.paragraph
    if outcome.article_offset is not None:
        return graph.span_at(*outcome.article_offset).paragraph
    return 0


def positions(report: FileReport, o: Outcome) -> tuple[Location | None, Location | None]:
    """Where an outcome points: its first claim in the claims file, and the quoted text (or
    the figure it is about) in the article, each as path:line:column."""
    graph = report.graph
    node = report.graph.by_id.get(o.claim_ids[0]) if o.claim_ids else None
    claim = node.location if node is not None else None
    article: Location | None = None
    if node is not None and node.quote_span is not None:
        article = Location(graph.source.article.path, node.quote_span.line,
                           node.quote_span.column)
    elif o.article_offset is not None:
        line, column = graph.lines.position(o.article_offset[0])
        article = Location(graph.source.article.path, line, column)
    if claim is None and o.waiver is not None and o.waiver < len(graph.waivers):
        claim = graph.waivers[o.waiver].location
    return claim, article


def _head(report: FileReport, o: Outcome) -> Spans:
    """The first lines of an outcome: mark, code, name and claims; both positions."""
    from factcheck.checks.registry import RULES

    sym, style, word = mark(o)
    rule = RULES.get(o.code)
    spans: Spans = [(f"{sym} ", style), (f"{o.code} ", "bold"),
                    (f"{rule.name if rule else ''} ", "dim"), (f"[{_(word)}]", style)]
    if o.claim_ids:
        spans.append(("  " + ", ".join(o.claim_ids), "dim"))
    claim, article = positions(report, o)
    # a discovered claim stands where its figure is printed: one position, said once
    where = list(dict.fromkeys(_where(p) for p in (claim, article) if p is not None))
    if where:
        spans.append(("\n" + " · ".join(where), "dim"))
    return spans


def _outcome(report: FileReport, o: Outcome) -> _Hanging:
    spans = _head(report, o)
    node = report.graph.by_id.get(o.claim_ids[0]) if o.claim_ids else None
    if node is not None:
        spans.append((f"\n“{node.claim.quote}”", "italic"))
    if o.arithmetic:
        spans.append((f"\n{_(o.arithmetic)}", ""))
    spans.append((f"\n{_(o.message)}", ""))
    if o.waiver_reason:
        spans.append(("\n" + _("waived: {reason}").format(reason=o.waiver_reason), "dim"))
    return _Hanging(spans)


def _footer(result: RunResult, fail_on: Severity) -> _Lines:
    c = counts([*result.reports, *result.rendered])
    code = result.exit_code(fail_on)
    files = len(result.reports) + len(result.rendered) + len(result.errors)
    articles = sum(1 for r in result.reports if r.graph.source.discovered)
    # a run with no claims file reads articles; a count of nothing is left out, so the
    # line fits 80 columns
    pieces: Spans = [(plural(files, "{n} article", "{n} articles").format(n=files)
                      if articles == files else
                      plural(files, "{n} claims file", "{n} claims files").format(n=files), "")]
    pieces += [(f"{n} {_(w)}", "") for w, n in c.items() if n]
    if result.errors:
        n_errors = len(result.errors)
        pieces.append((plural(n_errors, "{n} input error", "{n} input errors").format(
            n=n_errors), "bold red"))
    verdict = {0: (_("OK"), "bold green"), 1: (_("FAILED"), "bold red"),
               2: (_("ERROR"), "bold red")}[code]
    if result.checked_nothing():
        pieces.append((_(NOTHING_CHECKED), ""))
        verdict = (_("NOTHING CHECKED"), "bold yellow")
    spans: Spans = []
    for i, piece in enumerate(pieces):
        spans += [(" · ", ""), piece] if i else [piece]
    spans += [("  →  ", ""), verdict]
    return _Lines(spans)
