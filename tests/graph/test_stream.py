"""The streaming write path: facts come from an iterator, in bounded batches, with the same result
as writing everything at once (duplicates: the last one wins; stubs before the relationships)."""

from __future__ import annotations

from pathlib import Path

from computekg.graph.base import open_store
from computekg.graph.ladybug import LadybugStore
from computekg.graph.rows import Batch, RowStream, graph_rows
from computekg.ontology import Entity, Evidence, Fact


def _dump(records) -> list[str]:
    return sorted(r.model_dump_json() for r in records)


def _facts_once(facts):
    """An iterator that fails if anything tries to read the facts twice (or all at once as a list)."""
    yield from facts


def test_small_batches_give_the_same_database(tmp_path: Path, small_graph) -> None:
    ents, facts = small_graph
    with LadybugStore(tmp_path / "one.lbug") as one, LadybugStore(tmp_path / "many.lbug") as many:
        s1 = one.write(ents, facts)
        s2 = many.write(ents, _facts_once(facts), chunk=3)
        assert one.counts() == many.counts()
        assert _dump(one.facts()) == _dump(many.facts()) == _dump(facts)
        assert _dump(one.entities(include_stubs=True)) == _dump(many.entities(include_stubs=True))
    assert s1.relationships == s2.relationships


def test_batches_bound_the_buffer_and_stubs_come_first(small_graph) -> None:
    ents, facts = small_graph
    seen_nodes: set[str] = set()
    for batch in RowStream(ents, facts, chunk=4):
        assert isinstance(batch, Batch)
        if batch.kind == "nodes":
            seen_nodes |= {r["id"] for r in batch.rows}
        elif batch.kind == "rels":
            assert len(batch.rows) <= 4 or batch.table == "MENTIONED_IN"
            assert {r["src"] for r in batch.rows} | {r["dst"] for r in batch.rows} <= seen_nodes


def test_a_late_duplicate_replaces_the_written_fact(tmp_path: Path) -> None:
    """Same fact identity twice, far apart: one relationship, with the later evidence (as graph_rows)."""
    def fact(sentence: str, start: int) -> Fact:
        return Fact(subject="X", subject_type="Company", predicate="SUPPLIES", object="GPU",
                    object_type="ProductCategory",
                    evidence=Evidence(doc="d.txt", sentence=sentence, start=start, end=start + 3, rule="r"))

    first, later = fact("one", 0), fact("two", 10)
    fillers = [fact(f"f{i}", 100 + i).model_copy(update={"subject": f"C{i}"}) for i in range(6)]
    facts = [first, *fillers, later]
    batches = list(RowStream([], facts, chunk=2))
    assert any(b.kind == "update" for b in batches)
    with LadybugStore(tmp_path / "dup.lbug") as store:
        store.write([], iter(facts), chunk=2)
        got = {f.subject: f.evidence.sentence for f in store.facts()}
    assert got["X"] == "two" and len(got) == 7
    expected = graph_rows([], facts).rels["SUPPLIES"][("Company", "ProductCategory")]
    assert {r["evidence"] for r in expected if r["src"] == "Company:X"} == {"two"}


def test_writing_into_a_store_keeps_existing_nodes(tmp_path: Path, small_graph) -> None:
    """An endpoint already in the store is not written again as a stub (its properties stay)."""
    ents, facts = small_graph
    db = tmp_path / "u.lbug"
    with LadybugStore(db) as store:
        store.write(ents, facts)
        more = Fact(subject="NVIDIA", subject_type="Company", predicate="SUPPLIES", object="NPU",
                    object_type="ProductCategory",
                    evidence=Evidence(doc="e.txt", sentence="s", start=0, end=1, rule="r"))
        store.write([], [more])
    with open_store(db, read_only=True) as store:
        nvidia = next(e for e in store.entities() if e.id == "Company:NVIDIA")
        assert nvidia.country == "US" and nvidia.aliases == ["英伟达"]
        assert store.counts()["nodes:Company"] == 7


def test_aliases_are_lists_in_the_store(small_db: Path) -> None:
    with open_store(small_db, read_only=True) as store:
        rows = store.query("MATCH (c:Company) WHERE 'Cambricon' IN c.aliases RETURN c.name AS n, c.aliases AS a, "
                           "size(c.aliases) AS k")
        assert rows == [{"n": "寒武纪", "a": ["寒武纪科技", "Cambricon"], "k": 2}]
        empty = store.query("MATCH (c:Company {name: 'AMD'}) RETURN c.aliases AS a, c.docs AS d")
        assert empty == [{"a": [], "d": []}]
    assert Entity(name="x", type="Company").aliases == []
