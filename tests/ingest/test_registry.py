"""The rule registry, the shared filters, the cue and pattern files: start-up checks and failure reports."""

from __future__ import annotations

import pytest
import yaml

from computekg.ingest import relations
from computekg.ingest.context import DocContext, RawFact, SentenceContext
from computekg.ingest.cues import load_cues
from computekg.ingest.discovery import find_mentions
from computekg.ingest.pipeline import _sentence_mentions, extract_source
from computekg.ingest.reader import source_from_text
from computekg.ingest.relations import filters, patterns, registry
from computekg.ingest.sentences import split_sentences
from computekg.ingest.values import parse_values
from computekg.ontology import EntityType, Predicate

T = EntityType
P = Predicate


def test_every_registered_rule_is_ordered_once_and_needs_come_first() -> None:
    names = [s.name for s in relations.RULES]
    assert names == relations.ORDER and len(set(names)) == len(names)
    assert set(names) == set(registry.REGISTRY)
    for spec in relations.RULES:
        assert spec.predicates and 0 < spec.confidence <= 1 and spec.filter_names


def test_order_check_refuses_a_need_provided_later(monkeypatch) -> None:
    order = list(relations.ORDER)
    order.remove("shares.imply_supply")
    order.insert(0, "shares.imply_supply")  # needs facts:HAS_MARKET_SHARE, provided by later rules
    with pytest.raises(RuntimeError, match="provide it later"):
        registry.check_order(order)
    with pytest.raises(RuntimeError, match="not ordered"):
        registry.check_order(order[1:])


def test_a_rule_that_raises_is_counted_and_reported(monkeypatch) -> None:
    def broken(ctx, lex, out):
        raise ValueError("boom")

    spec = registry.RuleSpec("test.broken", "test", (P.SUPPLIES,), 0.5, broken)
    monkeypatch.setattr(relations, "RULES", [*relations.RULES, spec])
    ex = extract_source(source_from_text("t.txt", "澜海微电子供应交换芯片。"))
    assert ex.rule_errors == ["test.broken: ValueError: boom"]
    assert ("澜海微电子", "SwitchChip") in {(f.subject, f.object) for f in ex.facts}  # the other rules still ran


def _ctx(text: str) -> SentenceContext:
    src = source_from_text("t.txt", text)
    sent, local = next(iter(_sentence_mentions(split_sentences(src.view), find_mentions(src))))
    return SentenceContext(src, sent, local, DocContext(), parse_values(sent.text))


def _fact(ctx: SentenceContext, subject: str, obj: str, trigger: str) -> RawFact:
    s = next(m for m in ctx.mentions if m.name == subject)
    o = next(m for m in ctx.mentions if m.name == obj)
    t = ctx.text.index(trigger)
    return RawFact(s, P.SUPPLIES, o, "test", 0.8, trigger=(t, t + len(trigger)))


@pytest.mark.parametrize(("text", "subject", "obj", "trigger", "filter_name", "verdict"), [
    ("星衡科技尚未推出GPU产品。", "星衡科技", "GPU", "推出", "negation", "drop"),
    ("星衡科技推出了GPU产品。", "星衡科技", "GPU", "推出", "negation", "keep"),
    ("星衡科技计划明年推出GPU。", "星衡科技", "GPU", "推出", "modality", "drop"),
    ("据传，星衡科技将供应GPU。", "星衡科技", "GPU", "供应", "modality", "drop"),
    ("如果海光信息推出新款GPU，价格将下降。", "海光信息", "GPU", "推出", "hypothetical", "drop"),
    ("英维克为字节跳动提供液冷解决方案。", "字节跳动", "LiquidCooling", "提供", "customer", "drop"),
    ("英维克为字节跳动提供液冷解决方案。", "英维克", "LiquidCooling", "提供", "customer", "keep"),
    ("国内交换芯片厂商为盛科通信和澜海微电子。", "盛科通信", "SwitchChip", "厂商", "customer", "keep"),
    ("多家厂商向曜昀电源采购服务器电源。", "曜昀电源", "ServerPowerSupply", "采购", "customer", "keep"),
    ("光模块离不开激光器芯片。", "OpticalModule", "LaserChip", "离不开", "negation", "keep"),
    ("澄岳科技计划在合肥建设数据中心。", "澄岳科技", "DataCenter", "建设", "plan_tag", "plan"),
])
def test_shared_filters(text, subject, obj, trigger, filter_name, verdict) -> None:
    ctx = _ctx(text)
    assert filters.FILTERS[filter_name](ctx, _fact(ctx, subject, obj, trigger)) == verdict


def test_cue_file_entries_are_checked_at_start_up(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text(yaml.safe_dump({"plan": ["拟", "(unclosed"]}, allow_unicode=True), encoding="utf-8")

    class FakeFiles:
        def joinpath(self, _):
            return bad

    monkeypatch.setattr("computekg.ingest.cues.resources.files", lambda _pkg: FakeFiles())
    with pytest.raises(ValueError, match=r"plan: '\(unclosed' is not a valid pattern"):
        load_cues()


def test_pattern_files_name_the_bad_entry(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "demo.yaml"
    bad.write_text("- name: oops\n  pattern: '(?P<subj>{C})'\n  objekt: topic\n", encoding="utf-8")

    class FakeFiles:
        def joinpath(self, _):
            return bad

    monkeypatch.setattr("computekg.ingest.relations.patterns.resources.files", lambda _pkg: FakeFiles())
    patterns.load_patterns.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"patterns/demo.yaml: oops: .*unknown keys \['objekt'\]"):
            patterns.load_patterns("demo")
    finally:
        patterns.load_patterns.cache_clear()


def test_shape_replaces_mentions_by_symbols() -> None:
    ctx = _ctx("交换芯片的主要供应商包括盛科通信和博通，份额为30%。")
    shape = patterns.shape_of(ctx)
    assert shape.text == "\ue001的主要供应商包括\ue000和\ue000，份额为\ue010。"
    assert [m.name for m in shape.at.values()] == ["SwitchChip", "盛科通信", "Broadcom"]
