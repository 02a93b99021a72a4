"""Benchmark runner: ``python bench/run.py --scale S|M|L`` (store) or ``--ingest`` (extraction throughput).

Prints a markdown table and writes the raw numbers as JSON (``--out``, default
``bench/results_<scale>.json`` / ``bench/results_ingest.json``). See ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bench_ingest, bench_store  # noqa: E402
from bench.generate import SCALES, generate  # noqa: E402

HERE = Path(__file__).resolve().parent


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _params_and_stats(scale: str, seed: int) -> tuple[dict, dict]:
    """Query parameters and size of a scale without keeping its facts (one pass of the generator)."""
    from bench.generate import _fact_rows, _world

    w = _world(scale, seed, None)
    gpu: dict[str, int] = {}
    n = 0
    for row in _fact_rows(w):
        n += 1
        if row[2] == "SUPPLIES" and row[3] == "GPU":
            gpu[row[0]] = gpu.get(row[0], 0) + 1
    country = {name: c for name, c, *_ in w.companies}
    dom = sorted((c for c in gpu if country.get(c) == "CN"), key=lambda c: (-gpu[c], c))
    params = {"category": "GPU", "segment": "Upstream", "dep_category": "AIServer", "dependent_category": "HBM",
              "path_source": "AIServer", "path_target": "Lithography", "subject": dom[0] if dom else "海光信息",
              "predicate": "SUPPLIES", "object": "GPU", "restrict": "GPU", "country": "US"}
    stats = {"scale": scale, "seed": seed, "entities": len(w.ents) + len(w.docs),
             "relationships": len(w.rfacts) + n + w.n_mentions}
    return params, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", choices=list(SCALES), help="synthetic graph size (XS is for tests)")
    ap.add_argument("--ingest", action="store_true", help="measure extraction throughput instead")
    ap.add_argument("--out", type=Path, help="JSON results file")
    ap.add_argument("--repeat", type=int, default=5, help="timed repetitions per query (median reported)")
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--workdir", type=Path, help="where databases are built (default: a temp dir, removed)")
    ap.add_argument("--no-direct", action="store_true",
                    help="skip the direct COPY path (DataFrames of every fact in memory); default at L")
    ap.add_argument("--no-networkx", action="store_true", help="skip the networkx reference")
    ap.add_argument("--ingest-mb", type=float, default=10.0, help="replicated corpus size for --ingest")
    ap.add_argument("--procs", default="1,2", help="process counts for --ingest")
    ap.add_argument("--corpus", type=Path, default=bench_ingest.SEED_CORPUS)
    a = ap.parse_args(argv)
    if not a.ingest and not a.scale:
        ap.error("give --scale S|M|L or --ingest")

    if a.ingest:
        res = bench_ingest.run_ingest(a.ingest_mb, tuple(int(x) for x in a.procs.split(",")), corpus=a.corpus,
                                      log=_log)
        table = bench_ingest.markdown(res)
        out = a.out or HERE / "results_ingest.json"
    else:
        t0 = time.perf_counter()
        _log(f"generating scale {a.scale} ...")
        big = a.scale == "L"  # 10 M facts in memory would be the generator's, not the build's, memory
        g = generate(a.scale, a.seed, target=2_000) if big else generate(a.scale, a.seed)
        if big:  # a stand-in for the run's bookkeeping; the build streams the real facts
            g.scale, (g.params, big_stats) = "L", _params_and_stats(a.scale, a.seed)
        gen_s = round(time.perf_counter() - t0, 2)
        _log(f"  {g.total_relationships:,} relationships in {gen_s} s")
        tmp = None
        workdir = a.workdir
        if workdir is None:
            tmp = tempfile.TemporaryDirectory(prefix="computekg-bench-")
            workdir = Path(tmp.name)
        try:
            res = bench_store.run_scale(g, workdir, repeat=a.repeat, warmup=a.warmup,
                                        direct=not a.no_direct and not big, networkx=not a.no_networkx and not big,
                                        streamed=big, log=_log)
            if big:
                res["stats"] = big_stats
        finally:
            if tmp is not None:
                tmp.cleanup()
        res["generate_s"] = gen_s
        res["repeat"] = a.repeat
        table = bench_store.markdown(res, a.scale)
        out = a.out or HERE / f"results_{a.scale}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(table)
    _log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
