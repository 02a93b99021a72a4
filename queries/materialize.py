"""Aggregates computed once per build and stored with the graph (issue: "queries at scale").

:func:`compute` reads the facts through the ``build_*`` library queries and returns
:class:`Derived`: per-category properties (closures of SUBTYPE_OF / DEPENDS_ON, supplier counts,
country concentration, shares, export-control exposure, the gap and chokepoint rows) and one
``SUPPLIER_OF`` row per (supplier, category) and per (supplier, segment). :func:`materialize` writes
them into the store — the facade runs it inside the atomic build, before the new file replaces the
old one, so derived data always matches the facts. ``ChainGraph`` computes the same in memory when
a store has no derived data (a database built before they existed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from computekg.graph.schema import DERIVED_CATEGORY_PROPERTIES, SUPPLIER_OF, SUPPLIER_OF_PROPERTIES

from .backbone import Runner, Taxonomy, bfs_paths, load_taxonomy
from .library import run_query
from .stats import GapModel, category_stats
from .supply import SUPPLIER_LABELS, aggregate_pairs, best_shares, market_shares, pair_rows

EXPOSURE_HOPS = 6  # export_control_exposure has always looked 6 DEPENDS_ON hops down
BUILD_TIMEOUT = None  # build-time aggregates run to the end (they are not user queries)


@dataclass
class Derived:
    categories: dict[str, dict[str, Any]] = field(default_factory=dict)  # category id -> derived properties
    supplier_rows: list[dict[str, Any]] = field(default_factory=list)  # suppliers() rows + n_supplies
    segment_rows: list[dict[str, Any]] = field(default_factory=list)  # segment_id, company_id, label, …
    gap_rows: list[dict[str, Any]] = field(default_factory=list)
    chokepoint_rows: list[dict[str, Any]] = field(default_factory=list)


def runner(store: Any) -> Runner:
    def run(name: str, templates: dict[str, str] | None = None, **params: Any) -> list[dict[str, Any]]:
        return run_query(store, name, templates=templates, timeout=BUILD_TIMEOUT, **params)

    return run


def supplier_labels(store: Any) -> list[str]:
    """The supplier labels that have any node (a query over an empty label still costs a scan)."""
    return [label for label in SUPPLIER_LABELS
            if store.query(f"MATCH (n:{label}) RETURN n.id AS id LIMIT 1", timeout=BUILD_TIMEOUT)]


def compute(store: Any, tax: Taxonomy | None = None) -> Derived:
    run = runner(store)
    tax = tax or load_taxonomy(run)
    labels = supplier_labels(store)
    ids = sorted(tax.categories)
    pairs = aggregate_pairs(run, ids, labels)
    shares = market_shares(run, ids, labels)
    st = category_stats(pairs, shares, run("build_localization_rates"), run("build_restrictions"))
    model = GapModel(tax, st)
    out = Derived(supplier_rows=pair_rows(pairs, best_shares(shares), tax), gap_rows=model.gap_rows(),
                  chokepoint_rows=model.chokepoint_rows())
    out.segment_rows = run("build_segment_suppliers")
    out.categories = _category_properties(tax, run("build_direct_concentration"), out)
    return out


def _category_properties(tax: Taxonomy, concentration: list[dict[str, Any]], d: Derived) -> dict[str, dict[str, Any]]:
    props: dict[str, dict[str, Any]] = {cid: dict.fromkeys(DERIVED_CATEGORY_PROPERTIES) for cid in tax.categories}
    dependents = tax.depends.reverse(copy=False)
    for cid, p in props.items():
        p["subtypes"] = sorted(tax.name(c) for c in tax.subtypes(cid))
        p["supertypes"] = sorted(tax.name(c) for c in tax.supertypes(cid))
        p["segments"] = tax.segment_of(cid)
        near = bfs_paths(dependents, [cid], EXPOSURE_HOPS)
        p["exposed_categories"] = sorted(tax.name(c) for c in near if c != cid)
        p["in_gap_table"] = False
        for k in ("direct_domestic_suppliers", "direct_foreign_suppliers", "direct_unknown_suppliers"):
            p[k] = 0
        for k in ("direct_foreign_share", "direct_domestic_share"):
            p[k] = 0.0
    for r in concentration:
        p = props.get(r["category_id"])
        if p is None:
            continue
        p["direct_domestic_suppliers"], p["direct_foreign_suppliers"] = r["domestic_suppliers"], r["foreign_suppliers"]
        p["direct_unknown_suppliers"] = r["unknown_suppliers"]
        p["direct_foreign_share"], p["direct_domestic_share"] = r["foreign_share"], r["domestic_share"]
    skip = {"category", "name_zh", "name_en", "segment", "category_id"}
    for row in d.gap_rows:
        p = props[row["category_id"]]
        p.update({k: v for k, v in row.items() if k not in skip})
        p["in_gap_table"] = True
    for row in d.chokepoint_rows:
        props[row["category_id"]].update({k: v for k, v in row.items() if k not in skip})
    return props


def write(store: Any, d: Derived) -> None:
    """Store the derived data (replacing any that is there)."""
    types = {k: t for k, (t, _) in DERIVED_CATEGORY_PROPERTIES.items()}
    store.set_node_properties("ProductCategory", [{"id": cid, **p} for cid, p in d.categories.items()], types)
    store.delete_relationships(SUPPLIER_OF)
    rel_types = {k: t for k, (t, _) in SUPPLIER_OF_PROPERTIES.items()}
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in d.supplier_rows:
        label = r["company_id"].split(":", 1)[0]
        by_pair.setdefault((label, "ProductCategory"), []).append(
            {"src": r["company_id"], "dst": r["category_id"], **{k: r.get(k) for k in rel_types}})
    for r in d.segment_rows:
        by_pair.setdefault((r["label"], "Segment"), []).append(
            {"src": r["company_id"], "dst": r["segment_id"], "n_supplies": r["n"], "n_facts": r["n"],
             "categories": sorted(r["categories"])})
    for pair, rows in by_pair.items():
        store.add_relationships(SUPPLIER_OF, pair, rows, rel_types)


def materialize(store: Any) -> Derived:
    """Compute the derived data from the facts in ``store`` and write it there."""
    d = compute(store)
    write(store, d)
    return d
