"""Facade functions: ``extract`` (ingest only) and the wiring used by ``build``/``add``."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from computekg.ingest.result import ExtractResult, FileError
from computekg.ontology import Entity, Fact

__all__ = ["ExtractResult", "FileError", "extract", "extract_corpus"]


def extract_corpus(paths: Iterable[str | Path], *, progress: bool = False) -> ExtractResult:
    """Ingest files/folders and return resolved entities, facts, document infos and per-file errors."""
    from computekg.ingest.pipeline import run_pipeline

    return run_pipeline([Path(p) for p in paths], progress=progress)


def extract(paths: Iterable[str | Path] | str | Path) -> tuple[list[Entity], list[Fact]]:
    """Extract entities and facts from documents — ``(entities, facts)``, the order every other call
    of the API takes them in (``write_graph``, ``ChainGraph.from_records``, ``export``).

    >>> entities, facts = extract(["samples/corpus"])  # doctest: +SKIP
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    result = extract_corpus(paths)
    return result.entities, result.facts
