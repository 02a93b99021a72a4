"""What a researcher should look at after a build (:func:`review_rows`) and what a rebuild changed
(:func:`diff_records`). Both work on records read from a database, so they need no query engine.

>>> review_rows([], [])
[]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from computekg.ontology import Entity, Fact

REASONS = ("conflict", "low-confidence", "new-company", "single-evidence")
# The fields that make a fact "changed" rather than the same fact again.
_FACT_FIELDS = ("value", "unit", "year", "qualifier", "scope", "date", "modality", "origin", "conflict")
_EVIDENCE_FIELDS = ("sentence", "start", "end", "page", "rule", "confidence")
_ENTITY_FIELDS = ("country", "name_zh", "name_en", "parent", "aliases", "source")


def _fact_row(reason: str, f: Fact, why: str) -> dict[str, Any]:
    ev = f.evidence
    return {"reason": reason, "why": why, "fact_id": f.id, "subject": f.subject, "predicate": f.predicate.value,
            "object": f.object, "value": f.value, "unit": f.unit, "year": f.year, "doc": ev.doc,
            "page": ev.page, "confidence": ev.confidence, "rule": ev.rule, "evidence": ev.sentence}


def review_rows(entities: Iterable[Entity], facts: Iterable[Fact], *, threshold: float = 0.7,
                reasons: Iterable[str] = REASONS) -> list[dict[str, Any]]:
    """Facts and companies most worth a look, most urgent first: conflicting values, low-confidence
    facts, companies found in documents but in no reference list, and suppliers read from one sentence.
    Curated and reference facts are not listed (they were reviewed already)."""
    wanted = set(reasons)
    doc_facts = [f for f in facts if f.origin == "document"]
    rows: list[dict[str, Any]] = []
    if "conflict" in wanted:
        for f in sorted((f for f in doc_facts if f.conflict), key=lambda f: (f.subject, f.object, f.evidence.doc)):
            rows.append(_fact_row("conflict", f, "another document gives another value"))
    if "low-confidence" in wanted:
        low = sorted((f for f in doc_facts if f.evidence.confidence < threshold),
                     key=lambda f: (f.evidence.confidence, f.subject, f.object))
        rows.extend(_fact_row("low-confidence", f, f"confidence {f.evidence.confidence:g} < {threshold:g}")
                    for f in low)
    if "new-company" in wanted:
        n_facts = Counter(x for f in doc_facts for x in (f.subject_id, f.object_id))
        for e in sorted((e for e in entities if e.type.value == "Company" and e.source == "discovered"),
                        key=lambda e: (-n_facts[e.id], e.name)):
            rows.append({"reason": "new-company", "why": f"in no reference list; {n_facts[e.id]} fact(s)",
                         "fact_id": None, "subject": e.name, "predicate": None, "object": None, "value": None,
                         "unit": None, "year": None, "doc": ", ".join(e.docs), "page": None, "confidence": None,
                         "rule": None, "evidence": f"country {e.country or 'unknown'}; aliases: "
                                                   + (", ".join(e.aliases) or "none")})
    if "single-evidence" in wanted:
        supplies: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        for f in doc_facts:
            if f.predicate.value == "SUPPLIES":
                supplies[(f.subject_id, f.object_id)].append(f)
        singles = sorted((fs[0] for fs in supplies.values() if len(fs) == 1),
                         key=lambda f: (f.evidence.confidence, f.subject, f.object))
        rows.extend(_fact_row("single-evidence", f, "the only sentence saying this company supplies it")
                    for f in singles)
    return rows


# ------------------------------------------------------------------------------------------ diff


def _fact_signature(f: Fact) -> tuple:
    ev = f.evidence
    return tuple(getattr(f, k) for k in _FACT_FIELDS) + tuple(getattr(ev, k) for k in _EVIDENCE_FIELDS)


def _changes(old: Fact, new: Fact) -> str:
    parts = []
    for k in _FACT_FIELDS:
        a, b = getattr(old, k), getattr(new, k)
        if a != b:
            parts.append(f"{k}: {a} → {b}")
    for k in _EVIDENCE_FIELDS:
        a, b = getattr(old.evidence, k), getattr(new.evidence, k)
        if a != b:
            parts.append(f"{k}: {a} → {b}" if k != "sentence" else "evidence sentence")
    return "; ".join(parts)


def _diff_row(change: str, f: Fact, what: str = "") -> dict[str, Any]:
    return {"change": change, "kind": "fact", "subject": f.subject, "predicate": f.predicate.value,
            "object": f.object, "value": f.value, "year": f.year, "doc": f.evidence.doc, "origin": f.origin,
            "what": what, "fact_id": f.id, "evidence": f.evidence.sentence}


def diff_records(old: tuple[list[Entity], list[Fact]], new: tuple[list[Entity], list[Fact]]) -> list[dict[str, Any]]:
    """Entities and facts a rebuild added, removed or changed.

    Facts are paired by (subject, predicate, object, document); within a pair, facts equal in every
    field cancel out, the rest are paired in order as "changed" and what is left over is "added" or
    "removed". Entities are compared by id (country, names, aliases, source).
    """
    rows: list[dict[str, Any]] = []
    old_e, new_e = {e.id: e for e in old[0]}, {e.id: e for e in new[0]}
    for eid in sorted(old_e.keys() | new_e.keys()):
        a, b = old_e.get(eid), new_e.get(eid)
        if a is None or b is None:
            e = a or b
            rows.append({"change": "added" if a is None else "removed", "kind": "entity", "subject": e.name,
                         "predicate": e.type.value, "object": None, "value": None, "year": None,
                         "doc": ", ".join(e.docs), "origin": e.source, "what": "", "fact_id": None, "evidence": None})
            continue
        what = "; ".join(f"{k}: {getattr(a, k)} → {getattr(b, k)}" for k in _ENTITY_FIELDS
                         if getattr(a, k) != getattr(b, k))
        if what:
            rows.append({"change": "changed", "kind": "entity", "subject": b.name, "predicate": b.type.value,
                         "object": None, "value": None, "year": None, "doc": ", ".join(b.docs), "origin": b.source,
                         "what": what, "fact_id": None, "evidence": None})
    groups: dict[tuple, tuple[list[Fact], list[Fact]]] = defaultdict(lambda: ([], []))
    for side, facts in ((0, old[1]), (1, new[1])):
        for f in facts:
            groups[(f.subject_id, f.predicate.value, f.object_id, f.evidence.doc)][side].append(f)
    for key in sorted(groups):
        before, after = groups[key]
        same = Counter(map(_fact_signature, before)) & Counter(map(_fact_signature, after))
        left = _minus(before, same)
        right = _minus(after, same)
        for a, b in zip(left, right, strict=False):
            rows.append(_diff_row("changed", b, _changes(a, b)))
        rows.extend(_diff_row("removed", f) for f in left[len(right):])
        rows.extend(_diff_row("added", f) for f in right[len(left):])
    order = {"added": 0, "removed": 1, "changed": 2}
    rows.sort(key=lambda r: (order[r["change"]], r["kind"] != "entity"))
    return rows


def _minus(facts: list[Fact], same: Counter) -> list[Fact]:
    budget = Counter(same)
    out = []
    for f in sorted(facts, key=lambda f: (f.year or 0, f.value or 0, f.evidence.start)):
        sig = _fact_signature(f)
        if budget[sig] > 0:
            budget[sig] -= 1
        else:
            out.append(f)
    return out


def diff_summary(rows: list[dict[str, Any]]) -> str:
    """One line: counts per change and kind, e.g. ``facts: 3 added, 1 removed, 2 changed; entities: …``."""
    counts = Counter((r["kind"], r["change"]) for r in rows)
    parts = []
    for kind, plural in (("fact", "facts"), ("entity", "entities")):
        parts.append(f"{plural}: " + ", ".join(f"{counts[(kind, c)]} {c}" for c in ("added", "removed", "changed")))
    return "; ".join(parts)
