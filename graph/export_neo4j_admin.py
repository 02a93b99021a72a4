"""CSV files for ``neo4j-admin database import full`` plus an ``import.sh`` that runs it.

One ``nodes_<Label>.csv`` per label (``id:ID,:LABEL,...``) and one ``rels_<TYPE>.csv`` per
relationship type (``:START_ID,:END_ID,:TYPE,...``). Node ids (``Type:name``) are globally unique,
so a single ID space is used. Empty unquoted fields are read as NULL by neo4j-admin. List properties
(``aliases``, ``docs``) are ``string[]`` columns joined with ``|`` (``--array-delimiter``).
"""

from __future__ import annotations

import csv
import shlex
from pathlib import Path

from computekg.ontology import ENTITY_PROPERTIES, FACT_PROPERTIES, Entity, Fact

from .rows import MENTIONED_IN, graph_rows

_TYPE_SUFFIX = {"STRING": "", "STRING[]": ":string[]", "BOOLEAN": ":boolean", "INT64": ":long", "DOUBLE": ":double"}
ARRAY_DELIMITER = "|"  # passed to neo4j-admin with --array-delimiter


def _cell(v: object) -> object:
    if isinstance(v, list):
        return ARRAY_DELIMITER.join(str(x) for x in v)
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


def export_neo4j_admin(entities: list[Entity], facts: list[Fact], out: Path) -> Path:
    """Write the CSVs and ``import.sh`` into the folder ``out``; returns the folder."""
    out.mkdir(parents=True, exist_ok=True)
    rows = graph_rows(entities, facts)
    node_files, rel_files = [], []
    props = [k for k in ENTITY_PROPERTIES if k != "id"]
    for label, node_rows in sorted(rows.nodes.items()):
        name = f"nodes_{label}.csv"
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["id:ID", ":LABEL", *(k + _TYPE_SUFFIX[ENTITY_PROPERTIES[k]] for k in props)])
            for r in node_rows:
                w.writerow([r["id"], label, *(_cell(r[k]) for k in props)])
        node_files.append(name)
    for rtype, by_pair in sorted(rows.rels.items()):
        schema = {"count": "INT64"} if rtype == MENTIONED_IN else FACT_PROPERTIES
        name = f"rels_{rtype}.csv"
        with open(out / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([":START_ID", ":END_ID", ":TYPE", *(k + _TYPE_SUFFIX[t] for k, t in schema.items())])
            for rel_rows in by_pair.values():
                for r in rel_rows:
                    w.writerow([r["src"], r["dst"], rtype, *(_cell(r.get(k)) for k in schema)])
        rel_files.append(name)
    args = [f"--nodes={f}" for f in node_files] + [f"--relationships={f}" for f in rel_files]
    script = "\n".join([
        "#!/bin/sh",
        "# Import into a stopped Neo4j: sh import.sh [database]  (default database: neo4j)",
        'set -e\ncd "$(dirname "$0")"',
        "neo4j-admin database import full --overwrite-destination=true --multiline-fields=true \\",
        f"  --array-delimiter={shlex.quote(ARRAY_DELIMITER)} \\",
        *(f"  {shlex.quote(a)} \\" for a in args),
        '  "${1:-neo4j}"',
        "",
    ])
    (out / "import.sh").write_text(script, encoding="utf-8")
    (out / "import.sh").chmod(0o755)
    return out
