"""Entity mentions in a document view: ontology matches (EntityRuler), patterns, and discovery of
companies and facilities that are in no list.

Discovery cues (all generic, none tied to a particular document):

- list context: items of a 「A、B、C」 list next to a known company, or a list introduced / closed
  by a company cue (代表厂商：…, 主要有…等厂商, …等企业, 包括…);
- legal-name shapes: …有限公司 / …股份有限公司 / …集团, with a short name derived from them;
- English names: capitalised words ending in Inc./Technologies/Semiconductor/…, or capitalised
  words in a list with known companies.

>>> from computekg.ingest.reader import source_from_text
>>> ms = find_mentions(source_from_text("t.txt", "GPU国内代表厂商：海光信息、星曜微电子。"))
>>> [(m.text, m.type.value, m.source) for m in ms]  # doctest: +SKIP
[('GPU', 'ProductCategory', 'lexicon'), ('海光信息', 'Company', 'lexicon'), ('星曜微电子', 'Company', 'discovered')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache

from computekg.ontology import EntityType

from .lexicon import Candidate, Lexicon, default_lexicon, nlp_with_ruler
from .reader import SourceText

T = EntityType


@dataclass
class Mention:
    start: int  # view offsets
    end: int
    text: str
    type: EntityType
    name: str  # canonical name (reference) or discovered name
    source: str = "lexicon"  # lexicon | discovered | pattern
    country: str | None = None
    foreign: bool | None = None
    parent: str | None = None
    confidence: float = 1.0
    aliases: list[str] = field(default_factory=list)


CJK = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff"
_CN_CUE = re.compile(r"(国内|国产|我国|中国|本土|内资|自主)")
_COUNTRY_CUES = [
    (re.compile(r"美国|美系|美企"), "US"),
    (re.compile(r"日本|日系|日企"), "JP"),
    (re.compile(r"韩国|韩系"), "KR"),
    (re.compile(r"台湾|台系"), "TW"),
    (re.compile(r"荷兰"), "NL"),
    (re.compile(r"德国"), "DE"),
    (re.compile(r"英国"), "GB"),
    (re.compile(r"以色列"), "IL"),
]
_FOREIGN_CUE = re.compile(r"(国外|海外|外资|境外|国际巨头)")

COMPANY_CUE = r"(?:代表厂商|代表企业|代表公司|龙头企业|龙头厂商|重点公司|重点企业|主要厂商|主流厂商|供应商|厂商|企业|公司|玩家|巨头|初创公司|新秀)"
_LEGAL_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|控股集团|集团公司|集团)")
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
_EN_WORD = r"[A-Z][A-Za-z0-9&]+(?:-[A-Za-z0-9]+)?(?<!-based)"
_EN_COMPANY = re.compile(
    rf"\b((?:{_EN_WORD} ){{0,3}}{_EN_WORD}) "
    r"(Inc\.?|Corp\.?|Corporation|Technologies|Technology|Semiconductor|Semiconductors|Systems|Networks|"
    r"Microelectronics|Electronics|Labs|Ltd\.?|Co\.|Group|Computing|Photonics|Micro|Silicon|Devices|Tech|Semi|"
    r"Optics|Memory|Storage|Power|Energy|Cloud|Data|Intelligence)\b"
)
_EN_BASED = re.compile(r"\b([A-Z][a-z]+)-based ((?:[A-Z][A-Za-z0-9&]+ ?){1,3})")
_EN_CUE = re.compile(r"\b(?:start-up|startup|company|firm|maker|vendor|designer|supplier|provider|chipmaker) ((?:[A-Z][A-Za-z0-9&]+ ?){1,3})")
_EN_APPOSITIVE = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9&]+ ){0,2}[A-Z][A-Za-z0-9&]+)(?:, (?:a|an|the|another) [^,.;]{0,40}?"
    r"\b(?:start-up|startup|company|firm|maker|vendor|designer|supplier|provider|chipmaker|manufacturer|developer)\b"
    r"|, (?:which|that) (?:makes|supplies|produces|designs|develops|builds|sells|ships)\b"
    r"| (?:is|was) (?:a|an|one of the) [^,.;]{0,30}?\b(?:supplier|maker|vendor|designer|manufacturer|producer|provider)s? of\b)"
)
_EN_ITEM = r"(?:[A-Z][A-Za-z0-9&\-]+|[a-z]+[A-Z][A-Za-z0-9&\-]*)(?: [A-Z][A-Za-z0-9&\-]+)?"  # a capitalized name, or one like xFusion
_EN_LIST_ITEM = re.compile(_EN_ITEM)
_EN_SUCH_AS = re.compile(
    r"\b(?:makers?|vendors?|suppliers?|manufacturers?|designers?|producers?|providers?|foundries|companies|firms|players|"
    r"start-ups|startups) ?,? (?:such as|including|like|led by|notably|namely) "
    rf"((?:{_EN_ITEM}(?:, | and |, and )){{1,8}}{_EN_ITEM})"
)
_EN_CN_PLACES = re.compile(r"\b(China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou|Hefei|Wuhan|Nanjing|Suzhou|Chengdu|Guangzhou|Xi'an|Tianjin|Hong Kong)\b")
_EN_FOREIGN = [
    (re.compile(r"\b(US|U\.S\.|American|California|Texas|Silicon Valley)\b"), "US"),
    (re.compile(r"\b(Japan|Japanese|Tokyo)\b"), "JP"),
    (re.compile(r"\b(Korea|Korean|Seoul)\b"), "KR"),
    (re.compile(r"\b(Taiwan|Taiwanese|Hsinchu|Taipei)\b"), "TW"),
]
_MODEL = re.compile(r"(?<![A-Za-z0-9])(RTX ?\d{4}(?: ?Ti)?|[A-Z]{1,3}\d{2,4}[A-Z]{0,2}|MI\d{3}X?)(?![A-Za-z0-9])")
_POLICY_TITLE = re.compile(r"《([^《》]{2,60})》")
_POLICY_WORDS = re.compile(r"(计划|方案|意见|通知|规划|办法|政策|措施|条例|纲要|法案|规定|指南|决定|行动)")
_FACILITY_SUFFIX = re.compile(
    r"(算力小镇|小镇|数据中心|算力中心|超算中心|智算中心|计算中心|云脑|产业园|科技园|算力枢纽|深圳中心|中心二期|中心一期|"
    r"产业基地|数据基地|算力基地|数据港|云谷|算力谷)"
)
_FACILITY_GENERIC = re.compile(
    r"(等|新建|已建|现有|存量|在用|改建|扩建|大中型|大型|超大型|在建|规划|第三方|的|各类|多个|一批|新型|传统|通用|绿色|智能|这些|其|该|我国|全国|国内|各地|城市|运营商|云计算)"
)
_FACILITY_BAD_PREFIX = re.compile(
    r"^(.{0,8}?(?:项目|工程)|全球首个|国内首个|全国首个|首个|一个|多个|大型|超大型|新型|各类|这些|该|其|个|座|的|在|和|与|及|、)+"
)


def facility_mentions(view: str, lex: Lexicon) -> list[Mention]:
    """Named facilities: 「“X算力中心”」, 「鹏城云脑」, 「中国(杭州)算力小镇」 — not generic phrases."""
    out: list[Mention] = []
    for m in _FACILITY_SUFFIX.finditer(view):
        end = m.end()
        if view[end : end + 2] in ("集群", "建设", "产业") and m.group() not in ("中心二期",):
            pass
        start = m.start()
        if re.match(r"[一二三四]期", view[end : end + 2]):
            end += 2
        while start > 0 and m.end() - start < 20:
            ch = view[start - 1]
            if not re.match(rf"[{CJK}A-Za-z0-9()（）]", ch) or ch in "的在是为与和及、有于把将从由年":
                break
            start -= 1
        # 「“天穹一号”智算中心」: a quoted name right before the suffix belongs to it
        q = re.search(r"[“「\"]([^”」\"]{2,12})[”」\"]$", view[max(0, m.start() - 16) : m.start()])
        if q and m.start() - (max(0, m.start() - 16) + q.start()) <= 16:
            start = max(0, m.start() - 16) + q.start()
            name = q.group(1) + m.group()
            out.append(Mention(start, end, view[start:end], T.FACILITY, name, "discovered", confidence=0.85))
            continue
        name = _FACILITY_BAD_PREFIX.sub("", view[start:end])
        # 「在乌兰察布建成北疆智算中心」: the name starts after the building verb
        verb = list(re.finditer(r"(建成|建设|打造|启用|投运|落地|落户|运营|新建|开建|启动|部署|投资|上线)", name))
        if verb and verb[-1].end() < len(name) - len(m.group()) + 1:
            name = name[verb[-1].end() :]
        start = end - len(name)
        quoted = start > 0 and view[start - 1] in "“「\"'" and view[end : end + 1] in "”」\"'"
        head = name[: len(name) - len(m.group())]
        if not quoted:
            if len(head) < 2 or _FACILITY_GENERIC.search(name) or re.search(r"\d", head):
                continue
            if not plausible_name(head) or re.match(r"(以|对|为|将|被|从|向|可|要|应|而|并|更|已|也|还|导致|通过|包括)", head):
                continue
            rest = head
            for n in range(min(6, len(rest)), 1, -1):
                if lex.first_of(rest[:n], T.REGION):
                    rest = rest[n:]
                    break
            rest = re.sub(r"^(地区|市|省|区)", "", rest)
            if len(rest) < 2 and "(" not in name and "（" not in name:
                continue
        if lex.first_of(name, T.PRODUCT_CATEGORY, T.COMPANY):
            continue
        out.append(Mention(start, end, name, T.FACILITY, name, "discovered", confidence=0.85 if quoted else 0.7))
    return out


@cache
def _jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba, jieba.posseg


def _word_boundary_ok(view: str, start: int, end: int) -> bool:
    """A short Chinese name must not cut through a word (力成 inside 劳动力成本)."""
    jieba, _ = _jieba()
    lo = max(0, start - 6)
    window = view[lo : min(len(view), end + 6)]
    cuts = {lo}
    pos = lo
    for tok in jieba.cut(window, HMM=False):
        pos += len(tok)
        cuts.add(pos)
    return start in cuts and end in cuts


_NAME_ENDINGS = re.compile(r"(芯|测|科技|电子|股份|光电|存储|微|通|数据|智能|科|算|控|冷|德|曦|宇|光|云|网|讯|联|达|创|源|港|数|集团)$")
_BAD_POS = {"v", "vn", "vd", "s", "c", "p", "d", "r", "u", "m", "q", "f", "t", "ad", "an", "a", "l", "i", "b"}


def plausible_name(name: str) -> bool:
    """Reject verbs and function words that list/cue shapes pick up (构成, 以绿色化, 具备较多)."""
    if not re.search(rf"[{CJK}]", name) or _LEGAL_SUFFIX.search(name):
        return True
    if name.endswith("化") or name in _NOT_NAMES:
        return False
    _, pseg = _jieba()
    toks = [(p.word, p.flag) for p in pseg.cut(name)]
    if len(toks) == 1:
        # a common noun of the dictionary (仪表, 农业, 品牌) is not a name; nr/nz/ns/nt/j are
        return toks[0][1] not in _BAD_POS and toks[0][1] not in {"n", "vn", "nrt", "ng"}
    last_word, last_pos = toks[-1]
    if last_pos.startswith("v") and len(last_word) >= 2 and not _NAME_ENDINGS.search(name):
        return False
    first_word, first_pos = toks[0]
    jieba, _ = _jieba()
    known = jieba.get_FREQ(first_word) is not None  # an HMM guess (晶耀 → 'a') says nothing about a made-up name
    if first_pos in {"p", "c", "d", "u", "r", "m", "q", "f"} or (first_pos == "a" and len(first_word) >= 2 and known):
        return False
    return not (first_pos.startswith("v") and len(first_word) >= 2 and not _NAME_ENDINGS.search(name))


def _bare_name_ok(name: str, lex: Lexicon) -> bool:
    """A name found only by its position (a verb's subject, 「向X采购」): name-like, not a common phrase,
    not a company cue or a pronoun-led phrase, not a measure (智能算力)."""
    return (
        name not in _NOT_NAMES and _name_like(name, lex) and _novel_head(name) and lex.metric(name) == name
        and not re.search(rf"{COMPANY_CUE}$|^(该|其|本|此|多|两|三|各|部分|国内|国外|海外|我国|公司)", name)
    )


def _novel_head(head: str) -> bool:
    """The part of 「X科技」 before the suffix must look like a name, not a common phrase.

    >>> _novel_head("星河"), _novel_head("金融"), _novel_head("借助人工")
    (True, False, False)
    """
    jieba, pseg = _jieba()
    toks = [(p.word, p.flag) for p in pseg.cut(head, HMM=False)]
    if not toks:
        return False
    first, flag = toks[0]
    if (len(first) >= 2 and flag[:1] in ("v", "p", "c", "d", "r")) or first in "如以在对为将把被和与及或等由从向":
        return False  # 「借助人工智能」, 「提供通用计算」, 「如人工智能」
    # every piece a common word: 「金融科技」, 「垂直领域数据」; made-up names have rare or single-character pieces
    return not all(len(w) >= 2 and (jieba.get_FREQ(w) or 0) >= 100 for w, _ in toks)


def _ascii_boundary_ok(view: str, start: int, end: int) -> bool:
    """An ASCII name must not sit inside a longer ASCII word (Intel ≠ Intelligence)."""
    if view[start].isascii() and view[start].isalnum() and start > 0:
        prev = view[start - 1]
        if prev.isascii() and prev.isalnum():
            return False
    if view[end - 1].isascii() and view[end - 1].isalnum() and end < len(view):
        nxt = view[end]
        plural = nxt == "s" and (end + 1 == len(view) or not view[end + 1].isalnum())
        if nxt.isascii() and nxt.isalnum() and not plural:
            return False
    return True


_CHUNK = 8000


def _chunks(view: str) -> list[tuple[int, str]]:
    """Line-aligned pieces of at most ~_CHUNK characters (spaCy's Chinese tokenizer slows down
    super-linearly on very long texts; names never span a line break in the view)."""
    out = []
    pos = 0
    while pos < len(view):
        end = min(len(view), pos + _CHUNK)
        if end < len(view):
            cut = view.rfind("\n", pos, end)
            end = cut + 1 if cut > pos else end
        out.append((pos, view[pos:end]))
        pos = end
    return out


def _ruler_ents(view: str):
    """(start, end, text, pattern id) of every EntityRuler match in the view."""
    nlp = nlp_with_ruler()
    for offset, piece in _chunks(view):
        for ent in nlp(piece).ents:
            yield offset + ent.start_char, offset + ent.end_char, ent.text, ent.ent_id_


def lexicon_mentions(source: SourceText, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for start, end, ent_text, ent_id in _ruler_ents(source.view):
        if not _ascii_boundary_ok(source.view, start, end):
            continue
        cands = lex.surfaces.get(ent_id or ent_text) or lex.lookup(ent_text)
        if not cands:
            continue
        cand = _choose(cands, source.view, start, end)
        if cand is None:
            continue
        text = source.view[start:end]
        short_alias = cand.type in (T.COMPANY, T.COMPANY_GROUP) and len(text) <= 3 and not text.isascii()
        if short_alias and cand.name != text and not _word_boundary_ok(source.view, start, end):
            continue
        out.append(Mention(start, end, ent_text, cand.type, cand.name, "lexicon", confidence=1.0))
    return out


def _choose(cands: list[Candidate], view: str, start: int, end: int) -> Candidate | None:
    """Disambiguate a surface shared by several entities from its immediate context.

    An acronym such as IDC read as a source (「据IDC」, 「IDC数据显示」) is not the product category.
    """
    before = view[max(0, start - 6) : start]
    after = view[end : end + 6]
    orgish = re.search(r"(据|根据|由)$", before) or re.match(r"(联合|发布|数据显示|数据统计|统计|报告|预测|显示|）|\))", after)
    if orgish and view[start:end].isascii() and view[start:end].isupper() and all(
        c.type == T.PRODUCT_CATEGORY for c in cands
    ):
        return None
    if len(cands) == 1:
        return cands[0]
    for c in cands:
        if orgish and c.type in (T.ORGANIZATION, T.COMPANY):
            return c
    for c in cands:
        if not orgish and c.type == T.PRODUCT_CATEGORY:
            return c
    return cands[0]


def pattern_mentions(source: SourceText, lex: Lexicon) -> list[Mention]:
    view = source.view
    out: list[Mention] = []
    for m in _MODEL.finditer(view):
        text = m.group(1)
        if re.fullmatch(r"(19|20)\d{2}", text) or re.fullmatch(r"[A-Z]\d{2}", text) and not re.search(
            r"(芯片|GPU|显卡|加速卡|禁止|限制|包括|、|,|，|以及)", view[max(0, m.start() - 12) : m.end() + 12]
        ):
            continue
        cand = lex.first_of(text, T.PRODUCT_MODEL)
        name = cand.name if cand else text.replace("RTX", "RTX ").replace("  ", " ").strip()
        out.append(Mention(m.start(1), m.end(1), text, T.PRODUCT_MODEL, name, "pattern", confidence=0.8))
    for m in _POLICY_TITLE.finditer(view):
        title = m.group(1)
        if not _POLICY_WORDS.search(title):
            continue
        full = f"《{title}》"
        cand = lex.first_of(full, T.POLICY) or lex.first_of(title, T.POLICY)
        name = cand.name if cand else full
        out.append(Mention(m.start(), m.end(), m.group(), T.POLICY, name, "pattern", confidence=0.9))
    for m in _GOV_BODY.finditer(view):  # 「芜湖市人民政府」, 「贵州省大数据发展管理局」
        lead = re.match(r"(近日|日前|目前|此前|今年|去年|近期|昨日|今日|由|经|据|在|并|已|将)+", m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)  # 「近日鄂州市人民政府」: the place starts after the lead words
        known = next((k for k in range(start, m.end(1) - 1) if lex.first_of(view[k : m.end(1)], T.REGION)), None)
        if known is None and not (m.group(2) and m.end(1) - start >= 2 and plausible_name(view[start : m.end(1)])):
            continue
        start = known if known is not None and not m.group(2) else start
        name = view[start : m.end()]
        if not lex.first_of(name, T.ORGANIZATION):
            out.append(Mention(start, m.end(), name, T.ORGANIZATION, name, "pattern", confidence=0.85))
    out.extend(facility_mentions(view, lex))
    return out


_GOV_BODY = re.compile(
    rf"([{CJK}]{{2,8}}?)(省|市|区|县|自治区)?(?:人民政府(?:办公厅|办公室)?|发展和改革委员会|发展改革委|发改委|"
    r"经济和信息化局|经济和信息化厅|经信局|经信委|工业和信息化局|工业和信息化厅|工信厅|工信局|"
    r"大数据发展管理局|大数据局|数据局|数据资源局|通信管理局|科学技术局|科技厅|科技局)"
)


# ---------------------------------------------------------------- company discovery



def _clean_item(item: str) -> tuple[str, str | None]:
    """Strip list decoration; return (name, parent hint from a trailing （…）)."""
    item = item.strip(" \t：:；;。.“”\"'「」")
    parent = None
    m = re.search(r"[（(]([^()（）]{1,10})[)）]$", item)
    if m:
        parent = m.group(1)
        item = item[: m.start()].strip()
    item = re.sub(r"(等|等等)$", "", item)
    item = re.sub(rf"(等|四家|三家|两家|几家|多家|少数几家)?{COMPANY_CUE}?$", "", item) if len(item) > 4 else item
    return item.strip(), parent


def _name_like(item: str, lex: Lexicon, *, shaped: bool = False) -> bool:
    """Could ``item`` be a company name? ``shaped``: it ends in a company suffix (…能源, …软件) and its
    head was already checked by :func:`_novel_head`, so a generic last word does not disqualify it."""
    if not (2 <= len(item) <= 16):
        return False
    if not plausible_name(item):
        return False
    if any(ch in _STOP_CHARS for ch in item) and not _LEGAL_SUFFIX.search(item):
        return False
    if re.search(r"\d", item) and not re.search(r"[A-Za-z]", item):
        return False
    if item.isascii():
        return bool(re.fullmatch(r"[A-Z][A-Za-z0-9&\-\. ]{1,30}", item))
    if _GENERIC_ITEM.search(item) and not _LEGAL_SUFFIX.search(item) and not shaped:
        return False
    return not any(c.type not in (T.COMPANY, T.COMPANY_GROUP) for c in lex.lookup(item))


def short_name(legal: str, lex: Lexicon) -> str:
    """Derive a short name from a legal name: 地卫二空间技术(杭州)有限公司 → 地卫二."""
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


def _country_from_context(context: str, name: str) -> tuple[str | None, bool | None]:
    if re.search(r"[（(](北京|上海|深圳|杭州|广州|南京|苏州|成都|武汉|合肥|西安|天津|重庆|无锡|厦门)[)）]", name):
        return "CN", False
    if re.search(r"(台湾|新竹|台北|台中|台南)", context):
        return "TW", True
    if re.search(r"(香港|将军澳|九龙)", context):
        return "HK", False
    for rx, code in _COUNTRY_CUES:
        if rx.search(context):
            return code, True
    if _FOREIGN_CUE.search(context):
        return None, True
    if _CN_CUE.search(context):
        return "CN", False
    return None, None


def _place_country(text: str, lex: Lexicon) -> str | None:
    """Country of the last known region named in ``text`` (cities and provinces carry theirs)."""
    for i in range(len(text) - 2, -1, -1):
        for n in (4, 3, 2):
            cand = lex.first_of(text[i : i + n], T.REGION)
            if cand is not None:
                ent = lex.entity(T.REGION, cand.name)
                if ent is not None and ent.country and ent.attrs.get("subtype") not in ("country", "macro_region"):
                    return ent.country
    return None


def discover_companies(source: SourceText, known: list[Mention], lex: Lexicon) -> list[Mention]:
    view = source.view
    found: list[Mention] = []
    # Regions and category words inside a longer name (上海兆芯, 四川长虹, 凌泉液冷, …(杭州)有限公司)
    # do not block discovery; the longer company mention wins in resolve_overlaps.
    soft = (T.REGION, T.PRODUCT_CATEGORY, T.METRIC, T.SEGMENT)
    occupied = bytearray(len(view) + 1)
    for m in known:
        if m.type not in soft:
            occupied[m.start : m.end] = b"\x01" * (m.end - m.start)

    def free(a: int, b: int) -> bool:
        return not any(occupied[a:b])

    class _Taken:
        def append(self, span: tuple[int, int]) -> None:
            occupied[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    taken = _Taken()

    def add(start: int, end: int, raw: str, context: str, conf: float, parent: str | None = None,
            peers: set[str] | None = None) -> None:
        name = raw
        aliases = []
        if _LEGAL_SUFFIX.search(raw):
            name = short_name(raw, lex)
            aliases = [raw]
        cand = lex.first_of(name, T.COMPANY) or lex.first_of(raw, T.COMPANY)
        for n in (4, 3, 2):  # a region prefix on a known company: 上海兆芯
            if cand is None and len(raw) - n >= 2 and lex.first_of(raw[:n], T.REGION):
                cand = lex.first_of(raw[n:], T.COMPANY)
        if cand:
            m = Mention(start, end, view[start:end], T.COMPANY, cand.name, "lexicon", confidence=0.95)
        else:
            country, foreign = _country_from_context(context, raw)
            if country is None and foreign is None:
                # Only what the text says: a Chinese place leading the name (四川长虹), or a list whose
                # known members all share one country. Otherwise the country stays unknown.
                lead = next((raw[:n] for n in (3, 2) if len(raw) - n >= 2 and lex.first_of(raw[:n], T.REGION)), None)
                region = lex.entity(T.REGION, lex.first_of(lead, T.REGION).name) if lead else None
                if region is not None and (region.country or "CN") in ("CN", "TW", "HK", "MO"):
                    country = region.country or "CN"
                elif peers and len(peers) == 1:
                    country = next(iter(peers))
                    conf = min(conf, 0.7)
                else:  # 「北京初创企业X」, 「武汉的国内企业X」: a place named right before the name
                    before = view[max(0, start - 24) : start]
                    before = re.split(r"[。！？；!?\n]", before)[-1]
                    country = _place_country(before, lex)
            m = Mention(start, end, view[start:end], T.COMPANY, name, "discovered", country, foreign,
                        parent, conf, aliases)
        found.append(m)
        taken.append((start, end))

    known = sorted(known, key=lambda k: k.start)
    known_starts = [k.start for k in known]
    # 1. lists: split every clause into 、-separated items
    for clause in re.finditer(r"[^。！？!?；;\n，,\t]*(?:[，,][^。！？!?；;\n，,\t]*){0,3}", view):
        text = clause.group()
        if "、" not in text and not re.search(r"(和|及|与)", text):
            continue
        # several cue-introduced lists on one line (「国外代表厂商：… 国内代表厂商：…」) are separate lists
        cuts = [m.start() for m in _COLON_CUE.finditer(text)] or [0]
        if cuts[0] != 0:
            cuts.insert(0, 0)
        for i, c in enumerate(cuts):
            piece = text[c : cuts[i + 1] if i + 1 < len(cuts) else len(text)]
            _discover_in_list(clause.start() + c, piece, view, known, known_starts, lex, free, add)

    # 2. a company cue right before a name: 「国内企业冰澜热控主要生产…」, 「X是一家…公司」
    for m in _CUE_NAME.finditer(view):
        s, e = m.start(2), m.end(2)
        name = m.group(2)
        if not free(s, e) or not _name_like(name, lex) or name in _NOT_NAMES:
            continue
        ctx = view[max(0, m.start() - 20) : m.end(1)] + view[e : e + 10]
        add(s, e, name, ctx, 0.8)
    for m in _SHAPED_NAME.finditer(view):
        s, e = m.start(1), m.end(1)
        name = m.group(1)
        if not free(s, e) or not _novel_head(name[: len(name) - len(m.group(2))]) or not _name_like(name, lex, shaped=True):
            continue
        sentence_end = min([i for i in (view.find(p, e) for p in "。！？；\n") if i >= 0] or [len(view)])
        add(s, e, name, view[max(0, s - 12) : min(e + 20, sentence_end)], 0.7)
    for m in _IS_A_COMPANY.finditer(view):
        s, e = m.start(1), m.end(1)
        name = m.group(1)
        lead = re.match(r"(其中|而|另外|此外|同时|其)", name)
        if lead:
            s += lead.end()
            name = name[lead.end() :]
        if not free(s, e) or not _name_like(name, lex):
            continue
        add(s, e, name, view[e : e + 30], 0.8)

    # 2a. cells of a table column headed 公司/厂商/企业: every listed name is a company
    company_cols: set[int] = set()
    for line in re.finditer(r"[^\n]+", view):
        row = line.group()
        if "\t" not in row:
            company_cols = set()
            continue
        cells = list(re.finditer(r"[^\t]+", row))
        heads = {i for i, c in enumerate(cells) if _TABLE_COMPANY_HEAD.search(c.group()) and len(c.group().strip()) <= 12}
        if heads and not any(k.start < line.end() and k.end > line.start() and k.type in (T.COMPANY, T.COMPANY_GROUP)
                             for k in known):
            company_cols = heads
            continue
        for i, cell in enumerate(cells):
            if i not in company_cols:
                continue
            for it in re.finditer(r"[^、,，/和及与\s]+", cell.group()):
                s, e = line.start() + cell.start() + it.start(), line.start() + cell.start() + it.end()
                name, _ = _clean_item(it.group())
                e = s + len(name)
                if len(name) >= 2 and free(s, e) and name not in _NOT_NAMES and _name_like(name, lex):
                    add(s, e, name, row, 0.85)

    # 2b. the subjects of a supply verb at the start of a clause: 「奇鋐與雙鴻分別供應…」
    for m in _VERB_SUBJECTS.finditer(view):
        items = list(re.finditer(r"[^、与和及]+", m.group(1)))
        if len(m.group(1)) > 20:
            continue
        for it in items:
            name = it.group()
            s, e = m.start(1) + it.start(), m.start(1) + it.end()
            if len(name) >= 2 and free(s, e) and _bare_name_ok(name, lex):
                add(s, e, name, view[max(0, m.start() - 20) : m.end() + 20], 0.75)

    for rx in (_EVENT_SUBJECT, _BUY_FROM, _MADE_BY):
        for m in rx.finditer(view):
            s, e = m.start(1), m.end(1)
            name = m.group(1)
            if not free(s, e) or not _bare_name_ok(name, lex) or re.search(r"(董事|经理|书记|主任|院长|总裁|部长|负责人)", name):
                continue
            add(s, e, name, view[max(0, s - 20) : e + 20], 0.8 if rx is _EVENT_SUBJECT else 0.75)

    # 2c. English lists after "makers such as": every capitalized item is a company
    for m in _EN_SUCH_AS.finditer(view):
        for it in _EN_LIST_ITEM.finditer(m.group(1)):
            s, e = m.start(1) + it.start(), m.start(1) + it.end()
            raw = it.group()
            if not free(s, e) or lex.first_of(raw, T.REGION) or lex.first_of(raw, T.PRODUCT_CATEGORY):
                continue
            near = view[max(0, m.start() - 40) : m.end()]
            country = "CN" if _EN_CN_PLACES.search(near) or re.search(r"\b(domestic|local)\b", near, re.I) else None
            cand = lex.first_of(raw, T.COMPANY)
            if cand:
                found.append(Mention(s, e, raw, T.COMPANY, cand.name, "lexicon", confidence=0.95))
            else:
                found.append(Mention(s, e, raw, T.COMPANY, raw, "discovered", country,
                                     None if country is None else False, None, 0.8))
            taken.append((s, e))

    # 3. legal names anywhere
    for m in _LEGAL_SUFFIX.finditer(view):
        end = m.end()
        if end < len(view) and view[end] in "）)":
            continue
        i = m.start()
        start = i
        while start > 0 and i - start < 24:
            ch = view[start - 1]
            if not (re.match(rf"[{CJK}A-Za-z0-9()（）]", ch)):
                break
            if view[max(0, start - 2) : start] in {"企业", "公司", "厂商", "入驻", "签约", "旗下", "包括", "其中"}:
                break
            if ch in "的是为由与和及在":
                break
            start -= 1
        raw = view[start:end]
        if len(raw) - len(m.group()) < 2 or not free(start, end):
            continue
        ctx = view[max(0, start - 30) : end + 10]
        add(start, end, raw, ctx, 0.85)

    # 3. English company shapes
    for rx in (_EN_BASED, _EN_CUE, _EN_COMPANY, _EN_APPOSITIVE):
        for m in rx.finditer(view):
            if rx is _EN_APPOSITIVE:
                s, e = m.start(1), m.end(1)
                raw = m.group(1)
                place = ""
                if lex.first_of(raw, T.REGION) or raw in ("The", "It", "This", "That", "In", "On", "By"):
                    continue
            elif rx is _EN_CUE:
                s, e = m.start(1), m.start(1) + len(m.group(1).strip())
                raw = m.group(1).strip()
                place = ""
            elif rx is _EN_BASED:
                s, e = m.start(2), m.end(2)
                raw = m.group(2).strip()
                e = s + len(raw)
                place = m.group(1)
            else:
                s, e = m.start(), m.end()
                raw = m.group().strip()
                place = ""
            if not free(s, e) or len(raw) < 3:
                continue
            near = view[max(0, s - 30) : s] + " " + place + " " + view[e : e + 40]
            country = None
            if _EN_CN_PLACES.search(near):
                country = "CN"
            else:
                for erx, code in _EN_FOREIGN:
                    if erx.search(near):
                        country = code
                        break
            cand = lex.first_of(raw, T.COMPANY)
            if cand:
                found.append(Mention(s, e, raw, T.COMPANY, cand.name, "lexicon", confidence=0.95))
            else:
                found.append(Mention(s, e, raw, T.COMPANY, raw, "discovered", country,
                                     None if country is None else country not in ("CN",), None, 0.8))
            taken.append((s, e))
    return found


_NAME_STOP = (
    r"(?:主要|则|已|已经|近日|日前|在|的|推出|研发|发布|供应|提供|生产|运营|量产|是|向|为|于|也|将|正|与|和|"
    r"及|凭借|通过|目前|首款|成立|负责|承建|自研|开发|设计|拥有|获得|宣布|计划|拟|等|[（(，,。；、\s])"
)
_CUE_NAME = re.compile(
    rf"((?:企业|厂商|公司|运营商|营运商|服务商|供应商|初创公司|新创公司|设计公司|制造商|新锐|大厂|龙头)(?:之一)?)"
    rf"(?!企业|厂商|公司|运营商|商)([{CJK}]{{2,6}}?|[A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+)?)(?={_NAME_STOP})"
)
_VERB_SUBJECTS = re.compile(
    rf"(?:^|(?<=[，。；：:\n]))((?:(?:(?![与和及])[{CJK}]){{2,6}}?(?:、|与|和|及)){{0,6}}(?:(?![与和及])[{CJK}]){{2,6}}?)"
    r"(?:分别|均|也|还|已|已经|主要|则|目前|近日|日前|都|正|同时|率先|陆续|相继|先后|尚未|并未|未|不再|暂停|停止)*"
    r"(?:供应|生产|推出|研发|研制|出货|量产|制造|交付|发布|主营|专注于|深耕|聚焦|主攻|致力于)"
)
# names that only a company can be: 「X获得…融资」, 「X（股票代码…）」, 「X董事长」, 「X的客户包括」, 「向X采购」
_EVENT_SUBJECT = re.compile(
    rf"(?:^|(?<=[，。；：:\n据]))([{CJK}]{{2,6}}?)(?=(?:近日|日前|今年|已|宣布)?(?:完成|获得)[^，。]{{0,14}}融资|"
    rf"[（(](?:股票代码|证券代码)|(?:董事长|总经理|创始人|首席执行官|CEO)|发布公告|的(?:主要)?(?:客户|供应商|合作伙伴)(?:包括|有|为|是)|"
    rf"(?:在|于|登陆)(?:上交所|深交所|港交所|北交所|科创板|创业板))"
)
_TABLE_COMPANY_HEAD = re.compile(r"(公司|厂商|企业|供应商|代表|玩家|品牌|Company|Vendor|Supplier|Maker)", re.I)
# 「采用X提供的交换机」: X is the maker of what is used
_MADE_BY = re.compile(rf"(?:采用|选用|使用|搭载|部署|基于|由)([{CJK}]{{2,6}}?)(?:提供|生产|研发|推出|供应|制造|设计|自研)的")
_BUY_FROM = re.compile(rf"(?:向|从)([{CJK}]{{2,6}}?)(?:批量|大量|持续)?(?:采购|购买|订购|进口)")
_IS_A_COMPANY = re.compile(rf"(?:^|[，。；、\s]|其中)([{CJK}]{{2,6}})是一家")
_SHAPED_NAME = re.compile(
    rf"(?:^|(?<=[，。；：:\s、和与及由向被从据“「的]))(?!国产|国内|国外|我国|全球|中国|部分|主要|相关|高端|先进|这些|该|其|多家|一家|各家|据|由|向|从|被|和|与|及)"
    rf"([{CJK}]{{2,4}}(科技|电子|微电子|半导体|光电|通信|股份|集团|智芯|光子|微电|芯科|光联|算力科技|热控|电气|精工|"
    rf"光学|信息|数科|数据|智能|存储|微电|芯片|网络|电源|激光|材料|装备|软件|能源|储能))"
    rf"(?={_NAME_STOP}|成立|创立|旗下|总部|新一代|最新|近期|独家|董事|首席|官方|今年|去年|介绍|表示|称|宣布|公告|披露|"
    rf"主营|专注|深耕|聚焦|主攻|致力|”|」)"
)
_COLON_CUE = re.compile(rf"(国外|国内|海外|国产|境外)?(代表|主要|龙头|重点)?{COMPANY_CUE}(有|包括|为)?[：:]")
_NOT_NAMES = {
    "数量", "占比", "份额", "市场", "用户", "客户", "产品", "合作", "数据", "规模", "同时", "目前", "此外", "已经",
    "正在", "近日", "主要", "分别", "共同", "均已", "一直", "也在", "还在", "日前", "此前", "随后", "今年", "去年",
    "其中", "其他", "另外", "另一家", "一家", "多家", "本地", "国内", "国外", "海外",
}



def _discover_in_list(offset, text, view, known, known_starts, lex, free, add) -> None:
    """Treat the items of one 「A、B、C」 list as companies when the list is about companies."""
    # the list runs from the last opener (or clause start) to 等/end
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^、]+", text)]
    if len(parts) < 2 and not re.search(r"(和|及|与)", text):
        return
    # locate list start: after the last opener before the first 、
    first_sep = text.find("、")
    if first_sep < 0:  # 「A 与 B 均为…」: the conjunction separates the items
        conj = re.search(r"(与|和|及)", text)
        first_sep = conj.start() if conj else len(text)
    head = text[:first_sep]
    start = 0
    opener = None
    for m in re.finditer(
        rf"(?:{COMPANY_CUE}(?:有|包括|包含|为|是|如)?[：:]?|主要有|包括|例如|比如|如|像|部署|签约|合作|分别为|分别是|是|为|：|:|，|,)",
        head,
    ):
        start = m.end()
        opener = m.group()
    # end of list: 等 / 分别 / verb after the last item
    if "、" in text:
        tail_start = text.rfind("、") + 1
    else:
        conj = re.search(r"(与|和|及)", text)
        tail_start = conj.end() if conj else 0
    end = len(text)
    m_end = re.search(
        r"(等|分别|四家|三家|两家|几家|均|都|占据|进入|合计|作为|在|，|,|的|构成|提供|基于|生产|推出|位居|位列|排名|处于|是|为)",
        text[tail_start:],
    )
    if m_end:
        end = tail_start + m_end.start()
    body = text[start:end]
    if not body:
        return
    closing = text[end : end + 14]
    company_closing = re.match(rf"(等)?[^，。]{{0,6}}?{COMPANY_CUE}", closing)
    company_opening = bool(opener and re.search(COMPANY_CUE, opener)) or bool(
        re.search(rf"{COMPANY_CUE}[^，。]{{0,4}}$", head[: max(0, start)])
    )
    items: list[tuple[int, int, str, str | None]] = []
    pos = 0
    for piece in re.split(r"(、|和|及|与|以及)", body):
        if piece in ("、", "和", "及", "与", "以及"):
            pos += len(piece)
            continue
        name, parent = _clean_item(piece)
        if name:
            lead = piece.find(name[0]) if name[0] in piece else 0
            s = offset + start + pos + lead
            items.append((s, s + len(name), name, parent))
        pos += len(piece)
    if len(items) < 2:
        return
    lo = bisect_left(known_starts, offset + start)
    hi = bisect_left(known_starts, offset + end)
    window = known[lo:hi]
    known_companies = [k for k in window if k.type in (T.COMPANY, T.COMPANY_GROUP)]
    known_other = [k for k in window if k.type not in (T.COMPANY, T.COMPANY_GROUP)]
    n_known = len(known_companies)
    if not (n_known >= 1 or company_closing or company_opening):
        return
    if "、" not in text and n_known == 0:
        return  # a bare 「A 和 B」 is too weak a cue without a known company in it
    if len(known_other) > n_known and not (company_closing or company_opening):
        return  # a list of categories/regions with one stray company
    # the cue nearest the list decides the country (「国外代表厂商：… 国内代表厂商：…」)
    peers = {ent.country for k in known_companies if (ent := lex.entity(k.type, k.name)) is not None and ent.country}
    ctx = text[max(0, start - 12) : start] + closing
    if not _CN_CUE.search(ctx) and not _FOREIGN_CUE.search(ctx) and not any(rx.search(ctx) for rx, _ in _COUNTRY_CUES):
        ctx = view[max(0, offset - 10) : offset] + text[:start] + closing
    for s, e, name, parent in items:
        if not free(s, e) or not _name_like(name, lex):
            continue
        if view[s:e] != name:
            continue
        add(s, e, name, ctx, 0.8 if (company_closing or company_opening) else 0.7, parent, peers)


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest, then most confident, non-overlapping mentions."""
    if not mentions:
        return []
    used = bytearray(max(m.end for m in mentions) + 1)
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), -m.confidence, m.start)):
        if not any(used[m.start : m.end]):
            used[m.start : m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def find_mentions(source: SourceText, lex: Lexicon | None = None) -> list[Mention]:
    lex = lex or default_lexicon()
    lexical = lexicon_mentions(source, lex)
    patterns = pattern_mentions(source, lex)
    companies = [m for m in lexical if m.type in (T.COMPANY, T.COMPANY_GROUP)]
    # a discovered facility never swallows a known company
    patterns = [p for p in patterns if p.type != T.FACILITY or all(p.end <= c.start or p.start >= c.end for c in companies)]
    base = resolve_overlaps(lexical + patterns)
    discovered = discover_companies(source, base, lex)
    return resolve_overlaps(base + discovered + _repeat_mentions(source.view, discovered))


def _repeat_mentions(view: str, discovered: list[Mention]) -> list[Mention]:
    """A name discovered once is the same company wherever else it occurs in the document."""
    out: list[Mention] = []
    seen: set[str] = set()
    for d in discovered:
        if d.source != "discovered" or d.text in seen or len(d.text) < (3 if not d.text.isascii() else 4):
            continue
        seen.add(d.text)
        for m in re.finditer(re.escape(d.text), view):
            if m.start() != d.start:
                out.append(replace(d, start=m.start(), end=m.end(), confidence=d.confidence - 0.05))
    return out

