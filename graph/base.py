"""The store contract shared by every backend, plus the store and exporter registries.

A :class:`GraphStore` holds the property graph described in ``DEVELOPERS.md`` (one label per
entity type, one relationship type per predicate, ``MENTIONED_IN`` to documents). Backends and
exporters are registered *by name* (``"module:attribute"`` strings), so this module never imports
them; :func:`open_store` and :func:`export` import the one asked for. Plugins can add their own
with :func:`register_store` / :func:`register_exporter`.

Every user query goes through :meth:`GraphStore.query`, i.e. through the Cypher layer
(:mod:`computekg.graph.cypher`): Neo4j Cypher in, the engine's dialect out, parameters checked,
read-only unless asked, and a timeout.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, Field

from computekg.ontology import ENTITY_PROPERTIES, FACT_PROPERTIES, Entity, EntityType, Fact, Predicate

from .errors import CypherError, QueryTimeout, ReadOnlyError, StoreError
from .rows import (  # noqa: F401  (re-exported: the row helpers are part of the graph layer's API)
    MENTIONED_IN,
    STUB_SOURCE,
    GraphRows,
    entity_to_row,
    fact_to_row,
    gc_paused,
    graph_rows,
    row_to_entity,
    row_to_fact,
    split_id,
)

DEFAULT_TIMEOUT = 30.0  # seconds; every user query gets one (``--timeout`` / ``timeout=``)

__all__ = ["DEFAULT_TIMEOUT", "CypherError", "GraphStore", "QueryTimeout", "ReadOnlyError", "StoreError",
           "WriteSummary", "check_read_only", "export", "exporter_names", "open_store", "register_exporter",
           "register_store", "store_names"]


class WriteSummary(BaseModel):
    """What one :meth:`GraphStore.write` did."""

    backend: str = ""
    target: str = ""
    nodes: int = 0
    node_labels: dict[str, int] = Field(default_factory=dict)
    relationships: dict[str, int] = Field(default_factory=dict)
    batches: int = 0
    skipped: int = 0  # facts dropped because their (subject, object) types violate DOMAIN_RANGE
    seconds: float = 0.0

    @property
    def total_relationships(self) -> int:
        return sum(self.relationships.values())


def check_read_only(cypher: str) -> None:
    """Raise :class:`ReadOnlyError` if ``cypher`` writes (see :func:`computekg.graph.cypher.check_read_only`)."""
    from .cypher import check_read_only as check

    check(cypher)


def to_plain(value: Any) -> Any:
    """Make a driver value JSON-friendly: Decimals to numbers, nodes/paths to dicts and lists."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in ("_ID", "_SRC", "_DST"):
                continue  # engine-internal ids, not stable
            out["_label" if k == "_LABEL" else k] = to_plain(v)
        return out
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


# --------------------------------------------------------------------------- the store contract


class GraphStore(ABC):
    """A property-graph store of entities and facts.

    Subclasses implement :meth:`write`, :meth:`_run` and :meth:`close`; reading the records back
    (:meth:`entities`, :meth:`facts`, :meth:`counts`) is plain Cypher that every backend speaks.
    """

    backend: ClassVar[str] = ""
    dialect: ClassVar[str] = "neo4j"

    @abstractmethod
    def write(self, entities: Iterable[Entity], facts: Iterable[Fact], *, progress: bool = False) -> WriteSummary:
        """Add entities (nodes) and facts (relationships, an iterator is fine) to the store."""

    @abstractmethod
    def _run(self, cypher: str, params: dict[str, Any] | None, timeout: float | None = None) -> list[dict[str, Any]]:
        """Execute one statement in the engine's own dialect and return its rows as dicts."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection / database handle."""

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False,
              timeout: float | None = DEFAULT_TIMEOUT) -> list[dict]:
        """Run Neo4j-style Cypher with parameters; refuses write clauses unless ``write=True``.

        The text is translated for the engine (:mod:`computekg.graph.cypher`); a ``$parameter`` without
        a value, or a form the engine cannot run, raises :class:`CypherError` naming it; a query running
        longer than ``timeout`` seconds (``None``: no limit) raises :class:`QueryTimeout`.
        """
        from .cypher import prepare

        text, bound = prepare(cypher, params or {}, self.dialect, write=write, catalog=self.catalog)
        return self._run_plain(text, bound, timeout)

    def _run_plain(self, cypher: str, params: dict[str, Any], timeout: float | None = None) -> list[dict[str, Any]]:
        """:meth:`_run` with every value passed through :func:`to_plain`; a backend that knows its
        column types overrides this to convert only the columns that need it."""
        return [{k: to_plain(v) for k, v in row.items()} for row in self._run(cypher, params, timeout)]

    def catalog(self) -> dict[str, Any]:
        """What introspection (``CALL db.labels()`` …) reports: labels and relationship types in use,
        with the (from, to) label pairs and property keys of the schema."""
        from .schema import catalog

        return catalog(self)

    # Labels / types are iterated from the schema so empty ones read as 0 and no engine-specific
    # catalog call is needed.
    def counts(self) -> dict[str, int]:
        """``nodes:<Label>`` and ``rels:<TYPE>`` counts (zeros included)."""
        out: dict[str, int] = {}
        for t in EntityType:
            rows = self._run(f"MATCH (n:{t.value}) RETURN count(n) AS c", {})
            out[f"nodes:{t.value}"] = int(rows[0]["c"]) if rows else 0
        for rtype in [p.value for p in Predicate] + [MENTIONED_IN]:
            rows = self._run(f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS c", {})
            out[f"rels:{rtype}"] = int(rows[0]["c"]) if rows else 0
        return out

    def entities(self, *, include_stubs: bool = False) -> list[Entity]:
        """All entities, rebuilt from node properties (stub nodes left out unless asked)."""
        cols = ", ".join(f"n.{k} AS {k}" for k in ENTITY_PROPERTIES)
        out = []
        for t in EntityType:
            for row in self._run(f"MATCH (n:{t.value}) RETURN {cols} ORDER BY n.id", {}):
                if row.get("source") == STUB_SOURCE and not include_stubs:
                    continue
                out.append(row_to_entity(row, t.value))
        return out

    def facts(self) -> list[Fact]:
        """All facts, rebuilt from relationship properties."""
        return list(self.iter_facts())

    def iter_facts(self) -> Iterator[Fact]:
        """The facts one predicate at a time (what ``add`` streams into a new database)."""
        cols = ", ".join(f"r.{k} AS {k}" for k in FACT_PROPERTIES)
        for p in Predicate:
            q = f"MATCH (a)-[r:{p.value}]->(b) RETURN a.id AS src, b.id AS dst, {cols} ORDER BY r.fact_id"
            for row in self._run(q, {}):
                yield row_to_fact(row, p.value)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- registries

# name -> "module:attribute" (imported on first use) or the object itself (registered by a plugin)
_STORES: dict[str, Any] = {
    "ladybug": "computekg.graph.ladybug:LadybugStore",
    "kuzu": "computekg.graph.ladybug:KuzuStore",
    "bolt": "computekg.graph.bolt:BoltStore",
}
_EXPORTERS: dict[str, Any] = {
    "turtle": "computekg.graph.export_rdf:export_turtle",
    "jsonld": "computekg.graph.export_rdf:export_jsonld",
    "graphml": "computekg.graph.export_graphml:export_graphml",
    "neo4j-admin": "computekg.graph.export_neo4j_admin:export_neo4j_admin",
    "html": "computekg.graph.html:export_html",
}


def _resolve(registry: dict[str, Any], name: str) -> Any:
    target = registry[name]
    if isinstance(target, str):
        module, _, attr = target.partition(":")
        target = registry[name] = getattr(importlib.import_module(module), attr)
    return target


def register_store(name: str) -> Callable[[type[GraphStore]], type[GraphStore]]:
    """Class decorator: make a backend available to :func:`open_store` under ``name``."""

    def deco(cls: type[GraphStore]) -> type[GraphStore]:
        _STORES[name] = cls
        cls.backend = cls.backend or name
        return cls

    return deco


def store_names() -> list[str]:
    return sorted(_STORES)


def open_store(name_or_path: str | Path, **kw: Any) -> GraphStore:
    """Open a store by backend name (``ladybug``, ``kuzu``, ``bolt``) or by database path.

    >>> open_store("computekg.lbug")  # doctest: +SKIP
    >>> open_store("bolt", uri="bolt://localhost:7687", user="neo4j", password="...")  # doctest: +SKIP
    """
    key = str(name_or_path)
    if key in _STORES:
        return _resolve(_STORES, key)(**kw)
    if key.startswith(("bolt://", "neo4j://", "bolt+s://", "neo4j+s://")):
        return _resolve(_STORES, "bolt")(uri=key, **kw)
    backend = kw.pop("backend", "ladybug")
    if backend not in _STORES:
        raise StoreError(f"unknown store backend {backend!r} (known: {', '.join(store_names())})")
    return _resolve(_STORES, backend)(path=key, **kw)


def register_exporter(name: str) -> Callable[[Callable], Callable]:
    """Function decorator: ``fn(entities, facts, out_path)`` becomes ``export(name, ...)``."""

    def deco(fn: Callable) -> Callable:
        _EXPORTERS[name] = fn
        return fn

    return deco


def exporter_names() -> list[str]:
    return sorted(_EXPORTERS)


def export(name: str, entities: Iterable[Entity], facts: Iterable[Fact], out_path: str | Path) -> Any:
    """Write entities and facts with the exporter registered as ``name``."""
    if name not in _EXPORTERS:
        raise StoreError(f"unknown export format {name!r} (known: {', '.join(exporter_names())})")
    return _resolve(_EXPORTERS, name)(list(entities), list(facts), Path(out_path))


def batched(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
