"""Extraction on sentence shapes we wrote ourselves, plus the seed and held-out scores as regression bars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from computekg.api import extract_corpus
from computekg.ingest.evaluate import seed_gold
from computekg.ingest.pipeline import extract_source
from computekg.ingest.reader import source_from_text

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
UNSEEN = ROOT / "tests" / "data" / "unseen"


def facts_of(text: str, name: str = "t.txt"):
    ex = extract_source(source_from_text(name, text))
    return ex.facts, {e.name: e for e in ex.entities}


def triples(facts, predicate: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in facts if f.predicate.value == predicate}


def test_vendor_table_row_with_unknown_companies() -> None:
    facts, ents = facts_of("GPU\t国外代表厂商：英伟达、超威半导体 国内代表厂商：海光信息、澜芯微算、启元智芯\n")
    sup = triples(facts, "SUPPLIES")
    assert {("NVIDIA", "GPU"), ("AMD", "GPU"), ("海光信息", "GPU"), ("澜芯微算", "GPU"), ("启元智芯", "GPU")} <= sup
    assert ents["澜芯微算"].source == "discovered"
    assert ents["澜芯微算"].country == "CN"  # from the 国内代表厂商 cue
    assert ents["NVIDIA"].country == "US"


def test_traditional_chinese_evidence_points_at_original_text() -> None:
    text = "據報導，國內廠商曜華光電推出了800G光模組，主要供應雲端業者。"
    facts, ents = facts_of(text)
    f = next(f for f in facts if f.predicate.value == "SUPPLIES")
    assert (f.subject, f.object) == ("曜华光电", "OpticalModule")
    assert text[f.evidence.start : f.evidence.end] == f.evidence.sentence
    assert "曜華光電" in f.evidence.sentence


def test_english_passage_and_based_names() -> None:
    facts, ents = facts_of("Shenzhen-based Quillon Semiconductor supplies DRAM to server makers.")
    assert ("Quillon Semiconductor", "DRAM") in triples(facts, "SUPPLIES")
    assert ents["Quillon Semiconductor"].country == "CN"


def test_html_spans_and_escaped_text() -> None:
    raw = "<html><body><p>国内代表厂商：<b>海光信息</b>、景嘉微。</p><p>GPU 国产化率约为 10%。</p></body></html>"
    ex = extract_source(source_from_text("x.html", raw))
    for f in ex.facts:
        assert 0 <= f.evidence.start < f.evidence.end <= len(raw)


def test_conflicting_values_from_two_documents_are_flagged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("2022年中国算力规模约为180 EFLOPS。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2022年中国算力规模为302 EFLOPS。", encoding="utf-8")
    result = extract_corpus([tmp_path])
    vals = [(f.value, f.conflict) for f in result.facts if f.predicate.value == "MENTIONS_METRIC"]
    assert sorted(vals) == [(180.0, True), (302.0, True)]


def test_repeated_extraction_is_identical(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("国内代表厂商：海光信息、景嘉微。GPU 国内代表厂商：摩尔线程。", encoding="utf-8")
    one = extract_corpus([tmp_path])
    two = extract_corpus([tmp_path, tmp_path / "a.txt"])  # the same file twice is one document
    assert [f.key for f in one.facts] == [f.key for f in two.facts]


def test_extract_cli_jsonl_shape(tmp_path: Path) -> None:
    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()
    (tmp_path / "a.md").write_text("---\ntitle: t\n---\nGPU 国内代表厂商：海光信息、景嘉微。\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    fact = next(r for r in rows if r.get("predicate") == "SUPPLIES")
    assert {"subject", "subject_type", "predicate", "object", "object_type", "value", "unit", "year", "doc",
            "evidence", "span_start", "span_end", "rule", "confidence"} <= fact.keys()
    assert fact["doc"] == "a.md"
    ent = next(r for r in rows if r.get("kind") == "entity" and r["name"] == "海光信息")
    assert ent["type"] == "Company" and ent["country"] == "CN" and ent["docs"] == ["a.md"]


# ------------------------------------------------------------------ regression bars


def _score(corpus: list[Path], gold: Path) -> dict:
    from computekg.ingest.evaluate import evaluate

    result = extract_corpus(corpus)
    return evaluate(gold, result.facts, result.entities, docs={d.doc for d in result.documents})


@pytest.mark.skipif(not seed_gold(SHARED).exists(), reason="shared/eval not beside the repo")
def test_seed_corpus_meets_the_bars() -> None:
    report = _score([SHARED / "corpus"], seed_gold(SHARED))
    rows = {r["predicate"]: r for r in report["relations"]}
    assert rows["ALL"]["f1"] >= 0.95
    assert rows["SUPPLIES"]["f1"] >= 0.90
    assert report["entities"]["company_recall"] >= 0.90
    assert report["entities"]["country_accuracy"] >= 0.95
    assert report["entities"]["discovered"]["precision"] >= 0.9, report["entities"]["discovered"]["wrong"]


# heldout10 (0.70) is below the bar and reported as such in the README; the final sets are not scored here
@pytest.mark.parametrize("name", ["heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                                  "heldout9", "unseen"])
def test_discovered_names_are_companies_on_development_sets(name: str) -> None:
    folder = ROOT / "tests" / "data" / name
    report = _score([folder], folder / "gold.jsonl")
    assert report["entities"]["discovered"]["precision"] >= 0.9, report["entities"]["discovered"]["wrong"]


def test_unseen_passages_do_not_regress() -> None:
    files = sorted(p for p in UNSEEN.iterdir() if p.name.startswith("u"))
    report = _score(files, UNSEEN / "gold.jsonl")
    rows = {r["predicate"]: r for r in report["relations"]}
    # measured 0.86 F1 when this bar was set; the set stays unseen by the rules' strings
    assert rows["ALL"]["f1"] >= 0.80
    assert report["entities"]["company_recall"] >= 0.90


def test_country_only_from_the_text() -> None:
    _, ents = facts_of("据报道，岳川科技推出了一款GPU产品。北京初创企业星渊光子推出了硅光芯片。")
    assert ents["岳川科技"].country is None  # nothing in the text says where it is from
    assert ents["星渊光子"].country == "CN"  # 北京


def test_markdown_and_html_tables_with_headers() -> None:
    md = (
        "| 环节 | 国内厂商 | 国外厂商 |\n|---|---|---|\n| GPU | 摩尔线程、昊辰智算 | 英伟达 |\n\n"
        "| 公司 | 产品 | 2024年市场份额 |\n|---|---|---|\n| 澜鋆计算 | AI服务器 | 6% |\n\n"
        "交换机：华为、新华三、锐捷网络\n"
    )
    facts, _ = facts_of(md, "t.md")
    sup = triples(facts, "SUPPLIES")
    assert {("摩尔线程", "GPU"), ("昊辰智算", "GPU"), ("NVIDIA", "GPU"), ("澜鋆计算", "AIServer")} <= sup
    assert {("华为", "Switch"), ("新华三", "Switch"), ("锐捷网络", "Switch")} <= sup
    share = [f for f in facts if f.predicate.value == "HAS_MARKET_SHARE"]
    assert [(f.subject, f.object, f.value, f.year) for f in share] == [("澜鋆计算", "AIServer", 6.0, 2024)]
    assert not [f for f in facts if f.predicate.value == "MENTIONS_METRIC"]
    html = ("<table><tr><th>公司</th><th>产品</th></tr><tr><td>澜鋆计算</td><td>AI服务器</td></tr></table>")
    hfacts, _ = facts_of(html, "t.html")
    assert ("澜鋆计算", "AIServer") in triples(hfacts, "SUPPLIES")
    for f in hfacts:  # spans still point into the original markup
        assert html[f.evidence.start : f.evidence.end] == f.evidence.sentence


def test_no_rule_fails_on_any_corpus_we_have() -> None:
    """Rules that raise are skipped per sentence; on our corpora none may raise (it would hide a bug)."""
    from computekg.ingest.reader import iter_paths, read_source

    # every set, the final held-out ones included: a crash check reads no gold and no error list
    roots = [ROOT / "samples" / "corpus", UNSEEN, *sorted((ROOT / "tests" / "data").glob("heldout*"))]
    if (SHARED / "corpus").exists():
        roots.append(SHARED / "corpus")
    files, _ = iter_paths(roots)
    failures = []
    for f in files:
        failures += extract_source(read_source(f)).rule_errors
    assert failures == []
