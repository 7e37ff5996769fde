"""由A到B with the period of each value between them, as labour releases write a rolling
quarter (失业率由4月至6月的4.7%回落到5月至7月的4.3%), and 由A，升至最新的B. Every sentence
here is invented."""

from __future__ import annotations

from factcheck.discover import discover_relations


def _from_to(text: str) -> list[tuple[list[tuple[str, str]], object]]:
    return [([(role.value, f.text) for role, f in r.roles], r.extra.get("direction"))
            for r in discover_relations(text, "zh") if r.kind.value == "from-to"]


def test_the_periods_of_both_values_stand_between_them() -> None:
    assert _from_to("经季节性调整的失业率由2月至4月的5.2%回落到3月至5月的5.0%。") == [
        ([("current", "5.0%"), ("prior", "5.2%")], "down")]
    assert _from_to("就業不足率由二零二四年一月至三月的1.1%上升至二月至四月的1.3%。") == [
        ([("current", "1.3%"), ("prior", "1.1%")], "up")]
    assert _from_to("登记失业人数由去年第三季的8.2万人增加到今年第一季的9.6万人。") == [
        ([("current", "9.6万人"), ("prior", "8.2万人")], "up")]


def test_the_latest_value_after_a_comma() -> None:
    assert _from_to("長期失業率則由0.9%，降至最新的0.8%。") == [
        ([("current", "0.8%"), ("prior", "0.9%")], "down")]


def test_two_subjects_are_no_from_to() -> None:
    # the first value falls with no later value; another subject rises to the second
    assert _from_to("出口增速由上月的3.4%下降，进口增速升至5月的4.1%。") == []
    # no 由 before the first value: two rates, not one rate and its earlier value
    assert _from_to("4月至6月的失业率4.7%，5月至7月的失业率回落到4.3%。") == []
