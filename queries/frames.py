"""The whole graph as two DataFrames: nodes and relationships (``ChainGraph.to_frames()``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from computekg.graph.schema import CATEGORY_STATS, node_labels, node_properties, rel_types
from computekg.ontology import ENTITY_PROPERTIES

if TYPE_CHECKING:
    import pandas as pd


def graph_frames(store: Any, *, derived: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(nodes, relationships): nodes with ``label`` and their properties, relationships with ``src``,
    ``dst``, ``type`` and their properties. The derived ``CategoryStats`` nodes and ``SUPPLIER_OF``
    relationships only with ``derived=True``."""
    import pandas as pd

    nodes: list[dict[str, Any]] = []
    for label in node_labels():
        if label == CATEGORY_STATS and not derived:
            continue
        cols = ", ".join(f"n.{k} AS {k}" for k in node_properties(label))
        for r in store.query(f"MATCH (n:{label}) RETURN {cols} ORDER BY n.id", timeout=None):
            nodes.append({"id": r["id"], "label": label, **{k: v for k, v in r.items() if k != "id"}})
    rels: list[dict[str, Any]] = []
    for rtype, spec in rel_types().items():
        if spec["kind"] == "derived" and not derived:
            continue
        cols = ", ".join(f"r.{k} AS {k}" for k in spec["properties"])
        q = f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id AS src, b.id AS dst, {cols}"
        rels += [{"src": r["src"], "dst": r["dst"], "type": rtype, **{k: v for k, v in r.items() if k not in ("src", "dst")}}
                 for r in store.query(q, timeout=None)]
    node_cols = ["id", "label", *[k for k in ENTITY_PROPERTIES if k != "id"]]
    if derived:
        node_cols += [k for k in node_properties(CATEGORY_STATS) if k not in node_cols]
    rel_cols = ["src", "dst", "type"] + list(dict.fromkeys(k for spec in rel_types().values()
                                                         if derived or spec["kind"] != "derived"
                                                         for k in spec["properties"]))
    return pd.DataFrame(nodes, columns=node_cols), pd.DataFrame(rels, columns=rel_cols)
