"""Facade wiring for ``build`` / ``add``: documents → records → an atomically written database.

>>> from computekg.builder import build  # doctest: +SKIP
>>> result = build(["samples/corpus"], "computekg.lbug")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from computekg.api import FileError, extract_corpus
from computekg.curation import add_curated, apply_curation
from computekg.graph.atomic import finalizing, write_database
from computekg.graph.base import GraphStore, StoreError, WriteSummary, open_store
from computekg.ontology import Entity, Fact
from computekg.queries.materialize import materialize

DEFAULT_DB = Path("computekg.lbug")


class BuildResult(BaseModel):
    """What ``build``/``add`` did: the write summary and the files that could not be read."""

    summary: WriteSummary
    documents: int = 0
    entities: int = 0
    facts: int = 0
    errors: list[FileError] = Field(default_factory=list)


def reference_records() -> tuple[list[Entity], list[Fact]]:
    """Curated backbone entities/facts from ``computekg.ontology.reference`` (empty if absent)."""
    try:
        ref = importlib.import_module("computekg.ontology.reference")
    except ImportError:
        return [], []
    ents = list(getattr(ref, "reference_entities", list)())
    facts = list(getattr(ref, "reference_facts", list)())
    return ents, facts


def _merge(ref_e: list[Entity], ref_f: list[Fact], doc_e: list[Entity], doc_f: list[Fact]):
    from computekg.graph.atomic import merge_records

    return merge_records(ref_e, ref_f, doc_e, doc_f)


class NothingReadable(ValueError):
    """No input document yielded text: nothing is written. The message is one line naming the inputs
    and the reason; ``errors`` keeps the per-file problems."""

    def __init__(self, paths: list[Path], errors: list[FileError]) -> None:
        where = ", ".join(str(p) for p in paths[:3]) + (f" (+{len(paths) - 3} more)" if len(paths) > 3 else "")
        if errors:
            first = errors[0]
            more = f"; {len(errors) - 1} more file(s) failed too" if len(errors) > 1 else ""
            reason = f"no document yielded text ({first.path}: {first.reason}{more})"
        else:
            suffixes = " ".join(sorted(s for s in _supported_suffixes() if s))
            reason = f"no supported document found (readable: {suffixes})"
        super().__init__(f"{where}: {reason}; the database was not written")
        self.paths, self.errors = paths, errors


def _supported_suffixes() -> set[str]:
    from computekg.ingest import reader

    return set(getattr(reader, "SUPPORTED_SUFFIXES", {".txt", ".md", ".html"}))


def _require_text(paths: list[Path], result: Any) -> None:
    """Refuse a corpus in which no document yielded any text (empty folder, only unsupported or
    unreadable files): the old graph must never be replaced by the reference backbone alone."""
    if not any(d.chars > 0 for d in result.documents):
        raise NothingReadable(paths, list(result.errors))


def write_graph(entities: Iterable[Entity], facts: Iterable[Fact], db: str | Path, *, backend: str = "ladybug",
                progress: bool = False) -> WriteSummary:
    """The project's write path: stream the records into a new database, derive the aggregate tables
    (:mod:`computekg.queries.materialize`) in it, swap it in atomically."""
    return write_database(entities, facts, db, backend=backend, progress=progress, finalize=materialize)


def check_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Existing paths, or :class:`FileNotFoundError` naming the first missing one."""
    out = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise FileNotFoundError(str(p))
        out.append(p)
    return out


def build(
    paths: Iterable[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    backend: str = "ladybug",
    reference: bool = True,
    progress: bool = False,
) -> BuildResult:
    """Extract ``paths``, add the reference backbone, and atomically (re)write ``db``."""
    paths = check_inputs(paths)
    result = extract_corpus(paths, progress=progress)
    _require_text(paths, result)
    ents, facts = list(result.entities), list(result.facts)
    if reference:
        ents, facts = _merge(*reference_records(), ents, facts)
    ents, facts = apply_curation(ents, facts, db)  # the reviewed-facts file (computekg.curation)
    summary = write_graph(ents, facts, db, backend=backend, progress=progress)
    return BuildResult(summary=summary, documents=len(result.documents), entities=len(ents),
                       facts=len(facts), errors=list(result.errors))


def add(
    paths: Iterable[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    backend: str = "ladybug",
    progress: bool = False,
) -> BuildResult:
    """Extract more files and merge them into an existing ``db`` (rebuilt atomically)."""
    paths = check_inputs(paths)
    if not Path(db).exists():
        raise StoreError(f"{db}: database not found (run `computekg build` first)")
    result = extract_corpus(paths, progress=progress)
    _require_text(paths, result)
    with finalizing(materialize):  # the rewritten database gets its derived tables before the swap
        summary = add_curated(result.entities, result.facts, db, backend=backend, progress=progress)
    return BuildResult(summary=summary, documents=len(result.documents), entities=len(result.entities),
                       facts=len(result.facts), errors=list(result.errors))


def open_default_store(db: str | Path = DEFAULT_DB, *, backend: str = "ladybug", read_only: bool = True) -> GraphStore:
    """Open an existing database for reading (``StoreError`` if it does not exist)."""
    if not Path(db).exists():
        raise StoreError(f"{db}: database not found (build one with `computekg build CORPUS --db {db}`)")
    return open_store(db, backend=backend, read_only=read_only)


__all__ = ["BuildResult", "DEFAULT_DB", "NothingReadable", "add", "build", "check_inputs", "open_default_store",
           "reference_records", "write_database", "write_graph"]
