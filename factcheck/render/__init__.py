"""Renderers: one module per output format, all fed the same RunResult.

Renderers never read files; they turn findings into text. ``render`` dispatches on the
``Format`` enum with an exhaustive match, so adding a format without a renderer fails
type checking.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from factcheck.findings import Severity

if TYPE_CHECKING:
    from factcheck.runner import RunResult


class Format(StrEnum):
    AUTO = "auto"
    RICH = "rich"
    TEXT = "text"
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
    width: int | None = None


def render(fmt: Format, result: RunResult, options: RenderOptions) -> str:
    """The report in ``fmt`` (AUTO must be resolved by the caller)."""
    import io

    from factcheck.render import terminal

    buffer = io.StringIO()
    match fmt:
        case Format.RICH:
            terminal.render(result, buffer, color=True, show_all=options.show_all,
                            fail_on=options.fail_on, width=options.width)
        case Format.TEXT:
            terminal.render(result, buffer, color=False, show_all=options.show_all,
                            fail_on=options.fail_on, width=options.width)
        case Format.JSON:
            from factcheck.render import json_report

            buffer.write(json_report.render(result, options))
        case Format.SARIF:
            from factcheck.render import sarif

            buffer.write(sarif.render(result, options))
        case Format.JUNIT:
            from factcheck.render import junit

            buffer.write(junit.render(result, options))
        case Format.GITHUB:
            from factcheck.render import github

            buffer.write(github.render(result, options))
        case Format.MARKDOWN:
            from factcheck.render import markdown

            buffer.write(markdown.render(result, options))
        case Format.HTML:
            from factcheck.render import html

            buffer.write(html.render(result, options))
        case Format.AUTO:
            raise ValueError("resolve Format.AUTO before rendering")
    return buffer.getvalue()
