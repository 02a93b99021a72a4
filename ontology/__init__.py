"""Ontology layer: typed records, the domain/range schema, OWL/SHACL files and reference data.

Imports no other part of computekg.
"""

from .lookups import alias_index, category_ancestors, category_descendants, resolve, segment_of
from .records import DocumentInfo, Entity, EntityType, Evidence, Fact, Predicate, entity_id
from .reference import (
    depends_on_edges,
    load_companies,
    load_metrics,
    load_models,
    load_policies,
    load_regions,
    load_taxonomy,
    reference_entities,
    reference_facts,
)
from .schema import DOMAIN_RANGE, ENTITY_PROPERTIES, FACT_PROPERTIES, allowed_pairs, is_allowed

__all__ = [
    "DOMAIN_RANGE",
    "ENTITY_PROPERTIES",
    "FACT_PROPERTIES",
    "DocumentInfo",
    "Entity",
    "EntityType",
    "Evidence",
    "Fact",
    "Predicate",
    "alias_index",
    "allowed_pairs",
    "category_ancestors",
    "category_descendants",
    "depends_on_edges",
    "entity_id",
    "is_allowed",
    "load_companies",
    "load_metrics",
    "load_models",
    "load_policies",
    "load_regions",
    "load_taxonomy",
    "reference_entities",
    "reference_facts",
    "resolve",
    "segment_of",
]
