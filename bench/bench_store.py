"""Store benchmark: bulk load (project write path and a direct COPY path), size, memory, query latency
on the embedded LadybugDB store, and the same questions in plain networkx.

Run through ``bench/run.py --scale S|M|L``; see ``bench/RESULTS.md``.
"""

from __future__ import annotations

import gc
import itertools
import resource
import statistics
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import psutil

from computekg.graph.atomic import remove_database, write_database
from computekg.graph.base import MENTIONED_IN, STUB_SOURCE, entity_to_row, fact_to_row
from computekg.graph.ladybug import LadybugStore, schema_ddl, single_threaded
from computekg.graph.schema import node_properties
from computekg.ontology import ENTITY_PROPERTIES, FACT_PROPERTIES, EntityType, entity_id

from . import bench_queries, nxref
from .generate import SynthGraph, fact_id, stream

# --------------------------------------------------------------------------- measurement helpers


class PeakRSS:
    """Peak resident set size of this process while the block runs (sampled every 20 ms)."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._proc = psutil.Process()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._proc.memory_info().rss)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self.peak = self._proc.memory_info().rss
        self._t = threading.Thread(target=self._loop, daemon=True)
        self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._t.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)

    @property
    def mib(self) -> float:
        return round(self.peak / 2**20, 1)


def max_rss_mib() -> float:
    """Process-lifetime peak RSS (``getrusage``; KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@contextmanager
def timed(out: dict[str, Any], key: str):
    t0 = time.perf_counter()
    with PeakRSS() as mem:
        yield
    out[f"{key}_s"] = round(time.perf_counter() - t0, 3)
    out[f"{key}_peak_rss_mib"] = mem.mib


def latency(fn: Callable[[], Any], repeat: int, warmup: int = 1, slow_s: float = 2.0) -> dict[str, Any]:
    """Median / min wall time in ms after ``warmup`` calls, plus the size of the answer (calls slower
    than ``slow_s`` in the warm-up are timed once)."""
    result = None
    t0 = time.perf_counter()
    for _ in range(warmup):
        result = fn()
    if warmup and (time.perf_counter() - t0) / warmup > slow_s:
        repeat = 1  # a multi-second call: one timed run after the warm-up is enough
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": round(statistics.median(times), 3), "min_ms": round(min(times), 3),
            "runs": len(times), "rows": _size(result)}


def _size(x: Any) -> int:
    if isinstance(x, pd.DataFrame):
        return len(x)
    if hasattr(x, "rows") and hasattr(x, "total"):  # a Table page
        return len(x.rows)
    if hasattr(x, "tables"):  # WhatIfResult
        return sum(len(t) for t in x.tables().values())
    if isinstance(x, dict):
        return sum(_size(v) for v in x.values())
    if isinstance(x, list):
        return len(x)
    return 0


def db_size_mib(path: Path) -> float:
    files = [path, *(path.with_name(path.name + s) for s in (".wal", ".shadow"))]
    return round(sum(p.stat().st_size for p in files if p.exists()) / 2**20, 2)


# --------------------------------------------------------------------------- direct bulk path


def _obj(values: list[Any]) -> pd.Series:
    return pd.Series(values, dtype=object)


def build_frames(g: SynthGraph) -> tuple[dict[str, pd.DataFrame], dict[tuple[str, str, str], pd.DataFrame]]:
    """The rows :func:`computekg.graph.base.graph_rows` would produce, built column-wise straight from
    the generator's columns (no pydantic records, no per-row dicts for the bulk of the facts)."""
    nodes: dict[str, dict[str, Any]] = {}
    labels: dict[str, str] = {}
    for e in g.entities:
        nodes[e.id] = entity_to_row(e)
        labels[e.id] = e.type.value
    c = g.cols
    n = g.n_doc_facts
    sid = [f"{t}:{s}" for t, s in zip(c["subject_type"], c["subject"], strict=True)]
    oid = [f"{t}:{o}" for t, o in zip(c["object_type"], c["object"], strict=True)]

    def stub(nid: str) -> None:
        if nid not in nodes:
            type_, _, name = nid.partition(":")
            row = dict.fromkeys(ENTITY_PROPERTIES)
            row.update(id=nid, name=name, source=STUB_SOURCE)
            nodes[nid] = row
            labels[nid] = type_

    rels: dict[tuple[str, str, str], pd.DataFrame] = {}
    ref_groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for f in g.ref_facts:
        stub(f.subject_id)
        stub(f.object_id)
        key = (f.predicate.value, f.subject_type.value, f.object_type.value)
        ref_groups[key].append({"src": f.subject_id, "dst": f.object_id, **fact_to_row(f)})
    for nid in set(sid) | set(oid):
        stub(nid)
    idx: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, key in enumerate(zip(c["predicate"], c["subject_type"], c["object_type"], strict=True)):
        idx[key].append(i)
    for key in sorted(set(idx) | set(ref_groups)):
        ii = idx.get(key, [])
        ref = ref_groups.get(key, [])
        cols: dict[str, pd.Series] = {}
        cols["src"] = _obj([sid[i] for i in ii] + [r["src"] for r in ref])
        cols["dst"] = _obj([oid[i] for i in ii] + [r["dst"] for r in ref])
        fids = [fact_id(sid[i], key[0], oid[i], c["doc"][i], c["value"][i], c["year"][i]) for i in ii]
        src_col = {"fact_id": fids, "span_start": c["start"], "span_end": c["end"], "evidence": c["sentence"]}
        for k in FACT_PROPERTIES:
            if k == "fact_id":
                vals = fids
            elif k in ("origin",):
                vals = ["document"] * len(ii)
            elif k == "conflict":
                vals = [False] * len(ii)
            elif k in ("modality", "page"):
                vals = [None] * len(ii)
            else:
                col = src_col.get(k) or c[k]
                vals = [col[i] for i in ii]
            cols[k] = _obj(vals + [r[k] for r in ref])
        rels[key] = pd.DataFrame(cols)
    mentions: dict[tuple[str, str], int] = defaultdict(int)
    for i in range(n):
        d = c["doc"][i]
        mentions[(sid[i], d)] += 1
        mentions[(oid[i], d)] += 1
    by_label: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for (nid, d), cnt in mentions.items():
        did = entity_id(EntityType.DOCUMENT.value, d)
        stub(did)
        by_label[labels[nid]].append((nid, did, cnt))
    for label, rows in by_label.items():
        rels[(MENTIONED_IN, label, EntityType.DOCUMENT.value)] = pd.DataFrame(
            {"src": _obj([r[0] for r in rows]), "dst": _obj([r[1] for r in rows]), "count": [r[2] for r in rows]})
    node_frames: dict[str, pd.DataFrame] = {}
    per_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for nid, row in nodes.items():
        per_label[labels[nid]].append(row)
    for label, rows in per_label.items():
        node_frames[label] = pd.DataFrame({k: _obj([r.get(k) for r in rows]) for k in node_properties(label)})
    return node_frames, rels


def copy_frames(node_frames: dict[str, pd.DataFrame], rel_frames: dict[tuple[str, str, str], pd.DataFrame],
                path: Path) -> int:
    """Create the project schema at ``path`` and ``COPY`` every frame in; returns relationships loaded."""
    import ladybug

    remove_database(path)
    db = ladybug.Database(str(path))
    conn = ladybug.Connection(db)
    for stmt in schema_ddl():
        conn.execute(stmt)
    total = 0
    with single_threaded(conn):  # the same guard as the project's store (a LadybugDB scan deadlock)
        for label, df in node_frames.items():  # noqa: B007 - df is read by COPY through its name
            conn.execute(f"COPY {label} FROM df")
        for (rtype, src, dst), df in rel_frames.items():  # noqa: B007
            conn.execute(f"COPY {rtype} FROM df (from='{src}', to='{dst}')")
            total += len(df)
    conn.close()
    db.close()
    return total


# --------------------------------------------------------------------------- the run


AGGREGATES = {"foreign_concentration", "export_control_exposure", "segment_suppliers", "substitution_gaps",
              "chokepoints", "domestic_suppliers", "suppliers", "suppliers_domestic", "what_if"}


def _project_load(g: SynthGraph, db: Path, load: dict[str, Any], log: Callable[[str], None],
                  streamed: bool) -> None:
    """The project's write path: records streamed into ``write_graph`` (bounded batches), then the
    derived tables; at L the facts are generated on the fly (:func:`bench.generate.stream`)."""
    from computekg.queries import materialize as mat

    log("project write path: write_graph (streamed) ...")
    if streamed:
        entities, facts = stream(g.scale, g.seed)
    else:
        entities, facts = list(g.entities), itertools.chain(g.ref_facts, g.iter_doc_facts())
    derived: dict[str, float] = {}

    def finalize(store: Any) -> None:
        t0 = time.perf_counter()
        mat.materialize(store)
        derived["s"] = round(time.perf_counter() - t0, 3)

    remove_database(db)
    with timed(load, "project_write"):
        summary = write_database(entities, facts, db, finalize=finalize)
    load["project_facts_s"] = summary.seconds
    load["project_derive_s"] = derived["s"]
    load["project_relationships"] = summary.total_relationships
    load["project_nodes"] = summary.nodes
    load["project_size_mib"] = db_size_mib(db)
    load["project_rel_per_s"] = round(summary.total_relationships / load["project_write_s"])
    del entities, facts, summary
    gc.collect()
    log(f"  {load['project_write_s']} s (facts {load['project_facts_s']} s, derived {load['project_derive_s']} s)")


def _direct_load(g: SynthGraph, db: Path, load: dict[str, Any], log: Callable[[str], None]) -> None:
    log("direct bulk path: frames + COPY ...")
    with timed(load, "direct_frames"):
        node_frames, rel_frames = build_frames(g)
    with timed(load, "direct_copy"):
        load["direct_relationships"] = copy_frames(node_frames, rel_frames, db)
    load["direct_nodes"] = sum(len(df) for df in node_frames.values())
    load["direct_size_mib"] = db_size_mib(db)
    load["direct_total_s"] = round(load["direct_frames_s"] + load["direct_copy_s"], 3)
    load["direct_rel_per_s"] = round(load["direct_relationships"] / load["direct_total_s"])
    del node_frames, rel_frames
    gc.collect()
    log(f"  frames {load['direct_frames_s']} s, COPY {load['direct_copy_s']} s")


def run_scale(g: SynthGraph, workdir: Path, *, repeat: int = 5, warmup: int = 1, direct: bool = True,
              networkx: bool = True, streamed: bool = False, log: Callable[[str], None] = print) -> dict[str, Any]:
    out: dict[str, Any] = {"stats": g.stats(), "params": g.params, "load": {}, "library": {}, "analysis": {}}
    workdir.mkdir(parents=True, exist_ok=True)
    proj_db = workdir / f"bench_{g.scale}_project.lbug"
    direct_db = workdir / f"bench_{g.scale}_direct.lbug"
    _project_load(g, proj_db, out["load"], log, streamed)
    if direct:
        _direct_load(g, direct_db, out["load"], log)
    out["query_db"] = proj_db.name
    store = LadybugStore(proj_db, read_only=True)
    try:
        if direct:  # both paths must load the same graph (the direct path has no derived tables)
            other = LadybugStore(direct_db, read_only=True)
            try:
                out["counts_equal"] = store.counts() == other.counts()
            finally:
                other.close()
        with PeakRSS() as mem:
            out["library"] = bench_queries.time_library(store, g.params, latency, repeat, warmup, log)
            out["analysis"] = bench_queries.time_analysis(store, g.params, latency, repeat, warmup, log)
        out["query_peak_rss_mib"] = mem.mib
    finally:
        store.close()
    if networkx:
        _networkx(g, out, repeat, log)
    for section in ("library", "analysis"):
        for entry in out[section].values():
            nx_ms = (entry.get("networkx") or {}).get("median_ms")
            for key in ("default", "cold", "warm", "store", "full_cold"):
                ms = (entry.get(key) or {}).get("median_ms")
                if ms and nx_ms:
                    entry[f"speedup_{key}"] = round(nx_ms / ms, 2)
    out["max_rss_mib"] = max_rss_mib()
    return out


def _networkx(g: SynthGraph, out: dict[str, Any], repeat: int, log: Callable[[str], None]) -> None:
    """The same questions on a networkx MultiDiGraph of the same records (its time does not depend on
    the page size: the whole answer is computed, then sorted)."""
    log("networkx reference: building MultiDiGraph ...")
    nxinfo: dict[str, Any] = {}
    rss0 = psutil.Process().memory_info().rss
    with timed(nxinfo, "build"):
        graph = nxref.build_graph(g.entities, (f for f in [*g.ref_facts, *g.iter_doc_facts()]))
    nxinfo["rss_delta_mib"] = round((psutil.Process().memory_info().rss - rss0) / 2**20, 1)
    nxinfo["edges"] = graph.number_of_edges()
    out["networkx"] = nxinfo
    nx_repeat = max(1, min(repeat, 3))
    for name, fn in nxref.LIBRARY.items():
        if name in out["library"]:
            params = out["library"][name]["params"]
            log(f"  nx {name}")
            out["library"][name]["networkx"] = latency(lambda fn=fn, params=params: fn(graph, **params), nx_repeat,
                                                       1 if repeat > 1 else 0)
    for name, fn in nxref.ANALYSIS.items():
        if name in out["analysis"]:
            log(f"  nx analysis {name}")
            out["analysis"][name]["networkx"] = latency(lambda fn=fn: fn(graph, g.params), nx_repeat,
                                                        1 if repeat > 1 else 0)


# --------------------------------------------------------------------------- report


def markdown(res: dict[str, Any], scale: str) -> str:
    st, load = res["stats"], res["load"]
    lines = [f"### Scale {scale}: {st['relationships']:,} relationships, {st['entities']:,} entities", ""]
    lines += ["| load | seconds | rel/s | on-disk MiB | peak RSS MiB |", "|---|---:|---:|---:|---:|"]
    lines.append(f"| project `write_graph`, streamed (facts {load['project_facts_s']} s + derived tables "
                 f"{load['project_derive_s']} s) | {load['project_write_s']} | {load['project_rel_per_s']:,} | "
                 f"{load['project_size_mib']} | {load['project_write_peak_rss_mib']} |")
    if "direct_total_s" in load:
        lines.append(f"| direct COPY from DataFrames, no derived tables (frames {load['direct_frames_s']} s + COPY "
                     f"{load['direct_copy_s']} s) | {load['direct_total_s']} | {load['direct_rel_per_s']:,} | "
                     f"{load['direct_size_mib']} | {max(load['direct_frames_peak_rss_mib'], load['direct_copy_peak_rss_mib'])} |")
    if "counts_equal" in res:
        lines.append(f"\nBoth load paths give identical node/relationship counts: {res['counts_equal']}.")
    lines.append(f"\nProcess peak RSS (whole run, `getrusage`): {res['max_rss_mib']} MiB; during queries "
                 f"{res.get('query_peak_rss_mib')} MiB.")
    if "networkx" in res:
        nxi = res["networkx"]
        lines.append(f"networkx MultiDiGraph: {nxi['edges']:,} edges, built in {nxi['build_s']} s, "
                     f"+{nxi['rss_delta_mib']} MiB RSS.")
    lines += ["", "| library query | params | rows | default ms (first 20 + count) | full ms | networkx ms | "
              "speed-up default / full |", "|---|---|---:|---:|---:|---:|---:|"]
    for name, e in sorted(res["library"].items()):
        if "error" in e:
            lines.append(f"| {name} | {_p(e['params'])} | ERROR: {e['error']} | | | | |")
            continue
        nxm = e.get("networkx", {}).get("median_ms", "")
        lines.append(f"| {name} | {_p(e['params'])} | {e['total_rows']} | {e['default']['median_ms']} | "
                     f"{e['store']['median_ms']} | {nxm} | {_x(e.get('speedup_default'))} / {_x(e.get('speedup_store'))} |")
    lines += ["", "| `ChainGraph` call | rows | default cold ms | default warm ms | full cold ms | networkx ms | "
              "speed-up default cold / warm / full |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, e in res["analysis"].items():
        if "error" in e:
            lines.append(f"| {name} | ERROR: {e['error']} | | | | | |")
            continue
        nxm = e.get("networkx", {}).get("median_ms", "")
        lines.append(f"| {name} | {e['full_cold']['rows']} | {e['cold']['median_ms']} | {e['warm']['median_ms']} | "
                     f"{e['full_cold']['median_ms']} | {nxm} | {_x(e.get('speedup_cold'))} / {_x(e.get('speedup_warm'))} "
                     f"/ {_x(e.get('speedup_full_cold'))} |")
    return "\n".join(lines) + "\n"


def _p(params: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in params.items()) or "–"


def _x(v: float | None) -> str:
    return "" if v is None else f"{v}×"
