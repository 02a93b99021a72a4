"""IRIs of the ontology and loaders for its OWL and SHACL files.

>>> str(entity_iri("Company", "海光信息"))
'https://w3id.org/computekg/id/Company/%E6%B5%B7%E5%85%89%E4%BF%A1%E6%81%AF'
>>> str(predicate_iri("HAS_MARKET_SHARE"))
'https://w3id.org/computekg/ontology#hasMarketShare'
"""

from __future__ import annotations

from importlib import resources
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef

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
