"""Numbers in a sentence: values with units and qualifiers (约/超过/不足 …), fractions and tenths.

>>> [(v.value, v.unit, v.qualifier) for v in parse_values("份额约为21%，规模超过3.5 EFLOPS")]
[(21.0, '%', '≈'), (3.5, 'EFLOPS', '>')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"  # 1,000 and 180,000 are one number
UNIT = (
    r"(百亿亿次/秒|EFLOPS|EFlops|Eflops|EFLOP|PFLOPS|PFlops|TFLOPS|万亿元|亿美元|亿元|万元|万个标准机架|万标准机架|"
    r"个标准机架|标准机架|万台|万片|万个|万户|万|个百分点|个|家|台|倍|%|‰|percent\b|P(?![A-Za-z])|standard racks?\b|racks?\b)"
)
_VALUE = re.compile(NUMBER + r"\s*" + UNIT + r"?")
_FRACTION = {"三分之一": 33.3, "四分之一": 25.0, "二分之一": 50.0, "一半": 50.0, "五分之一": 20.0, "三分之二": 66.7}
_FRACTION_RX = re.compile("|".join(_FRACTION))
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZERO = re.compile(r"(?:接近于零|接近零|几乎为零|近乎为零|趋近于零|几乎为0|接近0)")
_TENTHS = re.compile(r"([一二两三四五六七八九])成(?![本员为功果熟长立交品都型不])")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
EN_YEAR = re.compile(r"\b(?:in|by|since|In|By|Since|of) ((?:19|20)\d{2})\b")
DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")


@dataclass
class Value:
    start: int  # sentence-relative
    end: int
    value: float
    unit: str | None
    qualifier: str | None
    text: str
    upper: float | None = None  # the top of a range (「8%-10%」: value 8, upper 10)


def parse_values(text: str) -> list[Value]:
    """Numbers with units and qualifiers; years, dates, node sizes and ordinals are skipped."""
    out: list[Value] = []
    for m in _VALUE.finditer(text):
        s, e = m.start(), m.end()
        num, unit = m.group(1).replace(",", ""), m.group(2)
        before = text[max(0, s - 1) : s]
        if re.match(r"\s*(年|月|日|号|nm|纳米|层|位|期|代|届|点|条|类|项|名|大|五)", text[m.end(1) : m.end(1) + 3]) and unit is None:
            continue
        if before and (before.isalpha() and before.isascii()):
            continue  # A100, H800, IPv6
        if unit is None and re.match(r"\s*[A-Za-z]", text[m.end(1) :]) and not re.match(r"\s*EF", text[m.end(1) :], re.I):
            continue
        if re.match(r"[-—–~～至到]\s*\d", text[m.end(1) : m.end(1) + 3]) and unit is None:
            if not re.match(r"[-—–~～至到]\s*\d+(?:\.\d+)?\s*%", text[m.end(1) : m.end(1) + 12]):
                continue  # a range start like 2018-2022 or 1到10; 「25-30%」 is a range of shares
            unit = "%"
        if before == "前" and unit in (None, "个", "家", "名"):
            continue  # a ranking (前10), not a quantity
        if unit is None and float(num) > 1900 and float(num) < 2100 and "." not in num:
            continue
        qualifier = _qualifier(text, s, e)
        unit_norm = _norm_unit(unit)
        out.append(Value(s, e, float(num), unit_norm, qualifier, m.group()))
    for m in _FRACTION_RX.finditer(text):
        out.append(Value(m.start(), m.end(), _FRACTION[m.group()], "%", "≈", m.group()))
    for m in _ZERO.finditer(text):  # 「国产化率接近于零」 = ≈0%
        out.append(Value(m.start(), m.end(), 0.0, "%", "≈", m.group()))
    for m in _TENTHS.finditer(text):  # 「市占率约三成」 = 30%
        q = _qualifier(text, m.start(), m.end()) or "≈"
        out.append(Value(m.start(), m.end(), 10.0 * _CN_DIGITS[m.group(1)], "%", q, m.group()))
    out.sort(key=lambda v: v.start)
    return _merge_ranges(text, out)


_RANGE_SEP = re.compile(r"\s*(?:-|—|–|~|～|至|到|to)\s*")


def _merge_ranges(text: str, values: list[Value]) -> list[Value]:
    """「8%-10%」, 「30%至40%」, "25-30%": one value, the low end, with ``upper`` the high end.

    >>> [(v.value, v.upper, v.unit) for v in parse_values("份额在8%-10%之间")]
    [(8.0, 10.0, '%')]
    """
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        if prev is not None and prev.upper is None and _RANGE_SEP.fullmatch(text[prev.end : v.start]) \
                and (prev.unit == v.unit or prev.unit is None) and v.value > prev.value:
            out[-1] = Value(prev.start, v.end, prev.value, v.unit, prev.qualifier or v.qualifier, text[prev.start : v.end],
                            v.value)
            continue
        out.append(v)
    return out


def _norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = unit
    if u.upper().startswith("EFLOP") or u == "百亿亿次/秒":
        return "EFLOPS"
    if u.upper().startswith("PFLOP"):
        return "PFLOPS"
    if u in ("万个标准机架", "万标准机架"):
        return "万标准机架"
    if u in ("个标准机架", "标准机架") or u.strip().startswith(("standard rack", "rack")):
        return "标准机架"
    if u.strip() == "percent":
        return "%"
    return u


def _qualifier(text: str, s: int, e: int) -> str | None:
    before = text[max(0, s - 4) : s]
    after = text[e : e + 3]
    if re.search(r"(不足|低于|不到|少于|小于|降低到|降至)$", before) or re.match(r"(以下|之下)", after):
        return "<"
    if re.search(r"(不高于|不超过|不大于|不多于)$", before) or re.match(r"(及以下)", after):
        return "<="
    if re.search(r"(不低于|不少于)$", before) or re.match(r"(及以上)", after):
        return ">="
    if re.search(r"(超过|超|突破|逾|高于|大于|多于|以上)$", before) or re.match(r"(以上|多)", after):
        return ">"
    if re.search(r"(约|近|大约|接近|约为|约占|将近)$", before) or re.match(r"(左右|上下)", after):
        return "≈"
    wide = text[max(0, s - 14) : s].lower()
    if re.search(r"\b(more than|over|exceed(?:ed|s)?|above) $", wide):
        return ">"
    if re.search(r"\b(less than|under|below) $", wide):
        return "<"
    if re.search(r"\b(about|around|roughly|approximately|nearly|some) $", wide):
        return "≈"
    return None


def source_date_year(meta: dict) -> int | None:
    d = str(meta.get("date", "") or "")
    m = re.search(r"(19|20)\d{2}", d)
    return int(m.group()) if m else None
