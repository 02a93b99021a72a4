"""Which entity types each predicate may connect (domain → range).

Stores generate their relationship tables from :data:`DOMAIN_RANGE`; the resolver drops facts that
violate it; SHACL shapes say the same thing in RDF.

>>> ("Company", "ProductCategory") in allowed_pairs("SUPPLIES")
True
"""

from __future__ import annotations

from .records import EntityType as T
from .records import Predicate as P

_ANY_PLACE = (T.REGION, T.FACILITY)

DOMAIN_RANGE: dict[P, list[tuple[T, T]]] = {
    P.SUPPLIES: [
        (T.COMPANY, T.PRODUCT_CATEGORY),
        (T.COMPANY_GROUP, T.PRODUCT_CATEGORY),
        (T.COMPANY, T.PRODUCT_MODEL),
    ],
    P.HAS_MARKET_SHARE: [
        (T.COMPANY, T.PRODUCT_CATEGORY),
        (T.COMPANY_GROUP, T.PRODUCT_CATEGORY),
        (T.REGION, T.PRODUCT_CATEGORY),
    ],
    P.DEPENDS_ON: [(T.PRODUCT_CATEGORY, T.PRODUCT_CATEGORY)],
    P.PART_OF_SEGMENT: [(T.PRODUCT_CATEGORY, T.SEGMENT), (T.INDUSTRY, T.SEGMENT)],
    P.SUBTYPE_OF: [(T.PRODUCT_CATEGORY, T.PRODUCT_CATEGORY)],
    P.RESTRICTS: [
        (T.POLICY, T.PRODUCT_CATEGORY),
        (T.POLICY, T.PRODUCT_MODEL),
        (T.POLICY, T.COMPANY),
    ],
    P.LOCALIZATION_RATE: [(T.PRODUCT_CATEGORY, T.REGION)],
    P.LOCATED_IN: [
        *[(s, o) for s in (T.FACILITY, T.COMPANY, T.REGION, T.ORGANIZATION) for o in _ANY_PLACE],
    ],
    P.HEADQUARTERED_IN: [(T.COMPANY, T.REGION)],
    P.TARGETS: [(T.POLICY, T.METRIC), (T.REGION, T.METRIC)],
    P.MENTIONS_METRIC: [
        (T.REGION, T.METRIC),
        (T.COMPANY, T.METRIC),
        (T.FACILITY, T.METRIC),
        (T.POLICY, T.METRIC),
        (T.INDUSTRY, T.METRIC),
    ],
    P.ISSUED_BY: [(T.POLICY, T.ORGANIZATION), (T.POLICY, T.REGION)],
    P.DESIGNATES_HUB_NODE: [(T.POLICY, T.REGION)],
    P.MADE_BY: [(T.PRODUCT_MODEL, T.COMPANY)],
    P.INSTANCE_OF: [(T.PRODUCT_MODEL, T.PRODUCT_CATEGORY)],
    P.SUBSIDIARY_OF: [(T.COMPANY, T.COMPANY), (T.COMPANY, T.COMPANY_GROUP)],
}

# Properties every relationship carries (name → Cypher/LadybugDB type). ``end`` is a Cypher
# keyword, hence span_start / span_end.
FACT_PROPERTIES: dict[str, str] = {
    "fact_id": "STRING",
    "value": "DOUBLE",
    "unit": "STRING",
    "year": "INT64",
    "qualifier": "STRING",
    "scope": "STRING",
    "date": "STRING",
    "modality": "STRING",
    "origin": "STRING",
    "conflict": "BOOLEAN",
    "doc": "STRING",
    "evidence": "STRING",
    "span_start": "INT64",
    "span_end": "INT64",
    "page": "INT64",
    "rule": "STRING",
    "confidence": "DOUBLE",
}

# Properties every node carries. ``aliases``/``docs`` are lists (``STRING[]``) in every store:
# ``'Nvidia' IN c.aliases`` works on LadybugDB, Neo4j and FalkorDB alike.
ENTITY_PROPERTIES: dict[str, str] = {
    "id": "STRING",
    "name": "STRING",
    "name_zh": "STRING",
    "name_en": "STRING",
    "country": "STRING",
    "domestic": "BOOLEAN",
    "aliases": "STRING[]",
    "docs": "STRING[]",
    "parent": "STRING",
    "subtype": "STRING",
    "segment": "STRING",
    "source": "STRING",
    "attrs": "STRING",
}


def allowed_pairs(predicate: str | P) -> list[tuple[str, str]]:
    """The (subject type, object type) pairs a predicate may connect."""
    return [(s.value, o.value) for s, o in DOMAIN_RANGE[P(predicate)]]


def is_allowed(predicate: str | P, subject_type: str, object_type: str) -> bool:
    return (subject_type, object_type) in allowed_pairs(predicate)
