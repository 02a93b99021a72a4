"""SHACL shapes: valid data conforms, domain/range and provenance violations are reported precisely."""

from __future__ import annotations

import pyshacl
import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SH

from computekg.ontology import Entity, Evidence, Fact
from computekg.ontology.rdf import CK, add_entity, add_fact, entity_iri, fact_iri, load_shapes_graph, to_graph
from computekg.ontology.reference import reference_entities, reference_facts


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes_graph()


def _validate(data: Graph, shapes: Graph) -> tuple[bool, list[dict]]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes)
    results = [
        {
            "focus": report.value(r, SH.focusNode),
            "path": report.value(r, SH.resultPath),
            "shape": report.value(r, SH.sourceShape),
            "component": report.value(r, SH.sourceConstraintComponent),
        }
        for r in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return conforms, results


XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")

ENTITIES = [
    Entity(name="海光信息", type="Company", country="CN"),
    Entity(name="GPU", type="ProductCategory", name_zh="图形处理器", name_en="GPU"),
    Entity(name="韶关", type="Region"),
    Entity(name="A100", type="ProductModel"),
    Entity(name="东数西算", type="Policy"),
]


def _fact(subject: str, s_type: str, pred: str, obj: str, o_type: str, **kw) -> Fact:
    ev = Evidence(doc="a.md", sentence="海光信息供应GPU。", start=0, end=9, rule="test", confidence=0.9)
    return Fact(
        subject=subject,
        subject_type=s_type,
        predicate=pred,
        object=obj,
        object_type=o_type,
        evidence=ev,
        **kw,
    )


def test_shapes_parse(shapes: Graph) -> None:
    assert (CK.FactShape, RDF.type, SH.NodeShape) in shapes
    assert (CK.CompanyShape, SH.targetClass, CK.Company) in shapes


def test_valid_graph_conforms(shapes: Graph) -> None:
    facts = [
        _fact("海光信息", "Company", "SUPPLIES", "GPU", "ProductCategory", value=20.5, unit="%", year=2023),
        _fact("海光信息", "Company", "LOCATED_IN", "韶关", "Region"),
        _fact("东数西算", "Policy", "RESTRICTS", "A100", "ProductModel"),
    ]
    ok, results = _validate(to_graph(ENTITIES, facts), shapes)
    assert ok, results


def test_company_supplies_region_is_rejected(shapes: Graph) -> None:
    g = to_graph(ENTITIES, [_fact("海光信息", "Company", "SUPPLIES", "韶关", "Region")])
    ok, results = _validate(g, shapes)
    assert not ok
    assert {(r["shape"], r["focus"]) for r in results} == {
        (CK.SuppliesObjectShape, entity_iri("Region", "韶关")),  # range violated
        (CK.SuppliesPairShape, entity_iri("Company", "海光信息")),  # and so is the (subject, object) pair
    }


def test_wrong_subject_class_is_rejected(shapes: Graph) -> None:
    g = to_graph(ENTITIES, [_fact("韶关", "Region", "MADE_BY", "海光信息", "Company")])
    ok, results = _validate(g, shapes)
    assert not ok
    assert (CK.MadeBySubjectShape, entity_iri("Region", "韶关")) in {
        (r["shape"], r["focus"]) for r in results
    }


def test_disallowed_pair_is_rejected(shapes: Graph) -> None:
    # CompanyGroup and ProductModel are each allowed around SUPPLIES, the pair is not.
    group = Entity(name="国产GPU厂商", type="CompanyGroup")
    g = to_graph(
        [*ENTITIES, group], [_fact("国产GPU厂商", "CompanyGroup", "SUPPLIES", "A100", "ProductModel")]
    )
    ok, results = _validate(g, shapes)
    assert not ok
    assert [r["shape"] for r in results] == [CK.SuppliesPairShape]


def test_fact_without_evidence_is_rejected(shapes: Graph) -> None:
    g = to_graph(ENTITIES)
    node = fact_iri("no-evidence")
    g.add((node, RDF.type, CK.Fact))
    g.add((node, CK.subject, entity_iri("Company", "海光信息")))
    g.add((node, CK.predicate, CK.supplies))
    g.add((node, CK.object, entity_iri("ProductCategory", "GPU")))
    ok, results = _validate(g, shapes)
    assert not ok
    missing = {
        r["path"] for r in results if r["component"] == SH.MinCountConstraintComponent and r["focus"] == node
    }
    assert missing == {CK.sourceDocument, CK.evidenceText, CK.rule}


def test_fact_confidence_and_span_ranges(shapes: Graph) -> None:
    g = to_graph(ENTITIES)
    node = add_fact(g, _fact("海光信息", "Company", "SUPPLIES", "GPU", "ProductCategory"))
    g.set((node, CK.confidence, Literal("1.5", datatype=XSD_DECIMAL)))
    g.set((node, CK.spanStart, Literal(-2, datatype=XSD_INTEGER)))
    ok, results = _validate(g, shapes)
    assert not ok
    bad = {(r["path"], r["component"]) for r in results}
    assert bad == {
        (CK.confidence, SH.MaxInclusiveConstraintComponent),
        (CK.spanStart, SH.MinInclusiveConstraintComponent),
    }


def test_company_country_pattern_and_name_required(shapes: Graph) -> None:
    g = Graph()
    node = add_entity(g, Entity(name="X", type="Company", country="China"))
    nameless = URIRef("https://w3id.org/computekg/id/Company/nameless")
    g.add((nameless, RDF.type, CK.Company))
    ok, results = _validate(g, shapes)
    assert not ok
    got = {(r["focus"], r["path"], r["component"]) for r in results}
    assert got == {
        (node, CK.country, SH.PatternConstraintComponent),
        (nameless, CK.name, SH.MinCountConstraintComponent),
    }


def test_reference_data_conforms(shapes: Graph) -> None:
    ok, results = _validate(to_graph(reference_entities(), reference_facts()), shapes)
    assert ok, results[:5]
