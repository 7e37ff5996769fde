"""Renderers: one module per output format, all fed the same RunResult.

Renderers never read files; they turn findings into text. ``render`` dispatches on the
``Format`` enum through ``RENDERERS``, one line per format; a test fails when a format
has none. A new format is one module and one line there.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from factcheck.report.findings import Severity

if TYPE_CHECKING:
    from factcheck.report.result import RunResult


class Format(StrEnum):
    AUTO = "auto"
    RICH = "rich"
    TEXT = "text"
    CONCISE = "concise"
    JSON = "json"
    SARIF = "sarif"
    JUNIT = "junit"
    GITHUB = "github"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True)
class RenderOptions:
    fail_on: Severity = Severity.ERROR
    show_all: bool = False
    # the terminal report in full (worked relations by paragraph), without every plain pass
    verbose: bool = False
    width: int | None = None
    # the time of the run, stamped by formats that show it (HTML); chosen by the caller
    # (the command line: SOURCE_DATE_EPOCH, else the clock), never read by a renderer
    run_time: dt.datetime | None = None


class Renderer(Protocol):
    """What every output format provides: the whole report as text, from outcomes alone."""

    def __call__(self, result: RunResult, options: RenderOptions, /) -> str: ...


# One line per format: the module and function that render it, imported only when used
# (start-up time). tests/test_render_registry.py fails when a format has no line here.
RENDERERS: dict[Format, str] = {
    Format.RICH: "factcheck.render.terminal:render_rich",
    Format.TEXT: "factcheck.render.terminal:render_text",
    Format.CONCISE: "factcheck.render.concise:render",
    Format.JSON: "factcheck.render.json_report:render",
    Format.SARIF: "factcheck.render.sarif:render",
    Format.JUNIT: "factcheck.render.junit:render",
    Format.GITHUB: "factcheck.render.github:render",
    Format.MARKDOWN: "factcheck.render.markdown:render",
    Format.HTML: "factcheck.render.html:render",
}
# chosen among the others by the caller, never rendered itself
RESOLVED_BY_CALLER = frozenset({Format.AUTO})


def renderer(fmt: Format) -> Renderer:
    """The renderer registered for ``fmt``; a format without one is an error, never 0 bytes."""
    if fmt in RESOLVED_BY_CALLER:
        raise ValueError(f"resolve Format.{fmt.name} before rendering")
    try:
        target = RENDERERS[fmt]
    except KeyError:
        raise LookupError(f"no renderer registered for format {fmt.value!r}") from None
    module, _, name = target.partition(":")
    function: Renderer = getattr(importlib.import_module(module), name)
    return function


def render(fmt: Format, result: RunResult, options: RenderOptions) -> str:
    """The report in ``fmt`` (AUTO must be resolved by the caller)."""
    return renderer(fmt)(result, options)
