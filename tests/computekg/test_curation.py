"""Curation (reviewed-facts file on every build/add, origin 'curated'), `review` and `diff`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from computekg.curation import CurationError, load_curation
from computekg.review import diff_records, review_rows

DOC = (
    "GPU国内代表厂商：海光信息、景嘉微。\n"
    "据统计，2023年英伟达在中国GPU市场的份额约为80%。\n"
    "百度智能云采购了大量AI芯片。\n"
)
CURATION = """
reject:
  - subject: 景嘉微
    predicate: SUPPLIES
    object: GPU
    note: 测试：拒绝这条
correct:
  - fact: {share_id}
    set: {{value: 82.5}}
    note: 原报告修订为 82.5%
add:
  - subject: 摩尔线程
    subject_type: Company
    subject_country: CN
    predicate: SUPPLIES
    object: GPU
    object_type: ProductCategory
    source: 摩尔线程官网产品页（2024-05 查阅）
"""


def _cli(*args: object):
    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()
    return CliRunner().invoke(app, [str(a) for a in args])


def _facts(db: Path):
    from computekg.graph.base import open_store

    store = open_store(db, read_only=True)
    try:
        return store.entities(), store.facts()
    finally:
        store.close()


def _key(f) -> tuple:
    return (f.subject, f.predicate.value, f.object, f.value, f.origin, f.evidence.doc, f.evidence.rule)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """A corpus, a build without curation, then the same build with a curation.yaml beside it."""
    root = tmp_path_factory.mktemp("cur")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(DOC, encoding="utf-8")
    plain = root / "plain" / "g.lbug"
    plain.parent.mkdir()
    r = _cli("build", corpus, "--db", plain)
    assert r.exit_code == 0, r.output
    _ents, facts = _facts(plain)
    share = next(f for f in facts if f.predicate.value == "HAS_MARKET_SHARE" and f.subject == "NVIDIA")
    db = root / "curated" / "g.lbug"
    db.parent.mkdir()
    (db.parent / "curation.yaml").write_text(CURATION.format(share_id=share.id), encoding="utf-8")
    r = _cli("build", corpus, "--db", db)
    assert r.exit_code == 0, r.output
    return {"root": root, "corpus": corpus, "plain": plain, "db": db, "share": share}


def test_build_applies_reject_correct_add(built):
    plain = {_key(f) for f in _facts(built["plain"])[1]}
    entities, facts = _facts(built["db"])
    keys = {_key(f) for f in facts}
    assert ("景嘉微", "SUPPLIES", "GPU", None, "document", "a.txt", _key_rule(plain, "景嘉微")) in plain
    assert not any(k[:3] == ("景嘉微", "SUPPLIES", "GPU") for k in keys)  # rejected
    corrected = [f for f in facts if f.predicate.value == "HAS_MARKET_SHARE" and f.subject == "NVIDIA"]
    assert len(corrected) == 1 and corrected[0].value == 82.5 and corrected[0].origin == "curated"
    ev = corrected[0].evidence
    assert ev.rule == f"curated:correct:{built['share'].id}" and ev.sentence == built["share"].evidence.sentence
    assert ev.start == built["share"].evidence.start  # the evidence it corrects is kept
    added = [f for f in facts if f.subject == "摩尔线程"]
    assert len(added) == 1 and added[0].origin == "curated" and added[0].evidence.doc == "curation.yaml"
    assert added[0].evidence.sentence == "摩尔线程官网产品页（2024-05 查阅）"
    assert next(e for e in entities if e.name == "摩尔线程").country == "CN"


def _key_rule(keys: set, subject: str) -> str:
    return next(k[6] for k in keys if k[0] == subject and k[1] == "SUPPLIES")


def test_rebuild_and_add_keep_the_curation(built, tmp_path: Path):
    import shutil

    db = tmp_path / "g.lbug"
    shutil.copy(built["db"], db)
    shutil.copy(built["db"].parent / "curation.yaml", tmp_path / "curation.yaml")
    before = sorted(map(_key, _facts(db)[1]))
    assert _cli("build", built["corpus"], "--db", db).exit_code == 0
    assert sorted(map(_key, _facts(db)[1])) == before  # survives a rebuild, no duplicates
    more = tmp_path / "b.txt"
    more.write_text("CPU国内代表厂商：龙芯中科。\n", encoding="utf-8")
    assert _cli("add", more, "--db", db).exit_code == 0
    after = sorted(map(_key, _facts(db)[1]))
    assert set(before) <= set(after) and len([k for k in after if k[4] == "curated"]) == 2
    assert not any(k[:3] == ("景嘉微", "SUPPLIES", "GPU") for k in after)


def test_diff_shows_what_the_curation_changed(built):
    r = _cli("diff", built["plain"], built["db"], "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    changes = {(row["change"], row["kind"], row["subject"], row["predicate"]) for row in rows}
    assert ("removed", "fact", "景嘉微", "SUPPLIES") in changes
    assert ("added", "fact", "摩尔线程", "SUPPLIES") in changes
    changed = [row for row in rows if row["change"] == "changed" and row["kind"] == "fact"]
    assert len(changed) == 1 and "value: 80.0 → 82.5" in changed[0]["what"] and "origin" in changed[0]["what"]
    assert "facts: 1 added, 1 removed, 1 changed" in r.stderr
    same = _cli("diff", built["db"], built["db"])
    assert same.exit_code == 0 and "no rows" in same.stdout


def test_review_lists_what_is_worth_a_look(built):
    entities, facts = _facts(built["plain"])
    rows = review_rows(entities, facts, threshold=1.01)
    reasons = {r["reason"] for r in rows}
    assert {"low-confidence", "single-evidence"} <= reasons
    assert all(r["fact_id"] for r in rows if r["reason"] != "new-company")
    r = _cli("review", "--db", built["plain"], "--only", "single-evidence", "--format", "json")
    assert r.exit_code == 0 and {row["reason"] for row in json.loads(r.stdout)} == {"single-evidence"}
    r = _cli("review", "--db", built["plain"], "--only", "nonsense")
    assert r.exit_code == 2 and r.stderr.startswith("error: --only")


def test_review_flags_conflicts_and_new_companies(small_graph):
    from computekg.ontology import Entity

    entities, facts = small_graph
    facts = [f.model_copy(update={"conflict": True}) if f.predicate.value == "HAS_MARKET_SHARE" else f
             for f in facts]
    entities = [*entities, Entity(name="星曜微电子", type="Company", source="discovered", docs=["x.txt"])]
    rows = review_rows(entities, facts)
    assert [r["subject"] for r in rows if r["reason"] == "conflict"] == ["NVIDIA", "海光信息"]
    assert "星曜微电子" in [r["subject"] for r in rows if r["reason"] == "new-company"]


def test_bad_curation_file_is_one_line_exit_2_and_keeps_the_graph(built, tmp_path: Path):
    db = tmp_path / "g.lbug"
    import shutil

    shutil.copy(built["plain"], db)
    before = sorted(map(_key, _facts(db)[1]))
    for text, problem in (("reject: [\n", "invalid YAML"),
                          ("add:\n  - subject: X\n    predicate: SUPPLIES\n", "missing 'subject_type'"),
                          ("correct:\n  - fact: abc\n    set: {confidence: 1}\n", "cannot set 'confidence'"),
                          ("reject:\n  - subject: X\n", "needs 'fact'"),
                          ("add:\n  - {subject: X, subject_type: Company, predicate: DEPENDS_ON, object: GPU, "
                           "object_type: ProductCategory, source: s}\n", "does not connect")):
        (tmp_path / "curation.yaml").write_text(text, encoding="utf-8")
        r = _cli("build", built["corpus"], "--db", db)
        assert r.exit_code == 2, (text, r.output)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and "curation.yaml" in lines[0] and problem in lines[0], lines
        assert sorted(map(_key, _facts(db)[1])) == before  # nothing written


def test_load_curation_names_entries(tmp_path: Path):
    f = tmp_path / "c.yaml"
    f.write_text("reject:\n  - fact: 0123456789abcdef\n  - {subject: A, predicate: NOPE, object: B}\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"c\.yaml: reject\[1\]: 'NOPE' is not a valid Predicate"):
        load_curation(f)


def test_diff_pairs_changed_values(small_graph):
    entities, facts = small_graph
    new = [f.model_copy(update={"value": 85.0}) if f.predicate.value == "HAS_MARKET_SHARE" and f.subject == "NVIDIA"
           else f for f in facts]
    rows = diff_records((entities, facts), (entities[:-1], new))
    assert [(r["change"], r["kind"], r["subject"]) for r in rows] == [
        ("removed", "entity", "中国"), ("changed", "fact", "NVIDIA")]
    assert rows[1]["what"] == "value: 80.0 → 85.0"
