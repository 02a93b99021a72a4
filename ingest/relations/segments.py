"""Segments of the chain (PART_OF_SEGMENT): 「上游主要包括 A、B」, 「由 A、B 构成的上游」, 「A 属于中游」,
"the upstream segment covers …"; a lead sentence 「算力产业上游，…」 names the segment of the next one.
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext, endpoint_name
from ..lexicon import Lexicon
from .common import categories
from .registry import Emitter, rule

T = EntityType
P = Predicate

_SEGMENTS = {"上游": "Upstream", "中游": "Midstream", "下游": "Downstream"}


_ROLE_SUFFIX = re.compile(r"(供应商|服务商|提供商|厂商|运营商|企业|商)$")


def _segment_items(text: str, lex: Lexicon) -> list[str]:
    out = []
    for piece in re.split(r"[、，,和及与]|以及", text):
        piece = piece.strip(" 等")
        piece = re.sub(r"^(主要|包括|包含|涵盖|由|为|有)+", "", piece)
        variants = (piece, _ROLE_SUFFIX.sub("", piece), re.sub(r"^第三方", "", _ROLE_SUFFIX.sub("", piece)),
                    re.sub(r"商$", "服务", piece))
        for cand_text in variants:
            cand = lex.first_of(cand_text, T.PRODUCT_CATEGORY)
            if cand:
                out.append(cand.name)
                break
    return out


@rule("segments.includes", P.PART_OF_SEGMENT, confidence=0.8)
def segments(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「上游主要包括 A、B」, 「上游：A、B」, 「由 A、B 构成的上游」, "the upstream segment covers …"."""
    text = ctx.text
    prev = ctx.doc.prev
    topic = re.match(r"(算力产业|产业链|算力产业链)?(上游|中游|下游)", prev.text) if prev is not None else None
    same_paragraph = topic is not None and prev.sentence.paragraph == ctx.sentence.paragraph
    if same_paragraph and not re.search(r"(上游|中游|下游)", text) and re.search(r"(提供|包括|包含|主要有)", text):
        # 「算力产业上游，主要包括…。设备供应商提供芯片、服务器、存储等，…」
        for cat in categories(ctx, 0, len(text)):
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.SEGMENT, _SEGMENTS[topic.group(2)]), detail="topic", inferred=True)
    # "the upstream segment covers chips and memory; the midstream consists of servers"
    for m in re.finditer(r"\b(upstream|midstream|downstream)\b(?: segment| layer| stage| part| tier)?(?: of the (?:chain|industry))?"
                         r",? (?:covers|includes|consists of|comprises|is made up of|spans|contains|is|are)\b", text, re.I):
        nxt = re.search(r"\b(upstream|midstream|downstream)\b|;", text[m.end() :], re.I)
        end = m.end() + nxt.start() if nxt else len(text)
        for cat in categories(ctx, m.end(), end):
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.SEGMENT, m.group(1).capitalize()), detail="en")
    # 「由 A、B 构成的上游产业」
    for m in re.finditer(r"由([^由]{2,80}?)(?:构成|组成)的(上游|中游|下游)", text):
        for name in _segment_items(m.group(1), lex):
            out.add((T.PRODUCT_CATEGORY, name), (T.SEGMENT, _SEGMENTS[m.group(2)]), detail="composed_of")
    # 「上游主要包括/包含/由 … 构成，包括 A、B」 — everything listed until the next segment word
    for m in re.finditer(r"(上游|中游|下游)", text):
        if re.match(r"(产业)?$", text[m.end() : m.end() + 2]) and out:
            continue
        rest_end = len(text)
        nxt = re.search(r"(上游|中游|下游)", text[m.end() :])
        if nxt:
            rest_end = m.end() + nxt.start()
        rest = text[m.end() : rest_end]
        if not re.search(r"(包括|包含|主要有|涵盖|主要由|由|提供)", rest[:40]) and not re.match(
            r"(产业|环节|产业链)?(则|主要|即|就|主要包括)?(为|是|指|[：:])", rest
        ):  # 「中游为服务器整机与数据中心」, 「下游则是云服务」, 「上游：芯片、服务器」
            continue
        if re.search(r"(构成|组成)的$", text[: m.start()]):
            continue
        for cat in categories(ctx, m.end(), rest_end):
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.SEGMENT, _SEGMENTS[m.group()]))
        for name in _segment_items(re.sub(r"[（(][^）)]*[）)]", "", rest), lex):
            out.add((T.PRODUCT_CATEGORY, name), (T.SEGMENT, _SEGMENTS[m.group()]))
    _drop_containers(out, lex)


def _drop_containers(out: Emitter, lex: Lexicon) -> None:
    """「上游为基础硬件与材料，包括CPU、GPU…」: the broad heading is not itself a member when its kinds are listed."""
    names = {(endpoint_name(f.object), endpoint_name(f.subject)) for f in out.facts}
    broad = {(seg, anc) for seg, cat in names for anc in lex.category_ancestors(cat)}
    out.facts[:] = [f for f in out.facts if (endpoint_name(f.object), endpoint_name(f.subject)) not in broad]


@rule("segments.belongs", P.PART_OF_SEGMENT, confidence=0.8)
def segment_membership(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「A、B 属于/处于/同属 (算力产业链)上游」."""
    for m in re.finditer(r"(属于|处于|同属|位于|位居|是)[^，。；]{0,12}?(上游|中游|下游)", ctx.text):
        a, _ = ctx.clause_of(m.start())
        for cat in categories(ctx, a, m.start()):
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.SEGMENT, _SEGMENTS[m.group(2)]))
    # 「上游芯片与存储的供应」: a segment word directly qualifying categories
    for m in re.finditer(r"(上游|中游|下游)(的)?", ctx.text):
        cats = categories(ctx, m.end(), m.end() + 14)
        if cats and cats[0].start == m.end():
            chain = [cats[0]]
            for c in cats[1:]:
                if re.fullmatch(r"(、|与|和|及|以及)", ctx.text[chain[-1].end : c.start]):
                    chain.append(c)
            for cat in chain:
                out.add((T.PRODUCT_CATEGORY, cat.name), (T.SEGMENT, _SEGMENTS[m.group(1)]), detail="qualifier")
