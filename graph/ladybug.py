"""Embedded LadybugDB store (the default), with ``kuzu`` as a drop-in fallback.

One node table per entity type, one relationship table per predicate with every allowed
(FROM, TO) pair of ``DOMAIN_RANGE``, and ``MENTIONED_IN`` from every label to ``Document``.
Bulk loading goes through ``COPY ... FROM <DataFrame>`` (one statement per table and label pair),
which is an order of magnitude faster than ``UNWIND ... CREATE`` batches.
"""

from __future__ import annotations

import importlib
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from computekg.ontology import ENTITY_PROPERTIES, FACT_PROPERTIES, Entity, EntityType, Fact

from .base import GraphStore, WriteSummary, batched, to_plain
from .errors import QueryTimeout, StoreError
from .rows import DEFAULT_CHUNK, MENTIONED_IN, Batch, RowStream, gc_paused
from .schema import node_labels, node_properties, rel_types
from .staging import Staging

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DB = "computekg.lbug"
# COPY has a fixed cost (~80 ms per statement, it checkpoints); small tables go through UNWIND.
COPY_THRESHOLD = 2000
# Engine column types whose values come back as plain Python values (lists of them too).
_PLAIN_TYPE = re.compile(
    r"(STRING|BOOL|DOUBLE|FLOAT|U?INT(8|16|32|64)?|SERIAL|DATE|TIMESTAMP\w*|INTERVAL|UUID|BLOB)(\[\d*\])*"
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
    """``CREATE NODE/REL TABLE`` statements of the whole schema (:mod:`computekg.graph.schema`)."""
    stmts = []
    for label in node_labels():
        cols = ", ".join(f"{k} {ty}" for k, ty in node_properties(label).items())
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY (id))")
    for rtype, spec in rel_types().items():
        froms = ", ".join(f"FROM {s} TO {o}" for s, o in spec["pairs"])
        cols = ", ".join(f"{k} {ty}" for k, ty in spec["properties"].items())
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {rtype}({froms}, {cols})")
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


def write_buffer_pool() -> int:
    """Page cache of a database opened for writing: a third of the memory, at most 8 GiB.

    The engine's default (80 % of the memory) lets a 10 M-relationship build grow past 16 GiB, every
    written page staying cached; the build streams its batches, so a bounded cache is enough.
    """
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        total = 16 * 2**30
    return int(min(8 * 2**30, total // 3))


def _frame(rows: list[dict[str, Any]], columns: dict[str, str], lead: list[str] = ()) -> pd.DataFrame:
    """DataFrame of ``object`` columns: None stays NULL (float NaN or pandas' nullable dtypes would
    not - the engine's numpy scanner rejects the latter). pandas is imported here, not at module level:
    a query command never needs it."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype=object) for c in [*lead, *columns]})


class LadybugStore(GraphStore):
    """An embedded LadybugDB database at ``path`` (a single file, default ``computekg.lbug``)."""

    backend = "ladybug"
    dialect = "ladybug"
    engine_name = "ladybug"

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False,
                 buffer_pool_size: int | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lb = _engine(self.engine_name)
        self._timeout_ms = 0
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: database does not exist (run `computekg build` first)")
        try:
            pool = buffer_pool_size if buffer_pool_size is not None else (0 if read_only else write_buffer_pool())
            self._db = self._lb.Database(str(self.path), read_only=read_only, buffer_pool_size=pool)
            self._conn = self._lb.Connection(self._db)
        except Exception as exc:  # the engine raises plain RuntimeError for bad files / locks
            raise StoreError(f"{self.path}: cannot open database: {_one_line(exc)}") from exc
        if not read_only:
            self.ensure_schema()

    # ------------------------------------------------------------------ schema / raw execution

    def ensure_schema(self) -> None:
        for stmt in schema_ddl():
            self._conn.execute(stmt)

    def _execute(self, cypher: str, params: dict[str, Any] | None, timeout: float | None = None) -> Any:
        ms = 0 if timeout is None else max(1, int(timeout * 1000))
        if ms != self._timeout_ms:
            self._conn.set_query_timeout(ms)
            self._timeout_ms = ms
        try:
            result = self._conn.execute(cypher, params or {})
        except Exception as exc:
            text = _one_line(exc)
            if timeout is not None and text.rstrip(".") == "Interrupted":
                raise QueryTimeout(timeout) from exc
            raise StoreError(text) from exc
        if isinstance(result, list):  # several statements: rows of the last one
            result = result[-1]
        return result

    def _run(self, cypher: str, params: dict[str, Any] | None, timeout: float | None = None) -> list[dict[str, Any]]:
        result = self._execute(cypher, params, timeout)
        cols = result.get_column_names()
        rows = _all_rows(result)
        with gc_paused():
            return [dict(zip(cols, row, strict=True)) for row in rows]

    def _run_plain(self, cypher: str, params: dict[str, Any], timeout: float | None = None) -> list[dict[str, Any]]:
        # All rows in one call; only columns whose engine type is not already a plain Python value
        # (nodes, rels, paths, structs, decimals, maps) go through ``to_plain``.
        result = self._execute(cypher, params, timeout)
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

    def write(self, entities: Iterable[Entity], facts: Iterable[Fact], *, progress: bool = False,
              chunk: int = DEFAULT_CHUNK) -> WriteSummary:
        """Stream the records in: ``COPY FROM`` DataFrames of at most ``chunk`` relationships at a time.

        Nodes whose id exists get their properties overwritten (UNWIND ... SET); relationships whose
        ``fact_id`` exists are left as they are (a fact id is a hash of the fact's identity).
        """
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        t0 = time.perf_counter()
        old_nodes = {t.value: self._existing_ids(t.value, "id") for t in EntityType if self._nonempty(t.value)}
        old_rel_types = {r for r in rel_types() if self._nonempty(r, rel=True)}
        old_rels: dict[str, set] = {}
        stream = RowStream(entities, facts, chunk=chunk, known_ids=_union(old_nodes.values()))
        summary = WriteSummary(backend=self.backend, target=str(self.path))
        staging = Staging(self.path.with_name(f".{self.path.name}.staging"))
        updates: list[Batch] = []
        try:
            with _Progress(progress, None, f"writing {self.path.name}") as bar:
                for batch in stream:
                    if batch.kind == "nodes":
                        self._write_nodes(batch.table, batch.rows, old_nodes.get(batch.table, set()), summary)
                    elif batch.kind == "update":
                        updates.append(batch)  # after the COPY of the first copies
                    else:
                        if batch.table in old_rel_types and batch.table not in old_rels:
                            old_rels[batch.table] = self._existing_rel_keys(batch.table)
                        self._stage_rels(staging, batch, old_rels.get(batch.table), summary)
                    bar.advance(len(batch.rows))
                for stmt in staging.copy_statements():  # one COPY per table, from its staged files
                    self._copy_files(stmt)
                    summary.batches += 1
        finally:
            staging.remove()
        for batch in updates:
            self._update_facts(batch.table, batch.rows)
        summary.skipped = stream.skipped
        summary.seconds = round(time.perf_counter() - t0, 3)
        return summary

    def _existing_ids(self, table: str, key: str) -> set[str]:
        return {r["k"] for r in self._run(f"MATCH (n:{table}) RETURN n.{key} AS k", {})}

    def _existing_rel_keys(self, rtype: str) -> set:
        if rtype == MENTIONED_IN:  # one mention edge per (entity, document)
            q = f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id AS s, b.id AS d"
            return {(r["s"], r["d"]) for r in self._run(q, {})}
        return {r["k"] for r in self._run(f"MATCH ()-[r:{rtype}]->() RETURN r.fact_id AS k", {})}

    def _write_nodes(self, label: str, rows: list[dict[str, Any]], existing: set[str], summary: WriteSummary) -> None:
        new = [r for r in rows if r["id"] not in existing] if existing else rows
        old = [r for r in rows if r["id"] in existing] if existing else []
        if len(new) >= COPY_THRESHOLD:
            df = _frame(new, ENTITY_PROPERTIES)  # noqa: F841 - read by COPY via its name
            self._copy(f"COPY {label} FROM df")
        elif new:
            props = ", ".join(f"{k}: {_cast('r.' + k, t)}" for k, t in ENTITY_PROPERTIES.items())
            self._run(f"UNWIND $rows AS r CREATE (n:{label} {{{props}}})", {"rows": new})
        if old:
            self.set_node_properties(label, old, {k: t for k, t in ENTITY_PROPERTIES.items() if k != "id"})
        summary.batches += bool(new) + bool(old)
        summary.node_labels[label] = summary.node_labels.get(label, 0) + len(rows)
        summary.nodes += len(rows)

    def _stage_rels(self, staging: Staging, batch: Batch, existing: set | None, summary: WriteSummary) -> None:
        assert batch.pair is not None
        rtype, rows = batch.table, batch.rows
        if existing:
            key = (lambda r: (r["src"], r["dst"])) if rtype == MENTIONED_IN else (lambda r: r["fact_id"])
            rows = [r for r in rows if key(r) not in existing]
        staging.add(rtype, batch.pair, rows, rel_types()[rtype]["properties"])
        summary.relationships[rtype] = summary.relationships.get(rtype, 0) + len(rows)

    def _copy_files(self, stmt: str) -> None:
        try:
            with single_threaded(self._conn):
                self._conn.execute(stmt)
            self._conn.execute("CHECKPOINT")  # written pages become evictable: the page cache stays bounded
        except Exception as exc:
            raise StoreError(f"{self.path}: {_one_line(exc)}") from exc

    def _update_facts(self, rtype: str, rows: list[dict[str, Any]]) -> None:
        """Later duplicates of facts already written: their properties replace the first copy's."""
        sets = ", ".join(f"x.{k} = {_cast('r.' + k, t)}" for k, t in FACT_PROPERTIES.items() if k != "fact_id")
        for part in batched(rows, 2000):
            self._run(f"UNWIND $rows AS r MATCH ()-[x:{rtype}]->() WHERE x.fact_id = r.fact_id SET {sets}",
                      {"rows": part})

    # ------------------------------------------------------------------ derived data (materialize)

    def set_node_properties(self, label: str, rows: list[dict[str, Any]], types: dict[str, str]) -> None:
        """``SET`` properties of existing nodes, matched by ``id`` (rows: ``id`` plus ``types`` keys)."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        sets = ", ".join(f"n.{k} = {_cast('r.' + k, t)}" for k, t in types.items())
        rows = [{"id": r["id"], **{k: r.get(k) for k in types}} for r in rows]
        for part in batched(rows, 2000):
            self._run(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET {sets}", {"rows": part})

    def add_nodes(self, label: str, rows: list[dict[str, Any]], types: dict[str, str]) -> None:
        """Create nodes of ``label`` (rows: ``types`` keys, ``id`` first); COPY when many."""
        if len(rows) >= COPY_THRESHOLD:
            df = _frame(rows, types)  # noqa: F841
            self._copy(f"COPY {label} FROM df")
            return
        props = ", ".join(f"{k}: {_cast('r.' + k, t)}" for k, t in types.items())
        rows = [{k: r.get(k) for k in types} for r in rows]
        for part in batched(rows, 2000):
            self._run(f"UNWIND $rows AS r CREATE (n:{label} {{{props}}})", {"rows": part})

    def delete_nodes(self, label: str) -> None:
        if self._nonempty(label):
            self._run(f"MATCH (n:{label}) DETACH DELETE n", {})

    def add_relationships(self, rtype: str, pair: tuple[str, str], rows: list[dict[str, Any]],
                          types: dict[str, str], *, copy: bool = False) -> None:
        """Create relationships ``src``→``dst`` (node ids) with properties ``types``; COPY when many (or
        when ``copy``)."""
        if not rows:
            return
        src, dst = pair
        if copy or len(rows) >= COPY_THRESHOLD:
            df = _frame(rows, types, lead=["src", "dst"])  # noqa: F841
            self._copy(f"COPY {rtype} FROM df (from='{src}', to='{dst}')")
            return
        props = ", ".join(f"{k}: {_cast('r.' + k, t)}" for k, t in types.items())
        rows = [{"src": r["src"], "dst": r["dst"], **{k: r.get(k) for k in types}} for r in rows]  # one struct type
        for part in batched(rows, 5000):
            self._run(f"UNWIND $rows AS r MATCH (a:{src} {{id: r.src}}), (b:{dst} {{id: r.dst}}) "
                      f"CREATE (a)-[:{rtype} {{{props}}}]->(b)", {"rows": part})

    def delete_relationships(self, rtype: str) -> None:
        if self._nonempty(rtype, rel=True):
            self._run(f"MATCH ()-[r:{rtype}]->() DELETE r", {})

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


class KuzuStore(LadybugStore):
    """The same store on the ``kuzu`` engine (LadybugDB's upstream)."""

    backend = "kuzu"
    engine_name = "kuzu"
    dialect = "kuzu"


def _union(sets: Iterable[set[str]]) -> set[str]:
    out: set[str] = set()
    for s in sets:
        out |= s
    return out


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

    def __init__(self, enabled: bool, total: int | None, label: str) -> None:
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
