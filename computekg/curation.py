"""Curation: a reviewed-facts file that rejects, corrects or adds facts on every ``build`` and ``add``.

The file is YAML (``curation.yaml`` next to the database, or the path in ``$COMPUTEKG_CURATION``)::

    reject:                         # facts that are wrong: left out of the graph
      - fact: 3f2a9c0d1e4b5a6c      # a fact_id, as `computekg review` / `evidence --format json` print it
        note: 这是客户关系，不是供应
      - subject: 海光信息             # or a match: subject, predicate, object (+ doc, value, year)
        predicate: SUPPLIES
        object: GPU
        doc: 02_chip_weekly.md
    correct:                        # facts with a wrong field: replaced by a corrected copy
      - fact: 3f2a9c0d1e4b5a6c
        set: {value: 70.8, year: 2022}
        note: 原文为 2022 年数据
    add:                            # facts the documents miss, each with its source
      - subject: 摩尔线程
        subject_type: Company
        predicate: SUPPLIES
        object: GPU
        object_type: ProductCategory
        source: 摩尔线程官网产品页（2024-05 查阅）

Corrected and added facts carry ``origin: curated``. A correction keeps the evidence sentence, document
and span it corrects (rule ``curated:correct:<original fact_id>``); an added fact's evidence is the
curation file with the ``source`` note as its sentence (rule ``curated:add``), like reference facts.
Applying the file twice gives the same records, so curation survives every rebuild.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from computekg.ontology import Entity, EntityType, Evidence, Fact, Predicate, is_allowed

FILE_NAME = "curation.yaml"
ENV_VAR = "COMPUTEKG_CURATION"
_MATCH_KEYS = ("subject", "predicate", "object", "doc", "value", "year")
_SETTABLE = ("subject", "object", "predicate", "value", "unit", "year", "qualifier", "scope", "date", "modality")
_ADD_KEYS = {"subject", "subject_type", "predicate", "object", "object_type", "value", "unit", "year",
             "qualifier", "scope", "date", "modality", "source", "note", "subject_country"}
_log = logging.getLogger("computekg.curation")


class CurationError(ValueError):
    """The reviewed-facts file cannot be used; the message is one line naming the file and entry."""


@dataclass
class Entry:
    """One reject/correct/add entry of the file."""

    action: str  # reject | correct | add
    where: str  # "reject[2]" for messages
    fact_id: str | None = None
    match: dict[str, Any] = field(default_factory=dict)
    updates: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    def matches(self, f: Fact) -> bool:
        if self.fact_id:
            return f.id == self.fact_id
        for key, want in self.match.items():
            have = f.evidence.doc if key == "doc" else getattr(f, key)
            have = have.value if isinstance(have, Predicate) else have
            if key == "value" and have is not None and want is not None:
                if abs(float(have) - float(want)) > 1e-9:
                    return False
            elif str(have) != str(want):
                return False
        return True


@dataclass
class Curation:
    """A parsed reviewed-facts file."""

    path: Path
    entries: list[Entry]

    @property
    def doc(self) -> str:
        return self.path.name

    def apply(self, entities: Iterable[Entity], facts: Iterable[Fact], *, merging: bool = False
              ) -> tuple[list[Entity], list[Fact]]:
        """Records with the file applied. Idempotent: added facts are derived anew every time, and a
        correction already in the records (``merging`` into a database on ``add``) is re-applied to
        that copy when the entry names its fact_id."""
        entities, facts = list(entities), list(facts)
        kept = [f for f in facts if f.evidence.rule != "curated:add"]
        counts = {"reject": 0, "correct": 0, "add": 0}
        unmatched: list[str] = []
        for entry in self.entries:
            if entry.action == "add":
                continue
            hits = [f for f in kept if f.origin != "curated" and entry.matches(f)]
            if not hits and entry.action == "correct" and entry.fact_id:
                rule = f"curated:correct:{entry.fact_id}"
                hits = [f for f in kept if f.evidence.rule == rule]
            if not hits:
                unmatched.append(entry.where)
                continue
            hit_ids = {id(f) for f in hits}
            kept = [f for f in kept if id(f) not in hit_ids]
            if entry.action == "correct":
                fresh = [_corrected(f, entry) for f in hits]
                rules = {f.evidence.rule for f in fresh}
                kept = [f for f in kept if f.evidence.rule not in rules] + fresh
            counts[entry.action] += len(hits)
        added = [self._added(e) for e in self.entries if e.action == "add"]
        counts["add"] = len(added)
        entities = _with_endpoints(entities, added, self.entries)
        _log.warning("%s: %d rejected, %d corrected, %d added", self.path, counts["reject"], counts["correct"],
                     counts["add"])
        if unmatched and not merging:  # on `add` the database already went through the file
            _log.warning("%s: %s match no fact (stale entries?)", self.path, ", ".join(unmatched))
        return entities, kept + added

    def _added(self, entry: Entry) -> Fact:
        u = entry.updates
        evidence = Evidence(doc=self.doc, sentence=u["source"], start=0, end=0, rule="curated:add", confidence=1.0)
        return Fact(origin="curated", evidence=evidence,
                    **{k: v for k, v in u.items() if k not in ("source", "note", "subject_country")})


def _corrected(f: Fact, entry: Entry) -> Fact:
    """A corrected copy; a fact corrected before keeps the id of the fact it was made from."""
    rule = f.evidence.rule if f.evidence.rule.startswith("curated:correct:") else f"curated:correct:{f.id}"
    ev = f.evidence.model_copy(update={"rule": rule, "confidence": 1.0})
    return f.model_copy(update={**entry.updates, "origin": "curated", "evidence": ev, "conflict": False})


def _with_endpoints(entities: list[Entity], added: list[Fact], entries: list[Entry]) -> list[Entity]:
    """Entities for the ends of added facts that no document or reference row names."""
    known = {e.id for e in entities}
    countries = {(e.updates["subject"]): e.updates.get("subject_country") for e in entries if e.action == "add"}
    out = list(entities)
    for f in added:
        for name, type_ in ((f.subject, f.subject_type), (f.object, f.object_type)):
            ent = Entity(name=name, type=type_, source="discovered",
                         country=countries.get(name) if name == f.subject else None)
            if ent.id not in known:
                known.add(ent.id)
                out.append(ent)
    return out


# ------------------------------------------------------------------------------------- loading


def curation_path(db: str | Path) -> Path | None:
    """The reviewed-facts file for ``db``: ``$COMPUTEKG_CURATION``, else ``curation.yaml`` beside ``db``."""
    env = os.environ.get(ENV_VAR)
    if env:
        path = Path(env)
        if not path.is_file():
            raise CurationError(f"{path}: curation file not found (set by ${ENV_VAR})")
        return path
    path = Path(db).parent / FILE_NAME
    return path if path.is_file() else None


def load_curation(path: Path) -> Curation:
    """Parse and check the file; :class:`CurationError` names the file, the entry and the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise CurationError(f"{path}: {where}invalid YAML ({getattr(exc, 'problem', None) or exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CurationError(f"{path}: cannot read: {exc}") from None
    if not isinstance(data, dict) or set(data) - {"reject", "correct", "add"}:
        raise CurationError(f"{path}: expected a mapping with the lists reject, correct and add")
    entries = []
    for action in ("reject", "correct", "add"):
        items = data.get(action) or []
        if not isinstance(items, list):
            raise CurationError(f"{path}: {action}: expected a list of entries")
        for i, raw in enumerate(items):
            where = f"{action}[{i}]"
            if not isinstance(raw, dict):
                raise CurationError(f"{path}: {where}: expected a mapping")
            try:
                entries.append(_entry(action, where, raw))
            except (ValueError, TypeError) as exc:
                raise CurationError(f"{path}: {where}: {str(exc).splitlines()[0]}") from None
    return Curation(path=path, entries=entries)


def _entry(action: str, where: str, raw: dict[str, Any]) -> Entry:
    note = str(raw.get("note") or "")
    if action == "add":
        unknown = set(raw) - _ADD_KEYS
        if unknown:
            raise ValueError(f"unknown key {sorted(unknown)[0]!r}")
        missing = [k for k in ("subject", "subject_type", "predicate", "object", "object_type", "source")
                   if not raw.get(k)]
        if missing:
            raise ValueError(f"missing {missing[0]!r} (an added fact needs its source)")
        st, p, ot = EntityType(raw["subject_type"]), Predicate(raw["predicate"]), EntityType(raw["object_type"])
        if not is_allowed(p, st.value, ot.value):
            raise ValueError(f"{p.value} does not connect {st.value} to {ot.value}")
        return Entry(action, where, updates={k: v for k, v in raw.items() if v is not None}, note=note)
    allowed = {"fact", "note", *_MATCH_KEYS} | ({"set"} if action == "correct" else set())
    unknown = set(raw) - allowed
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r}")
    fact_id = str(raw["fact"]) if raw.get("fact") else None
    match = {k: raw[k] for k in _MATCH_KEYS if k in raw}
    if not fact_id and not {"subject", "predicate", "object"} <= set(match):
        raise ValueError("needs 'fact' (a fact_id) or subject, predicate and object")
    if "predicate" in match:
        match["predicate"] = Predicate(match["predicate"]).value
    updates: dict[str, Any] = {}
    if action == "correct":
        updates = raw.get("set") or {}
        if not isinstance(updates, dict) or not updates:
            raise ValueError("'set' must map fields to their corrected values")
        bad = set(updates) - set(_SETTABLE)
        if bad:
            raise ValueError(f"cannot set {sorted(bad)[0]!r} (settable: {', '.join(_SETTABLE)})")
        if "predicate" in updates:
            updates["predicate"] = Predicate(updates["predicate"])
    return Entry(action, where, fact_id=fact_id, match=match, updates=updates, note=note)


# ------------------------------------------------------------------------------------- hooks


def apply_curation(entities: Iterable[Entity], facts: Iterable[Fact], db: str | Path) -> tuple[list[Entity], list[Fact]]:
    """``build``'s hook: the records with ``db``'s reviewed-facts file applied (unchanged without one)."""
    path = curation_path(db)
    if path is None:
        return list(entities), list(facts)
    return load_curation(path).apply(entities, facts)


def add_curated(entities: Iterable[Entity], facts: Iterable[Fact], db: str | Path, *, backend: str = "ladybug",
                progress: bool = False):
    """``add``'s hook: merge new records into ``db``, apply the reviewed-facts file, rewrite atomically."""
    from computekg.graph.atomic import merge_records, write_database
    from computekg.graph.base import open_store

    path = curation_path(db)
    curation = load_curation(path) if path is not None else None  # a bad file fails before any write
    store = open_store(db, backend=backend, read_only=True)
    try:
        old_e, old_f = store.entities(), store.facts()
    finally:
        store.close()
    ents, fs = merge_records(old_e, old_f, entities, facts)
    if curation is not None:
        ents, fs = curation.apply(ents, fs, merging=True)
    return write_database(ents, fs, db, backend=backend, progress=progress)
