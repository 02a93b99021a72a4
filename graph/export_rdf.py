"""RDF export (Turtle, JSON-LD): entities as typed resources, facts as direct triples plus a
reified ``ck:Fact`` node carrying provenance (document, sentence, span, rule, confidence)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import RDFS, XSD, Graph, URIRef

from computekg.ontology import Entity, Fact
from computekg.ontology.rdf import CK, FACT, ID, add_entity, add_fact, entity_iri, to_graph


def to_rdf_graph(entities: Iterable[Entity], facts: Iterable[Fact]) -> Graph:
    """Build the rdflib graph (also used by tests and SHACL validation).

    The triples themselves are the ontology layer's (:func:`computekg.ontology.rdf.add_fact`); this
    only adds typed, named nodes for fact endpoints that have no entity record.
    """
    entities = list(entities)
    g = to_graph(entities)
    known: set[URIRef] = {entity_iri(e.type.value, e.name) for e in entities}
    for f in facts:
        for type_, name in ((f.subject_type, f.subject), (f.object_type, f.object)):
            iri = entity_iri(type_.value, name)
            if iri not in known:
                known.add(iri)
                add_entity(g, Entity(name=name, type=type_))
        add_fact(g, f)
    return g


def export_turtle(entities: list[Entity], facts: list[Fact], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    to_rdf_graph(entities, facts).serialize(destination=str(out), format="turtle", encoding="utf-8")
    return out


def export_jsonld(entities: list[Entity], facts: list[Fact], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    g = to_rdf_graph(entities, facts)
    context = {"ck": str(CK), "id": str(ID), "fact": str(FACT), "rdfs": str(RDFS), "xsd": str(XSD)}
    out.write_text(g.serialize(format="json-ld", context=context, indent=2), encoding="utf-8")
    return out
