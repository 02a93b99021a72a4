"""Product categories that no list names: right-headed compounds (「BMC芯片」, 「背板连接器」, 「氟化冷却液」,
"active electrical cables") read from the head nouns of ``data/product_heads.yaml``.

- a known category with a *kind* word in front is a new, narrower category (「BMC芯片」 under Chip), but
  an *attribute* in front changes nothing (「高端GPU」 is a GPU, 「800G光模块」 an optical module);
- a known category in front of a known head says what the head is for (「液冷服务器」 is a server), unless
  the head is its ancestor (「GPU芯片」 is a GPU);
- a head noun that no list names (连接器, 透镜, 冷却液 …) makes a category with its kind words; weak heads
  (设备, 平台, 材料 …) only with a kind word.

A new category's name is the phrase as the text writes it (attributes dropped); it keeps the head's
category as its parent, so roll-ups still find it. A compound that is close to a known alias is that category.

>>> from computekg.ingest.lexicon import default_lexicon
>>> [(m.text, m.name, m.parent) for m in category_mentions("采用湿制程设备和新型硅光引擎模组", [], default_lexicon())]
[('湿制程设备', '湿制程设备', 'Hardware'), ('硅光引擎模组', '硅光引擎模组', 'Hardware')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from rapidfuzz import fuzz, process

from computekg.ontology import EntityType

from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from ..words import jieba_modules

T = EntityType
_STOP = set("的了在是将为对于把被从向到与和及或并也都而且但其该此这那些个年月日用以由等给各每、，。；：:,;!?！？（）()“”\"'「」《》【】\n\t ")
_NUMERIC_ATTR = re.compile(r"^(?:(?:任何|每|所有|任一|一|两|几|多)[一两几]?[颗个台块片款种类套]|\d+(?:\.\d+)?\s*(?:G|T|Gb|GB|TB|nm|纳米|层|英寸|寸|W|kW|KW|瓦|千瓦|V|Gbps|Tbps|位|bit|核)?|PCIe\s?\d(?:\.\d)?|Gen\s?\d|DDR\d|LPDDR\d|HBM\d[Ee]?)")
_LEAD_VERBS = re.compile(
    r"^(?:" + CUES.alt("supply_verb")[3:-1] + r"|主要|包括|包含|采用|搭载|使用|部署|配备|涵盖|覆盖|还有|以及|例如|比如|如|是|有|为|其|新|首款|一款|一批|多款|多种|系列)+"
)


@dataclass(frozen=True)
class Heads:
    strong: dict[str, str]
    weak: dict[str, str]
    attributes: tuple[str, ...]
    english: dict[str, str]
    english_attributes: frozenset[str]
    generic: frozenset[str]
    stop_words: frozenset[str]
    containers: frozenset[str]
    process: frozenset[str]

    @property
    def cjk_rx(self) -> re.Pattern[str]:
        words = sorted([*self.strong, *self.weak], key=len, reverse=True)
        return re.compile("|".join(re.escape(w) for w in words if not w.isascii()))


@cache
def heads() -> Heads:
    raw = yaml.safe_load(resources.files("computekg.ingest").joinpath("data/product_heads.yaml").read_text("utf-8"))
    return Heads(raw["strong"], raw["weak"], tuple(sorted(raw["attributes"], key=len, reverse=True)),
                 raw["english_heads"], frozenset(a.lower() for a in raw["english_attributes"]),
                 frozenset(raw["generic_categories"]), frozenset(raw["stop_words"]), frozenset(raw["containers"]),
                 frozenset(raw["process_heads"]))


@cache
def _cjk_rx() -> re.Pattern[str]:
    return heads().cjk_rx


def looks_like_product(name: str) -> bool:
    """A phrase that names a product, not a maker: a strong head with a dictionary word in front
    (「氟化冷却液」, 「背板连接器」), not a made-up brand (「曜昀电源」).

    >>> looks_like_product("氟化冷却液"), looks_like_product("曜昀电源")
    (True, False)
    """
    h = heads()
    jieba, _ = jieba_modules()
    for head in sorted(h.strong, key=len, reverse=True):
        if name.endswith(head) and len(name) - len(head) >= 2:
            words = list(jieba.cut(name[: -len(head)], HMM=False))  # dictionary words only: 「氟化」, not 「曜/昀」
            return all(len(w) >= 2 and jieba.get_FREQ(w) is not None for w in words)
    return False


def _dictionary_word(word: str) -> bool:
    jieba, _ = jieba_modules()
    return jieba.get_FREQ(word) is not None


def _strip_attributes(mod: str) -> str:
    """Drop describing words from both ends of a modifier: 「高速背板」 → 「背板」, 「数据中心用」 → 「」."""
    h = heads()
    changed = True
    while mod and changed:
        changed = False
        lead = _LEAD_VERBS.match(mod)
        if lead and lead.end() > 0:
            mod, changed = mod[lead.end() :], True
            continue
        num = _NUMERIC_ATTR.match(mod)
        if num and num.end() > 0:
            mod, changed = mod[num.end() :].lstrip("-/ "), True
            continue
        for a in h.attributes:
            if mod.startswith(a):
                mod, changed = mod[len(a) :], True
                break
            if mod.endswith(a) and len(mod) > len(a) and not (len(a) == 1 and _dictionary_word(mod[-2:])):
                mod, changed = mod[: -len(a)], True  # 「数据中心用」 → 数据中心, but 「大模型」 keeps its 型
                break
    return mod.strip("-/ ")


def _modifier_start(view: str, pos: int, blocked: bytearray) -> int:
    """Start of the words right before ``pos`` that belong to the name: at most three jieba words and
    ten characters, never across punctuation, a function word, a verb or role noun, or another entity."""
    start = pos
    while start > 0 and pos - start < 10:
        ch = view[start - 1]
        if ch in _STOP or blocked[start - 1] or not (ch.isalnum() or ch in "-."):
            break
        if ch.isdigit() and start - 1 > 0 and view[start - 2] in "年月":
            break
        start -= 1
    if start == pos:
        return pos
    jieba, _ = jieba_modules()
    tokens = list(jieba.cut(view[start:pos], HMM=True))
    stops = heads().stop_words
    kept = 0
    for tok in reversed(tokens):
        if tok in stops or _LEAD_VERBS.fullmatch(tok) or kept == 3:
            break
        kept += 1
    return pos - sum(len(t) for t in tokens[len(tokens) - kept :]) if kept else pos
def _make(view: str, start: int, end: int, head_text: str, parent: str, lex: Lexicon) -> Mention | None:
    kind = _strip_attributes(view[start : end - len(head_text)])
    if not kind or (len(kind) == 1 and view[end - len(head_text) - 2 : end - len(head_text) - 1] in ("对", "赴", "访", "援", "驻")):
        return None  # 「对华芯片出口」: 华 is China, not a kind of chip
    surface = view[end - len(kind) - len(head_text) : end]
    if surface in heads().stop_words:
        return None  # 「原材料」: a word, not a kind of material
    known = lex.first_of(surface, T.PRODUCT_CATEGORY) or _close_alias(surface, head_text, lex)
    name = known.name if known else surface
    s = end - len(surface)
    return Mention(s, end, surface, T.PRODUCT_CATEGORY, name, "lexicon" if known else "discovered",
                   parent=None if known else parent, confidence=0.8)


@cache
def _category_aliases(lex: Lexicon) -> dict[str, str]:
    return {s: c.name for s, cands in lex.surfaces.items() for c in cands[:1] if c.type == T.PRODUCT_CATEGORY}


def _close_alias(surface: str, head: str, lex: Lexicon):
    """A known category whose alias is nearly this compound (光收发模组 ≈ 光收发模块) and ends alike."""
    aliases = _category_aliases(lex)
    hit = process.extractOne(surface, list(aliases), scorer=fuzz.ratio, score_cutoff=85)
    if hit and hit[0][-1:] == surface[-1:] or hit and len(surface) >= 5 and hit[1] >= 90:
        return lex.first_of(hit[0], T.PRODUCT_CATEGORY)
    return None


def category_mentions(view: str, known: list[Mention], lex: Lexicon) -> list[Mention]:
    """Compound and head-noun categories of ``view`` (``known``: the mentions found so far)."""
    blocked = bytearray(len(view) + 1)
    covered = bytearray(len(view) + 1)
    cats_at_end: dict[int, Mention] = {}
    for m in known:
        if m.type == T.PRODUCT_CATEGORY:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
            cats_at_end[m.end] = m
        elif m.type != T.METRIC:
            blocked[m.start : m.end] = b"\x01" * (m.end - m.start)
    out: list[Mention] = []
    for m in known:  # 1. a kind word (or another category) in front of a known category
        if m.type == T.PRODUCT_CATEGORY and (not m.text.isascii() or m.start in cats_at_end):
            _compound_on_known(view, m, blocked, cats_at_end, lex, out)
    h = heads()
    for hm in _cjk_rx().finditer(view):  # 2. head nouns no list names
        hs, he = hm.span()
        if any(covered[hs:he]) or any(blocked[hs:he]) or (he < len(view) and not _ends_word(view, hs, he)):
            continue
        head = hm.group()
        parent = h.strong.get(head) or h.weak[head]
        inner = cats_at_end.get(hs)
        if inner is not None and head in h.containers:  # 「浸没式液冷机柜」 is immersion cooling
            out.append(Mention(inner.start, he, view[inner.start : he], T.PRODUCT_CATEGORY, inner.name, inner.source,
                               parent=inner.parent, confidence=0.9))
            continue
        start = _modifier_start(view, hs, blocked)
        made = _make(view, start, he, head, parent, lex)
        if made is None and head in h.strong and _ends_word(view, hs, he) and _starts_word(view, hs):
            known_head = lex.first_of(head, T.PRODUCT_CATEGORY)
            made = Mention(hs, he, head, T.PRODUCT_CATEGORY, known_head.name if known_head else head,
                           "lexicon" if known_head else "discovered", parent=None if known_head else parent, confidence=0.75)
        if made is not None:
            out.append(made)
    out.extend(_english_compounds(view, blocked, covered, lex))
    return out


_COMPANY_SUFFIX_HEADS = frozenset({"半导体", "微电子", "光电", "电子"})


def _compound_on_known(view: str, m: Mention, blocked: bytearray, cats_at_end: dict[int, Mention], lex: Lexicon,
                       out: list[Mention]) -> None:
    left = cats_at_end.get(m.start)
    if left is not None and m.text in heads().process:
        return  # 「CPU封装」: the CPU is named in its own right
    if left is not None:  # 「数据中心UPS」 is a UPS; 「PCIe Retimer芯片」 a retimer (the head is its ancestor)
        inner = next((c for k in range(left.start + 1, m.start)
                      if (c := lex.first_of(view[k : m.end], T.PRODUCT_CATEGORY)) is not None), None)
        if inner is not None:  # 「资料中心交换器晶片」: a known category ends at the head (交换器晶片, a switch chip)
            out.append(Mention(left.start, m.end, view[left.start : m.end], T.PRODUCT_CATEGORY, inner.name,
                               "lexicon", confidence=0.95))
            return
        # 「浸没式液冷机柜」: a container head (机柜, 系统) only packages the category in front of it
        keep = left if (m.name in lex.category_ancestors(left.name) or m.name in heads().generic
                        or m.text in heads().containers) else m
        out.append(Mention(left.start, m.end, view[left.start : m.end], T.PRODUCT_CATEGORY, keep.name,
                           keep.source, parent=keep.parent, confidence=0.95))
        return
    code = _CODE_BEFORE.search(view, max(0, m.start - 8), m.start)
    if code is not None and not blocked[code.start()] and not lex.lookup(code.group(1)) \
            and (code.start() == 0 or not (view[code.start() - 1].isascii() and view[code.start() - 1].isalnum())):
        # 「KrF光刻胶」, 「EUV光刻机」, 「g/i线光刻胶」: a technical code in front names a narrower kind
        out.append(Mention(code.start(), m.end, view[code.start() : m.end], T.PRODUCT_CATEGORY,
                           view[code.start() : m.end], "discovered", parent=m.name, confidence=0.8))
        return
    if m.name not in heads().generic:
        return  # 「DFB激光器芯片」 is a laser chip: only a broad category takes a narrower kind
    if m.text in _COMPANY_SUFFIX_HEADS:
        return  # 「北辰半导体」: an unknown word before 半导体 names a company far more often than a kind of chip
    start = _modifier_start(view, m.start, blocked)
    if start == m.start:
        return
    made = _make(view, start, m.end, m.text, m.name, lex)
    if made is not None and made.name != m.name:
        out.append(made)


# a process code with a lower-case letter or a slash (KrF, ArFi, g/i线); all-capital words (AI, DFB, PC) mostly
# describe the category rather than name a kind of it
_CODE_BEFORE = re.compile(r"((?:[A-Z][a-z][A-Za-z]{0,2}|[A-Z][A-Za-z]{1,3}(?=/)|[a-z](?=/))(?:/[A-Za-z]{1,4})*线?)$")


def _ends_word(view: str, hs: int, he: int) -> bool:
    """The head ends a word: 「液」 in 「冷却液。」, not in 「液冷」."""
    from ..words import word_cuts

    return he >= len(view) or he in word_cuts(view, hs, he)


def _starts_word(view: str, hs: int) -> bool:
    from ..words import word_cuts

    return hs == 0 or hs in word_cuts(view, hs, hs + 1)


_EN_HEAD = None
_EN_FUNCTION = re.compile(r"of|for|and|or|to|in|on|at|by|with|from|the|a|an|its|their|our|this|that|these|those|first|"
                          r"second|third|next|new|rate|share|market|is|are|was|were|be|has|have")


def _english_compounds(view: str, blocked: bytearray, covered: bytearray, lex: Lexicon) -> list[Mention]:
    """"active electrical cables", "ABF substrates": up to three words in front of an English head noun."""
    global _EN_HEAD
    h = heads()
    if _EN_HEAD is None:
        words = "|".join(re.escape(w).replace("\\ ", "[ -]") for w in sorted(h.english, key=len, reverse=True))
        _EN_HEAD = re.compile(rf"\b((?:[A-Za-z0-9][A-Za-z0-9.\-]* ){{1,3}})({words})(e?s)?\b")
    out = []
    for m in _EN_HEAD.finditer(view):
        s, e = m.span()
        if any(blocked[s:e]) or any(covered[m.start(2) : m.end(2)]):
            continue
        words = m.group(1).split()
        # "rate for metrology equipment", "its first beam-line tool": the compound starts after the last
        # function word, determiner or ordinal
        cut = max((i + 1 for i, w in enumerate(words) if _EN_FUNCTION.fullmatch(w.lower())), default=0)
        words = words[cut:]
        while words and (words[0].lower() in h.english_attributes or re.fullmatch(r"\d+\w*", words[0].lower())):
            words.pop(0)
        if not words or any(covered[s:e]) and not words:
            continue
        surface = " ".join(words) + " " + m.group(2) + (m.group(3) or "")
        start = e - len(surface)
        if any(covered[start:e]):
            continue
        known = lex.first_of(surface, T.PRODUCT_CATEGORY)
        name = known.name if known else " ".join(words) + " " + m.group(2)
        out.append(Mention(start, e, surface, T.PRODUCT_CATEGORY, name, "lexicon" if known else "discovered",
                           parent=None if known else h.english[m.group(2).replace("-", " ")], confidence=0.75))
    return out
