"""Headquarters (HEADQUARTERED_IN) and a company's own sites (LOCATED_IN).

- 「总部位于 R 的 C」, 「C 总部设在 R」, 「C（总部位于 R）」, 「C 注册于 R」, 「位于 R 的 C」;
- registered names: 「岳衡新材料科技(常州)股份有限公司」, 「北京澄明数据科技有限公司」;
- 「来自 R 的初创企业 C」, 「R 企业 C」;
- "C, headquartered in R", "C is based in R", "R-based C", "C, an R-based start-up";
- a site: 「C 在 R 设立/建设…基地/工厂」, 「C 将其华南总部落户 R」 (a regional head office is a site).
"""

from __future__ import annotations

import re
from dataclasses import replace

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from ..words import LEGAL_SUFFIX
from .common import company_list, is_plan, region_chain_at, zoned_place, zoned_place_span
from .registry import Emitter, rule

T = EntityType
P = Predicate

_HQ_VERB = re.compile(rf"(?P<kind>华南|华东|华北|华中|西南|西北|东北|区域|第二|研发|运营|亚太|国际|海外|中国区)?"
                      rf"(?:{CUES.alt('hq_verb')}|总部落户|总部迁至|注册于|注册在)")
_EN_HQ = re.compile(r",? (?:is |are |was |remains )?(?:headquartered|based|located|registered) in ")
_EN_PRONOUN_HQ = re.compile(r"(?:The company|The firm|The group|It)(?:, [^,]{3,60},)? (?:is|was|remains) (?:headquartered|based) in ")
_REGISTERED_CITY = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）](?:股份)?(?:有限责任公司|有限公司|集团)")
_SITE = re.compile(r"(?:目前|还|也|已|将|均|同时|另)*在([^，。；]{2,12}?)(?:均|都|也|还|分别|各)?(?:投资)?"
                   r"(?:设立|建设|新建|投建|建成|布局|落地|开工建设|设有|建有|拥有|运营|经营|运行|新设)(?:了|的)?[^，。；]{0,16}?"
                   r"(?:基地|工厂|产线|生产线|研发中心|中心|园区|项目|晶圆厂|封测厂|厂区|厂|集群|机房)")


def _places(ctx: SentenceContext, lex: Lexicon, name: str) -> Mention | tuple | None:
    """The region a name stands for, if it is one below the country level."""
    cand = lex.first_of(name, T.REGION)
    if cand is None:
        return None
    ent = lex.entity(T.REGION.value, cand.name)
    if ent is None or ent.attrs.get("subtype") in ("country", "macro_region"):
        return None
    return (T.REGION, cand.name)


@rule("headquarters.phrase", P.HEADQUARTERED_IN, P.LOCATED_IN, confidence=0.8)
def headquarters(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「总部位于 R 的 C」, 「C 总部设在 R」, 「位于 R 的 C」, "C, headquartered in R", "R-based C"."""
    text = ctx.text
    comps = company_list(ctx, 0, len(text))
    m = _EN_PRONOUN_HQ.match(text)
    who = ctx.doc.paragraph_company or ctx.doc.last_company
    place = region_chain_at(ctx, m.end()) if m else None
    if place is not None and who is not None:  # "The company is headquartered in Haidian District, Beijing"
        out.add(who, place, detail="en_pronoun_hq")
    if not comps and not (ctx.doc.self_company and _PRONOUN.search(text)):
        return

    def add(comp: Mention, region, detail: str, predicate: Predicate = P.HEADQUARTERED_IN) -> None:
        if region is not None and not any(f.subject is comp and f.predicate == predicate for f in out.facts):
            out.add(comp, region, predicate=predicate, detail=detail)

    _hq_verbs(ctx, lex, comps, add)
    _sites(ctx, lex, comps, add)
    for m in re.finditer(r"(位于|地处|坐落于)", text):
        region = region_chain_at(ctx, m.end())
        after = [c for c in comps if region is not None
                 and re.fullmatch(r"的(?:全资|控股)?(?:子公司|公司|企业|厂商|合作伙伴|供应商|代工厂|工厂)?", text[region.end : c.start])]
        if after:  # 「…位于 R 的 C」
            add(after[0], region, "位于的")
    for comp in comps:
        _registered(ctx, lex, comp, add)
        _place_cue(ctx, lex, comp, add)
        _english(ctx, comp, add)
        _company_located(ctx, lex, comp, add)
        _company_plant(ctx, lex, comp, add)
    _company_sites(ctx, lex, comps, out)
    _english_sites(ctx, comps, out)


def _company_sites(ctx: SentenceContext, lex: Lexicon, comps: list[Mention], out: Emitter) -> None:
    """「C 在 R1 与 R2 均设有生产基地」, 「该公司还在 R 运营一座…中心」: every place of the list (LOCATED_IN)."""
    text = ctx.text
    for m in _SITE.finditer(text):
        if is_plan(text[max(0, m.start() - 4) : m.end()]) or ctx.between(m.start(), m.end(), T.FACILITY):
            continue
        named = re.search(r"的", text[m.end(1) : m.end()])
        if named and not _GENERIC_SITE.match(text, m.end(1) + named.start()):
            continue  # 「在R建设的京津冀大数据智能算力中心」: a named facility is located itself
        before = [c for c in comps if c.end <= m.start() and re.fullmatch(r"[^，。；]{0,4}", text[c.end : m.start()])]
        word = re.search(r"(其|该公司|本公司|公司)(?:目前|还|也|已|均|同时|另)*$", text[max(0, m.start() - 6) : m.start()])
        owner = before[-1] if before else ctx.doc.company_referent(word.group(1)) if word else None
        if owner is None:
            continue
        for place in _place_list(ctx, lex, m.start(1), m.end(1)):
            if not any(f.subject is owner and f.object == place for f in out.facts):
                out.add(owner, place, predicate=P.LOCATED_IN, detail="company_site")


def _place_list(ctx: SentenceContext, lex: Lexicon, a: int, b: int) -> list[Mention | tuple]:
    """The places of 「江苏昆山与泰国」 (the most specific of each chain, with its zone), in [a, b)."""
    out: list[Mention | tuple] = []
    pos = a
    while pos < b:
        found = zoned_place_span(ctx, pos, lex)
        if found is None or found[1] > b + 1:
            break
        out.append(found[0])
        gap = re.match(r"(?:、|和|与|及|以及|，)", ctx.text[found[1] : b])
        if gap is None:
            break
        pos = found[1] + gap.end()
    return out


_OWN_PLANT = re.compile(r"的(?P<place>[^，。；的]{2,8}?)(?:工厂|厂区|晶圆厂|封测厂|厂|生产基地|基地)")


def _company_plant(ctx: SentenceContext, lex: Lexicon, comp: Mention, add) -> None:
    """「健鼎的无锡厂」, 「南电的昆山工厂」: a plant named by its place belongs to the company and is there."""
    m = _OWN_PLANT.match(ctx.text, comp.end)
    found = zoned_place_span(ctx, comp.end + 1, lex) if m else None
    if found is not None and found[1] <= m.end("place") + 1:
        add(comp, found[0], "own_plant", P.LOCATED_IN)


def _company_located(ctx: SentenceContext, lex: Lexicon, comp: Mention, add) -> None:
    """「C 位于 R，…」: the company itself (its seat), not 「C 位于 R 的 F」 (a site of it)."""
    m = re.match(r"(?:目前|总体)?(?:位于|地处|坐落于|位於)", ctx.text[comp.end : comp.end + 5])
    if m is None:
        return
    found = zoned_place_span(ctx, comp.end + m.end(), lex)
    if found is None:
        return
    if ctx.text[found[1] : found[1] + 1] != "的":
        add(comp, found[0], "company_located")
    elif _GENERIC_SITE.match(ctx.text, found[1]):  # 「C位于R的数据中心园区」: a site of C, not a named one (七星数据中心)
        add(comp, found[0], "company_site_located", P.LOCATED_IN)


# a site named by generic words only: 「的智算中心」, 「的数据中心园区」 (「的七星数据中心」 is a facility with a name)
_GENERIC_SITE = re.compile(r"的(?:一座|一处|一条)?(?:智算|数据|算力|生产|研发|制造|封测|封装|晶圆|超算|云计算|智能计算|大数据|数据中心|"
                           r"全资|子公司)*(?:中心|基地|工厂|园区|产线|生产线|厂区|厂|集群|机房)")


def _hq_verbs(ctx: SentenceContext, lex: Lexicon, comps: list[Mention], add) -> None:
    text = ctx.text
    for m in _HQ_VERB.finditer(text):
        found = zoned_place_span(ctx, m.end(), lex)
        if found is None:
            continue
        region, region_end = found
        predicate = P.LOCATED_IN if m.group("kind") else P.HEADQUARTERED_IN  # 「华南总部落户 R」: a site
        after = [c for c in comps if re.fullmatch(r"的(?:初创公司|初创企业|新创公司|公司|企业|厂商|独角兽)?", text[region_end : c.start])]
        before = [c for c in comps if c.end <= m.start()]
        if after and not m.group("kind"):
            add(after[0], region, "总部位于的", predicate)
        elif before:
            # 「平头哥是阿里巴巴旗下的芯片公司，总部位于杭州」: the sentence's subject, not the parent it names
            parent_named = re.search(r"是[^，。；]*(?:旗下|子公司|控股)", text[before[0].end : m.start()])
            pronoun = re.search(r"(?:其|该公司|公司)$", text[: m.start()])  # 「A采用台积电工艺，公司总部位于上海」: A
            subject = before[0] if parent_named or pronoun else before[-1]
            add(subject, region, "总部位于", predicate)
        else:
            word = re.search(r"(其|该公司|本公司|公司|发行人|本集团)$", text[max(0, m.start() - 3) : m.start()])
            referent = ctx.doc.company_referent(word.group(1)) if word else None
            if referent is not None:
                add(referent, region, "总部位于", predicate)


_PRONOUN = re.compile(r"(?:^|[：:，,。；])(其|该公司|本公司|公司)")
_SITE_AT = re.compile(r"(?:的)?(?:大陆|国内|海外|主要|核心|新)?(?:生产基地|制造基地|研发基地|研发中心|生产测试中心|工厂|生产线|产线|封测基地|"
                      r"晶圆厂)(?:则|也|均|都|主要|同样)?(?:位于|设在|设于|坐落于)")


def _sites(ctx: SentenceContext, lex: Lexicon, comps: list[Mention], add) -> None:
    """「(公司总部位于A，)生产基地位于B」, 「X的研发中心设在C」: where a company has its plants (LOCATED_IN)."""
    text = ctx.text
    for m in _SITE_AT.finditer(text):
        region = zoned_place(ctx, m.end(), lex)
        if region is None or any(f.start <= m.start() + 2 and f.end >= m.start() for f in ctx.of_type(T.FACILITY)):
            continue  # 「曜宇存储的研发中心设在…」: a named site is located itself (locations)
        before = [c for c in comps if c.end <= m.start()]
        word = _PRONOUN.search(text[: m.start()])
        owner = before[-1] if before else ctx.doc.company_referent(word.group(1)) if word else None
        if owner is not None:
            add(owner, region, "site_located", P.LOCATED_IN)


def _registered(ctx: SentenceContext, lex: Lexicon, comp: Mention, add) -> None:
    """A registered name carries its seat: 「…(常州)股份有限公司」 or a leading 「北京…有限公司」 — in a sentence
    about the company, not in a bare list of names (a contributors' list)."""
    bare = re.sub(r"^[\s\-•·*\d.、)）]+|[\s。；;，,]+$", "", ctx.text)
    if len(bare) <= len(comp.text) + 2 or not ctx.doc.paragraph_in_scope:
        return  # a bare list of names, or a paragraph about something other than the compute chain
    for name in (comp.text, *comp.aliases):
        if not LEGAL_SUFFIX.search(name):
            continue
        m = _REGISTERED_CITY.search(name)
        place = _places(ctx, lex, m.group(1)) if m else None
        if place is None:
            lead = next((name[:n] for n in (4, 3, 2) if _places(ctx, lex, name[:n]) and len(name) - n > 4), None)
            place = _places(ctx, lex, lead) if lead else None
        if place is not None:
            add(comp, place, "registered_name")
            return


def _place_cue(ctx: SentenceContext, lex: Lexicon, comp: Mention, add) -> None:
    """「来自杭州的初创企业C」, 「合肥企业C」: a place named right before a company cue and the name."""
    text = ctx.text
    base = max(0, comp.start - 16)
    m = re.search(r"(?:来自)?([^，。；]{2,8}?)(?:的)?(?:初创企业|初创公司|企业|公司|厂商|新锐|独角兽)$", text[base : comp.start])
    if not m:
        return
    region = region_chain_at(ctx, base + m.start(1))
    ent = lex.entity(T.REGION.value, region.name) if region is not None else None
    whole = region is not None and re.fullmatch(r"(市|省)?", text[region.end : base + m.end(1)])
    if whole and ent is not None and ent.attrs.get("subtype") not in ("country", "macro_region"):
        add(comp, region, "place_cue")  # the place is all that stands between 来自 and the cue


def _english(ctx: SentenceContext, comp: Mention, add) -> None:
    text = ctx.text
    bracket = re.match(r"[)）]| ?[（(][^()（）]{1,30}[)）]", text[comp.end : comp.end + 34])
    if bracket:  # "Kunxu Microelectronics (坤旭微电子), a Hangzhou-based …": read on after the other name
        comp = replace(comp, end=comp.end + bracket.end())
    m = _EN_HQ.match(text, comp.end)
    if m:
        add(comp, region_chain_at(ctx, m.end()), "en_headquartered")
    m = re.search(r"([A-Z][a-z]+)-based $", text[max(0, comp.start - 30) : comp.start])
    if m:
        start = max(0, comp.start - 30) + m.start(1)
        add(comp, next((r for r in ctx.of_type(T.REGION) if r.start == start), None), "en_based")
    m = re.match(r", an? ([A-Z][a-z]+)-based ", text[comp.end : comp.end + 40])
    if m:
        start = comp.end + m.start(1)
        add(comp, next((r for r in ctx.of_type(T.REGION) if r.start == start), None), "en_based")
    m = re.match(r"(?: \([^()]{1,30}\))?, an? ([A-Z][a-z]+) (?:[a-z\-]+ ){0,2}(?:maker|vendor|supplier|manufacturer|producer|"
                 r"designer|start-up|startup|company|firm|operator|developer)\b", text[comp.end : comp.end + 70])
    if m:  # "Dunxin Equipment (敦芯装备), a Wuhan etch-tool maker"
        start = comp.end + m.start(1)
        add(comp, next((r for r in ctx.of_type(T.REGION) if r.start == start), None), "en_place_role")
    m = re.match(r",? (?:an? |the )?(?:[a-z\-]+ ){0,3}?(?:based|headquartered|start-up|startup|company|firm|maker) in ",
                 text[comp.end : comp.end + 50])
    if m:  # "Helan Data, a start-up based in Zhongwei"
        add(comp, region_chain_at(ctx, comp.end + m.end()), "en_based")
    m = re.search(r"\b([A-Z][a-z]+)-based (?:[a-z\-]+ ){0,3}[a-z\-]+, $", text[max(0, comp.start - 60) : comp.start])
    if m:  # "A Shenzhen-based server maker, Kunhai"
        start = max(0, comp.start - 60) + m.start(1)
        add(comp, next((r for r in ctx.of_type(T.REGION) if r.start == start), None), "en_based")


_EN_SITE = re.compile(r"(?: \([^()]{1,30}\))?(?:,? and (?P<also>[^,.;]{2,40}?))?,? (?:which |that )?(?:both |also |now |still )?"
                      r"(?:runs?|operates?|owns?|has|have|built|opened|produces?|makes?|assembles?|manufactures?|tests?)"
                      r" (?:[\w\-,]+ ){0,4}?(?:campus|campuses|data[ -]cent(?:re|er)s?|plants?|fabs?|factor(?:y|ies)|"
                      r"facilit(?:y|ies)|sites?|lines?) in ")


# "Samsung produces NAND flash at its fab in Xi'an", "SK hynix makes DRAM in Wuxi", "builds servers at its Jinan base"
_EN_MAKES = re.compile(r"(?: \([^()]{1,30}\))?,? (?:also |still |now )?(?:produces|makes|assembles|manufactures|builds|tests)"
                       r"(?: [\w\-]+){1,4}? (?:at its (?:[\w\-]+ ){0,2}(?:fab|plant|factory|site|base|campus) )?in ")


def _english_sites(ctx: SentenceContext, comps: list[Mention], out: Emitter) -> None:
    """"GDS and VNET both run data-centre campuses in Ulanqab": each company has a site there (LOCATED_IN)."""
    text = ctx.text
    for i, comp in enumerate(comps):
        m = _EN_SITE.match(text, comp.end) or _EN_MAKES.match(text, comp.end)
        if m is None:
            continue
        place = region_chain_at(ctx, m.end())
        also = m.re.groupindex.get("also") and m.start("also") >= 0
        owners = [comp] + [c for c in comps[i + 1 :] if also and m.start("also") <= c.start < m.end("also")]
        for owner in owners if place is not None else []:
            out.add(owner, place, predicate=P.LOCATED_IN, detail="en_site")
