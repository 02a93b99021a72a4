"""Exporters: Turtle/JSON-LD parse back (and pass SHACL), GraphML loads, neo4j-admin CSV headers."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal

from computekg.graph.base import export, exporter_names
from computekg.ontology.rdf import CK, entity_iri, fact_iri, predicate_iri


def test_registry() -> None:
    assert {"turtle", "jsonld", "graphml", "neo4j-admin"} <= set(exporter_names())


def test_turtle_parses_back(tmp_path: Path, small_graph) -> None:
    ents, facts = small_graph
    out = export("turtle", ents, facts, tmp_path / "g.ttl")
    g = Graph().parse(out, format="turtle")
    hygon = entity_iri("Company", "海光信息")
    assert (hygon, RDF.type, CK.Company) in g
    assert (hygon, CK.country, Literal("CN")) in g
    assert (hygon, predicate_iri("SUPPLIES"), entity_iri("ProductCategory", "GPU")) in g
    share = next(f for f in facts if f.predicate == "HAS_MARKET_SHARE" and f.subject == "NVIDIA")
    node = fact_iri(share.id)
    assert (node, RDF.type, CK.Fact) in g
    assert g.value(node, CK.predicate) == predicate_iri("HAS_MARKET_SHARE")
    assert float(g.value(node, CK.value)) == 80.0
    assert str(g.value(node, CK.evidenceText)) == share.evidence.sentence
    assert int(g.value(node, CK.spanStart)) == share.evidence.start
    assert len(set(g.subjects(RDF.type, CK.Fact))) == len(facts)


def test_jsonld_parses_back(tmp_path: Path, small_graph) -> None:
    out = export("jsonld", *small_graph, tmp_path / "g.jsonld")
    g = Graph().parse(out, format="json-ld")
    assert len(set(g.subjects(RDF.type, CK.Fact))) == len(small_graph[1])


def test_turtle_validates_against_shapes(tmp_path: Path, small_graph) -> None:
    shapes_file = resources.files("computekg.ontology").joinpath("data", "shapes.ttl")
    if not shapes_file.is_file():
        pytest.skip("ontology/data/shapes.ttl not written yet")
    import pyshacl

    from computekg.ontology.rdf import load_shapes_graph

    out = export("turtle", *small_graph, tmp_path / "g.ttl")
    data = Graph().parse(out, format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=load_shapes_graph(), inference="none")
    assert conforms, text


def test_graphml_loads(tmp_path: Path, small_graph, small_db) -> None:
    from computekg.graph.base import open_store

    out = export("graphml", *small_graph, tmp_path / "g.graphml")
    g = nx.read_graphml(out)
    with open_store(small_db, read_only=True) as store:
        counts = store.counts()
    assert g.number_of_nodes() == sum(v for k, v in counts.items() if k.startswith("nodes:"))
    assert g.number_of_edges() == sum(v for k, v in counts.items() if k.startswith("rels:"))
    assert g.nodes["Company:海光信息"]["country"] == "CN"


def test_neo4j_admin_csv(tmp_path: Path, small_graph) -> None:
    out = export("neo4j-admin", *small_graph, tmp_path / "n4j")
    with open(out / "nodes_Company.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["id:ID", ":LABEL"] and "domestic:boolean" in rows[0]
    assert len(rows) == 1 + 7
    with open(out / "rels_SUPPLIES.csv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "span_start:long" in rows[0] and "confidence:double" in rows[0]
    assert len(rows) == 1 + 8 and all(r[2] == "SUPPLIES" for r in rows[1:])
    script = (out / "import.sh").read_text()
    assert "neo4j-admin database import full" in script
    assert "--nodes=nodes_Company.csv" in script and "--relationships=rels_SUPPLIES.csv" in script
