"""Project configuration: ``factcheck.toml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

The nearest directory (from the working directory up to the repository root, the directory
holding ``.git``; without one, the working directory alone) holding either file wins;
``factcheck.toml`` before ``pyproject.toml`` in the same directory, and a pyproject.toml
without a ``[tool.factcheck]`` table is passed over. Command-line flags override every key.
Unknown keys and wrong types are input errors at the key's line and column.

    [tool.factcheck]
    claims = ["claims"]            # files or directories, relative to this file
    format = "text"
    fail-on = "warning"
    select = ["FC1", "FC2"]
    ignore = ["FC104"]
    tolerances = { approx = "5%", nearly = "10%" }   # how far 约 and 近 reach
    lang = "zh"                    # messages in simplified Chinese (en: English)

    [tool.factcheck.units]         # a newsroom's own units: counters and currencies
    "把" = "counter"
    "比特币" = "currency"
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path
from typing import Any

from factcheck.core.errors import InputError, Location
from factcheck.core.i18n import LANGUAGES, N_, Message
from factcheck.core.suggest import did_you_mean
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, Tolerances
from factcheck.render import Format

FORMATS = tuple(f.value for f in Format)
FAIL_LEVELS = ("error", "warning")
KEYS = ("claims", "format", "fail-on", "select", "ignore", "tolerances", "units", "lang")
TOLERANCE_KEYS = ("approx", "nearly")


@dataclass(frozen=True)
class Config:
    """Settings from a configuration file; ``None``/empty where the file is silent."""

    path: Path | None = None
    claims: tuple[Path, ...] = ()
    format: str | None = None
    fail_on: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    tolerances: Tolerances = field(default_factory=lambda: DEFAULT_TOLERANCES)
    units: tuple[tuple[str, str], ...] = ()
    lang: str | None = None


def find_config(start: Path) -> Path | None:
    """The configuration file that governs ``start`` (a directory), if any: the nearest
    between ``start`` and the repository root, never above it (``load.paths.search_dirs``)."""
    from factcheck.load.paths import search_dirs

    for directory in search_dirs(start):
        own = directory / "factcheck.toml"
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file():
            import tomllib  # here: a project without a pyproject.toml never loads it

            try:
                data = tomllib.loads(_read(project, str(project)))
            except (InputError, tomllib.TOMLDecodeError):
                return project  # let load_config report what is wrong with it
            if isinstance(data.get("tool"), dict) and "factcheck" in data["tool"]:
                return project
    return None


MAX_CONFIG_BYTES = 1024 * 1024


def _read(path: Path, name: str) -> str:
    from factcheck.load.text import read_text

    return read_text(path, name, what="configuration file", max_bytes=MAX_CONFIG_BYTES)


def load_config(path: Path, shown: str | None = None, root: Path | None = None) -> Config:
    """Read and validate one configuration file. The claims paths it names must lie inside
    ``root`` (default: the file's own directory)."""
    import tomllib

    from factcheck.load.paths import display_path

    name = shown or display_path(path)
    text = _read(path, name)
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        line, col, message = _toml_error(str(exc), text)
        raise InputError(Location(name, line, col), message) from None
    table_path: tuple[str, ...] = ()
    if path.name == "pyproject.toml":
        table_path = ("tool", "factcheck")
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise InputError(_Locator(name, text).key((), "tool"), Message(N_("'tool' must be a table")))
        table = tool.get("factcheck", {})
    else:
        table = data
    return _parse(table, _Locator(name, text), table_path, path.parent,
                  root if root is not None else path.parent)


def _parse(table: Any, where: _Locator, base: tuple[str, ...], here: Path,
           root: Path) -> Config:
    from factcheck.load.paths import confine

    if not isinstance(table, dict):
        raise InputError(where.table(base), Message(N_("{table} must be a table"), table=".".join(base)))
    for key in table:
        if key not in KEYS:
            raise InputError(where.key(base, key),
                             Message(N_("unknown key {key} in {table}{hint}"), key=repr(key),
                                     table=".".join(base) or "factcheck.toml",
                                     hint=did_you_mean(key, KEYS) or Message(
                                         N_("; known keys: {keys}"), keys=", ".join(KEYS))))
    claims = table.get("claims", [])
    if isinstance(claims, str):
        claims = [claims]
    claims = _strings(claims, where.key(base, "claims"), "claims")
    for entry in claims:
        confine(here / entry, root, where.key(base, "claims"), "claims path", entry)
    fmt = _choice(table, "format", FORMATS, where, base)
    fail_on = _choice(table, "fail-on", FAIL_LEVELS, where, base)
    lang = _choice(table, "lang", LANGUAGES, where, base)
    select = _strings(table.get("select", []), where.key(base, "select"), "select")
    ignore = _strings(table.get("ignore", []), where.key(base, "ignore"), "ignore")
    tolerances = DEFAULT_TOLERANCES
    if "tolerances" in table:
        tolerances = _tolerances(table["tolerances"], where, (*base, "tolerances"))
    units = _units(table["units"], where, (*base, "units")) if "units" in table else {}
    if units:
        from factcheck.extract import define_units

        define_units(units)
    return Config(
        units=tuple(units.items()),
        path=here / ("pyproject.toml" if base else "factcheck.toml"),
        claims=tuple(here / c for c in claims),
        format=fmt,
        fail_on=fail_on,
        select=tuple(select),
        ignore=tuple(ignore),
        tolerances=tolerances,
        lang=lang,
    )


def _strings(value: Any, loc: Location, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(loc, Message(N_("{key} must be a list of strings"), key=repr(key)))
    return list(value)


def _choice(table: dict[str, Any], key: str, allowed: tuple[str, ...], where: _Locator,
            base: tuple[str, ...]) -> str | None:
    if key not in table:
        return None
    value = table[key]
    if value not in allowed:
        raise InputError(where.key(base, key),
                         Message(N_("{key} must be one of {allowed} (got {value})"),
                                 key=repr(key), allowed=", ".join(allowed), value=repr(value)))
    return str(value)


def _units(value: Any, where: _Locator, base: tuple[str, ...]) -> dict[str, str]:
    from factcheck.units import USER_KINDS

    if not isinstance(value, dict):
        raise InputError(where.key(base[:-1], base[-1]), Message(N_("'units' must be a table")))
    out: dict[str, str] = {}
    for word, kind in value.items():
        if kind not in USER_KINDS or not word.strip():
            raise InputError(where.key(base, word),
                             Message(N_("units.{word} must be {kinds} (got {kind})"), word=word,
                                     kinds=" or ".join(repr(k) for k in USER_KINDS),
                                     kind=repr(kind)))
        out[word.strip()] = str(kind)
    return out


def _tolerances(value: Any, where: _Locator, base: tuple[str, ...]) -> Tolerances:
    if not isinstance(value, dict):
        raise InputError(where.key(base[:-1], base[-1]), Message(N_("'tolerances' must be a table")))
    out: dict[str, Fraction] = {}
    for key, raw in value.items():
        loc = where.key(base, key)
        if key not in TOLERANCE_KEYS:
            raise InputError(loc, Message(N_("unknown key {key} in tolerances; known keys: "
                                             "{keys}"), key=repr(key),
                                          keys=", ".join(TOLERANCE_KEYS)))
        out[key] = parse_fraction(raw, loc, f"tolerances.{key}")
        if out[key] == 0:
            # 近8万 would then be the empty interval (8万, 8万]: nothing could pass or fail
            raise InputError(loc, Message(N_("'tolerances.{key}' must be above 0 and below "
                                             "100% (got {raw}); leave it out for the default"),
                                          key=key, raw=repr(raw)))
    return Tolerances(approx=out.get("approx", DEFAULT_TOLERANCES.approx),
                      nearly=out.get("nearly", DEFAULT_TOLERANCES.nearly))


def parse_fraction(raw: Any, loc: Location, key: str) -> Fraction:
    """'5%', '0.05', '1/20' or a TOML number, exactly, in [0, 1)."""
    try:
        if isinstance(raw, bool):
            raise ValueError
        if isinstance(raw, str) and ("e" in raw.lower() or len(raw) > 40):
            raise ValueError  # 1e-99999999 would build a number of a hundred million digits
        if isinstance(raw, Decimal) and abs(raw.as_tuple().exponent) > 40:  # type: ignore[arg-type]
            raise ValueError
        if isinstance(raw, Decimal | int):
            value = Fraction(raw)
        elif isinstance(raw, str):
            text = raw.strip()
            value = (Fraction(Decimal(text[:-1].strip())) / 100 if text.endswith("%")
                     else Fraction(text))
        else:
            raise ValueError
    except (ValueError, InvalidOperation, ZeroDivisionError):
        raise InputError(loc, Message(N_("{key} must be a fraction such as \"5%\" or \"0.05\" "
                                         "(got {raw})"), key=repr(key), raw=repr(raw))) from None
    if not 0 <= value < 1:
        raise InputError(loc, Message(N_("{key} must be at least 0 and below 100% (got {raw})"),
                                      key=repr(key), raw=repr(raw)))
    return value


_ERROR_AT = re.compile(r"^(?P<msg>.*?) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")


# what tomllib found, by the start of its message, in factcheck's words
_TOML_REASONS: tuple[tuple[str, str], ...] = (
    ("Invalid value", N_("a value TOML cannot read: text needs quotes (\"…\")")),
    ("Cannot overwrite a value", N_("a key given twice")),
    ("Cannot declare", N_("a key or table given twice")),
    ("Duplicate inline table key", N_("a key given twice")),
    ("Cannot mutate immutable namespace", N_("a table defined twice")),
    ("Cannot redefine namespace", N_("a table defined twice")),
    ("Unclosed array", N_("a list opened with '[' is not closed")),
    ("Unclosed inline table", N_("an inline table opened with a brace is not closed")),
    ("Expected '=' after a key", N_("a key without '=' after it")),
    ("Expected ']' at the end of a table", N_("a table header without its closing ']'")),
    ("Expected ']]'", N_("a header of an array of tables without its closing ']]'")),
    ("Unescaped '\\'", N_("an unknown escape after a backslash in a double-quoted text; "
                           "write \\\\ for a backslash, or use single quotes")),
    ("Escaped character", N_("an escape after a backslash that names no character")),
    ("Invalid hex value", N_("an escape after a backslash needs hexadecimal digits")),
    ("Unterminated string", N_("a quoted text is not closed")),
    ("Invalid statement", N_("a line that is neither key = value nor a [table] header")),
    ("Invalid initial character for a key", N_("a key that starts with a character a key "
                                               "cannot hold; put the key in quotes")),
    ("Illegal character", N_("a character not allowed here")),
    ("Found invalid character", N_("a character not allowed here")),
    ("Invalid date or datetime", N_("an invalid date or time")),
    ("Expected", N_("a character missing here")),
)


def _toml_error(text: str, source: str = "") -> tuple[int, int, str]:
    m = _ERROR_AT.match(text)
    found = text if m is None else m["msg"]
    if m is not None and found.startswith("Illegal character"):
        # a line end inside a quoted text: tomllib names the character, not the cause
        lines, line = source.splitlines(), int(m["line"])
        row = lines[line - 1] if 0 < line <= len(lines) else ""
        if int(m["col"]) > len(row) and row.count('"') % 2 == 1:
            found = "Unterminated string"
    reason: str = next((Message(message) for start, message in _TOML_REASONS
                        if found.startswith(start)), found)
    line, col = (1, 1) if m is None else (int(m["line"]), int(m["col"]))
    return line, col, Message(N_("invalid TOML: {reason}"), reason=reason)


class _Locator:
    """Finds where a key was written; tomllib keeps no positions."""

    _HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")

    def __init__(self, file: str, text: str) -> None:
        self.file = file
        self.lines = text.splitlines()

    def _tables(self) -> list[tuple[int, tuple[str, ...]]]:
        out: list[tuple[int, tuple[str, ...]]] = [(0, ())]
        for i, line in enumerate(self.lines):
            m = self._HEADER.match(line)
            if m:
                out.append((i, tuple(p.strip().strip('"\'') for p in m[1].split("."))))
        return out

    def table(self, path: tuple[str, ...]) -> Location:
        for i, name in self._tables():
            if name == path and path:
                return Location(self.file, i + 1, 1)
        return Location(self.file)

    def key(self, table: tuple[str, ...], key: str) -> Location:
        """The key in its own table, dotted in an enclosing one, or in an inline table."""
        tables = self._tables()
        sections = []
        for n, (start, name) in enumerate(tables):
            if name == table[: len(name)]:
                end = tables[n + 1][0] if n + 1 < len(tables) else len(self.lines)
                sections.append((start + (1 if name else 0), end, table[len(name):]))
        for start, end, rest in sections:
            dotted = r"\s*\.\s*".join(rf"[\"']?{re.escape(p)}[\"']?" for p in (*rest, key))
            pattern = re.compile(rf"^\s*({dotted})\s*=")
            for i in range(start, end):
                m = pattern.match(self.lines[i])
                if m:
                    return Location(self.file, i + 1, m.start(1) + 1)
        inline = re.compile(rf"[{{,]\s*([\"']?{re.escape(key)}[\"']?)\s*=")
        for start, end, _ in sections:
            for i in range(start, end):
                m = inline.search(self.lines[i])
                if m:
                    return Location(self.file, i + 1, m.start(1) + 1)
        return self.table(table)
