"""IRIs of the ontology and loaders for its OWL and SHACL files.

>>> str(entity_iri("Company", "海光信息"))
'https://w3id.org/computekg/id/Company/%E6%B5%B7%E5%85%89%E4%BF%A1%E6%81%AF'
>>> str(predicate_iri("HAS_MARKET_SHARE"))
'https://w3id.org/computekg/ontology#hasMarketShare'
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

if TYPE_CHECKING:
    from .records import Entity, Fact

CK = Namespace("https://w3id.org/computekg/ontology#")
ID = Namespace("https://w3id.org/computekg/id/")
FACT = Namespace("https://w3id.org/computekg/fact/")

ONTOLOGY_FILE = "computekg.ttl"
SHAPES_FILE = "shapes.ttl"


def class_iri(entity_type: str) -> URIRef:
    """OWL class of an entity type (``Company`` → ``ck:Company``)."""
    return CK[str(entity_type)]


def predicate_iri(predicate: str) -> URIRef:
    """Object property of a predicate, lowerCamelCase (``SUPPLIES`` → ``ck:supplies``)."""
    head, *rest = str(predicate).lower().split("_")
    return CK[head + "".join(w.capitalize() for w in rest)]


def entity_iri(entity_type: str, name: str) -> URIRef:
    return ID[f"{entity_type}/{quote(name, safe='')}"]


def fact_iri(fact_id: str) -> URIRef:
    return FACT[fact_id]


def _data_graph(filename: str) -> Graph:
    g = Graph()
    text = resources.files("computekg.ontology").joinpath("data", filename).read_text(encoding="utf-8")
    g.parse(data=text, format="turtle")
    return g


def load_ontology_graph() -> Graph:
    """The OWL ontology (Turtle) as an rdflib graph."""
    return _data_graph(ONTOLOGY_FILE)


def load_shapes_graph() -> Graph:
    """The SHACL shapes (Turtle) as an rdflib graph."""
    return _data_graph(SHAPES_FILE)


def add_entity(g: Graph, e: Entity) -> URIRef:
    """Add one entity (``rdf:type ck:<Type>``, ``ck:name``, labels, country, aliases) to ``g``.

    >>> from .records import Entity
    >>> g = Graph()
    >>> str(add_entity(g, Entity(name="GPU", type="ProductCategory"))).endswith("ProductCategory/GPU")
    True
    """
    node = entity_iri(e.type, e.name)
    g.add((node, RDF.type, class_iri(e.type)))
    g.add((node, CK.name, Literal(e.name)))
    if e.name_zh:
        g.add((node, RDFS.label, Literal(e.name_zh, lang="zh")))
    if e.name_en:
        g.add((node, RDFS.label, Literal(e.name_en, lang="en")))
    if e.country:
        g.add((node, CK.country, Literal(e.country)))
    for alias in e.aliases:
        g.add((node, CK.alias, Literal(alias)))
    for key in ("segment", "subtype"):
        if e.attrs.get(key):
            g.add((node, CK[key], Literal(str(e.attrs[key]))))
    return node


def add_fact(g: Graph, f: Fact) -> URIRef:
    """Add a fact twice: the direct triple ``subject ck:<predicate> object`` and a reified
    ``ck:Fact`` node carrying value, time and provenance. Returns the fact node."""
    s, o, p = entity_iri(f.subject_type, f.subject), entity_iri(f.object_type, f.object), predicate_iri(f.predicate)
    g.add((s, p, o))
    node = fact_iri(f.id)
    ev = f.evidence
    g.add((node, RDF.type, CK.Fact))
    g.add((node, CK.subject, s))
    g.add((node, CK.predicate, p))
    g.add((node, CK.object, o))
    g.add((node, CK.sourceDocument, Literal(ev.doc)))
    g.add((node, CK.evidenceText, Literal(ev.sentence)))
    g.add((node, CK.spanStart, Literal(ev.start, datatype=XSD.integer)))
    g.add((node, CK.spanEnd, Literal(ev.end, datatype=XSD.integer)))
    g.add((node, CK.rule, Literal(ev.rule)))
    # Decimals, not doubles: the ontology declares xsd:decimal and repr() keeps the value exact.
    g.add((node, CK.confidence, Literal(repr(float(ev.confidence)), datatype=XSD.decimal)))
    g.add((node, CK.origin, Literal(f.origin)))
    g.add((node, CK.conflict, Literal(f.conflict)))
    if f.value is not None:
        g.add((node, CK.value, Literal(repr(float(f.value)), datatype=XSD.decimal)))
    if f.year is not None:
        g.add((node, CK.year, Literal(f.year, datatype=XSD.integer)))
    for key in ("unit", "qualifier", "scope", "date", "modality"):
        value = getattr(f, key)
        if value is not None:
            g.add((node, CK[key], Literal(value)))
    return node


def to_graph(entities: Iterable[Entity] = (), facts: Iterable[Fact] = ()) -> Graph:
    """A data graph of entities and facts, with the ``ck``/``ckid`` prefixes bound."""
    g = Graph()
    g.bind("ck", CK)
    g.bind("ckid", ID)
    g.bind("ckfact", FACT)
    for e in entities:
        add_entity(g, e)
    for f in facts:
        add_fact(g, f)
    return g
