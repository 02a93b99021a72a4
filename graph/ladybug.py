"""Embedded LadybugDB store (the default), with ``kuzu`` as a drop-in fallback.

One node table per entity type, one relationship table per predicate with every allowed
(FROM, TO) pair of ``DOMAIN_RANGE``, and ``MENTIONED_IN`` from every label to ``Document``.
Bulk loading goes through ``COPY ... FROM <DataFrame>`` (one statement per table and label pair),
which is an order of magnitude faster than ``UNWIND ... CREATE`` batches.
"""

from __future__ import annotations

import importlib
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

from computekg.ontology import DOMAIN_RANGE, ENTITY_PROPERTIES, FACT_PROPERTIES, Entity, EntityType, Fact

from .base import (
    MENTIONED_IN,
    GraphStore,
    StoreError,
    WriteSummary,
    gc_paused,
    graph_rows,
    register_store,
    to_plain,
)

DEFAULT_DB = "computekg.lbug"
# COPY has a fixed cost (~80 ms per statement, it checkpoints); small tables go through UNWIND.
COPY_THRESHOLD = 2000
# Engine column types whose values come back as plain Python values (lists of them too).
_PLAIN_TYPE = re.compile(
    r"(STRING|BOOL|DOUBLE|FLOAT|U?INT(8|16|32|64|128)?|SERIAL|DATE|TIMESTAMP\w*|INTERVAL|UUID|BLOB)(\[\d*\])*"
)


def _cast(expr: str, type_: str) -> str:
    # Parameter structs are typed from their values; an all-NULL field would come out as ANY.
    return f"CAST({expr} AS {type_})"


def _engine(prefer: str) -> ModuleType:
    """Import ``ladybug`` (or ``kuzu``); falls back to the other one when not installed."""
    import sys

    order = [prefer, "kuzu" if prefer == "ladybug" else "ladybug"]
    other = order[1]
    if other in sys.modules:
        # both wheels register the same pybind11 types: importing the second one fails or segfaults
        raise StoreError(f"{other} is already loaded in this process; ladybug and kuzu cannot be mixed")
    for name in order:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise StoreError("neither ladybug nor kuzu is installed (pip install ladybug)")


def schema_ddl() -> list[str]:
    """``CREATE NODE/REL TABLE`` statements of the whole schema."""
    node_cols = ", ".join(f"{k} {t}" for k, t in ENTITY_PROPERTIES.items())
    stmts = [f"CREATE NODE TABLE IF NOT EXISTS {t.value}({node_cols}, PRIMARY KEY (id))" for t in EntityType]
    rel_cols = ", ".join(f"{k} {t}" for k, t in FACT_PROPERTIES.items())
    for pred, pairs in DOMAIN_RANGE.items():
        froms = ", ".join(f"FROM {s.value} TO {o.value}" for s, o in pairs)
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {pred.value}({froms}, {rel_cols})")
    froms = ", ".join(f"FROM {t.value} TO {EntityType.DOCUMENT.value}" for t in EntityType)
    stmts.append(f"CREATE REL TABLE IF NOT EXISTS {MENTIONED_IN}({froms}, count INT64)")
    return stmts


@contextmanager
def single_threaded(conn: Any) -> Iterator[None]:
    """Run ``COPY … FROM <DataFrame>`` on one thread, then restore the connection's thread count.

    LadybugDB 0.22 deadlocks (every thread parked on a futex, no CPU) when several threads scan a
    large object-dtype DataFrame of non-ASCII strings (reproduced with 262,145 and 438,596 company
    ids; 200,000 rows or ASCII ids load fine). The scan needs the GIL per value anyway, so one
    thread costs little (measured in bench/RESULTS.md).
    """
    threads = conn.execute("CALL current_setting('threads') RETURN *").get_next()[0]
    conn.execute("CALL threads=1")
    try:
        yield
    finally:
        conn.execute(f"CALL threads={int(threads)}")


def _frame(rows: list[dict[str, Any]], columns: dict[str, str], lead: list[str] = ()) -> pd.DataFrame:
    """DataFrame of ``object`` columns: None stays NULL (float NaN or pandas' nullable dtypes would
    not - the engine's numpy scanner rejects the latter)."""
    return pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in [*lead, *columns]})


@register_store("ladybug")
class LadybugStore(GraphStore):
    """An embedded LadybugDB database at ``path`` (a single file, default ``computekg.lbug``)."""

    dialect = "ladybug"
    engine_name = "ladybug"

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lb = _engine(self.engine_name)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: database does not exist (run `computekg build` first)")
        try:
            self._db = self._lb.Database(str(self.path), read_only=read_only)
            self._conn = self._lb.Connection(self._db)
        except Exception as exc:  # the engine raises plain RuntimeError for bad files / locks
            raise StoreError(f"{self.path}: cannot open database: {_one_line(exc)}") from exc
        if not read_only:
            self.ensure_schema()

    # ------------------------------------------------------------------ schema / raw execution

    def ensure_schema(self) -> None:
        for stmt in schema_ddl():
            self._conn.execute(stmt)

    def _execute(self, cypher: str, params: dict[str, Any] | None) -> Any:
        try:
            result = self._conn.execute(cypher, params or {})
        except Exception as exc:
            raise StoreError(_one_line(exc)) from exc
        if isinstance(result, list):  # several statements: rows of the last one
            result = result[-1]
        return result

    def _run(self, cypher: str, params: dict[str, Any] | None) -> list[dict[str, Any]]:
        result = self._execute(cypher, params)
        cols = result.get_column_names()
        rows = _all_rows(result)
        with gc_paused():
            return [dict(zip(cols, row, strict=True)) for row in rows]

    def _run_plain(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        # All rows in one call; only columns whose engine type is not already a plain Python value
        # (nodes, rels, paths, structs, decimals, maps) go through ``to_plain``.
        result = self._execute(cypher, params)
        cols = result.get_column_names()
        rows = _all_rows(result)
        convert = [i for i, t in enumerate(result.get_column_data_types()) if not _PLAIN_TYPE.fullmatch(t)]
        with gc_paused():
            if convert:
                for row in rows:
                    for i in convert:
                        row[i] = to_plain(row[i])
            return [dict(zip(cols, row, strict=True)) for row in rows]

    # ------------------------------------------------------------------ bulk write

    def _existing_ids(self, table: str, key: str, rel: bool = False) -> set[str]:
        q = f"MATCH ()-[r:{table}]->() RETURN r.{key} AS k" if rel else f"MATCH (n:{table}) RETURN n.{key} AS k"
        return {r["k"] for r in self._run(q, {})}

    def write(self, entities: Iterable[Entity], facts: Iterable[Fact], *, progress: bool = False) -> WriteSummary:
        """Bulk-load with ``COPY FROM`` DataFrames; rows already present are updated / skipped.

        Nodes whose id exists get their properties overwritten (UNWIND ... SET); relationships whose
        ``fact_id`` exists are left as they are (a fact id is a hash of the fact's identity).
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        t0 = time.perf_counter()
        rows = graph_rows(entities, facts)
        summary = WriteSummary(backend=self.backend, target=str(self.path), skipped=rows.skipped)
        steps = len(rows.nodes) + sum(len(v) for v in rows.rels.values())
        with _Progress(progress, steps, f"writing {self.path.name}") as bar:
            for label, node_rows in rows.nodes.items():
                existing = self._existing_ids(label, "id") if self._nonempty(label) else set()
                new = [r for r in node_rows if r["id"] not in existing]
                old = [r for r in node_rows if r["id"] in existing]
                if len(new) >= COPY_THRESHOLD:
                    df = _frame(new, ENTITY_PROPERTIES)  # noqa: F841 - read by COPY via its name
                    self._copy(f"COPY {label} FROM df")
                    summary.batches += 1
                elif new:
                    props = ", ".join(f"{k}: {_cast('r.' + k, t)}" for k, t in ENTITY_PROPERTIES.items())
                    self._run(f"UNWIND $rows AS r CREATE (n:{label} {{{props}}})", {"rows": new})
                    summary.batches += 1
                if old:
                    sets = ", ".join(f"n.{k} = {_cast('r.' + k, t)}" for k, t in ENTITY_PROPERTIES.items() if k != "id")
                    self._run(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET {sets}", {"rows": old})
                    summary.batches += 1
                summary.node_labels[label] = len(node_rows)
                summary.nodes += len(node_rows)
                bar.advance()
            for rtype, by_pair in rows.rels.items():
                props = {"count": "INT64"} if rtype == MENTIONED_IN else FACT_PROPERTIES
                existing: set = set()
                if self._nonempty(rtype, rel=True):
                    if rtype == MENTIONED_IN:  # one mention edge per (entity, document)
                        q = f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id AS s, b.id AS d"
                        existing = {(r["s"], r["d"]) for r in self._run(q, {})}
                    else:
                        existing = self._existing_ids(rtype, "fact_id", rel=True)
                for (src, dst), rel_rows in by_pair.items():
                    if existing:
                        key = (lambda r: (r["src"], r["dst"])) if rtype == MENTIONED_IN else (lambda r: r["fact_id"])
                        rel_rows = [r for r in rel_rows if key(r) not in existing]
                    if len(rel_rows) >= COPY_THRESHOLD:
                        df = _frame(rel_rows, props, lead=["src", "dst"])  # noqa: F841
                        self._copy(f"COPY {rtype} FROM df (from='{src}', to='{dst}')")
                        summary.batches += 1
                    elif rel_rows:
                        sets = ", ".join(f"{k}: {_cast('r.' + k, t)}" for k, t in props.items())
                        self._run(f"UNWIND $rows AS r MATCH (a:{src} {{id: r.src}}), (b:{dst} {{id: r.dst}}) "
                                  f"CREATE (a)-[:{rtype} {{{sets}}}]->(b)", {"rows": rel_rows})
                        summary.batches += 1
                    summary.relationships[rtype] = summary.relationships.get(rtype, 0) + len(rel_rows)
                    bar.advance()
        summary.seconds = round(time.perf_counter() - t0, 3)
        return summary

    def _copy(self, stmt: str) -> None:
        # COPY resolves the DataFrame by its variable name in the calling frame, so the caller
        # names it ``df``; we forward through a frame that has it as a local.
        import inspect

        frame = inspect.currentframe()
        assert frame is not None and frame.f_back is not None
        df = frame.f_back.f_locals["df"]  # noqa: F841 - looked up by the engine
        try:
            with single_threaded(self._conn):
                self._conn.execute(stmt)
        except Exception as exc:
            raise StoreError(f"{self.path}: {_one_line(exc)}") from exc

    def _nonempty(self, table: str, rel: bool = False) -> bool:
        q = f"MATCH ()-[r:{table}]->() RETURN r LIMIT 1" if rel else f"MATCH (n:{table}) RETURN n.id LIMIT 1"
        return bool(self._run(q, {}))

    def close(self) -> None:
        for attr in ("_conn", "_db"):
            obj = getattr(self, attr, None)
            if obj is not None and hasattr(obj, "close"):
                obj.close()
            setattr(self, attr, None)


@register_store("kuzu")
class KuzuStore(LadybugStore):
    """The same store on the ``kuzu`` engine (LadybugDB's upstream)."""

    engine_name = "kuzu"
    dialect = "kuzu"


def _all_rows(result: Any) -> list[list[Any]]:
    """Every row of a query result as a list of values.

    ``QueryResult.get_all()`` goes through two Python wrappers per row (``has_next`` + ``get_next``);
    calling the native result's ``getNext`` ``getNumTuples`` times is ~2x cheaper on big answers.
    Measured against ``get_as_df()``: the DataFrame export is faster in C++, but turning it back into
    plain values (NaN -> None, float -> int for nullable integers) costs what it saved.
    """
    native = getattr(result, "_query_result", None)
    with gc_paused():
        if native is None or not hasattr(native, "getNext") or not hasattr(native, "getNumTuples"):
            return result.get_all()
        get = native.getNext
        return [get() for _ in range(native.getNumTuples())]


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class _Progress:
    """A rich progress bar when asked for, otherwise a no-op."""

    def __init__(self, enabled: bool, total: int, label: str) -> None:
        self.enabled = enabled
        self.total, self.label = total, label
        self._p: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import Progress

            self._p = Progress(transient=True)
            self._p.start()
            self._task = self._p.add_task(self.label, total=self.total)
        return self

    def advance(self, n: int = 1) -> None:
        if self._p is not None:
            self._p.advance(self._task, n)

    def __exit__(self, *exc: object) -> None:
        if self._p is not None:
            self._p.stop()
