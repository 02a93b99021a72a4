"""The seed graph (built from ../shared/corpus) answers the questions the product exists for."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpus not beside the repo")

QUERY_PARAMS = {
    "dependencies": {"category": "AIServer"},
    "dependency_path": {"source": "AIServer", "target": "Lithography"},
    "dependents": {"category": "HBM"},
    "domestic_suppliers": {"category": "GPU"},
    "export_control_exposure": {},
    "fact_evidence": {"subject": "Intel", "predicate": "HAS_MARKET_SHARE", "object": "CPU"},
    "foreign_concentration": {},
    "segment_suppliers": {"segment": "Upstream"},
}


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from computekg.builder import build

    db = tmp_path_factory.mktemp("seed") / "seed.lbug"
    build([CORPUS], db)
    return db


@pytest.fixture(scope="module")
def chain(seed_db: Path):
    from computekg.queries.analysis import ChainGraph

    return ChainGraph.open(seed_db)


def test_domestic_gpu_suppliers(chain) -> None:
    df = chain.suppliers("GPU", domestic=True)
    names = set(df["name"])
    assert {"海光信息", "景嘉微", "壁仞科技", "沐曦"} <= names
    assert set(df["country"]) == {"CN"}
    assert not (set(chain.suppliers("GPU", domestic=False)["name"]) & names)


def test_gap_table_carries_intel_share_and_ranks_chokepoints_high(chain) -> None:
    gaps = chain.substitution_gaps()
    cpu = gaps.set_index("category").loc["CPU"]
    assert any(s.startswith("Intel 70.77%") and "2022" in s for s in cpu["foreign_shares"])
    top = list(gaps["category"][:8])
    assert "AIChip" in top or "GPU" in top
    assert "CPU" in top
    assert {"Lithography", "SemiconductorEquipment", "CoatingEquipment", "IonImplanter"} & set(top)


def test_2023_control_touches_gpu_and_ai_chips(chain) -> None:
    gaps = chain.substitution_gaps().set_index("category")
    for cat in ("AIChip", "GPU"):
        assert any("2023-10-17" in r for r in gaps.loc[cat, "export_controls"]), cat


def test_dependency_chain_reaches_lithography(chain) -> None:
    deps = chain.dependencies("AIServer")
    assert "Lithography" in set(deps["category"])


def test_every_library_query_returns_rows_on_the_seed_graph(seed_db: Path) -> None:
    from computekg.graph import open_store
    from computekg.queries.library import list_queries, run_query

    names = {q.name for q in list_queries()}
    assert names == set(QUERY_PARAMS)
    with open_store(seed_db, read_only=True) as store:
        for name, params in QUERY_PARAMS.items():
            assert run_query(store, name, **params), name
        gpu = run_query(store, "domestic_suppliers", category="GPU")
        assert "海光信息" in {r["company"] for r in gpu}
        assert {r["country"] for r in gpu} == {"CN"}


def test_seed_export_conforms_to_shapes(seed_db: Path, tmp_path: Path) -> None:
    import pyshacl
    from rdflib import Graph

    from computekg.graph import export, open_store
    from computekg.ontology.rdf import load_shapes_graph

    with open_store(seed_db, read_only=True) as store:
        entities, facts = store.entities(), store.facts()
    out = tmp_path / "seed.ttl"
    export("turtle", entities, facts, out)
    conforms, _, text = pyshacl.validate(Graph().parse(out), shacl_graph=load_shapes_graph(), inference="none")
    assert conforms, text[:2000]


def test_rebuild_is_idempotent(seed_db: Path, tmp_path: Path) -> None:
    from computekg.builder import build
    from computekg.graph import open_store

    again = tmp_path / "again.lbug"
    build([CORPUS], again)
    build([CORPUS], again)
    with open_store(seed_db, read_only=True) as a, open_store(again, read_only=True) as b:
        assert a.counts() == b.counts()


@pytest.mark.bolt
def test_seed_graph_round_trips_over_bolt(seed_db: Path, falkor_store) -> None:
    from computekg.graph import open_store

    with open_store(seed_db, read_only=True) as store:
        entities, facts = store.entities(), store.facts()
    falkor_store.push(entities, facts, progress=False)
    rows = falkor_store.query("MATCH (c:Company)-[r:SUPPLIES]->(p:ProductCategory {name: $cat}) RETURN c.name AS n",
                              {"cat": "GPU"})
    assert {"海光信息", "景嘉微"} <= {r["n"] for r in rows}
    n_supplies = falkor_store.query("MATCH ()-[r:SUPPLIES]->() RETURN count(r) AS n")[0]["n"]
    assert n_supplies == sum(1 for f in facts if f.predicate.value == "SUPPLIES")


def test_conflicting_sources_are_kept_side_by_side(chain) -> None:
    ev = chain.evidence("中国", "MENTIONS_METRIC", "智能算力规模")
    rows = ev[ev["year"] == 2022]
    assert {178.5, 268.0} <= set(rows["value"])
    assert rows[rows["value"].isin([178.5, 268.0])]["conflict"].all()
    assert len(set(rows["doc"])) == 2


def test_derived_tables_change_no_answer_on_the_seed_graph(seed_db: Path) -> None:
    """Read from the derived tables or computed from the facts (the algorithm before them): the same rows."""
    from derived_check import check_same

    from computekg.graph import open_store

    params = {"category": "GPU", "segment": "上游", "subject": "Intel", "predicate": "HAS_MARKET_SHARE",
              "object": "CPU", "restrict": "GPU", "country": "US"}
    with open_store(seed_db, read_only=True) as store:
        check_same(store, params, 300)


def test_library_pages_on_the_seed_graph(seed_db: Path) -> None:
    from computekg.graph import open_store
    from computekg.queries.library import run_page, run_query

    with open_store(seed_db, read_only=True) as store:
        whole = run_query(store, "segment_suppliers", segment="Upstream")
        page = run_page(store, "segment_suppliers", limit=5, offset=3, segment="Upstream")
        assert page.rows == whole[3:8] and page.total == len(whole) > 8
        assert [r["facts"] for r in whole] == sorted((r["facts"] for r in whole), reverse=True)
