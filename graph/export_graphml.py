"""GraphML export through networkx (a MultiDiGraph; only scalar attributes, no None; lists as JSON arrays)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from computekg.ontology import Entity, Fact

from .rows import graph_rows


def _scalar(v: object) -> object:
    """GraphML has no list type: a list property (``aliases``, ``docs``) is written as a JSON array."""
    return json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v


def to_networkx(entities: Iterable[Entity], facts: Iterable[Fact]) -> nx.MultiDiGraph:
    """Same nodes (incl. stubs and documents) and relationships as the stores hold."""
    rows = graph_rows(entities, facts)
    g = nx.MultiDiGraph()
    for label, node_rows in rows.nodes.items():
        for r in node_rows:
            g.add_node(r["id"], label=label, **{k: _scalar(v) for k, v in r.items() if v is not None and k != "id"})
    for rtype, by_pair in rows.rels.items():
        for rel_rows in by_pair.values():
            for r in rel_rows:
                attrs = {k: v for k, v in r.items() if v is not None and k not in ("src", "dst")}
                key = r.get("fact_id") or f"{rtype}:{r['src']}->{r['dst']}"
                g.add_edge(r["src"], r["dst"], key=key, type=rtype, **attrs)
    return g


def export_graphml(entities: list[Entity], facts: list[Fact], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(to_networkx(entities, facts), str(out), encoding="utf-8")
    return out
