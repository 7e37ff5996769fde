"""The corpus of real published texts (tests/corpus/real): its shape, its labels, and the
dev scores of reading and discovery guarded at their measured level.

Only the dev split is ever scored here; the held-back texts are read for the shape of their
labels alone, never given to factcheck.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import realcorpus  # noqa: E402

REAL = realcorpus.REAL
ALL = sorted(p.stem for p in REAL.glob("*.txt"))


def _lang(name: str) -> str:
    return name.split("-", 1)[0]


def test_size_languages_and_publishers() -> None:
    by_lang = Counter(_lang(n) for n in ALL)
    assert len(ALL) >= 75
    assert by_lang["en"] >= 25 and by_lang["zh"] >= 15 and by_lang["zht"] >= 15
    publishers = {yaml.safe_load((REAL / f"{n}.source.yaml").read_text("utf-8"))["publisher"]
                  for n in ALL}
    assert len(publishers) >= 90


@pytest.mark.parametrize("name", ALL)
def test_source_sidecar(name: str) -> None:
    src = yaml.safe_load((REAL / f"{name}.source.yaml").read_text("utf-8"))
    for key in ("language", "publisher", "title", "url", "date"):
        assert src.get(key), f"{name}: no {key}"
    assert src["url"].startswith(("http://", "https://"))
    assert {"zh": "zh", "zht": "zht", "en": "en"}[_lang(name)] == src["language"]
    assert 100 <= len((REAL / f"{name}.txt").read_text("utf-8")) <= 2600


@pytest.mark.parametrize("name", ALL)
def test_labels_are_in_text_order(name: str) -> None:
    text, _, mentions = realcorpus.labels(name)  # raises if a span is missing or out of order
    assert mentions
    for m in mentions:
        assert text[m.start:m.end] == m.text
        if m.measure in realcorpus.SIGNED:
            assert m.sign in (-1, 0, 1), f"{name}: {m.text} has no sign"
        if m.figure:
            assert m.value is not None or m.low is not None, f"{name}: {m.text} has no value"


@pytest.mark.parametrize("name", ALL)
def test_relation_figures_are_printed(name: str) -> None:
    text = (REAL / f"{name}.txt").read_text("utf-8")
    side = yaml.safe_load((REAL / f"{name}.yaml").read_text("utf-8"))
    assert side["language"] in ("zh", "en")
    for rel in side["relations"]:
        assert rel["verdict"] in ("pass", "fail", "none")
        for key, value in rel.items():
            if key in realcorpus.META_KEYS or key == "structure":
                continue
            for v in value if isinstance(value, list) else [value]:
                assert str(v) in text, f"{name}: {key} {v!r} is not printed"


def _held_out(split_file: str, n: int) -> int:
    """How many of a batch's n texts (of one language) its split holds out: a third (rounded)
    in split.yaml and the second batch, half (rounded up) from the third batch on (the fourth,
    fifth, sixth, seventh and eighth too)."""
    batch = re.match(r"split-batch(\d+)", split_file)
    return math.ceil(n / 2) if batch and int(batch.group(1)) >= 3 else round(n / 3)


def test_held_out_share_per_batch() -> None:
    assert [_held_out("split.yaml", n) for n in (10, 11)] == [3, 4]
    assert [_held_out("split-batch2-en.yaml", n) for n in (29, 19)] == [10, 6]
    assert [_held_out("split-batch3-en.yaml", n) for n in (16, 15)] == [8, 8]
    assert [_held_out("split-batch4-en.yaml", n) for n in (14, 7)] == [7, 4]
    assert [_held_out("split-batch4-zh.yaml", n) for n in (7, 6)] == [4, 3]
    assert [_held_out("split-batch5-en.yaml", n) for n in (14, 7)] == [7, 4]
    assert [_held_out("split-batch5-zh.yaml", n) for n in (8, 7)] == [4, 4]
    assert [_held_out("split-batch6-en.yaml", n) for n in (14, 7)] == [7, 4]
    assert [_held_out("split-batch6-zh.yaml", n) for n in (7, 7)] == [4, 4]
    assert [_held_out("split-batch7-zh.yaml", n) for n in (7, 7)] == [4, 4]
    assert [_held_out("split-batch7-en.yaml", n) for n in (14, 7)] == [7, 4]
    assert [_held_out("split-batch8-en.yaml", n) for n in (14, 7)] == [7, 4]
    assert [_held_out("split-batch8-zh.yaml", n) for n in (7, 7)] == [4, 4]


def test_split_is_the_hash_rule_and_covers_every_text() -> None:
    batches = realcorpus.split_files()
    assert len(batches) >= 2
    listed = [n for split in batches.values() for n in split["dev"] + split["heldout"]]
    assert sorted(listed) == ALL  # every text in exactly one batch, once
    for file, split in batches.items():
        batch = split["dev"] + split["heldout"]
        for lang in ("zh", "zht", "en"):
            names = sorted((n for n in batch if _lang(n) == lang),
                           key=lambda n: hashlib.sha256(n.encode()).hexdigest())
            held = set(names[:_held_out(file, len(names))])
            assert held == {n for n in split["heldout"] if _lang(n) == lang}, file


def test_spent_texts_were_held_out_and_leave_the_held_out_split() -> None:
    held = {n for split in realcorpus.split_files().values() for n in split["heldout"]}
    used = realcorpus.spent()
    assert used <= held  # only a held-back text can have its scoring spent
    assert set(realcorpus.names("spent")) == used
    assert not used & set(realcorpus.names("heldout"))
    assert not used & set(realcorpus.names("dev"))


def test_unknown_split_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown split 'test'"):
        realcorpus.names("test")


# Floors measured on the dev split (benchmarks/real_figures.py and real_relations.py --split
# dev), 85 texts since the dev part of the third batch (8 English, 4 traditional, 3 simplified)
# joined on 2026-12-07 with no change to the code: on them recall 0.342 -> 0.327, precision
# 0.897 -> 0.881, four more non-figures asked for a claim. Raise these when reading or
# discovery improves; a drop is a regression. They are floors, not goals: the goals are in
# docs/measured.md, and what falls short is said there.
# Reading of press copy (split years, bracketed list numbers, glued web text, signs of
# comparisons and bracketed rates) raised them on 2026-12-07: span F1 0.969 -> 0.975, sign
# 0.949 -> 0.994, non-figures asked 38 -> 5 of 704.
# The dev part of the fourth English batch (7 texts) joined on 2026-12-07 with no change to the
# code: value 0.999 -> 0.997 (Tk amounts read without a value), sign 0.995 -> 0.989.
# The signs stated by phrasing, age bands, numbered names, frequencies and counts of kinds
# raised them on 2026-12-07 (98 dev texts): sign 0.989 -> 0.994 (1159/1166), value 0.997 ->
# 0.998, non-figures asked 8 -> 2 of 786 (on the 85 texts before: sign 1.000, none asked).
# The dev part of the fifth English batch (7 texts) joined on 2026-12-07 with no change to the
# code (105 dev texts): span F1 0.975 -> 0.966 (P 0.965, R 0.967), value 1.000, sign 0.993.
# With both fifth-batch dev parts (112 dev texts): F1 0.966, sign 0.994 (1297/1305), 4 of 886.
# Reading the classes met on the texts first seen (the spent split: currency codes, a year in
# a list of rates, age bands, decimal points of Chinese numerals, 破, signs init drafts from
# English phrasing) raised them on 2026-12-07: F1 0.975 -> 0.976, sign 0.996 -> 0.997
# (1162/1166), value 0.9995 (2092/2093), non-figures asked 2 of 786.
# With both fifth-batch dev parts (112 dev texts) and those readings: F1 0.968, value 0.999
# (2342/2345), sign 0.995 (1298/1305), non-figures asked 4 of 886.
# Lowered when the dev part of the sixth English batch (7 texts) joined on 2026-12-07 with no
# change to the code (119 dev texts): F1 0.969 (P 0.969, R 0.970), value 0.999 (2450/2453),
# sign 0.9926 (1350/1360), non-figures asked 5 of 926; a measurement of new text, not a
# regression.
# The dev parts of the sixth batch's Chinese texts (3 simplified, 3 traditional) joined on
# 2026-12-07 with no change to the code (118 dev texts): F1 0.966, value 0.999 -> 0.993
# (2419/2437; 14 rates per thousand, 千分之6.62, labelled 6.62 and read as 0.662, and 7千餘億元
# read as 7000), sign 0.995 -> 0.9926 (1335/1345), non-figures asked 4 -> 8 of 936; a
# measurement of new text, not a regression.
# With both sixth-batch dev parts (125 dev texts, code at the merge): F1 0.967, value 0.993
# (2527/2545), sign 0.991 (1387/1400), non-figures asked 9 of 976.
# Reading the press phrasing, small counts, slash dates, fractions and streaks met on the
# spent texts raised them on 2026-12-07 (evening): F1 0.968 -> 0.979, value 0.999
# (2371/2374), qualifier 0.998 (2360/2364), sign 0.995 -> 0.996 (1300/1305), non-figures
# asked 4 -> 2 of 886.
# Both together (125 dev texts) at the merge: F1 0.976, value 0.993 (2555/2573), sign 0.994
# (1392/1400), non-figures asked 6 of 976.
# With 千分之 read as ‰ (the notation the labels and the sign use): value 0.998 (2569/2573).
# Lowered when the dev part of the seventh English batch (7 texts) joined on 2026-12-07 with no
# change to the code (132 dev texts): F1 0.975, value 0.997 (2699/2707), qualifier 0.998, sign
# 0.993 -> 0.991 (1458/1471), non-figures asked 6 -> 8 of 1023; a measurement of new text, not
# a regression.
# With both seventh-batch dev parts (138 dev texts, no change to the code): F1 0.974, value
# 0.997 (2809/2818), qualifier 0.998, sign 0.9909 (1521/1535), non-figures asked 8 of 1081.
# kind: the claim kind init drafts for a labelled figure, 0.949 dev and 0.946 spent on 2026-12-07
# once contributions, rates per mille and more changes were read from their words
# With footnote marks ([1]), ROC date stamps (1070307), day-first dates (17/12) and 近11季
# read as no figure (2026-12-07, night): non-figures asked 6 -> 3 of 976.
# and after the second pass: F1 0.975, sign 0.992, kind 0.950 (2713/2857), 4 of 1081 asked.
# After the first-contact classes (十萬零八千, 多 before a counter, basis points in pp, a
# qualifier shared by a list, $3-4bn, 2x and doubled, arrivals, nights, index points), 2026-12-08:
# F1 0.975 -> 0.978, value 0.997 -> 0.998 (2820/2827), qualifier 0.998 (2811/2816), sign 0.992.
# Lowered when the dev part of the eighth English batch (7 texts) joined on 2026-12-08 with no
# change to the code (145 dev texts): F1 0.963 (P 0.962, R 0.965), value 0.997 (2931/2940),
# qualifier 0.998, sign 0.9899 (1571/1587), kind 0.947 (2841/2999), non-figures asked 4 of
# 1101 (counts spaced by thousands, "133 300", and letters typed for digits are new classes);
# a measurement of new text, not a regression.
# All of this stop's work merged (151 dev texts, 2026-12-08 02:55 UTC): F1 0.970, value 0.998
# (3081/3088), qualifier 0.998, sign 0.991 (1646/1661), kind 0.957 (3000/3135), 4 of 1146 asked.
# With the Gulf's currency codes read (QR44.3bn, RO985.3mn): F1 0.974.
FIGURES_DEV = {"f1": 0.973, "value": 0.997, "qualifier": 0.997, "sign": 0.99, "kind": 0.955}
# All of the night's passes merged (138 dev texts): F1 0.975, sign 0.992, kind 0.946, non-figures
# asked 4 of 1081; spent F1 0.976, value 1.000, sign 0.989, kind 0.946, 0 of 726.
NONFIGURES_ASKED_DEV = 4
# the spent texts, measured the same day: F1 0.951 -> 0.965, sign 0.965 -> 0.986 (792/803),
# non-figures asked 14 -> 1 of 559
# and the same evening, with those readings: F1 0.967 -> 0.978, sign 0.983 -> 0.991
# (929/937), non-figures asked 2 -> 0 of 639
# Lowered when the sixth batch's 15 held-back texts, scored once at 926a062, joined spent
# (94 texts): F1 0.966, sign 0.982 (1037/1056), 5 of 726 non-figures asked; new text and new
# classes (spoken decimals, 13-point-five percent; 亿斤), not a regression.
# After the classes that listing named (spoken decimals, the jin, a spaced qualifier): F1
# 0.974, sign 0.983 (1038/1056).
# After ranges in Chinese numerals and "ranged from", $-1.2 billion, passive falls (59,700 jobs
# had been lost), 倒退, footnote marks and the other classes of the same night: F1 0.976,
# value 1.000 (1864/1864), sign 0.989 (1044/1056), 0 of 726 non-figures asked.
# Lowered when batch 7's held-back half joined spent after its one scoring (109 spent texts, no
# change to the reading): F1 0.972, value 1.000, sign 0.985 (1214/1232), kind 0.938 (2061/2197),
# 0 of 826 non-figures asked; a measurement of new text, not a regression.
# After the second pass of the night (contribution words, a gap before "by", growth by a
# multiple, changes with a qualifier, new currencies): F1 0.973, sign 0.989 (1218/1232), kind
# 0.962 (2114/2197), 0 of 826 non-figures asked.
# After the first-contact classes of 2026-12-08: F1 0.973 -> 0.976, value 1.000 (2172/2172),
# qualifier 1.000, sign 0.989, kind 0.962.
# All of this stop's work merged (109 spent texts): F1 0.976, sign 0.989, kind 0.967.
# With batch 8's held-back half in spent (124 texts, after its scoring and the Gulf currency
# codes): F1 0.964, sign 0.985 (1388/1409), kind 0.956 (2417/2529), 3 of 944 non-figures asked.
FIGURES_SPENT = {"f1": 0.963, "sign": 0.985, "kind": 0.955}
# 3 since batch 8's held-back half joined spent: non-figures of new publishers, to be read.
NONFIGURES_ASKED_SPENT = 3
# 2026-12-07 at 53b4356: recall 0.558 (998/1790), precision 0.912 (1039/1139). Lowered when
# the dev parts of the fourth batch (7 English, 3 simplified, 3 traditional texts) joined on
# 2026-12-07 with no change to the code: 98 dev texts at 1f970bc give recall 0.487
# (1046/2150), precision 0.888 (1087/1224); a measurement of new text, not a regression.
# Raised the same day after calibration and the rules of the fourth batch's dev texts:
# recall 0.506 (1088/2150), precision 0.899 (1133/1260).
# Lowered when the dev part of the fifth English batch (7 texts) joined on 2026-12-07 with no
# change to the code: 105 dev texts give recall 0.482 (1108/2298), precision 0.895
# (1154/1290); a measurement of new text, not a regression.
# Lowered when the dev parts of the fifth batch's Chinese texts (4 simplified, 3 traditional)
# joined on 2026-12-07 with no change to the code: 105 dev texts give recall 0.506 (1155/2281),
# precision 0.884 (1201/1358), 3 false failures (a partition of electricity use that leaves out
# households' use and the weighted rate beside it; a peak day's crossings taken for a total);
# a measurement of new text, not a regression.
# With both fifth-batch dev parts (112 texts), after the rules that removed those 3 false
# failures (a whole the three sectors do not exhaust; a peak or a daily average is no whole) and
# the repeated-value rule: recall 0.480 (1165/2429), precision 0.878 (1211/1380).
# Lowered when the dev part of the sixth English batch (7 texts) joined on 2026-12-07 with no
# change to the code: 119 dev texts give recall 0.466 (1179/2532), precision 0.876 (1225/1398),
# no false failure, 9 of 29 real inconsistencies flagged; a measurement of new text, not a
# regression.
# The dev parts of the sixth batch's Chinese texts (3 simplified, 3 traditional) joined on
# 2026-12-07 with no change to the code: 118 dev texts give recall 0.470 (1191/2533), precision
# 0.873 (1238/1418), no false failure; a measurement of new text, not a regression.
# With both sixth-batch dev parts (125 dev texts, code at the merge): recall 0.457
# (1205/2636), precision 0.872 (1252/1436), no false failure, 9 of 30 inconsistencies flagged.
# The dev parts of the seventh batch's Chinese texts (3 simplified, 3 traditional) joined on
# 2026-12-07 with no change to the code: 131 dev texts give recall 0.451 (1244/2760), precision
# 0.875 (1290/1475), no false failure, 9 of 31 real inconsistencies flagged.
# Lowered when the dev part of the seventh English batch (7 texts) joined on 2026-12-07 with no
# change to the code: 132 dev texts give recall 0.441 (1236/2804), precision 0.873 (1282/1468),
# one false failure (en-ghanabusinessnews-mauritius-trade-2009-06), 9 of 31 inconsistencies
# flagged; a measurement of new text, not a regression.
# With both seventh-batch dev parts (138 dev texts, no change to the code): recall 0.429
# (1257/2928), precision 0.873 (1303/1493), one false failure, 9 of 32 flagged.
# After the English pass of balance periods and product flows: recall 0.439 (1285/2928),
# precision 0.877 (1335/1523), no false failure, 10 of 32 flagged.
# All of the night's passes merged: recall 0.446 (1307/2928), precision 0.879 (1358/1545).
# After the second pass of the night (138 dev texts): recall 0.454 (1328/2928), precision 0.880
# (1379/1567), no false failure, 10 of 32 flagged.
# After the English pass of structures (lists of parts, shares listed, rates within a total,
# counts named, 2026-12-08): recall 0.472 (1381/2928), precision 0.880 (1432/1627), no false
# failure, 10 of 32 flagged.
# After the Chinese structures of first contact (counts with their items, complements across a
# ；, rates of complements, orders led by the bottom or past 再其次): recall 0.467 (1368/2928),
# precision 0.881 (1419/1610), no false failure, 10 of 32 flagged.
# Lowered when the dev part of the eighth English batch (7 texts) joined on 2026-12-08 with no
# change to the code: 145 dev texts give recall 0.431 (1333/3092), precision 0.875 (1384/1581),
# one false failure (en-nationnews-bss-labour-2016-q4: "133 300" read as 300, a partition of
# the employed by sex then failing), 10 of 34 real inconsistencies flagged; a measurement of
# new text, not a regression.
# All of this stop's work merged (151 dev texts, 2026-12-08 02:55 UTC): recall 0.474
# (1523/3212), precision 0.880 (1576/1791), no false failure, 10 of 35 flagged.
RELATIONS_DEV = {"recall": 0.47, "precision": 0.87}
# per script of Chinese (recall, precision), measured on the 85 dev texts at 53b4356:
# simplified 0.588 / 0.951, traditional 0.582 / 0.866; with the fourth batch's dev texts at
# 1f970bc: simplified 0.567 / 0.905, traditional 0.529 / 0.841; with the fifth batch's dev
# texts: simplified 0.570 / 0.875 (452/793, 462/528), traditional 0.516 / 0.831 (298/578, 319/384)
# and after the rules above: simplified 0.562 / 0.879, traditional 0.521 / 0.830; lowered when
# the sixth batch's Chinese dev texts joined (no change to the code): simplified 0.543 / 0.866
# (453/835, 464/536), traditional 0.500 / 0.834 (320/640, 341/409); after a share of a printed
# plan (完成年初预算数…的40.4%), measured at the merge below.
# At that merge (125 dev texts): simplified 0.557 / 0.869 (465/835, 476/548).
# Lowered when the seventh batch's Chinese dev texts joined (no change to the code): simplified
# 0.538 / 0.870 (476/885, 487/560), traditional 0.462 / 0.832 (330/714, 351/422); a measurement
# of new text, not a regression.
# After a headline's figure and an exact count printed again (2026-12-07): simplified
# 0.557 / 0.870 (465/835, 475/546), traditional 0.511 / 0.837 (327/640, 348/416); after the
# three sectors' rates (only where no amounts are printed) and the basis note (下同):
# simplified 0.566 / 0.872 (473/835, 483/554).
# All of the night's passes merged (138 dev texts): simplified 0.548 / 0.873 (485/885, 495/567),
# traditional 0.475 / 0.835 (339/714, 360/431).
# After the second pass: simplified 0.555 / 0.874, traditional 0.483 / 0.838.
# After the Chinese structures of first contact: simplified 0.575 / 0.874 (509/885, 519/594),
# traditional 0.514 / 0.845 (367/714, 388/459).
# Lowered when the eighth batch's Chinese dev texts joined (no change to the code; 144 dev
# texts): simplified 0.545 / 0.882 (535/981, 547/620), traditional 0.492 / 0.838 (363/738,
# 384/458); a measurement of new text, not a regression.
# All of this stop's work merged (151 dev texts, 2026-12-08 02:55 UTC): simplified
# 0.570 / 0.878 (559/981), traditional 0.523 / 0.846 (386/738).
RELATIONS_DEV_CHINESE = {"zh-": (0.565, 0.87), "zht-": (0.52, 0.84)}
# English (recall, precision): 0.510 / 0.912 at 53b4356 (0.374 / 0.883 before its last pass)
# with the fourth English batch's dev part: 0.400 / 0.912 (364/910, 375/411)
# after calibration: 0.445 / 0.942 (405/910, 420/446)
# with the fifth English batch's dev part: 0.388 / 0.924 (410/1058, 425/460)
# with the fifth batch's and the rules above (112 dev texts): 0.395 / 0.915 (418/1058, 433/473)
# with the sixth English batch's dev part (119 dev texts): 0.372 / 0.910 (432/1161, 447/491)
# after the English rules of subjects, balances, trade totals and from-to (fifth pass), on the 112
# dev texts: 0.398 / 0.916 (421/1058, 437/477); at the merge on 125 dev texts, with a currency
# after "to" a partner again: 0.375 / 0.911 (435/1161, 451/495)
# with the seventh English batch's dev part (132 dev texts, no change to the code): 0.339 / 0.910
# (451/1329, 465/511 = 0.90998, under the earlier floor of 0.91)
# after each side's own period for balances, balances reached past their rate, the
# headline restated, from-to words and pp changes by clause (125 dev texts, 2026-12-07):
# 0.400 / 0.922 (464/1161, 482/523)
# with the English pass above and a product's flow read as no side of a balance (138 dev
# texts): 0.360 / 0.919 (479/1329, 497/541), no false failure
# All of the night's passes merged: 0.363 / 0.920 (483/1329, 503/547).
# After the English templates of first contact (changes named by nouns, rates and changes
# against an earlier period, signed brackets, dated earlier values): 0.370 / 0.919 (492/1329,
# 512/557); no false failure, 10 flagged.
# After the English pass of structures (2026-12-08): 0.410 / 0.916 (545/1329, 565/617).
# with the eighth English batch's dev part (145 dev texts, no change to the code): 0.333 / 0.905
# (497/1493, 517/571); a measurement of new text, not a regression.
# All of this stop's work merged (151 dev texts, 2026-12-08 02:55 UTC): 0.387 / 0.906
# (578/1493, 598/660).
RELATIONS_DEV_ENGLISH = ("en-", 0.38, 0.90)
# 0 again once thousands spaced by a blank before a comma or a full stop ("133 300, of whom")
# read as one figure (2026-12-08); the eighth English batch's dev part had shown 1.
FALSE_FAILURES_DEV = 0
# 10 since a balance reached past its rate ("widened by 55.29 percent … and reached
# $48.259 billion") is checked against its flows (2026-12-07)
FLAGGED_DEV = 10  # of the 35 real inconsistencies in the 151 dev texts


def test_dev_figure_scores_hold() -> None:
    t = realcorpus.figure_totals([realcorpus.score_figures(n) for n in realcorpus.names("dev")])
    assert t.f1 >= FIGURES_DEV["f1"]
    assert t.value_accuracy >= FIGURES_DEV["value"]
    assert t.qualifier_accuracy >= FIGURES_DEV["qualifier"]
    assert t.sign_accuracy >= FIGURES_DEV["sign"]
    assert t.kind_accuracy >= FIGURES_DEV["kind"]
    assert t.nonfigures_demanded <= NONFIGURES_ASKED_DEV


def test_spent_figure_scores_hold() -> None:
    t = realcorpus.figure_totals([realcorpus.score_figures(n)
                                  for n in realcorpus.names("spent")])
    assert t.f1 >= FIGURES_SPENT["f1"]
    assert t.sign_accuracy >= FIGURES_SPENT["sign"]
    assert t.kind_accuracy >= FIGURES_SPENT["kind"]
    assert t.nonfigures_demanded <= NONFIGURES_ASKED_SPENT


def test_dev_relation_scores_hold() -> None:
    scores = [realcorpus.score_relations(n) for n in realcorpus.names("dev")]
    t = realcorpus.relation_totals(scores)
    assert t.pair_recall >= RELATIONS_DEV["recall"]
    assert t.pair_precision >= RELATIONS_DEV["precision"]
    assert t.false_failures <= FALSE_FAILURES_DEV
    assert t.flagged >= FLAGGED_DEV
    for prefix, (recall, precision) in RELATIONS_DEV_CHINESE.items():
        sub = realcorpus.relation_totals([s for s in scores if s.name.startswith(prefix)])
        assert sub.pair_recall >= recall and sub.pair_precision >= precision, prefix
    prefix, recall, precision = RELATIONS_DEV_ENGLISH
    sub = realcorpus.relation_totals([s for s in scores if s.name.startswith(prefix)])
    assert sub.pair_recall >= recall and sub.pair_precision >= precision, prefix


INIT_KEPT_DEV = 0.98  # 1810 of 1827 drafted claims at 53b4356 (1443 of 1549 earlier that day)
INIT_LOADS_DEV = 151  # of 151 drafts: every draft loads (2026-12-08)


# The spent held-back texts (spent.yaml), developed on since 2026-12-07: the false failures
# that moved them to development (12 at 53b4356) must not come back.
FALSE_FAILURES_SPENT = 0
# 5 since the from-to templates read "rose to 5.5% … from a 5.6% … increase" (2026-12-07);
# 6 since a balance reached past its rate and period is checked against its flows
FLAGGED_SPENT = 7  # of the 41 real inconsistencies in the 124 spent texts (2026-12-08)


# English on the spent texts (recall, precision): 0.235 / 0.833 (185/788, 200/240) before the
# fifth English pass, 0.275 / 0.863 (217/788, 233/270) after it (2026-12-07)
# with the sixth batch's held-back English texts (94 spent texts): 0.273 / 0.852
# after each side's own period for balances and the rules with it: 0.301 / 0.870 (261/866,
# 281/323)
# With batch 7's held-back half in spent (109 texts): 0.263 / 0.875 (273/1037, 293/335); all
# languages 0.296 / 0.757, no false failure once shares of an unprinted plan and parts of
# another period were read (the six its one scoring showed).
# After the second pass (109 spent texts): 0.287 / 0.878 (298/1037, 318/362); all languages
# 0.311 / 0.775, no false failure, 7 of 37 flagged.
# After the English pass of structures (2026-12-08): 0.335 / 0.893 (347/1037, 367/411); all
# languages 0.333 / 0.786, no false failure, 7 of 37 flagged.
# With batch 8's held-back half (124 spent texts): 0.313 / 0.889 (379/1211, 399/449); all
# languages 0.360 / 0.816 (968/2688, 1062/1302), no false failure, 7 of 41 flagged.
RELATIONS_SPENT_ENGLISH = ("en-", 0.31, 0.88)


def test_spent_texts_have_no_false_failure() -> None:
    scores = [realcorpus.score_relations(n) for n in realcorpus.names("spent")]
    t = realcorpus.relation_totals(scores)
    assert t.false_failures <= FALSE_FAILURES_SPENT
    assert t.flagged >= FLAGGED_SPENT
    prefix, recall, precision = RELATIONS_SPENT_ENGLISH
    sub = realcorpus.relation_totals([s for s in scores if s.name.startswith(prefix)])
    assert sub.pair_recall >= recall and sub.pair_precision >= precision, prefix


def test_dev_init_drafts_load_and_are_claims() -> None:
    scores = [realcorpus.score_init(n) for n in realcorpus.names("dev")]
    assert sum(s.loads for s in scores) >= INIT_LOADS_DEV
    assert sum(s.kept for s in scores) / sum(s.claims for s in scores) >= INIT_KEPT_DEV
