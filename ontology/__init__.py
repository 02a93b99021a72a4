"""Ontology layer: typed records, the domain/range schema, OWL/SHACL files and reference data.

Imports no other part of computekg.
"""

from .records import DocumentInfo, Entity, EntityType, Evidence, Fact, Predicate, entity_id
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
    "allowed_pairs",
    "entity_id",
    "is_allowed",
]
