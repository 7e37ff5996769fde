"""Strict records of reference data: a table's sidecar and a claim's citation of a cell.

Keys are kebab-case; unknown keys are errors, as in claims files. ``factcheck schema
--table`` prints the JSON Schema of the sidecar (kept in ``schema/table.schema.json``).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, model_validator

from factcheck.core.i18n import N_, Message
from factcheck.core.strict import Strict

TABLE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
NAME_PATTERN = r"^[^\x00-\x1f\x7f]+$"

TableId = Annotated[str, Field(pattern=TABLE_PATTERN, max_length=200)]
ColumnName = Annotated[str, Field(min_length=1, max_length=200, pattern=NAME_PATTERN)]
KeyValue = Annotated[str, Field(min_length=1, max_length=1000, pattern=NAME_PATTERN)]


class Column(Strict):
    """One column of a table. A column with a ``unit`` holds numbers; one without holds text."""

    unit: str | None = Field(
        None, description="Unit of every number in the column, as a claim's value writes it: "
        "'%', 'pp', '元', '辆', '吨'. Omit for a text column.")
    multiplier: str | None = Field(
        None, description="Scale of the numbers as printed: '万', '亿', '千', 'thousand', "
        "'million'. Cell 31.67 with multiplier 万 and unit 辆 is 31.67万辆.")
    description: str | None = Field(None, description="What the column holds, in plain words.")

    @model_validator(mode="after")
    def _multiplier_needs_unit(self) -> Column:
        if self.multiplier is not None and self.unit is None:
            raise ValueError(Message(N_("a column with a multiplier needs a unit")))
        return self


class TableMeta(Strict):
    """The sidecar of one CSV table: where its numbers come from and what they are."""

    title: str = Field(min_length=1, description="Title of the release or table, as published.")
    publisher: str = Field(min_length=1, description="Who published it (a statistics office).")
    url: str = Field(min_length=1, pattern=r"^(https?://|urn:|doi:)\S+$",
                     description="Where the release is published.")
    released: dt.date = Field(description="Date of this release (this vintage).")
    vintage: str = Field(min_length=1, description="Which release of the figures this is: "
                         "'first release', 'revised', 'final'.")
    revises: TableId | None = Field(
        None, description="The table (in the same data folder) holding an earlier vintage of "
        "the same figures, which this one supersedes.")
    csv: str | None = Field(None, min_length=1, pattern=r"^[^/\\]+\.(csv|xlsx)$",
                            description="The table file beside this sidecar: CSV, or .xlsx with the "
                            "optional extra factcheck[xlsx] (its first sheet); default NAME.csv.")
    keys: list[ColumnName] = Field(min_length=1, description="Columns whose values, together, "
                                   "name a row; each row's keys are unique.")
    columns: dict[ColumnName, Column] = Field(min_length=1, description="Every column of the "
                                              "CSV header, with its unit and multiplier.")
    accessed: dt.date | None = Field(None, description="When the figures were copied.")
    note: str | None = None

    @model_validator(mode="after")
    def _keys_are_columns(self) -> TableMeta:
        for key in self.keys:
            if key not in self.columns:
                raise ValueError(Message(N_("key {key} is not one of the columns"), key=repr(key)))
            if self.columns[key].unit is not None:
                raise ValueError(Message(N_("key column {key} has a unit; keys are text"),
                                         key=repr(key)))
        if len(set(self.keys)) != len(self.keys):
            raise ValueError(Message(N_("a key column is listed twice")))
        return self


class Citation(Strict):
    """A cell of a reference table, named by its row keys and column (never by position)."""

    table: TableId = Field(description="The table: NAME of NAME.csv in the data folder.")
    row: dict[ColumnName, KeyValue] = Field(
        min_length=1, description="The row's key columns and their values.")
    column: ColumnName = Field(description="The column holding the cited figure.")

    def describe_row(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in self.row.items())


class Reference(Strict):
    """A source value that is not printed in the article but that a relation uses as one
    of its members (the national rate behind 高于全国2.3个百分点)."""

    id: Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=200)] = Field(
        description="Unique id (shared with the claims' ids), named by relations.")
    source: Citation
    measures: str | None = Field(None, description="What the value measures, in plain words.")
    note: str | None = None


def table_schema() -> str:
    """The JSON Schema of a table sidecar, as ``factcheck schema --table`` prints it."""
    import json

    schema = TableMeta.model_json_schema(by_alias=True)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
