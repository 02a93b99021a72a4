"""``docs/schema.md`` and the tables of ``computekg schema``, both made from :mod:`computekg.graph.schema`
(a test checks that the committed file equals :func:`markdown`)."""

from __future__ import annotations

from typing import Any

from computekg.ontology import ENTITY_PROPERTIES

from .schema import CATEGORY_STATS, DERIVED_CATEGORY_PROPERTIES, SUPPLIER_OF, derived_rels, describe

_INTRO = """\
# The graph schema

Generated from `graph/schema.py` by `computekg schema --markdown --out docs/schema.md` (a test checks
that this file is current). `computekg schema --db PATH` prints the same with the counts of a database;
in Cypher, `CALL db.labels()`, `CALL db.relationshipTypes()` and `CALL db.schema.visualization()`.

Every node has the primary key `id` = `Label:name` (`Company:海光信息`). List properties are real lists
(`STRING[]`): `MATCH (c:Company) WHERE 'Nvidia' IN c.aliases RETURN c.name`.
"""

_PAIRS = """\
## Why one pair of nodes can carry several relationships

A relationship is **one fact**, not one link: each carries its own provenance (`doc`, `evidence`,
`span_start`/`span_end`, `rule`, `confidence`, `origin`). So

- the same statement read in three documents is three `SUPPLIES` relationships between the same
  company and category (`fact_id` differs because the document does);
- a curated reference row (`origin: reference`, e.g. the DEPENDS_ON backbone from `ontology/*.csv`) and
  a document sentence saying the same thing are two relationships;
- conflicting values (`HAS_MARKET_SHARE` 70.8 and 70.77) stay side by side, flagged `conflict`.

To see one row per pair, collapse them in the query:

```cypher
MATCH (c:Company)-[r:SUPPLIES]->(p:ProductCategory)
RETURN c.name AS company, p.name AS category, count(r) AS facts,
       collect(DISTINCT r.doc) AS documents, max(r.confidence) AS confidence
ORDER BY facts DESC
```

or read the derived `SUPPLIER_OF` table, which the build fills with exactly that (one relationship per
supplier and category, including market shares and model-level supply, with the best evidence):

```cypher
MATCH (c:Company)-[s:SUPPLIER_OF]->(p:ProductCategory {name: 'GPU'})
RETURN c.name, s.n_facts, s.share, s.evidence ORDER BY s.n_facts DESC
```
"""


def _props(props: dict[str, str]) -> str:
    return ", ".join(f"`{k}` {t}" for k, t in props.items())


def markdown() -> str:
    """The text of ``docs/schema.md``."""
    d = describe()
    lines = [_INTRO, "## Node labels", "",
             f"Every entity label has the same properties: {_props(ENTITY_PROPERTIES)}.", "",
             "| label | kind |", "|---|---|"]
    lines += [f"| `{n['label']}` | {n['kind']} |" for n in d["nodes"]]
    fact_props = next(r["properties"] for r in d["relationships"] if r["kind"] == "fact")
    lines += ["", "## Relationship types", "",
              f"Every **fact** relationship has {_props(fact_props)}.", "",
              "| type | kind | from → to |", "|---|---|---|"]
    for r in d["relationships"]:
        pairs = "<br>".join(f"`{p['from']}` → `{p['to']}`" for p in r["pairs"])
        lines.append(f"| `{r['type']}` | {r['kind']} | {pairs} |")
    lines += ["", "`MENTIONED_IN` has one property, `count` INT64: the facts of that document the entity "
                  "takes part in.", "", _PAIRS, _derived(), ""]
    return "\n".join(lines)


def _derived() -> str:
    lines = ["## Derived data (recomputed by every build, never exported)", "",
             "Aggregates the analysis questions read instead of scanning every fact "
             "(`computekg/queries/materialize.py`).", "",
             f"`{CATEGORY_STATS}`: one node per product category (not on the category node itself, so that "
             "paths through categories stay light):", "", "| property | type | meaning |", "|---|---|---|"]
    lines += [f"| `{k}` | {t} | {m} |" for k, (t, m) in DERIVED_CATEGORY_PROPERTIES.items()]
    meaning = {SUPPLIER_OF: "one per (supplier, category) and (supplier, segment): the facts collapsed",
               "DOMESTIC_SUPPLIER_OF": "one per (Chinese company, category it or a subtype is supplied with)",
               "CONTROL": "one per (policy, restricted item, date): what the control exposes"}
    for name, spec in derived_rels().items():
        pairs = ", ".join(f"`{s}` → `{o}`" for s, o in spec["pairs"])
        lines += ["", f"`{name}` ({pairs}), {meaning.get(name, '')}:", "",
                  "| property | type | meaning |", "|---|---|---|"]
        lines += [f"| `{k}` | {t} | {m} |" for k, (t, m) in spec["doc"].items()]
    return "\n".join(lines)


def schema_rows(store: Any) -> dict[str, list[dict[str, Any]]]:
    """The tables ``computekg schema`` prints: labels and (type, from, to) pairs, with counts."""
    d = describe(store)
    nodes = [{"label": n["label"], "count": n["count"], "properties": list(n["properties"])} for n in d["nodes"]]
    rels = [{"type": r["type"], "kind": r["kind"], "from": p["from"], "to": p["to"], "count": p["count"],
             "properties": list(r["properties"])}
            for r in d["relationships"] for p in r["pairs"]]
    return {"nodes": nodes, "relationships": rels}
