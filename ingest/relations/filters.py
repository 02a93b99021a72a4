"""Shared filters: run once on every fact a rule emits, instead of inside each rule.

- ``hypothetical``: a fact inside a condition (如果/若/一旦/if …) is dropped;
- ``negation``: a negation between the fact's ends or before its cue (尚未推出, 并非…供应商, has not shipped);
- ``modality``: a plan or rumour (拟/计划/有望/将于/据传/plans to/will …) is not (yet) a fact: dropped;
- ``rumour``: rumours only;
- ``plan_tag``: keep the fact but mark ``modality="plan"`` (a planned facility still has a place);
- ``foundry_agent``: a pure foundry named as the maker of a chip supplies foundry service (see the foundry rules);
- ``customer``: the subject is the one served, an investor or a tenant (为/向/给 X 提供, X 等客户, 投资方包括 X).

Positions come from the fact's mentions and its ``trigger``; a fact whose ends the sentence does not
name (a topic, a default region) is judged on its trigger and the clause around it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import RawFact, SentenceContext, endpoint_name
from ..cues import CUES
from ..mentions import Mention
from .common import COMPANIES, pure_foundries

Filter = Callable[[SentenceContext, RawFact], str]  # "keep" | "drop" | "plan"

_PURCHASE_AFTER = re.compile(r"^(?:等)?(?:公司|企业|厂商)?(?:批量|大量|持续|长期)?(?:采购|购买|订购|进口|引进|外购|sourced?)")
_SERVED_AFTER = re.compile(r"^(?:等)?(?:多家|众多|主要|核心|重点|知名)?(?:客户|用户|企业|厂商|公司)?(?:的)?(?:[^，。；]{0,8}?)"
                           + CUES.alt("serve_verb"))
_LIST_SEP = re.compile(r"\s*(?:、|，|,|和|与|及|以及|and|, and|&)\s*$")


def _spans(f: RawFact) -> list[tuple[int, int]]:
    out = [(m.start, m.end) for m in (f.subject, f.object) if isinstance(m, Mention)]
    if f.trigger is not None:
        out.append(f.trigger)
    return out


def _scope(ctx: SentenceContext, f: RawFact) -> tuple[int, int] | None:
    spans = _spans(f)
    if not spans:
        return None
    return min(a for a, _ in spans), max(b for _, b in spans)


def _masked(ctx: SentenceContext, a: int, b: int) -> str:
    """Text of [a, b) with every mention blanked (a name never carries a cue word)."""
    chars = list(ctx.text[a:b])
    for m in ctx.mentions:
        for i in range(max(a, m.start), min(b, m.end)):
            chars[i - a] = "\u3000"
    return "".join(chars)


def _clause_start(ctx: SentenceContext, index: int) -> int:
    return ctx.clause_of(index)[0]


def hypothetical(ctx: SentenceContext, f: RawFact) -> str:
    scope = _scope(ctx, f)
    end = scope[1] if scope else len(ctx.text)
    return "drop" if CUES.rx("hypothetical").search(_masked(ctx, 0, end)) else "keep"


def negation(ctx: SentenceContext, f: RawFact) -> str:
    scope = _scope(ctx, f)
    if scope is None:
        return "keep"
    a, b = scope
    lead = max(_clause_start(ctx, a), a - 4)  # 「尚未向X供应」: the cue may stand right before the first end
    text = _masked(ctx, lead, b)
    return "drop" if CUES.rx("negation").search(text) else "keep"


def _plan_in_scope(ctx: SentenceContext, f: RawFact, cue: str) -> bool:
    scope = _scope(ctx, f)
    if scope is None:
        return False
    a, b = scope
    lead = _clause_start(ctx, a)
    return bool(CUES.rx(cue).search(_masked(ctx, lead, b)))


def _rumoured(ctx: SentenceContext, f: RawFact) -> bool:
    """A rumour cue anywhere before the fact's end governs the sentence (「据传，A 将…」)."""
    scope = _scope(ctx, f)
    end = scope[1] if scope else len(ctx.text)
    return bool(CUES.rx("rumour").search(_masked(ctx, 0, end)))


def modality(ctx: SentenceContext, f: RawFact) -> str:
    return "drop" if _plan_in_scope(ctx, f, "plan") or _rumoured(ctx, f) else "keep"


def rumour(ctx: SentenceContext, f: RawFact) -> str:
    return "drop" if _rumoured(ctx, f) else "keep"


def plan_tag(ctx: SentenceContext, f: RawFact) -> str:
    return "plan" if _plan_in_scope(ctx, f, "plan") else "keep"


def _list_bounds(ctx: SentenceContext, m: Mention) -> tuple[int, int]:
    """Start and end of the company list ``m`` belongs to (「为A、B和C提供」 → A … C)."""
    companies = sorted(ctx.of_type(*COMPANIES), key=lambda c: c.start)
    i = companies.index(m) if m in companies else -1
    lo, hi = m.start, m.end
    j = i
    while j > 0 and _LIST_SEP.search(ctx.text[companies[j - 1].end : companies[j].start] + " ") is not None \
            and len(ctx.text[companies[j - 1].end : companies[j].start].strip()) <= 4:
        j -= 1
        lo = companies[j].start
    k = i
    while 0 <= k < len(companies) - 1 and re.fullmatch(r"\s*(?:、|，|,|和|与|及|以及|and|, and|&)\s*",
                                                       ctx.text[companies[k].end : companies[k + 1].start]):
        k += 1
        hi = companies[k].end
    return lo, hi


def customer(ctx: SentenceContext, f: RawFact) -> str:
    subj = f.subject
    if not isinstance(subj, Mention) or subj.type not in COMPANIES:
        return "keep"
    lo, hi = _list_bounds(ctx, subj)
    clause = _clause_start(ctx, lo)
    before = ctx.text[max(clause, lo - 14) : lo]
    after = ctx.text[hi : hi + 12]
    if _PURCHASE_AFTER.search(after):
        return "keep"  # 「向X采购」: X sells
    if CUES.ending("customer_before").search(before) or CUES.starting("customer_after").search(after):
        return "drop"
    if CUES.ending("served_before").search(before) and _SERVED_AFTER.search(after):
        return "drop"  # 「为A、B(等客户)提供」; a copula 「(均)为A、B」 has no serving verb after the names
    return "keep"


_MAKES = re.compile(r"(生产|制造|代工|流片|工艺|制程|量产|manufactur|fabricat|\bmade\b|produc|\bbuilt\b|process)", re.I)


def foundry_agent(ctx: SentenceContext, f: RawFact) -> str:
    """「该芯片由中芯国际生产」, "made by TSMC": a pure foundry supplies foundry service, not the chip it makes."""
    subj = f.subject
    if not isinstance(subj, Mention) or subj.name not in pure_foundries():
        return "keep"
    obj = endpoint_name(f.object)
    if obj in ("Foundry", "AdvancedPackaging", "PackagingTesting"):
        return "keep"
    return "drop" if _MAKES.search(ctx.text) else "keep"


FILTERS: dict[str, Filter] = {
    "hypothetical": hypothetical,
    "negation": negation,
    "modality": modality,
    "rumour": rumour,
    "plan_tag": plan_tag,
    "customer": customer,
    "foundry_agent": foundry_agent,
}


def apply_filters(ctx: SentenceContext, facts: list[RawFact], names: tuple[str, ...]) -> list[RawFact]:
    kept = []
    for f in facts:
        verdict = "keep"
        for name in names:
            verdict = FILTERS[name](ctx, f)
            if verdict == "drop":
                break
            if verdict == "plan":
                f.modality = f.modality or "plan"
        if verdict != "drop":
            kept.append(f)
    return kept
