"""Row-level analysis over a store: every :class:`~computekg.queries.analysis.ChainGraph` answer as a
:class:`~computekg.queries.table.Table` (the CLI prints these without importing pandas).

Supplier rows, the gap table and chokepoints come from the derived data the build stores
(:mod:`computekg.queries.materialize`); on a store without it they are computed in memory once.
The small category backbone is pulled lazily (:mod:`computekg.queries.backbone`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

from computekg.graph.base import DEFAULT_TIMEOUT

from .backbone import Taxonomy, UnknownEntityError, bfs_paths, load_taxonomy, norm
from .library import run_page, run_query
from .materialize import Derived, compute
from .pages import fits, names_from_groups, stored_page
from .stats import CHOKEPOINT_COLUMNS, GAP_COLUMNS
from .supply import SUPPLIER_COLUMNS, keep, live_suppliers, one_filter, stored_suppliers
from .table import Table

CHAIN_COLUMNS = ["category", "name_zh", "name_en", "segment", "depth", "path", "facts", "category_id"]


class Chain:
    """Analysis answers as tables (see module docstring)."""

    def __init__(self, store: Any, *, timeout: float | None = DEFAULT_TIMEOUT, pages: bool = True) -> None:
        self.store = store
        self.timeout = timeout
        self.use_pages = pages  # read the first pages the build stored (:mod:`computekg.queries.pages`)

    def run(self, name: str, templates: dict[str, str] | None = None, **params: Any) -> list[dict[str, Any]]:
        return run_query(self.store, name, templates=templates, timeout=self.timeout, **params)

    def page(self, name: str, *, limit: int | None = None, offset: int = 0, **params: Any) -> Table:
        return run_page(self.store, name, limit=limit, offset=offset, timeout=self.timeout, **params)

    def refresh(self) -> None:
        """Forget the cached backbone and derived data (after the store changed)."""
        for key in ("tax", "stored", "live"):
            self.__dict__.pop(key, None)

    @cached_property
    def tax(self) -> Taxonomy:
        return load_taxonomy(self.run)

    @cached_property
    def stored(self) -> bool:
        """Does the store hold the derived tables (built by this version of ``computekg build``)?"""
        try:
            rows = self.run("label_exists", templates={"label": "CategoryStats"})
        except Exception:  # noqa: BLE001 - no such property: a database built before derived tables existed
            return False
        return bool(rows) or not self.tax.categories

    def stored_pages(self, name: str, *, key: bool) -> dict[str, Any] | None:
        """The stored first pages of a category (by name, or by id), ``None`` where there are none (a
        segment, an unknown name, a database built without them)."""
        if not self.use_pages or self.__dict__.get("stored") is False:
            return None
        try:
            if key:
                found = self.run("category_pages_by_key", key=norm(name))
                if len(found) != 1:
                    return None
                name = found[0]["category_id"]
            rows = self.run("category_pages_by_id", id=name)
        except Exception:  # noqa: BLE001 - a database built before the pages existed
            self.use_pages = False
            return None
        return rows[0] if len(rows) == 1 else None

    @cached_property
    def live(self) -> Derived:
        return compute(self.store, self.tax)

    # -- categories -------------------------------------------------------------------------------------

    def resolve(self, name: str, *, segments: bool = True) -> str:
        return self.tax.resolve(name, segments=segments)

    def categories(self) -> Table:
        tax = self.tax
        rows = [{"category": c["name"], "name_zh": c.get("name_zh"), "name_en": c.get("name_en"),
                 "segment": "/".join(tax.segment_of(cid)) or None,
                 "supertypes": sorted(tax.name(p) for p in tax.subtype.successors(cid)),
                 "depends_on": sorted(tax.name(p) for p in tax.depends.successors(cid)),
                 "aliases": c["aliases"], "category_id": cid} for cid, c in tax.categories.items()]
        rows.sort(key=lambda r: r["category"])
        return Table(["category", "name_zh", "name_en", "segment", "supertypes", "depends_on", "aliases",
                      "category_id"], rows)

    # -- suppliers --------------------------------------------------------------------------------------

    def supplier_table(self, cat_ids: Iterable[str], *, domestic: bool | None = None, country: str | None = None,
                       limit: int | None = None, offset: int = 0, not_country: str | None = None) -> Table:
        if self.stored:
            return stored_suppliers(self.run, self.page, cat_ids, domestic, country, limit, offset, not_country)
        return live_suppliers(self.live.supplier_rows, cat_ids, domestic, country, limit, offset, not_country)

    def supplier_names(self, cat_ids: Iterable[str], *, domestic: bool | None = None, country: str | None = None,
                       not_country: str | None = None) -> dict[str, set[str]]:
        """Category id → names of its suppliers (only the categories given, no roll-up)."""
        ids = sorted(set(cat_ids))
        out: dict[str, set[str]] = {}
        if not ids:
            return out
        if self.use_pages and self.__dict__.get("stored") is not False:
            try:
                rows = self.run("category_names_by_ids", ids=ids)
            except Exception:  # noqa: BLE001 - a database built before they were stored
                self.use_pages = False
            else:
                for r in rows:
                    names = names_from_groups(json.loads(r["supplier_names"] or "{}"), domestic, country, not_country)
                    if names:
                        out[r["category_id"]] = names
                return out
        if self.stored:
            name, params = one_filter("supplier_names", domestic, country, not_country)
            for r in self.run(name, ids=ids, **params):
                out[r["category_id"]] = set(r["names"])
            return out
        wanted = set(ids)
        for r in self.live.supplier_rows:
            if r["category_id"] in wanted and keep(r, domestic, country, not_country):
                out.setdefault(r["category_id"], set()).add(r["name"])
        return out

    def supplier_count(self, cat_ids: Iterable[str], *, domestic: bool | None = None,
                       country: str | None = None) -> int:
        """How many distinct supplier names the categories have (no roll-up)."""
        ids = sorted(set(cat_ids))
        if not ids:
            return 0
        if self.stored:
            name, params = one_filter("supplier_count", domestic, country, None)
            return int(self.run(name, ids=ids, **params)[0]["n"])
        wanted = set(ids)
        return len({r["name"] for r in self.live.supplier_rows
                    if r["category_id"] in wanted and keep(r, domestic, country)})

    def suppliers(self, category_or_segment: str, domestic: bool | None = None, country: str | None = None, *,
                  limit: int | None = None, offset: int = 0) -> Table:
        if fits(limit, offset):  # the default form: stored by the build
            pages = self.stored_pages(category_or_segment, key=True)
            page = stored_page(pages, domestic, country, int(limit or 0)) if pages else None
            if page is not None:
                return page
        _, covered = self.tax.category_set(category_or_segment)
        return self.supplier_table(covered, domestic=domestic, country=country, limit=limit, offset=offset)

    # -- dependency chains ------------------------------------------------------------------------------

    def chain(self, category: str, depth: int | None, reverse: bool, limit: int | None = None,
              offset: int = 0) -> Table:
        tax = self.tax
        src = tax.resolve(category, segments=False)
        graph = tax.depends.reverse(copy=False) if reverse else tax.depends
        rows = []
        for node, path in bfs_paths(graph, [src], depth).items():
            if node == src:
                continue
            walk = list(reversed(path)) if reverse else path  # always in DEPENDS_ON direction
            facts = [tax.depends.edges[a, b].get("fact_id") for a, b in zip(walk, walk[1:], strict=False)]
            rows.append({**tax.cat_cols(node), "depth": len(path) - 1, "path": [tax.name(n) for n in walk],
                         "facts": [f for f in facts if f], "category_id": node})
        rows.sort(key=lambda r: (r["depth"], r["category"]))
        return Table(list(CHAIN_COLUMNS), rows).page(limit, offset)

    # -- gaps and chokepoints ---------------------------------------------------------------------------

    def gaps(self, *, limit: int | None = None, offset: int = 0, max_names: int | None = None,
             brief: bool = False) -> Table:
        """The substitution-gap table; ``brief`` reads only the columns a terminal shows."""
        if not brief and self.use_pages and self.__dict__.get("stored") is not False:
            page = self._gap_rows(limit, offset)
        elif self.stored:
            page = self.page("gap_table_brief" if brief else "gap_table", limit=limit, offset=offset)
            for r in page.rows:
                r["segment"] = "/".join(r.pop("segments") or []) or None
            cols = list(page.rows[0]) if page.rows else list(GAP_COLUMNS)
            page.columns = [c for c in GAP_COLUMNS if c in cols] if brief else list(GAP_COLUMNS)
            page.rows = [{c: r.get(c) for c in page.columns} for r in page.rows]
        else:
            page = Table(list(GAP_COLUMNS), [dict(r) for r in self.live.gap_rows]).page(limit, offset)
        if max_names is not None:
            for r in page.rows:
                for k in ("domestic_suppliers", "foreign_suppliers"):
                    if k in r:
                        r[k] = list(r[k] or [])[:max_names]
        return page

    def _gap_rows(self, limit: int | None, offset: int) -> Table:
        """A page of the gap table from its rows stored as JSON (much faster than the name lists as
        engine lists); the old query on a database built before they existed."""
        try:
            ranked = [r["category_id"] for r in self.run("gap_table_ranks")]
            ids = ranked[offset:] if limit is None else ranked[offset : offset + limit]
            found = {r["category_id"]: r["gap_row"] for r in self.run("gap_table_rows", ids=ids)} if ids else {}
            rows = [json.loads(found[i]) for i in ids]
        except Exception:  # noqa: BLE001 - no gap_row property (built before it existed)
            self.use_pages = False
            return self.gaps(limit=limit, offset=offset)
        return Table(list(GAP_COLUMNS), [{c: r[c] for c in GAP_COLUMNS} for r in rows], total=len(ranked),
                     offset=offset)

    def chokepoints(self, *, limit: int | None = 10, offset: int = 0) -> Table:
        if self.stored:
            page = self.page("chokepoint_table", limit=limit, offset=offset)
            for r in page.rows:
                r["segment"] = "/".join(r.pop("segments") or []) or None
            page.rows = [{c: r.get(c) for c in CHOKEPOINT_COLUMNS} for r in page.rows]
            page.columns = list(CHOKEPOINT_COLUMNS)
            return page
        return Table(list(CHOKEPOINT_COLUMNS), [dict(r) for r in self.live.chokepoint_rows]).page(limit, offset)

    # -- what-if ----------------------------------------------------------------------------------------

    def what_if(self, restrict: Sequence[str] | str, country: str | None, *, limit: int | None = None) -> dict:
        from .whatif import what_if_tables

        return what_if_tables(self, restrict, country, limit=limit)

    # -- evidence ---------------------------------------------------------------------------------------

    def evidence(self, subject: str, predicate: str, object: str) -> Table:  # noqa: A002
        from .evidence import evidence_table

        return evidence_table(self, subject, predicate, object)


__all__ = ["SUPPLIER_COLUMNS", "Chain", "UnknownEntityError"]
