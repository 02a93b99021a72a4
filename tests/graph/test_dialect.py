"""The Cypher layer: Neo4j forms translated, untranslatable ones refused with a hint, parameters
checked, introspection answered, read-only enforced, and every query under a timeout."""

from __future__ import annotations

import pytest

from computekg.graph.base import open_store
from computekg.graph.cypher import prepare
from computekg.graph.dialect import translate
from computekg.graph.errors import CypherError, QueryTimeout, ReadOnlyError


def test_neo4j_is_identity() -> None:
    q = "MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) RETURN type(r), [n IN nodes(p) | n.name]"
    assert translate(q, "neo4j") == q


def test_ladybug_shortest_paths() -> None:
    q = "MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) RETURN length(p)"
    assert translate(q, "ladybug") == "MATCH p = (a)-[:DEPENDS_ON* SHORTEST 1..6]->(b) RETURN length(p)"
    q = "MATCH p = allShortestPaths((a)-[:DEPENDS_ON*]->(b)) RETURN length(p)"
    assert translate(q, "ladybug") == "MATCH p = (a)-[:DEPENDS_ON* ALL SHORTEST]->(b) RETURN length(p)"


def test_falkordb_shortest_path_binds_its_endpoints() -> None:
    q = "MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) RETURN length(p)"
    assert translate(q, "falkordb") == (
        "WITH *, shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) AS p WHERE p IS NOT NULL RETURN length(p)"
    )
    q = "MATCH p = shortestPath((a:ProductCategory {name: 'X'})-[:DEPENDS_ON*]->(b:ProductCategory)) RETURN p"
    assert translate(q, "falkordb") == (
        "MATCH (a:ProductCategory {name: 'X'}), (b:ProductCategory) "
        "WITH *, shortestPath((a)-[:DEPENDS_ON*]->(b)) AS p WHERE p IS NOT NULL RETURN p"
    )


def test_ladybug_comprehension_and_functions() -> None:
    q = "RETURN [x IN nodes(p) WHERE x.name <> 'a|b' | x.name] AS ns, type(r) AS t, labels(n)[0] AS l"
    assert translate(q, "ladybug") == (
        "RETURN list_transform(list_filter(nodes(p), x -> x.name <> 'a|b'), x -> x.name) AS ns, "
        "label(r) AS t, label(n) AS l"
    )


@pytest.mark.parametrize(
    ("neo4j", "ladybug"),
    [
        ("RETURN labels(n) AS l", "RETURN [label(n)] AS l"),
        ("RETURN toString(x), toInteger(y), toFloat(z)", "RETURN CAST(x AS STRING), CAST(y AS INT64), CAST(z AS DOUBLE)"),
        ("RETURN head(l), last(l), tail(l)", "RETURN list_extract(l, 1), list_extract(l, -1), list_slice(l, 2, size(l))"),
        ("RETURN split(s, ','), substring(s, 1, 2)", "RETURN string_split(s, ','), substring(s, (1) + 1, 2)"),
        ("RETURN l[0], l[-1], l[1..3], l[..2]", "RETURN l[1], l[-1], l[2..3], l[1..2]"),
        ("RETURN collect(x)[0] AS a", "RETURN collect(x)[1] AS a"),
        ("RETURN x IN [1, 2] AS a", "RETURN x IN [1, 2] AS a"),
        ("RETURN m['key'] AS a", "RETURN m['key'] AS a"),
        ("MATCH (n) WHERE n:Company RETURN n", "MATCH (n) WHERE label(n) = 'Company' RETURN n"),
        ("MATCH (n) WHERE n:A|B RETURN n", "MATCH (n) WHERE label(n) IN ['A', 'B'] RETURN n"),
        ("MATCH (n:Company) WHERE (n)-[:X]->(m:Y) RETURN n", "MATCH (n:Company) WHERE (n)-[:X]->(m:Y) RETURN n"),
        ("MATCH (n) WHERE exists(n.country) RETURN n", "MATCH (n) WHERE (n.country IS NOT NULL) RETURN n"),
        ("MATCH (n) WHERE EXISTS { (n)-->() } RETURN n", "MATCH (n) WHERE EXISTS { MATCH (n)-->() } RETURN n"),
        ("MATCH (n) WHERE size((n)-->()) > 2 RETURN n", "MATCH (n) WHERE COUNT { MATCH (n)-->() } > 2 RETURN n"),
        ("MATCH (n) RETURN n {.name, .country, k: 1} AS m", "MATCH (n) RETURN {name: n.name, country: n.country, k: 1} AS m"),
        ("MATCH (n) RETURN n {.*} AS m", "MATCH (n) RETURN properties(n) AS m"),
        ("RETURN round(x), rand()", "RETURN round(x, 0), random()"),
        ("MATCH (n) WITH n ORDER BY n.name RETURN collect(n.name)", "MATCH (n) WITH n ORDER BY n.name  SKIP 0 RETURN collect(n.name)"),
        ("RETURN 'type(r) [0] labels(n)' AS s", "RETURN 'type(r) [0] labels(n)' AS s"),
    ],
)
def test_ladybug_rewrites(neo4j: str, ladybug: str) -> None:
    assert translate(neo4j, "ladybug") == ladybug


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ("RETURN reduce(s = 0, x IN [1, 2] | s + x)", "list_reduce"),
        ("MATCH (a)-[r]->(b) RETURN startNode(r)", "bind the endpoints"),
        ("MATCH (a) RETURN [(a)-->(b) | b.name]", "OPTIONAL MATCH"),
        ("MATCH (a), (b) RETURN length(shortestPath((a)-[*]->(b)))", "MATCH p = shortestPath"),
        ("MATCH (c) WHERE any(a IN c.aliases WHERE a = $name) RETURN c", "WITH $x AS x"),
        ("CALL { MATCH (n) RETURN n } RETURN n", "EXISTS { MATCH"),
        ("CALL apoc.help('x')", "APOC"),
        ("CALL db.indexes()", "db.labels()"),
    ],
)
def test_untranslatable_forms_say_what_to_write(query: str, hint: str) -> None:
    with pytest.raises(CypherError) as exc:
        prepare(query, {"name": "x"}, "ladybug", write=query.startswith("CALL apoc"), catalog=dict)
    assert hint in str(exc.value) and "\n" not in str(exc.value)


def test_missing_parameter_is_named() -> None:
    with pytest.raises(CypherError, match=r"missing parameter \$country"):
        prepare("MATCH (c:Company {name: $name, country: $country}) RETURN c", {"name": "x"}, "ladybug")
    text, params = prepare("MATCH (c {name: '$not_a_param'}) RETURN c // $comment", {"unused": 1}, "ladybug")
    assert params == {}  # parameters the query does not use are not sent


def test_paging_parameters_are_written_in_for_ladybug() -> None:
    text, params = prepare("MATCH (c) RETURN c SKIP $s LIMIT $n", {"s": 2, "n": 5}, "ladybug")
    assert text.endswith("SKIP 2 LIMIT 5") and params == {}
    with pytest.raises(CypherError, match="LIMIT"):
        prepare("MATCH (c) RETURN c LIMIT $n", {"n": "5; DROP"}, "ladybug")


def test_read_only_unless_write() -> None:
    with pytest.raises(ReadOnlyError):
        prepare("MATCH (n) DETACH DELETE n", {}, "ladybug")
    prepare("MATCH (n) WHERE n.name = 'DELETE' RETURN n", {}, "ladybug")


def test_introspection_on_ladybug(small_db) -> None:
    with open_store(small_db, read_only=True) as store:
        labels = [r["label"] for r in store.query("CALL db.labels()")]
        assert labels == sorted(labels) and {"Company", "ProductCategory", "CategoryStats"} <= set(labels)
        assert "Facility" not in labels  # no node of that label
        types = store.query("CALL db.relationshipTypes() YIELD relationshipType AS t WHERE t STARTS WITH 'SUP' "
                            "RETURN t ORDER BY t")
        assert [r["t"] for r in types] == ["SUPPLIER_OF", "SUPPLIES"]
        viz = store.query("CALL db.schema.visualization()")
        assert len(viz) == 1 and {"name": "Company"} in viz[0]["nodes"]
        assert {"from": "Company", "type": "SUPPLIES", "to": "ProductCategory"} in viz[0]["relationships"]
        keys = {r["propertyKey"] for r in store.query("CALL db.propertyKeys()")}
        assert {"aliases", "span_start", "fact_id"} <= keys


def test_timeout_stops_a_runaway_query(small_db) -> None:
    with open_store(small_db, read_only=True) as store:
        with pytest.raises(QueryTimeout, match="--timeout"):
            store.query("MATCH (a)-[*1..12]-(b) RETURN count(*) AS n", timeout=0.2)
        assert store.query("MATCH (c:Company) RETURN count(c) AS n", timeout=0.2) == [{"n": 7}]
