"""English supply shapes: appositives ("X, a Chinese GPU designer"), role nouns ("memory maker X",
"server makers such as A, B and C"), possessives ("Huawei's Ascend 910B"), "GPUs from X",
"X is a supplier of CAT" and passives ("made by X").
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..lexicon import Lexicon
from .common import (
    CONTROL,
    categories,
    category_or_model_category,
    company_list,
    is_plan,
    pure_foundries,
    specific,
)
from .patterns import pattern_rule
from .registry import Emitter, rule

T = EntityType
P = Predicate

_EN_ROLE = re.compile(
    r"^, (?:a|an|the|another|also a|one of the)? ?[^,.;]{0,40}?"
    r"(designer|maker|manufacturer|supplier|vendor|provider|developer|company|start-up|startup|producer)s?\b"
)
ROLE_NOUN = r"(?:makers?|vendors?|suppliers?|manufacturers?|designers?|producers?|providers?|foundries|foundry|developers?)"


def _english(ctx: SentenceContext) -> bool:
    return ctx.text.isascii() and not is_plan(ctx.text)


@rule("supplies_en.appositive", P.SUPPLIES, confidence=0.8)
def supplies_english_appositive(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"Tidewave Computing, a Chinese GPU designer, …": the appositive names what X makes."""
    text = ctx.text
    for comp in company_list(ctx, 0, len(text)):
        m = _EN_ROLE.match(text[comp.end : comp.end + 70])
        if not m:
            continue
        cats = categories(ctx, comp.end, comp.end + m.end())
        if cats:
            out.add(comp, (T.PRODUCT_CATEGORY, cats[-1].name))


@rule("supplies_en.such_as", P.SUPPLIES, confidence=0.8)
def supplies_english_such_as(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"AI server makers such as A, B and C", "foundries, led by A and B"."""
    text = ctx.text
    if not _english(ctx):
        return
    for m in re.finditer(rf"{ROLE_NOUN}\b,? (?:such as|including|like|led by|notably|namely|e\.g\.,?) ", text):
        cats = [c for c in categories(ctx, max(0, m.start() - 40), m.end()) if not re.search(r"[.;]", text[c.end : m.start()])]
        end = re.search(r"[.;]| (?:depend|rely|relies|are|is|have|has|account|held|hold|shipped|ship)\b", text[m.end() :])
        for comp in company_list(ctx, m.end(), m.end() + (end.start() if end else len(text))):
            for cat in cats[-1:]:
                out.add(comp, specific(ctx, cat, lex))


@rule("supplies_en.role_before", P.SUPPLIES, confidence=0.8)
def supplies_english_role_before(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"memory maker CXMT", "optical module vendors Innolight and Eoptolink"; "Huawei's Ascend 910B"."""
    text = ctx.text
    if not _english(ctx):
        return
    comps = company_list(ctx, 0, len(text))
    for i, comp in enumerate(comps):
        before = text[max(0, comp.start - 40) : comp.start]
        role = re.search(rf"{ROLE_NOUN} $", before) or re.search(rf"{ROLE_NOUN} (?:and [^,.;]{{0,30}})?$", before)
        if role:
            start = comp.start - len(before) + role.start()
            cats = [c for c in categories(ctx, max(0, start - 30), start) if not re.search(r"[.,;]", text[c.end : start])]
            for cat in cats[-1:]:
                for member in _listed_after(text, comps[i:]):  # "GPU designers Biren (壁仞) and Moore Threads"
                    out.add(member, specific(ctx, cat, lex), detail="role")
        if text[comp.end : comp.end + 3] == "'s " and not CONTROL.search(text):  # "cut off from NVIDIA's A800"
            objs = category_or_model_category(ctx, comp.end + 3, min(len(text), comp.end + 30), lex, heads_only=True)
            for obj in objs[:1]:
                out.add(comp, obj, detail="possessive")


_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:,|, and|and)\s*")


def _listed_after(text: str, comps: list) -> list:
    """The first company and the ones listed right after it ("A (甲), B and C")."""
    out = comps[:1]
    for nxt in comps[1:]:
        if not _LIST_GAP.fullmatch(text[out[-1].end : nxt.start]):
            break
        out.append(nxt)
    return out


_MADE_BY = re.compile(r"\b(?:manufactured|fabricated|made|produced|built|fabbed)\s+(?:mainly |mostly |primarily |exclusively )?"
                      r"(?:by|at)\s+$|\b(?:on|uses|using|with|adopts)\s+$")


@rule("supplies_en.foundry", P.SUPPLIES, confidence=0.75)
def supplies_english_foundry(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"… is manufactured by SMIC", "built on TSMC's N5 process": the foundry supplies foundry service, and the
    owner of the chip ("its accelerator", "Hexa's GPU") supplies the chip."""
    text = ctx.text
    foundry = lex.first_of("晶圆代工", T.PRODUCT_CATEGORY)
    if not _english(ctx) or foundry is None:
        return
    for c in company_list(ctx, 0, len(text)):
        if c.name not in pure_foundries():
            continue
        made = _MADE_BY.search(text[max(0, c.start - 40) : c.start])
        process = re.match(r"'s\s+\S{0,8}\s*(?:process|node|foundry|technology)", text[c.end : c.end + 30])
        if not made or (made.group().split()[0] in ("on", "uses", "using", "with", "adopts") and not process):
            continue
        out.add(c, (T.PRODUCT_CATEGORY, foundry.name), detail="maker", trigger=(c.start - len(made.group()), c.start))
        head = text[: c.start - len(made.group())]
        owned = re.search(r"\b(its|their|[A-Z][\w\-]*(?: [A-Z][\w\-]*)?'s) ([\w\- ]{0,40}?)(?: is| are| was| were| has been| will be)?\s*$", head)
        cats = categories(ctx, len(head) - len(owned.group(2)) - 12, len(head)) if owned else []
        if owned and cats:
            if owned.group(1) in ("its", "their"):  # the sentence's own subject, else the paragraph's company
                own = [x for x in company_list(ctx, 0, len(head)) if x.name not in pure_foundries()]
                owner = own[0] if own else ctx.doc.paragraph_company or ctx.doc.last_company
            else:
                owner = next((x for x in company_list(ctx, 0, len(head)) if x.end == owned.start(1) + len(owned.group(1)) - 2), None)
            if owner is not None:
                out.add(owner, specific(ctx, cats[-1], lex), detail="owner_of_made", inferred=owned.group(1) in ("its", "their"))


@rule("supplies_en.from", P.SUPPLIES, confidence=0.7)
def supplies_english_from(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"GPUs from Nvidia", "accelerators from Huawei and Cambricon"."""
    text = ctx.text
    if not _english(ctx):
        return
    for m in re.finditer(r"\bfrom ", text):
        cats = [c for c in categories(ctx, max(0, m.start() - 30), m.start()) if not text[c.end : m.start()].strip()]
        after = company_list(ctx, m.end(), len(text))
        if not cats or not after or after[0].start - m.end() > 1:
            continue
        members = [after[0]]
        for comp in after[1:]:
            if not re.fullmatch(r", and |, | and ", text[members[-1].end : comp.start]):
                break
            members.append(comp)
        for comp in members:
            out.add(comp, (T.PRODUCT_CATEGORY, cats[-1].name), trigger=m.span())


@rule("supplies_en.supplier_of", P.SUPPLIES, confidence=0.8)
def supplies_english_supplier_of(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"X is a Chinese supplier of HBM controllers and enterprise SSDs"."""
    text = ctx.text
    if not _english(ctx):
        return
    for m in re.finditer(r"\b(?:supplier|maker|vendor|designer|manufacturer|producer|provider)s? of ", text):
        comps = [c for c in company_list(ctx, max(0, m.start() - 50), m.start())
                 if re.fullmatch(r" (?:is|was) (?:a|an|one of the) [^,.;]*", text[c.end : m.start()])]
        stop = re.search(r"[.;]|, (?:which|while|but)\b", text[m.end() :])
        objs = category_or_model_category(ctx, m.end(), m.end() + (stop.start() if stop else len(text)), lex, heads_only=True)
        for comp in comps[-1:]:
            for obj in objs:
                out.add(comp, obj, trigger=m.span())


@rule("supplies_en.passive", P.SUPPLIES, confidence=0.75)
def supplies_english_passive(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """"Huawei's Ascend 910B is manufactured by SMIC": made / supplied by X."""
    text = ctx.text
    if not _english(ctx):
        return
    for m in re.finditer(r"\b(?:is|are|was|were)? ?(supplied|provided|made|manufactured|produced|fabricated|built) by ", text):
        comps = [c for c in company_list(ctx, m.end(), m.end() + 40) if c.start - m.end() <= 4]
        objs = category_or_model_category(ctx, max(0, m.start() - 40), m.start(), lex)
        if not comps or not objs:
            continue
        chip = any(o[1] in ("Chip", "AIChip", "GPU", "CPU", "ASIC", "FPGA", "DPU", "SoC") for o in objs)
        obj = (T.PRODUCT_CATEGORY, "Foundry") if m.group(1) in ("manufactured", "fabricated", "made") and chip else objs[-1]
        out.add(comps[0], obj, detail=m.group(1), trigger=m.span(1))


pattern_rule("supplies_en", P.SUPPLIES, confidence=0.75)
