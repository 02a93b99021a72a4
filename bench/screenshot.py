"""Screenshot of the HTML view for the docs.

    python bench/screenshot.py [--db computekg.lbug] [--focus NAME] [--select NAME] [--out docs/screenshot.png]

Without ``--db`` it uses the small hand-made graph of the test suite (``tests/conftest.py``).
Exports with :func:`computekg.graph.html.export_html`, opens the file in headless Debian Chromium,
clicks ``--select`` (default: the best-connected company) so the side panel shows its evidence, and
saves a PNG.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

from computekg.graph.html import build_graph, document_view, export_html, resolve_focus

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def demo_records():
    spec = importlib.util.spec_from_file_location("_kg_test_conftest", ROOT / "tests" / "conftest.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod.build_small_graph()


def db_records(db: Path):
    try:
        from computekg.graph import open_store
    except ImportError:
        from computekg.graph.base import open_store
    store = open_store(db)
    try:
        return document_view(list(store.entities()), list(store.facts()))
    finally:
        store.close()


def screenshot(
    entities,
    facts,
    png: Path,
    *,
    focus: str | None = None,
    select: str | None = None,
    size: tuple[int, int] = (1400, 860),
) -> Path:
    from playwright.sync_api import sync_playwright

    html = Path(tempfile.mkdtemp(prefix="kg_shot_")) / "graph.html"
    export_html(entities, facts, html, focus=focus, title="computekg — 算力产业链")
    g = build_graph(entities, facts)
    if select:
        sel = resolve_focus(g, select)
    else:
        companies = [n for n, d in g.nodes(data=True) if d["entity"].type == "Company"] or list(g.nodes)
        sel = max(companies, key=lambda n: (g.degree(n), n)) if companies else None
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            tempfile.mkdtemp(prefix="kg_shot_profile_"),
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            viewport={"width": size[0], "height": size[1]},
        )
        page = ctx.pages[0] if ctx.pages else ctx.new_page()
        page.goto(html.as_uri())
        page.wait_for_function(
            "window.computekgReadyMs !== undefined && window.computekgStable === true", timeout=60_000
        )
        if sel:
            xy = page.evaluate(
                """(id) => { const n = window.computekg.network; const v = window.computekg.nodesView;
                             if (!v.get(id)) return null;
                             const p = n.canvasToDOM(n.getPositions([id])[id]);
                             const r = document.getElementById('graph').getBoundingClientRect();
                             return [p.x + r.left, p.y + r.top]; }""",
                sel,
            )
            if xy:
                page.mouse.click(*xy)
        page.wait_for_timeout(300)
        png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png))
        ctx.close()
    return png


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="database built by `computekg build` (default: the test graph)")
    ap.add_argument("--focus", help="only the neighbourhood of this entity")
    ap.add_argument("--select", help="entity to click so the side panel shows its facts")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = ap.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM}: not found (apt-get install -y chromium)", file=sys.stderr)
        return 2
    if args.db is not None and not args.db.exists():
        print(f"error: {args.db}: database not found", file=sys.stderr)
        return 2
    entities, facts = db_records(args.db) if args.db else demo_records()
    try:
        out = screenshot(entities, facts, args.out, focus=args.focus, select=args.select)
    except ValueError as exc:
        print(f"error: {args.db or 'demo graph'}: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
