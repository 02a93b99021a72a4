"""Smoke test of the benchmarks: the XS scale end to end and the ingest bench on a tiny input.

Structure only - no timing assertions (speed targets live in bench/RESULTS.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench import bench_ingest, bench_store, nxref  # noqa: E402
from bench.generate import SCALES, generate  # noqa: E402
from bench.run import main  # noqa: E402
from computekg.ontology import is_allowed  # noqa: E402
from computekg.queries.library import list_queries  # noqa: E402


@pytest.fixture(scope="module")
def xs():
    return generate("XS", seed=7)


def test_generator_is_seeded_and_valid(xs):
    again = generate("XS", seed=7)
    assert again.cols == xs.cols
    assert xs.total_relationships >= SCALES["XS"]
    cats = [e for e in xs.entities if e.type.value == "ProductCategory"]
    assert 80 <= len(cats) <= 200
    assert {"GPU", "AIServer", "HBM", "Lithography"} <= {c.name for c in cats}
    entities, facts = xs.records()
    assert all(is_allowed(f.predicate, f.subject_type.value, f.object_type.value) for f in facts)
    assert len({f.id for f in facts}) == len(facts)
    countries = {e.country for e in entities if e.type.value == "Company"}
    assert {"CN", "US", "JP", "KR", "TW"} <= countries
    preds = {f.predicate.value for f in facts}
    assert {"SUPPLIES", "HAS_MARKET_SHARE", "DEPENDS_ON", "SUBTYPE_OF", "PART_OF_SEGMENT", "RESTRICTS"} <= preds
    doc_fact = next(f for f in facts if f.origin == "document")
    assert doc_fact.evidence.sentence and doc_fact.evidence.end > doc_fact.evidence.start


def test_store_bench_end_to_end(tmp_path, capsys):
    out = tmp_path / "xs.json"
    assert main(["--scale", "XS", "--repeat", "1", "--warmup", "0", "--out", str(out),
                 "--workdir", str(tmp_path / "db")]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["counts_equal"] is True
    load = res["load"]
    assert load["project_relationships"] == load["direct_relationships"] > 0
    assert load["project_write_s"] > 0 and load["project_derive_s"] > 0 and load["direct_copy_s"] > 0
    assert load["project_size_mib"] > 0 and res["max_rss_mib"] > 0
    names = {q.name for q in list_queries()}
    assert set(res["library"]) == names  # every library query is measured
    for name, e in res["library"].items():
        assert "error" not in e, (name, e)
        assert e["store"]["median_ms"] > 0 and e["default"]["median_ms"] > 0
        assert e["default"]["rows"] == min(20, e["total_rows"]) and e["store"]["rows"] == e["total_rows"], name
        if name in nxref.LIBRARY:
            assert e["networkx"]["rows"] == e["store"]["rows"], name  # same answer size
    assert set(res["analysis"]) == set(nxref.ANALYSIS)
    for name, e in res["analysis"].items():
        assert "error" not in e, (name, e)
        assert e["cold"]["median_ms"] > 0 and e["warm"]["median_ms"] > 0 and e["full_cold"]["median_ms"] > 0
        assert e["networkx"]["median_ms"] > 0
    table = capsys.readouterr().out
    assert "| foreign_concentration |" in table and "| substitution_gaps |" in table


def test_stream_yields_the_generated_graph(xs):
    from bench.generate import stream

    entities, facts = stream("XS", seed=7)
    e2, f2 = xs.records()
    assert [e.id for e in entities] == [e.id for e in e2]
    assert [f.id for f in facts] == [f.id for f in f2]


def test_frames_match_project_rows(xs):
    node_frames, rel_frames = bench_store.build_frames(xs)
    from computekg.graph.rows import graph_rows

    rows = graph_rows(*xs.records())
    assert {k: len(v) for k, v in rows.nodes.items()} == {k: len(v) for k, v in node_frames.items()}
    proj = {(r, *pair): len(v) for r, by in rows.rels.items() for pair, v in by.items()}
    assert proj == {k: len(v) for k, v in rel_frames.items()}


def test_ingest_bench_tiny(tmp_path):
    corpus = tmp_path / "seed"
    corpus.mkdir()
    src = REPO / "samples" / "corpus"
    seeds = sorted(src.glob("*.txt"))[:2] if src.exists() else []
    if not seeds:
        pytest.skip("no sample corpus")
    for p in seeds:
        (corpus / p.name).write_bytes(p.read_bytes())
    res = bench_ingest.run_ingest(target_mb=0.05, procs=(1, 2), chunk=2, corpus=corpus, log=lambda m: None)
    assert res["files"] >= 2 and res["bytes"] >= 50_000
    for n in ("1", "2"):
        r = res["runs"][n]
        assert r["documents"] == res["files"] and r["errors"] == 0
        assert r["chars"] > 0 and r["chars_per_s"] > 0 and r["chars_per_s_per_core"] > 0
    assert res["runs"]["1"]["facts"] > 0
    assert "| 2 |" in bench_ingest.markdown(res)
