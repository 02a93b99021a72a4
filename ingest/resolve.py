"""Entity resolution and fact de-duplication.

- one node per real entity: discovered names that are variants of a known or another discovered
  company (rapidfuzz similarity, legal-name prefixes) are merged into it;
- facts are de-duplicated by :attr:`Fact.key`; the same measure with different values from
  different sources is kept side by side and flagged ``conflict=True``.

>>> canonical_company("紫光股份有限公司", ["紫光股份", "海光信息"])
'紫光股份'
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz, process

from computekg.ontology import Entity, EntityType, Fact, Predicate

FUZZY_THRESHOLD = 92


def canonical_company(name: str, known: list[str]) -> str | None:
    """The known company a discovered name refers to, if any."""
    if name in known:
        return name
    for k in known:
        if len(k) >= 3 and (name.startswith(k) and len(name) - len(k) <= 6):
            return k
    if len(name) >= 4:
        hit = process.extractOne(name, known, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if hit:
            return hit[0]
    return None


def merge_entities(entities: list[Entity]) -> tuple[list[Entity], dict[str, str]]:
    """Merge duplicates; return the entities and a map old id → surviving id."""
    by_id: dict[str, Entity] = {}
    for e in entities:
        if e.id in by_id:
            _absorb(by_id[e.id], e)
        else:
            by_id[e.id] = e.model_copy(deep=True)
    remap: dict[str, str] = {}
    companies = [e for e in by_id.values() if e.type == EntityType.COMPANY]
    reference = [e.name for e in companies if e.source == "reference"]
    discovered = sorted((e for e in companies if e.source == "discovered"), key=lambda e: (len(e.name), e.name))
    kept: list[str] = list(reference)
    for e in discovered:
        target = canonical_company(e.name, [k for k in kept if k != e.name])
        if target:
            survivor = by_id[f"Company:{target}"]
            _absorb(survivor, e)
            if e.name not in survivor.aliases and e.name != survivor.name:
                survivor.aliases.append(e.name)
            remap[e.id] = survivor.id
            del by_id[e.id]
        else:
            kept.append(e.name)
    return list(by_id.values()), remap


def _absorb(into: Entity, other: Entity) -> None:
    for a in other.aliases:
        if a not in into.aliases and a != into.name:
            into.aliases.append(a)
    for d in other.docs:
        if d not in into.docs:
            into.docs.append(d)
    if into.country is None and other.country is not None:
        into.country = other.country
    if into.parent is None and other.parent is not None:
        into.parent = other.parent


def dedupe_facts(facts: list[Fact]) -> list[Fact]:
    """One fact per key; the highest-confidence evidence wins, ties by earliest span."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        k = f.key
        cur = best.get(k)
        if cur is None or (f.evidence.confidence, -f.evidence.start) > (cur.evidence.confidence, -cur.evidence.start):
            best[k] = f
    return list(best.values())


_MEASURED = {Predicate.HAS_MARKET_SHARE, Predicate.MENTIONS_METRIC, Predicate.LOCALIZATION_RATE, Predicate.TARGETS}


def flag_conflicts(facts: list[Fact]) -> list[Fact]:
    """Same subject, predicate, object, year (and scope) with different values → conflict=True on each."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.predicate in _MEASURED and f.value is not None and f.year is not None:
            groups[(f.subject_id, f.predicate, f.object_id, f.year, f.unit, f.modality)].append(f)
    for group in groups.values():
        if len({g.value for g in group}) > 1 and len({g.evidence.doc for g in group}) > 1:
            for g in group:
                g.conflict = True
    return facts
