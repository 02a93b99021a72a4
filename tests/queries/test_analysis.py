"""ChainGraph on a small hand-built graph whose answers are worked out by hand.

Backbone (DEPENDS_ON →, SUBTYPE_OF ⊂):
  LargeModel → DataCenter → AIServer → {GPU, CPU} → Foundry → Lithography
  GPU ⊂ AIChip ⊂ Chip, GPU ⊂ Chip, CPU ⊂ Chip, AIServer ⊂ Server
  Upstream: Chip, Lithography, Foundry, Server, OpticalFiber, PCB; Midstream: DataCenter;
  Downstream: LargeModel.
"""

from __future__ import annotations

import json

import pytest

from computekg.ontology import Entity, Evidence, Fact

CAT, CO, SEG = "ProductCategory", "Company", "Segment"


def _ev(doc="a.txt", sentence="句子。", start=0, rule="test"):
    return Evidence(doc=doc, sentence=sentence, start=start, end=start + len(sentence), rule=rule)


def _fact(s, st, p, o, ot, *, doc="a.txt", sentence=None, origin="document", **kw):
    sentence = sentence or f"{s}{p}{o}。"
    return Fact(
        subject=s, subject_type=st, predicate=p, object=o, object_type=ot, origin=origin,
        evidence=_ev(doc=doc, sentence=sentence), **kw,
    )


def _records():
    cats = {
        "Chip": ("芯片", []),
        "AIChip": ("AI芯片", ["人工智能芯片"]),
        "GPU": ("图形处理器", ["GPGPU", "DCU"]),
        "CPU": ("中央处理器", ["服务器CPU"]),
        "Lithography": ("光刻机", ["光刻设备"]),
        "Foundry": ("晶圆代工", []),
        "Server": ("服务器", []),
        "AIServer": ("AI服务器", []),
        "DataCenter": ("数据中心", ["IDC"]),
        "LargeModel": ("大模型", []),
        "PowerSupply": ("能源电力", []),
        "OpticalFiber": ("光纤光缆", []),
        "PCB": ("印制电路板", []),
    }
    ents = [Entity(name=n, type=CAT, name_zh=zh, name_en=n, aliases=al) for n, (zh, al) in cats.items()]
    ents += [
        Entity(name="Upstream", type=SEG, name_zh="上游", name_en="Upstream", aliases=["上游"]),
        Entity(name="Midstream", type=SEG, name_zh="中游", name_en="Midstream", aliases=["中游"]),
        Entity(name="Downstream", type=SEG, name_zh="下游", name_en="Downstream", aliases=["下游"]),
    ]
    companies = {
        "NVIDIA": ("US", "英伟达", []),
        "AMD": ("US", "超威半导体", []),
        "Intel": ("US", "英特尔", []),
        "ASML": ("NL", "阿斯麦", []),
        "TSMC": ("TW", "台积电", []),
        "海光信息": ("CN", "海光信息", ["海光"]),
        "景嘉微": ("CN", "景嘉微", []),
        "寒武纪": ("CN", "寒武纪", []),
        "上海微电子": ("CN", "上海微电子", []),
        "中芯国际": ("HK", "中芯国际", ["SMIC"]),
        "浪潮信息": ("CN", "浪潮信息", ["浪潮"]),
        "万国数据": ("CN", "万国数据", []),
        "长飞光纤": ("CN", "长飞光纤", []),
        "深南电路": ("CN", "深南电路", []),
        "MysteryCo": (None, None, []),
    }
    ents += [
        Entity(name=n, type=CO, country=c, name_zh=zh, aliases=al, source="discovered")
        for n, (c, zh, al) in companies.items()
    ]
    ents += [
        Entity(name="中国", type="Region", country="CN"),
        Entity(name="美国出口管制新规", type="Policy", country="US"),
        Entity(name="荷兰出口管制", type="Policy", country="NL"),
        Entity(name="A100", type="ProductModel"),
    ]

    ref = dict(origin="reference", doc="ontology/taxonomy.csv")
    facts = []
    for child, parent in [("AIChip", "Chip"), ("GPU", "Chip"), ("GPU", "AIChip"), ("CPU", "Chip"),
                          ("AIServer", "Server")]:
        facts.append(_fact(child, CAT, "SUBTYPE_OF", parent, CAT, **ref))
    for a, b in [("LargeModel", "DataCenter"), ("DataCenter", "AIServer"), ("AIServer", "GPU"),
                 ("AIServer", "CPU"), ("GPU", "Foundry"), ("CPU", "Foundry"), ("Foundry", "Lithography")]:
        facts.append(_fact(a, CAT, "DEPENDS_ON", b, CAT, **ref))
    for c, s in [("Chip", "Upstream"), ("Lithography", "Upstream"), ("Foundry", "Upstream"),
                 ("Server", "Upstream"), ("OpticalFiber", "Upstream"), ("PCB", "Upstream"),
                 ("DataCenter", "Midstream"), ("LargeModel", "Downstream")]:
        facts.append(_fact(c, CAT, "PART_OF_SEGMENT", s, SEG, **ref))
    for co, cat in [("NVIDIA", "GPU"), ("AMD", "GPU"), ("海光信息", "GPU"), ("景嘉微", "GPU"), ("海光信息", "CPU"),
                    ("Intel", "CPU"), ("寒武纪", "AIChip"), ("MysteryCo", "Chip"), ("ASML", "Lithography"),
                    ("上海微电子", "Lithography"), ("TSMC", "Foundry"), ("中芯国际", "Foundry"),
                    ("浪潮信息", "AIServer"), ("万国数据", "DataCenter"), ("长飞光纤", "OpticalFiber"),
                    ("深南电路", "PCB")]:
        facts.append(_fact(co, CO, "SUPPLIES", cat, CAT, doc="supply.txt", sentence=f"{co}供应{cat}。"))
    share = dict(unit="%", scope="中国")
    facts += [
        _fact("NVIDIA", CO, "HAS_MARKET_SHARE", "GPU", CAT, value=90.0, year=2022, doc="a.txt",
              sentence="英伟达占据中国GPU市场90%的份额。", **share),
        _fact("Intel", CO, "HAS_MARKET_SHARE", "CPU", CAT, value=80.0, year=2022, doc="b.txt",
              sentence="英特尔服务器CPU市占率约80%。", **share),
        _fact("Intel", CO, "HAS_MARKET_SHARE", "CPU", CAT, value=85.0, year=2022, doc="c.txt",
              sentence="英特尔服务器CPU市占率达85%。", **share),
        _fact("Intel", CO, "HAS_MARKET_SHARE", "CPU", CAT, value=90.0, year=2021, doc="c.txt",
              sentence="2021年英特尔份额为90%。", **share),
        _fact("ASML", CO, "HAS_MARKET_SHARE", "Lithography", CAT, value=82.0, year=2022, doc="d.txt",
              sentence="阿斯麦光刻机份额82%。", unit="%", scope="全球"),
        _fact("Lithography", CAT, "LOCALIZATION_RATE", "中国", "Region", value=2.5, year=2022, unit="%",
              qualifier="<", doc="d.txt", sentence="光刻机国产化率不足2.5%。"),
        _fact("GPU", CAT, "LOCALIZATION_RATE", "中国", "Region", value=10.0, year=2022, unit="%",
              doc="a.txt", sentence="GPU国产化率约10%。"),
        _fact("GPU", CAT, "LOCALIZATION_RATE", "中国", "Region", value=50.0, year=2025, unit="%",
              modality="target", doc="a.txt", sentence="到2025年GPU国产化率达到50%。"),
        _fact("美国出口管制新规", "Policy", "RESTRICTS", "GPU", CAT, date="2022-10-07", doc="e.txt",
              sentence="美国限制高端GPU对华出口。"),
        _fact("美国出口管制新规", "Policy", "RESTRICTS", "A100", "ProductModel", date="2022-10-07", doc="e.txt",
              sentence="A100被列入管制。"),
        _fact("荷兰出口管制", "Policy", "RESTRICTS", "Lithography", CAT, date="2023-09-01", doc="d.txt",
              sentence="荷兰限制光刻机出口。"),
        _fact("A100", "ProductModel", "INSTANCE_OF", "GPU", CAT, doc="e.txt", sentence="A100是GPU。"),
        _fact("A100", "ProductModel", "MADE_BY", "NVIDIA", CO, doc="e.txt", sentence="英伟达的A100。"),
    ]
    return ents, facts


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    from computekg.queries.analysis import ChainGraph

    ents, facts = _records()
    db = tmp_path_factory.mktemp("kg") / "test.lbug"
    g = ChainGraph.from_records(ents, facts, db_path=db)
    g.db_path = db
    return g


# -- suppliers ------------------------------------------------------------------------------------


def test_suppliers_resolves_alias_and_chinese_name(graph):
    by_name = graph.suppliers("GPU")
    assert sorted(by_name["name"]) == ["AMD", "NVIDIA", "景嘉微", "海光信息"]
    for alias in ("图形处理器", "gpgpu", "DCU", "ProductCategory:GPU"):
        assert sorted(graph.suppliers(alias)["name"]) == ["AMD", "NVIDIA", "景嘉微", "海光信息"]


def test_supplier_row_carries_share_evidence_and_model(graph):
    nv = graph.suppliers("GPU").iloc[0]  # share desc: NVIDIA (90) first
    assert nv["name"] == "NVIDIA" and nv["name_zh"] == "英伟达"
    assert nv["country"] == "US" and nv["domestic"] is not None and not nv["domestic"]
    assert nv["category"] == "GPU" and nv["category_zh"] == "图形处理器"
    assert nv["share"] == 90.0 and nv["share_year"] == 2022 and nv["share_scope"] == "中国"
    assert nv["via"] is None  # the curated MADE_BY(A100) link is reference data, not a supply fact
    assert nv["n_facts"] == 2  # SUPPLIES + HAS_MARKET_SHARE
    assert nv["doc"] in {"a.txt", "supply.txt", "e.txt"} and nv["evidence"]


def test_subtype_rollup_gpu_supplier_counts_for_chip_and_aichip(graph):
    chip = graph.suppliers("芯片")
    assert set(zip(chip["name"], chip["category"], strict=True)) >= {("NVIDIA", "GPU"), ("Intel", "CPU"),
                                                                    ("寒武纪", "AIChip"), ("MysteryCo", "Chip")}
    assert sorted(set(chip["name"])) == ["AMD", "Intel", "MysteryCo", "NVIDIA", "寒武纪", "景嘉微", "海光信息"]
    aichip = graph.suppliers("人工智能芯片")
    assert sorted(set(aichip["name"])) == ["AMD", "NVIDIA", "寒武纪", "景嘉微", "海光信息"]
    assert "Intel" not in set(aichip["name"])  # CPU is not an AIChip


def test_segment_rollup(graph):
    up = graph.suppliers("上游")
    assert set(up["category"]) == {"GPU", "CPU", "AIChip", "Chip", "Lithography", "Foundry", "AIServer",
                                   "OpticalFiber", "PCB"}
    assert graph.suppliers("Upstream")["name"].tolist() == up["name"].tolist()
    assert graph.suppliers("中游")["name"].tolist() == ["万国数据"]
    assert graph.suppliers("下游").empty


def test_domestic_filter_excludes_foreign_and_unknown(graph):
    dom = graph.suppliers("Chip", domestic=True)
    assert sorted(set(dom["name"])) == ["寒武纪", "景嘉微", "海光信息"]
    assert dom["domestic"].all()
    foreign = graph.suppliers("Chip", domestic=False)
    assert sorted(set(foreign["name"])) == ["AMD", "Intel", "NVIDIA"]
    assert sorted(graph.suppliers("GPU", country="us")["name"]) == ["AMD", "NVIDIA"]
    # HK counts as domestic
    assert graph.suppliers("Foundry", domestic=True)["name"].tolist() == ["中芯国际"]


def test_unknown_category_raises(graph):
    from computekg.queries.analysis import UnknownEntityError

    with pytest.raises(UnknownEntityError, match="量子芯片"):
        graph.suppliers("量子芯片")
    with pytest.raises(UnknownEntityError):
        graph.suppliers("海光")  # a company, not a category


# -- dependency chains ----------------------------------------------------------------------------


def test_dependencies_closure_and_paths(graph):
    deps = graph.dependencies("AI服务器")
    assert list(zip(deps["category"], deps["depth"], strict=True)) == [
        ("CPU", 1), ("GPU", 1), ("Foundry", 2), ("Lithography", 3)]
    litho = deps.set_index("category").loc["Lithography"]
    assert litho["path"] == ["AIServer", "CPU", "Foundry", "Lithography"]
    assert len(litho["facts"]) == 3
    assert graph.dependencies("AIServer", depth=1)["category"].tolist() == ["CPU", "GPU"]
    assert graph.dependencies("Lithography").empty


def test_dependents_closure_and_paths(graph):
    d = graph.dependents("光刻机")
    assert list(zip(d["category"], d["depth"], strict=True)) == [
        ("Foundry", 1), ("CPU", 2), ("GPU", 2), ("AIServer", 3), ("DataCenter", 4), ("LargeModel", 5)]
    assert d.set_index("category").loc["DataCenter", "path"] == [
        "DataCenter", "AIServer", "CPU", "Foundry", "Lithography"]
    assert graph.dependents("Foundry", depth=1)["category"].tolist() == ["CPU", "GPU"]


# -- gaps -----------------------------------------------------------------------------------------


def test_gap_scores_and_order(graph):
    gaps = graph.substitution_gaps()
    assert gaps["category"].tolist() == [
        "GPU", "Lithography", "CPU", "Foundry", "Chip", "AIChip", "AIServer", "DataCenter",
        "OpticalFiber", "PCB", "Server"]
    score = dict(zip(gaps["category"], gaps["gap_score"], strict=True))
    assert score["GPU"] == pytest.approx(0.745 + 0.2 * 0.64 * 0.9828125)  # 0.8708
    assert score["Lithography"] == pytest.approx(0.78625)
    assert score["CPU"] == pytest.approx(0.4675 + 0.2 * 0.64 * 0.9828125)
    assert score["Foundry"] == pytest.approx(0.275 + 0.2 * 0.78625)
    assert score["Chip"] == pytest.approx(0.4)
    assert score["AIChip"] == pytest.approx(0.55 * 2.5 / 6 + 0.125)
    # categories without suppliers nor dependents are not listed
    assert "PowerSupply" not in score and "LargeModel" not in score


def test_gap_components_are_traceable(graph):
    g = graph.substitution_gaps().set_index("category")
    gpu = g.loc["GPU"]
    assert gpu["name_zh"] == "图形处理器" and gpu["segment"] == "Upstream"
    assert (gpu["n_domestic"], gpu["n_foreign"]) == (2, 2)
    assert gpu["domestic_suppliers"] == ["景嘉微", "海光信息"]
    assert gpu["foreign_share"] == 90.0 and gpu["foreign_share_company"] == "NVIDIA"
    assert gpu["foreign_share_doc"] == "a.txt" and gpu["top_foreign_supplier"] == "NVIDIA"
    assert gpu["foreign"] == pytest.approx(0.9) and gpu["foreign_source"] == "share"
    assert gpu["localization_rate"] == 10.0 and gpu["low_localization"] == pytest.approx(0.9)
    assert gpu["localization_target"] == "50% (2025) [target]"
    assert gpu["export_control"] == 1.0 and gpu["export_control_date"] == "2022-10-07"
    assert len(gpu["export_controls"]) == 2  # the category itself and model A100
    assert gpu["upstream_from"] == "Lithography" and gpu["upstream_depth"] == 2
    assert gpu["upstream_risk"] == pytest.approx(0.64 * 0.9828125)
    assert len(gpu["facts"]) == 1 + 1 + 2 + 2  # share, rate, 2 restrictions, 2 DEPENDS_ON hops
    cpu = g.loc["CPU"]
    assert cpu["foreign_share"] == 85.0  # latest year, larger of the conflicting 2022 values
    assert cpu["export_control"] == 0.0 and cpu["low_localization"] == pytest.approx(0.85)
    chip = g.loc["Chip"]
    assert (chip["n_domestic"], chip["n_foreign"], chip["n_unknown"]) == (3, 3, 1)
    assert chip["foreign_source"] == "suppliers" and chip["foreign"] == pytest.approx(3.5 / 7)
    assert chip["export_control"] == 0.5  # only a subtype is hit
    litho = g.loc["Lithography"]
    assert litho["foreign_source"] == "localization" and litho["foreign"] == pytest.approx(0.975)  # > 82% share
    assert litho["export_controls"] == ["荷兰出口管制 → Lithography 2023-09-01"]
    assert g.loc["Lithography", "localization_qualifier"] == "<"


def test_upstream_risk_propagates_to_all_domestic_category(graph):
    g = graph.substitution_gaps().set_index("category")
    ai = g.loc["AIServer"]
    assert ai["n_foreign"] == 0 and ai["export_control"] == 0.0
    assert ai["foreign"] == pytest.approx(0.25) and ai["foreign_source"] == "suppliers"  # (0 + .5) / (1 + 1)
    assert ai["own_risk"] == pytest.approx(0.171875)
    assert ai["upstream_from"] == "GPU" and ai["upstream_depth"] == 1
    assert ai["upstream_risk"] == pytest.approx(0.8 * 0.93125)
    assert ai["gap_score"] == pytest.approx(0.8 * 0.171875 + 0.2 * 0.745)
    assert ai["gap_score"] > g.loc["Server", "gap_score"]  # same own data as Server, plus upstream risk
    dc = g.loc["DataCenter"]
    assert dc["upstream_from"] == "GPU" and dc["upstream_risk"] == pytest.approx(0.64 * 0.93125)
    assert g.loc["AIServer", "gap_score"] > g.loc["DataCenter", "gap_score"] > g.loc["Server", "gap_score"]


def test_gap_tie_break_is_by_name(graph):
    gaps = graph.substitution_gaps()
    tied = gaps[(gaps["gap_score"] - 0.1375).abs() < 1e-9]["category"].tolist()
    assert tied == ["OpticalFiber", "PCB", "Server"]  # one domestic supplier each, nothing upstream
    assert gaps["category"].tolist()[-3:] == tied
    assert graph.substitution_gaps()["category"].tolist() == gaps["category"].tolist()


def test_chokepoints(graph):
    c = graph.chokepoints(limit=None)
    assert c["category"].tolist()[:6] == ["Lithography", "GPU", "CPU", "Foundry", "Chip", "AIChip"]
    row = c.set_index("category").loc["Lithography"]
    assert row["n_downstream"] == 6 and row["chokepoint_score"] == pytest.approx(6 * 0.975)
    assert row["downstream"] == ["AIServer", "CPU", "DataCenter", "Foundry", "GPU", "LargeModel"]
    assert c.set_index("category").loc["Chip", "n_downstream"] == 3  # via its subtypes GPU and CPU
    assert c["category"].tolist()[6:] == ["AIServer", "Server", "DataCenter"]  # AIServer/Server tie on 0.5: name
    assert graph.chokepoints(limit=2)["category"].tolist() == ["Lithography", "GPU"]
    with pytest.warns(DeprecationWarning, match="limit"):  # the old keyword still works
        assert graph.chokepoints(top=None)["category"].tolist() == c["category"].tolist()


# -- what-if --------------------------------------------------------------------------------------


def test_what_if_gpu_us(graph):
    w = graph.what_if(["GPU"], country="US")
    assert w.cut["category"].tolist() == ["GPU"]
    row = w.cut.iloc[0]
    assert row["cut_suppliers"] == ["AMD", "NVIDIA"] and row["substitutes"] == ["景嘉微", "海光信息"]
    assert sorted(w.cut_suppliers["name"]) == ["AMD", "NVIDIA"]
    assert list(zip(w.exposed_categories["category"], w.exposed_categories["depth"], strict=True)) == [
        ("AIServer", 1), ("DataCenter", 2), ("LargeModel", 3)]
    assert w.exposed_categories.iloc[2]["path"] == ["LargeModel", "DataCenter", "AIServer", "GPU"]
    assert w.exposed_segments["segment"].tolist() == ["Upstream", "Midstream", "Downstream"]
    assert sorted(w.exposed_companies["name"]) == ["万国数据", "浪潮信息"]
    assert sorted(w.substitutes["name"]) == ["景嘉微", "海光信息"]
    assert w.summary()["uncovered"] == []


def test_what_if_aichip_cuts_subtypes_and_flags_uncovered(graph):
    w = graph.what_if("AI芯片", country="US")
    cut = w.cut.set_index("category")
    assert cut.index.tolist() == ["AIChip", "GPU"]
    assert cut.loc["GPU", "reason"] == "subtype of AIChip"
    assert cut.loc["AIChip", "substitutes"] == ["寒武纪", "景嘉微", "海光信息"]
    w2 = graph.what_if(["Lithography"], country="NL")
    assert w2.cut_suppliers["name"].tolist() == ["ASML"]
    assert w2.cut.iloc[0]["substitutes"] == ["上海微电子"]
    assert w2.exposed_categories["category"].tolist() == [
        "Foundry", "CPU", "GPU", "AIServer", "DataCenter", "LargeModel"]
    w3 = graph.what_if(["Foundry"], country="TW")
    assert w3.cut.iloc[0]["cut_suppliers"] == ["TSMC"] and w3.cut.iloc[0]["substitutes"] == ["中芯国际"]


# -- evidence -------------------------------------------------------------------------------------


def test_evidence_flags_conflicting_values(graph):
    ev = graph.evidence("英特尔", "has_market_share", "服务器CPU")
    assert ev["value"].tolist() == [90.0, 80.0, 85.0]  # 2021 first, then 2022 by value
    assert ev["year"].tolist() == [2021, 2022, 2022]
    assert ev["conflict"].tolist() == [False, True, True]
    assert ev.iloc[1]["conflict_values"] == [80.0, 85.0]
    assert ev.iloc[1]["doc"] == "b.txt" and ev.iloc[1]["evidence"] == "英特尔服务器CPU市占率约80%。"
    assert ev.iloc[2]["span_end"] - ev.iloc[2]["span_start"] == len("英特尔服务器CPU市占率达85%。")
    assert set(ev["rule"]) == {"test"}


def test_evidence_restriction_and_unknowns(graph):
    from computekg.queries.analysis import UnknownEntityError

    ev = graph.evidence("美国出口管制新规", "RESTRICTS", "GPU")
    assert ev["date"].tolist() == ["2022-10-07"] and ev["doc"].tolist() == ["e.txt"]
    with pytest.raises(UnknownEntityError, match="predicate"):
        graph.evidence("Intel", "LIKES", "CPU")
    with pytest.raises(UnknownEntityError, match="subject"):
        graph.evidence("Nobody", "SUPPLIES", "CPU")


def test_cypher_passthrough_is_read_only(graph):
    from computekg.queries.analysis import ReadOnlyQueryError

    df = graph.cypher("MATCH (c:Company) WHERE c.country = $c RETURN c.name AS name ORDER BY name", c="US")
    assert df["name"].tolist() == ["AMD", "Intel", "NVIDIA"]
    assert graph.cypher("MATCH (c:Company {name: 'SET'}) RETURN count(c) AS n")["n"].tolist() == [0]
    with pytest.raises(ReadOnlyQueryError):
        graph.cypher("MATCH (c:Company) SET c.country = 'XX'")
    with pytest.raises(ReadOnlyQueryError):
        graph.cypher("CREATE (:Company {id: 'x'})")


# -- CLI ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    import computekg.commands.analysis  # noqa: F401  (registers the commands)
    from computekg._app import app

    runner = CliRunner()
    return lambda *args: runner.invoke(app, [str(a) for a in args])


def test_cli_suppliers_json(graph, cli):
    res = cli("suppliers", "图形处理器", "--domestic", "--db", graph.db_path, "--format", "json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert sorted(r["name"] for r in rows) == ["景嘉微", "海光信息"]
    assert all(r["domestic"] is True for r in rows)


def test_cli_gaps_json_and_csv(graph, cli):
    res = cli("gaps", "--top", "3", "--db", graph.db_path, "--format", "json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [r["category"] for r in rows] == ["GPU", "Lithography", "CPU"]
    assert rows[0]["gap_score"] == pytest.approx(0.8708)
    assert rows[0]["localization_qualifier"] is None and rows[1]["localization_qualifier"] == "<"
    res = cli("deps", "AIServer", "--db", graph.db_path, "--format", "csv")
    assert res.exit_code == 0
    lines = res.stdout.splitlines()
    assert lines[0].startswith("category,name_zh,name_en,segment,depth,path")
    assert len(lines) == 5


def test_cli_whatif_and_evidence(graph, cli):
    res = cli("whatif", "--restrict", "GPU", "--country", "US", "--db", graph.db_path, "--format", "json")
    assert res.exit_code == 0, res.output
    payload = json.loads(res.stdout)
    assert [r["category"] for r in payload["exposed_categories"]] == ["AIServer", "DataCenter", "LargeModel"]
    assert payload["summary"]["cut_categories"] == ["GPU"]
    res = cli("evidence", "Intel", "HAS_MARKET_SHARE", "CPU", "--db", graph.db_path, "--format", "json")
    assert [r["conflict"] for r in json.loads(res.stdout)] == [False, True, True]
    res = cli("chokepoints", "--top", "1", "--db", graph.db_path, "--format", "json")
    assert res.exit_code == 0 and [r["category"] for r in json.loads(res.stdout)] == ["Lithography"]
    res = cli("gaps", "--db", graph.db_path)  # rich table
    assert res.exit_code == 0 and "GPU" in res.stdout and "substitution gaps" in res.stdout


def test_cli_errors_are_one_line_exit_2(graph, cli, tmp_path):
    res = cli("gaps", "--db", tmp_path / "missing.lbug")
    assert res.exit_code == 2
    assert res.stderr.startswith("error: ") and len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output
    res = cli("suppliers", "量子芯片", "--db", graph.db_path)
    assert res.exit_code == 2 and res.stderr.strip() == "error: unknown category or segment: '量子芯片'"
    res = cli("deps", "Nope", "--reverse", "--db", graph.db_path)
    assert res.exit_code == 2 and res.stderr.startswith("error: unknown")
