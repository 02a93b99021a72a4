"""Helpers every rule family shares: company lists, categories (and their heads), region chains.

Cue lists come from ``data/cues.yaml`` through :data:`CUES`; nothing here keeps its own word list.
"""

from __future__ import annotations

import re
from functools import cache

from computekg.ontology import EntityType, load_companies

from ..context import SentenceContext
from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention

T = EntityType

COMPANIES = (T.COMPANY, T.COMPANY_GROUP)


PLAN = re.compile(CUES.alt("plan") + "|" + CUES.alt("rumour"))


CONTROL = re.compile(CUES.alt("control_cue"))  # a sentence about restricting a product is no evidence of who sells it


SUPPLY_VERB = re.compile(f"({CUES.alt('supply_verb')[3:-1]})(了|的|出)?")  # group 1: the verb


ROLE = CUES.alt("role")


ROLE_MODIFIERS = CUES.alt("role_modifier") + "*"


_FOUNDRY_LINES = frozenset({"Foundry", "AdvancedPackaging", "PackagingTesting"})


@cache
def pure_foundries() -> frozenset[str]:
    """Companies of the gazetteer that make chips only for others (tags within foundry and packaging):
    what they supply when a chip 「由X生产」 / "is made by X" is foundry service, not the chip."""
    return frozenset(e.name for e in load_companies()
                     if "Foundry" in e.attrs.get("tags", []) and set(e.attrs["tags"]) <= _FOUNDRY_LINES)


def company_list(ctx: SentenceContext, a: int, b: int) -> list[Mention]:
    """Companies in [a, b), without parent hints such as the 华为 of 「海思（华为）」."""
    out = []
    for m in ctx.between(a, b, *COMPANIES):
        if out and ctx.text[out[-1].end : m.start].strip() in ("（", "("):  # also "Wanye Enterprises (万业企业)"
            continue
        out.append(m)
    return out


# Umbrella categories name a part of the chain, never a product someone supplies.


GENERIC_CATEGORIES = {"Hardware", "Software", "Facilities", "NetworkService", "TelecomService"}


def categories(ctx: SentenceContext, a: int, b: int, *, generic: bool = False) -> list[Mention]:
    return [m for m in ctx.between(a, b, T.PRODUCT_CATEGORY) if generic or m.name not in GENERIC_CATEGORIES]


def category_or_model_category(
    ctx: SentenceContext, a: int, b: int, lex: Lexicon, *, heads_only: bool = False
) -> list[tuple[EntityType, str]]:
    """Categories in [a, b) and the categories of the models there. ``heads_only`` drops a category
    that only modifies the next one (the GPU of 「GPU云服务」)."""
    cats = categories(ctx, a, b)
    # 「HBM控制器」, "SSD controllers": a part made for the category, not the category itself
    cats = [c for c in cats if not re.match(r"(控制器|控制芯片|主控| controllers?\b)", ctx.text[c.end : c.end + 12])]
    if heads_only:  # the head comes last: 「GPU云服务」, 「AI芯片的封装测试」
        cats = [c for i, c in enumerate(cats)
                if not (i + 1 < len(cats) and ctx.text[c.end : cats[i + 1].start] in ("", "的", " "))]
    out = [(T.PRODUCT_CATEGORY, m.name) for m in cats]
    for m in ctx.between(a, b, T.PRODUCT_MODEL):
        ent = lex.entity(T.PRODUCT_MODEL, m.name)
        if ent and ent.attrs.get("category"):
            out.append((T.PRODUCT_CATEGORY, ent.attrs["category"]))
    return out


# categories broad enough that the sentence before may have meant a narrower one (芯片 after a sentence on GPUs)
BROAD_CATEGORIES = {"Chip", "Hardware", "Storage", "Software", "SemiconductorEquipment", "SemiconductorMaterials",
                    "NetworkEquipment", "OpticalComponent", "Cooling", "PowerSupply", "AIChip"}


def specific(ctx: SentenceContext, cat: Mention | tuple, lex: Lexicon) -> tuple[EntityType, str]:
    """A generic category (芯片) read as the more specific one the previous sentence was about."""
    name = cat.name if isinstance(cat, Mention) else cat[1]
    if name not in BROAD_CATEGORIES:
        return (T.PRODUCT_CATEGORY, name)  # 「服务器」 stays a server after a sentence on AI servers
    prev = ctx.state.prev
    if prev is None or prev.sentence.paragraph != ctx.sentence.paragraph and prev.sentence.index != ctx.sentence.index - 1:
        return (T.PRODUCT_CATEGORY, name)
    ent = lex.entity(T.PRODUCT_CATEGORY, name)
    if ent is None:
        return (T.PRODUCT_CATEGORY, name)
    for m in prev.of_type(T.PRODUCT_CATEGORY):
        sub = lex.entity(T.PRODUCT_CATEGORY, m.name)
        if sub and m.name != name and name in lex.category_ancestors(sub.name):
            return (T.PRODUCT_CATEGORY, m.name)
    return (T.PRODUCT_CATEGORY, name)


def list_ending_with(ctx: SentenceContext, last: Mention, start: int, types: tuple = COMPANIES) -> list[Mention]:
    """``last`` and the mentions of ``types`` joined to it by 、/和/与/及 just before it (from ``start`` on)."""
    members = [last]
    for other in reversed(ctx.between(start, last.start, *types)):
        if not re.fullmatch(r"[、和与及]|以及", ctx.text[other.end : members[-1].start]):
            break
        members.append(other)
    return members


def is_plan(text: str) -> bool:
    return bool(PLAN.search(text))


def region_chain_at(ctx: SentenceContext, pos: int) -> Mention | None:
    """The most specific region of a chain starting at ``pos`` (安徽芜湖 → 芜湖, 杭州市临平区 → 临平区)."""
    regions = [r for r in ctx.of_type(T.REGION) if r.start >= pos]
    if not regions or regions[0].start - pos > 1:
        return None
    chain = [regions[0]]
    for r in regions[1:]:
        if r.start - chain[-1].end <= 1 and ctx.text[chain[-1].end : r.start] in ("", "市", "省", " ", ", "):
            chain.append(r)
        else:
            break
    return chain[-1]


_ZONE = re.compile(r"(?:市|省)?([\u4e00-\u9fff]{0,5}?)(科学园区|工业园区|高新技术产业开发区|新技术产业开发区|新技术开发区|"
                   r"经济技术开发区|经济开发区|高新区|开发区|科学城|软件园|新片区|新区)")


def zoned_place(ctx: SentenceContext, pos: int, lex: Lexicon) -> Mention | tuple | None:
    """The place at ``pos``, with the zone that follows a city: 「新竹科学园区」, 「四川省成都市高新区」 →
    成都高新区, 「北京经济技术开发区」; else the most specific region of the chain."""
    found = zoned_place_span(ctx, pos, lex)
    return found[0] if found else None


def zoned_place_span(ctx: SentenceContext, pos: int, lex: Lexicon) -> tuple[Mention | tuple, int] | None:
    """:func:`zoned_place` and the sentence offset where the place ends."""
    chain = region_chain_at(ctx, pos)
    if chain is None:
        return None
    m = _ZONE.match(ctx.text, chain.end)
    if m is None or ctx.between(chain.end, m.end(), T.REGION, T.FACILITY):
        return chain, chain.end
    name = re.sub(r"(市|省)$", "", chain.text) + m.group(1) + m.group(2)
    known = lex.first_of(name, T.REGION) or lex.first_of(m.group(1) + m.group(2), T.REGION)
    if known is None and len(m.group(1)) >= 2:
        name = m.group(1) + m.group(2)  # a zone with a name of its own: 张江科学城, not 浦东张江科学城
    return (T.REGION, known.name if known else name), m.end()


def chain_start(ctx: SentenceContext, region: Mention) -> int:
    """Start of the region chain ending with ``region`` (宁夏中卫 → the 宁 of 宁夏)."""
    start = region.start
    for r in sorted(ctx.of_type(T.REGION), key=lambda r: -r.start):
        if r.end <= start and ctx.text[r.end : start] in ("", "市", "省"):
            start = r.start
    return start
