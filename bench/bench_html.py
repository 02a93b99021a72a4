"""Benchmark the HTML view: export time and time to first render in headless Chromium.

    python bench/bench_html.py [--sizes 1000 5000] [--keep DIR]

Generates seeded synthetic graphs (segments, categories, models, companies, regions, policies and
facts between them), exports them with :func:`computekg.graph.html.export_html`, opens each file in
Debian Chromium (``/usr/bin/chromium``) and reads ``window.computekgReadyMs`` — ``performance.now()``
at vis-network's first ``afterDrawing``, i.e. milliseconds from navigation start to the first drawn
frame. Prints a markdown table. Not a test: speed targets live here, not in the test suite.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from computekg.graph.html import export_html
from computekg.ontology import Entity, Evidence, Fact

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
COUNTRIES = ["CN"] * 6 + ["US", "US", "KR", "JP", "TW", "NL", "DE", "HK", None]


def synthetic(n: int, seed: int = 42) -> tuple[list[Entity], list[Fact]]:
    """About ``n`` entities and 2·n facts with the shape of the real chain (seeded, deterministic)."""
    rnd = random.Random(seed)
    segs = [f"环节{i}" for i in range(8)]
    n_cat, n_reg, n_pol = max(10, n // 20), max(5, n // 100), max(5, n // 200)
    n_model = n // 10
    n_comp = n - len(segs) - n_cat - n_reg - n_pol - n_model
    ents: list[Entity] = [Entity(name=s, type="Segment") for s in segs]
    cats = [f"Category{i}" for i in range(n_cat)]
    ents += [
        Entity(name=c, type="ProductCategory", name_zh=f"品类{i}", attrs={"segment": rnd.choice(segs)})
        for i, c in enumerate(cats)
    ]
    regs = [f"地区{i}" for i in range(n_reg)]
    ents += [Entity(name=r, type="Region", country="CN") for r in regs]
    pols = [f"政策{i}" for i in range(n_pol)]
    ents += [Entity(name=p, type="Policy") for p in pols]
    comps = []
    for i in range(n_comp):
        c = rnd.choice(COUNTRIES)
        name = f"公司{i}" if c in ("CN", "HK") else f"Company{i}"
        comps.append(name)
        ents.append(Entity(name=name, type="Company", country=c, aliases=[f"C{i}"]))
    models = [f"Model-{i}" for i in range(n_model)]
    ents += [Entity(name=m, type="ProductModel") for m in models]

    k = 0

    def fact(s, st, p, o, ot, **kw) -> Fact:
        nonlocal k
        k += 1
        sent = f"第{k}句：{s}与{o}相关的说明文字，用于基准测试。"
        ev = Evidence(
            doc=f"doc{k % 97}.txt",
            sentence=sent,
            start=k * 10,
            end=k * 10 + len(sent),
            rule="bench",
            confidence=round(rnd.uniform(0.5, 1), 2),
        )
        return Fact(subject=s, subject_type=st, predicate=p, object=o, object_type=ot, evidence=ev, **kw)

    facts: list[Fact] = []
    for c in cats:
        facts.append(
            fact(c, "ProductCategory", "PART_OF_SEGMENT", rnd.choice(segs), "Segment", origin="reference")
        )
        if rnd.random() < 0.5:
            facts.append(fact(c, "ProductCategory", "DEPENDS_ON", rnd.choice(cats), "ProductCategory"))
    for m in models:
        facts.append(fact(m, "ProductModel", "INSTANCE_OF", rnd.choice(cats), "ProductCategory"))
        facts.append(fact(m, "ProductModel", "MADE_BY", rnd.choice(comps), "Company"))
    for c in comps:
        for cat in rnd.sample(cats, rnd.randint(1, 2)):
            facts.append(fact(c, "Company", "SUPPLIES", cat, "ProductCategory"))
        if rnd.random() < 0.3:
            facts.append(fact(c, "Company", "HEADQUARTERED_IN", rnd.choice(regs), "Region"))
        if rnd.random() < 0.1:
            facts.append(
                fact(
                    c,
                    "Company",
                    "HAS_MARKET_SHARE",
                    rnd.choice(cats),
                    "ProductCategory",
                    value=round(rnd.uniform(1, 60), 1),
                    unit="%",
                    year=2024,
                )
            )
    for p in pols:
        for cat in rnd.sample(cats, 3):
            facts.append(fact(p, "Policy", "RESTRICTS", cat, "ProductCategory"))
    return ents, facts


def first_render_ms(browser, path: Path) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.computekgReadyMs !== undefined", timeout=120_000, polling=50)
    ms = page.evaluate("window.computekgReadyMs")
    page.close()
    if errors:
        raise RuntimeError(f"{path}: page error: {errors[0]}")
    return float(ms)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--keep", type=Path, help="keep the generated HTML files in this folder")
    ap.add_argument("--runs", type=int, default=2, help="browser loads per size (best is reported)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM}: not found (apt-get install -y chromium)", file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench_html_"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for n in args.sizes:
            ents, facts = synthetic(n)
            out = work / f"synthetic_{n}.html"
            t0 = time.perf_counter()
            s = export_html(ents, facts, out, title=f"synthetic {n}")
            export_s = time.perf_counter() - t0
            ms = min(first_render_ms(browser, out) for _ in range(args.runs))
            rows.append((s.nodes, s.edges, len(facts), s.bytes, export_s, ms, s.physics))
        browser.close()
    print("| nodes | edges (facts) | file size | export s | first render ms | physics |")
    print("|---:|---:|---:|---:|---:|:--|")
    for nodes, edges, nf, size, export_s, ms, physics in rows:
        print(
            f"| {nodes} | {edges} ({nf}) | {size / 1e6:.2f} MB | {export_s:.2f} | {ms:.0f} | "
            f"{'on' if physics else 'off (precomputed layout)'} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
