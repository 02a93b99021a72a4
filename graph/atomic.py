"""Atomic, idempotent database builds: build next to the target, swap in only on success."""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from computekg.ontology import Entity, Fact

from .base import GraphStore, StoreError, WriteSummary, open_store

# Files an embedded database may keep next to its main file (write-ahead log, shadow pages, lock).
COMPANION_SUFFIXES = (".wal", ".shadow", ".lock", ".tmp")


# A step run on every new database before it replaces the old one, set by the caller for a block of
# code (the facade derives its aggregate tables there: see ``computekg.builder``).
_FINALIZE: ContextVar[Callable[[GraphStore], Any] | None] = ContextVar("computekg_finalize", default=None)


@contextmanager
def finalizing(step: Callable[[GraphStore], Any]) -> Iterator[None]:
    """Run ``step(store)`` in every :func:`write_database` of the block, before the swap."""
    token = _FINALIZE.set(step)
    try:
        yield
    finally:
        _FINALIZE.reset(token)


def _companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in COMPANION_SUFFIXES]


def remove_database(path: str | Path) -> None:
    """Delete a database file (or directory, for old kuzu layouts) and its companion files."""
    import shutil

    path = Path(path)
    for p in [path, *_companions(path)]:
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists() or p.is_symlink():
            p.unlink()


def write_database(
    entities: Iterable[Entity],
    facts: Iterable[Fact],
    db_path: str | Path,
    *,
    backend: str = "ladybug",
    progress: bool = False,
    finalize: Callable[[GraphStore], Any] | None = None,
) -> WriteSummary:
    """Build a fresh database from the records and atomically replace ``db_path`` with it.

    ``facts`` may be an iterator: it is consumed once, in bounded batches (the store never holds all
    facts). ``finalize(store)`` (default: the block's :func:`finalizing` step) runs on the new database
    before the swap (the facade materializes the derived tables there), so a failure in it leaves
    ``db_path`` untouched too.
    The new database is written to a temporary path in the same folder (so ``os.replace`` is a
    rename on one filesystem); on any error the temp files are removed and ``db_path`` is untouched.
    Rebuilding from the same input yields the same counts.
    """
    target = Path(db_path)
    finalize = finalize or _FINALIZE.get()
    if target.exists() and target.is_dir() and backend == "ladybug":
        raise StoreError(f"{target}: is a directory, not a database file")
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_builds(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.building")
    try:
        store = open_store(tmp, backend=backend)
        try:
            summary = store.write(entities, facts, progress=progress)
            if finalize is not None:
                finalize(store)
        finally:
            store.close()  # flushes the WAL into the main file
        _swap(tmp, target)
    except BaseException:
        remove_database(tmp)
        raise
    summary.target = str(target)
    return summary


def remove_stale_builds(target: Path) -> list[Path]:
    """Delete temp databases (and companions) left next to ``target`` by a build that was killed.

    A temp name carries the building process id; files of a process that is still alive are kept.
    """
    import glob

    removed = []
    for p in target.parent.glob(glob.escape(f".{target.name}.") + "*.building*"):
        pid = p.name[len(target.name) + 2 :].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        if p.is_dir():
            import shutil

            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
        removed.append(p)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, not ours
        return True
    return True


def _swap(tmp: Path, target: Path) -> None:
    # A closed database has checkpointed its WAL; any leftover companion of the *old* db must go,
    # or the engine would replay it against the new file.
    for comp in _companions(target):
        if comp.exists():
            comp.unlink()
    os.replace(tmp, target)
    for comp_tmp, comp in zip(_companions(tmp), _companions(target), strict=True):
        if comp_tmp.exists():
            os.replace(comp_tmp, comp)


def merge_records(
    old_entities: Iterable[Entity],
    old_facts: Iterable[Fact],
    new_entities: Iterable[Entity],
    new_facts: Iterable[Fact],
) -> tuple[list[Entity], list[Fact]]:
    """Union of two record sets: entities by id (aliases/docs merged, new fields win when set),
    facts by :attr:`Fact.key` (the newer fact replaces the older one)."""
    ents: dict[str, Entity] = {}
    for e in [*old_entities, *new_entities]:
        prev = ents.get(e.id)
        if prev is None:
            ents[e.id] = e.model_copy(deep=True)
            continue
        merged = prev.model_copy(deep=True)
        for field in ("name_zh", "name_en", "country", "parent"):
            if getattr(e, field) is not None:
                setattr(merged, field, getattr(e, field))
        merged.aliases = list(dict.fromkeys([*prev.aliases, *e.aliases]))
        merged.docs = list(dict.fromkeys([*prev.docs, *e.docs]))
        merged.attrs = {**prev.attrs, **e.attrs}
        if "reference" in (prev.source, e.source):
            merged.source = "reference"
        ents[e.id] = merged
    facts: dict[tuple, Fact] = {}
    for f in [*old_facts, *new_facts]:
        facts[f.key] = f
    return list(ents.values()), list(facts.values())


def add_to_database(
    entities: Iterable[Entity],
    facts: Iterable[Fact],
    db_path: str | Path,
    *,
    backend: str = "ladybug",
    progress: bool = False,
    finalize: Callable[[GraphStore], Any] | None = None,
) -> WriteSummary:
    """Merge new records into an existing database: entities as :func:`merge_records` does, facts by
    :attr:`Fact.key` (a new fact replaces the old one); the old facts stream from the old database
    into the new one, which replaces it atomically."""
    target = Path(db_path)
    finalize = finalize or _FINALIZE.get()
    new_facts = list(facts)
    if not target.exists():
        return write_database(entities, new_facts, target, backend=backend, progress=progress, finalize=finalize)
    store = open_store(target, backend=backend, read_only=True)
    try:
        old_e = store.entities()
        ents, _ = merge_records(old_e, [], entities, [])
        new_keys = {f.key for f in new_facts}
        kept = (f for f in store.iter_facts() if f.key not in new_keys)

        def done(new_store: GraphStore) -> None:
            store.close()  # every old fact is read: release the old file before it is replaced
            if finalize is not None:
                finalize(new_store)

        return write_database(ents, itertools.chain(kept, new_facts), target, backend=backend,
                              progress=progress, finalize=done)
    finally:
        store.close()
