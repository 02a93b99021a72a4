"""The exported HTML view in headless Chromium: offline, no errors, hostile text stays text, clicks work."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from computekg.graph.html import export_html
from computekg.ontology import Entity, Evidence, Fact

pytestmark = pytest.mark.browser

EVIL = 'Evil"><script>alert(1)</script>'
IMG = "<img src=x onerror=alert(1)>"
SENTENCE = f"据报道，{IMG}公司向市场供应GPU芯片。"


def _hostile_graph(small_graph) -> tuple[list[Entity], list[Fact]]:
    entities, facts = small_graph
    entities = [*entities, Entity(name=EVIL, type="Company", country="CN", aliases=[IMG])]
    ev = Evidence(
        doc="<b>evil</b>.txt", sentence=SENTENCE, start=3, end=3 + len(SENTENCE), rule="r<1>", confidence=0.5
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


def png_colours(png: bytes, limit: int = 10_000) -> int:
    """Number of distinct pixel colours of an 8-bit RGB/RGBA PNG (stops counting at ``limit``)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, bytearray()
    width = height = colour_type = 0
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        kind, body = png[pos + 4 : pos + 8], png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour_type in (2, 6), f"unsupported PNG depth {depth} type {colour_type}"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = 4 if colour_type == 6 else 3
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    prev = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 0xFF
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        if y % 2 == 0:  # every other row is plenty to tell a drawn graph from a blank page
            colours.update(bytes(line[i : i + 3]) for i in range(0, stride, bpp))
            if len(colours) >= limit:
                break
        prev = line
    return len(colours)


@pytest.fixture
def page_with_graph(browser_context, small_graph, tmp_path: Path):
    entities, facts = _hostile_graph(small_graph)
    out = tmp_path / "graph.html"
    summary = export_html(entities, facts, out, title="test <graph>")
    events: dict[str, list] = {"requests": [], "console": [], "pageerrors": [], "dialogs": []}
    ctx = browser_context
    ctx.on("request", lambda r: events["requests"].append(r.url))
    page = ctx.pages[0] if ctx.pages else ctx.new_page()
    page.on("console", lambda m: events["console"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: events["pageerrors"].append(str(e)))

    def on_dialog(d):
        events["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    page.goto(out.as_uri())
    page.wait_for_function(
        "window.computekgReadyMs !== undefined && window.computekgStable === true", timeout=30_000
    )
    return page, out, summary, entities, events


def _click_node(page, node_id: str) -> None:
    xy = page.evaluate(
        """(id) => { const n = window.computekg.network; const p = n.canvasToDOM(n.getPositions([id])[id]);
                     const r = document.getElementById('graph').getBoundingClientRect();
                     return [p.x + r.left, p.y + r.top]; }""",
        node_id,
    )
    page.mouse.click(xy[0], xy[1])


def test_offline_no_errors_and_all_nodes_drawn(page_with_graph, tmp_path: Path):
    page, out, summary, entities, events = page_with_graph
    assert events["requests"] == [out.as_uri()], f"unexpected network requests: {events['requests']}"
    assert events["console"] == [], events["console"]
    assert events["pageerrors"] == [], events["pageerrors"]
    assert events["dialogs"] == []
    drawn = page.evaluate("window.computekg.network.body.data.nodes.length")
    assert drawn == len(entities) == summary.nodes
    assert page.evaluate("window.computekg.nodes.length") == len(entities)
    assert page.evaluate("window.computekg.edges.length") == summary.edges
    png = page.screenshot()
    assert png_colours(png) > 20, "screenshot looks blank"
    canvas_png = page.locator("#graph canvas").screenshot()
    assert png_colours(canvas_png) > 20, "graph canvas looks blank"


def test_click_node_shows_evidence_as_text(page_with_graph):
    page, _out, _summary, _entities, events = page_with_graph
    evil_id = f"Company:{EVIL}"
    _click_node(page, evil_id)
    page.wait_for_function("document.getElementById('panel').getAttribute('data-id') !== null")
    assert page.get_attribute("#panel", "data-id") == evil_id
    text = page.evaluate("document.getElementById('panel').textContent")
    assert SENTENCE in text  # the evidence sentence, Chinese and hostile markup as plain text
    assert "<script>alert(1)</script>" in text
    assert "<b>evil</b>.txt" in text
    assert page.evaluate("document.querySelectorAll('img[src=x]').length") == 0
    assert (
        page.evaluate("document.querySelectorAll('#panel script, #panel img, #panel b:not(:empty) b').length")
        == 0
    )
    assert page.evaluate("document.scripts.length") == 3  # graph-data, vis-network, app — nothing injected
    assert events["dialogs"] == [] and events["pageerrors"] == []


def test_click_other_node_and_conflict_marked(page_with_graph):
    page, *_ = page_with_graph
    _click_node(page, "Company:NVIDIA")
    page.wait_for_function("document.getElementById('panel').getAttribute('data-id') === 'Company:NVIDIA'")
    text = page.evaluate("document.getElementById('panel').textContent")
    assert "英伟达GPU份额约80%。" in text and "英伟达GPU份额高达90%。" in text
    # both values side by side in one marked conflict box
    n = page.evaluate(
        "Array.from(document.querySelectorAll('#panel .conflict')).filter(b => b.querySelectorAll('.fact').length >= 2).length"
    )
    assert n == 1
    assert "conflicting values" in page.evaluate(
        "document.querySelector('#panel .conflict .flag').textContent"
    )


def test_click_edge_lists_grouped_facts(page_with_graph):
    page, *_ = page_with_graph
    edge = page.evaluate(
        "window.computekg.edges.get().find(e => e.from === 'Company:NVIDIA' && e.to === 'ProductCategory:GPU').id"
    )
    xy = page.evaluate(
        """(eid) => { const n = window.computekg.network; const e = window.computekg.edges.get(eid);
                      const p = n.getPositions([e.from, e.to]);
                      const a = n.canvasToDOM(p[e.from]), b = n.canvasToDOM(p[e.to]);
                      const r = document.getElementById('graph').getBoundingClientRect();
                      return [(a.x + b.x) / 2 + r.left, (a.y + b.y) / 2 + r.top]; }""",
        edge,
    )
    page.mouse.click(xy[0], xy[1])
    kind = page.get_attribute("#panel", "data-kind")
    if kind != "edge":  # a curved edge or a node may sit under the straight midpoint: use the same handler
        page.evaluate("(eid) => window.computekg.showEdge(eid)", edge)
    assert page.get_attribute("#panel", "data-kind") == "edge"
    text = page.evaluate("document.getElementById('panel').textContent")
    assert "SUPPLIES" in text and "HAS_MARKET_SHARE" in text and "Facts (3)" in text
    assert "英伟达GPU份额约80%。" in text and "英伟达GPU份额高达90%。" in text
    assert page.evaluate("document.querySelectorAll('#panel .conflict .fact').length") == 2


def test_search_alias_and_filters(page_with_graph):
    page, _out, summary, _entities, events = page_with_graph
    page.fill("#search", "英伟达")
    page.press("#search", "Enter")
    page.wait_for_function("document.getElementById('panel').getAttribute('data-id') === 'Company:NVIDIA'")
    page.select_option("#f-origin", "foreign")
    shown = page.evaluate("window.computekg.nodesView.getIds()")
    assert "Company:NVIDIA" in shown and "Company:海光信息" not in shown
    assert "ProductCategory:GPU" in shown  # non-company nodes are not filtered by origin
    page.click("#reset")
    assert page.evaluate("window.computekg.network.body.data.nodes.length") == summary.nodes
    page.uncheck("#f-types input[value=Company]")
    assert all(not i.startswith("Company:") for i in page.evaluate("window.computekg.nodesView.getIds()"))
    page.uncheck("#f-preds input[value=SUPPLIES]")
    preds = page.evaluate("window.computekg.edgesView.get().map(e => e.kg.preds)")
    assert all(p != ["SUPPLIES"] for p in preds)
    assert events["pageerrors"] == [] and events["console"] == []
