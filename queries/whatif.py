"""What if a country restricts exports of some categories? Cut categories, exposure, substitutes."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from .backbone import SEGMENT_ORDER, bfs_paths
from .pages import as_table, fits, stored_page
from .supply import SUPPLIER_COLUMNS
from .table import Table

if TYPE_CHECKING:
    import pandas as pd

    from .backbone import Taxonomy
    from .chain import Chain

DOMESTIC_COUNTRIES = frozenset({"CN", "HK", "MO"})
CUT_COLUMNS = ["category", "name_zh", "name_en", "segment", "reason", "n_cut_suppliers", "cut_suppliers",
               "n_substitutes", "substitutes", "category_id"]
EXPOSED_COLUMNS = ["category", "name_zh", "name_en", "segment", "depth", "path", "via", "category_id"]
TABLES = ("cut", "cut_suppliers", "exposed_categories", "exposed_segments", "exposed_companies", "substitutes")


@dataclass
class WhatIfResult:
    """Outcome of :meth:`ChainGraph.what_if`. Every table is a DataFrame (possibly empty); with a
    ``limit`` each table is its first rows and ``totals`` gives the size of the whole table."""

    restrict: list[str]
    country: str | None
    cut: pd.DataFrame  # one row per cut category: reason, cut suppliers, domestic substitutes
    cut_suppliers: pd.DataFrame  # supplier rows (suppliers() shape) from `country` for cut categories
    exposed_categories: pd.DataFrame  # transitive dependents of the cut: depth, path, via
    exposed_segments: pd.DataFrame  # segment, n_categories, categories
    exposed_companies: pd.DataFrame  # suppliers of exposed categories (suppliers() shape + depth, via)
    substitutes: pd.DataFrame  # domestic suppliers of cut categories (suppliers() shape)
    notes: list[str] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    summary_values: dict[str, Any] = field(default_factory=dict)

    TABLES = TABLES

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in self.TABLES}

    def summary(self) -> dict[str, Any]:
        return dict(self.summary_values)


def what_if_tables(chain: Chain, restrict: Sequence[str] | str, country: str | None, *,
                   limit: int | None = None) -> dict[str, Any]:
    """Tables (:class:`Table`, pages when ``limit``), ``summary``, ``notes``, ``restrict`` and ``country``.

    - cut: the restricted categories and their subtypes; ``cut_suppliers`` are their suppliers from
      ``country`` (``country=None``: all foreign suppliers).
    - exposed_categories: categories that transitively DEPENDS_ON a cut category (and subtypes of
      exposed categories, which inherit the dependency), with depth, path and the cut category reached.
    - exposed_segments: the segments of exposed categories.
    - exposed_companies: suppliers of exposed categories (any country), with depth and ``via``.
    - substitutes: domestic suppliers of each cut category (incl. its subtypes); ``cut.n_substitutes``
      is 0 where nothing domestic is known.
    """
    tax = chain.tax
    names = [restrict] if isinstance(restrict, str) else list(restrict)
    country = country.upper() if country else None
    roots = [tax.resolve(n, segments=False) for n in names]
    reason = {r: "restricted" for r in roots}
    for r in roots:
        for s in sorted(tax.subtypes(r)):
            reason.setdefault(s, f"subtype of {tax.name(r)}")
    cut_ids = sorted(reason)
    cut_filter = {"country": country} if country else {"domestic": False}
    sub_filter = {"domestic": True, "not_country": country if country in DOMESTIC_COUNTRIES else None}
    cut, cut_names = _cut_table(chain, cut_ids, reason, cut_filter, sub_filter)
    pages = chain.stored_pages(roots[0], key=False) if len(set(roots)) == 1 and fits(limit, 0) else None
    tables: dict[str, Table] = {
        "cut": cut,
        "cut_suppliers": _stored(pages, limit, cut_filter) or chain.supplier_table(cut_ids, limit=limit, **cut_filter),
        "substitutes": _stored(pages, limit, sub_filter) or chain.supplier_table(cut_ids, limit=limit, **sub_filter),
    }
    exposed = _exposed(chain, cut_ids, reason)
    tables["exposed_categories"] = exposed
    tables["exposed_segments"] = _segments(exposed)
    tables["exposed_companies"] = _companies(chain, exposed, limit, pages)
    summary = _summary(chain, tables, [tax.name(r) for r in roots], country, cut_names, pages)
    for name in ("cut", "exposed_categories", "exposed_segments"):
        tables[name] = tables[name].page(limit)
    notes = [] if tables["cut_suppliers"].total else [
        f"no supplier from {country or 'abroad'} is known for the cut categories"]
    return {"tables": tables, "summary": summary, "notes": notes, "restrict": summary["restrict"],
            "country": country}


def _cut_table(chain: Chain, cut_ids: list[str], reason: dict[str, str], cut_filter: dict[str, Any],
               sub_filter: dict[str, Any]) -> tuple[Table, set[str]]:
    """One row per cut category, and the names of every cut supplier."""
    tax = chain.tax
    covers = {cid: {cid} | tax.subtypes(cid) for cid in cut_ids}
    every = set().union(*covers.values()) if covers else set()
    cut_names = chain.supplier_names(every, **cut_filter)
    sub_names = chain.supplier_names(every, **sub_filter)
    rows = []
    for cid in cut_ids:
        cs = sorted(set().union(*(cut_names.get(c, set()) for c in covers[cid])))
        ds = sorted(set().union(*(sub_names.get(c, set()) for c in covers[cid])))
        rows.append({**tax.cat_cols(cid), "reason": reason[cid], "n_cut_suppliers": len(cs), "cut_suppliers": cs,
                     "n_substitutes": len(ds), "substitutes": ds, "category_id": cid})
    return Table(list(CUT_COLUMNS), rows), set().union(*cut_names.values()) if cut_names else set()


def _exposed(chain: Chain, cut_ids: list[str], reason: dict[str, str]) -> Table:
    return exposed_table(chain.tax, cut_ids, reason)


def exposure_graph(tax: Taxonomy) -> nx.DiGraph:
    """Reverse DEPENDS_ON plus parent→child SUBTYPE_OF (subtypes inherit dependencies)."""
    expo = nx.DiGraph()
    expo.add_nodes_from(tax.categories)
    for a, b in tax.depends.edges:
        expo.add_edge(b, a)
    for child, parent in tax.subtype.edges:
        if not expo.has_edge(parent, child):
            expo.add_edge(parent, child)
    return expo


def exposed_table(tax: Taxonomy, cut_ids: list[str], reason: dict[str, str] | set[str],
                  expo: nx.DiGraph | None = None) -> Table:
    """Categories exposed to the cut (see :func:`what_if_tables`); ``reason``'s keys are the cut."""
    expo = exposure_graph(tax) if expo is None else expo
    rows = []
    for node, path in bfs_paths(expo, cut_ids, None).items():
        if node in reason:
            continue
        hops = sum(1 for a, b in zip(path, path[1:], strict=False) if tax.depends.has_edge(b, a))
        rows.append({**tax.cat_cols(node), "depth": hops, "path": [tax.name(n) for n in reversed(path)],
                     "via": tax.name(path[0]), "category_id": node})
    rows.sort(key=lambda r: (r["depth"], r["category"]))
    return Table(list(EXPOSED_COLUMNS), rows)


def _segments(exposed: Table) -> Table:
    seg_rows: dict[str, list[str]] = defaultdict(list)
    for row in exposed.rows:
        for seg in (row["segment"] or "").split("/"):
            if seg:
                seg_rows[seg].append(row["category"])
    rows = [{"segment": s, "n_categories": len(c), "categories": sorted(c)}
            for s, c in sorted(seg_rows.items(), key=lambda kv: (SEGMENT_ORDER.get(kv[0], 9), kv[0]))]
    return Table(["segment", "n_categories", "categories"], rows)


def _stored(pages: dict[str, Any] | None, limit: int | None, filters: dict[str, Any]) -> Table | None:
    """A page stored by the build for the cut of one category (see :mod:`computekg.queries.pages`)."""
    if pages is None or limit is None or filters.get("not_country"):
        return None
    return stored_page(pages, filters.get("domestic"), filters.get("country"), limit)


def _companies(chain: Chain, exposed: Table, limit: int | None, pages: dict[str, Any] | None = None) -> Table:
    info = {r["category_id"]: r for r in exposed.rows}
    if pages and pages.get("exposed_page") and limit is not None:
        page = as_table(json.loads(pages["exposed_page"]), limit)
    else:
        page = chain.supplier_table(list(info), limit=limit)
    for r in page.rows:
        r["depth"] = info[r["category_id"]]["depth"]
        r["depends_on"] = info[r["category_id"]]["via"]
    page.columns = [*SUPPLIER_COLUMNS, "depth", "depends_on"]
    return page


def _summary(chain: Chain, tables: dict[str, Table], restrict: list[str], country: str | None,
             cut_names: set[str], pages: dict[str, Any] | None = None) -> dict[str, Any]:
    cut, exposed = tables["cut"], tables["exposed_categories"]
    stored = json.loads(pages["exposed_page"]) if pages and pages.get("exposed_page") else {}
    n_exposed = stored.get("n_companies")
    if n_exposed is None:
        n_exposed = chain.supplier_count([r["category_id"] for r in exposed.rows])
    return {
        "restrict": restrict,
        "country": country,
        "cut_categories": [r["category"] for r in cut.rows],
        "n_cut_suppliers": len(cut_names),
        "exposed_categories": [r["category"] for r in exposed.rows],
        "exposed_segments": [r["segment"] for r in tables["exposed_segments"].rows],
        "n_exposed_companies": n_exposed,
        "uncovered": [r["category"] for r in cut.rows if r["n_substitutes"] == 0],
    }
