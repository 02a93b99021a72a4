"""Layout helpers of the HTML view: segments per node, precomputed positions, components.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_edge("a", "b"); g.add_node("c")
>>> components(g)
({'a', 'b'}, {'c'})
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import numpy as np

from computekg.ontology import Entity, EntityType


def components(g: nx.MultiDiGraph) -> tuple[set[str], set[str]]:
    """The largest connected component (edge direction ignored) and the isolated nodes.

    The page starts zoomed on the first and hides the second (a toggle shows them)."""
    isolated = {n for n in g.nodes if g.degree(n) == 0 or set(nx.all_neighbors(g, n)) <= {n}}
    parts = [c for c in nx.weakly_connected_components(g) if not c <= isolated]
    main = max(parts, key=lambda c: (len(c), min(c))) if parts else set()
    return set(main), isolated


def segments(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Segments of every node: categories carry ``attrs['segment']``; others inherit from neighbours."""
    seg: dict[str, set[str]] = defaultdict(set)
    und = g.to_undirected(as_view=True)
    for nid, d in g.nodes(data=True):
        e: Entity = d["entity"]
        if e.type == EntityType.SEGMENT:
            seg[nid].add(e.name)
        elif e.type == EntityType.PRODUCT_CATEGORY:
            s = e.attrs.get("segment")
            for v in [s] if isinstance(s, str) else list(s or []):
                if v:
                    seg[nid].add(str(v))
    # categories without the attribute: their PART_OF_SEGMENT neighbour
    for nid, d in g.nodes(data=True):
        if d["entity"].type == EntityType.PRODUCT_CATEGORY and not seg[nid]:
            for m in und[nid]:
                if g.nodes[m]["entity"].type == EntityType.SEGMENT:
                    seg[nid].add(g.nodes[m]["entity"].name)
    core = {EntityType.SEGMENT, EntityType.PRODUCT_CATEGORY}
    for nid, d in g.nodes(data=True):  # product models from their categories
        if d["entity"].type == EntityType.PRODUCT_MODEL:
            for m in und[nid]:
                if g.nodes[m]["entity"].type in core:
                    seg[nid] |= seg[m]
    core.add(EntityType.PRODUCT_MODEL)
    for nid, d in g.nodes(data=True):  # everything else from adjacent categories / models
        if d["entity"].type not in core:
            for m in und[nid]:
                if g.nodes[m]["entity"].type in core:
                    seg[nid] |= seg[m]
    return {n: sorted(s) for n, s in seg.items() if s}


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fast O(E) layout: one ring sector per entity type, then a few neighbour-averaging sweeps.

    Good enough as the final layout for big graphs (physics off) and as a start for small ones.
    """
    ids = list(g.nodes)
    n = len(ids)
    if n == 0:
        return {}
    rng = np.random.default_rng(seed)
    index = {nid: i for i, nid in enumerate(ids)}
    by_type: dict[str, list[int]] = defaultdict(list)
    for nid, d in g.nodes(data=True):
        by_type[str(d["entity"].type)].append(index[nid])
    radius = 60.0 * np.sqrt(n) + 100.0
    pos = np.zeros((n, 2))
    start = 0.0
    for _typ, members in sorted(by_type.items()):
        width = 2 * np.pi * len(members) / n
        ang = start + rng.uniform(0.05, 0.95, len(members)) * width
        rad = radius * np.sqrt(rng.uniform(0.15, 1.0, len(members)))
        pos[members, 0] = rad * np.cos(ang)
        pos[members, 1] = rad * np.sin(ang)
        start += width
    src = np.fromiter((index[u] for u, _v in g.edges()), dtype=np.int64, count=g.number_of_edges())
    dst = np.fromiter((index[v] for _u, v in g.edges()), dtype=np.int64, count=g.number_of_edges())
    keep = src != dst
    src, dst = src[keep], dst[keep]
    if len(src):
        deg = np.bincount(np.concatenate([src, dst]), minlength=n).astype(float)
        has = deg > 0
        anchor = pos.copy()
        for _ in range(12):
            acc = np.zeros_like(pos)
            np.add.at(acc, src, pos[dst])
            np.add.at(acc, dst, pos[src])
            mean = acc[has] / deg[has, None]
            # pull towards neighbours, keep some of the type-sector anchor so the picture doesn't collapse
            pos[has] = 0.45 * pos[has] + 0.4 * mean + 0.15 * anchor[has]
        pos += rng.normal(0.0, 8.0, pos.shape)  # separate exact overlaps
    return {nid: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for nid, i in index.items()}
