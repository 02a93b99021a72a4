"""Context steps: keep the document's running context (:class:`DocContext`) up to date around the rules.

``before_sentence`` reads headings and lead lines (the section's category); ``after_sentence`` records
what later sentences may refer back to (the last company, facility and place; the sentence itself).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from .context import SentenceContext
from .lexicon import Lexicon

T = EntityType
_HEADING = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[、.．)）]?\s*")


def before_sentence(ctx: SentenceContext, lex: Lexicon) -> None:
    """A short heading line naming one category sets the section topic (「2.服务器」)."""
    doc = ctx.doc
    if ctx.sentence.paragraph != doc.paragraph:
        doc.paragraph = ctx.sentence.paragraph
        doc.paragraph_company = None
    text = ctx.text
    if len(text) <= 16 and not re.search(r"[。！？；，]$", text) and "\t" not in text:
        cats = ctx.of_type(T.PRODUCT_CATEGORY)
        if _HEADING.match(text) or len(text) <= 8:
            doc.section_topic = cats[0] if len(cats) == 1 else None


def after_sentence(ctx: SentenceContext, lex: Lexicon) -> None:
    doc = ctx.doc
    companies = ctx.of_type(T.COMPANY, T.COMPANY_GROUP)
    if companies:
        doc.last_company = companies[-1]
        if doc.paragraph_company is None:
            doc.paragraph_company = companies[0]
        for c in companies:
            doc.company_counts[c.name] = doc.company_counts.get(c.name, 0) + 1
    facilities = ctx.of_type(T.FACILITY)
    if facilities:
        doc.last_facility = facilities[-1]
    places = [r for r in ctx.of_type(T.REGION) if (lex.entity(T.REGION, r.name) is None
              or lex.entity(T.REGION, r.name).attrs.get("subtype") not in ("country", "macro_region"))]
    if places:
        doc.last_place = places[-1]
    doc.prev = ctx
