"""Names recognised by their own shape: a made-up head plus a company suffix (「星曜科技」, 「澄岚热控」) and legal
names (「云岫空间技术(杭州)有限公司」, with a short name derived from them).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from ..words import CJK, LEGAL_SUFFIX, novel_head, word_cuts
from .cued import NAME_STOP
from .evidence import name_like
from .state import Discovery, discoverer

_SHAPED_NAME = re.compile(
    rf"(?:^|(?<=[，。；：:\s、和与及由向被从据“「的]))(?!国产|国内|国外|我国|全球|中国|部分|主要|相关|高端|先进|这些|该|其|多家|一家|各家|据|由|向|从|被|和|与|及)"
    rf"([{CJK}]{{2,4}}(科技|电子|微电子|半导体|光电|通信|股份|集团|智芯|光子|微电|芯科|光联|算力科技|热控|电气|精工|"
    rf"光学|信息|数科|数据|智能|存储|微电|芯片|网络|电源|激光|材料|装备|软件|能源|储能|散热|液冷|温控|新材|光通|互连|互联|"
    rf"算力|智算|云科|精密|动力|电能|特气|热管理|光电子))"
    rf"(?={NAME_STOP}|成立|创立|旗下|总部|新一代|最新|近期|独家|董事|首席|官方|今年|去年|介绍|表示|称|宣布|公告|披露|"
    rf"主营|专注|深耕|聚焦|主攻|致力|”|」)"
)
T = EntityType
_LEGAL_STOP_PAIRS = {"企业", "公司", "厂商", "入驻", "签约", "旗下", "包括", "其中", "全称", "简称", "名称", "支持", "鼓励", "推动", "引导", "要求", "依托"}


@discoverer("shaped")
def discover_shaped_names(d: Discovery) -> None:
    """A novel head with a company suffix, in a position where names stand."""
    for m in _SHAPED_NAME.finditer(d.view):
        s, e = m.start(1), m.end(1)
        name = m.group(1)
        if not d.free(s, e) or not novel_head(name[: len(name) - len(m.group(2))]) or not name_like(name, d.lex, shaped=True):
            continue
        head_end = e - len(m.group(2))  # a category that is only the suffix (半导体, 电源) is the company word
        covered = sum(min(e, k.end) - max(s, k.start) for k in d.known_between(s, e)
                      if k.type == T.PRODUCT_CATEGORY and k.start < head_end)
        if covered * 5 >= 3 * len(name):
            continue  # 「(从)事服务器电源」: a product with a stray character, not a maker
        sentence_end = min([i for i in (d.view.find(p, e) for p in "。！？；\n") if i >= 0] or [len(d.view)])
        d.add(s, e, name, d.view[max(0, s - 12) : min(e + 20, sentence_end)], 0.7)


@discoverer("legal_names")
def discover_legal_names(d: Discovery) -> None:
    """…有限公司 / …股份有限公司 / …集团 anywhere, with the name characters before the suffix."""
    view = d.view
    for m in LEGAL_SUFFIX.finditer(view):
        end = m.end()
        if end < len(view) and view[end] in "）)":
            continue
        if m.group() == "集团" and end < len(view) and end not in word_cuts(view, m.start(), end):
            continue  # 「集团军」 is not a group company
        start = m.start()
        while start > 0 and m.start() - start < 24:
            ch = view[start - 1]
            if not re.match(rf"[{CJK}A-Za-z0-9()（）]", ch) or ch in "的是为由与和及在":
                break
            if view[max(0, start - 2) : start] in _LEGAL_STOP_PAIRS:
                break
            start -= 1
        lead = re.match(rf"[\d\-_.]+(?=[{CJK}])", view[start:end])  # 「…编号：2025-047启垣科技(苏州)…」
        start += lead.end() if lead else 0
        raw = view[start:end]
        if len(raw) - len(m.group()) < 2 or not d.free(start, end):
            continue
        d.add(start, end, raw, view[max(0, start - 30) : end + 10], 0.85)
