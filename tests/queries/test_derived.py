"""Derived tables change nothing: every answer read from them equals the answer computed from the
facts in memory (the pre-materialization algorithm), on bench S and the hand-built graph; a page is
a slice of the whole answer; the whole graph comes out as DataFrames."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from derived_check import check_same

from computekg.graph.base import open_store
from computekg.queries.chain import Chain

REPO = Path(__file__).resolve().parents[2]


def test_stored_equals_computed_on_the_small_graph(small_db: Path) -> None:
    params = {"category": "GPU", "segment": "Hardware", "subject": "NVIDIA", "predicate": "HAS_MARKET_SHARE",
              "object": "GPU", "restrict": "AIChip", "country": "US"}
    with open_store(small_db, read_only=True) as store:
        check_same(store, params, 30)


@pytest.fixture(scope="module")
def bench_s(tmp_path_factory: pytest.TempPathFactory):
    sys.path.insert(0, str(REPO))
    from bench.generate import generate
    from computekg.builder import write_graph

    g = generate("S", 42)
    db = tmp_path_factory.mktemp("s") / "s.lbug"
    write_graph(*g.records(), db)
    return db, g.params


def test_stored_equals_computed_on_bench_s(bench_s) -> None:
    db, params = bench_s
    with open_store(db, read_only=True) as store:
        check_same(store, params, 2000)


def test_pages_are_slices_of_the_whole_answer(bench_s) -> None:
    db, params = bench_s
    with open_store(db, read_only=True) as store:
        chain = Chain(store)
        whole = chain.suppliers(params["category"])
        assert whole.total == len(whole.rows) > 60
        for limit, offset in ((20, 0), (20, 40), (7, len(whole.rows) - 3)):
            page = chain.suppliers(params["category"], limit=limit, offset=offset)
            assert page.rows == whole.rows[offset : offset + limit]
            assert page.total == whole.total and page.more == max(0, whole.total - offset - len(page.rows))
        gaps = chain.gaps()
        assert chain.gaps(limit=5, offset=5).rows == gaps.rows[5:10]
        brief = chain.gaps(limit=5, brief=True)
        assert [r["gap_score"] for r in brief.rows] == [r["gap_score"] for r in gaps.rows[:5]]
        assert "domestic_suppliers" not in brief.columns
        short = chain.what_if(params["restrict"], params["country"], limit=3)
        full = chain.what_if(params["restrict"], params["country"])
        assert short["summary"] == full["summary"]
        for name, table in short["tables"].items():
            assert table.rows == full["tables"][name].rows[:3] and table.total == len(full["tables"][name].rows)


def test_library_pages(bench_s) -> None:
    from computekg.queries.library import list_queries, run_page, run_query

    db, params = bench_s
    args = {"domestic_suppliers": {"category": params["category"]}, "segment_suppliers": {"segment": params["segment"]},
            "export_control_exposure": {}, "foreign_concentration": {}}
    with open_store(db, read_only=True) as store:
        for name, p in args.items():
            whole = run_query(store, name, **p)
            assert len(whole) > 25, name
            for offset in (0, 10):
                page = run_page(store, name, limit=10, offset=offset, **p)
                assert page.rows == whole[offset : offset + 10] and page.total == len(whole), name
    assert {q.name for q in list_queries()} >= set(args)


def test_to_frames(small_db: Path) -> None:
    from computekg.queries.analysis import ChainGraph

    g = ChainGraph(open_store(small_db, read_only=True))
    nodes, rels = g.to_frames()
    assert {"id", "label", "name", "aliases", "country"} <= set(nodes.columns)
    assert set(nodes["label"]) >= {"Company", "ProductCategory", "Document"} and "CategoryStats" not in set(nodes["label"])
    assert nodes.set_index("id").loc["Company:寒武纪", "aliases"] == ["寒武纪科技", "Cambricon"]
    assert {"src", "dst", "type", "fact_id", "evidence", "span_start", "count"} <= set(rels.columns)
    supplies = rels[rels["type"] == "SUPPLIES"]
    assert len(supplies) == 8 and set(supplies["src"]) >= {"Company:NVIDIA", "Company:海光信息"}
    assert (rels["type"] == "MENTIONED_IN").any() and "SUPPLIER_OF" not in set(rels["type"])
    n2, r2 = g.to_frames(derived=True)
    assert "CategoryStats" in set(n2["label"]) and "SUPPLIER_OF" in set(r2["type"])
    g.close()
