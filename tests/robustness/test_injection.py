"""Hostile names and evidence (quotes, backslashes, Cypher fragments, ``$param``, Chinese) survive every
store and export unchanged; write clauses are refused without ``--write``."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from robust_helpers import invoke_cli, no_traceback

from computekg.ontology import Entity, Evidence, Fact

HOSTILE = [
    '"}) DETACH DELETE n //',
    "'; MATCH (n) DELETE n; //",
    "O'Brien \"quoted\" back\\slash \\n \\' end\\",
    "$param {x} ${y} $1",
    "CREATE (n) MERGE SET DROP TABLE Company RETURN",
    "海光信息'); DROP TABLE Company; --",
    "</script><script>alert(1)</script>",
    "tab\there, new\nline",
]


def hostile_records() -> tuple[list[Entity], list[Fact]]:
    ents = [Entity(name="GPU", type="ProductCategory")]
    facts = []
    for i, h in enumerate(HOSTILE):
        doc = f"doc{i} '\"{h[:6]}.txt"
        ents.append(Entity(name=h, type="Company", country="CN", aliases=[f"{h} 别名"], docs=[doc]))
        sentence = f"据报道，{h}向市场供应GPU。"
        facts.append(Fact(subject=h, subject_type="Company", predicate="SUPPLIES", object="GPU",
                          object_type="ProductCategory",
                          evidence=Evidence(doc=doc, sentence=sentence, start=i, end=i + len(sentence),
                                            rule=f"r{h[:4]}", confidence=0.5)))
    return ents, facts


def _fact_view(facts) -> set[tuple]:
    return {(f.subject, f.object, f.predicate.value, f.evidence.doc, f.evidence.sentence, f.evidence.start,
             f.evidence.end, f.evidence.rule) for f in facts}


def _entity_view(ents) -> set[tuple]:
    return {(e.id, e.name, tuple(e.aliases), tuple(e.docs), e.country) for e in ents}


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from computekg.graph.atomic import write_database

    db = tmp_path_factory.mktemp("inj") / "hostile.lbug"
    write_database(*hostile_records(), db)
    return db


def _read(db: Path):
    from computekg.graph.base import open_store

    store = open_store(db, read_only=True)
    try:
        return store.entities(), store.facts(), store.counts()
    finally:
        store.close()


def test_ladybug_round_trip(hostile_db: Path):
    ents, facts = hostile_records()
    got_e, got_f, counts = _read(hostile_db)
    assert _entity_view(got_e) == _entity_view(ents)
    assert _fact_view(got_f) == _fact_view(facts)
    assert counts["nodes:Company"] == len(HOSTILE)


@pytest.mark.parametrize("value", HOSTILE)
def test_cypher_params_are_data(hostile_db: Path, value: str):
    r = invoke_cli("cypher", "MATCH (c:Company {name: $n})-[r:SUPPLIES]->(p) RETURN c.name AS name, "
                   "r.evidence AS evidence", "-p", f"n={value}", "--db", hostile_db, "--format", "json")
    assert r.returncode == 0 and no_traceback(r), r.stderr
    assert json.loads(r.stdout) == [{"name": value, "evidence": f"据报道，{value}向市场供应GPU。"}]
    _e, _f, counts = _read(hostile_db)
    assert counts["nodes:Company"] == len(HOSTILE)


WRITES = [
    "CREATE (n:Company {id:'x', name:'x'})",
    "create (n:Company {id:'x', name:'x'})",
    "MERGE (n:Company {id:'x'})",
    "MATCH (n) DETACH DELETE n",
    "match (n:Company) delete n",
    "MATCH (n:Company) SET n.name = 'x'",
    "MATCH (n:Company) REMOVE n.name",
    "DROP TABLE Company",
    "MATCH (n) RETURN n // read\nCREATE (m:Company {id:'y'})",
    "/* only reading */ MATCH (n) WITH n LIMIT 1 CREATE (m:Company {id:'z'})",
    "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n",
    "MATCH (n) WHERE n.name = 'a' DeTaCh DeLeTe n",
    "CALL some.writer('x')",
    "MATCH (n) WITH n\tMERGE (m:Company {id: n.id + 'x'})",
]


@pytest.mark.parametrize("stmt", WRITES)
def test_write_clauses_refused_without_write(hostile_db: Path, stmt: str):
    before = _read(hostile_db)[2]
    r = invoke_cli("cypher", stmt, "--db", hostile_db)
    assert no_traceback(r), r.stderr
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    assert _read(hostile_db)[2] == before


@pytest.mark.parametrize("stmt", [
    "MATCH (n:Company) WHERE n.name = 'CREATE' OR n.name = \"DELETE\" RETURN count(n) AS c",
    "/* CREATE (x) */ MATCH (n:Company) RETURN count(n) AS c",
    "MATCH (n:Company) // DETACH DELETE n\nRETURN count(n) AS c",
])
def test_keywords_in_strings_and_comments_are_reads(hostile_db: Path, stmt: str):
    r = invoke_cli("cypher", stmt, "--db", hostile_db, "--format", "json")
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "graphml", "neo4j-admin"])
def test_exports_round_trip(hostile_db: Path, tmp_path: Path, fmt: str):
    out = tmp_path / ("export" if fmt == "neo4j-admin" else f"export.{fmt}")
    r = invoke_cli("export", "--format", fmt, "--out", out, "--db", hostile_db)
    assert r.returncode == 0 and no_traceback(r), r.stderr
    names, evidence, docs = _parse_export(fmt, out)
    assert set(HOSTILE) <= names
    assert {f"据报道，{h}向市场供应GPU。" for h in HOSTILE} == evidence
    assert {f.evidence.doc for f in hostile_records()[1]} <= docs


def _parse_export(fmt: str, out: Path) -> tuple[set, set, set]:
    if fmt in ("turtle", "jsonld"):
        from rdflib import Graph

        from computekg.ontology.rdf import CK

        g = Graph().parse(str(out), format="turtle" if fmt == "turtle" else "json-ld")
        return ({str(o) for o in g.objects(None, CK.name)}, {str(o) for o in g.objects(None, CK.evidenceText)},
                {str(o) for o in g.objects(None, CK.sourceDocument)})
    if fmt == "graphml":
        import networkx as nx

        g = nx.read_graphml(str(out))
        edges = [d for _a, _b, d in g.edges(data=True) if d.get("type") == "SUPPLIES"]
        return ({d.get("name") for _n, d in g.nodes(data=True)}, {d["evidence"] for d in edges},
                {d["doc"] for d in edges})
    with open(out / "nodes_Company.csv", encoding="utf-8", newline="") as fh:
        names = {row["name"] for row in csv.DictReader(fh)}
    with open(out / "rels_SUPPLIES.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return names, {r["evidence"] for r in rows}, {r["doc"] for r in rows}


@pytest.mark.bolt
def test_bolt_push_round_trip(hostile_db: Path, falkor_store):
    ents, facts = hostile_records()
    got_e, got_f, _counts = _read(hostile_db)
    falkor_store.push(got_e, got_f, progress=False)
    assert _entity_view(falkor_store.entities()) == _entity_view(ents)
    assert _fact_view(falkor_store.facts()) == _fact_view(facts)
    for h in HOSTILE:
        rows = falkor_store.query("MATCH (c:Company {name: $n}) RETURN c.name AS name", {"n": h})
        assert rows == [{"name": h}]
    # pushing again is idempotent, and nothing was deleted by the payloads
    falkor_store.push(got_e, got_f, progress=False)
    rows = falkor_store.query("MATCH (c:Company) RETURN count(c) AS c")
    assert rows == [{"c": len(HOSTILE)}]
