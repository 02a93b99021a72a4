"""The OWL ontology: parses, covers every EntityType/Predicate, bilingual labels, matches its generator."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

from computekg.ontology import DOMAIN_RANGE, EntityType, Predicate
from computekg.ontology._build_rdf import build_ontology_ttl, build_shapes_ttl
from computekg.ontology.rdf import (
    CK,
    class_iri,
    entity_iri,
    load_ontology_graph,
    load_shapes_graph,
    predicate_iri,
)
from computekg.ontology.reference import load_taxonomy


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology_graph()


def _langs(g: Graph, node: URIRef) -> set[str | None]:
    return {lit.language for lit in g.objects(node, RDFS.label)}


def test_every_entity_type_is_a_class(onto: Graph) -> None:
    for t in EntityType:
        assert (class_iri(t), RDF.type, OWL.Class) in onto, t
    assert (CK.Fact, RDF.type, OWL.Class) in onto


def test_every_predicate_is_an_object_property_with_domain_and_range(onto: Graph) -> None:
    for p in Predicate:
        iri = predicate_iri(p)
        assert (iri, RDF.type, OWL.ObjectProperty) in onto, p
        assert onto.value(iri, RDFS.domain) is not None, p
        assert onto.value(iri, RDFS.range) is not None, p


def test_union_domain_lists_every_allowed_subject_type(onto: Graph) -> None:
    domain = onto.value(predicate_iri("LOCATED_IN"), RDFS.domain)
    members = set(onto.items(onto.value(domain, OWL.unionOf)))
    assert members == {class_iri(s) for s, _ in DOMAIN_RANGE[Predicate.LOCATED_IN]}


def test_zh_and_en_labels_on_every_class_and_property(onto: Graph) -> None:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    nodes = {s for k in kinds for s in onto.subjects(RDF.type, k) if isinstance(s, URIRef)}
    assert len(nodes) > 40
    missing = [str(n) for n in nodes if not {"zh", "en"} <= _langs(onto, n)]
    assert missing == []


def test_fact_datatype_properties(onto: Graph) -> None:
    for local in (
        "value",
        "unit",
        "year",
        "qualifier",
        "scope",
        "date",
        "modality",
        "origin",
        "conflict",
        "sourceDocument",
        "evidenceText",
        "spanStart",
        "spanEnd",
        "rule",
        "confidence",
    ):
        assert (CK[local], RDF.type, OWL.DatatypeProperty) in onto, local
        assert onto.value(CK[local], RDFS.domain) == CK.Fact
    for local in ("subject", "predicate", "object"):
        assert (CK[local], RDF.type, OWL.ObjectProperty) in onto


def test_taxonomy_individuals(onto: Graph) -> None:
    for e in load_taxonomy():
        node = entity_iri(e.type, e.name)
        assert (node, RDF.type, class_iri(e.type)) in onto, e.name
        assert {"zh", "en"} <= _langs(onto, node), e.name
    gpu = entity_iri("ProductCategory", "GPU")
    assert (gpu, CK.subtypeOf, entity_iri("ProductCategory", "Chip")) in onto
    assert (gpu, CK.subtypeOf, entity_iri("ProductCategory", "AIChip")) in onto
    assert (gpu, CK.partOfSegment, entity_iri("Segment", "Upstream")) in onto
    assert str(entity_iri("ProductCategory", "GPU")) == "https://w3id.org/computekg/id/ProductCategory/GPU"


def test_checked_in_turtle_matches_generator() -> None:
    """Regenerate with ``python -m computekg.ontology._build_rdf`` when this fails."""
    hint = "ontology/data/*.ttl are stale: run `python -m computekg.ontology._build_rdf`"
    assert isomorphic(load_ontology_graph(), Graph().parse(data=build_ontology_ttl(), format="turtle")), hint
    assert isomorphic(load_shapes_graph(), Graph().parse(data=build_shapes_ttl(), format="turtle")), hint
