"""Recognition: every mention of a document, known to the ontology or discovered.

:func:`find_mentions` runs, in order: the lexicon (EntityRuler), named shapes (models, policy titles,
government bodies, facilities), company discovery (the discoverers of :data:`ORDER`, each registered by
name in its module), a discovered name's other occurrences, and product categories no list names
(:mod:`.categories`). Overlaps go to the longest, then most confident, mention.

Discovery cues (all generic, none tied to a particular document): list context (items of a 「A、B、C」
list next to a known company, or introduced / closed by a company cue), company cues and events
(「国内企业X」, 「X是一家…」, 「X获得…融资」), legal-name and company-suffix shapes (…有限公司, …科技), the
subjects of supply verbs, and English shapes (*Hangzhou-based X*, *X Technologies*, *makers such as …*).

>>> from computekg.ingest.reader import source_from_text
>>> ms = find_mentions(source_from_text("t.txt", "GPU国内代表厂商：海光信息、星曜微电子。"))
>>> [(m.text, m.type.value, m.source) for m in ms]
[('GPU', 'ProductCategory', 'lexicon'), ('国内', 'Region', 'lexicon'), ('海光信息', 'Company', 'lexicon'), ('星曜微电子', 'Company', 'discovered')]
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from computekg.ontology import EntityType

from ..lexicon import Lexicon, default_lexicon
from ..mentions import Mention, lexicon_mentions, resolve_overlaps
from ..reader import SourceText
from . import cued, english, lists, shaped  # noqa: F401 - importing a module registers its discoverers
from .categories import category_mentions
from .named import company_facilities, pattern_mentions
from .state import DISCOVERERS, Discovery

T = EntityType
_log = logging.getLogger("computekg.ingest")

ORDER = ["legal_names", "lists", "cue_name", "shaped", "is_a", "table_columns", "verb_subjects", "events",
         "english_lists", "english_shapes", "english_subjects", "row_items", "passive_agents", "listed_names"]
if sorted(ORDER) != sorted(DISCOVERERS):
    raise RuntimeError(f"discoverer order out of date: {sorted(set(DISCOVERERS) ^ set(ORDER))}")


def discover_companies(source: SourceText, known: list[Mention], lex: Lexicon) -> tuple[list[Mention], list[str]]:
    """Companies in no list; (mentions, "discoverer: error" of discoverers that raised)."""
    d = Discovery(source.view, known, lex)
    for name in ORDER:
        d.current = name
        try:
            DISCOVERERS[name](d)
        except Exception as exc:  # counted and reported with the rule failures, never swallowed
            d.errors.append(f"discovery.{name}: {type(exc).__name__}: {exc}")
    return d.found, d.errors


def find_mentions(source: SourceText, lex: Lexicon | None = None, errors: list[str] | None = None) -> list[Mention]:
    lex = lex or default_lexicon()
    lexical = lexicon_mentions(source, lex)
    patterns = pattern_mentions(source, lex)
    companies = [m for m in lexical if m.type in (T.COMPANY, T.COMPANY_GROUP)]
    # a discovered facility never swallows a known company
    patterns = [p for p in patterns if p.type != T.FACILITY or all(p.end <= c.start or p.start >= c.end for c in companies)]
    base = resolve_overlaps(lexical + patterns)
    discovered, failed = discover_companies(source, base, lex)
    if errors is not None:
        errors.extend(failed)
    named = resolve_overlaps(base + discovered + _repeat_mentions(source.view, discovered))
    named = resolve_overlaps(named + company_facilities(source.view, named))
    return contract_manufacturing(source.view, resolve_overlaps(named + category_mentions(source.view, named, lex)), lex)


_CHIP_WORDS = re.compile(r"(晶圆|制程|工艺|nm|纳米|流片|芯片|晶片|wafer|process node)", re.I)
_ASSEMBLY_WORDS = re.compile(r"(机柜|整机|组装|伺服器|服务器|server)", re.I)


def contract_manufacturing(view: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """「鸿海、广达与纬创为云厂商代工AI服务器」: contract manufacturing of servers is not wafer foundry — in a
    sentence about servers and not about chips, 代工 names the server category the sentence is about."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.type != T.PRODUCT_CATEGORY or m.name != "Foundry" or "代工" not in m.text:
            continue
        a = max(view.rfind(p, 0, m.start) for p in "。！？；\n") + 1
        b = min([j for j in (view.find(p, m.end) for p in "。！？；\n") if j >= 0] or [len(view)])
        sentence = view[a:b]
        servers = [x for x in out if a <= x.start < b and x.type == T.PRODUCT_CATEGORY and _is_server(x.name, lex)]
        if servers and _ASSEMBLY_WORDS.search(sentence) and not _CHIP_WORDS.search(sentence):
            near = min(servers, key=lambda x: abs(x.start - m.start))
            out[i] = replace(m, name=near.name, source="lexicon")
    return out


def _is_server(name: str, lex: Lexicon) -> bool:
    return name == "Server" or "Server" in lex.category_ancestors(name)


def _repeat_mentions(view: str, discovered: list[Mention]) -> list[Mention]:
    """A name discovered once is the same company wherever else it occurs in the document."""
    out: list[Mention] = []
    seen: set[str] = set()
    for d in discovered:
        if d.source != "discovered" or d.text in seen or len(d.text) < (3 if not d.text.isascii() else 4):
            continue
        seen.add(d.text)
        for m in re.finditer(re.escape(d.text), view):
            if m.start() != d.start:
                out.append(replace(d, start=m.start(), end=m.end(), confidence=d.confidence - 0.05))
    return out


__all__ = ["ORDER", "discover_companies", "find_mentions"]
