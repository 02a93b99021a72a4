"""The HTML view's first view in headless Chromium (screenshot checks): labels readable without zooming,
isolated nodes hidden behind a toggle, no horizontal overflow in the side panel, curated facts marked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from computekg.graph.html import export_html
from computekg.ontology import Entity, Evidence, Fact

pytestmark = pytest.mark.browser

LONG = "超长无空格的文档名称" * 12 + ".pdf"


def _graph() -> tuple[list[Entity], list[Fact]]:
    """A 260-node main component (categories with suppliers), 12 isolated companies, a 4-way conflict,
    a curated fact and unbreakable long strings."""
    ents = [Entity(name="Hardware", type="Segment")]
    facts = []

    def ev(doc: str = "doc.txt", sentence: str = "示例句子。", rule: str = "test") -> Evidence:
        return Evidence(doc=doc, sentence=sentence, start=0, end=len(sentence), rule=rule, confidence=0.9)

    for c in range(40):
        ents.append(Entity(name=f"Category{c}", type="ProductCategory"))
        facts.append(Fact(subject=f"Category{c}", subject_type="ProductCategory", predicate="PART_OF_SEGMENT",
                          object="Hardware", object_type="Segment", origin="reference", evidence=ev()))
        if c:
            facts.append(Fact(subject=f"Category{c}", subject_type="ProductCategory", predicate="DEPENDS_ON",
                              object=f"Category{c // 2}", object_type="ProductCategory", evidence=ev()))
    for i in range(220):
        ents.append(Entity(name=f"供应商{i}", type="Company", country="CN" if i % 3 else "US"))
        facts.append(Fact(subject=f"供应商{i}", subject_type="Company", predicate="SUPPLIES",
                          object=f"Category{i % 40}", object_type="ProductCategory", evidence=ev()))
    for i in range(12):
        ents.append(Entity(name=f"孤立公司{i}", type="Company", country="CN"))
    ents.append(Entity(name="长名公司", type="Company", country="CN", aliases=["A" * 120, LONG]))
    for k, value in enumerate((70.8, 70.77, 65.0, 80.0)):
        facts.append(Fact(subject="长名公司", subject_type="Company", predicate="HAS_MARKET_SHARE", object="Category0",
                          object_type="ProductCategory", value=value, unit="%", year=2022,
                          evidence=ev(doc=f"{k}{LONG}", sentence="份额" + "9" * 150 + "。")))
    facts.append(Fact(subject="长名公司", subject_type="Company", predicate="SUPPLIES", object="Category1",
                      object_type="ProductCategory", origin="curated",
                      evidence=ev(doc="curation.yaml", sentence="年报第12页", rule="curated:add")))
    return ents, facts


@pytest.fixture
def first_view(browser_context, tmp_path: Path):
    entities, facts = _graph()
    out = tmp_path / "view.html"
    summary = export_html(entities, facts, out)
    page = browser_context.pages[0] if browser_context.pages else browser_context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(out.as_uri())
    page.wait_for_function("window.computekgViewReady === true", timeout=60_000)
    page.wait_for_timeout(300)  # one more frame after the zoom
    return page, summary, errors


def _dark_pixels(png: bytes) -> int:
    """Pixels of label ink in a screenshot: dark and grey (labels are #212529; node borders are coloured)."""
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(1 for r, g, b in img.get_flattened_data() if max(r, g, b) < 90 and max(r, g, b) - min(r, g, b) < 14)


def test_labels_readable_at_first_view(first_view):
    page, _summary, errors = first_view
    scale = page.evaluate("window.computekg.network.getScale()")
    assert scale * 13 >= 11, f"labels drawn at {scale * 13:.1f}px on the first view"
    canvas = page.locator("#graph canvas")
    ink_first = _dark_pixels(canvas.screenshot())
    # the same graph fitted whole, as vis-network would show it: labels too small to draw or read
    page.evaluate("window.computekg.network.fit({animation: false})")
    page.wait_for_timeout(300)
    ink_fitted = _dark_pixels(canvas.screenshot())
    assert ink_first > 1000 and ink_first > 10 * ink_fitted, (ink_first, ink_fitted)
    assert errors == []


def test_isolated_nodes_hidden_until_toggled(first_view):
    page, summary, errors = first_view
    shown = page.evaluate("window.computekg.nodesView.getIds()")
    assert not any(i.startswith("Company:孤立公司") for i in shown)
    assert len(shown) == summary.nodes - 12
    assert page.text_content("#n-isolated") == "12"
    page.check("#f-isolated")
    assert len(page.evaluate("window.computekg.nodesView.getIds()")) == summary.nodes
    page.click("#reset")
    assert len(page.evaluate("window.computekg.nodesView.getIds()")) == summary.nodes - 12
    assert errors == []


def test_side_panel_never_scrolls_sideways_and_marks_curated_facts(first_view):
    page, _summary, errors = first_view
    page.evaluate("window.computekg.showNode('Company:长名公司')")
    dims = page.evaluate("(() => { const p = document.getElementById('panel'); "
                         "return [p.scrollWidth, p.clientWidth]; })()")
    assert dims[0] <= dims[1], f"side panel overflows: scrollWidth {dims[0]} > clientWidth {dims[1]}"
    widest = page.evaluate("Math.max(...Array.from(document.querySelectorAll('#panel *'))"
                           ".map(e => e.getBoundingClientRect().right))")
    right = page.evaluate("document.getElementById('panel').getBoundingClientRect().right")
    assert widest <= right + 0.5
    assert page.evaluate("document.querySelectorAll('#panel .fact.curated').length") == 1
    assert "curated (reviewed by hand)" in page.text_content("#panel")
    assert errors == []
