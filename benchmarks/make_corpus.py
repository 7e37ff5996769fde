"""Write a paragraph-split Chinese/English news text of a given size for benchmarks/extract.py.

Deterministic: the same size and seed give the same bytes. Figures are drawn at random from
ranges of the size a news report prints (percentages with one decimal, counts up to 2000,
amounts in 万 and 亿), so some repeat across 5 MB, as they do across a year of articles:
about two thirds of the digit figures repeat one already read. benchmarks/extract.py prints
that share and, with ``--cold``, the speed with no cache of readings at all.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

ZH = [
    "今年前三季度，{city}规模以上工业增加值同比增长{p}%，比去年同期提高{pp}个百分点。",
    "{company}新能源汽车销量超过{w}万辆，同比增长{p}%，{n}多项先进技术得到应用。",
    "当地已形成{n}家整车企业、{n}家规模以上零部件企业，实现产值{y}亿元。",
    "项目总占地面积近{w}万平方米，设计总产能{w}万吨，产品销往{n}多个国家和地区。",
    "{city}累计建成{n}个智能工厂、{n}个数字化车间，关键工序数控化率{p}%。",
    "两地工业增加值分别增长{p}%、{p}%，分别高出全市{pp}和{pp}个百分点。",
    "早在{year}年，{city}就开始发展汽车产业，连续{d}年领跑全国，每{d}0秒下线一辆汽车。",
    "这是{city}推进产业创新、强化企业创新主体地位、构建现代化产业体系的重要举措。",
    "{company}依托两江新区的零部件配套体系，统一规划，一批重大项目加快建设。",
    "全市常住人口{w}万人，软件企业{w}万余家，营收突破{y}亿元，数千台设备协同作业。",
]
EN = [
    "{company} sold more than {k},000 vehicles in {year}, up {p}% on a year earlier.",
    "Industrial output rose {p}% in the first three quarters, {pp} percentage points faster.",
    "The plant covers nearly {k},000 square metres and cost ${pp}bn, up {pp}-fold since {year}.",
]
# Sentences without figures, as most of a news article is (the bundled article has about
# eight mentions per kilobyte; the mix below gives a similar density).
PLAIN = [
    "重庆是国家重要的现代制造业基地，拥有重型工业特征明显的工业体系和完整的制造业产业体系。",
    "近年来，当地加快建设现代制造业集群体系，强化科技创新与产业创新深度融合。",
    "在新时代推动西部大开发形成新格局的进程中，产业发展新动能、新优势不断塑造。",
    "数字技术加速向工业领域融合渗透，撬动工业经济实现全方位、系统性、重塑性变革。",
    "科技创新是制造业转型升级的核心驱动力，只有不断增强制造业技术创新能力，才能提高核心竞争力。",
    "企业坚持创新引领，构建起从基础研究到成果转化的全链条创新能力。",
    "The region has pushed manufacturers to upgrade their production lines and adopt new technology.",
]
CITIES = ["重庆", "成都", "西安", "贵阳", "昆明", "南宁"]
COMPANIES = ["赛力斯", "长安汽车", "Seres", "Changan", "康佳光电", "快思瑞"]


def paragraph(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 8)):
        roll = rng.random()
        template = rng.choice(PLAIN if roll < 0.6 else EN if roll < 0.66 else ZH)
        sentences.append(template.format(
            city=rng.choice(CITIES), company=rng.choice(COMPANIES),
            p=f"{rng.randint(1, 99)}.{rng.randint(0, 9)}", pp=f"{rng.randint(0, 9)}.{rng.randint(1, 9)}",
            w=f"{rng.randint(1, 99)}.{rng.randint(1, 99)}", n=rng.randint(2, 2000),
            y=f"{rng.randint(10, 9999)}.{rng.randint(10, 99)}", year=rng.randint(1950, 2030),
            d=rng.randint(2, 9), k=rng.randint(10, 99)))
    joiner = ""
    return joiner.join(sentences)


def generate(size: int, seed: int = 20241105) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        p = paragraph(rng)
        parts.append(p)
        total += len(p.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    args.output.write_text(generate(int(args.megabytes * 1_000_000)), encoding="utf-8")


if __name__ == "__main__":
    main()
