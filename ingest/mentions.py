"""Entity mentions: a span of the document view, what it names, and how it was found.

:func:`lexicon_mentions` matches the ontology's names and aliases (spaCy EntityRuler fed from the
lexicon); :func:`resolve_overlaps` keeps the longest non-overlapping spans. Names that no list has
(companies, facilities, product categories) are found by :mod:`computekg.ingest.discovery`, whose
:func:`~computekg.ingest.discovery.find_mentions` runs the whole recognition step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from computekg.ontology import EntityType

from .cues import CUES
from .lexicon import Candidate, Lexicon, ascii_matcher, nlp_with_ruler
from .reader import SourceText
from .words import CJK, word_boundary_ok

__all__ = ["CJK", "COMPANY_CUE", "Mention", "lexicon_mentions", "resolve_overlaps"]

T = EntityType
COMPANY_CUE = CUES.alt("company_cue")


@dataclass
class Mention:
    start: int  # view offsets
    end: int
    text: str
    type: EntityType
    name: str  # canonical name (reference) or discovered name
    source: str = "lexicon"  # lexicon | discovered | pattern
    country: str | None = None
    foreign: bool | None = None
    parent: str | None = None
    confidence: float = 1.0
    aliases: list[str] = field(default_factory=list)
    via: str = ""  # the discoverer that found a name no list has (for audit)






def _ascii_boundary_ok(view: str, start: int, end: int) -> bool:
    """An ASCII name must not sit inside a longer ASCII word (Intel ≠ Intelligence)."""
    if view[start].isascii() and view[start].isalnum() and start > 0:
        prev = view[start - 1]
        if prev.isascii() and prev.isalnum():
            return False
    if view[end - 1].isascii() and view[end - 1].isalnum() and end < len(view):
        nxt = view[end]
        plural = nxt == "s" and (end + 1 == len(view) or not view[end + 1].isalnum())
        if nxt.isascii() and nxt.isalnum() and not plural:
            return False
    return True


_CHUNK = 8000


def _chunks(view: str) -> list[tuple[int, str]]:
    """Line-aligned pieces of at most ~_CHUNK characters (spaCy's Chinese tokenizer slows down
    super-linearly on very long texts; names never span a line break in the view)."""
    out = []
    pos = 0
    while pos < len(view):
        end = min(len(view), pos + _CHUNK)
        if end < len(view):
            cut = view.rfind("\n", pos, end)
            end = cut + 1 if cut > pos else end
        out.append((pos, view[pos:end]))
        pos = end
    return out


def _ruler_ents(view: str):
    """(start, end, text, pattern id) of every EntityRuler match in the view."""
    nlp = nlp_with_ruler()
    for offset, piece in _chunks(view):
        for ent in nlp(piece).ents:
            yield offset + ent.start_char, offset + ent.end_char, ent.text, ent.ent_id_


def _lexicon_matches(view: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, surface) of every lexicon name: CJK names through the EntityRuler, ASCII names
    through a word-boundary matcher; where they overlap the longer one wins."""
    found = [m for m in _ruler_ents(view) if _ascii_boundary_ok(view, m[0], m[1])]
    found += [(m.start(1), m.end(1), m.group(1), m.group(1)) for m in ascii_matcher().finditer(view)]
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    used = bytearray(len(view) + 1)
    kept = []
    for m in found:
        if not any(used[m[0] : m[1]]):
            used[m[0] : m[1]] = b"\x01" * (m[1] - m[0])
            kept.append(m)
    return sorted(kept)


def lexicon_mentions(source: SourceText, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for start, end, ent_text, ent_id in _lexicon_matches(source.view):
        cands = lex.surfaces.get(ent_id or ent_text) or lex.lookup(ent_text)
        if not cands:
            continue
        cand = _choose(cands, source.view, start, end)
        if cand is None or (cand.type == T.PRODUCT_CATEGORY and _not_a_category_here(source.view, start, end)):
            continue
        text = source.view[start:end]
        short = cand.type in (T.COMPANY, T.COMPANY_GROUP) and len(text) <= 3 and not text.isascii()
        if short and (cand.name != text or len(text) <= 2) and not word_boundary_ok(source.view, start, end):
            continue  # 「京东」 inside 「京东方」, 「力成」 inside 「劳动力成本」
        out.append(Mention(start, end, ent_text, cand.type, cand.name, "lexicon", confidence=1.0))
    return out


def _not_a_category_here(view: str, start: int, end: int) -> bool:
    """「上交所主板」: a category word that the words before it turn into something else (cues.yaml)."""
    surface = view[start:end]
    if surface not in CUES.groups.get("not_a_category_after", ()):
        return False
    return bool(re.search(CUES.list(f"not_a_category_after:{surface}")[0], view[max(0, start - 12) : start]))


def _choose(cands: list[Candidate], view: str, start: int, end: int) -> Candidate | None:
    """Disambiguate a surface shared by several entities from its immediate context.

    An acronym such as IDC read as a source (「据IDC」, 「IDC数据显示」) is not the product category.
    """
    before = view[max(0, start - 6) : start]
    after = view[end : end + 6]
    orgish = re.search(r"(据|根据|由)$", before) or re.match(r"(联合|发布|数据显示|数据统计|统计|报告|预测|显示|）|\))", after)
    if orgish and view[start:end].isascii() and view[start:end].isupper() and all(
        c.type == T.PRODUCT_CATEGORY for c in cands
    ):
        return None
    if len(cands) == 1:
        return cands[0]
    for c in cands:
        if orgish and c.type in (T.ORGANIZATION, T.COMPANY):
            return c
    for c in cands:
        if not orgish and c.type == T.PRODUCT_CATEGORY:
            return c
    return cands[0]


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest, then most confident, non-overlapping mentions."""
    if not mentions:
        return []
    used = bytearray(max(m.end for m in mentions) + 1)
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), -m.confidence, m.start)):
        if not any(used[m.start : m.end]):
            used[m.start : m.end] = b"\x01" * (m.end - m.start)
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)
