"""Discovery's notes in the desk's language: the evidence of an ``--auto`` finding, the note
of a relation discovery proposed but could not build, and what the model refused in a
drafted record, in factcheck's words (the field and why), never pydantic's sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError

from factcheck.checks import select_rules
from factcheck.claims.model import Claim, validate_claim
from factcheck.core import i18n
from factcheck.core.i18n import _
from factcheck.discover.auto import check_text
from factcheck.discover.claims import refused
from factcheck.report.result import dropped_notes


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.reset()


def _both(make: Any) -> tuple[Any, Any]:
    out = []
    for lang in ("zh", "en"):
        i18n.reset(lang)
        out.append(make())
    return out[0], out[1]


@pytest.mark.parametrize(("text", "zh", "en"), [
    ("Exports decreased less than $0.1 billion to $62.3 billion.\n",
     "第 1 行第 19 列：未检查 change，发现的关系无法构建（'-less than $0.1 billion' 中没有数字）；"
     "线索 “decreased less than $0.1 billion to $62.3 billion”，置信度 0.90",
     "line 1, column 19: change not checked, the relation discovery proposed cannot be built "
     "(no number in '-less than $0.1 billion'); cue “decreased less than $0.1 billion to "
     "$62.3 billion”, confidence 0.90"),
    ("出口额1000亿元，同比下降近百分八。\n",
     "第 1 行第 15 列：未检查 growth，发现的关系无法构建（'-近百分八' 中没有数字）；线索 “下降”，置信度 0.90",
     "line 1, column 15: growth not checked, the relation discovery proposed cannot be built "
     "(no number in '-近百分八'); cue “下降”, confidence 0.90"),
])
def test_a_relation_not_built_is_noted_in_the_language(text: str, zh: str, en: str) -> None:
    auto = check_text(text, "a.txt", select_rules())
    assert _both(lambda: dropped_notes(auto.report)) == ((zh,), (en,))


def test_the_evidence_of_a_discovered_finding_is_in_the_language() -> None:
    text = "全市规上工业产值5000.00亿元，其中汽车产业产值2760.91亿元，同比增长10.0%。\n"
    auto = check_text(text, "a.txt", select_rules())
    zh, en = _both(lambda: [_(o.message) for o in auto.report.outcomes])
    assert "各部分（2760.91亿元）未超过总量 5000.00亿元。 [发现依据：“其中”引出其前数字的一部分；" \
           "线索 “其中”，置信度 0.90]" in zh
    assert "10.0% 是可能的增速。 [发现依据：“增长/下降”给出同句所列数额的增速；" \
           "线索 “增长”，置信度 0.90]" in zh
    assert "The parts (2760.91亿元) do not exceed the total 5000.00亿元. [discovered: 其中 " \
           "introduces a part of the figure before it; cue “其中”, confidence 0.90]" in en
    assert not [m for m in zh if "discovered" in m or "confidence" in m]


@pytest.mark.parametrize(("record", "zh", "en"), [
    ({"occurrence": "abc"}, "occurrence：必须是整数", "occurrence: must be a whole number"),
    ({"occurrence": 0}, "occurrence：不能小于 1", "occurrence: must be at least 1"),
    ({"kind": "amout"}, "kind：必须是 'amount', ", "kind: must be one of 'amount', "),
])
def test_a_refused_drafted_record_names_its_field_and_why(record: dict[str, Any], zh: str,
                                                         en: str) -> None:
    try:
        validate_claim({"id": "x", "quote": "-", "value": "1亿元", **record})
    except ValidationError as exc:
        error = exc
    else:
        raise AssertionError("the record was accepted")
    got_zh, got_en = _both(lambda: _(refused(error, Claim)))
    assert got_zh.startswith(zh) and got_en.startswith(en)
    assert "Input should" not in got_en and "input should" not in got_en
