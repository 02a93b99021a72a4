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

import json
from dataclasses import dataclass, field
from typing import Any

from computekg.graph.schema import (
    CATEGORY_STATS,
    CONTROL,
    DERIVED_CATEGORY_PROPERTIES,
    DOMESTIC_SUPPLIER_OF,
    SUPPLIER_OF,
    derived_rels,
)

from . import rollups
from .backbone import Runner, Taxonomy, bfs_paths, load_taxonomy
from .library import run_query
from .pages import category_pages
from .stats import GapModel, category_stats
from .supply import SUPPLIER_LABELS, aggregate_pairs, best_shares, market_shares, pair_rows

EXPOSURE_HOPS = 6  # export_control_exposure has always looked 6 DEPENDS_ON hops down
BUILD_TIMEOUT = None  # build-time aggregates run to the end (they are not user queries)


@dataclass
class Derived:
    categories: dict[str, dict[str, Any]] = field(default_factory=dict)  # category id -> derived properties
    supplier_rows: list[dict[str, Any]] = field(default_factory=list)  # suppliers() rows + n_supplies
    segment_rows: list[dict[str, Any]] = field(default_factory=list)  # src, dst, label, n_supplies, categories, rank
    domestic_rows: list[dict[str, Any]] = field(default_factory=list)  # src, dst, n_supplies, categories, rank
    control_rows: list[dict[str, Any]] = field(default_factory=list)  # src, dst, kind, date, exposed, rank
    gap_rows: list[dict[str, Any]] = field(default_factory=list)
    chokepoint_rows: list[dict[str, Any]] = field(default_factory=list)


def runner(store: Any) -> Runner:
    def run(name: str, templates: dict[str, str] | None = None, **params: Any) -> list[dict[str, Any]]:
        return run_query(store, name, templates=templates, timeout=BUILD_TIMEOUT, **params)

    return run


def supplier_labels(store: Any) -> list[str]:
    """The supplier labels that have any node (a query over an empty label still costs a scan)."""
    return [label for label in SUPPLIER_LABELS
            if run_query(store, "label_exists", templates={"label": label}, timeout=BUILD_TIMEOUT)]


def compute(store: Any, tax: Taxonomy | None = None) -> Derived:
    run = runner(store)
    tax = tax or load_taxonomy(run)
    labels = supplier_labels(store)
    ids = sorted(tax.categories)
    pairs = aggregate_pairs(run, ids, labels)
    shares = market_shares(run, ids, labels)  # held by suppliers
    st = category_stats(pairs, shares, run("build_localization_rates"), run("build_restrictions"))
    model = GapModel(tax, st)
    out = Derived(supplier_rows=pair_rows(pairs, best_shares(shares), tax), gap_rows=model.gap_rows(),
                  chokepoint_rows=model.chokepoint_rows())
    del pairs
    for i, r in enumerate(out.supplier_rows, 1):  # pair_rows are in suppliers() order already
        r["rank"] = i
    out.segment_rows = rollups.segment_rows(tax, out.supplier_rows)
    regions = market_shares(run, ids, ["Region"]) if run("label_exists", templates={"label": "Region"}) else []
    out.categories = _category_properties(tax, rollups.concentration(out.supplier_rows, shares + regions), out)
    for cid, props in category_pages(tax, out.supplier_rows).items():
        out.categories[cid].update(props)
    out.domestic_rows = rollups.domestic_rows(tax, out.supplier_rows)
    exposed_by = {cid: p["exposed_categories"] for cid, p in out.categories.items()}
    out.control_rows = rollups.control_rows(run("build_controls"), exposed_by)
    return out


def _category_properties(tax: Taxonomy, concentration: dict[str, dict[str, Any]], d: Derived) -> dict[str, dict[str, Any]]:
    props: dict[str, dict[str, Any]] = {cid: dict.fromkeys(DERIVED_CATEGORY_PROPERTIES) for cid in tax.categories}
    dependents = tax.depends.reverse(copy=False)
    for cid, p in props.items():
        info = tax.categories[cid]
        p.update(id=cid, category=info["name"], name_zh=info.get("name_zh"), name_en=info.get("name_en"))
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
    for cid, values in concentration.items():
        if cid in props:
            props[cid].update(values)
    skip = {"category", "name_zh", "name_en", "segment", "category_id"}  # the node has them (or `segments`)
    for rank, row in enumerate(d.gap_rows, 1):  # in table order: a page is a rank range, not a sort
        p = props[row["category_id"]]
        p.update({k: v for k, v in row.items() if k not in skip})
        p["in_gap_table"], p["gap_rank"] = True, rank
        p["gap_row"] = json.dumps(row, ensure_ascii=False, separators=(",", ":"))  # read back whole (pages.py)
    for rank, row in enumerate(d.chokepoint_rows, 1):
        props[row["category_id"]].update({k: v for k, v in row.items() if k not in skip}, chokepoint_rank=rank)
    return props


def write(store: Any, d: Derived) -> None:
    """Store the derived data (replacing any that is there)."""
    types = {k: t for k, (t, _) in DERIVED_CATEGORY_PROPERTIES.items()}
    store.delete_nodes(CATEGORY_STATS)
    store.add_nodes(CATEGORY_STATS, list(d.categories.values()), types)
    suppliers = [{"src": r["company_id"], "dst": r["category_id"], **r} for r in d.supplier_rows]
    for rtype, rows in ((SUPPLIER_OF, suppliers + d.segment_rows), (DOMESTIC_SUPPLIER_OF, d.domestic_rows),
                        (CONTROL, d.control_rows)):
        store.delete_relationships(rtype)
        props = {k: t for k, (t, _) in derived_rels()[rtype]["doc"].items()}
        by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for r in rows:
            by_pair.setdefault((r["src"].split(":", 1)[0], r["dst"].split(":", 1)[0]), []).append(r)
        for pair, part in by_pair.items():
            store.add_relationships(rtype, pair, part, props)


def materialize(store: Any) -> Derived:
    """Compute the derived data from the facts in ``store`` and write it there."""
    d = compute(store)
    write(store, d)
    return d
