"""A hostile graph exported with ``computekg html`` and opened in headless Chromium: no dialog, no
injected element, the hostile text shown as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from robust_helpers import invoke_cli, no_traceback

from computekg.ontology import Entity, Evidence, Fact

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
NAMES = [
    "Evil</script><script>alert('name')</script>",
    "<img src=x onerror=alert('img')>公司",
    "<a href=\"javascript:alert('href')\">点我</a>",
    "\"><svg onload=alert('svg')>",
    "';alert(String.fromCharCode(88));//\\",
]
DOC = "<b onmouseover=alert('doc')>报告</b>.html"


def _sentence(name: str) -> str:
    return f"据报道，{name}向市场供应GPU芯片。<script>alert('ev')</script> javascript:alert(1)"


@pytest.fixture
def hostile_html(tmp_path: Path) -> tuple[Path, list[str]]:
    from computekg.graph.atomic import write_database

    ents = [Entity(name="GPU", type="ProductCategory")]
    facts = []
    for i, name in enumerate(NAMES):
        ents.append(Entity(name=name, type="Company", country="CN", aliases=[f"{name}别名"], docs=[DOC]))
        s = _sentence(name)
        facts.append(Fact(subject=name, subject_type="Company", predicate="SUPPLIES", object="GPU",
                          object_type="ProductCategory",
                          evidence=Evidence(doc=DOC, sentence=s, start=100 * i, end=100 * i + len(s),
                                            rule="<i>rule</i>", confidence=0.5)))
    db = tmp_path / "hostile.lbug"
    write_database(ents, facts, db)
    out = tmp_path / "hostile.html"
    r = invoke_cli("html", out, "--db", db, "--title", "<script>alert('title')</script>")
    assert r.returncode == 0 and no_traceback(r), r.stderr
    return out, [e.id for e in ents if e.type.value == "Company"]


def test_hostile_html_in_chromium(hostile_html, tmp_path: Path):
    if not CHROMIUM.exists():
        pytest.skip("needs Debian chromium at /usr/bin/chromium (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("needs the playwright Python package")
    out, ids = hostile_html
    profile = tmp_path / "profile"
    profile.mkdir()
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(str(profile), executable_path=str(CHROMIUM), headless=True,
                                                    args=ARGS, viewport={"width": 1400, "height": 900})
        try:
            page = ctx.pages[0] if ctx.pages else ctx.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(out.as_uri())
            page.wait_for_function("window.computekg !== undefined && window.computekgStable === true",
                                   timeout=30_000)
            assert page.title() == "<script>alert('title')</script>"
            for node_id in ids:
                page.evaluate("(id) => window.computekg.showNode(id)", node_id)
                page.wait_for_function("(id) => document.getElementById('panel').getAttribute('data-id') === id",
                                       arg=node_id)
                text = page.evaluate("document.getElementById('panel').textContent")
                name = node_id.split(":", 1)[1]
                assert name in text and _sentence(name) in text and DOC in text
                page.hover("#panel")
            page.mouse.move(700, 450)
            page.wait_for_timeout(300)
            injected = page.evaluate("""() => Array.from(document.querySelectorAll(
                'img[src=x], svg, a[href^="javascript:"], [onerror], [onload], [onmouseover], #panel script, '
                + '#panel b, #panel i'))
                .filter(e => e.tagName !== 'B' || /报告/.test(e.textContent))  // the panel's own <b>labels</b>
                .filter(e => e.tagName !== 'I' || /rule/.test(e.textContent))
                .map(e => e.outerHTML.slice(0, 120))""")
            assert injected == [], injected
            assert page.evaluate("document.scripts.length") == 3  # graph-data, vis-network, app
            assert dialogs == [], dialogs
            assert errors == [], errors
        finally:
            ctx.close()
