"""Places of facilities (LOCATED_IN): 「F 位于 R」, 「在 R 建成 F」, 「R 的 F」, 「位于 R 的 F」, a region subject
that builds or lists facilities, and companies settling in a facility (入驻).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from .common import COMPANIES, chain_start, list_ending_with, region_chain_at
from .registry import Emitter, rule

T = EntityType
P = Predicate

_PLACE = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:科学城|新片区|高新区|开发区|工业邨|工业园|产业园|新区|园区|城|区|县|镇))")


_BUILT = r"(投入运行|投入运营|开工|建成|落地|启用|运营|投运|揭牌|奠基|开园|上线)"


def _place(ctx: SentenceContext, start: int, lex: Lexicon) -> Mention | tuple | None:
    """The region (known, or a new place name such as 光明科学城) beginning at ``start``."""
    known = [r for r in ctx.of_type(T.REGION) if r.start == start]
    m = _PLACE.match(ctx.text, start)
    if m and (not known or m.end() > known[0].end):
        name = m.group(1)
        cand = lex.first_of(name, T.REGION)
        return (T.REGION, cand.name if cand else name)
    return known[0] if known else None


def _place_in_name(name: str, lex: Lexicon) -> str | None:
    """The most specific known place inside a site's name (「中国移动中卫数据中心」 → 中卫), if any."""
    found: list[tuple[int, str]] = []
    for i in range(1, len(name) - 1):
        for n in (5, 4, 3, 2):
            cand = lex.first_of(name[i : i + n], T.REGION)
            ent = lex.entity(T.REGION.value, cand.name) if cand is not None else None
            if ent is not None and ent.attrs.get("subtype") not in ("country", "macro_region", "hub", None):
                found.append((i, cand.name))
                break
    return found[-1][1] if found else None


_LOCATED = re.compile(rf"(?:项目|一期|二期|三期)?(?:已)?(?P<verb>{CUES.alt('located_verb')})(?:于|在)?")
_EN_LOCATED = re.compile(r",? (?:is |was |are )?(?:located|based|situated|sited|built) in ")


def _located_object(ctx: SentenceContext, f: Mention, pos: int, lex: Lexicon):
    """What follows 「位于」: a facility (a park) after an optional place chain, else the most specific place."""
    text = ctx.text
    later = [x for x in ctx.mentions if x.start >= pos]
    i = 0
    while i < len(later) and later[i].type == T.REGION and later[i].start - (later[i - 1].end if i else pos) <= 1:
        i += 1
    if i < len(later) and later[i].type == T.FACILITY and later[i].start - (later[i - 1].end if i else pos) <= 1:
        return later[i]
    chain = region_chain_at(ctx, pos)
    if chain is not None:
        longer = _place(ctx, chain.start, lex)  # 「东湖高新区」: a zone named after the place
        return longer if isinstance(longer, tuple) and len(longer[1]) > len(chain.text) + 1 else chain
    return _place(ctx, pos, lex) if text[pos : pos + 1] else None


def _listed_before(ctx: SentenceContext, facilities: list[Mention], pos: int) -> list[Mention]:
    """The facilities of a 「A、B(等重点项目)」 list that ends right before ``pos``."""
    before = [f for f in facilities if f.end <= pos]
    if not before or not re.fullmatch(r"(等|以及)?[^，。；、\d]{0,6}?", ctx.text[before[-1].end : pos]):
        return []
    listed = list_ending_with(ctx, before[-1], 0, (T.FACILITY,))
    return listed[::-1] if len(listed) > 1 else []


@rule("locations.facility", P.LOCATED_IN, confidence=0.85)
def locations(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Facilities (and companies settling in them) located in regions."""
    text = ctx.text
    facilities = ctx.of_type(T.FACILITY)
    regions = ctx.of_type(T.REGION)
    located: set[str] = set()

    def add(f: Mention, place, detail: str, conf: float) -> None:
        if place is not None and f.name not in located:
            located.add(f.name)
            out.add(f, place, detail=detail)

    for f in facilities:
        # 「F 位于 R」: the most specific place of a chain such as 杭州市临平区 (or a park named after it)
        m = _LOCATED.match(text, f.end)
        if m:
            add(f, _located_object(ctx, f, m.end(), lex), m.group("verb"), 0.9)
            continue
        m = _EN_LOCATED.match(text, f.end)
        if m:
            add(f, region_chain_at(ctx, m.end()), "en_located", 0.85)
            continue
        # 「F (项目)在 P 开工/投入运行」
        m = re.match(r"(项目)?(在|于)", text[f.end : f.end + 4])
        if m and re.search(_BUILT, text[f.end : f.end + 30]):
            add(f, _place(ctx, f.end + m.end(), lex), "在", 0.8)
    # 「F1、F2 等重点项目位于 R」: every site of the list
    for m in re.finditer(r"(?:均|都|分别)?(?:位于|坐落于|落户于|落户在|选址于|选址在)", text):
        listed = _listed_before(ctx, facilities, m.start())
        for f in listed:
            add(f, _located_object(ctx, listed[-1], m.end(), lex), "list_位于", 0.8)
    # 「在 R 建成 F」, 「R 的 F」
    for f in facilities:
        m = re.search(r"在([^，。；]{2,12}?)(?:建成|建设|打造|启用|投运|部署|布局|新建|开建)(?:了)?$", text[max(0, f.start - 16) : f.start])
        if m:
            base = max(0, f.start - 16)
            add(f, region_chain_at(ctx, base + m.start(1)), "在R建成", 0.8)
            continue
        regs = [r for r in regions if r.end + 1 == f.start and text[r.end] == "的"]
        if regs:
            add(f, region_chain_at(ctx, chain_start(ctx, regs[0])), "R的F", 0.75)
    # 「位于 R 的 F」
    for m in re.finditer(r"位于", text):
        fs = [f for f in facilities if m.end() < f.start <= m.end() + 16 and text[f.start - 1] == "的"]
        if fs:
            add(fs[0], _place(ctx, m.end(), lex), "位于的", 0.85)
    # 「R(的算力设施)包括 F1、F2 等算力集群」 and 「R 启动建设 … “F”」: the sentence's region subject
    head = [r for r in regions if r.start <= 2]
    if head:
        listed = re.search(r"(包括|有|涵盖)([^。；]*?)等[^，。]{0,6}(集群|中心|设施|平台|项目|基地)", text)
        for f in facilities:
            if listed and listed.start(2) <= f.start < listed.end(2):
                add(f, head[0], "subject_list", 0.7)
            elif re.search(r"(启动建设|开工建设|建设|打造|建成|布局)", text[head[0].end : f.start]):
                add(f, head[0], "subject_builds", 0.7)
    # 「SK海力士无锡工厂」, 「中国移动中卫数据中心」: a site named after its place is located there
    for f in facilities:
        if f.source == "discovered" and f.name not in located:
            place = _place_in_name(f.text, lex)
            if place is not None:
                add(f, (T.REGION, place), "named_place", 0.7)
    # companies settling in a facility: 「(小镇)入驻企业 C」
    for m in re.finditer(r"入驻(企业|公司)?", text):
        comps = [c for c in ctx.of_type(*COMPANIES) if m.end() <= c.start <= m.end() + 4]
        fac = [f for f in facilities if f.end <= m.start()] or ([ctx.doc.last_facility] if ctx.doc.last_facility else [])
        if comps and fac:
            out.add(comps[0], fac[-1], detail="入驻")
