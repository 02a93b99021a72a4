"""Relation rules, one module per family, run in one declared order.

Families: ``lists`` (tables, 「类别：A、B」 lines, role and ranking lists), ``supplies_zh`` and ``supplies_en``
(verbs, passives, possessives, roles), ``shares``, ``controls`` (RESTRICTS, ISSUED_BY), ``dependencies``,
``locations``, ``headquarters``, ``metrics`` (MENTIONS_METRIC, TARGETS, LOCALIZATION_RATE) and ``segments``.

Every rule registers its name, predicates, confidence and what it needs / provides
(:mod:`.registry`); :data:`ORDER` is checked against the registrations when this package loads.
What a rule emits passes the shared filters (:mod:`.filters`) before any later rule sees it.

>>> [s.name for s in RULES][:3]
['lists.headed_table', 'lists.category_colon', 'lists.table_row']
"""

from __future__ import annotations

from ..context import RawFact, SentenceContext
from ..lexicon import Lexicon
from . import (  # noqa: F401 - importing a family registers its rules
    controls,
    dependencies,
    headquarters,
    lists,
    locations,
    metrics,
    segments,
    shares,
    supplies_en,
    supplies_zh,
)
from .filters import apply_filters
from .registry import REGISTRY, Emitter, RuleSpec, check_order

ORDER = [
    "lists.headed_table",
    "lists.category_colon",
    "lists.table_row",
    "lists.role",
    "lists.patterns",
    "lists.market_rank",
    "supplies_zh.verb",
    "supplies_zh.model_maker",
    "lists.deployment",
    "shares.clause",
    "shares.patterns",
    "controls.export_control",
    "controls.listed_firms",
    "controls.purchase_ban",
    "metrics.localization_rate",
    "segments.includes",
    "dependencies.verb",
    "locations.facility",
    "headquarters.phrase",
    "metrics.value",
    "segments.belongs",
    "dependencies.phrase",
    "dependencies.patterns",
    "supplies_zh.possessive",
    "lists.field",
    "lists.partners",
    "lists.is_a",
    "supplies_zh.foundry",
    "supplies_en.appositive",
    "supplies_en.such_as",
    "supplies_en.role_before",
    "supplies_en.foundry",
    "supplies_en.from",
    "supplies_en.supplier_of",
    "supplies_en.passive",
    "supplies_zh.purchase",
    "supplies_zh.leading_in",
    "supplies_zh.made_by",
    "supplies_zh.patterns",
    "supplies_en.patterns",
    "controls.issued_by",
    "shares.imply_supply",
]

RULES: list[RuleSpec] = check_order(ORDER)


def run_rules(ctx: SentenceContext, lex: Lexicon) -> tuple[list[RawFact], list[str]]:
    """Every rule on one sentence, in order; (facts after the shared filters, "rule: error" of rules that raised)."""
    errors: list[str] = []
    ctx.produced = []
    for spec in RULES:
        out = Emitter(spec)
        try:
            spec.func(ctx, lex, out)
        except Exception as exc:  # a rule bug must not lose the document; it is counted and reported
            errors.append(f"{spec.name}: {type(exc).__name__}: {exc}")
            continue
        if out.facts:
            ctx.produced.extend(apply_filters(ctx, out.facts, spec.filter_names))
    return ctx.produced, errors


__all__ = ["ORDER", "REGISTRY", "RULES", "RuleSpec", "run_rules"]
