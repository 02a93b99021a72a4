"""The store contract shared by every backend, plus the store and exporter registries.

A :class:`GraphStore` holds the property graph described in ``DEVELOPERS.md`` (one label per
entity type, one relationship type per predicate, ``MENTIONED_IN`` to documents). Backends register
themselves by name (``@register_store("ladybug")``) and are opened with :func:`open_store`.
Exporters (Turtle, GraphML, ...) register with :func:`register_exporter` and run via :func:`export`.
"""

from __future__ import annotations

import gc
import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, Field

from computekg.ontology import (
    DOMAIN_RANGE,
    ENTITY_PROPERTIES,
    FACT_PROPERTIES,
    Entity,
    EntityType,
    Evidence,
    Fact,
    Predicate,
    entity_id,
)

MENTIONED_IN = "MENTIONED_IN"
STUB_SOURCE = "stub"  # ``source`` of nodes created only because a fact or a mention needed them


class StoreError(RuntimeError):
    """A store could not be opened, written or queried; the message is one line."""


class ReadOnlyError(StoreError):
    """A write clause was sent through a read-only :meth:`GraphStore.query`."""


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


# --------------------------------------------------------------------------- read-only guard

_WRITE_WORDS = ("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
                "INSTALL", "IMPORT", "EXPORT", "ATTACH", "FOREACH", "CHECKPOINT")
# Procedures that only read; any other ``CALL name(...)`` is treated as a possible write.
_READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization", "db.indexes",
    "db.constraints", "show_tables", "table_info", "show_connection", "show_functions",
    "db.idx.fulltext.querynodes", "algo.bfs", "current_setting", "db.meta.stats",
}
_STRIP = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_WRITE_RE = re.compile(r"(?<![\w.$])(" + "|".join(_WRITE_WORDS) + r")(?![\w])", re.I)
_CALL_RE = re.compile(r"(?<![\w.$])CALL\s+([A-Za-z_][\w.]*)\s*\(", re.I)


def check_read_only(cypher: str) -> None:
    """Raise :class:`ReadOnlyError` if ``cypher`` contains a write clause or a non-read procedure.

    String literals, backtick identifiers and comments are ignored, so ``'CREATE'`` as a value is fine.

    >>> check_read_only("MATCH (n) WHERE n.name = 'DELETE me' RETURN n")
    >>> check_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    computekg.graph.base.ReadOnlyError: write clause DETACH in a read-only query (use write=True / --write)
    """
    text = _STRIP.sub(" ", cypher)
    m = _WRITE_RE.search(text)
    if m:
        raise ReadOnlyError(
            f"write clause {m.group(1).upper()} in a read-only query (use write=True / --write)"
        )
    for m in _CALL_RE.finditer(text):
        if m.group(1).lower() not in _READ_PROCEDURES:
            raise ReadOnlyError(
                f"procedure {m.group(1)} may write; not allowed in a read-only query (use write=True)"
            )


# --------------------------------------------------------------------------- records <-> rows


def entity_to_row(e: Entity) -> dict[str, Any]:
    """Node properties of an entity, exactly the keys of ``ENTITY_PROPERTIES``."""
    attrs = e.attrs or {}
    row = {
        "id": e.id,
        "name": e.name,
        "name_zh": e.name_zh,
        "name_en": e.name_en,
        "country": e.country,
        "domestic": e.domestic,
        "aliases": "|".join(e.aliases) if e.aliases else None,
        "docs": "|".join(e.docs) if e.docs else None,
        "parent": e.parent,
        "subtype": _str_or_none(attrs.get("subtype")),
        "segment": _str_or_none(attrs.get("segment")),
        "source": e.source,
        "attrs": json.dumps(attrs, ensure_ascii=False, sort_keys=True) if attrs else None,
    }
    assert list(row) == list(ENTITY_PROPERTIES)
    return row


def _str_or_none(v: Any) -> str | None:
    return None if v is None else str(v)


def row_to_entity(row: dict[str, Any], label: str) -> Entity:
    """Inverse of :func:`entity_to_row` (``label`` is the node label)."""
    attrs = row.get("attrs")
    return Entity(
        name=row["name"],
        type=EntityType(label),
        name_zh=row.get("name_zh"),
        name_en=row.get("name_en"),
        country=row.get("country"),
        aliases=row["aliases"].split("|") if row.get("aliases") else [],
        docs=row["docs"].split("|") if row.get("docs") else [],
        parent=row.get("parent"),
        attrs=json.loads(attrs) if attrs else {},
        # stub nodes read back (include_stubs=True) count as discovered entities
        source="reference" if row.get("source") == "reference" else "discovered",
    )


def fact_to_row(f: Fact) -> dict[str, Any]:
    """Relationship properties of a fact, exactly the keys of ``FACT_PROPERTIES``."""
    row = _rel_row(f, "", "")
    del row["src"], row["dst"]
    assert list(row) == list(FACT_PROPERTIES)
    return row


def _rel_row(f: Fact, src: str, dst: str) -> dict[str, Any]:
    """``src``, ``dst`` and the relationship properties of a fact (one dict, built once per fact)."""
    ev = f.evidence
    return {
        "src": src,
        "dst": dst,
        "fact_id": f.id,
        "value": f.value,
        "unit": f.unit,
        "year": f.year,
        "qualifier": f.qualifier,
        "scope": f.scope,
        "date": f.date,
        "modality": f.modality,
        "origin": f.origin,
        "conflict": f.conflict,
        "doc": ev.doc,
        "evidence": ev.sentence,
        "span_start": ev.start,
        "span_end": ev.end,
        "rule": ev.rule,
        "confidence": ev.confidence,
    }


def split_id(node_id: str) -> tuple[str, str]:
    """``Company:海光信息`` → (``Company``, ``海光信息``); types never contain ``:``."""
    type_, _, name = node_id.partition(":")
    return type_, name


def row_to_fact(row: dict[str, Any], predicate: str) -> Fact:
    """Inverse of :func:`fact_to_row`; ``row`` also carries ``src`` and ``dst`` node ids."""
    s_type, s_name = split_id(row["src"])
    o_type, o_name = split_id(row["dst"])
    year = row.get("year")
    return Fact(
        subject=s_name,
        subject_type=EntityType(s_type),
        predicate=Predicate(predicate),
        object=o_name,
        object_type=EntityType(o_type),
        value=row.get("value"),
        unit=row.get("unit"),
        year=None if year is None else int(year),
        qualifier=row.get("qualifier"),
        scope=row.get("scope"),
        date=row.get("date"),
        modality=row.get("modality"),
        origin=row.get("origin") or "document",
        conflict=bool(row.get("conflict")),
        evidence=Evidence(
            doc=row.get("doc") or "",
            sentence=row.get("evidence") or "",
            start=int(row.get("span_start") or 0),
            end=int(row.get("span_end") or 0),
            rule=row.get("rule") or "",
            confidence=1.0 if row.get("confidence") is None else float(row["confidence"]),
        ),
    )


class GraphRows(BaseModel):
    """Entities and facts flattened into per-label node rows and per-type relationship rows."""

    nodes: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
    # relationship type -> (from label, to label) -> rows with ``src``/``dst`` plus properties
    rels: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = Field(default_factory=dict)
    skipped: int = 0


def graph_rows(entities: Iterable[Entity], facts: Iterable[Fact]) -> GraphRows:
    """Prepare rows for a store: dedupe, add stub nodes for unknown endpoints and documents.

    Facts whose (subject type, object type) violates ``DOMAIN_RANGE`` are skipped and counted.
    ``MENTIONED_IN`` rows link each entity to each document it was read in; ``count`` is the number
    of facts of that document the entity takes part in (at least 1 when listed in ``Entity.docs``).
    """
    nodes: dict[str, tuple[str, dict[str, Any]]] = {}
    for e in entities:
        nodes[e.id] = (e.type.value, entity_to_row(e))

    def stub(type_: str, name: str) -> None:
        nid = entity_id(type_, name)
        if nid not in nodes:
            row = dict.fromkeys(ENTITY_PROPERTIES)
            row.update(id=nid, name=name, source=STUB_SOURCE)
            nodes[nid] = (type_, row)

    allowed = {p.value: {(s.value, o.value) for s, o in pairs} for p, pairs in DOMAIN_RANGE.items()}
    rels: dict[str, dict[tuple[str, str], dict[str, dict[str, Any]]]] = {}
    mentions: dict[tuple[str, str], int] = {}
    skipped = 0
    with gc_paused():  # a million small dicts, no reference cycles
        for f in facts:
            pred, s_type, o_type = f.predicate.value, f.subject_type.value, f.object_type.value
            pair = (s_type, o_type)
            if pair not in allowed[pred]:
                skipped += 1
                continue
            sid, oid = entity_id(s_type, f.subject), entity_id(o_type, f.object)
            if sid not in nodes:
                stub(s_type, f.subject)
            if oid not in nodes:
                stub(o_type, f.object)
            row = _rel_row(f, sid, oid)
            # same Fact.key -> same fact_id -> one relationship (last one wins)
            by_pair = rels.get(pred)
            if by_pair is None:
                by_pair = rels[pred] = {}
            target = by_pair.get(pair)
            if target is None:
                target = by_pair[pair] = {}
            target[row["fact_id"]] = row
            doc = f.evidence.doc
            if doc and f.origin == "document":
                mentions[(sid, doc)] = mentions.get((sid, doc), 0) + 1
                mentions[(oid, doc)] = mentions.get((oid, doc), 0) + 1
    for nid, (label, row) in list(nodes.items()):
        if label == EntityType.DOCUMENT.value or not row.get("docs"):
            continue
        for doc in row["docs"].split("|"):
            mentions.setdefault((nid, doc), 1)
    mention_rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with gc_paused():
        for (nid, doc), count in sorted(mentions.items()):
            stub(EntityType.DOCUMENT.value, doc)
            label = nodes[nid][0]
            mention_rows.setdefault((label, EntityType.DOCUMENT.value), []).append(
                {"src": nid, "dst": entity_id(EntityType.DOCUMENT.value, doc), "count": count}
            )
    out = GraphRows(skipped=skipped)
    for label, row in nodes.values():
        out.nodes.setdefault(label, []).append(row)
    for rtype, by_pair in rels.items():
        out.rels[rtype] = {pair: list(rows.values()) for pair, rows in by_pair.items()}
    if mention_rows:
        out.rels[MENTIONED_IN] = mention_rows
    return out


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big answer is built (it holds no cycles); with
    hundreds of thousands of new row objects the collector's repeated passes cost ~30 % of the time."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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
        """Add entities (nodes) and facts (relationships) to the store."""

    @abstractmethod
    def _run(self, cypher: str, params: dict[str, Any] | None) -> list[dict[str, Any]]:
        """Execute one statement and return its rows as dicts (no read-only check)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection / database handle."""

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict]:
        """Run Cypher with parameters; refuses write clauses unless ``write=True``."""
        if not write:
            check_read_only(cypher)
        return self._run_plain(cypher, params or {})

    def _run_plain(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """:meth:`_run` with every value passed through :func:`to_plain`; a backend that knows its
        column types overrides this to convert only the columns that need it."""
        return [{k: to_plain(v) for k, v in row.items()} for row in self._run(cypher, params)]

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
        cols = ", ".join(f"r.{k} AS {k}" for k in FACT_PROPERTIES)
        out = []
        for p in Predicate:
            q = f"MATCH (a)-[r:{p.value}]->(b) RETURN a.id AS src, b.id AS dst, {cols} ORDER BY r.fact_id"
            out.extend(row_to_fact(row, p.value) for row in self._run(q, {}))
        return out

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- registries

_STORES: dict[str, type[GraphStore]] = {}
_EXPORTERS: dict[str, Callable[[list[Entity], list[Fact], Path], Any]] = {}


def register_store(name: str) -> Callable[[type[GraphStore]], type[GraphStore]]:
    """Class decorator: make a backend available to :func:`open_store` under ``name``."""

    def deco(cls: type[GraphStore]) -> type[GraphStore]:
        _STORES[name] = cls
        cls.backend = cls.backend or name
        return cls

    return deco


def store_names() -> list[str]:
    _load_builtin()
    return sorted(_STORES)


def open_store(name_or_path: str | Path, **kw: Any) -> GraphStore:
    """Open a store by backend name (``ladybug``, ``kuzu``, ``bolt``) or by database path.

    >>> open_store("computekg.lbug")  # doctest: +SKIP
    >>> open_store("bolt", uri="bolt://localhost:7687", user="neo4j", password="...")  # doctest: +SKIP
    """
    _load_builtin()
    key = str(name_or_path)
    if key in _STORES:
        return _STORES[key](**kw)
    if key.startswith(("bolt://", "neo4j://", "bolt+s://", "neo4j+s://")):
        return _STORES["bolt"](uri=key, **kw)
    backend = kw.pop("backend", "ladybug")
    return _STORES[backend](path=key, **kw)


def register_exporter(name: str) -> Callable[[Callable], Callable]:
    """Function decorator: ``fn(entities, facts, out_path)`` becomes ``export(name, ...)``."""

    def deco(fn: Callable) -> Callable:
        _EXPORTERS[name] = fn
        return fn

    return deco


def exporter_names() -> list[str]:
    _load_builtin()
    return sorted(_EXPORTERS)


def export(name: str, entities: Iterable[Entity], facts: Iterable[Fact], out_path: str | Path) -> Any:
    """Write entities and facts with the exporter registered as ``name``."""
    _load_builtin()
    if name not in _EXPORTERS:
        raise StoreError(f"unknown export format {name!r} (known: {', '.join(sorted(_EXPORTERS))})")
    return _EXPORTERS[name](list(entities), list(facts), Path(out_path))


def _load_builtin() -> None:
    # Importing the modules runs their @register_* decorators; done lazily to keep imports cheap.
    from . import bolt, export_graphml, export_neo4j_admin, export_rdf, ladybug  # noqa: F401


def batched(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
