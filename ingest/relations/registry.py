"""Rules registered by name, in a declared order that is checked at start-up.

A rule is a function ``(ctx, lex, out) -> None`` that reads one :class:`SentenceContext` and adds
facts through ``out`` (an :class:`Emitter`). Its registration says what it is:

- ``name`` (written into every fact's ``Evidence.rule``), ``family`` (the module it lives in),
  the ``predicates`` it may produce and its ``confidence``;
- ``needs`` / ``provides``: keys of per-sentence or per-document context a rule reads or writes
  (``table_header``, ``section_topic``, ``facts:HAS_MARKET_SHARE`` …). A rule may only need what an
  earlier rule (or a context step) provides; :func:`check_order` enforces that when the package loads;
- ``filters``: the shared filters applied to what it emits (default: those of its predicates).

>>> spec = RuleSpec("demo.verb", "demo", (Predicate.SUPPLIES,), 0.8, lambda ctx, lex, out: None)
>>> spec.filter_names  # the defaults of SUPPLIES
('hypothetical', 'negation', 'modality', 'customer', 'foundry_agent')
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from computekg.ontology import EntityType, Predicate

from ..context import RawFact, SentenceContext

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from ..mentions import Mention

P = Predicate

# Which shared filters apply to what a rule states, unless the rule declares its own.
DEFAULT_FILTERS: dict[Predicate, tuple[str, ...]] = {
    P.SUPPLIES: ("hypothetical", "negation", "modality", "customer", "foundry_agent"),
    P.HAS_MARKET_SHARE: ("hypothetical", "negation"),
    P.RESTRICTS: ("hypothetical", "negation", "rumour"),
    P.DEPENDS_ON: ("hypothetical", "negation", "modality"),
    P.LOCATED_IN: ("hypothetical", "negation", "plan_tag"),
    P.HEADQUARTERED_IN: ("hypothetical", "negation"),
    P.LOCALIZATION_RATE: ("hypothetical",),
    P.PART_OF_SEGMENT: ("hypothetical", "negation"),
    P.ISSUED_BY: ("hypothetical",),
    P.MENTIONS_METRIC: ("hypothetical",),
    P.TARGETS: ("hypothetical",),
}

Endpoint = "Mention | tuple[EntityType, str]"


class Emitter:
    """Collects one rule's facts for one sentence; the rule name and confidence come from its spec."""

    def __init__(self, spec: RuleSpec):
        self.spec = spec
        self.facts: list[RawFact] = []

    def add(self, subject: Mention | tuple[EntityType, str], obj: Mention | tuple[EntityType, str], *,
            detail: str | None = None, inferred: bool = False, trigger: tuple[int, int] | None = None,
            predicate: Predicate | None = None, **values) -> RawFact:
        """Add a fact. ``detail`` is appended to the rule name (``supplies.verb:供应``); ``inferred``
        marks a subject or object that the sentence does not name (a pronoun, a topic, a default
        region) and lowers the confidence by a quarter."""
        pred = predicate or self.spec.predicates[0]
        if pred not in self.spec.predicates:
            raise ValueError(f"rule {self.spec.name} is not registered for {pred.value}")
        confidence = self.spec.confidence * (0.75 if inferred else 1.0)
        name = self.spec.name if detail is None else f"{self.spec.name}:{detail}"
        fact = RawFact(subject, pred, obj, name, confidence, trigger=trigger, **values)
        self.facts.append(fact)
        return fact


RuleFunc = Callable[[SentenceContext, "Lexicon", Emitter], None]


@dataclass(frozen=True)
class RuleSpec:
    name: str
    family: str
    predicates: tuple[Predicate, ...]
    confidence: float
    func: RuleFunc = field(repr=False)
    needs: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()
    filters: tuple[str, ...] | None = None
    doc: str = ""

    @property
    def filter_names(self) -> tuple[str, ...]:
        if self.filters is not None:
            return self.filters
        out: list[str] = []
        for p in self.predicates:
            for f in DEFAULT_FILTERS.get(p, ()):
                if f not in out:
                    out.append(f)
        return tuple(out)


REGISTRY: dict[str, RuleSpec] = {}


def rule(name: str, *predicates: Predicate, confidence: float, needs: tuple[str, ...] = (),
         provides: tuple[str, ...] = (), filters: tuple[str, ...] | None = None):
    """Register a rule function under ``name`` (``family.shape``)."""

    def register(func: RuleFunc) -> RuleFunc:
        if name in REGISTRY:
            raise ValueError(f"rule {name!r} registered twice")
        family = func.__module__.rsplit(".", 1)[-1]
        REGISTRY[name] = RuleSpec(name, family, tuple(predicates), confidence, func, needs,
                                  tuple(provides) + tuple(f"facts:{p.value}" for p in predicates),
                                  filters, (func.__doc__ or "").strip().split("\n")[0])
        return func

    return register


# Keys the sentence loop itself provides before any rule runs.
BUILTIN_KEYS = ("mentions", "values", "clauses", "section_topic", "topic", "main_company", "table_header",
                "doc_place", "prev_sentence")


def check_order(order: list[str]) -> list[RuleSpec]:
    """The registered rules in ``order``; every rule registered, none twice, every need provided earlier."""
    missing = sorted(set(REGISTRY) - set(order))
    unknown = [n for n in order if n not in REGISTRY]
    if missing or unknown:
        raise RuntimeError(f"rule order out of date: not ordered {missing}, not registered {unknown}")
    if len(set(order)) != len(order):
        raise RuntimeError("rule order lists a rule twice")
    position = {name: i for i, name in enumerate(order)}
    providers: dict[str, list[str]] = {}
    for name in order:
        for key in REGISTRY[name].provides:
            providers.setdefault(key, []).append(name)
    for name in order:
        for need in REGISTRY[name].needs:
            if need in BUILTIN_KEYS and need not in providers:
                continue
            if need not in providers and need not in BUILTIN_KEYS:
                raise RuntimeError(f"rule {name} needs {need!r}, which no rule provides")
            late = [p for p in providers.get(need, []) if position[p] >= position[name] and p != name]
            if late:
                raise RuntimeError(f"rule {name} needs {need!r}, but {late} provide it later")
    return [REGISTRY[name] for name in order]
