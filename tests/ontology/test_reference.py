"""Reference data: counts, uniqueness, unambiguous aliases, provenance, resolvable references, DAG."""

from __future__ import annotations

import doctest
from collections import Counter, defaultdict

import networkx as nx
import pytest

import computekg.ontology.csvdata as csvdata
import computekg.ontology.lookups as lookups
import computekg.ontology.reference as ref
from computekg.ontology import EntityType, Predicate, is_allowed
from computekg.ontology.csvdata import parse_rows, read_rows
from computekg.ontology.lookups import (
    alias_index,
    category_ancestors,
    category_descendants,
    compact,
    resolve,
    segment_of,
)
from computekg.ontology.reference import (
    depends_on_edges,
    load_companies,
    load_metrics,
    load_models,
    load_regions,
    load_taxonomy,
    reference_entities,
    reference_facts,
)

DATA_FILES = [
    "taxonomy.csv",
    "subtypes.csv",
    "depends_on.csv",
    "regions.csv",
    "companies.csv",
    "policies.csv",
    "models.csv",
    "metrics.csv",
]

# Surface strings that deliberately denote more than one reference entity (across all types).
ALLOWED_AMBIGUOUS: dict[str, set[tuple[str, str]]] = {
    # "DCU" is both Hygon's product line and a generic name for GPU-like accelerators in China.
    "DCU": {("ProductCategory", "GPU"), ("ProductModel", "海光DCU")},
}


def _by_name(entities):
    return {e.name: e for e in entities}


def test_doctests() -> None:
    for module in (ref, lookups, csvdata):
        assert doctest.testmod(module).failed == 0


@pytest.mark.parametrize("filename", DATA_FILES)
def test_every_row_has_a_source_note(filename: str) -> None:
    rows = read_rows(filename)
    assert rows
    assert all(row["source_note"] for _, row in rows)


def test_counts() -> None:
    assert len(load_companies()) >= 320
    regions = load_regions()
    kinds = Counter(e.attrs["subtype"] for e in regions)
    # China's 34 provincial-level units; foreign first-level divisions (US states, Johor) are extra.
    assert sum(1 for e in regions if e.attrs["subtype"] == "province" and e.parent == "中国") == 34
    assert kinds["province"] > 34
    assert kinds["hub"] == 8
    assert kinds["cluster"] == 10
    assert kinds["city"] >= 60
    assert len([e for e in load_taxonomy() if e.type == EntityType.PRODUCT_CATEGORY]) >= 45
    assert {e.name for e in load_taxonomy() if e.type == EntityType.SEGMENT} == {
        "Upstream",
        "Midstream",
        "Downstream",
        "SupportLayer",
    }
    assert len(load_metrics()) >= 30
    assert len(load_models()) >= 40


def test_canonical_names_are_unique_per_type() -> None:
    ids = Counter(e.id for e in reference_entities())
    assert [i for i, n in ids.items() if n > 1] == []


def test_company_aliases_are_unambiguous() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for e in load_companies():
        for s in (e.name, e.name_zh, e.name_en, *e.aliases):
            if s:
                owners[compact(s)].add(e.name)
    assert {s: names for s, names in owners.items() if len(names) > 1} == {}


def test_cross_type_ambiguity_is_an_explicit_allow_list() -> None:
    ambiguous = {s: set(targets) for s, targets in alias_index().items() if len(targets) > 1}
    assert ambiguous == ALLOWED_AMBIGUOUS


def test_no_generic_words_as_aliases() -> None:
    generic = {"数据", "科技", "云", "集团", "公司", "中国", "芯片", "电子", "软件", "网络", "智能"}
    for e in load_companies():
        assert not generic & set(e.aliases), e.name


def test_countries_are_iso_alpha2() -> None:
    companies = _by_name(load_companies())
    assert all(e.country and len(e.country) == 2 and e.country.isupper() for e in companies.values())
    assert companies["TSMC"].country == "TW"
    assert companies["NVIDIA"].country == "US"
    assert companies["海光信息"].domestic is True
    assert _by_name(load_regions())["杭州"].country == "CN"


def test_conventions_from_the_brief() -> None:
    idx = alias_index()
    assert idx["超微半导体"] == [("Company", "AMD")]
    assert idx["超微电脑"] == [("Company", "Supermicro")]
    assert ("Company", "HPE") in idx["慧与"]
    assert idx["国际数据公司"] == [("Organization", "International Data Corporation")]
    assert idx["IDC"] == [("ProductCategory", "DataCenter")]
    assert idx["内蒙古"] == [("Region", "内蒙古")]
    assert idx["我国"] == [("Region", "中国")]
    assert resolve("AI 芯片") == [("ProductCategory", "AIChip")]
    assert resolve("RTX4090") == [("ProductModel", "RTX 4090")]
    companies = _by_name(load_companies())
    assert companies["海思"].parent == "华为"
    assert companies["AWS"].parent == "Amazon"
    assert companies["Xilinx"].parent == "AMD"


def test_references_resolve() -> None:
    names = {t: {e.name for e in reference_entities() if e.type == t} for t in EntityType}
    for e in load_companies():
        assert e.parent is None or e.parent in names[EntityType.COMPANY], e.name
    for e in load_regions():
        assert e.parent is None or e.parent in names[EntityType.REGION], e.name
    for e in load_taxonomy():
        assert e.parent is None or e.parent in names[EntityType.PRODUCT_CATEGORY], e.name
        if e.type == EntityType.PRODUCT_CATEGORY:
            assert e.attrs["segment"] in names[EntityType.SEGMENT], e.name
    for e in load_models():
        assert e.attrs["category"] in names[EntityType.PRODUCT_CATEGORY], e.name
        assert e.attrs["maker"] in names[EntityType.COMPANY], e.name
    for f in reference_facts():
        assert f.subject in names[f.subject_type], f
        assert f.object in names[f.object_type], f


def test_reference_facts_respect_schema_and_provenance() -> None:
    facts = reference_facts()
    kinds = Counter(f.predicate for f in facts)
    for p in (
        "SUBTYPE_OF",
        "DEPENDS_ON",
        "PART_OF_SEGMENT",
        "INSTANCE_OF",
        "MADE_BY",
        "SUBSIDIARY_OF",
        "LOCATED_IN",
    ):
        assert kinds[Predicate(p)] > 0, p
    for f in facts:
        assert is_allowed(f.predicate, f.subject_type, f.object_type), f
        assert f.origin == "reference"
        assert f.evidence.doc.startswith("ontology/") and f.evidence.doc.endswith(".csv")
        assert (f.evidence.start, f.evidence.end, f.evidence.rule, f.evidence.confidence) == (
            -1,
            -1,
            "reference",
            1.0,
        )
        assert f.evidence.sentence
    assert len({f.key for f in facts}) == len(facts)


def test_depends_on_is_a_dag() -> None:
    g = nx.DiGraph(depends_on_edges())
    assert nx.is_directed_acyclic_graph(g), nx.find_cycle(g)
    assert ("AIServer", "GPU") in g.edges
    assert ("Foundry", "Lithography") in g.edges


def test_subtype_graph_is_a_dag() -> None:
    g = nx.DiGraph((f.subject, f.object) for f in reference_facts() if f.predicate == Predicate.SUBTYPE_OF)
    assert nx.is_directed_acyclic_graph(g)


def test_region_containment_is_a_tree() -> None:
    g = nx.DiGraph((f.subject, f.object) for f in reference_facts() if f.predicate == Predicate.LOCATED_IN)
    assert nx.is_directed_acyclic_graph(g)
    assert all(d <= 1 for _, d in g.out_degree())
    hubs = {e.name for e in load_regions() if e.attrs["subtype"] == "hub"}
    assert "内蒙古枢纽" in hubs and "内蒙古" not in hubs


def test_taxonomy_helpers() -> None:
    assert category_ancestors("LaserChip") == ["OpticalChip", "Hardware"]
    assert "AIServer" in category_descendants("Hardware")
    assert set(category_descendants("AIChip")) >= {"GPU", "FPGA", "ASIC", "TPU"}
    assert segment_of("DataCenter") == "Midstream"
    assert segment_of("ChipArchitectureIP") == "Upstream"
    with pytest.raises(KeyError):
        category_ancestors("NoSuchThing")


@pytest.mark.parametrize(
    ("filename", "text", "message"),
    [
        ("metrics.csv", "name,aliases,unit\nPUE,,\n", "header lacks column(s) source_note"),
        ("metrics.csv", "name,aliases,unit,source_note\nPUE,,,x,extra\n", "line 2: more cells"),
        ("metrics.csv", "name,aliases,unit,source_note\nPUE,,\n", "line 2: fewer cells"),
        ("metrics.csv", "name,aliases,unit,source_note\n,PUE,,note\n", "line 2: empty 'name'"),
        ("metrics.csv", "name,aliases,unit,source_note\nPUE,,,n\nPUE,,,n\n", "line 3: duplicate 'PUE'"),
    ],
)
def test_malformed_rows_name_file_and_line(filename: str, text: str, message: str) -> None:
    with pytest.raises(ValueError) as err:
        parse_rows(filename, text)
    assert message in str(err.value)
    assert str(err.value).startswith("ontology/metrics.csv")
