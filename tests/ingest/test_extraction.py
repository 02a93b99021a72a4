"""Extraction on sentence shapes we wrote ourselves, plus the seed and held-out scores as regression bars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from computekg.api import extract_corpus
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


def test_respectively_shares_and_implied_supply() -> None:
    facts, _ = facts_of("2024年全球交换机市场中，思科、华为和新华三的份额分别约为38%、11%和9%。")
    shares = {(f.subject, f.object, f.value, f.year) for f in facts if f.predicate.value == "HAS_MARKET_SHARE"}
    assert shares == {("Cisco", "Switch", 38.0, 2024), ("华为", "Switch", 11.0, 2024), ("新华三", "Switch", 9.0, 2024)}
    assert ("Cisco", "Switch") in triples(facts, "SUPPLIES")


def test_combined_share_of_several_firms_is_not_attributed() -> None:
    facts, _ = facts_of("2023年，英特尔和超威半导体二者合计约占全球服务器CPU市场的88%。")
    assert not [f for f in facts if f.predicate.value == "HAS_MARKET_SHARE"]


def test_plan_is_not_supply_and_pronoun_resolves() -> None:
    facts, _ = facts_of("云峦科技成立于2019年。该公司推出了一款AI服务器。星汉微电子拟在明年推出GPU产品。")
    sup = triples(facts, "SUPPLIES")
    assert ("云峦科技", "AIServer") in sup
    assert not any(s == "星汉微电子" for s, _ in sup)


def test_export_control_with_date_and_models() -> None:
    facts, ents = facts_of("2024年12月2日，美国商务部宣布新的出口管制，禁止向中国销售H20、H800等人工智能芯片。")
    restricted = {o for s, o in triples(facts, "RESTRICTS")}
    assert {"H20", "H800", "AIChip"} <= restricted
    policy = next(f.subject for f in facts if f.predicate.value == "RESTRICTS")
    assert "2024年12月2日" in policy
    assert {f.date for f in facts if f.predicate.value == "RESTRICTS"} == {"2024-12-02"}


def test_localization_rate_and_fully_imported() -> None:
    facts, _ = facts_of("2023年，刻蚀机国产化率约为20%，而光刻机几乎全部依赖进口。")
    rates = {(f.subject, f.value, f.qualifier) for f in facts if f.predicate.value == "LOCALIZATION_RATE"}
    assert ("EtchingEquipment", 20.0, "≈") in rates
    assert ("Lithography", 0.0, "≈") in rates


def test_metric_and_target_with_region_subject() -> None:
    facts, _ = facts_of("截至2023年底，合肥市算力规模约为3.5 EFLOPS。到2025年，合肥市算力规模将超过8 EFLOPS。")
    m = [(f.predicate.value, f.subject, f.value, f.year) for f in facts]
    assert ("MENTIONS_METRIC", "合肥", 3.5, 2023) in m
    assert ("TARGETS", "合肥", 8.0, 2025) in m


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
            "evidence", "start", "end", "rule", "confidence"} <= fact.keys()
    assert fact["doc"] == "a.md"
    ent = next(r for r in rows if r.get("kind") == "entity" and r["name"] == "海光信息")
    assert ent["type"] == "Company" and ent["country"] == "CN" and ent["docs"] == ["a.md"]


# ------------------------------------------------------------------ regression bars


def _score(corpus: list[Path], gold: Path) -> dict:
    from computekg.ingest.evaluate import evaluate

    result = extract_corpus(corpus)
    return evaluate(gold, result.facts, result.entities, docs={d.doc for d in result.documents})


@pytest.mark.skipif(not (SHARED / "eval" / "seed_gold.jsonl").exists(), reason="shared/eval not beside the repo")
def test_seed_corpus_meets_the_bars() -> None:
    report = _score([SHARED / "corpus"], SHARED / "eval" / "seed_gold.jsonl")
    rows = {r["predicate"]: r for r in report["relations"]}
    assert rows["ALL"]["f1"] >= 0.85 and rows["ALL"]["precision"] >= 0.85
    assert rows["SUPPLIES"]["f1"] >= 0.90
    assert report["entities"]["company_recall"] >= 0.90
    assert report["entities"]["country_accuracy"] >= 0.95


def test_unseen_passages_do_not_regress() -> None:
    files = sorted(p for p in UNSEEN.iterdir() if p.name.startswith("u"))
    report = _score(files, UNSEEN / "gold.jsonl")
    rows = {r["predicate"]: r for r in report["relations"]}
    # measured 0.86 F1 when this bar was set; the set stays unseen by the rules' strings
    assert rows["ALL"]["f1"] >= 0.80
    assert report["entities"]["company_recall"] >= 0.90


def test_is_a_and_ranking_shapes() -> None:
    facts, ents = facts_of("天垓智算是一家专注于AI推理芯片的初创企业。长电科技、通富微电和华天科技是国内封测三强。")
    sup = triples(facts, "SUPPLIES")
    assert ("天垓智算", "AIChip") in sup
    assert {("长电科技", "PackagingTesting"), ("通富微电", "PackagingTesting"), ("华天科技", "PackagingTesting")} <= sup


def test_export_control_context_is_not_a_restriction() -> None:
    facts, _ = facts_of("受美国出口管制影响，英伟达专门为中国市场推出了H20芯片。")
    assert not triples(facts, "RESTRICTS")
    assert ("NVIDIA", "GPU") in triples(facts, "SUPPLIES") or ("NVIDIA", "AIChip") in triples(facts, "SUPPLIES")


def test_customers_are_not_suppliers() -> None:
    facts, _ = facts_of("台积电为英伟达、超威半导体等客户提供先进封装服务。")
    suppliers = {s for s, _ in triples(facts, "SUPPLIES")}
    assert "TSMC" in suppliers
    assert not {"NVIDIA", "AMD"} & suppliers


def test_country_only_from_the_text() -> None:
    _, ents = facts_of("据报道，岳川科技推出了一款GPU产品。北京初创企业星渊光子推出了硅光芯片。")
    assert ents["岳川科技"].country is None  # nothing in the text says where it is from
    assert ents["星渊光子"].country == "CN"  # 北京


def test_more_shapes_conjunction_field_rank_foundry_english_appositive() -> None:
    facts, _ = facts_of(
        "紫光展锐与翱捷科技均为国内芯片设计企业。在服务器领域，宁畅、超聚变、新华三位居国内前列。"
        "华为昇腾910B由中芯国际代工生产。Hangzhou-based Qilin Tensor, a Chinese GPU designer, launched its first card."
    )
    sup = triples(facts, "SUPPLIES")
    assert {("紫光展锐", "ChipDesign"), ("翱捷科技", "ChipDesign")} <= sup
    assert {("超聚变", "Server"), ("新华三", "Server")} <= sup
    assert ("中芯国际", "Foundry") in sup
    assert ("Qilin Tensor", "GPU") in sup


def test_export_controls_of_other_countries_and_listed_items() -> None:
    facts, _ = facts_of(
        "东京方面于2023年7月23日起把14类芯片制造设备纳入出口管理，涵盖刻蚀设备和清洗设备。"
        "海牙当局自2023年9月1日起要求荷兰厂商出口浸没式光刻机须获得出口许可。"
    )
    by_subject: dict[str, set[str]] = {}
    for s, o in triples(facts, "RESTRICTS"):
        by_subject.setdefault(s, set()).add(o)
    japan = next(objs for s, objs in by_subject.items() if s.startswith("日本"))
    assert {"EtchingEquipment", "CleaningEquipment"} <= japan  # the 涵盖 clause continues the list
    assert any(s.startswith("荷兰") and "Lithography" in objs for s, objs in by_subject.items())
    assert {f.date for f in facts if f.predicate.value == "RESTRICTS"} == {"2023-07-23", "2023-09-01"}


def test_control_follow_up_sentences_inherit_issuer_or_policy() -> None:
    facts, _ = facts_of(
        "2022年10月7日，美国商务部限制向中国出口先进计算芯片。受此影响，英伟达A100和H100芯片被禁止对华销售。"
    )
    rows = [(f.subject, f.object, f.date) for f in facts if f.predicate.value == "RESTRICTS"]
    policies = {s for s, _, _ in rows}
    assert len(policies) == 1 and next(iter(policies)).startswith("美国")
    assert {"A100", "H100"} <= {o for _, o, _ in rows}
    # 「A100和H100芯片」: the word after the models is not a restricted item of its own
    assert not [f for f in facts if f.predicate.value == "RESTRICTS" and f.object == "Chip" and "受此影响" in f.evidence.sentence]
    en, _ = facts_of(
        "On 3 March 2024 the US Commerce Department restricted exports of Zephyr X9 accelerators to China; "
        "in June 2025 it also required a licence for H20 shipments.", "en.txt"
    )
    later = [f for f in en if f.predicate.value == "RESTRICTS" and f.object == "H20"]
    assert later and later[0].date == "2025-06" and later[0].subject.startswith("美国")


def test_english_metrics_and_target_shapes() -> None:
    facts, _ = facts_of("The Gansu Qingyang cluster reached 9 EFLOPS of computing power in 2024, with an average PUE of 1.21.",
                        "en.txt")
    got = {(f.object, f.value) for f in facts if f.predicate.value == "MENTIONS_METRIC"}
    assert ("算力规模", 9.0) in got and ("PUE", 1.21) in {(o if "PUE" not in o else "PUE", v) for o, v in got}
    facts, _ = facts_of("到2027年，芜湖数据中心集群新建数据中心PUE不高于1.2，力争智能算力规模达到40EFLOPS。")
    targets = {(f.value, f.qualifier, f.year) for f in facts if f.predicate.value == "TARGETS"}
    assert (1.2, "<=", 2027) in targets and (40.0, None, 2027) in targets


def test_supply_shapes_passive_possessive_role_and_partner() -> None:
    facts, _ = facts_of(
        "新款整机柜所用的水冷板由澄岚热控独家供应。"
        "该智算中心采用了寒武纪的思元590加速卡和汐光通信的800G光模块。"
        "目前，国内以太网交换芯片的主要供应商包括盛科通信、澜海微电子和博通。"
        "曜石光电是中际旭创的长期合作伙伴，为其提供EML激光器芯片。"
        "作为国内领先的服务器电源厂商，欧陆通与台达电子竞争激烈。"
        "岚峰半导体已实现12英寸刻蚀设备的批量出货。"
        "晨屿电子旗下的子公司晨屿存储主要生产企业级固态硬盘。"
    )
    sup = triples(facts, "SUPPLIES")
    assert ("澄岚热控", "Cooling") in sup
    assert ("汐光通信", "OpticalModule") in sup
    assert {("盛科通信", "SwitchChip"), ("澜海微电子", "SwitchChip"), ("Broadcom", "SwitchChip")} <= sup
    assert ("曜石光电", "LaserChip") in sup and ("中际旭创", "LaserChip") not in sup  # 其 is the customer
    assert {("欧陆通", "PowerSupply"), ("Delta Electronics", "PowerSupply")} <= sup
    assert ("岚峰半导体", "EtchingEquipment") in sup
    assert ("晨屿存储", "SSD") in sup and ("晨屿电子", "SSD") not in sup  # 旗下: the parent is not the maker


def test_modifier_category_and_english_customers_are_not_supplied() -> None:
    facts, _ = facts_of("澜舟数科为多家互联网企业提供GPU云服务。")
    assert triples(facts, "SUPPLIES") == {("澜舟数科", "CloudService")}
    en, _ = facts_of("Corvane Micro supplies HBM stacks to several Chinese GPU designers.", "en.txt")
    assert triples(en, "SUPPLIES") == {("Corvane Micro", "HBM")}


def test_share_after_rank_clause_and_semicolon_continuation() -> None:
    facts, _ = facts_of("在国内AI服务器市场，浪潮信息份额居首，约为47%；新华三位列第二，占比约12%。")
    shares = {(f.subject, f.object, f.value) for f in facts if f.predicate.value == "HAS_MARKET_SHARE"}
    assert {("浪潮信息", "AIServer", 47.0), ("新华三", "AIServer", 12.0)} <= shares


def test_headquarters_shapes() -> None:
    facts, ents = facts_of(
        "总部位于成都的蓉川微电子主要从事服务器研发。汐岭算力科技总部设在合肥。位於新竹的晶澈科技是CoWoS封裝供應商。"
    )
    hq = triples(facts, "HEADQUARTERED_IN")
    assert {("蓉川微电子", "成都"), ("汐岭算力科技", "合肥"), ("晶澈科技", "新竹")} <= hq
    en, _ = facts_of("Quellar Networks, headquartered in Hangzhou, designs 800G switches. "
                     "Velantis, a Shenzhen-based start-up, ships optical transceivers.", "en.txt")
    assert {("Quellar Networks", "杭州"), ("Velantis", "深圳")} <= triples(en, "HEADQUARTERED_IN")
    assert {("Quellar Networks", "Switch"), ("Velantis", "OpticalModule")} <= triples(en, "SUPPLIES")


def test_dependency_and_segment_shapes() -> None:
    facts, _ = facts_of(
        "智算服务器的性能高度依赖GPU与HBM的供给。光模块的核心部件是激光器芯片。"
        "上游主要包括芯片和存储；中游为服务器与数据中心；下游则是云服务。"
    )
    dep = triples(facts, "DEPENDS_ON")
    assert {("AIServer", "GPU"), ("AIServer", "HBM"), ("OpticalModule", "LaserChip")} <= dep
    seg = triples(facts, "PART_OF_SEGMENT")
    assert {("Server", "Midstream"), ("DataCenter", "Midstream"), ("CloudService", "Downstream")} <= seg


def test_share_lists_continuations_and_english_verbs() -> None:
    facts, _ = facts_of(
        "在全球GPU市场，英伟达的占有率超过80%，AMD约为12%，英特尔不足5%。"
        "2023年国内服务器市场中，浪潮信息、新华三和超聚变的市场份额分别为28.1%、17.2%和10.1%。"
    )
    shares = {(f.subject, f.object, f.value, f.qualifier) for f in facts if f.predicate.value == "HAS_MARKET_SHARE"}
    assert {("NVIDIA", "GPU", 80.0, ">"), ("AMD", "GPU", 12.0, "≈"), ("Intel", "GPU", 5.0, "<")} <= shares
    assert {("浪潮信息", "Server", 28.1), ("新华三", "Server", 17.2), ("超聚变", "Server", 10.1)} <= {s[:3] for s in shares}
    en, _ = facts_of("In 2024, Nvidia controlled roughly 85% of the global data-center GPU market.", "en.txt")
    assert ("NVIDIA", "GPU", 85.0) in {(f.subject, f.object, f.value) for f in en if f.predicate.value == "HAS_MARKET_SHARE"}


def test_traditional_verb_subjects_keep_written_forms() -> None:
    facts, ents = facts_of(
        "散熱方面，崧鋐與澔鴻分別供應水冷板與風扇模組。日月光投控旗下的矽品精密負責部分AI晶片的封裝測試。", "tw.txt"
    )
    sup = triples(facts, "SUPPLIES")
    cooling = {s for s, o in sup if o == "Cooling"}
    assert len(cooling) == 2
    written = {a for name in cooling for a in [name, *ents[name].aliases]}
    assert {"崧鋐", "澔鴻"} <= written  # the Traditional forms the document used are aliases
    assert ("SPIL", "PackagingTesting") in sup and ("SPIL", "AIChip") not in sup


def test_english_supply_roles_passives_and_controls() -> None:
    facts, ents = facts_of(
        "Chinese AI server makers such as Inspur, xFusion and Quorra depend on imported GPUs. "
        "Huawei's Ascend 910B is manufactured by SMIC on its 7nm process. "
        "Memory maker CXMT has started sampling HBM3 to domestic customers. "
        "Domestic foundries, led by SMIC and Hua Hong, account for roughly 20% of local wafer demand. "
        "Under the rules announced on 17 October 2023, exports of the A800 and L40S to China require a license.",
        "en.txt",
    )
    sup = triples(facts, "SUPPLIES")
    assert {("浪潮信息", "AIServer"), ("超聚变", "AIServer"), ("Quorra", "AIServer")} <= sup
    assert ents["Quorra"].country == "CN"
    assert {("中芯国际", "Foundry"), ("华为", "AIChip"), ("长鑫存储", "HBM"), ("华虹半导体", "Foundry")} <= sup
    restricted = {(f.object, f.date) for f in facts if f.predicate.value == "RESTRICTS"}
    assert {("A800", "2023-10-17"), ("L40S", "2023-10-17")} <= restricted


def test_company_event_shapes_purchases_and_customers() -> None:
    facts, ents = facts_of(
        "芯砺纪元获得国投创业领投的B轮融资。据朔思光电介绍，其400G光模块已通过客户验证。"
        "多家服务器厂商向曜昀电源采购服务器电源。云帆智算从恒昶光学采购光学镜头用于检测设备。"
        "博崟科技是浪潮信息的主要PCB供应商。"
    )
    assert "芯砺纪元" in ents
    sup = triples(facts, "SUPPLIES")
    assert {("朔思光电", "OpticalModule"), ("曜昀电源", "PowerSupply"), ("博崟科技", "PCB")} <= sup
    assert ("曜昀电源", "Server") not in sup  # 服务器厂商 are the buyers
    assert ("恒昶光学", "MetrologyEquipment") not in sup  # what the lens is used for is not what it is
    assert ("浪潮信息", "PCB") not in sup  # the customer of 「B的主要PCB供应商」


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


def test_english_segments_dependencies_and_metrics() -> None:
    facts, _ = facts_of(
        "The upstream segment covers chips and optical modules, while the midstream consists of servers and data "
        "centers; downstream is cloud services. AI servers require GPUs, HBM and optical modules. "
        "Advanced GPUs are built on leading-edge foundry processes, which in turn need EUV lithography. "
        "China's intelligent computing capacity reached 725 EFLOPS in 2024 and is expected to exceed 1,000 EFLOPS by 2026. "
        "The Guizhou hub had 180,000 standard racks in operation at the end of 2024.",
        "en.txt",
    )
    seg = triples(facts, "PART_OF_SEGMENT")
    assert {("Chip", "Upstream"), ("OpticalModule", "Upstream"), ("Server", "Midstream"), ("CloudService", "Downstream")} <= seg
    dep = triples(facts, "DEPENDS_ON")
    assert {("AIServer", "GPU"), ("AIServer", "HBM"), ("GPU", "Foundry"), ("Foundry", "Lithography")} <= dep
    metrics = {(f.subject, f.value, f.year, f.qualifier) for f in facts if f.predicate.value == "MENTIONS_METRIC"}
    assert {("中国", 725.0, 2024, None), ("中国", 1000.0, 2026, ">"), ("贵州枢纽", 180000.0, 2024, None)} <= metrics


def test_no_rule_fails_on_any_corpus_we_have() -> None:
    """Rules that raise are skipped per sentence; on our corpora none may raise (it would hide a bug)."""
    from computekg.ingest.reader import iter_paths, read_source

    roots = [ROOT / "samples" / "corpus", UNSEEN, *(ROOT / "tests" / "data" / f"heldout{i}" for i in (2, 3, 4))]
    if (SHARED / "corpus").exists():
        roots.append(SHARED / "corpus")
    files, _ = iter_paths(roots)
    failures = []
    for f in files:
        failures += extract_source(read_source(f)).rule_errors
    assert failures == []


def test_facility_names_and_locations() -> None:
    facts, _ = facts_of(
        "由云帆智算投资建设的“天枢一号”智算中心落户甘肃庆阳。2024年，星链算力在内蒙古乌兰察布建成北原智算中心。"
        "宁夏中卫的沙坡头数据中心产业园已入驻多家企业。"
    )
    loc = triples(facts, "LOCATED_IN")
    assert {("天枢一号智算中心", "庆阳"), ("北原智算中心", "乌兰察布"), ("沙坡头数据中心产业园", "中卫")} <= loc


def test_respectively_pairs_and_possessive_lists() -> None:
    facts, _ = facts_of(
        "长江存储和长鑫存储分别是国内NAND和DRAM的龙头企业。星曜存储与澜海半导体分别生产NAND与DRAM。"
        "中国电信、中国移动和中国联通的数据中心机架数持续增长。"
    )
    sup = triples(facts, "SUPPLIES")
    assert {("长江存储", "NAND"), ("长鑫存储", "DRAM"), ("星曜存储", "NAND"), ("澜海半导体", "DRAM")} <= sup
    assert not {("长江存储", "DRAM"), ("星曜存储", "DRAM")} & sup
    assert {("中国电信", "DataCenter"), ("中国移动", "DataCenter"), ("中国联通", "DataCenter")} <= sup


def test_negations_and_customer_lists_are_not_supply() -> None:
    facts, ents = facts_of(
        "星衡科技尚未推出任何GPU产品。英维克为字节跳动、中国移动提供液冷解决方案。受制裁影响，澜光半导体暂停向华为供应芯片。"
    )
    sup = triples(facts, "SUPPLIES")
    assert ("英维克", "Cooling") in sup
    assert not [s for s, _ in sup if s in ("中国移动", "字节跳动", "星衡科技", "澜光半导体")]
    assert "星衡科技尚未" not in ents  # the adverb is not part of the name


def test_application_words_foundry_phrases_and_product_numbers() -> None:
    facts, _ = facts_of(
        "深圳初创企业芯珩智算发布了首款面向大模型推理的ASIC芯片，由台积电采用5nm工艺代工。"
        "该芯片已获得腾讯云的订单，预计年内出货超过10万片。"
        "在存储领域，国产厂商长鑫存储、长江存储持续扩产。"
    )
    sup = triples(facts, "SUPPLIES")
    assert {("芯珩智算", "ASIC"), ("TSMC", "Foundry"), ("长鑫存储", "Storage"), ("长江存储", "Storage")} <= sup
    assert not [o for s, o in sup if s == "芯珩智算" and o != "ASIC"]  # 大模型 is what the chip is for
    assert not [f for f in facts if f.predicate.value == "MENTIONS_METRIC"]  # the chip's shipments are no region's


def test_rank_clauses_and_is_a_lists() -> None:
    facts, _ = facts_of(
        "根據集邦科技統計，2024年全球晶圓代工市場中，台積電市佔率達64%，中芯國際位居第三。"
        "台達電與光寶科是資料中心電源的兩大供應商。", "tw.txt"
    )
    sup = triples(facts, "SUPPLIES")
    assert {("TSMC", "Foundry"), ("中芯国际", "Foundry"), ("Delta Electronics", "PowerSupply")} <= sup
    assert any(o == "PowerSupply" and s != "Delta Electronics" for s, o in sup)  # 光寶科, discovered


def test_headquarters_from_place_cues_and_company_sites() -> None:
    facts, _ = facts_of(
        "来自杭州的初创企业澄渊科技推出了液冷服务器。合肥企业启曜星算发布了新一代AI加速卡。"
        "芯嶂半导体在无锡投资建设12英寸封测基地。温州市国金公司将继续携手多家机构。"
    )
    assert {("澄渊科技", "杭州"), ("启曜星算", "合肥")} <= triples(facts, "HEADQUARTERED_IN")
    assert ("芯嶂半导体", "无锡") in triples(facts, "LOCATED_IN")
    assert not [s for s, _ in triples(facts, "HEADQUARTERED_IN") if "携手" in s]


def test_shares_after_semicolons_and_english_share_nouns() -> None:
    facts, _ = facts_of("在国内以太网交换机市场，新华三的份额为34.5%，排名第一；华为以32%紧随其后。")
    shares = {(f.subject, f.object, f.value) for f in facts if f.predicate.value == "HAS_MARKET_SHARE"}
    assert {("新华三", "Switch", 34.5), ("华为", "Switch", 32.0)} <= shares
    en, _ = facts_of("Inspur led China's server market in 2023 with a 28% share, ahead of H3C at 17%.", "en.txt")
    shares = {(f.subject, f.object, f.value, f.year) for f in en if f.predicate.value == "HAS_MARKET_SHARE"}
    assert {("浪潮信息", "Server", 28.0, 2023), ("新华三", "Server", 17.0, 2023)} <= shares


def test_business_focus_verbs_and_made_by_phrases() -> None:
    facts, _ = facts_of(
        "曜沧股份主营业务为光模块。启峦智能专注于AI推理芯片的研发。汇澄存储深耕企业级SSD领域多年。"
        "该集群全部采用锐峤通信提供的400G交换机。"
    )
    sup = triples(facts, "SUPPLIES")
    assert {("曜沧股份", "OpticalModule"), ("启峦智能", "AIChip"), ("汇澄存储", "SSD"), ("锐峤通信", "Switch")} <= sup


def test_issued_by_named_and_local_government_bodies() -> None:
    facts, ents = facts_of(
        "2024年5月，鄂州市人民政府印发《鄂州市智算中心建设三年行动方案》。"
        "国家发展改革委、国家数据局联合印发《关于推进算力网络建设的指导意见》。"
    )
    issued = triples(facts, "ISSUED_BY")
    assert ("《鄂州市智算中心建设三年行动方案》", "鄂州市人民政府") in issued
    assert {("《关于推进算力网络建设的指导意见》", "国家发展和改革委员会"), ("《关于推进算力网络建设的指导意见》", "国家数据局")} <= issued
    assert ents["鄂州市人民政府"].type.value == "Organization"


def test_english_from_which_makes_supplier_of_and_provides() -> None:
    facts, _ = facts_of(
        "Most Chinese AI clusters still run on GPUs from Nvidia, although accelerators from Huawei and Cambricon "
        "are gaining ground. Halvrex, which makes liquid-cooling systems, counts hyperscalers as customers. "
        "Brightmere Semiconductor is a Chinese supplier of HBM controllers and enterprise SSDs. "
        "Velorra Tech provides GPU cloud services to AI start-ups.",
        "en.txt",
    )
    sup = triples(facts, "SUPPLIES")
    assert {("NVIDIA", "GPU"), ("华为", "AIChip"), ("寒武纪", "AIChip"), ("Halvrex", "Cooling")} <= sup
    assert {("Brightmere Semiconductor", "SSD"), ("Velorra Tech", "CloudService")} <= sup
    assert ("Brightmere Semiconductor", "HBM") not in sup and ("Velorra Tech", "GPU") not in sup


def test_targets_after_plan_cues_and_local_scope() -> None:
    facts, _ = facts_of(
        "芜湖市加快建设智算中心。根据规划，到2025年底，全市算力总规模将超过15EFLOPS。"
        "《芜湖市算力发展方案》提出，2026年全市数据中心平均PUE降至1.25以下。"
    )
    targets = {(f.subject, f.value, f.year) for f in facts if f.predicate.value == "TARGETS"}
    assert ("《芜湖市算力发展方案》", 1.25, 2026) in targets
    assert any(v == 15.0 and y == 2025 and s != "中国" for s, v, y in targets)  # 全市 is the document's city


def test_leading_position_generic_suffix_names_and_plans_before_the_verb() -> None:
    facts, _ = facts_of(
        "华岫能源在高压直流领域处于领先地位。"
        "墨衡软件计划在2027年推出面向晶圆制造端的计算光刻软件。"
        "芯垣存储已研发出HBM2E工程样品，并计划在2026年量产HBM3。"
    )
    sup = triples(facts, "SUPPLIES")
    assert {("华岫能源", "PowerSupply"), ("芯垣存储", "HBM")} <= sup
    assert not [s for s, _ in sup if s == "墨衡软件"]
