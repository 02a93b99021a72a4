"""Cypher as Neo4j users write it: the same queries on LadybugDB (through the translation layer) and
on FalkorDB over Bolt, with the same answers.

The graph is the small hand-built one (tests/conftest.py) with its derived tables. Rows are compared
after normalising numbers (FalkorDB returns sums as floats) and, for queries without ORDER BY, as sets.
"""

from __future__ import annotations

import json
import math

import pytest

from computekg.graph.base import open_store

# (query, params) — each one is plain Neo4j Cypher; none of them is written for a particular engine.
QUERIES: list[tuple[str, dict]] = [
    ("MATCH (c:Company) RETURN count(c) AS n", {}),
    ("MATCH (c:Company {country: 'CN'}) RETURN c.name AS name ORDER BY name", {}),
    ("MATCH (c:Company)-[:SUPPLIES]->(p:ProductCategory {name: 'GPU'}) RETURN c.name AS company ORDER BY company", {}),
    ("MATCH (c:Company)-[r]->(p:ProductCategory {name: 'GPU'}) RETURN type(r) AS rel, count(*) AS n ORDER BY rel", {}),
    ("MATCH (n) WHERE n.name = 'NVIDIA' RETURN labels(n) AS labels", {}),
    ("MATCH (n:Company) RETURN labels(n)[0] AS label, count(*) AS n", {}),
    ("MATCH (c:Company) WHERE 'Cambricon' IN c.aliases RETURN c.name AS name", {}),
    ("MATCH (c:Company) WHERE size(c.aliases) > 1 RETURN c.name AS name, size(c.aliases) AS n ORDER BY name", {}),
    ("MATCH (c:Company) RETURN c.name AS name, coalesce(c.country, 'unknown') AS country ORDER BY name", {}),
    ("MATCH (c:Company)-[:SUPPLIES]->(p) RETURN c.name AS company, count(DISTINCT p) AS products ORDER BY company", {}),
    ("MATCH (c:Company)-[:SUPPLIES]->(p) WITH c, count(p) AS n WHERE n > 1 RETURN c.name AS name, n ORDER BY name", {}),
    ("MATCH p = shortestPath((a:ProductCategory {name: 'AIServer'})-[:DEPENDS_ON*]->"
     "(b:ProductCategory {name: 'EUVLithography'})) RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops", {}),
    ("MATCH (a:ProductCategory {name: 'AIServer'}), (b:ProductCategory {name: 'EUVLithography'}) WITH a, b "
     "MATCH p = allShortestPaths((a)-[:DEPENDS_ON*]->(b)) RETURN length(p) AS hops", {}),
    ("MATCH p = (a:ProductCategory {name: 'AIServer'})-[:DEPENDS_ON*1..3]->(b) "
     "RETURN b.name AS dep, length(p) AS depth ORDER BY depth, dep", {}),
    ("MATCH p = (a:ProductCategory {name: 'AIServer'})-[:DEPENDS_ON*1..3]->(b) "
     "RETURN b.name AS dep, [r IN relationships(p) | type(r)] AS types", {}),
    ("MATCH (c:Company) WHERE c.name STARTS WITH '海' RETURN c.name AS name", {}),
    ("MATCH (c:Company) WHERE toLower(c.name) CONTAINS 'nv' RETURN c.name AS name", {}),
    ("MATCH (c:Company) WHERE c.country IS NULL RETURN c.name AS name", {}),
    ("MATCH (c:Company) WHERE NOT (c)-[:HAS_MARKET_SHARE]->() RETURN c.name AS name ORDER BY name", {}),
    ("MATCH (c:Company) WHERE (c)-[:HAS_MARKET_SHARE]->() RETURN c.name AS name ORDER BY name", {}),
    ("MATCH (c:Company) WHERE EXISTS { MATCH (c)-[:SUPPLIES]->(:ProductModel) } RETURN c.name AS name", {}),
    ("MATCH (c:Company)-[s:HAS_MARKET_SHARE]->(p) RETURN c.name AS company, p.name AS category, s.value AS share "
     "ORDER BY share DESC", {}),
    ("MATCH (:Company)-[s:HAS_MARKET_SHARE]->() RETURN sum(s.value) AS total, avg(s.value) AS mean, "
     "max(s.value) AS hi, min(s.value) AS lo", {}),
    ("MATCH (c:Company) RETURN c.country AS country, count(*) AS n ORDER BY n DESC, country", {}),
    ("UNWIND ['GPU', 'NPU', 'HBM'] AS name MATCH (p:ProductCategory {name: name}) RETURN p.name AS name, "
     "p.name_zh AS zh ORDER BY name", {}),
    ("MATCH (c:Company) RETURN CASE WHEN c.domestic THEN 'domestic' WHEN c.domestic = false THEN 'foreign' "
     "ELSE 'unknown' END AS kind, count(*) AS n ORDER BY kind", {}),
    ("MATCH (c:Company) RETURN toUpper(c.name) AS up ORDER BY up LIMIT 3", {}),
    ("MATCH (c:Company) RETURN c.name AS name ORDER BY name SKIP 2 LIMIT 3", {}),
    ("MATCH (c:Company {name: 'NVIDIA'})-[:SUPPLIES]->(x) RETURN x.name AS item, labels(x)[0] AS kind ORDER BY item",
     {}),
    ("MATCH (m:ProductModel)-[:INSTANCE_OF]->(p:ProductCategory) RETURN m.name AS model, p.name AS category", {}),
    ("MATCH (pol:Policy)-[r:RESTRICTS]->(x) RETURN pol.name AS policy, x.name AS item, r.date AS date ORDER BY item",
     {}),
    ("MATCH (c:Company) WHERE c.name IN ['NVIDIA', 'AMD', 'Intel'] RETURN c.name AS name ORDER BY name", {}),
    ("MATCH (a:ProductCategory)-[:SUBTYPE_OF]->(:ProductCategory {name: 'AIChip'}) WITH a ORDER BY a.name "
     "RETURN collect(a.name) AS subtypes", {}),
    ("MATCH (a:ProductCategory)-[:DEPENDS_ON]->(b) RETURN a.name AS src, b.name AS dst ORDER BY src, dst", {}),
    ("MATCH (c:Company)-[:SUPPLIES]->(:ProductCategory {name: 'GPU'}) WITH collect(c.name) AS names "
     "RETURN size(names) AS n", {}),
    ("MATCH (c:Company {name: 'NVIDIA'}) RETURN c {.name, .country} AS company", {}),
    ("RETURN toString(42) AS s, toInteger('7') AS i, toFloat('2.5') AS f", {}),
    ("RETURN split('a,b,c', ',') AS parts, substring('abcdef', 1, 3) AS sub", {}),
    ("RETURN [x IN range(1, 5) WHERE x % 2 = 1 | x * 10] AS odds", {}),
    ("RETURN head([3, 4, 5]) AS h, last([3, 4, 5]) AS l, tail([3, 4, 5]) AS t", {}),
    ("RETURN size('中文') AS n, reverse('abc') AS r, trim('  x  ') AS t", {}),
    ("MATCH (c:Company) WHERE any(a IN c.aliases WHERE a STARTS WITH '寒') RETURN c.name AS name", {}),
    ("MATCH (c) WHERE c:Company AND c.country = 'US' RETURN c.name AS name ORDER BY name", {}),
    ("MATCH (n) WHERE n:Policy OR n:Segment RETURN n.name AS name ORDER BY name", {}),
    ("CALL db.labels() YIELD label RETURN label ORDER BY label", {}),
    ("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType", {}),
    ("MATCH (c:Company)-[:SUPPLIES]->(p:ProductCategory) RETURN p.name AS category, count(DISTINCT c) AS suppliers "
     "ORDER BY suppliers DESC, category", {}),
    ("OPTIONAL MATCH (c:Company {name: 'nobody'}) RETURN c.name AS name", {}),
    ("MATCH (c:Company) WITH c.country AS country, collect(c.name) AS names WHERE size(names) > 1 "
     "RETURN country, size(names) AS n ORDER BY country", {}),
    ("MATCH (c:Company {name: $name}) RETURN c.country AS country", {"name": "NVIDIA"}),
    ("MATCH (x:Company)-[:SUPPLIES]->(p:ProductCategory)<-[:SUPPLIES]-(y:Company) WHERE x.name < y.name "
     "RETURN x.name AS a, y.name AS b, p.name AS via ORDER BY a, b, via", {}),
    ("MATCH (c:Company)-[s:SUPPLIER_OF]->(p:ProductCategory {name: 'GPU'}) RETURN c.name AS company, s.n_facts AS n "
     "ORDER BY n DESC, company", {}),
]


def _num(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int | float):
        return None if isinstance(v, float) and math.isnan(v) else round(float(v), 6)
    if isinstance(v, list):
        return [_num(x) for x in v]
    if isinstance(v, dict):
        return {k: _num(x) for k, x in v.items()}
    return v


def canonical(query: str, rows: list[dict]) -> list[str]:
    out = [json.dumps(_num(r), ensure_ascii=False, sort_keys=True) for r in rows]
    return out if " ORDER BY " in query.rsplit("RETURN", 1)[-1] else sorted(out)


@pytest.fixture(scope="module")
def ladybug_store(small_db):
    with open_store(small_db, read_only=True) as store:
        yield store


@pytest.fixture(scope="module")
def falkor_small(falkordb_bolt, small_graph_session):
    from computekg.graph.bolt import BoltStore
    from computekg.queries.materialize import materialize

    store = BoltStore(falkordb_bolt, user="falkordb", password="")
    store.clear()
    store.push(*small_graph_session, progress=False)
    materialize(store)
    yield store
    store.close()


def test_at_least_forty_distinct_queries() -> None:
    assert len({q for q, _ in QUERIES}) == len(QUERIES) >= 40


@pytest.mark.parametrize(("query", "params"), QUERIES, ids=[f"q{i:02d}" for i in range(len(QUERIES))])
def test_runs_on_ladybug(ladybug_store, query: str, params: dict) -> None:
    rows = ladybug_store.query(query, params)
    assert isinstance(rows, list)
    if "nobody" not in query:
        assert rows and any(v not in (None, [], 0) for r in rows for v in r.values()), query


@pytest.mark.bolt
@pytest.mark.parametrize(("query", "params"), QUERIES, ids=[f"q{i:02d}" for i in range(len(QUERIES))])
def test_same_answer_on_falkordb(ladybug_store, falkor_small, query: str, params: dict) -> None:
    falkor = falkor_small.query(query, params)
    if query.startswith("CALL db."):
        falkor = [r for r in falkor if _in_use(falkor_small, next(iter(r.values())))]
    assert canonical(query, falkor) == canonical(query, ladybug_store.query(query, params))


def _in_use(store, name: str) -> bool:
    """FalkorDB lists every label / type ever created in the server; LadybugDB (like Neo4j) those in use."""
    from computekg.graph.schema import rel_types

    q = f"MATCH ()-[r:{name}]->() RETURN count(r) AS n" if name in rel_types() else f"MATCH (n:{name}) RETURN count(n) AS n"
    return store.query(q)[0]["n"] > 0


def test_known_answers(ladybug_store) -> None:
    """A few answers worked out by hand, so that agreeing engines are also right."""
    q = {query: ladybug_store.query(query, params) for query, params in QUERIES}
    assert q[QUERIES[4][0]] == [{"labels": ["Company"]}]
    assert q[QUERIES[6][0]] == [{"name": "寒武纪"}]
    assert q[QUERIES[11][0]] == [{"path": ["AIServer", "GPU", "HBM", "EUVLithography"], "hops": 3}]
    assert q[QUERIES[32][0]] == [{"subtypes": ["GPU", "NPU"]}]
    assert q[QUERIES[35][0]] == [{"company": {"name": "NVIDIA", "country": "US"}}]
    assert q[QUERIES[36][0]] == [{"s": "42", "i": 7, "f": 2.5}]
    assert q[QUERIES[37][0]] == [{"parts": ["a", "b", "c"], "sub": "bcd"}]
    assert q[QUERIES[38][0]] == [{"odds": [10, 30, 50]}]
    assert q[QUERIES[39][0]] == [{"h": 3, "l": 5, "t": [4, 5]}]
    assert {r["label"] for r in q[QUERIES[44][0]]} >= {"Company", "ProductCategory", "Policy", "Document"}
    assert "SUPPLIES" in {r["relationshipType"] for r in q[QUERIES[45][0]]}
