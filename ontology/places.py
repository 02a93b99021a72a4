"""Place names for recognition: China's full administrative-division table (provinces, prefecture-level
cities, counties and districts; ``data/admin_divisions.csv``), merged with the curated regions.

These are a gazetteer, not reference facts: a division becomes a graph node only when a document
names it, carrying its containing region (``parent``) and level (``subtype``).

>>> d = {e.name: e for e in admin_division_entities()}
>>> d["沙坡头区"].parent, d["沙坡头区"].attrs["subtype"], d["沙坡头区"].country
('中卫', 'district', 'CN')
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from .records import Entity, EntityType
from .reference import load_regions

T = EntityType
# provinces whose divisions are not in mainland China's ISO code
_COUNTRY = {"台湾省": "TW", "香港特别行政区": "HK", "澳门特别行政区": "MO"}
# short forms that are ordinary words: never read as a place on their own
_COMMON_SHORT = {"朝阳", "江北", "城关", "新城", "开发", "高新", "新区", "城区", "郊区", "矿区", "长安", "永安", "和平",
                 "红旗", "胜利", "新华", "前进", "向阳", "东方", "中山", "白云", "宝山", "普陀", "金山", "青山", "大通",
                 "长城", "新兴", "河东", "河西", "城中", "城东", "城西", "城南", "城北", "东区", "西区", "南区", "北区",
                 "大同", "开封", "通化", "平安", "吉利", "阳光", "海南", "中原", "西湖", "黄浦", "静安", "南山", "龙华",
                 "江山", "阳春", "弥勒", "沙河", "新星", "双河", "同仁", "明光", "临江", "龙井", "开远", "安达", "海伦",
                 "北镇", "新乐", "当阳", "合山", "乐平", "永康", "长葛", "凤城", "兴城", "安国", "高安"}


@cache
def _rows() -> tuple[dict, ...]:
    text = resources.files("computekg.ontology").joinpath("data/admin_divisions.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@cache
def _divisions() -> tuple[Entity, ...]:
    curated: dict[str, str] = {}  # any surface of a curated region → its canonical name
    for r in load_regions():
        for surface in (r.name, *r.aliases):
            curated.setdefault(surface, r.name)
    rows = _rows()
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["name"]] = counts.get(r["name"], 0) + 1
    shorts: dict[str, int] = {}
    for r in rows:
        shorts[r["short"]] = shorts.get(r["short"], 0) + 1
    province_of: dict[str, str] = {}
    out = []
    ordinary = _ordinary_words()
    for r in rows:
        if r["name"] in ordinary and len(r["name"]) <= 2:
            continue  # 「城区」, 「矿区」: words far more often than places
        parent = curated.get(r["parent"], r["parent"]) or None
        province_of[r["name"]] = r["name"] if r["level"] == "province" else province_of.get(r["parent"], r["parent"])
        if r["name"] in curated or (r["level"] != "district" and r["short"] in curated):
            continue  # the curated region is the same place
        name = r["name"] if counts[r["name"]] == 1 else f"{r['parent']}{r['name']}"
        aliases = [] if name == r["name"] else [r["name"]]
        short = r["short"]
        # 「新建」 is a verb before it is 新建区; a county-level city's short form (昆山, 邳州) is a place unless a word
        county_city = r["name"].endswith("市") and short not in ordinary
        long_enough = len(short) >= (2 if r["level"] != "district" or county_city else 3)
        zone_word = _ZONE_WORD.fullmatch(short) is not None  # 「工业园」 alone names no particular park
        if long_enough and shorts[short] == 1 and short not in _COMMON_SHORT and short not in curated and short != name \
                and not zone_word:
            aliases.append(short)
        out.append(Entity(name=name, type=T.REGION, name_zh=r["name"], aliases=aliases, parent=parent,
                          country=_COUNTRY.get(province_of.get(r["name"], ""), "CN"),
                          attrs={"subtype": r["level"], "adcode": r["adcode"], "source_note": r["source_note"]}))
    return tuple(out)


_ZONE_WORD = re.compile(r"(工业园|工业园区|开发区|经开区|高新区|新区|园区|保税区|综合保税区|产业园|科技园|新城)")


_ORDINARY_POS = {"v", "vn", "vd", "a", "ad", "an", "d", "n", "b", "l", "i"}


@cache
def _ordinary_words() -> frozenset[str]:
    """Division names (or their short forms) that the dictionary knows as ordinary words, not places."""
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:  # the gazetteer still works; only the ambiguity filter is lost
        return frozenset()
    jieba.setLogLevel(60)
    out = set()
    for r in _rows():
        for word in (r["name"], r["short"]):
            toks = list(pseg.cut(word, HMM=False))
            if len(toks) == 1 and toks[0].flag in _ORDINARY_POS:
                out.add(word)
    return frozenset(out)


def admin_division_entities() -> list[Entity]:
    """Every county, district and city of the division table that the curated regions do not already name."""
    return [e.model_copy(deep=True) for e in _divisions()]
