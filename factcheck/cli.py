"""The command line. Heavy modules are imported inside commands, so --help is instant."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from factcheck import __version__
from factcheck.render import Format

app = typer.Typer(
    name="factcheck",
    help="Check the numbers in news articles against their claims files.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class FailOn(StrEnum):
    ERROR = "error"
    WARNING = "warning"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool | None, typer.Option("--version", callback=_version, is_eager=True,
                                                 help="Show the version and exit.")] = None,
) -> None:
    """Check the numbers in news articles against their claims files."""


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, no traceback."""
    typer.echo(message, err=True)
    raise typer.Exit(code)


def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(p for p in v.split(",") if p.strip())
    return out


def resolve_format(fmt: Format, *, to_file: bool) -> Format:
    """``auto``: rich on a terminal, plain text when piped or written to a file."""
    if fmt is Format.RICH and os.environ.get("NO_COLOR"):
        return Format.TEXT
    if fmt is not Format.AUTO:
        return fmt
    if os.environ.get("NO_COLOR"):
        return Format.TEXT
    if os.environ.get("FORCE_COLOR"):
        return Format.RICH
    return Format.RICH if not to_file and sys.stdout.isatty() else Format.TEXT


@app.command(rich_help_panel="Checking")
def run(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Claims files or directories of them. Default: claims/.", show_default=False)] = None,
    article: Annotated[Path | None, typer.Option(
        "--article", help="Check against this copy of the article (a draft being edited).",
        rich_help_panel="Input")] = None,
    output_format: Annotated[Format, typer.Option(
        "--format", "--output-format", "-f", help="Report format.",
        rich_help_panel="Output")] = Format.AUTO,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file (atomically).",
        rich_help_panel="Output")] = None,
    show_all: Annotated[bool, typer.Option(
        "--show-all", help="Also list passing fidelity checks.", rich_help_panel="Output")] = False,
    select: Annotated[list[str] | None, typer.Option(
        "--select", help="Check codes or prefixes to run (FC2 = all growth checks).",
        rich_help_panel="Rules")] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", help="Check codes or prefixes to skip.", rich_help_panel="Rules")] = None,
    fail_on: Annotated[FailOn, typer.Option(
        "--fail-on", help="Lowest severity that makes the exit code 1.",
        rich_help_panel="Rules")] = FailOn.ERROR,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even when checks fail (input errors still exit 2).",
        rich_help_panel="Rules")] = False,
) -> None:
    """Check claims files against their articles and report every verdict."""
    from factcheck.checks.registry import select_rules
    from factcheck.findings import Severity
    from factcheck.render import RenderOptions, render
    from factcheck.runner import run_paths

    if article is not None and paths and len(paths) > 1:
        fail("factcheck: --article takes exactly one claims file")
    try:
        rules = select_rules(_split(select), _split(ignore))
    except ValueError as exc:
        fail(f"factcheck: {exc}")
    targets = list(paths) if paths else [Path("claims")]
    result = run_paths(targets, rules, article=article)
    severity = Severity.ERROR if fail_on is FailOn.ERROR else Severity.WARNING
    fmt = resolve_format(output_format, to_file=output is not None)
    text = render(fmt, result, RenderOptions(fail_on=severity, show_all=show_all))
    if not result.reports and fmt in (Format.RICH, Format.TEXT):
        text = ""  # nothing was checked: the error lines on stderr say it all
    if output is not None:
        from factcheck.atomic import atomic_write

        try:
            atomic_write(output, text)
        except OSError as exc:
            fail(f"{output}:1:1: cannot write report ({exc.strerror})")
    else:
        sys.stdout.write(text)
    for error in result.errors:
        typer.echo(str(error), err=True)
    code = result.exit_code(severity)
    if exit_zero and code == 1:
        code = 0
    raise typer.Exit(code)


@app.command(rich_help_panel="Reference")
def schema() -> None:
    """Print the JSON Schema of the claims file."""
    import json

    from factcheck.model import ClaimsFile

    typer.echo(json.dumps(ClaimsFile.model_json_schema(by_alias=True), ensure_ascii=False,
                          indent=2, sort_keys=True))


@app.command(rich_help_panel="Reference")
def rules() -> None:
    """List every check: code, name, severity and summary."""
    from factcheck.checks.registry import all_rules

    for rule in all_rules():
        typer.echo(f"{rule.code}  {rule.name:<28} {rule.severity.value:<8} {rule.summary}")


@app.command(rich_help_panel="Reference")
def rule(code: Annotated[str, typer.Argument(help="A check code, e.g. FC201.")]) -> None:
    """Print the documentation of one check."""
    from factcheck.checks.registry import all_rules

    for r in all_rules():
        if r.code == code.upper() or r.name == code:
            typer.echo(f"{r.code} {r.name} ({r.severity.value})\n\n{r.summary}\n\n{r.doc}")
            return
    fail(f"factcheck: unknown check {code!r}; see 'factcheck rules'")


def main() -> None:
    app()
