"""Who supplies what: one row per (company, category), from the facts or from the derived table.

A company supplies a category through SUPPLIES, HAS_MARKET_SHARE, or SUPPLIES of a product model
``INSTANCE_OF`` the category. :func:`aggregate_pairs` computes the rows from the facts (the build
writes them into the derived ``SUPPLIER_OF`` table); :func:`stored_suppliers` reads that table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from computekg.graph.rows import gc_paused

from .backbone import Runner, Taxonomy
from .table import Table

SEP = "\x01"  # field separator of the evidence key (never in doc names or spans)
SUPPLIER_LABELS = ("Company", "CompanyGroup")  # constants, never user input
SUPPLIER_COLUMNS = [
    "name", "name_zh", "name_en", "country", "domestic", "category", "category_zh", "via", "share",
    "share_year", "share_scope", "share_doc", "doc", "evidence", "span_start", "span_end", "n_facts", "facts",
    "company_id", "category_id",
]


def parse_evidence_key(key: str | None) -> dict[str, Any]:
    """doc, evidence, span_start, span_end from an evidence key (see ``build_supplier_pairs.cypher``)."""
    if key is None:
        return dict.fromkeys(("doc", "evidence", "span_start", "span_end"))
    _, _, _, doc, start, end, sentence = key.split(SEP, 6)

    def raw(v: str) -> str | None:
        return v[1:] if v else None

    return {"doc": raw(doc), "evidence": raw(sentence), "span_start": None if not start else int(start[1:]),
            "span_end": None if not end else int(end[1:])}


def share_rank(r: dict[str, Any]) -> tuple:
    """Sort key for share facts: reported before forecast/target, then latest year, then largest value."""
    return (bool(r.get("modality")), -(r.get("year") or 0), -(r.get("value") or 0.0), r.get("company_id") or "",
            r.get("fact_id") or "")


BATCH = 8  # categories per aggregate query: the engine's working memory stays bounded at any scale


def batches(ids: list[str], size: int = BATCH) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def aggregate_pairs(run: Runner, cat_ids: list[str], labels: Iterable[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(company id, category id) → company columns, ``facts`` (set), ``vias`` (models), ``n_supplies``
    (direct SUPPLIES facts) and ``best`` (the smallest evidence key) — aggregated in the store, a few
    categories per query (a pair belongs to one category, so batches never split a group)."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    queries = [("build_supplier_pairs", {"label": label, "rel": rel}, rel == "SUPPLIES")
               for label in labels for rel in ("SUPPLIES", "HAS_MARKET_SHARE")]
    queries.append(("build_model_supplier_pairs", None, False))
    for (name, templates, direct), ids in ((q, b) for b in batches(cat_ids) for q in queries):
        rows = run(name, templates=templates, ids=ids, sep=SEP)
        with gc_paused():  # hundreds of thousands of rows at scale, no reference cycles
            for r in rows:
                k = (r["company_id"], r["category_id"])
                g = groups.get(k)
                if g is None:
                    g = groups[k] = {**r, "facts": set(), "vias": set(), "n_supplies": 0, "best": None}
                g["facts"].update(r["facts"])
                g["vias"].update(r.get("vias") or ())
                g["n_supplies"] += int(r["n"]) if direct else 0
                if r["best"] is not None and (g["best"] is None or r["best"] < g["best"]):
                    g["best"] = r["best"]
    return groups


def market_shares(run: Runner, cat_ids: list[str], labels: Iterable[str]) -> list[dict[str, Any]]:
    """Every market-share fact with a value in the categories (held by nodes of ``labels``)."""
    out: list[dict[str, Any]] = []
    for ids in batches(cat_ids):
        for label in labels:
            out += run("build_market_shares", templates={"label": label}, ids=ids)
    return out


def best_shares(shares: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """Best market-share fact per (company, category): reported before forecast, latest year, max value."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in shares:
        k = (r["company_id"], r["category_id"])
        cur = out.get(k)
        if cur is None or share_rank(r) < share_rank(cur):
            out[k] = r
    return out


def pair_rows(groups: dict[tuple[str, str], dict[str, Any]], shares: dict[tuple[str, str], dict[str, Any]],
              tax: Taxonomy) -> list[dict[str, Any]]:
    """Supplier rows (the :data:`SUPPLIER_COLUMNS` plus ``n_supplies``), sorted like ``suppliers()``."""
    rows = []
    with gc_paused():
        for (comp, cat), g in groups.items():
            best = parse_evidence_key(g["best"])
            share = shares.get((comp, cat))
            rows.append({
                "name": g["name"], "name_zh": g["name_zh"], "name_en": g["name_en"], "country": g["country"],
                "domestic": g["domestic"], "category": tax.name(cat),
                "category_zh": tax.categories.get(cat, {}).get("name_zh"),
                "via": ", ".join(sorted(g["vias"])) or None,
                "share": share["value"] if share else None, "share_year": share["year"] if share else None,
                "share_scope": share["scope"] if share else None, "share_doc": share["doc"] if share else None,
                **best, "n_facts": len(g["facts"]), "facts": sorted(f for f in g["facts"] if f),
                "company_id": comp, "category_id": cat, "n_supplies": g["n_supplies"],
            })
        rows.sort(key=supplier_order)
    return rows


def supplier_order(r: dict[str, Any]) -> tuple:
    """Share (unknown last), then company name, then category."""
    return (-(r["share"] if r["share"] is not None else -1.0), r["name"], r["category"])


def filter_params(domestic: bool | None, country: str | None, not_country: str | None = None) -> dict[str, Any]:
    """The filter parameters of ``supplier_rows`` / ``supplier_names`` (no NULL parameters)."""
    return {"any_domestic": domestic is None, "domestic": bool(domestic), "country": (country or "").upper(),
            "not_country": (not_country or "").upper()}


def one_filter(base: str, domestic: bool | None, country: str | None,
               not_country: str | None) -> tuple[str, dict[str, Any]]:
    """The query to run and its filter parameters: ``<base>_all`` / ``_domestic`` / ``_country`` when at
    most one filter is set (the engine evaluates the optional-filter terms of ``<base>`` on every row,
    which costs several times the scan), else ``base`` with :func:`filter_params`."""
    if not not_country:
        if domestic is None and not country and base in ONE_FILTER_QUERIES["all"]:
            return f"{base}_all", {}
        if domestic is not None and not country and base in ONE_FILTER_QUERIES["domestic"]:
            return f"{base}_domestic", {"domestic": bool(domestic)}
        if domestic is None and country and base in ONE_FILTER_QUERIES["country"]:
            return f"{base}_country", {"country": country.upper()}
    return base, filter_params(domestic, country, not_country)


ONE_FILTER_QUERIES = {"all": {"supplier_count"}, "domestic": {"supplier_names"}, "country": {"supplier_names"}}


def keep(row: dict[str, Any], domestic: bool | None, country: str | None, not_country: str | None = None) -> bool:
    if domestic is not None and row["domestic"] is not bool(domestic):
        return False
    if not_country and row["country"] == not_country.upper():
        return False
    return not (country and row["country"] != country.upper())


def stored_suppliers(run: Runner, run_page: Any, cat_ids: Iterable[str], domestic: bool | None,
                     country: str | None, limit: int | None = None, offset: int = 0,
                     not_country: str | None = None) -> Table:
    """A page of the derived ``SUPPLIER_OF`` rows for the categories. A page is found by its ranks
    first (the engine sorts integers, not whole rows), then fetched (:file:`supplier_ranks.cypher`,
    :file:`supplier_details.cypher`); the whole answer is one query (:file:`supplier_rows.cypher`)."""
    ids = sorted(set(cat_ids))
    if not ids:
        return Table(list(SUPPLIER_COLUMNS))
    filters = filter_params(domestic, country, not_country)
    if limit is None and not offset:
        return Table(list(SUPPLIER_COLUMNS), run("supplier_rows", ids=ids, **filters))
    page = run_page("supplier_ranks", limit=limit, offset=offset, ids=ids, **filters)
    ranks = [r["rank"] for r in page.rows]
    rows = run("supplier_details", ids=ids, ranks=ranks) if ranks else []
    return Table(list(SUPPLIER_COLUMNS), rows, total=page.total, offset=offset)


def live_suppliers(rows: list[dict[str, Any]], cat_ids: Iterable[str], domestic: bool | None, country: str | None,
                   limit: int | None = None, offset: int = 0, not_country: str | None = None) -> Table:
    """The same page from rows computed in memory (a store without the derived table)."""
    ids = set(cat_ids)
    kept = [{k: r[k] for k in SUPPLIER_COLUMNS} for r in rows
            if r["category_id"] in ids and keep(r, domestic, country, not_country)]
    return Table(list(SUPPLIER_COLUMNS), kept).page(limit, offset)
