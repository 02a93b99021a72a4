"""Is a string a company name? Checks every discoverer shares: list decoration, name-likeness, legal names.

>>> from computekg.ingest.lexicon import default_lexicon
>>> name_like("澜芯微算", default_lexicon()), name_like("技术更新缓慢", default_lexicon())
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from computekg.ontology import EntityType

from ..cues import CUES
from ..lexicon import Lexicon
from ..words import LEGAL_SUFFIX, NOT_NAMES, jieba_modules, novel_head, plausible_name

T = EntityType
COMPANY_CUE = CUES.alt("company_cue")


@dataclass(frozen=True)
class NotNames:
    words: frozenset[str]
    endings: re.Pattern[str]
    inside: re.Pattern[str]
    bad_pos: frozenset[str]
    common: int


@cache
def not_names() -> NotNames:
    raw = yaml.safe_load(resources.files("computekg.ingest").joinpath("data/not_names.yaml").read_text("utf-8"))
    return NotNames(frozenset(raw["words"]) | NOT_NAMES,
                    re.compile("(?:" + "|".join(sorted(raw["endings"], key=len, reverse=True)) + ")$"),
                    re.compile("|".join(sorted(raw["inside"], key=len, reverse=True))),
                    frozenset(raw["bad_pos"]), int(raw["common_word_frequency"]))


_PHRASE_FINAL = set("看大小多少好高低慢等的了着过")


def not_an_organisation(name: str) -> str | None:
    """Why ``name`` cannot be a company (a time word, a business noun, a title, a phrase), else None.

    >>> [not_an_organisation(w) for w in ("二季度", "业务订单", "董事翁文斌", "业绩稳步增长", "澄芯存储")]
    ['listed non-name', 'ends with a business noun', 'contains a title or verb', 'ends with a business noun', None]
    """
    nn = not_names()
    if name in nn.words:
        return "listed non-name"
    if name.startswith(("等", "及", "或")):
        return "starts with a list word"
    if nn.endings.search(name) and not LEGAL_SUFFIX.search(name):
        return "ends with a business noun"
    if nn.inside.search(name):
        return "contains a title or verb"
    if len(name) <= 4 and name[0] in "所被由为对把将从向与和及或且并而之其该":
        return "starts with a function word"
    if name.isascii():
        return None
    jieba, pseg = jieba_modules()
    toks = [(p.word, p.flag, jieba.get_FREQ(p.word) or 0) for p in pseg.cut(name, HMM=False)]
    for word, flag, freq in toks:
        if len(word) >= 2 and flag in nn.bad_pos and freq >= 200:
            return f"phrase ({flag})"
    if len(toks) >= 2 and toks[-1][0] in _PHRASE_FINAL:
        return "ends like a phrase"
    # a phrase is made of dictionary words; a made-up name has characters no word covers (星枢网络 → 星/枢/网络)
    words_only = len(toks) >= 2 and all(len(w) >= 2 for w, _, _ in toks)
    if words_only and toks[0][2] >= nn.common:
        if all(freq >= 300 for _, _, freq in toks):
            return "common words"
        if toks[-1][1] in ("a", "v", "vn") and toks[-1][2] >= 300:
            return "ends with a common verb or adjective"
    return None
    jieba, pseg = jieba_modules()
    toks = [(p.word, p.flag) for p in pseg.cut(name)]
    for word, flag in toks:
        if len(word) >= 2 and flag in nn.bad_pos:
            return f"phrase ({flag})"
    if len(toks) >= 2 and toks[-1][1] in ("a", "v") and len(toks[-1][0]) >= 2 and (jieba.get_FREQ(toks[-1][0]) or 0) > 300:
        return "ends with a common verb or adjective"
    first_freq = jieba.get_FREQ(toks[0][0]) or 0
    if len(toks) >= 2 and first_freq >= nn.common and all((jieba.get_FREQ(w) or 0) >= 300 for w, _ in toks):
        return "common words"
    return None



_SHORT_STRIP = re.compile(
    r"(股份有限公司|有限责任公司|有限公司|控股集团|集团公司|集团|股份|控股|"
    r"科技开发|技术开发|空间技术|信息技术|网络技术|电子科技|技术服务|服务)$"
)


_GENERIC_ITEM = re.compile(
    r"(行业|领域|产业|市场|技术|场景|用户|设施|设备|产品|能力|服务商|运营商|机构|部门|政府|高校|"
    r"院所|中心|平台|项目|资源|体系|模式|地区|城市|省份|国家|大学|学院|芯片|模块|模型|应用|需求|"
    r"网络|软件|硬件|系统|方案|领先|优势|板块|环节|互联网|金融|能源|制造|医疗|教育|交通|电力|工业|工具|单元|"
    r"材料|部件|组件|阵列|机柜|板卡|样品|工艺|架构)$"
)


_STOP_CHARS = set("的了在是将为对于把被从向到与和及或并也都而且但其该此这那些个年月日%％")




_SUFFIX = re.compile(r"(科技|电子|股份|集团|半导体|微电子|光电|光子|通信|智能|网络|数据|存储|材料|能源|软件|信息|技术|控股|热控|电气)$")
_PHRASE_END_CHARS = set("流性化式型率量度界方者类")


def is_novel(name: str) -> bool:
    """Does ``name`` read as made up? Made-up names join characters no dictionary word joins (宁存, 中科驭数)
    or use rare words; phrases are strings of common words (「加速卡位」, 「特种合金板材」, 「业务流」).

    >>> is_novel("泓曜光联"), is_novel("宁存科技"), is_novel("业务流"), is_novel("技术交流")
    (True, True, False, False)
    """
    if name.isascii():
        return True
    jieba, _ = jieba_modules()
    core = _SUFFIX.sub("", name) or name
    tokens = list(jieba.cut(core, HMM=False))
    if any(len(t) >= 2 and (jieba.get_FREQ(t) or 0) < 150 for t in tokens):
        return True
    singles = [t for t in tokens if len(t) == 1]
    if not singles:
        return False
    return not (len(singles) == 1 and len(tokens) > 1 and tokens[-1] in _PHRASE_END_CHARS)


def clean_item(item: str) -> tuple[str, str | None]:
    """Strip list decoration; return (name, parent hint from a trailing （…）)."""
    item = item.strip(" \t：:；;。.“”\"'「」")
    item = re.sub(r"^[-•·*●▪■◆>#]+\s*", "", item)  # a Markdown or bullet marker: 「- 算元云」
    parent = None
    m = re.search(r"[（(]([^()（）]{1,10})[)）]$", item)
    if m:
        parent = m.group(1)
        item = item[: m.start()].strip()
    item = re.sub(r"(等|等等)$", "", item)
    item = re.sub(rf"(等|四家|三家|两家|几家|多家|少数几家)?{COMPANY_CUE}?$", "", item) if len(item) > 4 else item
    return item.strip(), parent


def name_like(item: str, lex: Lexicon, *, shaped: bool = False) -> bool:
    """Could ``item`` be a company name? ``shaped``: it ends in a company suffix (…能源, …软件) and its
    head was already checked by :func:`novel_head`, so a generic last word does not disqualify it."""
    if not (2 <= len(item) <= 16):
        return False
    if not_an_organisation(item):
        return False
    if not plausible_name(item):
        return False
    if any(ch in _STOP_CHARS for ch in item) and not LEGAL_SUFFIX.search(item):
        return False
    if re.search(r"\d", item) and not re.search(r"[A-Za-z]", item):
        return False
    if item.isascii():
        return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&\-\. ]{1,30}", item))
    if _GENERIC_ITEM.search(item) and not LEGAL_SUFFIX.search(item) and not shaped:
        return False
    return not any(c.type not in (T.COMPANY, T.COMPANY_GROUP) for c in lex.lookup(item))


def bare_name_ok(name: str, lex: Lexicon) -> bool:
    """A name found only by its position (a verb's subject, 「向X采购」): name-like, not a common phrase,
    not a company cue or a pronoun-led phrase, not a measure (智能算力)."""
    return (
        name not in NOT_NAMES and name_like(name, lex) and novel_head(name) and lex.metric(name) == name
        and not re.search(rf"{COMPANY_CUE}$|^(该|其|本|此|多|两|三|各|部分|国内|国外|海外|我国|公司)", name)
    )


def short_name(legal: str, lex: Lexicon) -> str:
    """Derive a short name from a legal name: 云岫空间技术(杭州)有限公司 → 云岫."""
    name = re.sub(r"[（(][^()（）]{1,8}[)）]", "", legal)
    for _ in range(3):
        new = _SHORT_STRIP.sub("", name)
        if new == name or len(new) < 2:
            break
        name = new
    # a leading region (上海商汤科技 → 商汤科技)
    for n in range(4, 1, -1):
        head = name[:n]
        if len(name) - n >= 2 and lex.first_of(head, T.REGION):
            name = name[n:]
            break
    return name if len(name) >= 2 else legal
