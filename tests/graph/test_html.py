"""HTML view export (no browser): offline, escaped, complete, focus mode, CLI errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from computekg.graph.html import export_html
from computekg.ontology import Entity, Evidence, Fact

EVIL = 'Evil"><script>alert(1)</script>'
IMG = "<img src=x onerror=alert(1)>"
SENTENCE = f"据报道，{IMG}公司向市场供应GPU芯片。"


@pytest.fixture
def hostile(small_graph) -> tuple[list[Entity], list[Fact]]:
    entities, facts = small_graph
    entities = [
        *entities,
        Entity(name=EVIL, type="Company", country="CN", aliases=[IMG, "https://evil.example/x"]),
    ]
    ev = Evidence(
        doc="http://evil.example/doc.html",
        sentence=SENTENCE + "\u2028见 https://x.example 。",
        start=3,
        end=40,
        rule="r&1",
        confidence=0.5,
    )
    facts = [
        *facts,
        Fact(
            subject=EVIL,
            subject_type="Company",
            predicate="SUPPLIES",
            object="GPU",
            object_type="ProductCategory",
            evidence=ev,
        ),
        Fact(
            subject="NVIDIA",
            subject_type="Company",
            predicate="HAS_MARKET_SHARE",
            object="GPU",
            object_type="ProductCategory",
            value=90.0,
            unit="%",
            year=2023,
            evidence=Evidence(
                doc="doc_c.txt", sentence="英伟达GPU份额高达90%。", start=0, end=13, rule="share"
            ),
        ),
    ]
    return entities, facts


def _data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', text, re.S)
    assert m, "graph-data block missing"
    return json.loads(m.group(1))


def test_self_contained_and_escaped(hostile, tmp_path: Path):
    entities, facts = hostile
    out = tmp_path / "g.html"
    summary = export_html(entities, facts, out, title="算力 <graph> https://t")
    raw = out.read_bytes()
    text = raw.decode("utf-8")  # valid UTF-8
    assert summary.bytes == len(raw) and summary.nodes == len(entities)
    assert not re.search(r"https?://", text, re.I), "the file must not reference any URL"
    assert not re.search(r"""<(script|link|img|iframe)[^>]*\s(src|href)\s*=""", text, re.I)
    assert "海光信息" in text and "英伟达GPU份额高达90%。" in text  # Chinese stored as UTF-8, not \u escapes
    assert "<script>alert(1)" not in text and "<img src=x" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert len(re.findall(r"^<script", text, re.M)) == 3  # graph data, vis-network, page code
    data = _data(out)
    assert len(data["nodes"]) == len(entities)
    assert {n["id"] for n in data["nodes"]} == {e.id for e in entities}
    assert len(data["facts"]) == len(facts)
    evil = next(n for n in data["nodes"] if n["kg"]["name"] == EVIL)  # round-trips exactly after escaping
    assert IMG in evil["kg"]["aliases"] and evil["kg"]["origin"] == "domestic"
    assert any(f["sentence"].startswith(SENTENCE) for f in data["facts"])
    assert all(isinstance(n["title"], str) for n in data["nodes"] + data["edges"])  # plain-text tooltips


def test_styles_groups_and_conflicts(hostile, tmp_path: Path):
    entities, facts = hostile
    out = tmp_path / "g.html"
    export_html(entities, facts, out)
    data = _data(out)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["Company:NVIDIA"]["color"]["background"] != nodes["Company:海光信息"]["color"]["background"]
    assert nodes["Company:Mystery"]["kg"]["origin"] == "unknown"
    assert nodes["ProductCategory:GPU"]["shape"] != nodes["Company:NVIDIA"]["shape"]
    assert "Hardware" in nodes["ProductCategory:AIChip"]["kg"]["segments"]
    # NVIDIA–GPU: SUPPLIES + two market shares grouped into one edge
    pair = [e for e in data["edges"] if {e["from"], e["to"]} == {"Company:NVIDIA", "ProductCategory:GPU"}]
    assert len(pair) == 1 and len(pair[0]["kg"]["facts"]) == 3
    shares = [data["facts"][i] for i in pair[0]["kg"]["facts"] if data["facts"][i]["p"] == "HAS_MARKET_SHARE"]
    assert {f["value"] for f in shares} == {80, 90} and all(f["conflict"] for f in shares)
    assert shares[0]["group"] == shares[1]["group"]
    other = [f for f in data["facts"] if f["p"] == "SUPPLIES"]
    assert not any(f["conflict"] for f in other)
    assert data["physics"] is True


def test_physics_off_above_threshold(hostile, tmp_path: Path):
    entities, facts = hostile
    s = export_html(entities, facts, tmp_path / "g.html", physics_threshold=5)
    data = _data(tmp_path / "g.html")
    assert s.physics is False and data["options"]["physics"]["enabled"] is False
    xs = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xs) == len(entities)  # precomputed, distinct positions


def test_focus_neighbourhood(hostile, tmp_path: Path):
    entities, facts = hostile
    out = tmp_path / "f.html"
    s = export_html(entities, facts, out, focus="英伟达", depth=1)  # alias
    ids = {n["id"] for n in _data(out)["nodes"]}
    assert s.focus == "Company:NVIDIA"
    assert ids == {"Company:NVIDIA", "ProductCategory:GPU", "ProductModel:H100"}
    s2 = export_html(entities, facts, out, focus="h100", depth=0)  # case-insensitive name
    assert s2.nodes == 1 and s2.edges == 0
    s3 = export_html(entities, facts, out, focus="Company:NVIDIA", depth=2)
    assert "Company:海光信息" in {n["id"] for n in _data(out)["nodes"]} and s3.nodes < len(entities)


def test_unknown_focus_raises(hostile, tmp_path: Path):
    with pytest.raises(ValueError, match="no entity"):
        export_html(*hostile, tmp_path / "x.html", focus="不存在的公司")
    assert not (tmp_path / "x.html").exists()


def test_facts_with_unknown_ends_become_nodes(tmp_path: Path):
    ev = Evidence(doc="d.txt", sentence="甲供应乙。", start=0, end=5, rule="t")
    f = Fact(
        subject="甲",
        subject_type="Company",
        predicate="SUPPLIES",
        object="GPU",
        object_type="ProductCategory",
        evidence=ev,
    )
    s = export_html([], [f], tmp_path / "g.html")
    assert (s.nodes, s.edges, s.facts) == (2, 1, 1)


def test_cli_missing_db(tmp_path: Path):
    from typer.testing import CliRunner

    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()

    res = CliRunner().invoke(app, ["html", str(tmp_path / "o.html"), "--db", str(tmp_path / "nope.lbug")])
    assert res.exit_code == 2
    err = res.stderr if hasattr(res, "stderr") else res.output
    assert err.strip().startswith("error: ") and "nope.lbug" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in res.output


def test_cli_end_to_end(small_graph, tmp_path: Path):
    atomic = pytest.importorskip("computekg.graph.atomic")
    from typer.testing import CliRunner

    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()

    db = tmp_path / "g.lbug"
    atomic.write_database(*small_graph, db)
    out = tmp_path / "o.html"
    res = CliRunner().invoke(app, ["html", str(out), "--db", str(db), "--focus", "海光"])
    assert res.exit_code == 0, res.output
    assert "nodes" in res.output and out.exists()
    res = CliRunner().invoke(app, ["html", str(out), "--db", str(db), "--focus", "nobody"])
    assert res.exit_code == 2 and "error:" in (res.stderr if hasattr(res, "stderr") else res.output)


def test_main_component_isolated_nodes_and_curated_facts_in_the_data(small_graph, tmp_path: Path):
    entities, facts = small_graph
    entities = [*entities, Entity(name="孤立公司", type="Company", country="CN")]
    facts = [*facts, Fact(subject="海光信息", subject_type="Company", predicate="SUPPLIES", object="CPU",
                          object_type="ProductCategory", origin="curated",
                          evidence=Evidence(doc="curation.yaml", sentence="年报", start=0, end=0,
                                            rule="curated:add", page=None))]
    out = tmp_path / "g.html"
    export_html(entities, facts, out)
    data = _data(out)
    kg = {n["id"]: n["kg"] for n in data["nodes"]}
    assert kg["Company:孤立公司"]["isolated"] and not kg["Company:孤立公司"]["main"]
    assert kg["ProductCategory:GPU"]["main"] and not kg["ProductCategory:GPU"]["isolated"]
    assert [f["origin"] for f in data["facts"] if f["rule"] == "curated:add"] == ["curated"]
    assert all("page" in f for f in data["facts"])
    assert data["options"]["physics"]["stabilization"]["fit"] is False  # the page zooms itself
