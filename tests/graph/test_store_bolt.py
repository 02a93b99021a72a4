"""BoltStore against a throw-away FalkorDB (``falkordb_bolt`` fixture) and, if configured, Neo4j."""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.bolt


def _nonzero(c: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in c.items() if v}


def _dump(records) -> list[str]:
    return sorted(r.model_dump_json() for r in records)


def test_push_counts_match_ladybug(falkor_store, small_db, small_graph) -> None:
    from computekg.graph.base import open_store

    s = falkor_store.push(*small_graph, progress=False)
    with open_store(small_db, read_only=True) as lb:
        expected = lb.counts()
    assert falkor_store.counts() == expected
    assert s.nodes == sum(v for k, v in expected.items() if k.startswith("nodes:"))
    # MERGE on id / fact_id: pushing again changes nothing
    falkor_store.push(*small_graph, progress=False)
    assert falkor_store.counts() == expected


def test_bolt_round_trip(falkor_store, small_graph) -> None:
    ents, facts = small_graph
    falkor_store.push(ents, facts, progress=False)
    assert _dump(falkor_store.entities()) == _dump(ents)
    assert _dump(falkor_store.facts()) == _dump(facts)


@pytest.mark.parametrize("value", ["it's", "back\\slash", "\\b", 'q"q', "MATCH (n) DETACH DELETE n", "中文"])
def test_bolt_params_round_trip(falkor_store, value: str) -> None:
    assert falkor_store.query("RETURN $v AS v", {"v": value}) == [{"v": value}]
    assert falkor_store.query("RETURN $m AS m", {"m": {"k": value}}) == [{"m": {"k": value}}]


def test_bolt_read_only(falkor_store) -> None:
    from computekg.graph.base import ReadOnlyError

    with pytest.raises(ReadOnlyError):
        falkor_store.query("CREATE (n:Company {id: 'x'})")


@pytest.mark.neo4j
def test_neo4j_push(small_graph) -> None:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip("set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to run against a real Neo4j")
    from computekg.graph.bolt import BoltStore

    with BoltStore(uri, user=os.environ.get("NEO4J_USER", "neo4j"),
                   password=os.environ.get("NEO4J_PASSWORD", ""),
                   database=os.environ.get("NEO4J_DATABASE")) as store:
        store.clear()
        store.push(*small_graph, progress=False)
        assert store.counts()["rels:SUPPLIES"] == 8
        assert _dump(store.facts()) == _dump(small_graph[1])
