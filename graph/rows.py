"""Records ↔ store rows, and the bounded stream of row batches every store writes from.

A store never needs all facts in memory: :class:`RowStream` turns entities plus an *iterator* of facts
into batches of node rows and relationship rows (at most ``chunk`` relationship rows buffered), with
stub nodes for endpoints that have no entity record, ``MENTIONED_IN`` rows to ``Document`` nodes, and
duplicate facts resolved exactly as :func:`graph_rows` does (same ``fact_id`` → the last one wins).
"""

from __future__ import annotations

import gc
import json
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

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
DEFAULT_CHUNK = 200_000  # relationship rows buffered before a batch goes to the store
_DOCUMENT = EntityType.DOCUMENT.value


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


# --------------------------------------------------------------------------- one record <-> one row


def entity_to_row(e: Entity) -> dict[str, Any]:
    """Node properties of an entity, exactly the keys of ``ENTITY_PROPERTIES`` (lists stay lists)."""
    attrs = e.attrs or {}
    row = {
        "id": e.id,
        "name": e.name,
        "name_zh": e.name_zh,
        "name_en": e.name_en,
        "country": e.country,
        "domestic": e.domestic,
        "aliases": list(e.aliases),
        "docs": list(e.docs),
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


def stub_row(node_id: str, name: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(ENTITY_PROPERTIES)
    row.update(id=node_id, name=name, aliases=[], docs=[], source=STUB_SOURCE)
    return row


def row_to_entity(row: dict[str, Any], label: str) -> Entity:
    """Inverse of :func:`entity_to_row` (``label`` is the node label)."""
    attrs = row.get("attrs")
    return Entity(
        name=row["name"],
        type=EntityType(label),
        name_zh=row.get("name_zh"),
        name_en=row.get("name_en"),
        country=row.get("country"),
        aliases=list(row.get("aliases") or []),
        docs=list(row.get("docs") or []),
        parent=row.get("parent"),
        attrs=json.loads(attrs) if attrs else {},
        # stub nodes read back (include_stubs=True) count as discovered entities
        source="reference" if row.get("source") == "reference" else "discovered",
    )


def fact_to_row(f: Fact) -> dict[str, Any]:
    """Relationship properties of a fact, exactly the keys of ``FACT_PROPERTIES``."""
    row = rel_row(f, "", "")
    del row["src"], row["dst"]
    assert list(row) == list(FACT_PROPERTIES)
    return row


def rel_row(f: Fact, src: str, dst: str) -> dict[str, Any]:
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
        "page": ev.page,
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
            page=None if row.get("page") is None else int(row["page"]),
            rule=row.get("rule") or "",
            confidence=1.0 if row.get("confidence") is None else float(row["confidence"]),
        ),
    )


# --------------------------------------------------------------------------- the stream


@dataclass
class Batch:
    """Rows for one table. ``kind``: ``nodes`` (new nodes of label ``table``), ``rels`` (new relationships
    of type ``table`` between ``pair`` labels) or ``update`` (facts whose ``fact_id`` was already written in
    an earlier batch: overwrite that relationship's properties — the last duplicate wins)."""

    kind: str
    table: str
    rows: list[dict[str, Any]]
    pair: tuple[str, str] | None = None


_ALLOWED = {p.value: {(s.value, o.value) for s, o in pairs} for p, pairs in DOMAIN_RANGE.items()}


class RowStream:
    """Batches of rows from entities and a stream of facts (see module docstring).

    ``known_ids``: node ids already in the target store (no stub is made for them). ``skipped`` counts
    facts whose (subject, object) types violate ``DOMAIN_RANGE``; it is final once iteration ends.
    """

    def __init__(self, entities: Iterable[Entity], facts: Iterable[Fact], *, chunk: int = DEFAULT_CHUNK,
                 known_ids: Collection[str] = ()) -> None:
        self.entities, self.facts, self.chunk = entities, facts, max(1, chunk)
        self.known = known_ids
        self.skipped = 0
        self.labels: dict[str, str] = {}  # node id -> label, for every node this stream made
        self._docs: dict[str, list[str]] = {}  # node id -> Entity.docs

    def __iter__(self) -> Iterator[Batch]:
        by_label: dict[str, dict[str, dict[str, Any]]] = {}
        for e in self.entities:
            row = entity_to_row(e)
            by_label.setdefault(e.type.value, {})[e.id] = row
            self.labels[e.id] = e.type.value
            if e.docs and e.type.value != _DOCUMENT:
                self._docs[e.id] = list(e.docs)
        for label, rows in by_label.items():
            yield Batch("nodes", label, list(rows.values()))
        del by_label
        mentions: dict[tuple[str, str], int] = {}
        yield from self._facts(mentions)
        yield from self._mentions(mentions)

    def _stub(self, pending: dict[str, list[dict[str, Any]]], label: str, name: str) -> None:
        nid = entity_id(label, name)
        if nid not in self.labels and nid not in self.known:
            self.labels[nid] = label
            pending.setdefault(label, []).append(stub_row(nid, name))

    def _facts(self, mentions: dict[tuple[str, str], int]) -> Iterator[Batch]:
        buffers: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
        written: set[str] = set()
        late: dict[str, dict[str, dict[str, Any]]] = {}
        stubs: dict[str, list[dict[str, Any]]] = {}
        buffered = 0
        with gc_paused():  # millions of small dicts, no reference cycles
            for f in self.facts:
                pred, s_type, o_type = f.predicate.value, f.subject_type.value, f.object_type.value
                if (s_type, o_type) not in _ALLOWED[pred]:
                    self.skipped += 1
                    continue
                sid, oid = entity_id(s_type, f.subject), entity_id(o_type, f.object)
                if sid not in self.labels:
                    self._stub(stubs, s_type, f.subject)
                if oid not in self.labels:
                    self._stub(stubs, o_type, f.object)
                row = rel_row(f, sid, oid)
                fid = row["fact_id"]
                buf = buffers.setdefault((pred, s_type, o_type), {})
                if fid in buf or fid not in written:
                    buffered += fid not in buf
                    buf[fid] = row  # same fact id -> one relationship, the last one wins
                else:
                    late.setdefault(pred, {})[fid] = row
                if f.origin == "document" and f.evidence.doc:
                    doc = f.evidence.doc
                    mentions[(sid, doc)] = mentions.get((sid, doc), 0) + 1
                    mentions[(oid, doc)] = mentions.get((oid, doc), 0) + 1
                if buffered >= self.chunk:
                    buffered = yield from self._flush(buffers, stubs, written, buffered - self.chunk // 2)
        yield from self._flush(buffers, stubs, written, None)
        for pred, rows in late.items():
            yield Batch("update", pred, list(rows.values()))

    @staticmethod
    def _flush(buffers: dict[tuple[str, str, str], dict[str, dict[str, Any]]],
               stubs: dict[str, list[dict[str, Any]]], written: set[str], at_least: int | None) -> Iterator[Batch]:
        """Yield the biggest buffers until ``at_least`` rows left them (``None``: every buffer), the
        stubs first; small tables keep gathering rows, so each becomes a few large batches."""
        for label, rows in stubs.items():  # endpoints first: a relationship needs both nodes
            yield Batch("nodes", label, rows)
        stubs.clear()
        left = sum(len(rows) for rows in buffers.values())
        for key in sorted(buffers, key=lambda k: -len(buffers[k])):
            rows = buffers[key]
            if at_least is not None and sum(len(r) for r in buffers.values()) <= left - at_least:
                break
            if rows:
                written.update(rows)
                yield Batch("rels", key[0], list(rows.values()), (key[1], key[2]))
            del buffers[key]
        return sum(len(rows) for rows in buffers.values())

    def _mentions(self, mentions: dict[tuple[str, str], int]) -> Iterator[Batch]:
        """``MENTIONED_IN`` rows: one per (entity, document) with the number of document facts (at least
        1 for a document listed in ``Entity.docs``), plus the ``Document`` stubs they need."""
        for nid, docs in self._docs.items():
            for doc in docs:
                mentions.setdefault((nid, doc), 1)
        self._docs = {}
        stubs: dict[str, list[dict[str, Any]]] = {}
        by_pair: dict[tuple[str, str], list[dict[str, Any]]] = {}
        with gc_paused():
            for (nid, doc), count in sorted(mentions.items()):
                self._stub(stubs, _DOCUMENT, doc)
                by_pair.setdefault((self.labels.get(nid) or split_id(nid)[0], _DOCUMENT), []).append(
                    {"src": nid, "dst": entity_id(_DOCUMENT, doc), "count": count})
        mentions.clear()
        for label, rows in stubs.items():
            yield Batch("nodes", label, rows)
        for pair, rows in by_pair.items():
            for i in range(0, len(rows), self.chunk):
                yield Batch("rels", MENTIONED_IN, rows[i : i + self.chunk], pair)


class GraphRows(BaseModel):
    """Entities and facts flattened into per-label node rows and per-type relationship rows."""

    nodes: dict[str, list[dict[str, Any]]] = Field(default_factory=dict)
    # relationship type -> (from label, to label) -> rows with ``src``/``dst`` plus properties
    rels: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = Field(default_factory=dict)
    skipped: int = 0


def graph_rows(entities: Iterable[Entity], facts: Iterable[Fact]) -> GraphRows:
    """Every row at once (exports and tests): dedupe, stub nodes for unknown endpoints and documents.

    Facts whose (subject type, object type) violates ``DOMAIN_RANGE`` are skipped and counted.
    ``MENTIONED_IN`` rows link each entity to each document it was read in; ``count`` is the number
    of facts of that document the entity takes part in (at least 1 when listed in ``Entity.docs``).
    """
    stream = RowStream(entities, facts, chunk=2**62)  # one buffer: no duplicate reaches an update batch
    out = GraphRows()
    for batch in stream:
        if batch.kind == "nodes":
            out.nodes.setdefault(batch.table, []).extend(batch.rows)
        else:
            assert batch.kind == "rels" and batch.pair is not None
            out.rels.setdefault(batch.table, {}).setdefault(batch.pair, []).extend(batch.rows)
    out.skipped = stream.skipped
    return out
