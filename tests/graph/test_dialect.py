"""The Cypher dialect adapter."""

from __future__ import annotations

import pytest

from computekg.graph.dialect import translate


def test_neo4j_is_identity() -> None:
    q = "MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) RETURN type(r), [n IN nodes(p) | n.name]"
    assert translate(q, "neo4j") == q


def test_ladybug_shortest_path() -> None:
    q = "MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) RETURN length(p)"
    assert translate(q, "ladybug") == "MATCH p = (a)-[:DEPENDS_ON* SHORTEST 1..6]->(b) RETURN length(p)"


def test_falkordb_shortest_path() -> None:
    q = "MATCH p = shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) RETURN length(p)"
    assert translate(q, "falkordb") == (
        "WITH shortestPath((a)-[:DEPENDS_ON*1..6]->(b)) AS p WHERE p IS NOT NULL RETURN length(p)"
    )


def test_ladybug_comprehension_and_functions() -> None:
    q = "RETURN [x IN nodes(p) WHERE x.name <> 'a|b' | x.name] AS ns, type(r) AS t, labels(n)[0] AS l"
    assert translate(q, "ladybug") == (
        "RETURN list_transform(list_filter(nodes(p), x -> x.name <> 'a|b'), x -> x.name) AS ns, "
        "label(r) AS t, label(n) AS l"
    )


def test_unknown_dialect() -> None:
    with pytest.raises(ValueError):
        translate("RETURN 1", "sparql")
