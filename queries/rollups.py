"""The ranked derived tables, rolled up in Python from the supplier pairs (no engine-wide grouping:
the aggregate queries run a few categories at a time, the rest happens here).

- segment rows: per (supplier, segment), its SUPPLIES facts into the segment's categories;
- domestic rows: per (Chinese company, category), its SUPPLIES facts into the category's subtree;
- control rows: per (policy, restricted item, date), what the control exposes;
- concentration: per category, distinct suppliers by country and summed market shares.

Every ranked table gets ``rank`` 1, 2, … in its answer order, so that a query reads a page by
filtering on ``rank`` instead of sorting (sorting is what costs at 10 M relationships).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .backbone import Taxonomy, name_of


def ranked(rows: list[dict[str, Any]], group: str) -> list[dict[str, Any]]:
    """``rank`` 1, 2, … within each ``group`` value: most SUPPLIES facts first, then name, then id."""
    rows.sort(key=lambda r: (r[group], -r["n_supplies"], name_of(r["src"]), r["src"]))
    prev, n = None, 0
    for r in rows:
        n = n + 1 if r[group] == prev else 1
        prev = r[group]
        r["rank"] = n
    return rows


def segment_rows(tax: Taxonomy, supplier_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Suppliers of a segment: SUPPLIES facts into categories PART_OF_SEGMENT it, or their subtypes."""
    covers: dict[str, set[str]] = defaultdict(set)  # category id -> segment ids covering it
    for seg, cats in tax.part_of_segment.items():
        for cat in cats:
            for sub in {cat} | tax.subtypes(cat):
                covers[sub].add(seg)
    acc: dict[tuple[str, str], dict[str, Any]] = {}
    for r in supplier_rows:
        if not r["n_supplies"]:
            continue
        for seg in covers.get(r["category_id"], ()):
            a = acc.setdefault((seg, r["company_id"]), {"src": r["company_id"], "dst": seg, "n_supplies": 0,
                                                         "categories": []})
            a["n_supplies"] += r["n_supplies"]
            a["categories"].append(r["category"])
    for a in acc.values():
        a["n_facts"] = a["n_supplies"]
        a["categories"].sort()
    return ranked(list(acc.values()), "dst")


def domestic_rows(tax: Taxonomy, supplier_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per category: Chinese companies with SUPPLIES facts to it or a subtype (``domestic_suppliers``)."""
    direct: dict[str, list[dict[str, Any]]] = {}
    for r in supplier_rows:
        if r["domestic"] is True and r["n_supplies"] and r["company_id"].startswith("Company:"):
            direct.setdefault(r["category_id"], []).append(r)
    out = []
    for cid in tax.categories:
        acc: dict[str, dict[str, Any]] = {}
        for sub in [cid, *tax.subtypes(cid)]:
            for r in direct.get(sub, ()):
                a = acc.setdefault(r["company_id"], {"src": r["company_id"], "dst": cid, "n_supplies": 0,
                                                     "categories": []})
                a["n_supplies"] += r["n_supplies"]
                a["categories"].append(r["category"])
        out += acc.values()
    for r in out:
        r["categories"].sort()
    return ranked(out, "dst")


def control_rows(rows: list[dict[str, Any]], exposed_by: dict[str, list[str]]) -> list[dict[str, Any]]:
    """One row per (policy, item, date): categories within 6 DEPENDS_ON hops of the item's categories."""
    exposed: dict[tuple, set[str]] = {}
    for r in rows:
        key = (r["policy_id"], r["item_id"], r["kind"], r["date"], r["policy"], r["restricted"])
        exposed.setdefault(key, set()).update(exposed_by.get(r["category_id"], ()))
    out = [{"src": k[0], "dst": k[1], "kind": k[2], "date": k[3], "policy": k[4], "restricted": k[5],
            "exposed": sorted(v)} for k, v in exposed.items()]
    out.sort(key=lambda r: (-len(r["exposed"]), r["policy"], r["restricted"], r["date"] or "", r["dst"]))
    for i, r in enumerate(out, 1):
        r["rank"] = i
    return out


def concentration(supplier_rows: list[dict[str, Any]], shares: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per category with SUPPLIES facts: distinct domestic / foreign / unknown suppliers, and the summed
    market shares of domestic and foreign holders (any holder: companies, groups, regions)."""
    out: dict[str, dict[str, Any]] = {}
    for r in supplier_rows:
        if r["n_supplies"]:
            c = out.setdefault(r["category_id"], {True: set(), False: set(), None: set()})
            c[r["domestic"]].add(r["company_id"])
    sums: dict[str, dict[bool, float]] = defaultdict(lambda: {True: 0.0, False: 0.0})
    for s in shares:
        if s["domestic"] is not None:
            sums[s["category_id"]][s["domestic"]] += s["value"]
    return {cid: {"direct_domestic_suppliers": len(c[True]), "direct_foreign_suppliers": len(c[False]),
                  "direct_unknown_suppliers": len(c[None]), "direct_domestic_share": sums[cid][True],
                  "direct_foreign_share": sums[cid][False]} for cid, c in out.items()}
