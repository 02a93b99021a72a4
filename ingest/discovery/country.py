"""A discovered company's country, from what the text says around it (never guessed).

>>> country_from_context("国内代表厂商：澜芯微算", "澜芯微算")
('CN', False)
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from ..lexicon import Lexicon

T = EntityType

CN_CUE = re.compile(r"(国内|国产|我国|中国|本土|内资|自主)")


COUNTRY_CUES = [
    (re.compile(r"美国|美系|美企"), "US"),
    (re.compile(r"日本|日系|日企"), "JP"),
    (re.compile(r"韩国|韩系"), "KR"),
    (re.compile(r"台湾|台系"), "TW"),
    (re.compile(r"荷兰"), "NL"),
    (re.compile(r"德国"), "DE"),
    (re.compile(r"英国"), "GB"),
    (re.compile(r"以色列"), "IL"),
]


FOREIGN_CUE = re.compile(r"(国外|海外|外资|境外|国际巨头)")


EN_CN_PLACES = re.compile(r"\b(China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou|Hefei|Wuhan|Nanjing|Suzhou|Chengdu|Guangzhou|Xi'an|Tianjin|Hong Kong)\b")


EN_FOREIGN = [
    (re.compile(r"\b(US|U\.S\.|American|California|Texas|Silicon Valley)\b"), "US"),
    (re.compile(r"\b(Japan|Japanese|Tokyo)\b"), "JP"),
    (re.compile(r"\b(Korea|Korean|Seoul)\b"), "KR"),
    (re.compile(r"\b(Taiwan|Taiwanese|Hsinchu|Taipei)\b"), "TW"),
]


def country_from_context(context: str, name: str) -> tuple[str | None, bool | None]:
    if re.search(r"[（(](北京|上海|深圳|杭州|广州|南京|苏州|成都|武汉|合肥|西安|天津|重庆|无锡|厦门)[)）]", name):
        return "CN", False
    if re.search(r"(台湾|新竹|台北|台中|台南)", context):
        return "TW", True
    if re.search(r"(香港|将军澳|九龙)", context):
        return "HK", False
    for rx, code in COUNTRY_CUES:
        if rx.search(context):
            return code, True
    if FOREIGN_CUE.search(context):
        return None, True
    if CN_CUE.search(context):
        return "CN", False
    return None, None


def place_country(text: str, lex: Lexicon) -> str | None:
    """Country of the last known region named in ``text`` (cities and provinces carry theirs)."""
    for i in range(len(text) - 2, -1, -1):
        for n in (4, 3, 2):
            cand = lex.first_of(text[i : i + n], T.REGION)
            if cand is not None:
                ent = lex.entity(T.REGION, cand.name)
                if ent is not None and ent.country and ent.attrs.get("subtype") not in ("country", "macro_region"):
                    return ent.country
    return None
