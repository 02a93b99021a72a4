"""The ingest pipeline as components with typed outputs:

``read_source`` (file → SourceText) → ``find_mentions`` (→ Mention) → ``split_sentences`` →
rules (→ RawFact) → :func:`to_records` (→ Entity, Fact with Evidence) → resolution.

Knows nothing of storage.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from computekg.ontology import DocumentInfo, Entity, EntityType, Evidence, Fact, is_allowed

from .context import DocContext, RawFact, SentenceContext, parse_values, source_date_year
from .discovery import find_mentions
from .lexicon import Lexicon, default_lexicon
from .mentions import Mention
from .reader import ReadError, SourceText, iter_paths, read_source
from .relations import run_rules
from .resolve import dedupe_facts, flag_conflicts, merge_entities
from .result import ExtractResult, FileError
from .sentences import Sentence, split_sentences
from .topics import after_sentence, before_sentence

T = EntityType
_log = logging.getLogger("computekg.ingest")


class DocExtraction:
    """What one document yields (before cross-document resolution)."""

    def __init__(self, info: DocumentInfo, entities: list[Entity], facts: list[Fact], warning: str | None = None,
                 rule_errors: list[str] | None = None):
        self.info = info
        self.entities = entities
        self.facts = facts
        self.warning = warning
        self.rule_errors = rule_errors or []  # "rule: error" of rules that failed on a sentence (a bug to fix)


def extract_source(source: SourceText, lex: Lexicon | None = None) -> DocExtraction:
    """Extract entities and facts from one already-read document."""
    lex = lex or default_lexicon()
    rule_errors: list[str] = []
    mentions = find_mentions(source, lex, rule_errors)
    sentences = split_sentences(source.view)
    doc = DocContext(doc_year=source_date_year(source.meta))
    raw: list[tuple[RawFact, Sentence]] = []
    for sent, local in _sentence_mentions(sentences, mentions):
        ctx = SentenceContext(source, sent, local, doc, parse_values(sent.text))
        before_sentence(ctx, lex)
        produced, errors = run_rules(ctx, lex)
        rule_errors.extend(errors)
        raw.extend((f, sent) for f in produced)
        after_sentence(ctx, lex)
    info = DocumentInfo(
        doc=source.doc,
        path=source.path,
        title=_meta_str(source.meta.get("title")),
        date=_meta_str(source.meta.get("date")),
        source=_meta_str(source.meta.get("source") or source.meta.get("author")),
        encoding=source.encoding,
        chars=len(source.original),
        sha1=source.sha1,
    )
    entities, facts = to_records(source, mentions, raw, lex)
    if rule_errors:  # the sentence is kept without that rule's facts; say so instead of hiding a bug
        _log.warning("%s: %d rule failure(s), e.g. %s", source.doc, len(rule_errors), rule_errors[0])
    return DocExtraction(info, entities, facts, source.meta.get("_warning"), rule_errors)


def _sentence_mentions(sentences: list[Sentence], mentions: list[Mention]):
    """Each sentence with the mentions inside it (offsets made sentence-relative)."""
    idx = 0
    for sent in sentences:
        while idx < len(mentions) and mentions[idx].end <= sent.start:
            idx += 1
        local = []
        j = idx
        while j < len(mentions) and mentions[j].start < sent.end:
            m = mentions[j]
            if m.end <= sent.end:
                local.append(replace(m, start=m.start - sent.start, end=m.end - sent.start))
            j += 1
        yield sent, local


def _meta_str(v) -> str | None:
    return None if v is None else str(v)


def _endpoint(x, lex: Lexicon) -> tuple[EntityType, str, Mention | None]:
    if isinstance(x, Mention):
        return x.type, x.name, x
    return x[0], x[1], None


def to_records(
    source: SourceText, mentions: list[Mention], raw: list[tuple[RawFact, Sentence]], lex: Lexicon
) -> tuple[list[Entity], list[Fact]]:
    entities: dict[str, Entity] = {}

    def ensure(type_: EntityType, name: str, mention: Mention | None) -> None:
        key = f"{type_.value}:{name}"
        if key in entities:
            return
        ref = lex.entity(type_, name)
        if ref is not None:
            ent = ref.model_copy(deep=True)
            ent.docs = [source.doc]
        else:
            ent = Entity(name=name, type=type_, docs=[source.doc], source="discovered")
            if mention is not None:
                ent.country = mention.country
                ent.parent = mention.parent
                ent.aliases = [a for a in {mention.text, *mention.aliases} if a != name]
                if mention.foreign is not None:
                    ent.attrs["foreign"] = mention.foreign
            if type_ == T.POLICY and "出口管制" in name:
                m = re.search(r"（(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?）", name)
                if m:
                    ent.attrs["date"] = f"{m.group(1)}-{int(m.group(2)):02d}" + (f"-{int(m.group(3)):02d}" if m.group(3) else "")
        entities[key] = ent

    for m in mentions:
        if m.source == "discovered" and (m.confidence < 0.8 or m.type in (T.COMPANY, T.PRODUCT_CATEGORY)):
            continue  # a discovered company or category becomes a node only through a fact (below)
        if m.type in (T.COMPANY, T.COMPANY_GROUP, T.PRODUCT_CATEGORY, T.PRODUCT_MODEL, T.POLICY, T.FACILITY,
                      T.REGION, T.ORGANIZATION, T.SEGMENT):
            ensure(m.type, m.name, m)
            ent = entities[f"{m.type.value}:{m.name}"]
            for surface in (m.text, *m.aliases):
                if surface != m.name and surface not in ent.aliases:
                    ent.aliases.append(surface)
    facts: list[Fact] = []
    for rf, sent in raw:
        st, sn, sm = _endpoint(rf.subject, lex)
        ot, on, om = _endpoint(rf.object, lex)
        if not sn or not on or (st == ot and sn == on):
            continue
        if not is_allowed(rf.predicate, st.value, ot.value):
            continue
        ensure(st, sn, sm)
        ensure(ot, on, om)
        start, end = source.original_span(sent.start, sent.end)
        evidence = Evidence(
            doc=source.doc,
            sentence=source.original[start:end],
            start=start,
            end=end,
            rule=rf.rule,
            confidence=round(rf.confidence, 3),
            page=source.page_at(start),
        )
        facts.append(
            Fact(
                subject=sn, subject_type=st, predicate=rf.predicate, object=on, object_type=ot,
                value=rf.value, unit=rf.unit, year=rf.year, qualifier=rf.qualifier, scope=rf.scope,
                date=rf.date, modality=rf.modality, evidence=evidence,
            )
        )
    _add_original_surfaces(source, mentions, entities)
    return list(entities.values()), facts


def _add_original_surfaces(source: SourceText, mentions: list[Mention], entities: dict[str, Entity]) -> None:
    """Names read from the normalized view (鸿海) also keep the form the document wrote (鴻海)."""
    for m in mentions:
        ent = entities.get(f"{m.type.value}:{m.name}")
        if ent is None:
            continue
        start, end = source.original_span(m.start, m.end)
        written = source.original[start:end]
        if written != m.text and written != ent.name and written not in ent.aliases and len(written) <= 2 * len(m.text) + 4:
            ent.aliases.append(written)


def resolve(extractions: Iterable[DocExtraction]) -> tuple[list[Entity], list[Fact]]:
    """Cross-document resolution: one node per entity, de-duplicated facts, conflicts flagged."""
    all_entities: list[Entity] = []
    all_facts: list[Fact] = []
    for ex in extractions:
        all_entities.extend(ex.entities)
        all_facts.extend(ex.facts)
    entities, remap = merge_entities(all_entities)
    if remap:
        fixed = []
        for f in all_facts:
            s = remap.get(f.subject_id)
            o = remap.get(f.object_id)
            if s or o:
                f = f.model_copy(update={
                    "subject": s.split(":", 1)[1] if s else f.subject,
                    "object": o.split(":", 1)[1] if o else f.object,
                })
            fixed.append(f)
        all_facts = fixed
    facts = flag_conflicts(dedupe_facts(all_facts))
    facts.sort(key=lambda f: (f.evidence.doc, f.evidence.start, f.predicate.value, f.subject, f.object))
    entities.sort(key=lambda e: (e.type.value, e.name))
    return entities, facts


def run_pipeline(paths: list[Path], *, progress: bool = False):
    """Read, extract and resolve a corpus. Per-file problems become ``FileError`` rows."""

    files, missing = iter_paths(paths)
    errors = [FileError(path=str(p), reason=r) for p, r in missing]
    extractions: list[DocExtraction] = []
    lex = default_lexicon()
    seen_hashes: dict[str, str] = {}
    iterator: Iterable[Path] = files
    bar = None
    if progress and files:
        from rich.progress import Progress

        bar = Progress(transient=True)
        bar.start()
        task = bar.add_task("extracting", total=len(files))
    try:
        for f in iterator:
            try:
                src = read_source(f)
            except ReadError as exc:
                errors.append(FileError(path=str(f), reason=str(exc)))
                continue
            dup = seen_hashes.get(src.sha1)
            if dup:
                errors.append(FileError(path=str(f), reason=f"duplicate of {dup} (same text), skipped"))
                continue
            seen_hashes[src.sha1] = str(f)
            try:
                ex = extract_source(src, lex)
            except Exception as exc:  # keep the rest of the corpus
                errors.append(FileError(path=str(f), reason=f"extraction failed: {type(exc).__name__}: {exc}"))
                continue
            extractions.append(ex)
            if bar is not None:
                bar.advance(task)
    finally:
        if bar is not None:
            bar.stop()
    entities, facts = resolve(extractions)
    rule_errors = [f"{ex.info.doc}: {err}" for ex in extractions for err in ex.rule_errors]
    return ExtractResult(entities=entities, facts=facts, documents=[e.info for e in extractions], errors=errors,
                         rule_errors=rule_errors)
