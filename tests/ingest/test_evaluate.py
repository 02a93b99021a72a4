"""The evaluator on a hand-made gold where every count is known."""

from __future__ import annotations

import json
from pathlib import Path

from computekg.ingest.evaluate import evaluate
from computekg.ontology import Entity, Evidence, Fact


def _fact(s: str, p: str, o: str, doc: str, sentence: str, **kw) -> Fact:
    ev = Evidence(doc=doc, sentence=sentence, start=0, end=len(sentence), rule="t", confidence=0.9)
    types = {"SUPPLIES": ("Company", "ProductCategory"), "RESTRICTS": ("Policy", "ProductModel"),
             "HEADQUARTERED_IN": ("Company", "Region")}[p]
    return Fact(subject=s, subject_type=types[0], predicate=p, object=o, object_type=types[1], evidence=ev, **kw)


def _gold(tmp_path: Path) -> Path:
    rows = [
        {"kind": "entity", "canonical": "甲科技", "type": "Company", "aliases": ["甲"], "country": "CN",
         "docs": ["a.txt"], "tier": "core"},
        {"kind": "relation", "subject": "甲科技", "predicate": "SUPPLIES", "object": "GPU", "doc": "a.txt",
         "evidence": "甲供应GPU。", "tier": "core"},
        {"kind": "relation", "subject": "某国对华芯片管制（2023年10月17日）", "predicate": "RESTRICTS", "object": "H20",
         "date": "2023-10-17", "doc": "a.txt", "evidence": "限制H20。", "tier": "core"},
        {"kind": "relation", "subject": "甲科技", "predicate": "LOCATED_IN", "object": "杭州", "doc": "a.txt",
         "evidence": "总部位于杭州。", "tier": "core"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_alias_subject_policy_by_date_headquarters_and_unannotated_docs(tmp_path: Path) -> None:
    facts = [
        _fact("甲", "SUPPLIES", "GPU", "a.txt", "甲供应GPU。"),  # alias of the gold subject: hit
        _fact("美国对华AI芯片出口管制（2023年10月17日）", "RESTRICTS", "H20", "a.txt", "限制H20。", date="2023-10-17"),
        _fact("甲", "HEADQUARTERED_IN", "杭州", "a.txt", "总部位于杭州。"),  # scored as LOCATED_IN
        _fact("乙", "SUPPLIES", "CPU", "a.txt", "乙供应CPU。"),  # a false positive
        _fact("丙", "SUPPLIES", "CPU", "README.md", "丙供应CPU。"),  # a document the gold does not annotate
    ]
    entities = [Entity(name="甲", type="Company", country="CN", docs=["a.txt"]),
                Entity(name="丙", type="Company", country="CN", docs=["README.md"])]
    report = evaluate(_gold(tmp_path), facts, entities)
    overall = next(r for r in report["relations"] if r["predicate"] == "ALL")
    assert (overall["tp"], overall["fp"], overall["fn"]) == (3, 1, 0)
    assert report["entities"]["company_recall"] == 1.0 and report["entities"]["country_accuracy"] == 1.0


def test_a_control_of_another_date_does_not_match(tmp_path: Path) -> None:
    facts = [_fact("美国对华芯片出口管制（2022年10月7日）", "RESTRICTS", "H20", "a.txt", "限制H20。", date="2022-10-07")]
    report = evaluate(_gold(tmp_path), facts, [])
    overall = next(r for r in report["relations"] if r["predicate"] == "ALL")
    assert (overall["tp"], overall["fp"], overall["fn"]) == (0, 1, 3)
