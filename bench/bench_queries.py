"""Query timings on a built database: every library query and every ``ChainGraph`` answer in its
default form (the first 20 rows of the ranked answer, and how many there are) and in full, cold (a
new ChainGraph: backbone pulled again) and warm; networkx answers the same questions on the same data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from computekg.graph.ladybug import LadybugStore
from computekg.queries.analysis import ChainGraph
from computekg.queries.library import list_queries, run_page, run_query

PAGE = 20  # the default form: what the CLI prints


def library_params(p: dict[str, Any], name: str) -> dict[str, Any]:
    """Parameters of a library query, by query name (a generic fallback by parameter name)."""
    special = {
        "dependencies": {"category": p["dep_category"]},
        "dependents": {"category": p["dependent_category"]},
        "dependency_path": {"source": p["path_source"], "target": p["path_target"]},
    }
    if name in special:
        return special[name]
    generic = {"category": p["category"], "segment": p["segment"], "subject": p["subject"],
               "predicate": p["predicate"], "object": p["object"], "source": p["path_source"],
               "target": p["path_target"]}
    q = next(q for q in list_queries() if q.name == name)
    return {k: generic[k] for k in q.params if k in generic}


def analysis_calls(p: dict[str, Any]) -> dict[str, Callable[[ChainGraph, int | None], Any]]:
    """Each call with a ``limit``: ``PAGE`` for the default form, ``None`` for the whole answer."""
    return {
        "suppliers": lambda cg, n: cg.suppliers(p["category"], limit=n),
        "suppliers_domestic": lambda cg, n: cg.suppliers(p["category"], domestic=True, limit=n),
        "dependencies": lambda cg, n: cg.dependencies(p["dep_category"], limit=n),
        "dependents": lambda cg, n: cg.dependents(p["dependent_category"], limit=n),
        "substitution_gaps": lambda cg, n: cg.substitution_gaps(limit=n),
        "chokepoints": lambda cg, n: cg.chokepoints(limit=n),
        "what_if": lambda cg, n: cg.what_if(p["restrict"], p["country"], limit=n),
        "evidence": lambda cg, n: cg.evidence(p["subject"], p["predicate"], p["object"]),
    }


def time_library(store: LadybugStore, params: dict[str, Any], latency: Callable, repeat: int, warmup: int,
                 log: Callable[[str], None]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for q in list_queries():
        p = library_params(params, q.name)
        log(f"  query {q.name} {p}")
        entry: dict[str, Any] = {"params": p}
        try:
            entry["default"] = latency(lambda q=q, p=p: run_page(store, q.name, limit=PAGE, **p), repeat, warmup)
            entry["total_rows"] = run_page(store, q.name, limit=PAGE, **p).total
            entry["store"] = latency(lambda q=q, p=p: run_query(store, q.name, **p), repeat, warmup)
        except Exception as exc:  # report, do not hide
            entry["error"] = f"{type(exc).__name__}: {exc}"
        out[q.name] = entry
    return out


def time_analysis(store: LadybugStore, params: dict[str, Any], latency: Callable, repeat: int, warmup: int,
                  log: Callable[[str], None]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, call in analysis_calls(params).items():
        log(f"  analysis {name}")
        warm = ChainGraph(store)
        entry: dict[str, Any] = {}
        try:
            entry["cold"] = latency(lambda call=call: call(ChainGraph(store), PAGE), repeat, warmup)
            entry["warm"] = latency(lambda call=call, cg=warm: call(cg, PAGE), repeat, warmup)
            entry["full_cold"] = latency(lambda call=call: call(ChainGraph(store), None), repeat, warmup)
        except Exception as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
        out[name] = entry
    return out
