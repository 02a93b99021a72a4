"""RDF export (Turtle, JSON-LD): entities as typed resources, facts as direct triples plus a
reified ``ck:Fact`` node carrying provenance (document, sentence, span, rule, confidence)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from computekg.ontology import Entity, Fact
from computekg.ontology.rdf import CK, FACT, ID, entity_iri, fact_iri, predicate_iri

from .base import register_exporter


def to_rdf_graph(entities: Iterable[Entity], facts: Iterable[Fact]) -> Graph:
    """Build the rdflib graph (also used by tests and SHACL validation)."""
    g = Graph()
    g.bind("ck", CK)
    g.bind("id", ID)
    g.bind("fact", FACT)
    known: set[URIRef] = set()
    for e in entities:
        s = entity_iri(e.type.value, e.name)
        known.add(s)
        g.add((s, RDF.type, CK[e.type.value]))
        g.add((s, CK.name, Literal(e.name)))
        g.add((s, RDFS.label, Literal(e.name)))
        if e.name_zh and e.name_zh != e.name:
            g.add((s, RDFS.label, Literal(e.name_zh, lang="zh")))
        if e.name_en and e.name_en != e.name:
            g.add((s, RDFS.label, Literal(e.name_en, lang="en")))
        if e.country:
            g.add((s, CK.country, Literal(e.country)))
        for a in e.aliases:
            g.add((s, CK.alias, Literal(a)))
    for f in facts:
        s = entity_iri(f.subject_type.value, f.subject)
        o = entity_iri(f.object_type.value, f.object)
        for iri, type_, name in ((s, f.subject_type, f.subject), (o, f.object_type, f.object)):
            if iri not in known:  # endpoint without an entity record: still typed and named
                known.add(iri)
                g.add((iri, RDF.type, CK[type_.value]))
                g.add((iri, CK.name, Literal(name)))
                g.add((iri, RDFS.label, Literal(name)))
        p = predicate_iri(f.predicate.value)
        g.add((s, p, o))
        n = fact_iri(f.id)
        ev = f.evidence
        g.add((n, RDF.type, CK.Fact))
        g.add((n, CK.subject, s))
        g.add((n, CK.predicate, p))
        g.add((n, CK.object, o))
        optional = {
            CK.value: None if f.value is None else Literal(f.value, datatype=XSD.double),
            CK.unit: f.unit, CK.year: None if f.year is None else Literal(f.year, datatype=XSD.integer),
            CK.qualifier: f.qualifier, CK.scope: f.scope, CK.date: f.date, CK.modality: f.modality,
        }
        for prop, val in optional.items():
            if val is not None:
                g.add((n, prop, val if isinstance(val, Literal) else Literal(val)))
        g.add((n, CK.origin, Literal(f.origin)))
        g.add((n, CK.conflict, Literal(f.conflict, datatype=XSD.boolean)))
        g.add((n, CK.sourceDocument, Literal(ev.doc)))
        g.add((n, CK.evidenceText, Literal(ev.sentence)))
        g.add((n, CK.spanStart, Literal(ev.start, datatype=XSD.integer)))
        g.add((n, CK.spanEnd, Literal(ev.end, datatype=XSD.integer)))
        g.add((n, CK.rule, Literal(ev.rule)))
        g.add((n, CK.confidence, Literal(ev.confidence, datatype=XSD.double)))
    return g


@register_exporter("turtle")
def export_turtle(entities: list[Entity], facts: list[Fact], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    to_rdf_graph(entities, facts).serialize(destination=str(out), format="turtle", encoding="utf-8")
    return out


@register_exporter("jsonld")
def export_jsonld(entities: list[Entity], facts: list[Fact], out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    g = to_rdf_graph(entities, facts)
    context = {"ck": str(CK), "id": str(ID), "fact": str(FACT), "rdfs": str(RDFS), "xsd": str(XSD)}
    out.write_text(g.serialize(format="json-ld", context=context, indent=2), encoding="utf-8")
    return out
