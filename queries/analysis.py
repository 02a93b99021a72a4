"""Analysis API over a graph store: who supplies what, dependency chains, substitution gaps.

:class:`ChainGraph` wraps any store with ``query(cypher, params) -> list[dict]`` (LadybugDB by default).
Set-based lookups (suppliers, shares, restrictions) run as parameterised Cypher in the store; the small
category-level backbone (categories, SUBTYPE_OF, DEPENDS_ON, PART_OF_SEGMENT) is pulled into networkx
once per :class:`ChainGraph` for closures.

>>> g = ChainGraph.open("computekg.lbug")  # doctest: +SKIP
>>> g.suppliers("GPU", domestic=True)       # doctest: +SKIP
>>> g.substitution_gaps().head(10)          # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from computekg.graph.base import gc_paused
from computekg.ontology import DOMAIN_RANGE, Entity, Fact, Predicate

from . import _gaps

__all__ = ["ChainGraph", "ReadOnlyQueryError", "UnknownEntityError", "WhatIfResult"]

DOMESTIC_COUNTRIES = frozenset({"CN", "HK", "MO"})
SUPPLIER_LABELS = ("Company", "CompanyGroup")  # constants, never user input
_SEGMENT_ZH = {"上游": "Upstream", "中游": "Midstream", "下游": "Downstream"}
_SEGMENT_ORDER = {"Upstream": 0, "Midstream": 1, "Downstream": 2, "SupportLayer": 3}


class UnknownEntityError(LookupError):
    """A name that resolves to no category/segment/entity in the graph."""

    def __str__(self) -> str:  # KeyError-style quoting is noise in CLI messages
        return str(self.args[0]) if self.args else ""


class ReadOnlyQueryError(ValueError):
    """A Cypher statement passed to :meth:`ChainGraph.cypher` that would modify the graph."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _name_of(node_id: str) -> str:
    return node_id.split(":", 1)[1] if ":" in node_id else node_id


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("|") if v]


# ---------------------------------------------------------------------------------------------------------
# results


@dataclass
class WhatIfResult:
    """Outcome of :meth:`ChainGraph.what_if`. Every table is a DataFrame (possibly empty)."""

    restrict: list[str]
    country: str | None
    cut: pd.DataFrame  # one row per cut category: reason, cut suppliers, domestic substitutes
    cut_suppliers: pd.DataFrame  # supplier rows (suppliers() shape) from `country` for cut categories
    exposed_categories: pd.DataFrame  # transitive dependents of the cut: depth, path, via
    exposed_segments: pd.DataFrame  # segment, n_categories, categories
    exposed_companies: pd.DataFrame  # suppliers of exposed categories (suppliers() shape + depth, via)
    substitutes: pd.DataFrame  # domestic suppliers of cut categories (suppliers() shape)
    notes: list[str] = field(default_factory=list)

    TABLES = (
        "cut",
        "cut_suppliers",
        "exposed_categories",
        "exposed_segments",
        "exposed_companies",
        "substitutes",
    )

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in self.TABLES}

    def summary(self) -> dict[str, Any]:
        return {
            "restrict": self.restrict,
            "country": self.country,
            "cut_categories": self.cut["category"].tolist() if len(self.cut) else [],
            "n_cut_suppliers": int(self.cut_suppliers["name"].nunique()) if len(self.cut_suppliers) else 0,
            "exposed_categories": self.exposed_categories["category"].tolist()
            if len(self.exposed_categories)
            else [],
            "exposed_segments": self.exposed_segments["segment"].tolist() if len(self.exposed_segments) else [],
            "n_exposed_companies": int(self.exposed_companies["name"].nunique())
            if len(self.exposed_companies)
            else 0,
            "uncovered": self.cut.loc[self.cut["n_substitutes"] == 0, "category"].tolist() if len(self.cut) else [],
        }


@dataclass
class _Taxonomy:
    """The category-level backbone in memory."""

    categories: dict[str, dict[str, Any]]  # id -> {name, name_zh, name_en, aliases, segment, attrs}
    segments: dict[str, dict[str, Any]]  # id -> {name, name_zh, name_en, aliases}
    subtype: nx.DiGraph  # child -> parent (SUBTYPE_OF), edge attr fact_id
    depends: nx.DiGraph  # a -> b when a DEPENDS_ON b, edge attr fact_id
    segment_members: dict[str, set[str]]  # segment id -> category ids (PART_OF_SEGMENT or `segment` prop)
    index: dict[str, list[str]]  # normalised name -> ids (categories and segments)

    def supertypes(self, cid: str) -> set[str]:
        return nx.descendants(self.subtype, cid) if cid in self.subtype else set()

    def subtypes(self, cid: str) -> set[str]:
        return nx.ancestors(self.subtype, cid) if cid in self.subtype else set()

    def name(self, cid: str) -> str:
        info = self.categories.get(cid) or self.segments.get(cid)
        return info["name"] if info else _name_of(cid)

    def segment_of(self, cid: str) -> list[str]:
        """Segment names of a category: own membership, else the nearest supertype's."""
        own = sorted(
            (self.segments[s]["name"] for s, members in self.segment_members.items() if cid in members),
            key=lambda n: (_SEGMENT_ORDER.get(n, 9), n),
        )
        if own or cid not in self.subtype:
            return own
        dist = nx.single_source_shortest_path_length(self.subtype, cid)
        for _, parent in sorted((d, p) for p, d in dist.items() if d > 0):
            got = self.segment_of_direct(parent)
            if got:
                return got
        return []

    def segment_of_direct(self, cid: str) -> list[str]:
        return sorted(
            (self.segments[s]["name"] for s, members in self.segment_members.items() if cid in members),
            key=lambda n: (_SEGMENT_ORDER.get(n, 9), n),
        )


# ---------------------------------------------------------------------------------------------------------


class ChainGraph:
    """Supply-chain analysis over a graph store (see module docstring)."""

    def __init__(self, store: Any, *, max_depth: int = 30) -> None:
        self.store = store
        self.max_depth = max_depth

    # -- construction ------------------------------------------------------------------------------------

    @classmethod
    def open(cls, db_path: str | Path) -> ChainGraph:
        """Open an embedded database built by ``computekg build``; raises FileNotFoundError if missing."""
        path = Path(db_path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such database (build one with `computekg build`)")
        open_store, _ = _graph_api()
        try:
            store = open_store(path, read_only=True)
        except TypeError:  # a backend without a read-only mode
            store = open_store(path)
        return cls(store)

    @classmethod
    def from_records(
        cls, entities: Iterable[Entity], facts: Iterable[Fact], db_path: str | Path | None = None
    ) -> ChainGraph:
        """Write records to a (temporary unless ``db_path``) LadybugDB and open it. For tests and notebooks."""
        open_store, write_database = _graph_api()
        if db_path is None:
            tmp = tempfile.mkdtemp(prefix="computekg-")
            db_path = Path(tmp) / "graph.lbug"
        written = write_database(list(entities), list(facts), db_path)
        store = written if hasattr(written, "query") else open_store(Path(db_path))
        return cls(store)

    def refresh(self) -> None:
        """Forget cached backbone and statistics (after the store changed)."""
        for key in ("_tax", "_stats", "_all_components", "_supplier_labels"):
            self.__dict__.pop(key, None)

    # -- low level ---------------------------------------------------------------------------------------

    @cached_property
    def _supplier_labels(self) -> tuple[str, ...]:
        """The :data:`SUPPLIER_LABELS` that have any node (a query on an empty label still costs a scan)."""
        return tuple(
            label for label in SUPPLIER_LABELS if self._q(f"MATCH (n:{label}) RETURN n.id AS id LIMIT 1")
        )

    def _q(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        return list(self.store.query(cypher, params))

    def cypher(self, query: str, **params: Any) -> pd.DataFrame:
        """Run a read-only Cypher query with parameters; returns a DataFrame.

        Statements containing write clauses (CREATE, MERGE, SET, DELETE, ...) are refused.
        """
        from computekg.graph.base import ReadOnlyError, check_read_only

        try:
            check_read_only(query)
        except ReadOnlyError as exc:
            raise ReadOnlyQueryError(str(exc)) from None
        return pd.DataFrame(self._q(query, **params))

    # -- backbone ----------------------------------------------------------------------------------------

    @cached_property
    def _tax(self) -> _Taxonomy:
        cats: dict[str, dict[str, Any]] = {}
        for r in self._q(
            "MATCH (p:ProductCategory) RETURN p.id AS id, p.name AS name, p.name_zh AS name_zh, "
            "p.name_en AS name_en, p.aliases AS aliases, p.segment AS segment, p.attrs AS attrs"
        ):
            attrs: dict[str, Any] = {}
            if r.get("attrs"):
                try:
                    attrs = json.loads(r["attrs"])
                except (TypeError, ValueError):
                    attrs = {}
            cats[r["id"]] = {**r, "aliases": _split(r.get("aliases")), "attrs": attrs}
        segs: dict[str, dict[str, Any]] = {}
        for r in self._q(
            "MATCH (s:Segment) RETURN s.id AS id, s.name AS name, s.name_zh AS name_zh, "
            "s.name_en AS name_en, s.aliases AS aliases"
        ):
            segs[r["id"]] = {**r, "aliases": _split(r.get("aliases"))}

        subtype = nx.DiGraph()
        subtype.add_nodes_from(cats)
        for r in self._q(
            "MATCH (a:ProductCategory)-[r:SUBTYPE_OF]->(b:ProductCategory) "
            "RETURN a.id AS a, b.id AS b, r.fact_id AS fact_id"
        ):
            subtype.add_edge(r["a"], r["b"], fact_id=r["fact_id"])
        depends = nx.DiGraph()
        depends.add_nodes_from(cats)
        for r in self._q(
            "MATCH (a:ProductCategory)-[r:DEPENDS_ON]->(b:ProductCategory) "
            "RETURN a.id AS a, b.id AS b, r.fact_id AS fact_id"
        ):
            if not depends.has_edge(r["a"], r["b"]):
                depends.add_edge(r["a"], r["b"], fact_id=r["fact_id"])

        index: dict[str, list[str]] = defaultdict(list)

        def add(key: str | None, node_id: str) -> None:
            if key and node_id not in index[_norm(key)]:
                index[_norm(key)].append(node_id)

        for sid, s in segs.items():
            for key in (sid, s["name"], s.get("name_zh"), s.get("name_en"), *s["aliases"]):
                add(key, sid)
        for zh, en in _SEGMENT_ZH.items():
            sid = f"Segment:{en}"
            if sid in segs:
                add(zh, sid)

        members: dict[str, set[str]] = defaultdict(set)
        for r in self._q(
            "MATCH (p:ProductCategory)-[:PART_OF_SEGMENT]->(s:Segment) RETURN p.id AS cat, s.id AS seg"
        ):
            members[r["seg"]].add(r["cat"])
        for cid, c in cats.items():
            seg = c.get("segment") or c["attrs"].get("segment")
            if seg:
                for sid in index.get(_norm(seg), []):
                    if sid in segs:
                        members[sid].add(cid)

        # categories after segments so a category named like a segment still wins on lookup order
        for cid, c in cats.items():
            for key in (cid, c["name"], c.get("name_zh"), c.get("name_en"), *c["aliases"]):
                add(key, cid)
        return _Taxonomy(cats, segs, subtype, depends, dict(members), dict(index))

    def resolve(self, name: str, *, segments: bool = True) -> str:
        """The node id of a category (or segment) given its name, alias, Chinese name or id.

        Exact canonical names win over aliases; among several categories the one whose canonical
        name/name_zh/name_en matches is preferred. Raises :class:`UnknownEntityError`.
        """
        tax = self._tax
        key = _norm(name)
        ids = [i for i in tax.index.get(key, []) if segments or i in tax.categories]
        if not ids:
            raise UnknownEntityError(f"unknown category or segment: {name!r}")

        def rank(node_id: str) -> tuple:
            info = tax.categories.get(node_id) or tax.segments[node_id]
            canonical = any(_norm(v) == key for v in (node_id, info["name"], info.get("name_zh"), info.get("name_en")) if v)
            return (not canonical, node_id not in tax.categories, node_id)

        return sorted(ids, key=rank)[0]

    def _category_set(self, name: str) -> tuple[str, set[str]]:
        """Resolve ``name`` and return (id, categories it covers: itself + subtypes, or a segment's)."""
        tax = self._tax
        node = self.resolve(name)
        if node in tax.segments:
            covered: set[str] = set()
            for cid in tax.segment_members.get(node, set()):
                covered |= {cid} | tax.subtypes(cid)
            return node, covered
        return node, {node} | tax.subtypes(node)

    def categories(self) -> pd.DataFrame:
        """All categories with names, segment, direct supertypes and direct dependencies."""
        tax = self._tax
        rows = []
        for cid, c in tax.categories.items():
            rows.append(
                {
                    "category": c["name"],
                    "name_zh": c.get("name_zh"),
                    "name_en": c.get("name_en"),
                    "segment": "/".join(tax.segment_of(cid)) or None,
                    "supertypes": sorted(tax.name(p) for p in tax.subtype.successors(cid)),
                    "depends_on": sorted(tax.name(p) for p in tax.depends.successors(cid)),
                    "aliases": c["aliases"],
                    "category_id": cid,
                }
            )
        return pd.DataFrame(rows).sort_values("category", kind="stable").reset_index(drop=True)

    def _cat_cols(self, cid: str) -> dict[str, Any]:
        tax = self._tax
        c = tax.categories.get(cid, {})
        return {
            "category": tax.name(cid),
            "name_zh": c.get("name_zh"),
            "name_en": c.get("name_en"),
            "segment": "/".join(tax.segment_of(cid)) or None,
        }

    # -- suppliers ---------------------------------------------------------------------------------------

    _SUPPLIER_COLUMNS = [
        "name",
        "name_zh",
        "name_en",
        "country",
        "domestic",
        "category",
        "category_zh",
        "via",
        "share",
        "share_year",
        "share_scope",
        "share_doc",
        "doc",
        "evidence",
        "span_start",
        "span_end",
        "n_facts",
        "facts",
        "company_id",
        "category_id",
    ]

    def _cy(self, expr: str, type_: str) -> str:
        """``expr`` converted to STRING / INTEGER in the store's Cypher dialect."""
        if getattr(self.store, "dialect", "neo4j") in ("ladybug", "kuzu"):
            return f"CAST({expr} AS {'STRING' if type_ == 'str' else 'INT64'})"
        return f"{'toString' if type_ == 'str' else 'toInteger'}({expr})"

    def _evidence_key(self) -> str:
        """One string per fact whose ``min`` is the best evidence of a group: document facts before
        reference rows, then higher confidence, doc, span start, fact id (fixed-width numbers, ``$sep``
        between fields); the raw doc, span and sentence follow for :func:`_parse_evidence_key`."""
        s = self._cy
        raw = " + $sep + ".join(f"coalesce('=' + {s(f'r.{k}', 'str')}, '')" for k in ("doc", "span_start", "span_end"))
        return (
            "CASE WHEN r.origin = 'reference' THEN '1' ELSE '0' END + "
            + s("1000000000000 + " + s("round((1000.0 - coalesce(r.confidence, 0.0)) * 100000000.0, 0)", "int"), "str")
            + " + coalesce(r.doc, '') + $sep + "
            + s("1000000000000 + coalesce(r.span_start, 0)", "str")
            + " + $sep + coalesce(r.fact_id, '') + $sep + "
            + raw
            + " + $sep + coalesce('=' + r.evidence, '')"
        )

    def _supplier_rows(
        self, cat_ids: Iterable[str], *, domestic: bool | None = None, country: str | None = None
    ) -> pd.DataFrame:
        ids = sorted(set(cat_ids))
        if not ids:
            return pd.DataFrame(columns=self._SUPPLIER_COLUMNS)
        cond = ["p.id IN $ids"]
        params: dict[str, Any] = {"ids": ids, "sep": _SEP}
        if domestic is not None:
            cond.append("c.domestic = $domestic")
            params["domestic"] = bool(domestic)
        if country:
            cond.append("c.country = $country")
            params["country"] = country.upper()
        where = " AND ".join(cond)
        # one row per (company, category) and pattern, aggregated in the store
        agg = f"collect(DISTINCT r.fact_id) AS facts, min({self._evidence_key()}) AS best"
        ret = (
            "c.id AS company_id, c.name AS name, c.name_zh AS name_zh, c.name_en AS name_en, "
            "c.country AS country, c.domestic AS domestic, p.id AS category_id, facts, best"
        )
        raw: list[dict[str, Any]] = []
        for label in self._supplier_labels:
            for rel in ("SUPPLIES", "HAS_MARKET_SHARE"):
                raw += self._q(
                    f"MATCH (c:{label})-[r:{rel}]->(p:ProductCategory) WHERE {where} WITH c, p, {agg} RETURN {ret}",
                    **params,
                )
        raw += self._q(
            "MATCH (c:Company)-[r:SUPPLIES]->(m:ProductModel)-[:INSTANCE_OF]->(p:ProductCategory) "
            f"WHERE {where} WITH c, p, {agg}, collect(DISTINCT m.name) AS vias RETURN {ret}, vias",
            **params,
        )
        if not raw:
            return pd.DataFrame(columns=self._SUPPLIER_COLUMNS)
        with gc_paused():  # tens of thousands of rows, no reference cycles
            return self._supplier_frame(raw, ids)

    def _supplier_frame(self, raw: list[dict[str, Any]], ids: list[str]) -> pd.DataFrame:
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        for r in raw:
            k = (r["company_id"], r["category_id"])
            g = groups.get(k)
            if g is None:
                groups[k] = {**r, "facts": set(r["facts"]), "vias": set(r.get("vias") or ())}
                continue
            g["facts"].update(r["facts"])
            g["vias"].update(r.get("vias") or ())
            if r["best"] is not None and (g["best"] is None or r["best"] < g["best"]):
                g["best"] = r["best"]
        shares = self._shares(sorted({k[0] for k in groups}), ids)
        tax = self._tax
        rows = []
        for (comp, cat), g in groups.items():
            best = _parse_evidence_key(g["best"])
            share = shares.get((comp, cat))
            rows.append(
                {
                    "name": g["name"],
                    "name_zh": g["name_zh"],
                    "name_en": g["name_en"],
                    "country": g["country"],
                    "domestic": g["domestic"],
                    "category": tax.name(cat),
                    "category_zh": tax.categories.get(cat, {}).get("name_zh"),
                    "via": ", ".join(sorted(g["vias"])) or None,
                    "share": share["value"] if share else None,
                    "share_year": share["year"] if share else None,
                    "share_scope": share["scope"] if share else None,
                    "share_doc": share["doc"] if share else None,
                    "doc": best["doc"],
                    "evidence": best["evidence"],
                    "span_start": best["span_start"],
                    "span_end": best["span_end"],
                    "n_facts": len(g["facts"]),
                    "facts": sorted(f for f in g["facts"] if f),
                    "company_id": comp,
                    "category_id": cat,
                }
            )
        df = pd.DataFrame(rows, columns=self._SUPPLIER_COLUMNS)
        df["_s"] = df["share"].fillna(-1.0)
        df = df.sort_values(["_s", "name", "category"], ascending=[False, True, True], kind="stable")
        return df.drop(columns="_s").reset_index(drop=True)

    def _shares(self, company_ids: list[str], cat_ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
        """Best market-share fact per (company, category): reported before forecast, latest year, max value."""
        if not company_ids:
            return {}
        wanted = set(company_ids)  # filtered here: ``c.id IN $list`` of thousands of ids is slow in the store
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for label in self._supplier_labels:
            for r in self._q(
                f"MATCH (c:{label})-[r:HAS_MARKET_SHARE]->(p:ProductCategory) "
                "WHERE p.id IN $ids AND r.value IS NOT NULL "
                "RETURN c.id AS company_id, p.id AS category_id, r.value AS value, r.year AS year, "
                "r.scope AS scope, r.doc AS doc, r.modality AS modality, r.fact_id AS fact_id",
                ids=cat_ids,
            ):
                if r["company_id"] not in wanted:
                    continue
                k = (r["company_id"], r["category_id"])
                cur = out.get(k)
                if cur is None or _share_rank(r) < _share_rank(cur):
                    out[k] = r
        return out

    def suppliers(
        self, category_or_segment: str, domestic: bool | None = None, country: str | None = None
    ) -> pd.DataFrame:
        """Companies supplying a category, any of its subtypes, or every category of a segment.

        ``category_or_segment`` is a name, alias, Chinese name or id (``GPU``, ``图形处理器``, ``上游``).
        A company counts as a supplier of a category through SUPPLIES, HAS_MARKET_SHARE, or a product
        model (``SUPPLIES`` a model ``INSTANCE_OF`` the category; ``via`` names the model). The curated
        ``MADE_BY`` links of the reference model list are not read as supply: suppliers come from documents.
        ``domestic=True`` keeps only Chinese companies, ``False`` only foreign ones (unknown country is
        excluded by both); ``country`` filters on ISO-2 code.

        One row per (company, category supplied): company ``name``/``name_zh``/``name_en``, ``country``,
        ``domestic``, ``category``/``category_zh``, market ``share`` (+ ``share_year``, ``share_scope``,
        ``share_doc``) when known, best evidence (``doc``, ``evidence`` sentence, span), ``n_facts`` and
        the fact ids. The evidence shown prefers document facts over reference rows, then higher
        confidence. Sorted by share (unknown last), then company name.
        """
        _, covered = self._category_set(category_or_segment)
        return self._supplier_rows(covered, domestic=domestic, country=country)

    # -- dependency chains -------------------------------------------------------------------------------

    def _chain(self, category: str, depth: int | None, reverse: bool) -> pd.DataFrame:
        tax = self._tax
        src = self.resolve(category, segments=False)
        graph = tax.depends.reverse(copy=False) if reverse else tax.depends
        paths = _bfs_paths(graph, [src], depth)
        rows = []
        for node, path in paths.items():
            if node == src:
                continue
            chain = list(reversed(path)) if reverse else path  # always in DEPENDS_ON direction
            facts = [tax.depends.edges[a, b].get("fact_id") for a, b in zip(chain, chain[1:], strict=False)]
            rows.append(
                {
                    **self._cat_cols(node),
                    "depth": len(path) - 1,
                    "path": [tax.name(n) for n in chain],
                    "facts": [f for f in facts if f],
                    "category_id": node,
                }
            )
        cols = ["category", "name_zh", "name_en", "segment", "depth", "path", "facts", "category_id"]
        df = pd.DataFrame(rows, columns=cols)
        return df.sort_values(["depth", "category"], kind="stable").reset_index(drop=True)

    def dependencies(self, category: str, depth: int | None = None) -> pd.DataFrame:
        """Everything ``category`` transitively DEPENDS_ON.

        One row per reached category with its shortest ``depth`` and ``path`` — a list of category names
        in DEPENDS_ON direction (``[AIServer, GPU, Foundry]``: AIServer depends on GPU depends on Foundry)
        — and the DEPENDS_ON fact ids along the path. ``depth`` limits the number of hops.
        """
        return self._chain(category, depth, reverse=False)

    def dependents(self, category: str, depth: int | None = None) -> pd.DataFrame:
        """Everything that transitively DEPENDS_ON ``category`` (same columns as :meth:`dependencies`;
        ``path`` runs from the dependent down to ``category``)."""
        return self._chain(category, depth, reverse=True)

    # -- category statistics -----------------------------------------------------------------------------

    @cached_property
    def _stats(self) -> dict[str, Any]:
        """Aggregates per category (direct, not rolled up): supplier ids by domestic flag, foreign fact
        counts, best foreign share, localization rates, restrictions. One pass of aggregate queries."""
        direct: dict[str, dict[Any, set[str]]] = defaultdict(lambda: defaultdict(set))

        def take(rows: list[dict[str, Any]]) -> None:
            for r in rows:
                direct[r["cat"]][r["domestic"]].update(r["ids"])

        for label in self._supplier_labels:
            for rel in ("SUPPLIES", "HAS_MARKET_SHARE"):
                take(
                    self._q(
                        f"MATCH (c:{label})-[:{rel}]->(p:ProductCategory) "
                        "RETURN p.id AS cat, c.domestic AS domestic, collect(DISTINCT c.id) AS ids"
                    )
                )
        take(
            self._q(
                "MATCH (c:Company)-[:SUPPLIES]->(:ProductModel)-[:INSTANCE_OF]->(p:ProductCategory) "
                "RETURN p.id AS cat, c.domestic AS domestic, collect(DISTINCT c.id) AS ids"
            )
        )
        foreign_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for label in self._supplier_labels:
            for r in self._q(
                f"MATCH (c:{label})-[r:SUPPLIES]->(p:ProductCategory) WHERE c.domestic = false "
                "RETURN p.id AS cat, c.id AS company, count(r) AS n"
            ):
                foreign_counts[r["cat"]][r["company"]] += int(r["n"])
        shares: dict[str, dict[str, Any]] = {}
        all_shares: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for label in self._supplier_labels:
            for r in self._q(
                f"MATCH (c:{label})-[r:HAS_MARKET_SHARE]->(p:ProductCategory) "
                "WHERE c.domestic = false AND r.value IS NOT NULL "
                "RETURN p.id AS cat, c.id AS company_id, c.name AS company, r.value AS value, r.year AS year, "
                "r.scope AS scope, r.doc AS doc, r.modality AS modality, r.unit AS unit, r.fact_id AS fact_id"
            ):
                if r.get("unit") not in (None, "%"):
                    continue
                all_shares[r["cat"]].append(r)
                cur = shares.get(r["cat"])
                if cur is None or _share_rank(r) < _share_rank(cur):
                    shares[r["cat"]] = r
        local: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in self._q(
            "MATCH (p:ProductCategory)-[r:LOCALIZATION_RATE]->(g:Region) WHERE r.value IS NOT NULL "
            "RETURN p.id AS cat, g.name AS region, r.value AS value, r.year AS year, r.qualifier AS qualifier, "
            "r.modality AS modality, r.doc AS doc, r.fact_id AS fact_id"
        ):
            local[r["cat"]].append(r)
        restricts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in self._q(
            "MATCH (pol:Policy)-[r:RESTRICTS]->(p:ProductCategory) "
            "RETURN pol.name AS policy, p.id AS cat, p.name AS target, r.date AS date, r.year AS year, "
            "r.doc AS doc, r.fact_id AS fact_id"
        ):
            restricts[r["cat"]].append(r)
        for r in self._q(
            "MATCH (pol:Policy)-[r:RESTRICTS]->(m:ProductModel)-[:INSTANCE_OF]->(p:ProductCategory) "
            "RETURN pol.name AS policy, p.id AS cat, m.name AS target, r.date AS date, r.year AS year, "
            "r.doc AS doc, r.fact_id AS fact_id"
        ):
            restricts[r["cat"]].append(r)
        return {
            "direct": direct,
            "foreign_counts": foreign_counts,
            "shares": shares,
            "all_shares": all_shares,
            "local": local,
            "restricts": restricts,
        }

    def _rolled(self, cid: str) -> dict[Any, set[str]]:
        """Supplier ids of a category and all its subtypes, keyed by domestic flag (True/False/None)."""
        tax, st = self._tax, self._stats
        out: dict[Any, set[str]] = {True: set(), False: set(), None: set()}
        for c in {cid} | tax.subtypes(cid):
            for flag, ids in st["direct"].get(c, {}).items():
                out[flag] |= ids
        out[None] -= out[True] | out[False]
        return out

    def _localization(self, cid: str) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """(reported rate, latest target) of the category's own LOCALIZATION_RATE facts.

        Among reported rates (no modality): latest year, ties → the lower (more conservative) value.
        Rates are not inherited from supertypes: a rate stated for a broad category (``Hardware``)
        says little about each of its subtypes.
        """
        rows = self._stats["local"].get(cid, [])

        def key(r: dict[str, Any]) -> tuple:
            return (-(r["year"] or 0), r["value"], r["fact_id"] or "")

        reported = sorted((r for r in rows if not r.get("modality")), key=key)
        targets = sorted((r for r in rows if r.get("modality")), key=key)
        return (reported[0] if reported else None), (targets[0] if targets else None)

    def _restrictions(self, cid: str) -> tuple[float, list[dict[str, Any]]]:
        """Export exposure of a category (see :mod:`_gaps`) and the RESTRICTS records touching it."""
        tax, st = self._tax, self._stats
        restricted = set(st["restricts"])
        sup, sub = tax.supertypes(cid), tax.subtypes(cid)
        exposure = _gaps.export_exposure(cid, restricted, {cid: sup}, {cid: sub})
        touching = []
        for c in sorted(({cid} | sup | sub) & restricted):
            relation = "self" if c == cid else ("supertype" if c in sup else "subtype")
            for r in st["restricts"][c]:
                touching.append({**r, "relation": relation})
        touching.sort(key=lambda r: (r.get("date") or "", r["policy"] or "", r["target"] or "", r["fact_id"] or ""))
        return exposure, touching

    def _components(self, cid: str) -> dict[str, Any]:
        """Own (unpropagated) gap components of one category."""
        st = self._stats
        rolled = self._rolled(cid)
        share = st["shares"].get(cid)
        rate, target = self._localization(cid)
        fe = _gaps.foreign_dominance(
            share["value"] if share else None,
            len(rolled[True]),
            len(rolled[False]),
            localization_rate=rate["value"] if rate else None,
        )
        low = _gaps.low_localization(rate["value"] if rate else None, fe.value)
        export, touching = self._restrictions(cid)
        return {
            "rolled": rolled,
            "share": share,
            "foreign": fe.value,
            "foreign_source": fe.source,
            "rate": rate,
            "target": target,
            "low_localization": low,
            "export_control": export,
            "restrictions": touching,
            "own_risk": _gaps.own_risk(fe.value, low, export),
        }

    @cached_property
    def _all_components(self) -> dict[str, dict[str, Any]]:
        return {cid: self._components(cid) for cid in self._tax.categories}

    def _top_foreign(self, cid: str, comp: dict[str, Any]) -> str | None:
        if comp["share"]:
            return comp["share"]["company"]
        counts: dict[str, int] = defaultdict(int)
        for c in {cid} | self._tax.subtypes(cid):
            for company, n in self._stats["foreign_counts"].get(c, {}).items():
                counts[company] += n
        if counts:
            return _name_of(sorted(counts.items(), key=lambda kv: (-kv[1], _name_of(kv[0])))[0][0])
        foreign = sorted(_name_of(i) for i in comp["rolled"][False])
        return foreign[0] if foreign else None

    # -- substitution gaps -------------------------------------------------------------------------------

    def substitution_gaps(self, *, max_names: int | None = None) -> pd.DataFrame:
        """Domestic-substitution gap per category, highest first.

        One row per category that has suppliers (itself or its subtypes) or dependents. Components,
        all in [0, 1] (see :mod:`computekg.queries._gaps`):

        - ``foreign``: market evidence first — the larger of (max market share of one foreign company
          in the category / 100) and (1 - localization rate / 100) (``foreign_source`` = ``'share'`` or
          ``'localization'``); else (n_foreign + 0.5) / (n_domestic + n_foreign + 1) over suppliers
          with a known country, incl. subtypes (``'suppliers'``); else 0.5 (``'prior'``).
        - ``low_localization``: 1 - localization rate / 100 (the category's latest reported rate, not
          inherited; targets are shown in ``localization_target`` but not scored), else = ``foreign``.
        - ``export_control``: 1.0 if a RESTRICTS fact hits the category or a model INSTANCE_OF it;
          0.5 if it only hits a supertype or a subtype (or a subtype's model); else 0.
        - ``own_risk`` = (0.35 foreign + 0.20 low_localization + 0.25 export_control) / 0.80.
        - ``upstream_risk`` = max over categories d it transitively DEPENDS_ON (shortest distance k) of
          0.8**k * own_risk(d); ``upstream_from``/``upstream_depth`` name d and k.

        ``gap_score = 0.35 foreign + 0.20 low_localization + 0.25 export_control + 0.20 upstream_risk``.
        Sorted by gap_score (rounded to 6 places) descending, then category name. ``facts`` lists the ids
        of the share, localization, RESTRICTS and DEPENDS_ON facts used. ``max_names`` truncates the
        supplier name lists (counts stay exact).
        """
        tax = self._tax
        comps = self._all_components
        risks = {cid: c["own_risk"] for cid, c in comps.items()}
        rows = []
        for cid, comp in comps.items():
            rolled = comp["rolled"]
            n_sup = sum(len(v) for v in rolled.values())
            has_dependents = cid in tax.depends and tax.depends.in_degree(cid) > 0
            if n_sup == 0 and not has_dependents:
                continue
            up, up_from, up_depth = _gaps.upstream_risk(tax.depends, risks, cid)
            facts: list[str] = []
            share, rate, target = comp["share"], comp["rate"], comp["target"]
            if share:
                facts.append(share["fact_id"])
            if rate:
                facts.append(rate["fact_id"])
            facts += [r["fact_id"] for r in comp["restrictions"]]
            if up_from is not None and up > 0:
                path = nx.shortest_path(tax.depends, cid, up_from)
                facts += [tax.depends.edges[a, b].get("fact_id") for a, b in zip(path, path[1:], strict=False)]
            dom = sorted(_name_of(i) for i in rolled[True])
            fgn = sorted(_name_of(i) for i in rolled[False])
            score = _gaps.gap_score(comp["foreign"], comp["low_localization"], comp["export_control"], up)
            rows.append(
                {
                    **self._cat_cols(cid),
                    "n_domestic": len(dom),
                    "domestic_suppliers": dom[:max_names] if max_names is not None else dom,
                    "n_foreign": len(fgn),
                    "foreign_suppliers": fgn[:max_names] if max_names is not None else fgn,
                    "n_unknown": len(rolled[None]),
                    "foreign_share": share["value"] if share else None,
                    "foreign_share_company": share["company"] if share else None,
                    "foreign_share_year": share["year"] if share else None,
                    "foreign_share_scope": share["scope"] if share else None,
                    "foreign_share_doc": share["doc"] if share else None,
                    "foreign_shares": _fmt_shares(self._stats["all_shares"].get(cid, [])),
                    "top_foreign_supplier": self._top_foreign(cid, comp),
                    "localization_rate": rate["value"] if rate else None,
                    "localization_qualifier": rate["qualifier"] if rate else None,
                    "localization_year": rate["year"] if rate else None,
                    "localization_doc": rate["doc"] if rate else None,
                    "localization_target": _fmt_target(target),
                    "export_controls": [_fmt_restriction(r) for r in comp["restrictions"]],
                    "export_control_date": min((r["date"] for r in comp["restrictions"] if r.get("date")), default=None),
                    "foreign": round(comp["foreign"], 6),
                    "foreign_source": comp["foreign_source"],
                    "low_localization": round(comp["low_localization"], 6),
                    "export_control": comp["export_control"],
                    "own_risk": round(comp["own_risk"], 6),
                    "upstream_risk": round(up, 6),
                    "upstream_from": tax.name(up_from) if up_from and up > 0 else None,
                    "upstream_depth": up_depth if up > 0 else None,
                    "gap_score": round(score, 6),
                    "facts": [f for f in facts if f],
                    "category_id": cid,
                }
            )
        df = pd.DataFrame(rows, columns=_GAP_COLUMNS)
        return df.sort_values(["gap_score", "category"], ascending=[False, True], kind="stable").reset_index(
            drop=True
        )

    # -- chokepoints -------------------------------------------------------------------------------------

    def chokepoints(self, top: int | None = 10) -> pd.DataFrame:
        """Categories whose loss reaches the most downstream categories, weighted by foreign dominance.

        ``n_downstream`` = number of categories that transitively DEPENDS_ON the category or any of its
        subtypes (losing a category loses its subtypes); ``chokepoint_score = n_downstream * foreign``
        (``foreign`` as in :meth:`substitution_gaps`). Only categories with n_downstream > 0. Sorted by
        score desc, n_downstream desc, name.
        """
        tax = self._tax
        rev = tax.depends
        rows = []
        for cid in tax.categories:
            sources = {cid} | tax.subtypes(cid)
            down: set[str] = set()
            for s in sources:
                down |= nx.ancestors(rev, s)
            down -= sources
            if not down:
                continue
            comp = self._all_components[cid]
            rows.append(
                {
                    **self._cat_cols(cid),
                    "n_downstream": len(down),
                    "downstream": sorted(tax.name(d) for d in down),
                    "foreign": round(comp["foreign"], 6),
                    "foreign_source": comp["foreign_source"],
                    "n_domestic": len(comp["rolled"][True]),
                    "n_foreign": len(comp["rolled"][False]),
                    "top_foreign_supplier": self._top_foreign(cid, comp),
                    "export_control": comp["export_control"],
                    "chokepoint_score": round(len(down) * comp["foreign"], 6),
                    "category_id": cid,
                }
            )
        cols = [
            "category",
            "name_zh",
            "name_en",
            "segment",
            "n_downstream",
            "downstream",
            "foreign",
            "foreign_source",
            "n_domestic",
            "n_foreign",
            "top_foreign_supplier",
            "export_control",
            "chokepoint_score",
            "category_id",
        ]
        df = pd.DataFrame(rows, columns=cols)
        df = df.sort_values(
            ["chokepoint_score", "n_downstream", "category"], ascending=[False, False, True], kind="stable"
        ).reset_index(drop=True)
        return df.head(top) if top is not None else df

    # -- what-if -----------------------------------------------------------------------------------------

    def what_if(self, restrict: Sequence[str] | str = ("GPU",), country: str | None = "US") -> WhatIfResult:
        """Simulate an export restriction on ``restrict`` categories by ``country``.

        - cut: the restricted categories and their subtypes; ``cut_suppliers`` are their suppliers from
          ``country`` (``country=None``: all foreign suppliers).
        - exposed_categories: categories that transitively DEPENDS_ON a cut category (and subtypes of
          exposed categories, which inherit the dependency), with depth, path and the cut category reached.
        - exposed_segments: the segments of exposed categories.
        - exposed_companies: suppliers of exposed categories (any country), with depth and ``via``.
        - substitutes: domestic suppliers of each cut category (incl. its subtypes); ``cut.n_substitutes``
          is 0 where nothing domestic is known.
        """
        tax = self._tax
        names = [restrict] if isinstance(restrict, str) else list(restrict)
        country = country.upper() if country else None
        roots = [self.resolve(n, segments=False) for n in names]
        reason: dict[str, str] = {}
        for r in roots:
            reason[r] = "restricted"
        for r in roots:
            for s in sorted(tax.subtypes(r)):
                reason.setdefault(s, f"subtype of {tax.name(r)}")
        cut_ids = sorted(reason)

        if country:
            cut_sup = self._supplier_rows(cut_ids, country=country)
        else:
            cut_sup = self._supplier_rows(cut_ids, domestic=False)
        subs_domestic = self._supplier_rows(cut_ids, domestic=True)
        if country in DOMESTIC_COUNTRIES:
            subs_domestic = subs_domestic[subs_domestic["country"] != country].reset_index(drop=True)

        cut_rows = []
        for cid in cut_ids:
            cover = {cid} | tax.subtypes(cid)
            cover_names = {tax.name(c) for c in cover}
            cs = sorted(set(cut_sup.loc[cut_sup["category"].isin(cover_names), "name"]))
            ds = sorted(set(subs_domestic.loc[subs_domestic["category"].isin(cover_names), "name"]))
            cut_rows.append(
                {
                    **self._cat_cols(cid),
                    "reason": reason[cid],
                    "n_cut_suppliers": len(cs),
                    "cut_suppliers": cs,
                    "n_substitutes": len(ds),
                    "substitutes": ds,
                    "category_id": cid,
                }
            )
        cut_cols = [
            "category",
            "name_zh",
            "name_en",
            "segment",
            "reason",
            "n_cut_suppliers",
            "cut_suppliers",
            "n_substitutes",
            "substitutes",
            "category_id",
        ]
        cut = pd.DataFrame(cut_rows, columns=cut_cols)

        # exposure: reverse DEPENDS_ON plus parent→child SUBTYPE_OF (subtypes inherit dependencies)
        expo = nx.DiGraph()
        expo.add_nodes_from(tax.categories)
        for a, b in tax.depends.edges:
            expo.add_edge(b, a)
        for child, parent in tax.subtype.edges:
            if not expo.has_edge(parent, child):
                expo.add_edge(parent, child)
        paths = _bfs_paths(expo, cut_ids, None)
        exp_rows = []
        for node, path in paths.items():
            if node in reason:
                continue
            hops = sum(1 for a, b in zip(path, path[1:], strict=False) if tax.depends.has_edge(b, a))
            exp_rows.append(
                {
                    **self._cat_cols(node),
                    "depth": hops,
                    "path": [tax.name(n) for n in reversed(path)],
                    "via": tax.name(path[0]),
                    "category_id": node,
                }
            )
        exposed = pd.DataFrame(
            exp_rows, columns=["category", "name_zh", "name_en", "segment", "depth", "path", "via", "category_id"]
        )
        exposed = exposed.sort_values(["depth", "category"], kind="stable").reset_index(drop=True)

        seg_rows: dict[str, list[str]] = defaultdict(list)
        for _, row in exposed.iterrows():
            for seg in (row["segment"] or "").split("/"):
                if seg:
                    seg_rows[seg].append(row["category"])
        segments = pd.DataFrame(
            [
                {"segment": s, "n_categories": len(c), "categories": sorted(c)}
                for s, c in sorted(seg_rows.items(), key=lambda kv: (_SEGMENT_ORDER.get(kv[0], 9), kv[0]))
            ],
            columns=["segment", "n_categories", "categories"],
        )

        companies = self._supplier_rows(exposed["category_id"].tolist())
        if len(companies):
            info = exposed.set_index("category_id")
            companies["depth"] = companies["category_id"].map(info["depth"])
            companies["depends_on"] = companies["category_id"].map(info["via"])
        else:
            companies["depth"] = pd.Series(dtype="int64")
            companies["depends_on"] = pd.Series(dtype="object")
        notes = []
        if not len(cut_sup):
            notes.append(f"no supplier from {country or 'abroad'} is known for the cut categories")
        return WhatIfResult(
            restrict=[tax.name(r) for r in roots],
            country=country,
            cut=cut,
            cut_suppliers=cut_sup,
            exposed_categories=exposed,
            exposed_segments=segments,
            exposed_companies=companies,
            substitutes=subs_domestic,
            notes=notes,
        )

    # -- evidence ----------------------------------------------------------------------------------------

    def _resolve_any(self, name: str, labels: Iterable[str]) -> list[str]:
        """Ids of nodes with one of ``labels`` matching ``name`` (id, name, name_zh, name_en, alias)."""
        tax = self._tax
        ids: list[str] = []
        key = _norm(name)
        for label in sorted(set(labels)):
            if label in ("ProductCategory", "Segment"):
                ids += [i for i in tax.index.get(key, []) if i.startswith(label + ":")]
                continue
            variants = sorted({name, name.strip(), name.lower(), name.upper(), name.title()})
            for r in self._q(
                f"MATCH (n:{label}) WHERE n.id IN $v OR n.name IN $v OR n.name_zh IN $v OR n.name_en IN $v "
                "OR n.aliases CONTAINS $s "
                "RETURN n.id AS id, n.name AS name, n.name_zh AS name_zh, n.name_en AS name_en, n.aliases AS aliases",
                v=variants,
                s=name.strip(),
            ):
                keys = {_norm(v) for v in (r["id"], r["name"], r["name_zh"], r["name_en"]) if v}
                keys |= {_norm(a) for a in _split(r["aliases"])}
                if key in keys:
                    ids.append(r["id"])
        return sorted(set(ids))

    def evidence(self, subject: str, predicate: str, object: str) -> pd.DataFrame:  # noqa: A002
        """The facts ``subject -predicate-> object`` with their documents and sentences.

        Names resolve like :meth:`resolve` (aliases, Chinese names) for every entity type the predicate
        allows. One row per fact: value, unit, year, scope, qualifier, date, modality, origin, doc,
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
        sids = self._resolve_any(subject, {s.value for s, _ in pairs})
        if not sids:
            raise UnknownEntityError(f"unknown subject for {pred.value}: {subject!r}")
        oids = self._resolve_any(object, {o.value for _, o in pairs})
        if not oids:
            raise UnknownEntityError(f"unknown object for {pred.value}: {object!r}")
        rows: list[dict[str, Any]] = []
        for s_label, o_label in sorted({(s.value, o.value) for s, o in pairs}):
            # ids are ``Label:name``: only the labels of resolved ids can match
            s_ids = [i for i in sids if i.startswith(s_label + ":")]
            o_ids = [i for i in oids if i.startswith(o_label + ":")]
            if not s_ids or not o_ids:
                continue
            rows += self._q(
                f"MATCH (a:{s_label})-[r:{pred.value}]->(b:{o_label}) WHERE a.id IN $sids AND b.id IN $oids "
                "RETURN a.name AS subject, b.name AS object, r.value AS value, r.unit AS unit, r.year AS year, "
                "r.scope AS scope, r.qualifier AS qualifier, r.date AS date, r.modality AS modality, "
                "r.origin AS origin, r.doc AS doc, r.evidence AS evidence, r.span_start AS span_start, "
                "r.span_end AS span_end, r.rule AS rule, r.confidence AS confidence, r.conflict AS stored_conflict, "
                "r.fact_id AS fact_id, a.id AS subject_id, b.id AS object_id",
                sids=s_ids,
                oids=o_ids,
            )
        cols = [
            "subject",
            "predicate",
            "object",
            "value",
            "unit",
            "year",
            "scope",
            "qualifier",
            "date",
            "modality",
            "origin",
            "doc",
            "evidence",
            "span_start",
            "span_end",
            "rule",
            "confidence",
            "conflict",
            "conflict_values",
            "fact_id",
        ]
        if not rows:
            return pd.DataFrame(columns=cols)
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
            out.append(
                {
                    **{k: r[k] for k in cols if k in r},
                    "predicate": pred.value,
                    "conflict": bool(computed or r.get("stored_conflict")),
                    "conflict_values": values if computed else [],
                }
            )
        df = pd.DataFrame(out, columns=cols)
        df["_y"] = df["year"].fillna(-1)
        df["_s"] = df["scope"].fillna("")
        df["_v"] = df["value"].fillna(float("-inf"))
        df = df.sort_values(["subject", "object", "_y", "_s", "_v", "doc", "fact_id"], kind="stable")
        return df.drop(columns=["_y", "_s", "_v"]).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------------------
# helpers

_GAP_COLUMNS = [
    "category",
    "name_zh",
    "name_en",
    "segment",
    "n_domestic",
    "domestic_suppliers",
    "n_foreign",
    "foreign_suppliers",
    "n_unknown",
    "foreign_share",
    "foreign_share_company",
    "foreign_share_year",
    "foreign_share_scope",
    "foreign_share_doc",
    "foreign_shares",
    "top_foreign_supplier",
    "localization_rate",
    "localization_qualifier",
    "localization_year",
    "localization_doc",
    "localization_target",
    "export_controls",
    "export_control_date",
    "foreign",
    "foreign_source",
    "low_localization",
    "export_control",
    "own_risk",
    "upstream_risk",
    "upstream_from",
    "upstream_depth",
    "gap_score",
    "facts",
    "category_id",
]


def _graph_api():
    """(open_store, write_database) from the graph layer's public API (module paths as fallback)."""
    try:
        from computekg.graph import open_store, write_database
    except ImportError:
        from computekg.graph.atomic import write_database
        from computekg.graph.base import open_store
    return open_store, write_database


_SEP = "\x01"  # field separator of the evidence key (never in doc names or spans)


def _parse_evidence_key(key: str | None) -> dict[str, Any]:
    """doc, evidence, span_start, span_end from a :meth:`ChainGraph._evidence_key` string."""
    if key is None:
        return dict.fromkeys(("doc", "evidence", "span_start", "span_end"))
    _, _, _, doc, start, end, sentence = key.split(_SEP, 6)

    def raw(v: str) -> str | None:
        return v[1:] if v else None

    return {
        "doc": raw(doc),
        "evidence": raw(sentence),
        "span_start": None if not start else int(start[1:]),
        "span_end": None if not end else int(end[1:]),
    }


def _share_rank(r: dict[str, Any]) -> tuple:
    """Sort key for share facts: reported before forecast/target, then latest year, then largest value."""
    return (
        bool(r.get("modality")),
        -(r.get("year") or 0),
        -(r.get("value") or 0.0),
        r.get("company_id") or "",
        r.get("fact_id") or "",
    )


def _fmt_target(r: dict[str, Any] | None) -> str | None:
    if not r:
        return None
    q = r.get("qualifier") or ""
    year = f" ({r['year']})" if r.get("year") else ""
    return f"{q}{r['value']:g}%{year} [{r.get('modality')}]"


def _fmt_restriction(r: dict[str, Any]) -> str:
    date = r.get("date") or (str(r["year"]) if r.get("year") else "")
    rel = "" if r["relation"] == "self" else f" ({r['relation']})"
    return f"{r['policy']} → {r['target']}{rel}" + (f" {date}" if date else "")


def _bfs_paths(graph: nx.DiGraph, sources: Iterable[str], depth: int | None) -> dict[str, list[str]]:
    """Shortest path (list of nodes, starting at a source) to everything reachable; deterministic
    (sources and neighbours visited in sorted order)."""
    paths: dict[str, list[str]] = {}
    frontier = []
    for s in sorted(set(sources)):
        if s in graph and s not in paths:
            paths[s] = [s]
            frontier.append(s)
    level = 0
    while frontier and (depth is None or level < depth):
        nxt = []
        for node in frontier:
            for nb in sorted(graph.successors(node)):
                if nb not in paths:
                    paths[nb] = [*paths[node], nb]
                    nxt.append(nb)
        frontier = nxt
        level += 1
    return paths


def _fmt_shares(rows: list[dict[str, Any]]) -> list[str]:
    """Every reported foreign share of a category, side by side with its source (values are not merged).

    >>> _fmt_shares([{"company": "Intel", "value": 70.77, "year": 2022, "doc": "a.txt", "modality": None}])
    ['Intel 70.77% (2022, a.txt)']
    """
    out = []
    for r in sorted(rows, key=lambda r: (-(r["value"] or 0), r["company"] or "", r["doc"] or "")):
        when = f"{r['year']}, " if r.get("year") else ""
        out.append(f"{r['company']} {r['value']:g}% ({when}{r['doc']})")
    return out
