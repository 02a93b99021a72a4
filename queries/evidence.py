"""The documents and sentences behind ``subject -predicate-> object``, conflicts side by side."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from computekg.ontology import DOMAIN_RANGE, Predicate

from .backbone import UnknownEntityError, norm
from .table import Table

if TYPE_CHECKING:
    from .chain import Chain

EVIDENCE_COLUMNS = [
    "subject", "predicate", "object", "value", "unit", "year", "scope", "qualifier", "date", "modality", "origin",
    "doc", "evidence", "span_start", "span_end", "page", "rule", "confidence", "conflict", "conflict_values", "fact_id",
]


def resolve_any(chain: Chain, name: str, labels: Iterable[str]) -> list[str]:
    """Ids of nodes with one of ``labels`` matching ``name`` (id, name, name_zh, name_en, alias)."""
    tax = chain.tax
    ids: list[str] = []
    key = norm(name)
    for label in sorted(set(labels)):
        if label in ("ProductCategory", "Segment"):
            ids += [i for i in tax.index.get(key, []) if i.startswith(label + ":")]
            continue
        variants = sorted({name, name.strip(), name.lower(), name.upper(), name.title()})
        for r in chain.run("entity_lookup", templates={"label": label}, v=variants):
            keys = {norm(v) for v in (r["id"], r["name"], r["name_zh"], r["name_en"]) if v}
            keys |= {norm(a) for a in r["aliases"] or []}
            if key in keys:
                ids.append(r["id"])
    return sorted(set(ids))


def evidence_table(chain: Chain, subject: str, predicate: str, object: str) -> Table:  # noqa: A002
    """The facts ``subject -predicate-> object`` with their documents and sentences.

    Names resolve like :meth:`ChainGraph.resolve` (aliases, Chinese names) for every entity type the
    predicate allows. One row per fact: value, unit, year, scope, qualifier, date, modality, origin, doc,
    evidence sentence, span, rule, confidence. Facts measuring the same thing (same subject, object,
    unit, year, scope, modality) with different values are flagged ``conflict=True`` and list every
    value in ``conflict_values``; the resolver's stored conflict flag is kept as well. Sorted by year,
    scope, value, doc. Raises :class:`UnknownEntityError` for an unknown name or predicate.
    """
    try:
        pred = Predicate(predicate.strip().upper())
    except ValueError:
        known = ", ".join(p.value for p in Predicate)
        raise UnknownEntityError(f"unknown predicate: {predicate!r} (one of {known})") from None
    pairs = DOMAIN_RANGE[pred]
    sids = resolve_any(chain, subject, {s.value for s, _ in pairs})
    if not sids:
        raise UnknownEntityError(f"unknown subject for {pred.value}: {subject!r}")
    oids = resolve_any(chain, object, {o.value for _, o in pairs})
    if not oids:
        raise UnknownEntityError(f"unknown object for {pred.value}: {object!r}")
    rows: list[dict[str, Any]] = []
    for s_label, o_label in sorted({(s.value, o.value) for s, o in pairs}):
        # ids are ``Label:name``: only the labels of resolved ids can match
        s_ids = [i for i in sids if i.startswith(s_label + ":")]
        o_ids = [i for i in oids if i.startswith(o_label + ":")]
        if s_ids and o_ids:
            rows += chain.run("evidence_rows", templates={"subject": s_label, "predicate": pred.value,
                                                          "object": o_label}, sids=s_ids, oids=o_ids)
    return Table(list(EVIDENCE_COLUMNS), _with_conflicts(rows, pred.value))


def _with_conflicts(rows: list[dict[str, Any]], predicate: str) -> list[dict[str, Any]]:
    measure: dict[tuple, set[float]] = defaultdict(set)

    def mkey(r: dict[str, Any]) -> tuple:
        return (r["subject_id"], r["object_id"], r["unit"], r["year"], r["scope"], r["modality"])

    for r in rows:
        if r["value"] is not None:
            measure[mkey(r)].add(float(r["value"]))
    out = []
    for r in rows:
        values = sorted(measure.get(mkey(r), set()))
        computed = len(values) > 1
        out.append({**{k: r.get(k) for k in EVIDENCE_COLUMNS}, "predicate": predicate,
                    "conflict": bool(computed or r.get("stored_conflict")), "conflict_values": values if computed else []})

    def order(r: dict[str, Any]) -> tuple:
        return (r["subject"], r["object"], -1 if r["year"] is None else r["year"], r["scope"] or "",
                float("-inf") if r["value"] is None else r["value"], r["doc"] or "", r["fact_id"] or "")

    return sorted(out, key=order)
