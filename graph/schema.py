"""The property-graph schema every store holds, in one place: what the DDL is made from, what
``computekg schema`` prints, what ``docs/schema.md`` says and what ``CALL db.labels()`` reports.

Three kinds of relationship: one per **fact** (a predicate of the ontology, with provenance),
``MENTIONED_IN`` (entity → document), and **derived** tables that every build recomputes from the
facts (:mod:`computekg.queries.materialize`) so that the analysis questions read an aggregate
instead of scanning every fact. Derived data is never edited by hand and never exported.
"""

from __future__ import annotations

from typing import Any

from computekg.ontology import DOMAIN_RANGE, ENTITY_PROPERTIES, FACT_PROPERTIES, EntityType, Predicate

from .rows import MENTIONED_IN

SUPPLIER_OF = "SUPPLIER_OF"
DOMESTIC_SUPPLIER_OF = "DOMESTIC_SUPPLIER_OF"
CONTROL = "CONTROL"
CATEGORY_STATS = "CategoryStats"  # one derived node per product category (kept off the category node, so
# that paths through categories stay light: ``nodes(p)`` carries every property of every node)
_PC, _SEG = EntityType.PRODUCT_CATEGORY.value, EntityType.SEGMENT.value
_SUPPLIERS = (EntityType.COMPANY.value, EntityType.COMPANY_GROUP.value)

# CategoryStats properties written by the build (one node per category; lists are names).
DERIVED_CATEGORY_PROPERTIES: dict[str, tuple[str, str]] = {
    "id": ("STRING", "the category's id (ProductCategory:GPU)"),
    "category": ("STRING", "the category's name"),
    "name_zh": ("STRING", "its Chinese name"),
    "name_en": ("STRING", "its English name"),
    "subtypes": ("STRING[]", "every transitive subtype (SUBTYPE_OF, inverse)"),
    "supertypes": ("STRING[]", "every transitive supertype"),
    "segments": ("STRING[]", "chain segments: its own PART_OF_SEGMENT / `segment`, else its nearest supertype's"),
    "exposed_categories": ("STRING[]", "categories that DEPENDS_ON it within 6 hops"),
    "direct_domestic_suppliers": ("INT64", "companies with a SUPPLIES fact to it, domestic"),
    "direct_foreign_suppliers": ("INT64", "… foreign"),
    "direct_unknown_suppliers": ("INT64", "… country unknown"),
    "direct_foreign_share": ("DOUBLE", "sum of HAS_MARKET_SHARE values of foreign holders"),
    "direct_domestic_share": ("DOUBLE", "sum of HAS_MARKET_SHARE values of domestic holders"),
    "in_gap_table": ("BOOLEAN", "has suppliers (itself or subtypes) or dependents: a row of the gap table"),
    "n_domestic": ("INT64", "domestic suppliers, subtypes rolled up"),
    "domestic_suppliers": ("STRING[]", "their names"),
    "n_foreign": ("INT64", "foreign suppliers, subtypes rolled up"),
    "foreign_suppliers": ("STRING[]", "their names"),
    "n_unknown": ("INT64", "suppliers of unknown country"),
    "foreign_share": ("DOUBLE", "best foreign market share (reported before forecast, latest, largest)"),
    "foreign_share_company": ("STRING", "its holder"),
    "foreign_share_year": ("INT64", "its year"),
    "foreign_share_scope": ("STRING", "its scope"),
    "foreign_share_doc": ("STRING", "its document"),
    "foreign_shares": ("STRING[]", "every reported foreign share with year and document"),
    "top_foreign_supplier": ("STRING", "largest foreign supplier (share, else evidence count)"),
    "localization_rate": ("DOUBLE", "latest reported localization rate (%)"),
    "localization_qualifier": ("STRING", "its qualifier (约, 不足, …)"),
    "localization_year": ("INT64", "its year"),
    "localization_doc": ("STRING", "its document"),
    "localization_target": ("STRING", "latest target or forecast, formatted"),
    "export_controls": ("STRING[]", "RESTRICTS facts touching it (self, supertype, subtype)"),
    "export_control_date": ("STRING", "earliest control date"),
    "foreign": ("DOUBLE", "gap component: foreign dominance"),
    "foreign_source": ("STRING", "share | localization | suppliers | prior"),
    "low_localization": ("DOUBLE", "gap component"),
    "export_control": ("DOUBLE", "gap component: 1.0 direct, 0.5 related, 0"),
    "own_risk": ("DOUBLE", "(0.35 foreign + 0.20 low_localization + 0.25 export_control) / 0.8"),
    "upstream_risk": ("DOUBLE", "gap component: max 0.8^hops × own_risk upstream"),
    "upstream_from": ("STRING", "where the upstream risk comes from"),
    "upstream_depth": ("INT64", "how many DEPENDS_ON hops away"),
    "gap_score": ("DOUBLE", "0.35 foreign + 0.20 low_localization + 0.25 export_control + 0.20 upstream_risk"),
    "facts": ("STRING[]", "fact ids the gap row used"),
    "n_downstream": ("INT64", "categories that transitively depend on it or a subtype"),
    "downstream": ("STRING[]", "their names"),
    "chokepoint_score": ("DOUBLE", "n_downstream × foreign"),
    "gap_rank": ("INT64", "position in the gap table (1 = largest gap)"),
    "chokepoint_rank": ("INT64", "position in the chokepoint table"),
    "gap_row": ("STRING", "the whole gap-table row as JSON (read back in one piece)"),
    "lookup_keys": ("STRING[]", "normalised names that resolve to the category"),
    "supplier_pages": ("STRING", "JSON: first 20 rows and size of suppliers() for any / domestic / foreign"),
    "country_pages": ("STRING", "JSON: the same per supplier country"),
    "supplier_names": ("STRING", "JSON: its own supplier names by country and domestic flag"),
    "exposed_page": ("STRING", "JSON: first 20 suppliers of what a what_if on the category exposes, and how many"),
}

SUPPLIER_OF_PROPERTIES: dict[str, tuple[str, str]] = {
    "n_facts": ("INT64", "distinct facts behind the pair (SUPPLIES, HAS_MARKET_SHARE, SUPPLIES of a model)"),
    "n_supplies": ("INT64", "direct SUPPLIES facts (to a segment: into its categories and their subtypes)"),
    "facts": ("STRING[]", "their fact ids (category pairs)"),
    "via": ("STRING", "product models the supply goes through, comma-separated"),
    "share": ("DOUBLE", "best market share (reported before forecast, latest year, largest)"),
    "share_year": ("INT64", "its year"),
    "share_scope": ("STRING", "its scope"),
    "share_doc": ("STRING", "its document"),
    "doc": ("STRING", "best evidence: document (document facts first, then confidence)"),
    "evidence": ("STRING", "best evidence: sentence"),
    "span_start": ("INT64", "best evidence: start offset in the original file"),
    "span_end": ("INT64", "best evidence: end offset"),
    "categories": ("STRING[]", "segment pairs: the categories supplied"),
    "rank": ("INT64", "answer order: to categories by share (unknown last), name, category (the order of "
                      "suppliers()); to a segment by n_supplies, then name"),
}

DOMESTIC_SUPPLIER_OF_PROPERTIES: dict[str, tuple[str, str]] = {
    "n_supplies": ("INT64", "SUPPLIES facts to the category or any of its subtypes"),
    "categories": ("STRING[]", "which of them"),
    "rank": ("INT64", "order within the category: n_supplies descending, then name"),
}

CONTROL_PROPERTIES: dict[str, tuple[str, str]] = {
    "date": ("STRING", "the date of the RESTRICTS fact(s)"),
    "kind": ("STRING", "label of the restricted item"),
    "exposed": ("STRING[]", "categories that DEPENDS_ON it (a model: its category) within 6 hops"),
    "rank": ("INT64", "order: most exposed categories first, then policy, item"),
}


def rel_types() -> dict[str, dict[str, Any]]:
    """Every relationship type: ``kind`` (fact | mention | derived), ``pairs`` [(from, to)], ``properties``."""
    fact_props = dict(FACT_PROPERTIES)
    out: dict[str, dict[str, Any]] = {}
    for pred, pairs in DOMAIN_RANGE.items():
        out[pred.value] = {"kind": "fact", "pairs": [(s.value, o.value) for s, o in pairs],
                           "properties": fact_props}
    out[MENTIONED_IN] = {"kind": "mention", "pairs": [(t.value, EntityType.DOCUMENT.value) for t in EntityType],
                         "properties": {"count": "INT64"}}
    for name, spec in derived_rels().items():
        out[name] = {"kind": "derived", "pairs": spec["pairs"], "properties": {k: t for k, (t, _) in spec["doc"].items()}}
    return out


def derived_rels() -> dict[str, dict[str, Any]]:
    """The derived relationship types: ``pairs`` and ``doc`` (property → (type, meaning))."""
    restricts = [(s.value, o.value) for s, o in DOMAIN_RANGE[Predicate.RESTRICTS]]
    return {
        SUPPLIER_OF: {"pairs": [(s, t) for t in (_PC, _SEG) for s in _SUPPLIERS], "doc": SUPPLIER_OF_PROPERTIES},
        DOMESTIC_SUPPLIER_OF: {"pairs": [(EntityType.COMPANY.value, _PC)], "doc": DOMESTIC_SUPPLIER_OF_PROPERTIES},
        CONTROL: {"pairs": restricts, "doc": CONTROL_PROPERTIES},
    }


def node_labels() -> list[str]:
    """Every node table: the entity types, then the derived ``CategoryStats``."""
    return [t.value for t in EntityType] + [CATEGORY_STATS]


def node_properties(label: str) -> dict[str, str]:
    """Property name → type of a node label (``id`` first: the primary key)."""
    if label == CATEGORY_STATS:
        return {k: t for k, (t, _) in DERIVED_CATEGORY_PROPERTIES.items()}
    return dict(ENTITY_PROPERTIES)


def catalog(store: Any) -> dict[str, Any]:
    """Labels and relationship types that have data, for ``CALL db.labels()`` and friends."""
    counts = store.counts()
    labels = sorted(k.split(":", 1)[1] for k, v in counts.items() if k.startswith("nodes:") and v)
    types = sorted(k.split(":", 1)[1] for k, v in counts.items() if k.startswith("rels:") and v)
    if _derived_count(store):
        types = sorted([*types, *derived_rels()])
        labels = sorted([*labels, CATEGORY_STATS])
    keys = sorted({k for label in node_labels() for k in node_properties(label)}
                  | {k for spec in rel_types().values() for k in spec["properties"]})
    rels = rel_types()
    links = [{"from": s, "type": t, "to": o} for t in types for s, o in rels[t]["pairs"]
             if s in labels and o in labels]
    return {"labels": labels, "types": types, "keys": keys, "links": links}


def _derived_count(store: Any, rtype: str = SUPPLIER_OF) -> int:
    try:
        rows = store._run(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS c", {})
    except Exception:  # noqa: BLE001 - a store built before derived tables existed
        return 0
    return int(rows[0]["c"]) if rows else 0


def describe(store: Any | None = None) -> dict[str, Any]:
    """Labels and relationship types with properties (and counts when a store is given).

    ``pairs`` lists each (from, to) label pair a type may connect with its count; a pair with no data
    still appears (count 0), so the schema is the same on every database.
    """
    counts: dict[str, int] = {}
    pair_counts: dict[tuple[str, str, str], int] = {}
    if store is not None:
        counts = store.counts()
        for name in derived_rels():
            counts[f"rels:{name}"] = _derived_count(store, name)
        pair_counts = _pair_counts(store)
    if store is not None:
        counts[f"nodes:{CATEGORY_STATS}"] = _stats_count(store)
    nodes = [{"label": label, "count": counts.get(f"nodes:{label}"), "properties": node_properties(label),
              "kind": "derived" if label == CATEGORY_STATS else "entity"} for label in node_labels()]
    rels = []
    for rtype, spec in rel_types().items():
        pairs = [{"from": s, "to": o, "count": pair_counts.get((rtype, s, o), 0 if store is not None else None)}
                 for s, o in spec["pairs"]]
        rels.append({"type": rtype, "kind": spec["kind"], "count": counts.get(f"rels:{rtype}"), "pairs": pairs,
                     "properties": spec["properties"]})
    return {"nodes": nodes, "relationships": rels}


def _stats_count(store: Any) -> int:
    try:
        rows = store._run(f"MATCH (n:{CATEGORY_STATS}) RETURN count(n) AS c", {})
    except Exception:  # noqa: BLE001 - a store built before derived tables existed
        return 0
    return int(rows[0]["c"]) if rows else 0


def _pair_counts(store: Any) -> dict[tuple[str, str, str], int]:
    out: dict[tuple[str, str, str], int] = {}
    for rtype, spec in rel_types().items():
        if len(spec["pairs"]) == 1:
            s, o = spec["pairs"][0]
            q = f"MATCH (a:{s})-[r:{rtype}]->(b:{o}) RETURN count(r) AS c"
        else:
            q = f"MATCH (a)-[r:{rtype}]->(b) RETURN labels(a)[0] AS s, labels(b)[0] AS o, count(r) AS c"
            if getattr(store, "dialect", "neo4j") in ("ladybug", "kuzu"):
                q = f"MATCH (a)-[r:{rtype}]->(b) RETURN label(a) AS s, label(b) AS o, count(r) AS c"
        try:
            rows = store._run(q, {})
        except Exception:  # noqa: BLE001 - derived table missing on an old database
            continue
        for r in rows:
            key = (rtype, r.get("s", spec["pairs"][0][0]), r.get("o", spec["pairs"][0][1]))
            out[key] = out.get(key, 0) + int(r["c"])
    return out
