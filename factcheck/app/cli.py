"""The command line. Heavy modules are imported inside commands, so --help is instant."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from factcheck import __version__
from factcheck.app.lang import usage_group
from factcheck.core.i18n import N_, Message, _, message_of, plural
from factcheck.core.startup import lazy_typer_coercion
from factcheck.render import Format

if TYPE_CHECKING:
    import datetime

    from factcheck.app.cache import Store
    from factcheck.app.review import Io, Review
    from factcheck.report.result import RunResult

lazy_typer_coercion()
app = typer.Typer(
    name="factcheck",
    cls=usage_group(),
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
    ctx: typer.Context,
    version: Annotated[bool | None, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                                 help="Show the version and exit.")] = None,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of messages: en or zh (simplified Chinese). Default: lang in "
        "the configuration, else the locale (LANG). Given anywhere on the command line.",
        show_default=False)] = None,
) -> None:
    """Check the numbers in news articles against their claims files."""
    from factcheck.app.lang import BadLanguage, choose, take_lang, translate_help

    if lang is not None:
        try:
            take_lang(["--lang", lang])
        except BadLanguage as exc:
            fail(exc.shown())
        choose(lang)
    translate_help(ctx.command)


def _flags_without_metavar() -> None:
    """A flag takes no value; typer's help would show it a ``<bool>`` one."""
    from typer.core import TyperOption

    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "_flags_bare", False):
        return

    def display_type_rich(self: TyperOption, ctx: object) -> str | None:
        if getattr(self, "is_flag", False) and not getattr(self, "count", False):
            return None
        return shown(self, ctx)  # type: ignore[no-any-return]

    display_type_rich._flags_bare = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_without_metavar()


def complete_code(incomplete: str) -> list[str]:
    """Shell completion of check codes and names."""
    from factcheck.checks import all_rules

    word = incomplete.lower()
    return [name for r in all_rules() for name in (r.code, r.name)
            if name.lower().startswith(word)]


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, no traceback."""
    typer.echo(message, err=True)
    raise typer.Exit(code)


def write_or_fail(path: Path, text: str, *, announce: bool = False) -> None:
    """Write ``text`` to ``path`` atomically, or fail with the one line that says why."""
    from factcheck.core.atomic import atomic_write

    try:
        atomic_write(path, text)
    except OSError as exc:
        fail(_("{path}:1:1: cannot write ({reason})").format(path=path, reason=_(exc.strerror or "")))
    if announce:
        typer.echo(_("wrote {path}").format(path=path), err=True)


def _split(values: list[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(p for p in v.split(",") if p.strip())
    return out


def resolve_format(fmt: Format, *, to_file: bool) -> Format:
    """``auto``: github in GitHub Actions, rich on a terminal, plain text when piped or
    written to a file."""
    if fmt is Format.RICH and os.environ.get("NO_COLOR"):
        return Format.TEXT
    if fmt is not Format.AUTO:
        return fmt
    if os.environ.get("GITHUB_ACTIONS") == "true" and not to_file:
        return Format.GITHUB
    if os.environ.get("NO_COLOR"):
        return Format.TEXT
    if os.environ.get("FORCE_COLOR"):
        return Format.RICH
    return Format.RICH if not to_file and sys.stdout.isatty() else Format.TEXT


@app.command(rich_help_panel="Checking")
def run(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Claims files or directories of them. Default: the configured claims, else claims/.",
        show_default=False)] = None,
    article: Annotated[Path | None, typer.Option(
        "--article", help="Check against this copy of the article (a draft being edited).",
        rich_help_panel="Input")] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", help="Read settings from this file instead of the nearest factcheck.toml "
        "or pyproject.toml \\[tool.factcheck].", rich_help_panel="Input")] = None,
    output_format: Annotated[Format | None, typer.Option(
        "--format", "-f", metavar="<format>", help="Report format: "
        + ", ".join(f.value for f in Format) + ". Default: the configured format, else auto.",
        show_default=False, rich_help_panel="Output")] = None,
    output_format_alias: Annotated[Format | None, typer.Option(
        "--output-format", hidden=True, help="The same as --format.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write the report to this file (atomically).",
        rich_help_panel="Output")] = None,
    show_all: Annotated[bool, typer.Option(
        "--show-all", help="List every check, plain passes too.",
        rich_help_panel="Output")] = False,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="The report in full: each failure with its quote, worked "
        "relations and implied values by paragraph (the default is compact: a pass in a few "
        "lines, a failure led by its culprit).", rich_help_panel="Output")] = False,
    statistics: Annotated[bool, typer.Option(
        "--statistics", help="Print counts per check code instead of the report.",
        rich_help_panel="Output")] = False,
    select: Annotated[list[str] | None, typer.Option(
        "--select", help="Check codes or prefixes to run (FC2 = all growth checks).",
        autocompletion=complete_code,
        rich_help_panel="Rules")] = None,
    ignore: Annotated[list[str] | None, typer.Option(
        "--ignore", help="Check codes or prefixes to skip.", rich_help_panel="Rules",
        autocompletion=complete_code)] = None,
    fail_on: Annotated[FailOn | None, typer.Option(
        "--fail-on", help="Lowest severity that makes the exit code 1. Default: error.",
        show_default=False, rich_help_panel="Rules")] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even when checks fail (input errors still exit 2).",
        rich_help_panel="Rules")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, help="Worker processes for many files. Default: one per core.",
        show_default=False, rich_help_panel="Input")] = None,
    auto: Annotated[bool, typer.Option(
        "--auto", help="The paths are articles: discover their relations and check those, "
        "with no claims file.", rich_help_panel="Input")] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Check every file again; neither read nor write .factcheck_cache/.",
        rich_help_panel="Input")] = False,
    watch: Annotated[bool, typer.Option(
        "--watch", help="Run again on each save of an article, claims file or the config "
        "(Ctrl-C stops).", rich_help_panel="Input")] = False,
    root: Annotated[Path | None, typer.Option(
        "--root", help="Project root: paths named in claims files and the configuration must "
        "stay inside it. Default: the configuration file's directory, else the repository "
        "root, else the working directory.", show_default=False,
        rich_help_panel="Input")] = None,
) -> None:
    """Check claims files against their articles and report every verdict."""
    output_format = output_format or output_format_alias
    if watch:
        _watch(dict(locals()))
        raise typer.Exit(0)
    from factcheck.app.config import Config, find_config, load_config
    from factcheck.app.runner import run_paths
    from factcheck.checks import select_rules
    from factcheck.core.errors import InputError
    from factcheck.render import RenderOptions, render
    from factcheck.report.findings import Severity

    try:
        if root is not None and ("\x00" in str(root) or not root.is_dir()):
            fail(_("factcheck: --root {root} is not a directory").format(root=repr(str(root))))
        found = config if config is not None else find_config(Path.cwd())
        project = root.resolve() if root is not None else None
        config_dir = found.resolve().parent if found is not None else None
        settings = load_config(found, root=project) if found is not None else Config()
    except InputError as exc:
        fail(str(exc))
    if article is not None and paths and len(paths) > 1:
        fail(_("factcheck: --article takes exactly one claims file"))
    try:
        rules = select_rules(_split(select) if select else list(settings.select),
                             _split(ignore) if ignore else list(settings.ignore))
    except ValueError as exc:
        fail("factcheck: " + _(message_of(exc)))
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch and not (epoch.isascii() and epoch.isdigit() and len(epoch) <= 12):
        fail(_("factcheck: SOURCE_DATE_EPOCH={value} is not a Unix time (seconds since 1970, at "
               "most 12 digits)").format(value=repr(epoch[:40])))
    if not rules:
        # a report of no checks would read "OK" as if the figures had been checked
        chosen_select = _split(select) if select else list(settings.select)
        chosen_ignore = _split(ignore) if ignore else list(settings.ignore)
        fail(_("factcheck: select {select} and ignore {ignore} leave no check to run; nothing "
               "would be checked").format(select=chosen_select or ["FC"], ignore=chosen_ignore))
    targets = list(paths) if paths else list(settings.claims) or [Path("claims")]
    if not paths and not settings.claims and not auto and not Path("claims").exists():
        fail(_("factcheck: no claims/ directory here, so nothing to check yet. To start, draft a "
               "claims file for an article: factcheck init ARTICLE.txt (then review it and run "
               "factcheck run)"))
    watched: list[Path] = []  # directories searched for the claims citing a named data file
    if paths and not auto:
        from factcheck.app.citing import split_targets

        search = list(settings.claims) or [Path("claims")]
        try:
            targets, named_data = split_targets(targets, search)
        except InputError as exc:
            fail(str(exc))
        if named_data:
            watched = search
            if not targets:
                typer.echo(_("factcheck: no claims file cites {files}").format(
                    files=", ".join(str(p) for p in named_data)), err=True)
                raise typer.Exit(0)
    if not auto:
        for target in targets:
            if target.suffix.lower() in _ARTICLE_SUFFIXES and target.is_file():
                fail(_("{target}:1:1: this is an article, not a claims file; draft its claims "
                       "with factcheck init {target}, or check it without claims: factcheck run "
                       "--auto {target}").format(target=target))
    chosen = output_format or Format(settings.format or Format.AUTO)
    fmt = resolve_format(chosen, to_file=output is not None)
    progress = _progress(fmt, to_file=output is not None)
    width = _terminal_width(to_file=output is not None)
    store = None if no_cache else _cache_store()
    try:
        if auto:
            from factcheck.discover.auto import run_articles

            if not paths or article is not None:
                fail(_("factcheck: --auto takes one or more article paths and no --article"))
            result = run_articles(list(paths), rules, settings.tolerances)
        else:
            reports = None
            if store is not None:
                from factcheck.app.cache import ReportCache, file_digest

                reports = ReportCache(store, (
                    str(found), found and file_digest(found), settings.tolerances,
                    [r.code for r in rules], str(article), article and str(article.resolve()),
                    str(project)))
            section = None
            if fmt in (Format.RICH, Format.TEXT) and not statistics:
                # the terminal report is one section per file: each is rendered where it is
                # checked, so a batch's workers send text rather than reports
                from functools import partial

                from factcheck.render.terminal import file_section

                section = partial(file_section, color=fmt is Format.RICH, show_all=show_all,
                                  verbose=verbose, width=width)
            result = run_paths(targets, rules, article=article, tolerances=settings.tolerances,
                               jobs=jobs, progress=progress, cache=reports, section=section,
                               root=project, config_dir=config_dir)
    finally:
        if progress is not None:
            progress.close()
    level = fail_on.value if fail_on is not None else (settings.fail_on or "error")
    severity = Severity(level)
    if statistics:
        from factcheck.render.flat import statistics as per_code
        from factcheck.render.flat import statistics_json, statistics_text

        rows = per_code(result)
        text = statistics_json(rows) if fmt is Format.JSON else statistics_text(rows)
    else:
        text = render(fmt, result, RenderOptions(fail_on=severity, show_all=show_all,
                                                 verbose=verbose, width=width,
                                                 run_time=_run_time(epoch)))
    if not result.reports and not result.rendered and fmt in (Format.RICH, Format.TEXT):
        text = ""  # nothing was checked: the error lines on stderr say it all
    if output is None:
        sys.stdout.write(text)
    elif text or result.reports or result.rendered:
        # (when nothing was checked, an earlier report in the -o file is kept, not emptied)
        from factcheck.core.atomic import atomic_write

        try:
            atomic_write(output, text)
        except OSError as exc:
            fail(_("{path}:1:1: cannot write report ({reason})").format(path=output,
                                                                       reason=exc.strerror))
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt is Format.GITHUB and summary_path:
        summary = render(Format.MARKDOWN, result, RenderOptions(fail_on=severity))
        try:
            with open(summary_path, "a", encoding="utf-8") as handle:
                handle.write(summary)
        except OSError as exc:
            fail(_("{path}:1:1: cannot append the step summary ({reason})").format(
                path=summary_path, reason=exc.strerror))
    for error in result.errors:
        typer.echo(str(error), err=True)
    code = result.exit_code(severity)
    if exit_zero and code == 1:
        code = 0
    if (store is not None and not result.errors and output is None and fmt is not Format.HTML
            and not (fmt is Format.GITHUB and summary_path)):
        _store_run(store, result, text, code, [*targets, *watched] if not auto else [], config)
    raise typer.Exit(code)


# what an article is kept as; a claims file is YAML
_ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".text")


def _watch(arguments: dict[str, object]) -> None:
    """``run --watch``: the same run again after each save."""
    import contextlib
    import importlib.util

    from factcheck.app.config import find_config
    from factcheck.app.watch import inputs, watch

    if importlib.util.find_spec("watchfiles") is None:
        fail(_("factcheck: --watch needs the watchfiles package: pip install {install}").format(
            install="'factcheck[watch]'"))
    arguments["watch"] = False
    paths = arguments["paths"]
    targets = list(paths) if isinstance(paths, list) and paths else [Path("claims")]
    config = arguments["config"]
    config_path = config if isinstance(config, Path) else find_config(Path.cwd())
    article = arguments["article"]

    from factcheck.app import cache
    from factcheck.core.collector import freeze_when_resumed

    cache.ARGV = None  # a watching process's runs are never replayed as a finished run
    freeze_when_resumed(False)  # it runs on: the cycles of each run must still be freed

    def once() -> None:
        with contextlib.suppress(typer.Exit):  # one run's exit code does not end watching
            run(**arguments)  # type: ignore[arg-type]
        sys.stdout.flush()

    watch(targets, lambda: inputs(targets, config_path,
                                  article if isinstance(article, Path) else None), once)


def _terminal_width(*, to_file: bool) -> int | None:
    """The terminal's width when the report goes to one; None (no wrapping) otherwise."""
    if to_file or not sys.stdout.isatty():
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _cache_store() -> Store | None:
    """The result cache of this working directory, unless turned off."""
    from factcheck.app.cache import Store, cache_dir, disabled_by_environment

    if disabled_by_environment():
        return None
    return Store(cache_dir(), warn=lambda message: typer.echo(message, err=True))


def _store_run(store: Store, result: RunResult, text: str, code: int, targets: list[Path],
               config: Path | None) -> None:
    """Record the whole run for ``factcheck.entry`` to replay while nothing it read changes."""
    from factcheck.app import cache

    if cache.ARGV is None:
        return
    files = [str(p) for p in cache.config_candidates(Path.cwd())]
    if config is not None:
        files.append(str(config))
    for report in result.reports:
        files += [report.path, *cache.report_inputs(report)]
    for done in result.rendered:
        files += [done.path, *done.inputs]
    directories = [t for t in targets if t.is_dir()]
    for directory in directories:
        # every claims file searched, checked or not: one edited to cite a named data file
        # joins the run
        files += [str(p) for p in sorted(directory.rglob("*"))
                  if p.suffix in cache.CLAIM_SUFFIXES and p.is_file()]
    cache.store_run(store, cache.ARGV, files=files, directories=[str(d) for d in directories],
                    stdout=text, stderr="", code=code)


class _ProgressBar:
    """A rich progress bar on stderr, started at the first file done.

    Starting late matters: rich refreshes from a thread, and worker processes must be
    forked before any thread exists.
    """

    def __init__(self) -> None:
        from rich.progress import Progress, TaskID

        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._make = Progress

    def __call__(self, done: int, total: int) -> None:
        from rich.console import Console

        if self._bar is None:
            self._bar = self._make(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task(_("checking claims files"), total=total)
        assert self._task is not None
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _progress(fmt: Format, *, to_file: bool) -> _ProgressBar | None:
    """Progress only for a person watching: a terminal report on a terminal."""
    if fmt not in (Format.RICH, Format.TEXT) or not sys.stderr.isatty():
        return None
    if not to_file and not sys.stdout.isatty():
        return None
    return _ProgressBar()


cache_app = typer.Typer(help="The result cache (.factcheck_cache/).", no_args_is_help=True)
app.add_typer(cache_app, name="cache", rich_help_panel="Reference")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete the result cache of this directory (safe: it is rebuilt by the next run)."""
    from factcheck.app.cache import cache_dir, clear

    root = cache_dir()
    try:
        entries = clear(root)
    except OSError as exc:
        fail(_("factcheck: cannot clear the cache: {reason}").format(
            reason=exc.strerror or _(message_of(exc))))
    typer.echo(plural(entries, "removed {root} ({n} entry)", "removed {root} ({n} entries)").format(
        root=root, n=entries), err=True)


class RulesFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


class RuleFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


@app.command(rich_help_panel="Reference")
def schema(
    table: Annotated[bool, typer.Option(
        "--table", help="The schema of a reference table's sidecar instead "
        "(kept in schema/table.schema.json).")] = False,
) -> None:
    """Print the JSON Schema of the claims file (kept in schema/claims.schema.json)."""
    if table:
        from factcheck.refs.model import table_schema

        sys.stdout.write(table_schema())
        return
    from factcheck.app.docs import claims_schema

    sys.stdout.write(claims_schema())


@app.command("refs", rich_help_panel="Reference")
def refs_command(
    table: Annotated[str, typer.Argument(help="A table's name, or the path of its CSV or sidecar.")],
    paths: Annotated[list[Path] | None, typer.Argument(
        help="Claims files or directories to search. Default: the configured claims, else "
        "claims/.", show_default=False)] = None,
    output_format: Annotated[RulesFormat, typer.Option(
        "--format", "-f", metavar="<format>", help="text or json.")] = RulesFormat.TEXT,
    output_format_alias: Annotated[RulesFormat | None, typer.Option(
        "--output-format", hidden=True, help="The same as --format.")] = None,
) -> None:
    """List the claims (and reference values) that cite a reference table."""
    output_format = output_format_alias or output_format
    from factcheck.app.citing import citing_json, citing_table, citing_text
    from factcheck.app.config import Config, find_config, load_config
    from factcheck.core.errors import InputError

    try:
        found = find_config(Path.cwd())
        settings = load_config(found) if found is not None else Config()
        search = list(paths) if paths else list(settings.claims) or [Path("claims")]
        cites = citing_table(table, search)
    except InputError as exc:
        fail(str(exc))
    sys.stdout.write(citing_json(cites) if output_format is RulesFormat.JSON
                     else citing_text(cites))
    if not cites and output_format is not RulesFormat.JSON:
        typer.echo(_("factcheck: no claims file cites {files}").format(files=table), err=True)


@app.command("import-sdmx", rich_help_panel="Authoring")
def import_sdmx_command(
    source: Annotated[Path, typer.Argument(
        help="An SDMX data message (SDMX-ML or SDMX-JSON), a local file.")],
    name: Annotated[str, typer.Argument(help="The table's name: writes NAME.csv and NAME.yaml.")],
    url: Annotated[str, typer.Option("--url", help="Where the release is published (the "
                                     "sidecar's provenance).")],
    data: Annotated[Path, typer.Option("--data", help="The data folder.")] = Path("data"),
    title: Annotated[str | None, typer.Option("--title", help="Default: the dataflow's name or "
                                              "the message id.")] = None,
    publisher: Annotated[str | None, typer.Option("--publisher", help="Default: the message's "
                                                  "sender.")] = None,
    released: Annotated[str | None, typer.Option("--released", help="YYYY-MM-DD. Default: the "
                                                 "date the message was prepared.")] = None,
    vintage: Annotated[str, typer.Option("--vintage", help="Which release this is.")] = "first release",
    unit: Annotated[str | None, typer.Option("--unit", help="The values' unit as a claim writes "
                                             "it, when UNIT_MEASURE is missing or unknown.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the table if it exists.")] = False,
) -> None:
    """Convert an SDMX file into a reference table with its sidecar (needs factcheck\\[sdmx])."""
    import datetime as dt

    from factcheck.core.errors import InputError
    from factcheck.refs.sdmx_import import Provenance, import_sdmx

    try:
        date = dt.date.fromisoformat(released) if released else None
    except ValueError:
        fail(_("factcheck: {option} {value} is not a date (YYYY-MM-DD)").format(
            option="--released", value=repr(released)))
    try:
        csv_path, sidecar, rows = import_sdmx(
            source, name, data, Provenance(url, title, publisher, date, vintage, unit), force=force)
    except InputError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(_("{path}:1:1: cannot write ({reason})").format(path=data, reason=_(exc.strerror or "")))
    typer.echo(_("wrote {table} ({rows} rows) and {sidecar}").format(
        table=csv_path, rows=rows, sidecar=sidecar), err=True)


@app.command(rich_help_panel="Reference")
def rules(
    output_format: Annotated[RulesFormat, typer.Option(
        "--format", "-f", metavar="<format>",
        help="text, json, or markdown (the table of docs/checks.md).")] = RulesFormat.TEXT,
    output_format_alias: Annotated[RulesFormat | None, typer.Option(
        "--output-format", hidden=True, help="The same as --format.")] = None,
) -> None:
    """List every check: code, name, severity and summary."""
    output_format = output_format_alias or output_format
    from factcheck.app.docs import rules_json, rules_markdown, rules_text
    from factcheck.checks import all_rules

    declared = all_rules()
    match output_format:
        case RulesFormat.TEXT:
            sys.stdout.write(rules_text(declared))
        case RulesFormat.JSON:
            sys.stdout.write(rules_json(declared))
        case RulesFormat.MARKDOWN:
            sys.stdout.write(rules_markdown(declared))


@app.command(rich_help_panel="Reference")
def rule(
    code: Annotated[str, typer.Argument(help="A check code (FC201) or name (growth-arithmetic).",
                                        autocompletion=complete_code)],
    output_format: Annotated[RuleFormat, typer.Option(
        "--format", "-f", metavar="<format>", help="text or json.")] = RuleFormat.TEXT,
    output_format_alias: Annotated[RuleFormat | None, typer.Option(
        "--output-format", hidden=True, help="The same as --format.")] = None,
    cases: Annotated[Path | None, typer.Option(
        "--cases", help="A folder of rule cases (tests/rules): show the check's first failing "
                        "case as an example (text format).")] = None,
) -> None:
    """Print the documentation of one check."""
    output_format = output_format_alias or output_format
    import json

    from factcheck.app.docs import case_example, rule_data, rule_text
    from factcheck.checks import all_rules

    if cases is not None and not cases.is_dir():
        fail(_("{path}:1:1: no such folder of rule cases").format(path=cases))
    for r in all_rules():
        if r.code == code.upper() or r.name == code:
            if output_format is RuleFormat.JSON:
                sys.stdout.write(json.dumps(rule_data(r), ensure_ascii=False, indent=2,
                                            sort_keys=True) + "\n")
            else:
                example = case_example(r.code, cases) if cases is not None else None
                sys.stdout.write(rule_text(r) + ("\n" + example if example else ""))
            return
    from factcheck.core.suggest import did_you_mean

    hint = did_you_mean(code, [n for r in all_rules() for n in (r.code, r.name)], 0.7)
    fail(_("factcheck: unknown check {code}{hint}").format(
        code=repr(code), hint=_(hint) if hint else _("; see {command}").format(
            command=repr("factcheck rules"))))


class ExtractFormatOption(StrEnum):
    AUTO = "auto"
    TABLE = "table"
    JSON = "json"
    YAML = "yaml"


@app.command(rich_help_panel="Checking")
def extract(
    article: Annotated[Path, typer.Argument(help="The article text file.")],
    output_format: Annotated[ExtractFormatOption, typer.Option(
        "--format", "-f", metavar="<format>",
        help="table (auto on a terminal), json (auto when piped) or yaml.",
        rich_help_panel="Output")] = ExtractFormatOption.AUTO,
    output_format_alias: Annotated[ExtractFormatOption | None, typer.Option(
        "--output-format", hidden=True, help="The same as --format.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to this file (atomically).",
        rich_help_panel="Output")] = None,
) -> None:
    """List every numeric mention of an article: span, value, interval, unit, kind."""
    output_format = output_format_alias or output_format
    from factcheck.core.errors import InputError
    from factcheck.extract import extract as find_mentions
    from factcheck.extract.output import to_json, to_table, to_yaml
    from factcheck.load.text import read_article

    try:
        text = read_article(article, str(article)).text
    except InputError as exc:
        fail(str(exc))
    mentions = find_mentions(text)
    fmt = output_format
    if fmt is ExtractFormatOption.AUTO:
        tty = output is None and sys.stdout.isatty()
        fmt = ExtractFormatOption.TABLE if tty else ExtractFormatOption.JSON
    match fmt:
        case ExtractFormatOption.TABLE:
            color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            body = to_table(str(article), text, mentions, color=color)
        case ExtractFormatOption.YAML:
            body = to_yaml(str(article), mentions)
        case _:
            body = to_json(str(article), mentions)
    if output is None:
        sys.stdout.write(body)
        return
    write_or_fail(output, body)


@app.command(rich_help_panel="Authoring")
def init(
    article: Annotated[Path, typer.Argument(help="The article text file.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Claims file to write. Default: claims/<article name>.yaml.",
        show_default=False)] = None,
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date, YYYY-MM-DD. Default: today.",
        show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite the claims file if it exists.")] = False,
) -> None:
    """Draft a claims file with one claim per figure of a new article."""
    import datetime as dt

    from factcheck.app.init_draft import NoFigures, draft
    from factcheck.core.errors import InputError, Location
    from factcheck.load.text import read_article

    try:
        text = read_article(article, str(article)).text
    except InputError as exc:
        fail(str(exc))
    try:
        date = dt.date.fromisoformat(published) if published else dt.date.today()
    except ValueError:
        fail(_("factcheck: {option} {value} is not a date (YYYY-MM-DD)").format(
            option="--published", value=repr(published)))
    target = output if output is not None else Path("claims") / f"{article.stem}.yaml"
    if target.exists() and not force:
        fail(_("{path}:1:1: already exists; pass --force to overwrite it").format(path=target))
    ref = os.path.relpath(article.resolve(), target.resolve().parent).replace(os.sep, "/")
    from factcheck.languages.detect import detect_language

    language = detect_language(text)
    try:
        body = draft(text, ref, date, language)
    except NoFigures:
        fail(str(InputError(Location(str(article)), Message(N_(
            "no figure to draft a claim for (a claims file needs one); nothing written")))))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(_("{path}:1:1: cannot write ({reason})").format(path=target, reason=exc.strerror))
    write_or_fail(target, body, announce=True)


@app.command(rich_help_panel="Authoring")
def update(
    claims: Annotated[Path, typer.Argument(help="The claims file of an edited article.")],
    article: Annotated[Path | None, typer.Option(
        "--article", help="Update against this copy of the article (a draft being edited).")] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Write the updated claims file (atomically); without it, only show.")] = False,
) -> None:
    """Re-anchor moved quotes, follow changed figures, draft claims for new ones."""
    from factcheck.app.update import plan
    from factcheck.core.errors import InputError
    from factcheck.load.text import decode, read_bytes

    shown = str(claims)
    try:
        # the one bounded reader: a device, FIFO or endless file is refused, never read
        before = read_bytes(claims, shown, what="claims file")
        original = decode(before, shown, what="claims file")
        result = plan(claims, original, article)
    except InputError as exc:
        fail(str(exc))
    sys.stdout.write(result.summary())
    if result.changed:
        sys.stdout.write(result.diff(str(claims)))
    if not write or not result.changed:
        if result.changed:
            typer.echo(_("not written: pass --write to write these changes"), err=True)
        raise typer.Exit(0)
    try:
        now = read_bytes(claims, shown, what="claims file")
    except InputError as exc:
        fail(str(exc))
    if now != before:
        fail(_("{path}:1:1: the claims file changed on disk since it was read; nothing written, "
               "run update again").format(path=claims))
    write_or_fail(claims, result.updated, announce=True)


@app.command(rich_help_panel="Authoring")
def review(
    claims: Annotated[Path, typer.Argument(help="A drafted claims file (factcheck init, update).")],
) -> None:
    """Walk the unreviewed items of a draft: accept, edit, open $EDITOR, delete."""
    if not sys.stdin.isatty():
        fail(_("factcheck: review reads keys from a terminal, and stdin is not one; run it in a "
               "terminal, or edit the TODO and “— review” markers by hand"))
    from factcheck.app.review import walk

    skipped: set[str] = set()
    kinds: set[str] = set()
    try:
        while True:
            session = _review_session(claims)
            if not session.items:
                typer.echo(_("{path}: nothing to review (no TODO or “— review” markers left)")
                           .format(path=claims), err=True)
                raise typer.Exit(0)
            done = walk(session, _terminal_io(claims, session), skipped, kinds)
            if done:
                break
    except KeyboardInterrupt:
        typer.echo("\n" + _("interrupted: {path} is as it was before the last save").format(
            path=claims), err=True)
        raise typer.Exit(130) from None
    except EOFError:
        fail("\n" + _("factcheck: the terminal's input ended; {path} is as it was before the "
                      "last save").format(path=claims))
    left = len(_review_session(claims).items)
    typer.echo(plural(left, "{path}: {n} item left to review", "{path}: {n} items left to review")
               .format(path=claims, n=left) if left
               else _("{path}: reviewed; run factcheck run {path}").format(path=claims), err=True)


def _review_session(claims: Path) -> Review:
    from factcheck.app.review import Review
    from factcheck.core.errors import InputError
    from factcheck.load.claims import load_claims_file
    from factcheck.load.text import decode, read_bytes

    shown = str(claims)
    try:
        original = decode(read_bytes(claims, shown, what="claims file"), shown,
                          what="claims file")
        loaded = load_claims_file(claims)
    except InputError as exc:
        fail(str(exc))
    return Review(claims, original, loaded.article.text)


def _terminal_io(claims: Path, session: Review) -> Io:
    """Keys from the terminal one at a time, lines with input(), text through rich."""
    import shlex
    import subprocess
    import termios
    import tty

    from rich.console import Console

    from factcheck.app.review import Io
    from factcheck.load.text import read_bytes

    console = Console(highlight=False, emoji=False)
    before = claims.read_bytes()

    def key() -> str:
        fd = sys.stdin.fileno()
        old = termios.tcgetattr(fd)
        try:
            tty.setcbreak(fd, termios.TCSANOW)  # keys typed ahead are kept, not flushed
            ch = sys.stdin.read(1)
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, old)
        console.print()
        if ch in ("\x03", "\x04"):
            raise KeyboardInterrupt
        return ch

    def save(text: str) -> None:
        if text == session.original:
            return
        if read_bytes(claims, str(claims), what="claims file") != before:
            fail(_("{path}:1:1: the claims file changed on disk during the review; nothing "
                   "written").format(path=claims))
        write_or_fail(claims, text)

    def editor(path: Path, line: int) -> None:
        command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        subprocess.run([*shlex.split(command), f"+{line}", str(path)], check=False)

    return Io(key=key, line=input, show=console.print, editor=editor, save=save)


def main() -> None:
    """Entry point. A defect in factcheck itself is one line too, never a traceback;
    FACTCHECK_DEBUG=1 shows the traceback for a bug report."""
    from factcheck.app.lang import BadLanguage, choose, take_lang, translate_help
    from factcheck.core import i18n

    try:
        flag, args = take_lang(sys.argv[1:])
    except BadLanguage as exc:
        typer.echo(exc.shown(), err=True)
        sys.exit(2)
    try:
        i18n.reset()
        choose(flag)
        command = typer.main.get_command(app)
        translate_help(command)
        command(args=args, prog_name="factcheck")
    except Exception as exc:  # typer exits by SystemExit; anything else is a defect
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        typer.echo(_("factcheck: internal error: {error}: {message} (rerun with "
                     "FACTCHECK_DEBUG=1 and report it)").format(error=type(exc).__name__,
                                                                message=exc), err=True)
        sys.exit(2)


def _run_time(epoch: str) -> datetime.datetime:
    """The time of this run: SOURCE_DATE_EPOCH (checked above) pins it, else the clock."""
    import datetime as dt

    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
