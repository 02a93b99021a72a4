"""Headquarters (HEADQUARTERED_IN): 「总部位于 R 的 C」, 「C 总部设在 R」, 「来自 R 的初创企业 C」, "C, headquartered
in R", "R-based C"; and a company's own sites (「C 在 R 建设…基地」, LOCATED_IN).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..lexicon import Lexicon
from ..mentions import Mention
from .common import company_list, is_plan, region_chain_at
from .registry import Emitter, rule

T = EntityType
P = Predicate

_HQ_VERB = re.compile(r"总部(?:位于|设在|设于|坐落于|在|落户|迁至)")


_EN_HQ = re.compile(r",? (?:headquartered|based|located) in ")


@rule("headquarters.phrase", P.HEADQUARTERED_IN, P.LOCATED_IN, confidence=0.8)
def headquarters(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「总部位于 R 的 C」, 「C 总部设在 R」, 「位于 R 的 C」, "C, headquartered in R", "R-based C"."""
    text = ctx.text
    comps = company_list(ctx, 0, len(text))
    if not comps:
        return

    def add(comp: Mention, region: Mention | None, detail: str) -> None:
        if region is not None and not any(f.subject is comp for f in out.facts):
            out.add(comp, region, predicate=P.HEADQUARTERED_IN, detail=detail)

    for m in _HQ_VERB.finditer(text):
        region = region_chain_at(ctx, m.end())
        if region is None:
            continue
        after = [c for c in comps if text[region.end : c.start] == "的"]  # 「…位于 R 的 C」
        before = [c for c in comps if c.end <= m.start()]
        if after:
            add(after[0], region, "总部位于的")
        elif before:
            add(before[-1], region, "总部位于")
        elif re.search(r"(其|该公司)$", text[max(0, m.start() - 3) : m.start()]) and ctx.doc.last_company:
            add(ctx.doc.last_company, region, "总部位于")
    for m in re.finditer(r"(位于|地处|坐落于)", text):
        region = region_chain_at(ctx, m.end())
        if region is None:
            continue
        after = [c for c in comps if text[region.end : c.start] == "的"]  # 「…位于 R 的 C」
        if after:
            add(after[0], region, "位于的")
    # 「来自杭州的初创企业C」, 「合肥企业C」: a city named right before a company cue and the name
    for comp in comps:
        m = re.search(r"(?:来自)?([^，。；]{2,8}?)(?:的)?(?:初创企业|初创公司|企业|公司|厂商|新锐|独角兽)$",
                      text[max(0, comp.start - 16) : comp.start])
        if m:
            base = max(0, comp.start - 16)
            region = region_chain_at(ctx, base + m.start(1))
            ent = lex.entity(T.REGION.value, region.name) if region is not None else None
            whole = region is not None and re.fullmatch(r"(市|省)?", text[region.end : base + m.end(1)])
            if whole and ent is not None and ent.attrs.get("subtype") not in ("country", "macro_region"):
                add(comp, region, "place_cue")  # the place is all that stands between 来自 and the cue
    # 「C在R设立/建设…基地/工厂」: a site of the company
    for comp in comps:
        m = re.match(r"(?:已|将)?在([^，。；]{2,8}?)(?:投资)?(?:设立|建设|新建|投建|建成|布局|落地)[^，。；]{0,16}?"
                     r"(?:基地|工厂|产线|研发中心|中心|园区|项目)", text[comp.end : comp.end + 40])
        if m and not is_plan(text[comp.end : comp.end + m.end()]):
            region = region_chain_at(ctx, comp.end + m.start(1))
            if region is not None:
                out.add(comp, region, predicate=P.LOCATED_IN, detail="company_site")
    for comp in comps:
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
