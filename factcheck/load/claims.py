"""Load a claims file and its article into typed, validated records."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.core.errors import InputError, Location
from factcheck.core.i18n import N_, Message, joined
from factcheck.load.paths import display_path
from factcheck.load.text import UTF8, read_article, read_text
from factcheck.load.validation import as_input_error
from factcheck.load.yaml_nodes import Path as PathKey
from factcheck.load.yaml_nodes import Positions, load_yaml

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcheck.claims.model import ClaimsFile
    from factcheck.claims.provenance import Provenance
    from factcheck.refs.resolve import Sources


@dataclass(frozen=True)
class Article:
    """The article as decoded, with the path it is reported under and the encoding it was
    read in (``utf-8`` unless it was UTF-16 with a BOM or unambiguous GB18030)."""

    path: str
    text: str
    encoding: str = UTF8


@dataclass(frozen=True)
class LoadedClaims:
    """A validated claims file, the positions it was written at, and its article."""

    path: str
    claims: ClaimsFile
    positions: Positions
    article: Article
    discovered: bool = False  # built from the article's own wording, not from a claims file
    # for discovered claims: the relations behind them (evidence, readings, shared rates)
    provenance: Provenance | None = None
    # other files the verdicts read (reference tables): the result cache compares them
    data_files: tuple[str, ...] = ()
    sources: Sources | None = None  # the reference-data cells its claims cite

    def claim_location(self, index: int) -> Location:
        return self.positions.at(("claims", index))

    def field_location(self, index: int, name: str) -> Location:
        return self.positions.at(("claims", index, name.replace("_", "-")))

    def slimmed(self) -> LoadedClaims:
        """The same claims with only the positions a report still reads once the graph is
        built: those of the document, its top-level keys and each claim and waiver, plus,
        per claim and waiver, the one-line value that ends last (where a report's region
        for the record ends).

        A claims file records a position for every key and value (a million for 100 000
        claims), which is most of what a kept report would otherwise weigh.
        """
        positions = self.positions
        file = positions.file
        if positions.last_line is not None and not positions._spans:
            # a shallow record (the loader's): its short paths and the entries it tracked
            # are these, in this order (a completed one holds every path: the short ones
            # are taken from it in the order a full record has them)
            spans = {path: Location(file, *at) for path, at in positions._raw.items()
                     if len(path) <= 2}
            for _, path, at in positions.last_line.values():
                spans[path] = Location(file, *at)
            return replace(self, positions=Positions(file, spans))
        # the raw tuples the loader recorded, read without making a Location of each
        # (recorded Locations win over raw tuples, as in Positions.spans)
        entries: dict[PathKey, tuple[int, int, int | None, int | None]]
        if positions._spans:
            entries = dict(positions._raw)
            entries.update((path, (loc.line, loc.column, loc.end_line, loc.end_column))
                           for path, loc in positions._spans.items())
        else:  # only raw tuples (the usual case): read them in place, no copy of a million
            entries = positions._raw  # type: ignore[assignment]
        kept: dict[PathKey, tuple[int, int, int | None, int | None]] = {}
        last: dict[PathKey, tuple[tuple[int, int], PathKey]] = {}
        records = ("claims", "waivers")
        for path, raw in entries.items():
            if len(path) <= 2:
                kept[path] = raw
                continue
            line, column, end_line, end_column = raw
            if (path[0] in records and path[1].__class__ is int
                    and (end_line is None or end_line == line)):
                end = (end_line or line, end_column or column)
                record = path[:2]
                if record not in last or end > last[record][0]:
                    last[record] = (end, path)
        for _, path in last.values():
            kept[path] = entries[path]
        spans = {path: Location(file, *raw) for path, raw in kept.items()}
        return replace(self, positions=Positions(file, spans))


def read_claims(path: Path) -> tuple[ClaimsFile, Positions]:
    """Read, parse and validate a claims file (not its article)."""
    shown = display_path(path)
    text = read_text(path, shown, what="claims file")
    if not text.strip():
        raise InputError(Location(shown), Message(N_("empty claims file")))
    data, positions = load_yaml(text, shown, shallow=True)
    if not isinstance(data, dict):
        raise InputError(positions.at(()),
                         Message(N_("a claims file is a mapping with 'article' and 'claims'")))
    return validate(data, positions), positions


def load_claims_file(path: Path, article_override: Path | None = None,
                     root: Path | None = None, config_dir: Path | None = None) -> LoadedClaims:
    """Read, parse and validate a claims file, then read its article and the reference
    data its claims cite.

    The article and the data the file names must lie inside the project root (``root``
    when given, else the one ``factcheck.load.paths.root_for`` finds); an
    ``article_override`` is the user's own choice on the command line and is not confined.
    """
    from factcheck.load.paths import confine, root_for
    from factcheck.refs.resolve import resolve

    shown = display_path(path)
    claims, positions = read_claims(path)
    if article_override is not None:
        article_path = article_override
        article_shown = display_path(article_override)
        where = Location(article_shown)
    else:
        where = positions.at(("article",))
        named = path.parent / claims.article
        confine(named, root_for(path, root, config_dir), where, "article", claims.article)
        article_path = named
        article_shown = display_path(article_path)
    try:
        decoded = read_article(article_path, article_shown)
    except InputError as exc:
        if exc.message == "article not found":
            raise InputError(where, Message(N_("article {article} not found"),
                                            article=repr(article_shown))) from None
        raise
    if not decoded.text.strip():
        raise InputError(Location(article_shown), Message(N_("article is empty")))
    article = Article(article_shown, decoded.text, decoded.encoding)
    if claims.data is not None:
        confine(path.parent / claims.data, root_for(path, root, config_dir),
                positions.at(("data",)), "data folder", claims.data)
    sources = resolve(claims, path, positions)
    return LoadedClaims(shown, claims, positions, article, sources=sources,
                        data_files=sources.files if sources is not None else ())


MAX_ERRORS = 20  # validation of a long list stops after this many errors
_LONG = 100  # a list longer than this is validated record by record


def validate(data: dict[str, Any], positions: Positions) -> ClaimsFile:
    from pydantic import ValidationError

    from factcheck.claims.model import ClaimsFile

    data = _validate_long_lists(data, positions)
    try:
        return ClaimsFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise as_input_error(first, positions) from None


def _validate_long_lists(data: dict[str, Any], positions: Positions) -> dict[str, Any]:
    """Validate the records of a long list one by one and stop after ``MAX_ERRORS``.

    pydantic collects every error of a document before it reports one: a claims file of a
    million empty records (``claims: [{},{},…]``, 3 MB) held three million errors, and
    their inputs, at once (3 GB). Record by record, at most ``MAX_ERRORS`` are kept.

    Returns ``data`` with each long list replaced by its validated records: the file's
    model takes a record it already holds as it is (pydantic does not validate an
    instance again), so no record is validated twice.
    """
    from pydantic import ValidationError

    from factcheck.claims.model import Relation, Waiver, validate_claim
    from factcheck.refs.model import Reference

    validators: dict[str, Callable[[Any], object]] = {
        "claims": validate_claim, "waivers": Waiver.model_validate,
        "relations": Relation.model_validate, "references": Reference.model_validate}
    out = data
    for name, validate_one in validators.items():
        records = data.get(name)
        if not isinstance(records, list) or len(records) <= _LONG:
            continue
        errors: list[Any] = []
        stopped = None
        valid: list[object] = []
        for i, record in enumerate(records):
            try:
                valid.append(validate_one(record))
            except ValidationError as exc:
                for error in exc.errors(include_url=False):
                    errors.append({**error, "loc": (name, i, *error["loc"])})
                del exc
                if len(errors) >= MAX_ERRORS:
                    stopped = i
                    break
        if not errors:
            out = {**out, name: valid}
            continue
        first = as_input_error(errors[0], positions)
        more = ""
        if stopped is not None and stopped + 1 < len(records):
            more = Message(N_(" (and {n} more errors in {records}; validation stopped there, "
                              "{after} records after them not checked)"), n=len(errors) - 1,
                           records=f"{name}[0..{stopped}]", after=len(records) - stopped - 1)
        elif len(errors) > 1:
            more = Message(N_(" (and {n} more errors in {records})"), n=len(errors) - 1,
                           records=name)
        raise InputError(first.location, joined([first.message, more], ""))
    return out


def cited_files(claims_path: Path) -> list[Path]:
    """The data files a check of ``claims_path`` depends on (see ``refs.resolve.cited_files``)."""
    from factcheck.refs.resolve import cited_files as files

    claims, _ = read_claims(claims_path)
    return files(claims, claims_path)
