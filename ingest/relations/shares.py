"""Market shares: 「A、B 分别占 x%、y%」, 「A 以 x% 居首」, continuations after 「；」, English "a 28% share",
"held 70% of …"; a share implies that the holder supplies the category.
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext, Value
from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from .common import categories, company_list, specific
from .patterns import pattern_rule
from .registry import Emitter, rule

T = EntityType
P = Predicate

_SHARE_CUE = CUES.rx("share_cue")


@rule("shares.clause", P.HAS_MARKET_SHARE, confidence=0.85, needs=("topic",))
def market_shares(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「A、B 分别占 x%、y%」 and one share per clause (「A 以 x% 居首」, "held x% of the … market")."""
    text = ctx.text
    pct = [v for v in ctx.values if v.unit == "%"]
    prev = ctx.doc.prev
    after_semicolon = bool(  # 「…份额为34.5%，排名第一；华为以32%紧随其后」
        prev is not None and prev.text.rstrip().endswith(("；", ";")) and _SHARE_CUE.search(prev.text)
        and any(v.unit == "%" for v in prev.values)
    )
    if not pct or not (_SHARE_CUE.search(text) or after_semicolon):
        return
    sentence_cats = categories(ctx, 0, len(text))
    used: set[int] = set()
    # 「A、B、C 分别占比 x%、y%、z%」
    if "分别" in text:
        for m in re.finditer(r"分别", text):
            a, _ = ctx.clause_of(m.start())
            comps = [
                c for c in company_list(ctx, 0, m.start())
                if c.start >= _list_start(ctx, m.start()) and not _names_a_market(text[c.end : m.start()])
            ]
            if not comps and a > 0:  # 「A、B与C是…，三家…分别约为…」
                pa, _ = ctx.clause_of(a - 1)
                comps = company_list(ctx, pa, a)
            vals = [v for v in pct if v.start > m.start()]
            _, b = ctx.clause_of(m.start())
            cue_text = text[: max(b, vals[0].end)] if vals else ""  # 「…份额居首，…，A与B分别为12%和8%」
            if comps and len(vals) >= len(comps) and (_SHARE_CUE.search(cue_text) or after_semicolon):
                cat = _share_category(ctx, m.start(), sentence_cats, lex)
                if cat is None:
                    continue
                for comp, v in zip(comps, vals[: len(comps)], strict=False):
                    _share(ctx, out, comp, cat, v, "respectively")
                    used.add(v.start)
    paired = {w.start for v, w in zip(pct, pct[1:], strict=False)
              if re.fullmatch(r"\s*(?:、|，|,|和|与|及|以及|and|, and)\s*(?:约|about |around )?", text[v.end : w.start])}
    paired |= {v.start for v, w in zip(pct, pct[1:], strict=False) if w.start in paired}
    for v in pct:
        if v.start in used or v.start in paired:
            continue  # 「以52%与9%」: paired values belong to a list of companies (patterns/shares.yaml)
        a, b = ctx.clause_of(v.start)
        window = text[a : v.start]
        if CUES.rx("combined_share").search(window):
            continue
        if not _SHARE_CUE.search(window) and not re.search(r"(市场份额|份额)", text[a:b]) \
                and not re.match(r"\s*(market )?share\b|(的份额)?(居冠|居首|排名第|位居第|位列第)", text[v.end : v.end + 14]):
            # 「A份额居首，约为47%」: the cue sits in the clause before a bare value
            # 「英伟达的占有率超过80%，AMD约为12%」: a company and a bare value continue an earlier share clause
            pa = ctx.clause_of(a - 1)[0] if a > 0 else a
            named = company_list(ctx, a, v.start)
            bare = re.sub(r"^\s*[（(][^）)]{1,30}[）)]", "", window[named[-1].end - a :]) if named else window
            filler = re.fullmatch(r"(的)?(以约|以|约为|约|为|达到|达|超过|接近|不足|高达|仅为|仅|只有)?|\s*(at|with|of)?\s*(about|around|roughly)?\s*", bare)
            if not (filler and (a > 0 and (re.search(r"(份额|占有率|市占率|居首|居冠|位列|排名|位居)", text[pa:a])
                                           or named and _SHARE_CUE.search(text[:a]))
                                or named and after_semicolon)):
                continue
        comps = company_list(ctx, a, v.start)
        if not comps and re.search(r"(该公司|其|该企业)", window):
            earlier = company_list(ctx, 0, a)
            comps = earlier[-1:] or ([ctx.doc.last_company] if ctx.doc.last_company else [])
        if not comps and a > 0:
            pa, pb = ctx.clause_of(a - 1)
            comps = company_list(ctx, pa, pb)[-1:]
        if not comps:
            continue
        if re.search(r"(国产化率|渗透)", window):
            continue
        cat = _share_category(ctx, v.start, sentence_cats, lex)
        if cat is None:
            continue
        _share(ctx, out, comps[-1], cat, v, None)
    return


def _names_a_market(between: str) -> bool:
    """「A在X市场…分别」: A is followed by a market of its own; 「…和C的市场份额分别」 is the list's measure."""
    return bool(re.match(r"[^，。、]{0,10}市场", between)) and not re.search(r"的市场(份额|占有率|占比)", between)


def _list_start(ctx: SentenceContext, index: int) -> int:
    a, _ = ctx.clause_of(index)
    return a


def _share_category(ctx: SentenceContext, index: int, cats: list[Mention], lex: Lexicon):
    for mk in reversed(list(re.finditer(r"市场|market", ctx.text[:index]))):
        near = [c for c in cats if c.end <= mk.start() and mk.start() - c.end <= 8]
        if near:
            return specific(ctx, near[-1], lex)
    a, b = ctx.clause_of(index)
    after_market = re.search(r"(市场|market)", ctx.text[index:b])
    if after_market:  # "held 70% of China's AI accelerator market"
        near = [c for c in cats if index < c.end <= index + after_market.start() and index + after_market.start() - c.end <= 8]
        if near:
            return specific(ctx, near[-1], lex)
    in_clause = [c for c in cats if a <= c.start < b]
    before = [c for c in cats if c.start < index]
    chosen = (in_clause or before or cats)
    if chosen:
        return specific(ctx, chosen[-1], lex)
    prev = ctx.doc.prev
    if prev is not None and prev.text.rstrip().endswith(("；", ";")) and prev.sentence.paragraph == ctx.sentence.paragraph:
        prev_cats = categories(prev, 0, len(prev.text))  # 「…A约为47%；B位列第二，占比约12%」
        if prev_cats:
            return specific(ctx, prev_cats[-1], lex)
    topic = ctx.doc.topic(ctx.sentence)
    return (T.PRODUCT_CATEGORY, topic.name) if topic else None


def _share(ctx: SentenceContext, out: Emitter, comp: Mention, cat, v: Value, detail: str | None) -> None:
    scope = None
    markets = [m for m in re.finditer(r"(全球|中国|国内|我国|国外|海外)[^，。、；\d%]{0,12}?市场", ctx.text) if m.start() < v.start]
    if markets:
        scope = markets[-1].group()
    out.add(comp, cat, detail=detail, value=v.value, unit="%", year=ctx.year_before(v.start), qualifier=v.qualifier,
            scope=scope, trigger=(v.start, v.end))


@rule("shares.imply_supply", P.SUPPLIES, confidence=0.8, needs=("facts:HAS_MARKET_SHARE",))
def shares_imply_supply(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Holding a share of a category's market means supplying that category."""
    for f in ctx.produced:
        if f.predicate == P.HAS_MARKET_SHARE:
            out.add(f.subject, f.object, trigger=f.trigger)


pattern_rule("shares", P.HAS_MARKET_SHARE, confidence=0.8, needs=("topic",))
