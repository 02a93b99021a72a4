"""Per-category statistics and the two tables built on them: substitution gaps and chokepoints.

Computed from the facts once per build (:mod:`computekg.queries.materialize` stores the rows on the
``ProductCategory`` nodes); the scoring itself is :mod:`computekg.queries._gaps`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from . import _gaps
from .backbone import Taxonomy, name_of
from .supply import share_rank

GAP_COLUMNS = [
    "category", "name_zh", "name_en", "segment", "n_domestic", "domestic_suppliers", "n_foreign",
    "foreign_suppliers", "n_unknown", "foreign_share", "foreign_share_company", "foreign_share_year",
    "foreign_share_scope", "foreign_share_doc", "foreign_shares", "top_foreign_supplier", "localization_rate",
    "localization_qualifier", "localization_year", "localization_doc", "localization_target", "export_controls",
    "export_control_date", "foreign", "foreign_source", "low_localization", "export_control", "own_risk",
    "upstream_risk", "upstream_from", "upstream_depth", "gap_score", "facts", "category_id",
]
CHOKEPOINT_COLUMNS = [
    "category", "name_zh", "name_en", "segment", "n_downstream", "downstream", "foreign", "foreign_source",
    "n_domestic", "n_foreign", "top_foreign_supplier", "export_control", "chokepoint_score", "category_id",
]


@dataclass
class CategoryStats:
    """Aggregates per category (direct, not rolled up)."""

    direct: dict[str, dict[Any, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    foreign_counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    shares: dict[str, dict[str, Any]] = field(default_factory=dict)  # best foreign share
    all_shares: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    local: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    restricts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))


def category_stats(pairs: dict[tuple[str, str], dict[str, Any]], shares: list[dict[str, Any]],
                   local: list[dict[str, Any]], restricts: list[dict[str, Any]]) -> CategoryStats:
    """Supplier ids by domestic flag and foreign SUPPLIES counts (from the supplier pairs), foreign
    market shares (percent only), localization rates and RESTRICTS records, per category."""
    st = CategoryStats()
    for (comp, cat), g in pairs.items():
        st.direct[cat][g["domestic"]].add(comp)
        if g["domestic"] is False and g["n_supplies"]:
            st.foreign_counts[cat][comp] += g["n_supplies"]
    for r in shares:
        if r["domestic"] is not False or r.get("unit") not in (None, "%"):
            continue
        cat = r["category_id"]
        st.all_shares[cat].append(r)
        cur = st.shares.get(cat)
        if cur is None or share_rank(r) < share_rank(cur):
            st.shares[cat] = r
    for r in local:
        st.local[r["cat"]].append(r)
    for r in restricts:
        st.restricts[r["cat"]].append(r)
    return st


class GapModel:
    """Gap components of every category (see :mod:`_gaps`), then the gap and chokepoint rows."""

    def __init__(self, tax: Taxonomy, st: CategoryStats) -> None:
        self.tax, self.st = tax, st
        self.components = {cid: self._components(cid) for cid in tax.categories}

    def _rolled(self, cid: str) -> dict[Any, set[str]]:
        """Supplier ids of a category and all its subtypes, keyed by domestic flag (True/False/None)."""
        out: dict[Any, set[str]] = {True: set(), False: set(), None: set()}
        for c in {cid} | self.tax.subtypes(cid):
            for flag, ids in self.st.direct.get(c, {}).items():
                out[flag] |= ids
        out[None] -= out[True] | out[False]
        return out

    def _localization(self, cid: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """(reported rate, latest target) of the category's own LOCALIZATION_RATE facts.

        Among reported rates (no modality): latest year, ties → the lower (more conservative) value.
        Rates are not inherited from supertypes: a rate stated for a broad category (``Hardware``)
        says little about each of its subtypes.
        """
        rows = self.st.local.get(cid, [])

        def key(r: dict[str, Any]) -> tuple:
            return (-(r["year"] or 0), r["value"], r["fact_id"] or "")

        reported = sorted((r for r in rows if not r.get("modality")), key=key)
        targets = sorted((r for r in rows if r.get("modality")), key=key)
        return (reported[0] if reported else None), (targets[0] if targets else None)

    def _restrictions(self, cid: str) -> tuple[float, list[dict[str, Any]]]:
        """Export exposure of a category (see :mod:`_gaps`) and the RESTRICTS records touching it."""
        restricted = set(self.st.restricts)
        sup, sub = self.tax.supertypes(cid), self.tax.subtypes(cid)
        exposure = _gaps.export_exposure(cid, restricted, {cid: sup}, {cid: sub})
        touching = []
        for c in sorted(({cid} | sup | sub) & restricted):
            relation = "self" if c == cid else ("supertype" if c in sup else "subtype")
            touching += [{**r, "relation": relation} for r in self.st.restricts[c]]
        touching.sort(key=lambda r: (r.get("date") or "", r["policy"] or "", r["target"] or "", r["fact_id"] or ""))
        return exposure, touching

    def _components(self, cid: str) -> dict[str, Any]:
        """Own (unpropagated) gap components of one category."""
        rolled = self._rolled(cid)
        share = self.st.shares.get(cid)
        rate, target = self._localization(cid)
        fe = _gaps.foreign_dominance(share["value"] if share else None, len(rolled[True]), len(rolled[False]),
                                     localization_rate=rate["value"] if rate else None)
        low = _gaps.low_localization(rate["value"] if rate else None, fe.value)
        export, touching = self._restrictions(cid)
        return {"rolled": rolled, "share": share, "foreign": fe.value, "foreign_source": fe.source, "rate": rate,
                "target": target, "low_localization": low, "export_control": export, "restrictions": touching,
                "own_risk": _gaps.own_risk(fe.value, low, export)}

    def top_foreign(self, cid: str) -> str | None:
        comp = self.components[cid]
        if comp["share"]:
            return comp["share"]["company"]
        counts: dict[str, int] = defaultdict(int)
        for c in {cid} | self.tax.subtypes(cid):
            for company, n in self.st.foreign_counts.get(c, {}).items():
                counts[company] += n
        if counts:
            return name_of(sorted(counts.items(), key=lambda kv: (-kv[1], name_of(kv[0])))[0][0])
        foreign = sorted(name_of(i) for i in comp["rolled"][False])
        return foreign[0] if foreign else None

    def gap_rows(self) -> list[dict[str, Any]]:
        """One row per category that has suppliers (itself or its subtypes) or dependents, highest gap first."""
        tax = self.tax
        risks = {cid: c["own_risk"] for cid, c in self.components.items()}
        rows = []
        for cid, comp in self.components.items():
            n_sup = sum(len(v) for v in comp["rolled"].values())
            if n_sup == 0 and not (cid in tax.depends and tax.depends.in_degree(cid) > 0):
                continue
            rows.append(self._gap_row(cid, comp, risks))
        rows.sort(key=lambda r: r["category"])
        rows.sort(key=lambda r: r["gap_score"], reverse=True)
        return rows

    def _gap_row(self, cid: str, comp: dict[str, Any], risks: dict[str, float]) -> dict[str, Any]:
        tax = self.tax
        up, up_from, up_depth = _gaps.upstream_risk(tax.depends, risks, cid)
        share, rate, target = comp["share"], comp["rate"], comp["target"]
        facts = [share["fact_id"]] if share else []
        facts += [rate["fact_id"]] if rate else []
        facts += [r["fact_id"] for r in comp["restrictions"]]
        if up_from is not None and up > 0:
            path = nx.shortest_path(tax.depends, cid, up_from)
            facts += [tax.depends.edges[a, b].get("fact_id") for a, b in zip(path, path[1:], strict=False)]
        rolled = comp["rolled"]
        return {
            **tax.cat_cols(cid),
            "n_domestic": len(rolled[True]), "domestic_suppliers": sorted(name_of(i) for i in rolled[True]),
            "n_foreign": len(rolled[False]), "foreign_suppliers": sorted(name_of(i) for i in rolled[False]),
            "n_unknown": len(rolled[None]),
            "foreign_share": share["value"] if share else None,
            "foreign_share_company": share["company"] if share else None,
            "foreign_share_year": share["year"] if share else None,
            "foreign_share_scope": share["scope"] if share else None,
            "foreign_share_doc": share["doc"] if share else None,
            "foreign_shares": fmt_shares(self.st.all_shares.get(cid, [])),
            "top_foreign_supplier": self.top_foreign(cid),
            "localization_rate": rate["value"] if rate else None,
            "localization_qualifier": rate["qualifier"] if rate else None,
            "localization_year": rate["year"] if rate else None,
            "localization_doc": rate["doc"] if rate else None,
            "localization_target": fmt_target(target),
            "export_controls": [fmt_restriction(r) for r in comp["restrictions"]],
            "export_control_date": min((r["date"] for r in comp["restrictions"] if r.get("date")), default=None),
            "foreign": round(comp["foreign"], 6), "foreign_source": comp["foreign_source"],
            "low_localization": round(comp["low_localization"], 6), "export_control": comp["export_control"],
            "own_risk": round(comp["own_risk"], 6), "upstream_risk": round(up, 6),
            "upstream_from": tax.name(up_from) if up_from and up > 0 else None,
            "upstream_depth": up_depth if up > 0 else None,
            "gap_score": round(_gaps.gap_score(comp["foreign"], comp["low_localization"], comp["export_control"], up),
                               6),
            "facts": [f for f in facts if f], "category_id": cid,
        }

    def chokepoint_rows(self) -> list[dict[str, Any]]:
        """Categories whose loss reaches downstream categories, highest score first (all of them)."""
        tax = self.tax
        rows = []
        for cid in tax.categories:
            sources = {cid} | tax.subtypes(cid)
            down: set[str] = set()
            for s in sources:
                down |= nx.ancestors(tax.depends, s)
            down -= sources
            if not down:
                continue
            comp = self.components[cid]
            rows.append({**tax.cat_cols(cid), "n_downstream": len(down), "downstream": sorted(tax.name(d) for d in down),
                         "foreign": round(comp["foreign"], 6), "foreign_source": comp["foreign_source"],
                         "n_domestic": len(comp["rolled"][True]), "n_foreign": len(comp["rolled"][False]),
                         "top_foreign_supplier": self.top_foreign(cid), "export_control": comp["export_control"],
                         "chokepoint_score": round(len(down) * comp["foreign"], 6), "category_id": cid})
        rows.sort(key=lambda r: r["category"])
        rows.sort(key=lambda r: (r["chokepoint_score"], r["n_downstream"]), reverse=True)
        return rows


def fmt_shares(rows: list[dict[str, Any]]) -> list[str]:
    """Every reported foreign share of a category, side by side with its source (values are not merged).

    >>> fmt_shares([{"company": "Intel", "value": 70.77, "year": 2022, "doc": "a.txt", "modality": None}])
    ['Intel 70.77% (2022, a.txt)']
    """
    out = []
    for r in sorted(rows, key=lambda r: (-(r["value"] or 0), r["company"] or "", r["doc"] or "")):
        when = f"{r['year']}, " if r.get("year") else ""
        out.append(f"{r['company']} {r['value']:g}% ({when}{r['doc']})")
    return out


def fmt_target(r: dict[str, Any] | None) -> str | None:
    if not r:
        return None
    q = r.get("qualifier") or ""
    year = f" ({r['year']})" if r.get("year") else ""
    return f"{q}{r['value']:g}%{year} [{r.get('modality')}]"


def fmt_restriction(r: dict[str, Any]) -> str:
    date = r.get("date") or (str(r["year"]) if r.get("year") else "")
    rel = "" if r["relation"] == "self" else f" ({r['relation']})"
    return f"{r['policy']} → {r['target']}{rel}" + (f" {date}" if date else "")
