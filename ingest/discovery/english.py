"""English company names: "makers such as A, B and C", "Hangzhou-based X", "start-up X", "X Technologies",
"X, a Chinese GPU designer", "X, which makes …", "X is a supplier of …".
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from ..mentions import Mention
from .country import EN_CN_PLACES, EN_FOREIGN
from .state import Discovery, discoverer

T = EntityType

_EN_WORD = r"[A-Z][A-Za-z0-9&]+(?:-[A-Za-z0-9]+)?(?<!-based)"


_EN_COMPANY = re.compile(
    rf"\b((?:{_EN_WORD} ){{0,3}}{_EN_WORD}) "
    r"(Inc\.?|Corp\.?|Corporation|Technologies|Technology|Semiconductor|Semiconductors|Systems|Networks|"
    r"Microelectronics|Electronics|Labs|Ltd\.?|Co\.|Group|Computing|Photonics|Micro|Silicon|Devices|Tech|Semi|"
    r"Optics|Memory|Storage|Power|Energy|Cloud|Data|Intelligence)\b"
)


_EN_BASED = re.compile(r"\b([A-Z][a-z]+)-based ((?:[A-Z][A-Za-z0-9&]+ ?){1,3})")


_EN_CUE = re.compile(r"\b(?:start-up|startup|company|firm|maker|vendor|designer|supplier|provider|chipmaker) ((?:[A-Z][A-Za-z0-9&]+ ?){1,3})")


_EN_APPOSITIVE = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9&]+ ){0,2}[A-Z][A-Za-z0-9&]+)(?:, (?:a|an|the|another) [^,.;]{0,40}?"
    r"\b(?:start-up|startup|company|firm|maker|vendor|designer|supplier|provider|chipmaker|manufacturer|developer)\b"
    r"|, (?:which|that) (?:makes|supplies|produces|designs|develops|builds|sells|ships)\b"
    r"| (?:is|was) (?:a|an|one of the) [^,.;]{0,30}?\b(?:supplier|maker|vendor|designer|manufacturer|producer|provider)s? of\b)"
)


_EN_ITEM = r"(?:[A-Z][A-Za-z0-9&\-]+|[a-z]+[A-Z][A-Za-z0-9&\-]*)(?: [A-Z][A-Za-z0-9&\-]+)?"  # a capitalized name, or one like xFusion


_EN_LIST_ITEM = re.compile(_EN_ITEM)


_EN_SUCH_AS = re.compile(
    r"\b(?:makers?|vendors?|suppliers?|manufacturers?|designers?|producers?|providers?|foundries|companies|firms|players|"
    r"start-ups|startups) ?,? (?:such as|including|like|led by|notably|namely) "
    rf"((?:{_EN_ITEM}(?:, | and |, and )){{1,8}}{_EN_ITEM})"
)


# "Hanlin Precision (瀚林精密)": a writer glosses a Chinese company's English name with its Chinese one
_EN_GLOSSED = re.compile(r"\b((?:[A-Z][A-Za-z0-9&\-]+ ){0,3}[A-Z][A-Za-z0-9&\-]+) [(（]([\u4e00-\u9fff]{2,10})[)）]")


def _glossed_names(d: Discovery) -> None:
    """An English name with its Chinese name in brackets is a company unless either is a known place, body,
    category or model; both surfaces become one discovered company (named in Chinese, the English name an alias)."""
    other = (T.PRODUCT_CATEGORY, T.REGION, T.PRODUCT_MODEL, T.ORGANIZATION, T.POLICY)
    for m in _EN_GLOSSED.finditer(d.view):
        (s, e), (cs, ce) = m.span(1), m.span(2)
        en, zh = m.group(1), m.group(2)
        if en.split()[0] in ("The", "In", "On", "By", "For", "And", "Its") or len(en) < 3:
            continue
        if d.lex.first_of(en, *other) or d.lex.first_of(zh, *other) or not (d.free(s, e) and d.free(cs, ce)):
            continue
        known = d.lex.first_of(zh, T.COMPANY) or d.lex.first_of(en, T.COMPANY)
        name = known.name if known else zh  # discovered: the Chinese name, the English one an alias
        for a, b in ((s, e), (cs, ce)):
            d.add_mention(Mention(a, b, d.view[a:b], T.COMPANY, name, "lexicon" if known else "discovered",
                                  confidence=0.8, aliases=[] if known else [en]))


def _add_english(d: Discovery, s: int, e: int, raw: str, country: str | None, conf: float = 0.8) -> None:
    if d.lex.first_of(raw, T.PRODUCT_CATEGORY, T.REGION, T.PRODUCT_MODEL, T.ORGANIZATION):
        return  # "Hangzhou-based GPU start-up": the word after -based is what it makes
    cand = d.lex.first_of(raw, T.COMPANY)
    if cand:
        d.add_mention(Mention(s, e, raw, T.COMPANY, cand.name, "lexicon", confidence=0.95))
    else:
        d.add_mention(Mention(s, e, raw, T.COMPANY, raw, "discovered", country,
                              None if country is None else country != "CN", None, conf))


@discoverer("english_lists")
def discover_english_lists(d: Discovery) -> None:
    """"makers such as A, B and C": every capitalized item is a company."""
    for m in _EN_SUCH_AS.finditer(d.view):
        for it in _EN_LIST_ITEM.finditer(m.group(1)):
            s, e = m.start(1) + it.start(), m.start(1) + it.end()
            raw = it.group()
            if not d.free(s, e) or d.lex.first_of(raw, T.REGION) or d.lex.first_of(raw, T.PRODUCT_CATEGORY):
                continue
            near = d.view[max(0, m.start() - 40) : m.end()]
            country = "CN" if EN_CN_PLACES.search(near) or re.search(r"\b(domestic|local)\b", near, re.I) else None
            _add_english(d, s, e, raw, country)


def _english_span(rx: re.Pattern, m: re.Match) -> tuple[int, int, str, str]:
    """(start, end, name, place) of one English-shape match."""
    if rx is _EN_APPOSITIVE:
        return m.start(1), m.end(1), m.group(1), ""
    if rx is _EN_CUE:
        raw = m.group(1).strip()
        return m.start(1), m.start(1) + len(raw), raw, ""
    if rx is _EN_BASED:
        raw = m.group(2).strip()
        return m.start(2), m.start(2) + len(raw), raw, m.group(1)
    return m.start(), m.end(), m.group().strip(), ""


@discoverer("english_shapes")
def discover_english_shapes(d: Discovery) -> None:
    """"Hangzhou-based X", "start-up X", "X Technologies", "X, a … designer", "X, which makes …", "X (中文名)"."""
    _glossed_names(d)
    for rx in (_EN_BASED, _EN_CUE, _EN_COMPANY, _EN_APPOSITIVE):
        for m in rx.finditer(d.view):
            s, e, raw, place = _english_span(rx, m)
            if rx is _EN_APPOSITIVE and (d.lex.first_of(raw, T.REGION) or raw in ("The", "It", "This", "That", "In", "On", "By")):
                continue
            if not d.free(s, e) or len(raw) < 3:
                continue
            near = d.view[max(0, s - 30) : s] + " " + place + " " + d.view[e : e + 40]
            country = "CN" if EN_CN_PLACES.search(near) else next((c for erx, c in EN_FOREIGN if erx.search(near)), None)
            _add_english(d, s, e, raw, country)


_EN_NAME = r"[A-Z][A-Za-z0-9&\-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&\-]*[A-Za-z0-9]){0,2}"
_EN_SUBJECTS = re.compile(
    rf"(?:^|(?<=[.;:] )|(?<=\n))((?:{_EN_NAME}, )*{_EN_NAME}(?:,? (?:and|&) {_EN_NAME})?)"
    r",? (?:also |now |mainly |still |already |both |all )?(?:supply|supplies|make|makes|sell|sells|ship|ships|produce|produces|"
    r"design|designs|develop|develops|build|builds|manufacture|manufactures|provide|provides|offer|offers|"
    r"are (?:the|two|three|both|among|leading|major|key)|is (?:a|an|the|one) [^,.;]{0,40}(?:maker|supplier|vendor|designer|provider|manufacturer))\b"
)
_EN_NOT_NAMES = {"The", "This", "These", "That", "Those", "It", "Its", "China", "Chinese", "US", "U.S.", "American",
                 "Japan", "Japanese", "Korea", "Korean", "Taiwan", "Taiwanese", "Europe", "European", "Domestic", "Local",
                 "Most", "Many", "Some", "Both", "All", "Several", "Other", "Others", "We", "They", "Our", "In", "On", "By",
                 "Top", "Beijing", "Shanghai", "Shenzhen", "Washington", "Analysts", "Investors", "Customers"}


@discoverer("english_subjects")
def discover_english_subjects(d: Discovery) -> None:
    """"Torvane Interconnect and Lumaris make …", "Unimicron and Ibiden are the two largest makers …"."""
    for m in _EN_SUBJECTS.finditer(d.view):
        for it in re.finditer(_EN_NAME, m.group(1)):
            raw = it.group()
            s = m.start(1) + it.start()
            e = s + len(raw)
            if raw.split()[0] in _EN_NOT_NAMES or raw in ("And",) or not d.free(s, e):
                continue
            near = d.view[max(0, s - 30) : s] + " " + d.view[e : e + 60]
            country = "CN" if EN_CN_PLACES.search(near) else next((c for erx, c in EN_FOREIGN if erx.search(near)), None)
            _add_english(d, s, e, raw, country, 0.75)
