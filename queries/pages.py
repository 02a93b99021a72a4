"""First pages computed at build time (issue 14: aggregates ≥ 10× networkx in their default form).

A page of ``SUPPLIER_OF`` rows read at query time costs three scans of every row of the categories
(ranks, count, details); the default form of the analysis calls — the first :data:`PAGE_ROWS` rows
and the size of the whole answer — is stored instead, per category, as JSON on its ``CategoryStats``
node (one string reads far faster than the same values as engine lists):

- ``lookup_keys``: the normalised names that resolve to the category (so a call needs no backbone);
- ``supplier_pages``: ``suppliers(category)`` — itself and its subtypes — for ``any`` / ``domestic`` /
  ``foreign`` companies; ``country_pages``: the same per supplier country;
- ``supplier_names``: the category's own supplier names by country and domestic flag;
- ``exposed_page``: the suppliers of the categories a ``what_if`` on the category exposes.

Each page is ``{"total": n, "rows": [...]}`` with the rows of :data:`SUPPLIER_COLUMNS`, exactly what the
queries return (``tests/queries/test_pages.py`` compares them on every category).
"""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from itertools import islice
from typing import Any

from .backbone import Taxonomy
from .supply import SUPPLIER_COLUMNS
from .table import Table

PAGE_ROWS = 20  # the default page of the CLI and the benchmarks
VARIANTS = {"any": None, "domestic": True, "foreign": False}

Head = tuple[int, list[dict[str, Any]]]  # (rows in the whole answer, first PAGE_ROWS rows)


def _heads(supplier_rows: list[dict[str, Any]]) -> dict[str, dict[str, Head]]:
    """Category id → filter key (``any``, ``domestic``, ``foreign``, ``country:XX``) → head."""
    out: dict[str, dict[str, list]] = defaultdict(dict)
    for r in supplier_rows:  # in answer (rank) order
        keys = ["any"]
        if r["domestic"] is not None:
            keys.append("domestic" if r["domestic"] else "foreign")
        if r["country"] is not None:
            keys.append(f"country:{r['country']}")
        cat = out[r["category_id"]]
        for k in keys:
            head = cat.get(k)
            if head is None:
                head = cat[k] = [0, []]
            head[0] += 1
            if len(head[1]) < PAGE_ROWS:
                head[1].append(r)
    return {c: {k: (n, rows) for k, (n, rows) in d.items()} for c, d in out.items()}


def _page(heads: dict[str, dict[str, Head]], cats: set[str], key: str) -> dict[str, Any]:
    """The first rows (by rank) and the total of ``key``'s rows over ``cats``."""
    parts = [heads[c][key] for c in sorted(cats) if c in heads and key in heads[c]]
    rows = islice(heapq.merge(*(p[1] for p in parts), key=lambda r: r["rank"]), PAGE_ROWS)
    return {"total": sum(p[0] for p in parts), "rows": [{k: r[k] for k in SUPPLIER_COLUMNS} for r in rows]}


def lookup_keys(tax: Taxonomy) -> dict[str, list[str]]:
    """Category id → every normalised name that ``category_set`` resolves to it."""
    out: dict[str, list[str]] = defaultdict(list)
    for key in sorted(tax.index):
        node = tax.resolve_key(key, segments=True)
        if node in tax.categories:
            out[node].append(key)
    return out


def category_pages(tax: Taxonomy, supplier_rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Category id → the ``CategoryStats`` properties of this module (JSON strings, key lists)."""
    from .whatif import exposed_table, exposure_graph

    heads = _heads(supplier_rows)
    masks = _name_masks(supplier_rows)
    groups = name_groups(supplier_rows)
    keys = lookup_keys(tax)
    expo = exposure_graph(tax)
    out: dict[str, dict[str, Any]] = {}
    for cid in tax.categories:
        cover = {cid} | tax.subtypes(cid)
        countries = sorted({k for c in cover for k in heads.get(c, {}) if k.startswith("country:")})
        exposed = {r["category_id"] for r in exposed_table(tax, sorted(cover), cover, expo).rows}
        out[cid] = {
            "lookup_keys": keys.get(cid, []),
            "supplier_pages": _dumps({v: _page(heads, cover, v) for v in VARIANTS}),
            "country_pages": _dumps({k.split(":", 1)[1]: _page(heads, cover, k) for k in countries}),
            "supplier_names": _dumps(groups.get(cid, {})),
            "exposed_page": _dumps({**_page(heads, exposed, "any"), "n_companies": _distinct(masks, exposed)}),
        }
    return out


NULL = "\x00"  # an unknown country or domestic flag in a group key


def group_key(country: str | None, domestic: bool | None) -> str:
    return f"{NULL if country is None else country}\t{NULL if domestic is None else int(domestic)}"


def name_groups(supplier_rows: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Category id → (country, domestic) group key → sorted supplier names (the category only)."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in supplier_rows:
        if r["name"] is not None:
            out[r["category_id"]][group_key(r["country"], r["domestic"])].add(r["name"])
    return {c: {k: sorted(v) for k, v in g.items()} for c, g in out.items()}


def names_from_groups(groups: dict[str, list[str]], domestic: bool | None, country: str | None,
                      not_country: str | None) -> set[str]:
    """The names of the groups a filter keeps (as ``supplier_names`` filters)."""
    country, not_country = (country or "").upper(), (not_country or "").upper()
    out: set[str] = set()
    for key, names in groups.items():
        c, d = key.rsplit("\t", 1)
        flag = None if d == NULL else d == "1"
        if domestic is not None and flag is not bool(domestic):
            continue
        # as the query: a NULL country matches neither `= $country` nor `<> $not_country`
        if (country and c != country) or (not_country and c in (NULL, not_country)):
            continue
        out.update(names)
    return out


def _name_masks(supplier_rows: list[dict[str, Any]]) -> dict[str, int]:
    """Category id → the set of its supplier names as a bit mask (names numbered once), so that the
    distinct names of any set of categories are an OR and a bit count."""
    number: dict[str, int] = {}
    per_cat: dict[str, list[int]] = defaultdict(list)
    for r in supplier_rows:
        if r["name"] is not None:
            per_cat[r["category_id"]].append(number.setdefault(r["name"], len(number)))
    out: dict[str, int] = {}
    for cid, idx in per_cat.items():
        bits = bytearray(len(number) // 8 + 1)
        for i in idx:
            bits[i >> 3] |= 1 << (i & 7)
        out[cid] = int.from_bytes(bits, "little")
    return out


def _distinct(masks: dict[str, int], cats: set[str]) -> int:
    """``supplier_count(cats)``: distinct supplier names of the categories."""
    acc = 0
    for c in cats:
        acc |= masks.get(c, 0)
    return acc.bit_count()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def stored_page(pages: dict[str, Any], domestic: bool | None, country: str | None, limit: int) -> Table | None:
    """A page of ``suppliers()`` from the stored JSON (``pages``: a row of ``category_pages_*``), or
    ``None`` when the filter has no stored page."""
    if domestic is not None and country:
        return None  # both filters: not stored
    if country:
        if not pages.get("country_pages"):
            return None
        page = json.loads(pages["country_pages"]).get(country.upper(), {"total": 0, "rows": []})
    else:
        if not pages.get("supplier_pages"):
            return None
        page = json.loads(pages["supplier_pages"])[_variant(domestic)]
    return as_table(page, limit)


def as_table(page: dict[str, Any], limit: int) -> Table:
    return Table(list(SUPPLIER_COLUMNS), page["rows"][:limit], total=page["total"], offset=0)


def _variant(domestic: bool | None) -> str:
    return "any" if domestic is None else "domestic" if domestic else "foreign"


def fits(limit: int | None, offset: int) -> bool:
    """Is the page within the stored first rows?"""
    return limit is not None and not offset and 0 <= limit <= PAGE_ROWS
