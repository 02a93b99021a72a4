"""The category-level backbone in memory: categories, segments, SUBTYPE_OF, DEPENDS_ON, names.

It is small at every scale (≈ 200 categories and a few hundred edges at 10 M relationships), so
:class:`ChainGraph` pulls it with five library queries the first time a call needs it and keeps it.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

SEGMENT_ZH = {"上游": "Upstream", "中游": "Midstream", "下游": "Downstream"}
SEGMENT_ORDER = {"Upstream": 0, "Midstream": 1, "Downstream": 2, "SupportLayer": 3}

Runner = Callable[..., list[dict[str, Any]]]  # run(name, **params) -> rows of a library query


class UnknownEntityError(LookupError):
    """A name that resolves to no category/segment/entity in the graph."""

    def __str__(self) -> str:  # KeyError-style quoting is noise in CLI messages
        return str(self.args[0]) if self.args else ""


def norm(text: str) -> str:
    # str.split() splits on exactly the characters ``\s`` matches (``str.isspace``), and is faster
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def name_of(node_id: str) -> str:
    return node_id.split(":", 1)[1] if ":" in node_id else node_id


@dataclass
class Taxonomy:
    """The category-level backbone in memory."""

    categories: dict[str, dict[str, Any]]  # id -> {name, name_zh, name_en, aliases, segment, attrs}
    segments: dict[str, dict[str, Any]]  # id -> {name, name_zh, name_en, aliases}
    subtype: nx.DiGraph  # child -> parent (SUBTYPE_OF), edge attr fact_id
    depends: nx.DiGraph  # a -> b when a DEPENDS_ON b, edge attr fact_id
    segment_members: dict[str, set[str]]  # segment id -> category ids (PART_OF_SEGMENT or `segment` prop)
    index: dict[str, list[str]]  # normalised name -> ids (categories and segments)
    part_of_segment: dict[str, set[str]] = field(default_factory=dict)  # segment id -> PART_OF_SEGMENT edges only

    def supertypes(self, cid: str) -> set[str]:
        return nx.descendants(self.subtype, cid) if cid in self.subtype else set()

    def subtypes(self, cid: str) -> set[str]:
        return nx.ancestors(self.subtype, cid) if cid in self.subtype else set()

    def name(self, cid: str) -> str:
        info = self.categories.get(cid) or self.segments.get(cid)
        return info["name"] if info else name_of(cid)

    def segment_of(self, cid: str) -> list[str]:
        """Segment names of a category: own membership, else the nearest supertype's."""
        own = self.segment_of_direct(cid)
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
            key=lambda n: (SEGMENT_ORDER.get(n, 9), n),
        )

    def cat_cols(self, cid: str) -> dict[str, Any]:
        """The leading columns of every per-category table."""
        c = self.categories.get(cid, {})
        return {"category": self.name(cid), "name_zh": c.get("name_zh"), "name_en": c.get("name_en"),
                "segment": "/".join(self.segment_of(cid)) or None}

    def resolve(self, name: str, *, segments: bool = True) -> str:
        """The node id of a category (or segment) given its name, alias, Chinese name or id.

        Exact canonical names win over aliases; among several categories the one whose canonical
        name/name_zh/name_en matches is preferred. Raises :class:`UnknownEntityError`.
        """
        node = self.resolve_key(norm(name), segments=segments)
        if node is None:
            raise UnknownEntityError(f"unknown category or segment: {name!r}")
        return node

    def resolve_key(self, key: str, *, segments: bool = True) -> str | None:
        """:meth:`resolve` of a normalised name (``None`` if nothing has it)."""
        ids = [i for i in self.index.get(key, []) if segments or i in self.categories]
        if not ids:
            return None

        def rank(node_id: str) -> tuple:
            info = self.categories.get(node_id) or self.segments[node_id]
            canonical = any(norm(v) == key for v in (node_id, info["name"], info.get("name_zh"), info.get("name_en"))
                            if v)
            return (not canonical, node_id not in self.categories, node_id)

        return sorted(ids, key=rank)[0]

    def category_set(self, name: str) -> tuple[str, set[str]]:
        """Resolve ``name`` and return (id, categories it covers: itself + subtypes, or a segment's)."""
        node = self.resolve(name)
        if node in self.segments:
            covered: set[str] = set()
            for cid in self.segment_members.get(node, set()):
                covered |= {cid} | self.subtypes(cid)
            return node, covered
        return node, {node} | self.subtypes(node)


def load_taxonomy(run: Runner) -> Taxonomy:
    """Pull the backbone with the ``backbone_*`` library queries."""
    cats: dict[str, dict[str, Any]] = {}
    for r in run("backbone_categories"):
        attrs: dict[str, Any] = {}
        if r.get("attrs"):
            try:
                attrs = json.loads(r["attrs"])
            except (TypeError, ValueError):
                attrs = {}
        cats[r["id"]] = {**r, "aliases": list(r.get("aliases") or []), "attrs": attrs}
    segs = {r["id"]: {**r, "aliases": list(r.get("aliases") or [])} for r in run("backbone_segments")}
    subtype = nx.DiGraph()
    subtype.add_nodes_from(cats)
    for r in run("backbone_subtype_of"):
        subtype.add_edge(r["a"], r["b"], fact_id=r["fact_id"])
    depends = nx.DiGraph()
    depends.add_nodes_from(cats)
    for r in sorted(run("backbone_depends_on"), key=lambda r: (r["a"], r["b"], r["fact_id"] or "")):
        if not depends.has_edge(r["a"], r["b"]):
            depends.add_edge(r["a"], r["b"], fact_id=r["fact_id"])
    index = _name_index(cats, segs)
    members: dict[str, set[str]] = defaultdict(set)
    part_of: dict[str, set[str]] = defaultdict(set)
    for r in run("backbone_segment_members"):
        members[r["seg"]].add(r["cat"])
        part_of[r["seg"]].add(r["cat"])
    for cid, c in cats.items():
        seg = c.get("segment") or c["attrs"].get("segment")
        if seg:
            for sid in index.get(norm(seg), []):
                if sid in segs:
                    members[sid].add(cid)
    # categories after segments so a category named like a segment still wins on lookup order
    for cid, c in cats.items():
        _add_keys(index, cid, (cid, c["name"], c.get("name_zh"), c.get("name_en"), *c["aliases"]))
    return Taxonomy(cats, segs, subtype, depends, dict(members), dict(index), dict(part_of))


def _add_keys(index: dict[str, list[str]], node_id: str, keys: Iterable[str | None]) -> None:
    for key in keys:
        if key:
            ids = index[norm(key)]
            if node_id not in ids:
                ids.append(node_id)


def _name_index(cats: dict[str, dict[str, Any]], segs: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for sid, s in segs.items():
        _add_keys(index, sid, (sid, s["name"], s.get("name_zh"), s.get("name_en"), *s["aliases"]))
    for zh, en in SEGMENT_ZH.items():
        sid = f"Segment:{en}"
        if sid in segs:
            _add_keys(index, sid, (zh,))
    return index


def bfs_paths(graph: nx.DiGraph, sources: Iterable[str], depth: int | None) -> dict[str, list[str]]:
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
