"""Before/after check: dump every library query and ``ChainGraph`` answer as canonical row sets, compare.

The graph is rebuilt from a records file (entities and facts as JSON lines), so a dump made with one
version of the code can be compared with a dump made by another on exactly the same graph::

    python bench/compare_results.py records --db computekg.lbug --out seed_records.jsonl
    python bench/compare_results.py records --scale S --out s_records.jsonl
    python bench/compare_results.py dump seed_records.jsonl --out before_seed.json     # old code
    (a bench-scale records file carries the query parameters of that scale in its first line)
    python bench/compare_results.py dump seed_records.jsonl --out after_seed.json      # new code
    python bench/compare_results.py compare before_seed.json after_seed.json

Rows are compared as sets: every row becomes a canonical JSON string (lists sorted, floats rounded to
9 digits), so only the order the engine returns unordered lists in can differ.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from computekg.ontology import Entity, Fact  # noqa: E402

LIBRARY_PARAMS = {
    "dependencies": {"category": "AIServer"},
    "dependency_path": {"source": "AIServer", "target": "Lithography"},
    "dependents": {"category": "HBM"},
    "domestic_suppliers": {"category": "GPU"},
    "export_control_exposure": {},
    "fact_evidence": {"subject": "Intel", "predicate": "HAS_MARKET_SHARE", "object": "CPU"},
    "foreign_concentration": {},
    "segment_suppliers": {"segment": "Upstream"},
}


def _canon(v: Any) -> Any:
    if isinstance(v, float):
        return None if math.isnan(v) else round(v, 9)
    if isinstance(v, list | tuple | set):
        items = [_canon(x) for x in v]
        return sorted(items, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True, default=str))
    if isinstance(v, dict):
        return {k: _canon(x) for k, x in v.items()}
    if hasattr(v, "item"):  # numpy scalar
        return _canon(v.item())
    return v


def canonical_rows(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(_canon(r), ensure_ascii=False, sort_keys=True, default=str) for r in rows)


def _frame_rows(df: Any) -> list[dict[str, Any]]:
    return [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
            for r in df.to_dict(orient="records")]


def write_records(entities: list[Entity], facts: list[Fact], out: Path, params: dict[str, Any] | None = None) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        if params:
            fh.write(json.dumps({"params": params}, ensure_ascii=False) + "\n")
        for e in entities:
            fh.write(json.dumps({"entity": e.model_dump(mode="json")}, ensure_ascii=False) + "\n")
        for f in facts:
            fh.write(json.dumps({"fact": f.model_dump(mode="json")}, ensure_ascii=False) + "\n")


def read_records(path: Path) -> tuple[list[Entity], list[Fact]]:
    ents, facts = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if "params" in obj:
                continue
            if "entity" in obj:
                ents.append(Entity.model_validate(obj["entity"]))
            else:
                facts.append(Fact.model_validate(obj["fact"]))
    return ents, facts


def read_params(path: Path) -> dict[str, Any] | None:
    """The query parameters a bench-scale records file was written with (None for other files)."""
    with open(path, encoding="utf-8") as fh:
        first = json.loads(fh.readline() or "{}")
    return first.get("params")


def analysis_answers(g: Any, params: dict[str, Any]) -> dict[str, list[str]]:
    """Full answers of every ``ChainGraph`` call (``params`` names categories present in the graph)."""
    out: dict[str, list[str]] = {}
    cat, seg = params["category"], params["segment"]
    calls = {
        "suppliers": lambda: g.suppliers(cat),
        "suppliers_domestic": lambda: g.suppliers(cat, domestic=True),
        "suppliers_foreign_us": lambda: g.suppliers(cat, country="US"),
        "suppliers_segment": lambda: g.suppliers(seg),
        "dependencies": lambda: g.dependencies(params["dep_category"]),
        "dependents": lambda: g.dependents(params["dependent_category"]),
        "substitution_gaps": lambda: g.substitution_gaps(),
        "chokepoints": lambda: g.chokepoints(None),
        "categories": lambda: g.categories(),
        "evidence": lambda: g.evidence(params["subject"], params["predicate"], params["object"]),
    }
    for name, call in calls.items():
        out[name] = canonical_rows(_frame_rows(call()))
    res = g.what_if(params["restrict"], params["country"])
    for name, df in res.tables().items():
        out[f"what_if.{name}"] = canonical_rows(_frame_rows(df))
    out["what_if.summary"] = canonical_rows([res.summary()])
    out.update(default_forms(g, params))
    return out


def default_forms(g: Any, params: dict[str, Any], page: int = 20) -> dict[str, list[str]]:
    """The default form of the ranked calls (the first ``page`` rows in order, and the total), where
    the code may read a page stored by the build instead of the queries."""
    cat, chain = params["category"], g.rows
    calls = {
        "suppliers": lambda: chain.suppliers(cat, limit=page),
        "suppliers_domestic": lambda: chain.suppliers(cat, True, limit=page),
        "suppliers_foreign": lambda: chain.suppliers(cat, False, limit=page),
        "suppliers_us": lambda: chain.suppliers(cat, None, "US", limit=page),
        "suppliers_segment": lambda: chain.suppliers(params["segment"], limit=page),
        "substitution_gaps": lambda: chain.gaps(limit=page),
    }
    out = {}
    for name, call in calls.items():
        table = call()
        out[f"{name}@{page}"] = _ordered(table.rows, table.total)
    res = chain.what_if(params["restrict"], params["country"], limit=page)
    for name, table in res["tables"].items():
        out[f"what_if.{name}@{page}"] = _ordered(table.rows, table.total)
    out[f"what_if.summary@{page}"] = canonical_rows([res["summary"]])
    return out


def _ordered(rows: list[dict[str, Any]], total: int | None) -> list[str]:
    """Rows with their position (the order is part of a page), and the total."""
    return canonical_rows([{**r, "_pos": i} for i, r in enumerate(rows)] + [{"_total": total}])


def dump(records: Path, params: dict[str, Any], library: dict[str, dict[str, Any]]) -> dict[str, Any]:
    from computekg.graph import open_store, write_database
    from computekg.queries.analysis import ChainGraph
    from computekg.queries.library import run_query

    ents, facts = read_records(records)
    with tempfile.TemporaryDirectory(prefix="ck-compare-") as tmp:
        db = Path(tmp) / "g.lbug"
        _build(ents, facts, db, write_database)
        result: dict[str, Any] = {"library": {}, "analysis": {}}
        with open_store(db, read_only=True) as store:
            for name, p in library.items():
                result["library"][name] = canonical_rows(run_query(store, name, **p))
            result["analysis"] = analysis_answers(ChainGraph(store), params)
    return result


def _build(ents: list[Entity], facts: list[Fact], db: Path, write_database: Any) -> None:
    """The project's build step (with the derived tables when this version of the code has them)."""
    try:
        from computekg.builder import write_graph  # newer code: writes and materializes
    except ImportError:
        write_database(ents, facts, db)
        return
    write_graph(ents, facts, db)


def _project(rows: list[str], keys: set[str]) -> list[str]:
    return sorted(json.dumps({k: v for k, v in json.loads(r).items() if k in keys}, ensure_ascii=False,
                             sort_keys=True) for r in rows)


def compare(a: dict[str, Any], b: dict[str, Any], notes: list[str] | None = None) -> list[str]:
    """Answers that differ. A column the new code adds is left out of the comparison (and listed in
    ``notes``): the rows must be the same on the columns both versions have."""
    diffs = []
    for section in ("library", "analysis"):
        for name in sorted(set(a[section]) | set(b[section])):
            ra, rb = a[section].get(name), b[section].get(name)
            if ra is not None and rb is not None and ra != rb and ra and rb:
                old_keys = set(json.loads(ra[0]))
                new_keys = set(json.loads(rb[0])) - old_keys
                if new_keys and _project(rb, old_keys) == ra:
                    if notes is not None:
                        notes.append(f"{section}.{name}: same rows; new column(s) {', '.join(sorted(new_keys))}")
                    continue
            if ra is None or rb is None:
                diffs.append(f"{section}.{name}: only in {'after' if ra is None else 'before'}")
            elif ra != rb:
                only_a, only_b = set(ra) - set(rb), set(rb) - set(ra)
                diffs.append(f"{section}.{name}: {len(ra)} vs {len(rb)} rows; {len(only_a)} only before, "
                             f"{len(only_b)} only after; e.g. {sorted(only_a)[:1]} / {sorted(only_b)[:1]}")
    return diffs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("records", help="write the records of a database or of a bench scale")
    r.add_argument("--db", type=Path)
    r.add_argument("--scale")
    r.add_argument("--out", type=Path, required=True)
    d = sub.add_parser("dump", help="answer every question on a graph built from a records file")
    d.add_argument("records", type=Path)
    d.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("compare", help="compare two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "records":
        params = None
        if a.scale:
            from bench.generate import generate

            g = generate(a.scale, 42)
            ents, facts = g.records()
            params = g.params
        else:
            from computekg.graph import open_store

            with open_store(a.db, read_only=True) as store:
                ents, facts = store.entities(), store.facts()
        write_records(ents, facts, a.out, params)
        print(f"{a.out}: {len(ents)} entities, {len(facts)} facts")
    elif a.cmd == "dump":
        params = {"category": "GPU", "segment": "Upstream", "dep_category": "AIServer", "dependent_category": "HBM",
                  "subject": "Intel", "predicate": "HAS_MARKET_SHARE", "object": "CPU", "restrict": "GPU",
                  "country": "US"}
        library = dict(LIBRARY_PARAMS)
        if read_params(a.records):
            params = read_params(a.records)
            library["fact_evidence"] = {"subject": params["subject"], "predicate": params["predicate"],
                                        "object": params["object"]}
        res = dump(a.records, params, library)
        a.out.write_text(json.dumps(res, ensure_ascii=False, indent=0), encoding="utf-8")
        n = sum(len(v) for s in res.values() for v in s.values())
        print(f"{a.out}: {len(res['library'])} library queries, {len(res['analysis'])} analysis answers, {n} rows")
    else:
        notes: list[str] = []
        before = json.loads(a.before.read_text(encoding="utf-8"))
        after = json.loads(a.after.read_text(encoding="utf-8"))
        diffs = compare(before, after, notes)
        for line in diffs + notes:
            print(line)
        n = sum(len(v) for s in before.values() for v in s.values())
        print(f"{sum(len(s) for s in before.values())} answers, {n} rows before")
        print("identical" if not diffs else f"{len(diffs)} answers differ")
        return 1 if diffs else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
