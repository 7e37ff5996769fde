"""Choosing the language of messages, and the CLI's help in it (see ``core.i18n``).

``--lang`` is taken from anywhere on the command line (``factcheck run --lang zh`` and
``factcheck --lang zh run`` alike); without it, ``lang`` in the nearest configuration
file, then the locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from factcheck.core import i18n
from factcheck.core.i18n import N_, Message
from factcheck.core.startup import when_imported


class BadLanguage(ValueError):
    """``--lang`` names no language factcheck speaks. Its message is shown in the language
    the configuration or the locale asks for (``shown``)."""

    def shown(self) -> str:
        choose(None)
        return i18n._(i18n.message_of(self))


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """The ``--lang`` value of a command line, and the command line without it."""
    out: list[str] = []
    chosen: str | None = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            out.extend(argv[i:])
            break
        if arg == "--lang":
            if i + 1 >= len(argv):
                raise BadLanguage(Message(N_("factcheck: --lang needs a value: {choices}"),
                                          choices=", ".join(i18n.LANGUAGES)))
            chosen = argv[i + 1]
            i += 2
            continue
        if arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
            i += 1
            continue
        out.append(arg)
        i += 1
    if chosen is not None and chosen not in i18n.LANGUAGES:
        raise BadLanguage(Message(N_("factcheck: --lang {value} is not one of {choices}"),
                                  value=repr(chosen), choices=", ".join(i18n.LANGUAGES)))
    return chosen, out


def choose(flag: str | None, cwd: Path | None = None) -> str:
    """Set the language: the flag, else the configuration's ``lang``, else the locale."""
    if flag is not None:
        i18n.set_language(flag, flag=True)
        return flag
    configured = _configured(cwd or Path.cwd())
    i18n.set_language(configured or i18n.from_locale())
    return i18n.language()


def _configured(cwd: Path) -> str | None:
    """``lang`` of the nearest configuration file; a file that cannot be read says
    nothing here (the command that reads it reports why)."""
    from factcheck.app.config import find_config, load_config
    from factcheck.core.errors import InputError

    try:
        found = find_config(cwd)
        return load_config(found).lang if found is not None else None
    except (InputError, OSError):
        return None


def _help_fields(command: Any) -> Iterator[tuple[Any, str]]:
    """(object, attribute) of every help text a person reads in ``--help``."""
    for attr in ("help", "short_help", "rich_help_panel"):
        yield command, attr
    for param in getattr(command, "params", ()):
        for attr in ("help", "rich_help_panel"):
            yield param, attr
    for sub in getattr(command, "commands", {}).values():
        yield from _help_fields(sub)


def help_texts(command: Any) -> list[str]:
    """Every help text of a click command tree, in English, in a stable order."""
    out: list[str] = []
    for obj, attr in _help_fields(command):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value.strip() and value not in out:
            out.append(value)
    return out


def translate_help(command: Any) -> None:
    """Translate a click command tree's help in place (once: a marked tree is skipped)."""
    _typer_words()
    if i18n.language() == "en" or getattr(command, "_factcheck_lang", None) == i18n.language():
        return
    for obj, attr in _help_fields(command):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value.strip():
            setattr(obj, attr, i18n._(value))
    command._factcheck_lang = i18n.language()
    _fold_long_words()


# typer's own words in a help page, by the name of the constant that holds each
TYPER_WORDS = {"ARGUMENTS_PANEL_TITLE": N_("Arguments"), "OPTIONS_PANEL_TITLE": N_("Options"),
               "COMMANDS_PANEL_TITLE": N_("Commands"), "ERRORS_PANEL_TITLE": N_("Error"),
               "ABORTED_TEXT": N_("Aborted.")}
# the help of the --help option, which typer adds to every command
HELP_OPTION = N_("Show this message and exit.")


def _typer_words() -> None:
    """The panel titles typer prints (Arguments, Options, …) in the language of messages
    (set back in English too: tests run the CLI in one process in both languages), set
    when typer's ``rich_utils`` is imported: only a help page or an error imports it."""
    when_imported("typer.rich_utils", _set_typer_words)


def _set_typer_words(rich_utils: ModuleType) -> None:
    for name, english in TYPER_WORDS.items():
        if hasattr(rich_utils, name):
            setattr(rich_utils, name, i18n._(english))


def _fold_long_words() -> None:
    """Let help text break inside a run of Chinese characters: rich breaks lines at spaces
    only and cuts a longer "word" with an ellipsis, and a Chinese sentence has no spaces."""
    when_imported("typer.rich_utils", _fold_help_text)
    _break_between_characters()


def _fold_help_text(rich_utils: ModuleType) -> None:
    make = rich_utils._make_rich_text
    if getattr(make, "_folds", False):
        return

    def folding(*, text: str, style: str = "", markup_mode: Any) -> Any:
        if text == HELP_OPTION:
            text = i18n._(text)
        made = make(text=text, style=style, markup_mode=markup_mode)
        if i18n.language() != "en" and hasattr(made, "overflow"):
            made.overflow = "fold"
        return made

    folding._folds = True  # type: ignore[attr-defined]
    rich_utils._make_rich_text = folding  # type: ignore[attr-defined]


# a Chinese character (or a full-width sign) is a word of its own for line breaking; an
# opening bracket or quote stays with the character after it, closing punctuation with the
# one before it, so that no line starts with ， or ）
_CJK = "\u2e80-\u2fff\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef"
_OPENING = "（“‘《「『【〔"
_CLOSING = "，。、；：？！）”’》」』】〕"
# a figure keeps the Chinese characters of its unit with it (459.06亿元 is not broken after
# 459.06), up to four of them (个百分点)
_WORD = re.compile(rf"\s*(?:[^\s{_CJK}]*\d[^\s{_CJK}]*[\u4e00-\u9fff]{{0,4}}[{_CLOSING}]*"
                   rf"|[{_OPENING}]*[{_CJK}][{_CLOSING}]*|[^\s{_CJK}]+[{_CLOSING}]*)\s*")


def _cjk_words(text: str) -> Iterator[tuple[int, int, str]]:
    """rich's words of a line (start, end, word with its trailing spaces), each Chinese
    character one word: rich breaks lines at spaces only, and a Chinese sentence has none,
    so a sentence after an English word went whole to the next line and left a gap."""
    position = 0
    found = _WORD.match(text, position)
    while found is not None and found.end() > position:
        yield found.start(), found.end(), found.group(0)
        position = found.end()
        found = _WORD.match(text, position)


def _break_between_characters() -> None:
    """Let rich break a line between two Chinese characters while messages are Chinese."""
    from rich import _wrap

    english = _wrap.words
    if getattr(english, "_cjk", False):
        return

    def words(text: str) -> Iterable[tuple[int, int, str]]:
        return _cjk_words(text) if i18n.language() != "en" else english(text)

    words._cjk = True  # type: ignore[attr-defined]
    _wrap.words = words


def source_messages(package: Path | None = None) -> list[str]:
    """Every message the code marks for translation: the first argument of ``_()`` and
    ``N_()``, the two templates of ``plural()``, string literals only, in file order."""
    import ast

    root = package or Path(__file__).resolve().parent.parent
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            args = node.args[:1] if name in ("_", "N_") else node.args[1:3] if name == "plural" else []
            for arg in args:
                if (isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value
                        and arg.value not in out):
                    out.append(arg.value)
    return out


def wanted_messages(command: Any) -> list[str]:
    """Every msgid a complete catalogue holds: the marked messages and the help of the
    CLI's click ``command`` (``typer.main.get_command(app)``)."""
    out = source_messages()
    out += [t for t in help_texts(command) if t not in out]
    return out


# click's usage errors, by class (typer vendors click as ``typer._click``): click writes
# them in English, after a usage block and inside a panel; factcheck writes one line in the
# language of messages, from the error's own fields, never from click's sentence
def usage_line(error: Any, argv: list[str], prog: str = "factcheck") -> str:
    """One line for a click usage error raised by a command line ``argv``:
    ``factcheck run: no such option --bogus; did you mean '--verbose'? (factcheck run -h)``."""
    from typer._click import exceptions as click

    from factcheck.core.suggest import did_you_mean

    ctx = getattr(error, "ctx", None)
    where = ctx.command_path if ctx is not None else prog
    try:  # the root's one option with a value is not a command's name
        flag, argv = take_lang(argv)
    except BadLanguage:
        flag = None
    if flag is not None:  # an error found before the root's callback has chosen it
        i18n.set_language(flag, flag=True)
    message: str
    if isinstance(error, click.NoSuchOption):
        options = [o for p in (ctx.command.params if ctx is not None else ())
                   for o in getattr(p, "opts", ()) if o.startswith("-")]
        message = Message(N_("no such option {option}{suggestion}"), option=error.option_name,
                          suggestion=did_you_mean(error.option_name, options))
    elif isinstance(error, click.MissingParameter):
        param = error.param
        name = param.name if param is not None else ""
        if getattr(param, "param_type_name", "") == "argument":
            message = Message(N_("missing argument {name}"), name=name.upper())
        else:
            message = Message(N_("missing option {name}"), name=_option_name(param) or name)
    elif isinstance(error, click.BadParameter):
        message = _bad_value(error)
    elif isinstance(error, click.BadOptionUsage):
        name = error.option_name
        where = _command_path(argv, prog)
        if any(a.startswith(f"{name}=") for a in argv):
            message = Message(N_("option {option} takes no value"), option=name)
        else:
            message = Message(N_("option {option} needs a value"), option=name)
    elif ctx is not None and hasattr(ctx.command, "commands") and ctx.invoked_subcommand is None:
        commands = sorted(ctx.command.commands)
        given = next((a for a in _after(argv, where, prog) if not a.startswith("-")), "")
        message = Message(N_("no such command {name}{suggestion}"), name=repr(given),
                          suggestion=did_you_mean(given, commands))
    else:
        message = Message(N_("unexpected extra arguments"))
    return i18n._(Message(N_("{command}: {problem} ({command} -h for help)"), command=where,
                          problem=message))


def _option_name(param: Any) -> str:
    opts = [o for o in getattr(param, "opts", ()) if o.startswith("--")]
    return opts[0] if opts else ""


def _bad_value(error: Any) -> str:
    """An option's value it cannot take: the value, and the choices when it has them."""
    import enum

    param = error.param
    option = _option_name(param) or (param.name.upper() if param is not None else "")
    cause = error.__cause__
    errors = cause.errors(include_url=False) if hasattr(cause, "errors") else []
    value = errors[0].get("input") if errors else None
    shown = repr(value) if value is not None else ""
    import typing

    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    kinds = [annotation, *typing.get_args(annotation)]
    kind = next((k for k in kinds if isinstance(k, type) and issubclass(k, enum.Enum)), None)
    if kind is not None:
        choices = ", ".join(str(m.value) for m in kind)
        return Message(N_("{option} {value} is not one of {choices}"), option=option,
                       value=shown, choices=choices)
    kind_of = errors[0].get("type") if errors else None
    if kind_of in ("int_parsing", "int_type", "int_from_float"):
        return Message(N_("{option} {value} is not a whole number"), option=option, value=shown)
    bounds = {"greater_than_equal": ("ge", N_("{option} must be at least {limit} (not {value})")),
              "less_than_equal": ("le", N_("{option} must be at most {limit} (not {value})")),
              "greater_than": ("gt", N_("{option} must be more than {limit} (not {value})")),
              "less_than": ("lt", N_("{option} must be less than {limit} (not {value})"))}
    if kind_of in bounds:
        key, template = bounds[kind_of]
        limit = (errors[0].get("ctx") or {}).get(key, "")
        return Message(template, option=option, limit=limit, value=shown)
    return Message(N_("{option} cannot be {value}"), option=option, value=shown)


def _after(argv: list[str], path: str, prog: str) -> list[str]:
    """The arguments after the words of a command's path (``cache`` of ``factcheck cache``)."""
    words = path.split()[1:] if path.startswith(prog) else []
    rest = list(argv)
    for word in words:
        if word in rest:
            rest = rest[rest.index(word) + 1:]
    return rest


def _command_path(argv: list[str], prog: str) -> str:
    """The command a command line runs, for an error that carries no context."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return f"{prog} {first}" if first else prog


def usage_group() -> type[Any]:
    """typer's group class (the documented ``cls`` of ``typer.Typer``) that shows click's
    usage errors as one line in the language of messages (``usage_line``), exit code 2;
    everything else is typer's own handling."""
    import sys

    from typer import Abort
    from typer._click import exceptions as click
    from typer.core import TyperGroup

    class UsageGroup(TyperGroup):
        def main(self, args: Any = None, prog_name: str | None = None,
                 complete_var: str | None = None, standalone_mode: bool = True,
                 windows_expand_args: bool = True, **extra: Any) -> Any:
            if not standalone_mode:
                return super().main(args, prog_name, complete_var, standalone_mode,
                                    windows_expand_args, **extra)
            argv = list(sys.argv[1:] if args is None else args)
            try:
                # not standalone: click raises its usage errors here instead of printing them
                code = super().main(argv, prog_name, complete_var, False, windows_expand_args,
                                    **extra)
            except click.NoArgsIsHelpError as exc:
                sys.exit(exc.exit_code)  # typer has printed the help
            except click.UsageError as exc:
                print(usage_line(exc, argv, prog_name or "factcheck"), file=sys.stderr)
                sys.exit(2)
            except click.ClickException as exc:
                exc.show()
                sys.exit(exc.exit_code)
            except Abort:
                print(i18n._(TYPER_WORDS["ABORTED_TEXT"]), file=sys.stderr)
                sys.exit(1)
            sys.exit(code if isinstance(code, int) else 0)

    return UsageGroup
