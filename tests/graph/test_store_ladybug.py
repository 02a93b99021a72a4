"""LadybugStore: counts, lossless round-trip, idempotent + atomic builds, read-only guard, params."""

from __future__ import annotations

from pathlib import Path

import pytest

from computekg.graph import atomic
from computekg.graph.atomic import add_to_database, merge_records, write_database
from computekg.graph.base import ReadOnlyError, StoreError, check_read_only, open_store
from computekg.graph.ladybug import LadybugStore
from computekg.ontology import Entity, Evidence, Fact


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in counts.items() if v}


def _dump(records) -> list[str]:
    return sorted(r.model_dump_json() for r in records)


def test_counts(small_db: Path, small_graph) -> None:
    ents, facts = small_graph
    with LadybugStore(small_db, read_only=True) as store:
        c = store.counts()
    assert c["nodes:Company"] == 7
    assert c["nodes:ProductCategory"] == 7
    assert c["nodes:Document"] == 2  # created for the docs the entities / facts were read in
    assert c["rels:SUPPLIES"] == 8
    assert c["rels:DEPENDS_ON"] == 4
    assert c["rels:HAS_MARKET_SHARE"] == 2
    assert sum(v for k, v in c.items() if k.startswith("rels:") and k != "rels:MENTIONED_IN") == len(facts)
    assert c["nodes:Facility"] == 0  # every label reported, zeros included


def test_round_trip_is_lossless(small_db: Path, small_graph) -> None:
    ents, facts = small_graph
    with open_store(small_db, read_only=True) as store:
        assert _dump(store.entities()) == _dump(ents)
        assert _dump(store.facts()) == _dump(facts)


def test_domestic_flag_and_nulls(small_db: Path) -> None:
    with open_store(small_db, read_only=True) as store:
        rows = store.query("MATCH (c:Company) RETURN c.name AS n, c.domestic AS d ORDER BY n")
    flags = {r["n"]: r["d"] for r in rows}
    assert flags["海光信息"] is True and flags["NVIDIA"] is False and flags["Mystery"] is None


def test_rebuild_is_idempotent(tmp_path: Path, small_graph) -> None:
    db = tmp_path / "g.lbug"
    s1 = write_database(*small_graph, db)
    with open_store(db, read_only=True) as st:
        c1 = st.counts()
    s2 = write_database(*small_graph, db)
    with open_store(db, read_only=True) as st:
        c2 = st.counts()
    assert c1 == c2
    assert s1.relationships == s2.relationships
    assert [p.name for p in tmp_path.iterdir()] == ["g.lbug"]  # no temp leftovers


def test_failed_build_keeps_previous_db(tmp_path: Path, small_graph, monkeypatch) -> None:
    db = tmp_path / "g.lbug"
    write_database(*small_graph, db)
    with open_store(db, read_only=True) as st:
        before = st.counts()

    def boom(self, *a, **k):
        self._run("CREATE (n:Company {id: 'Company:half-written', name: 'x'})", {})
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(LadybugStore, "write", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_database(*small_graph, db)
    monkeypatch.undo()
    with open_store(db, read_only=True) as st:
        assert st.counts() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.lbug"]


def test_swap_failure_removes_temp(tmp_path: Path, small_graph, monkeypatch) -> None:
    db = tmp_path / "g.lbug"
    monkeypatch.setattr(atomic.os, "replace", lambda *a: (_ for _ in ()).throw(OSError("no rename")))
    with pytest.raises(OSError):
        write_database(*small_graph, db)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) DETACH DELETE n",
        "CREATE (n:Company {id: 'x'})",
        "MATCH (n:Company) SET n.name = 'x'",
        "merge (n:Company {id: 'x'})",
        "MATCH (n) REMOVE n.name",
        "DROP TABLE Company",
        "COPY Company FROM 'x.csv'",
        "LOAD EXTENSION json",
        "INSTALL json",
        "CALL apoc.create.node(['X'], {}) YIELD node RETURN node",
    ],
)
def test_read_only_refuses_writes(small_db: Path, query: str) -> None:
    with open_store(small_db) as store:
        with pytest.raises(ReadOnlyError):
            store.query(query)
        assert store.counts()["nodes:Company"] == 7


def test_read_only_allows_keywords_in_strings() -> None:
    check_read_only("MATCH (n) WHERE n.name = 'CREATE (x)' AND n.note = \"SET\" RETURN n.created AS c")
    check_read_only("CALL show_tables() RETURN *")


def test_write_flag_allows_writes(tmp_path: Path, small_graph) -> None:
    db = tmp_path / "w.lbug"
    write_database(*small_graph, db)
    with open_store(db) as store:
        store.query("MATCH (c:Company {name: $n}) SET c.country = 'JP'", {"n": "AMD"}, write=True)
        assert store.query("MATCH (c:Company {name: 'AMD'}) RETURN c.country AS c") == [{"c": "JP"}]


@pytest.mark.parametrize(
    "value",
    ["it's", 'say "hi"', "back\\slash", "\\b\\n", "MATCH (n) DETACH DELETE n", "'; DROP TABLE Company; //",
     "中文 名称", "a|b", "{x}", "$x"],
)
def test_params_round_trip(small_db: Path, value: str) -> None:
    with open_store(small_db, read_only=True) as store:
        assert store.query("RETURN $v AS v", {"v": value}) == [{"v": value}]
        assert store.query("MATCH (c:Company {name: $v}) RETURN c.id AS id", {"v": value}) == []


def test_entity_with_quotes_round_trips(tmp_path: Path) -> None:
    e = Entity(name="O'Brien \\ \"Co\"", type="Company", country="IE", aliases=["it's"])
    f = Fact(subject=e.name, subject_type="Company", predicate="SUPPLIES", object="GPU",
             object_type="ProductCategory", evidence=Evidence(doc="d.txt", sentence="x'y\\z", start=1, end=6,
                                                              rule="r"))
    db = tmp_path / "q.lbug"
    write_database([e], [f], db)
    with open_store(db, read_only=True) as store:
        assert store.entities() == [e]
        assert _dump(store.facts()) == _dump([f])
        # GPU had no entity record: a stub node exists but is not reported as an entity
        assert store.counts()["nodes:ProductCategory"] == 1
        assert len(store.entities(include_stubs=True)) == 3  # + GPU stub + Document stub


def test_disallowed_type_pair_is_skipped(tmp_path: Path) -> None:
    f = Fact(subject="GPU", subject_type="ProductCategory", predicate="SUPPLIES", object="X",
             object_type="Company", evidence=Evidence(doc="d", sentence="s", start=0, end=1, rule="r"))
    s = write_database([], [f], tmp_path / "s.lbug")
    assert s.skipped == 1 and s.total_relationships == 0


def test_add_merges_entities_and_facts(tmp_path: Path, small_graph) -> None:
    ents, facts = small_graph
    db = tmp_path / "a.lbug"
    write_database(ents[:5], facts[:10], db)
    extra = Entity(name="NVIDIA", type="Company", country="US", aliases=["NV"], docs=["doc_c.txt"])
    add_to_database([*ents[5:], extra], facts[5:], db)
    with open_store(db, read_only=True) as store:
        got = {e.id: e for e in store.entities()}
        assert len(store.facts()) == len(facts)
    assert set(got) == {e.id for e in ents}
    assert got["Company:NVIDIA"].aliases == ["英伟达", "NV"]
    assert got["Company:NVIDIA"].docs == ["doc_a.txt", "doc_c.txt"]


def test_merge_records_dedupes_by_key(small_graph) -> None:
    ents, facts = small_graph
    e2, f2 = merge_records(ents, facts, ents, facts)
    assert len(e2) == len(ents) and len(f2) == len(facts)


def test_open_missing_read_only_fails(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        LadybugStore(tmp_path / "missing.lbug", read_only=True)


def test_write_into_existing_store_upserts(tmp_path: Path, small_graph) -> None:
    ents, facts = small_graph
    with LadybugStore(tmp_path / "u.lbug") as store:
        store.write(ents, facts)
        first = store.counts()
        changed = ents[0].model_copy(update={"aliases": ["海光", "Hygon"]})
        store.write([changed], facts)
        assert store.counts() == first
        hygon = [e for e in store.entities() if e.id == changed.id][0]
        assert hygon.aliases == ["海光", "Hygon"]


def test_kuzu_backend(tmp_path: Path) -> None:
    """kuzu fallback; in a subprocess because ladybug and kuzu (same C++ core) crash in one process."""
    import importlib.util
    import subprocess
    import sys

    code = (
        "import sys; sys.path.insert(0, sys.argv[2]); import conftest; "
        "from computekg.graph.atomic import write_database; from computekg.graph.base import open_store; "
        "write_database(*conftest.build_small_graph(), sys.argv[1], backend='kuzu'); "
        "s = open_store(sys.argv[1], backend='kuzu', read_only=True); "
        "assert s.dialect == 'kuzu'; print(s.counts()['rels:SUPPLIES'])"
    )
    if importlib.util.find_spec("kuzu") is None:  # never import it here: see docstring
        pytest.skip("kuzu not installed")
    tests_dir = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "k.kuzu"), tests_dir],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "8"
