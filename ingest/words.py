"""Word-level checks on Chinese text with jieba: where words begin and end, and whether a string reads
like a name (a made-up 「晶耀」) or like common words (「构成」, 「以绿色化」, 「金融科技」).

>>> plausible_name("构成"), plausible_name("澜芯微算")
(False, True)
"""

from __future__ import annotations

import re
from functools import cache

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff"
LEGAL_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|控股集团|集团公司|集团)")
NOT_NAMES = {
    "数量", "占比", "份额", "市场", "用户", "客户", "产品", "合作", "数据", "规模", "同时", "目前", "此外", "已经",
    "正在", "近日", "主要", "分别", "共同", "均已", "一直", "也在", "还在", "日前", "此前", "随后", "今年", "去年",
    "其中", "其他", "另外", "另一家", "一家", "多家", "本地", "国内", "国外", "海外",
}


@cache
def jieba_modules():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba, jieba.posseg


def word_boundary_ok(view: str, start: int, end: int) -> bool:
    """A short Chinese name must not cut through a word (力成 inside 劳动力成本)."""
    cuts = word_cuts(view, start, end)
    return start in cuts and end in cuts


_NAME_ENDINGS = re.compile(r"(芯|测|科技|电子|股份|光电|存储|微|通|数据|智能|科|算|控|冷|德|曦|宇|光|云|网|讯|联|达|创|源|港|数|集团|散热|液冷|温控|互连|互联|算力|智算|热控|计算|新材|动力|电能|储能|连接|传感|制造|封测)$")


_BAD_POS = {"v", "vn", "vd", "s", "c", "p", "d", "r", "u", "m", "q", "f", "t", "ad", "an", "a", "l", "i", "b"}


def plausible_name(name: str) -> bool:
    """Reject verbs and function words that list/cue shapes pick up (构成, 以绿色化, 具备较多)."""
    if not re.search(rf"[{CJK}]", name) or LEGAL_SUFFIX.search(name):
        return True
    if name.endswith("化") or name in NOT_NAMES:
        return False
    _, pseg = jieba_modules()
    toks = [(p.word, p.flag) for p in pseg.cut(name)]
    if len(toks) == 1:
        # a common noun of the dictionary (仪表, 农业, 品牌) is not a name; nr/nz/ns/nt/j are
        return toks[0][1] not in _BAD_POS and toks[0][1] not in {"n", "vn", "nrt", "ng"}
    last_word, last_pos = toks[-1]
    if last_pos.startswith("v") and len(last_word) >= 2 and not _NAME_ENDINGS.search(name):
        return False
    first_word, first_pos = toks[0]
    jieba, _ = jieba_modules()
    known = jieba.get_FREQ(first_word) is not None  # an HMM guess (晶耀 → 'a') says nothing about a made-up name
    if (first_pos in {"p", "c", "d", "u", "r", "m", "q", "f"} and len(first_word) >= 2
            or (first_pos == "a" and len(first_word) >= 2 and known)):
        return False
    return not (first_pos.startswith("v") and len(first_word) >= 2 and not _NAME_ENDINGS.search(name))


def novel_head(head: str) -> bool:
    """The part of 「X科技」 before the suffix must look like a name, not a common phrase.

    >>> novel_head("星河"), novel_head("金融"), novel_head("借助人工")
    (True, False, False)
    """
    jieba, pseg = jieba_modules()
    toks = [(p.word, p.flag) for p in pseg.cut(head, HMM=False)]
    if not toks:
        return False
    first, flag = toks[0]
    if (len(first) >= 2 and flag[:1] in ("v", "p", "c", "d", "r")) or first in "如以在对为将把被和与及或等由从向":
        return False  # 「借助人工智能」, 「提供通用计算」, 「如人工智能」
    # every piece a common word: 「金融科技」, 「垂直领域数据」; made-up names have rare or single-character pieces
    return not all(len(w) >= 2 and (jieba.get_FREQ(w) or 0) >= 100 for w, _ in toks)


def word_cuts(view: str, start: int, end: int) -> set[int]:
    """Offsets of word boundaries around [start, end) (six characters of context each side)."""
    jieba, _ = jieba_modules()
    lo = max(0, start - 6)
    cuts = {lo}
    pos = lo
    for tok in jieba.cut(view[lo : min(len(view), end + 6)], HMM=False):
        pos += len(tok)
        cuts.add(pos)
    return cuts
