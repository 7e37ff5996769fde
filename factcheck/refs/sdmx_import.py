"""Import an SDMX data message (SDMX-ML or SDMX-JSON, as Eurostat, the ECB, the IMF and
many national offices publish) into the project's table format: a CSV and its sidecar.

Reading is done by sdmx1 (the optional extra ``factcheck[sdmx]``); only a local file is
read, never a web service. Each observation becomes a row: one key column per dimension
(``TIME_PERIOD`` included), the observation's value in ``value``, and its status (``p``
provisional, ``e`` estimated …) in ``OBS_STATUS`` when the message has any. The unit comes
from ``UNIT_MEASURE`` (or ``--unit``) and the multiplier from ``UNIT_MULT``; both must be
the same for every observation of the message. Values are kept exactly as the message
writes them.

An SDMX-ML file is XML that anyone can commit, so before sdmx1 sees it, it is parsed by
factcheck's own lxml parser, hardened whatever lxml version is installed: no entity
resolution, no network, no DTD loading, no huge trees. A file that declares a DTD
(``<!DOCTYPE``: the only way to declare an entity, external or parameter) or refers to
an undeclared entity is refused with one line, so sdmx1's parser (which resolves external
entities under lxml < 5) never meets one. Whatever sdmx1 or pandas print or log while
reading (sdmx1 dumps its parser state on stdout when it fails) is held back: the user sees
the one error line.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.core.errors import InputError, Location
from factcheck.core.i18n import N_, Message

MAX_SDMX_BYTES = 256 * 1024 * 1024
# SDMX code lists (CL_UNIT, CL_UNIT_MULT) to the units and multipliers a claim writes
UNITS = {"PC": "%", "PCT": "%", "PCH": "%", "PT": "%", "PP": "pp", "CNY": "元",
         "USD": "美元", "EUR": "EUR", "PS": "人", "PERS": "人"}
MULTIPLIERS = {"0": None, "3": "thousand", "4": "万", "6": "million", "8": "亿", "9": "billion"}
VALUE = "value"
STATUS = "OBS_STATUS"


@dataclass(frozen=True)
class Provenance:
    """What the command line adds to (or overrides in) the message's header."""

    url: str
    title: str | None = None
    publisher: str | None = None
    released: dt.date | None = None
    vintage: str = "first release"
    unit: str | None = None


@dataclass(frozen=True)
class Imported:
    csv_text: str
    sidecar_text: str
    rows: int


def convert(path: Path, shown: str, provenance: Provenance) -> Imported:
    """Read the SDMX message at ``path`` and build the table's CSV and sidecar text."""
    with _quiet():
        try:
            import sdmx
        except ImportError:
            raise InputError(Location(shown), Message(N_("SDMX import needs the optional "
                                                         "extra: {command}"),
                                                      command="pip install 'factcheck[sdmx]'")) from None
    from factcheck.load.text import read_bytes

    data = read_bytes(path, shown, what="SDMX file", max_bytes=MAX_SDMX_BYTES)
    refuse_dtd(data, shown)
    try:
        with _quiet():
            message = sdmx.read_sdmx(io.BytesIO(data))
    except Exception as exc:  # lxml, JSON and sdmx1's own errors: all mean "not SDMX we read"
        raise InputError(Location(shown), Message(N_("not an SDMX data message sdmx1 can read: "
                                                     "{reason}"), reason=sdmx_reason(exc))) from None
    datasets = list(getattr(message, "data", None) or [])
    observations = [o for ds in datasets for o in ds.obs]
    if not observations:
        raise InputError(Location(shown), Message(N_("the SDMX message holds no observations")))
    dims = list(observations[0].key.values)
    rows: list[list[str]] = []
    units: set[str] = set()
    mults: set[str] = set()
    statuses = False
    for obs in observations:
        key = obs.key.values
        if list(key) != dims:
            raise InputError(Location(shown), Message(
                N_("observations with different dimensions: {these} and {those}"),
                these=", ".join(dims), those=", ".join(key)))
        attrs = _attributes(obs)
        units.add(attrs.get("UNIT_MEASURE", ""))
        mults.add(attrs.get("UNIT_MULT", "0") or "0")
        status = attrs.get(STATUS, "")
        statuses = statuses or bool(status)
        rows.append([str(key[d].value) for d in dims] + [_value(obs.value), status])
    unit = provenance.unit or _one(units, "UNIT_MEASURE", shown, UNITS)
    multiplier = _one(mults, "UNIT_MULT", shown, MULTIPLIERS)
    header_columns = [*dims, VALUE] + ([STATUS] if statuses else [])
    seen: dict[tuple[str, ...], int] = {}
    for i, row in enumerate(rows):
        k = tuple(row[: len(dims)])
        if k in seen:
            raise InputError(Location(shown), Message(
                N_("two observations for {key}"),
                key=", ".join(f"{d}={v}" for d, v in zip(dims, k, strict=True))))
        seen[k] = i
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header_columns)
    for row in sorted(rows):
        writer.writerow(row if statuses else row[:-1])
    header = message.header
    sender = getattr(header, "sender", None)
    publisher = provenance.publisher or _text(getattr(sender, "name", None)) or _text(
        getattr(sender, "id", None))
    flow = getattr(message, "dataflow", None)
    title = provenance.title or _text(getattr(flow, "name", None)) or _text(getattr(header, "id", None))
    prepared = getattr(header, "prepared", None)
    released = provenance.released or (prepared.date() if isinstance(prepared, dt.datetime) else None)
    for what, value, option in ((N_("the SDMX header gives no publisher; pass {option}"),
                                 publisher, "--publisher"),
                                (N_("the SDMX header gives no title; pass {option}"), title,
                                 "--title"),
                                (N_("the SDMX header gives no release date; pass {option}"),
                                 released, "--released")):
        if not value:
            raise InputError(Location(shown), Message(what, option=option))
    sidecar = _sidecar(title or "", publisher or "", provenance.url, released, provenance.vintage,
                       dims, unit, multiplier, statuses, shown)
    return Imported(buffer.getvalue(), sidecar, len(rows))


_DOCTYPE = re.compile(rb"<!\s*DOCTYPE", re.IGNORECASE)
_FEED = 1 << 20


def refuse_dtd(data: bytes, shown: str) -> None:
    """InputError when ``data`` is XML that declares a DTD or refers to an entity it does
    not define, found by parsing it with hardened settings (never resolving, loading or
    fetching anything); XML that is not well-formed is refused at its line and column."""
    found = _DOCTYPE.search(data)
    if found is not None:
        before = data[: found.start()]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise InputError(Location(shown, line, column), _DTD)
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not (body.lstrip().startswith(b"<") or data.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return  # SDMX-JSON or SDMX-CSV: no entities
    import importlib

    etree: Any = importlib.import_module("lxml.etree")  # sdmx1 needs lxml; no stubs
    parser = etree.XMLPullParser(events=("start", "end"), resolve_entities=False,
                                 no_network=True, load_dtd=False, huge_tree=False,
                                 dtd_validation=False, attribute_defaults=False)
    checked = False
    try:
        for start in range(0, len(data), _FEED):
            parser.feed(data[start:start + _FEED])
            for event, element in parser.read_events():
                if not checked:
                    info = element.getroottree().docinfo
                    if info.doctype or info.internalDTD is not None or (
                            info.externalDTD is not None):
                        raise InputError(Location(shown), _DTD)
                    checked = True
                if event == "end":
                    element.clear()
        parser.close()
    except etree.XMLSyntaxError as exc:
        # the first error libxml2 met (an undefined entity) before the one it gave up on
        log = list(getattr(parser, "feed_error_log", None) or [])
        if log:
            line, column, message = log[0].line, log[0].column, str(log[0].message)
        else:
            (line, column), message = exc.position or (1, 1), str(exc.msg or exc)
        message = re.sub(r",? line \d+, column \d+.*$", "", message.strip().splitlines()[0])
        kind = str(getattr(log[0], "type_name", "")) if log else ""
        reason = Message(_XML_REASONS[kind]) if kind in _XML_REASONS else message
        raise InputError(Location(shown, max(line or 1, 1), max(column or 1, 1)),
                         Message(N_("not well-formed XML: {reason}"), reason=reason)) from None


# libxml2's problem, by its error type, in factcheck's words; a type not here keeps
# libxml2's own (English) sentence
_XML_REASONS = {
    "ERR_TAG_NAME_MISMATCH": N_("an end tag does not match the element it closes"),
    "ERR_TAG_NOT_FINISHED": N_("the file ends before an element is closed"),
    "ERR_UNDECLARED_ENTITY": N_("an entity (&name;) that is not declared"),
    "ERR_UNDEFINED_ENTITY": N_("an entity (&name;) that is not declared"),
    "ERR_NAME_REQUIRED": N_("a name is missing (a bare '&' is written &amp;)"),
    "ERR_ENTITYREF_SEMICOL_MISSING": N_("an entity without its closing ';' (a bare '&' is "
                                        "written &amp;)"),
    "ERR_DOCUMENT_END": N_("more content after the end of the document"),
    "ERR_DOCUMENT_EMPTY": N_("no XML element where the document starts"),
    "ERR_ATTRIBUTE_REDEFINED": N_("an attribute given twice on one element"),
    "ERR_ATTRIBUTE_NOT_STARTED": N_("an attribute value not in quotes"),
    "ERR_ATTRIBUTE_WITHOUT_VALUE": N_("an attribute without a value"),
    "ERR_LT_IN_ATTRIBUTE": N_("a '<' inside an attribute value (write &lt;)"),
    "ERR_GT_REQUIRED": N_("a tag not closed by '>'"),
    "ERR_INVALID_CHAR": N_("a character XML does not allow"),
    "ERR_INVALID_ENCODING": N_("bytes that are not in the document's encoding"),
    "NS_ERR_UNDEFINED_NAMESPACE": N_("a namespace prefix that is not declared"),
}


def sdmx_reason(exc: BaseException) -> str:
    """Why sdmx1 could not read a message, by what it raised (its sentences are English):
    a format it does not recognise, a part the message lacks, a version it does not read."""
    while exc.__cause__ is not None:  # sdmx1's XMLParseError wraps what its reader raised
        exc = exc.__cause__
    if isinstance(exc, NotImplementedError) and exc.args and isinstance(exc.args[0], str):
        return Message(N_("an element sdmx1 does not read: {element}"), element=exc.args[0])
    if isinstance(exc, RuntimeError) and not isinstance(exc, NotImplementedError):
        return Message(N_("the content is none of SDMX-ML, SDMX-JSON or SDMX-CSV"))
    if isinstance(exc, KeyError) and exc.args:
        return Message(N_("a part the message needs is missing ({key})"), key=repr(exc.args[0]))
    if isinstance(exc, (AssertionError, NotImplementedError)):
        return Message(N_("a kind or version of SDMX message sdmx1 does not read"))
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return first or type(exc).__name__


_DTD = Message(N_("the SDMX file declares a DTD (<!DOCTYPE …>), which SDMX messages never need "
                 "and through which XML can read other files; it is not read"))


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Hold back what sdmx1, pandas and lxml print, log or warn: the caller reports one
    line. Logging is switched off for the duration (sdmx1 logs through the root logger's
    last-resort handler otherwise)."""
    import logging
    import warnings

    sink = io.StringIO()
    previous = logging.root.manager.disable
    logging.disable(logging.CRITICAL)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(sink), \
                contextlib.redirect_stderr(sink):
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


def _attributes(obs: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    series = getattr(obs, "series_key", None)
    for source in (getattr(series, "attrib", None) or {}, obs.attrib or {}):
        for k, v in source.items():
            out[str(k)] = str(getattr(v, "value", v))
    return out


def _value(value: Any) -> str:
    text = "" if value is None else str(value).strip()
    return "" if text.lower() in ("nan", "na", "") else text


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _one(values: set[str], attribute: str, shown: str, codes: dict[str, Any]) -> Any:
    if len(values) != 1:
        raise InputError(Location(shown), Message(
            N_("observations have several {attribute} values ({values}); import one at a time"),
            attribute=attribute, values=", ".join(sorted(v or "(none)" for v in values))))
    [code] = values
    if code not in codes:
        template = (N_("{attribute} {code} has no factcheck equivalent (pass --unit)")
                    if attribute == "UNIT_MEASURE" else
                    N_("{attribute} {code} has no factcheck equivalent"))
        raise InputError(Location(shown), Message(template, attribute=attribute,
                                                  code=repr(code or "(none)")))
    return codes[code]


def _sidecar(title: str, publisher: str, url: str, released: dt.date | None, vintage: str,
             dims: list[str], unit: str, multiplier: str | None, statuses: bool,
             source: str) -> str:
    import yaml

    value: dict[str, Any] = {"unit": unit}
    if multiplier:
        value["multiplier"] = multiplier
    value["description"] = "OBS_VALUE of the SDMX message"
    columns: dict[str, Any] = {d: {} for d in dims}
    columns[VALUE] = value
    if statuses:
        columns[STATUS] = {"description": "Observation status (p provisional, e estimated …)"}
    doc = {"title": title, "publisher": publisher, "url": url, "released": released,
           "vintage": vintage, "keys": dims, "columns": columns,
           "note": f"Imported from the SDMX message {Path(source).name} by factcheck import-sdmx."}
    body = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, default_flow_style=False,
                          width=100)
    return "# yaml-language-server: $schema=../schema/table.schema.json\n" + body


def import_sdmx(source: Path, name: str, folder: Path, provenance: Provenance, *,
                force: bool = False) -> tuple[Path, Path, int]:
    """Write ``folder/NAME.csv`` and ``folder/NAME.yaml`` from an SDMX file; refuses to
    overwrite either without ``force``. The result is read back as a table before it is
    written, so what lands in the folder always loads."""
    import re

    from factcheck.core.atomic import atomic_write
    from factcheck.load.paths import display_path
    from factcheck.refs.model import TABLE_PATTERN

    if not re.match(TABLE_PATTERN, name):
        raise InputError(Location(name), Message(N_("a table name is letters, digits, '.', "
                                                    "'_' and '-'")))
    imported = convert(source, display_path(source), provenance)
    csv_path, sidecar = folder / f"{name}.csv", folder / f"{name}.yaml"
    for target in (csv_path, sidecar):
        if target.exists() and not force:
            raise InputError(Location(display_path(target)),
                             Message(N_("already exists; pass --force to overwrite it")))
    _validate(imported, name, csv_path, sidecar)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(csv_path, imported.csv_text)
    atomic_write(sidecar, imported.sidecar_text)
    return csv_path, sidecar, imported.rows


def _validate(imported: Imported, name: str, csv_path: Path, sidecar: Path) -> None:
    """Load the would-be table from memory: the sidecar through the strict model."""
    import tempfile

    from factcheck.refs.resolve import DataFolder

    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / csv_path.name).write_text(imported.csv_text, encoding="utf-8")
        (Path(tmp) / sidecar.name).write_text(imported.sidecar_text, encoding="utf-8")
        folder = DataFolder(Path(tmp), tmp)
        folder.table(name)
