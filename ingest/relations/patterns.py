"""Sentence shapes as data: regular expressions over a sentence whose mentions are replaced by symbols.

A sentence such as 「国内交换芯片厂商包括盛科通信、云脉芯联等」 is read as ``…{K}厂商包括{C}、{C}等`` (one
symbol per mention, every other character kept), so one pattern covers every company and category name:

    - name: role_then_list
      pattern: "(?P<obj>{K})(?:的)?{role_modifier}*{role}(?:主要)?{list_intro}(?P<subj>{CS})"

Macros: ``{C}`` company (or group), ``{K}`` category, ``{M}`` model, ``{R}`` region, ``{F}`` facility,
``{P}`` policy, ``{O}`` organisation, ``{V}`` a percentage, ``{N}`` another number; ``{CS}`` / ``{KS}`` /
``{RS}`` a list of them (、/和/与/及/以及/, and …); ``{SEP}`` a list separator; ``{ETC}`` 等; and every cue
list of ``data/cues.yaml`` by its name (``{supply_verb}``, ``{role}`` …). Named groups say what the
fact joins: ``subj`` and ``obj`` (every entity of the right type inside the group), ``trigger`` (the
cue, for the shared filters). ``pairing: zip`` joins the n-th subject with the n-th object
(「分别」); ``object: topic`` takes the object from the document's current topic.

Each family keeps its patterns in ``patterns/<family>.yaml`` and registers them as one rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from .common import GENERIC_CATEGORIES, specific
from .registry import Emitter, rule

T = EntityType

SYMBOL = {
    T.COMPANY: "\ue000", T.COMPANY_GROUP: "\ue000", T.PRODUCT_CATEGORY: "\ue001", T.PRODUCT_MODEL: "\ue002",
    T.REGION: "\ue003", T.FACILITY: "\ue004", T.POLICY: "\ue005", T.ORGANIZATION: "\ue006",
    T.SEGMENT: "\ue007", T.INDUSTRY: "\ue008",
}
PERCENT, NUMBER = "\ue010", "\ue011"
_SEP = r"(?:\s*(?:、|,|/|和|与|及|以及|及其|跟|或者|或|(?:, )?and by|and|, and|or|&)\s*)"
_MACROS = {
    "C": SYMBOL[T.COMPANY], "K": SYMBOL[T.PRODUCT_CATEGORY], "M": SYMBOL[T.PRODUCT_MODEL],
    "R": SYMBOL[T.REGION], "F": SYMBOL[T.FACILITY], "P": SYMBOL[T.POLICY], "O": SYMBOL[T.ORGANIZATION],
    "S": SYMBOL[T.SEGMENT], "V": PERCENT, "N": NUMBER, "SEP": _SEP, "ETC": r"(?:等等|等)?",
}
_TAIL = {"K": "(?:颗粒|产品|器件|组件|设备|系统|模组|材料|晶圆)?"}  # 「NAND闪存颗粒和存储控制器」
for _name, _sym in (("CS", "C"), ("KS", "K"), ("RS", "R"), ("MS", "M"), ("FS", "F")):
    _count = f"(?:{NUMBER}|\\d+[颗个片块根台套])?" if _sym == "K" else ""  # 「1颗RCD芯片、1颗PMIC」
    _item = f"{_count}{_MACROS[_sym]}{_TAIL.get(_sym, '')}(?: ?[（(][^）)，。；]{{1,30}}[）)])?"  # may carry 「（英文名 / 母公司）」
    _MACROS[_name] = f"{_item}(?:{_SEP}{_item})*"
# companies each introduced by its country: 「美国的MKS和Advanced Energy」, 「瑞典的Edwards和日本荏原」
_OWNER = f"(?:{_MACROS['R']}(?:的)?(?=\\s*{_MACROS['C']}))?"
_MACROS["CSR"] = f"{_OWNER}{_MACROS['C']}(?:[（(][^）)，。；]{{1,30}}[）)])?(?:{_SEP}{_OWNER}{_MACROS['C']}(?:[（(][^）)，。；]{{1,30}}[）)])?)*"
_MACRO = re.compile(r"\{([A-Za-z_]+)\}")


def expand(pattern: str) -> str:
    """Replace ``{macro}`` by its regular expression (symbols, lists, cue lists)."""

    def sub(m: re.Match) -> str:
        key = m.group(1)
        if key in _MACROS:
            return _MACROS[key]
        return CUES.alt(key)  # a cue list of data/cues.yaml (KeyError names it if missing)

    return _MACRO.sub(sub, pattern)


@dataclass
class Shape:
    """A sentence with its mentions and numbers replaced by symbols; ``at[i]`` is what symbol i stands for."""

    text: str
    at: dict[int, Mention]
    origin: list[int]  # shape offset → sentence offset


def shape_of(ctx: SentenceContext) -> Shape:
    """The sentence with mentions and measured values replaced by one symbol each (cached per sentence)."""
    key = ("shape", len(ctx.mentions), len(ctx.values))  # rules may add mentions: then the shape is redone
    if key not in ctx.memo:
        ctx.memo[key] = _shape_of(ctx)
    return ctx.memo[key]  # type: ignore[return-value]


def _shape_of(ctx: SentenceContext) -> Shape:
    items: list[tuple[int, int, str, Mention | None]] = []
    for m in ctx.mentions:
        sym = SYMBOL.get(m.type)
        if sym:
            items.append((m.start, m.end, sym, m))
    taken = [(a, b) for a, b, _, _ in items]
    for v in ctx.values:  # numbers without a unit (list numbers, years) stay text
        if v.unit is not None and not any(a < v.end and v.start < b for a, b in taken):
            items.append((v.start, v.end, PERCENT if v.unit == "%" else NUMBER, None))
    items.sort(key=lambda x: x[0])
    text, origin, at = [], [], {}
    pos = 0
    src = ctx.text
    for a, b, sym, m in items:
        if a < pos:
            continue
        for i in range(pos, a):
            text.append(src[i])
            origin.append(i)
        if m is not None:
            at[len(text)] = m
        text.append(sym)
        origin.append(a)
        pos = b
    for i in range(pos, len(src)):
        text.append(src[i])
        origin.append(i)
    origin.append(len(src))
    return Shape("".join(text), at, origin)


@dataclass(frozen=True)
class Pattern:
    name: str
    predicate: Predicate
    regex: re.Pattern[str]
    pairing: str = "product"  # product | zip
    subject_from: str = "group"  # group | pronoun (the paragraph's company)
    object_from: str = "group"  # group | topic | before_or_topic | const
    object_const: str | None = None  # the category named by ``object: const`` patterns
    requires: re.Pattern[str] | None = None  # the sentence must also contain this (a market or share cue)
    subject_types: tuple[EntityType, ...] = (T.COMPANY, T.COMPANY_GROUP)
    object_types: tuple[EntityType, ...] = (T.PRODUCT_CATEGORY,)


_TYPES = {"company": (T.COMPANY, T.COMPANY_GROUP), "category": (T.PRODUCT_CATEGORY,),
          "category_or_model": (T.PRODUCT_CATEGORY, T.PRODUCT_MODEL), "region": (T.REGION,),
          "facility": (T.FACILITY,), "policy": (T.POLICY,), "model": (T.PRODUCT_MODEL,),
          "company_or_facility": (T.COMPANY, T.COMPANY_GROUP, T.FACILITY),
          "company_or_category_or_model": (T.COMPANY, T.COMPANY_GROUP, T.PRODUCT_CATEGORY, T.PRODUCT_MODEL)}
_KEYS = {"name", "pattern", "predicate", "pairing", "subject", "object", "object_name", "subject_type",
         "object_type", "ignore_case", "example", "requires"}


@cache
def load_patterns(family: str) -> tuple[Pattern, ...]:
    """The patterns of ``patterns/<family>.yaml``; a bad entry fails at start-up, naming itself."""
    text = resources.files("computekg.ingest.relations").joinpath(f"patterns/{family}.yaml").read_text("utf-8")
    out = []
    for entry in yaml.safe_load(text):
        where = f"patterns/{family}.yaml: {entry.get('name')}"
        unknown = set(entry) - _KEYS
        try:
            if unknown:
                raise KeyError(f"unknown keys {sorted(unknown)}")
            regex = re.compile(expand(entry["pattern"]), re.I if entry.get("ignore_case") else 0)
            pat = Pattern(
                entry["name"], Predicate(entry.get("predicate", "SUPPLIES")), regex,
                pairing=entry.get("pairing", "product"), subject_from=entry.get("subject", "group"),
                object_from=entry.get("object", "group"), object_const=entry.get("object_name"),
                requires=re.compile(expand(entry["requires"]), re.I) if entry.get("requires") else None,
                subject_types=_TYPES[entry.get("subject_type", "company")],
                object_types=_TYPES[entry.get("object_type", "category")],
            )
        except (re.error, KeyError, ValueError) as exc:
            raise ValueError(f"{where}: {exc}") from None
        out.append(pat)
    return tuple(out)


def _members(shape: Shape, span: tuple[int, int], types: tuple[EntityType, ...]) -> list[Mention]:
    out = []
    for i in range(*span):
        m = shape.at.get(i)
        if m is not None and m.type in types:
            # a parenthesised parent or English name of the item before is not an item of its own
            if out and shape.text[i - 1 : i] in "（(" and shape.origin[i] - out[-1].end <= 1:
                continue
            out.append(m)
    return out


def run_patterns(family: str, ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    shape = shape_of(ctx)
    for pat in load_patterns(family):
        if pat.requires is not None and not pat.requires.search(ctx.text):
            continue
        for m in pat.regex.finditer(shape.text):
            _emit(pat, m, shape, ctx, lex, out)


def _subjects(pat: Pattern, m: re.Match, shape: Shape, ctx: SentenceContext) -> tuple[list, bool]:
    if pat.subject_from == "pronoun":  # 「其/该公司/公司 …」: the company the paragraph is about (a filing's 公司: its issuer)
        word = re.search(r"该公司|本公司|该企业|发行人|本集团|公司|其", shape.text[m.start() : m.end()])
        w = word.group() if word else ""
        earlier = [x for i, x in sorted(shape.at.items()) if i < m.start() and x.type in (T.COMPANY, T.COMPANY_GROUP)]
        if w in ("该公司", "该企业", "其") and earlier:
            who = earlier[-1]  # 「冰澜热控主要生产冷板，该公司…」: the company named just before
        elif w in ("发行人", "本集团") and ctx.doc.self_company is None:
            who = None  # a prospectus's issuer not identified: no guess
        else:
            who = ctx.doc.company_referent(w) if w else ctx.doc.paragraph_company or ctx.doc.last_company
        return ([who] if who is not None else []), True
    return _members(shape, m.span("subj"), pat.subject_types) if m.group("subj") is not None else [], False


def _objects(pat: Pattern, m: re.Match, shape: Shape, ctx: SentenceContext, lex: Lexicon) -> tuple[list, bool]:
    if pat.object_from == "const":
        return [(T.PRODUCT_CATEGORY, pat.object_const)], False
    if pat.object_from == "nearest":  # the category closest to the match: before it in its clause, else after
        cats = [(i, x) for i, x in sorted(shape.at.items()) if x.type in pat.object_types]
        end = m.end("val") if "val" in m.re.groupindex and m.group("val") is not None else m.end()
        before = [x for i, x in cats if i < m.start()]
        after = [x for i, x in cats if i >= end]
        a, _ = ctx.clause_of(shape.origin[m.start()])
        near = [x for x in before if x.start >= a][-1:] or after[:1] or before[-1:]
        if near:
            return near, False
    if pat.object_from in ("topic", "before_or_topic", "nearest"):
        if pat.object_from == "before_or_topic":  # the last category named before the match, in the sentence
            before = [x for i, x in sorted(shape.at.items()) if i < m.start() and x.type in pat.object_types]
            if before:
                return before[-1:], False
        topic = ctx.doc.topic(ctx.sentence)
        return ([topic] if topic is not None and topic.type in pat.object_types else []), True
    if m.group("obj") is None:
        return [], False
    # an umbrella category (「设备」 → Hardware) names no product anyone supplies or depends on
    return [x for x in _members(shape, m.span("obj"), pat.object_types) if x.name not in GENERIC_CATEGORIES], False


def _values(m: re.Match, shape: Shape, ctx: SentenceContext) -> list:
    if "val" not in m.re.groupindex or m.group("val") is None:
        return []
    a, b = shape.origin[m.start("val")], shape.origin[m.end("val")]
    return [v for v in ctx.values if a <= v.start < b and v.unit == "%"]


def _emit(pat: Pattern, m: re.Match, shape: Shape, ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    subjects, subject_inferred = _subjects(pat, m, shape, ctx)
    objects, object_inferred = _objects(pat, m, shape, ctx, lex)
    trigger = None
    if "trigger" in m.re.groupindex and m.group("trigger") is not None:
        trigger = (shape.origin[m.start("trigger")], shape.origin[m.end("trigger")])
    if not subjects or not objects:
        return
    values = _values(m, shape, ctx)
    if values:  # shares: the n-th value belongs to the n-th subject
        if len(values) < len(subjects) or len(objects) != 1:
            return
        years = {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年|\b((?:19|20)\d{2})\b", ctx.text) for y in y if y}
        for s, v in zip(subjects, values, strict=False):
            year = ctx.year_before(v.start) or (next(iter(years)) if len(years) == 1 else None)
            out.add(s, _object(ctx, objects[0], lex), predicate=pat.predicate, detail=pat.name,
                    inferred=subject_inferred or object_inferred, trigger=(v.start, v.end), value=v.value, unit="%",
                    year=year, qualifier=v.qualifier)
        return
    if pat.pairing == "zip":
        if len(subjects) != len(objects):
            return
        pairs = list(zip(subjects, objects, strict=True))
    else:
        pairs = [(s, o) for s in subjects for o in objects]
    for s, o in pairs:
        out.add(s, _object(ctx, o, lex), predicate=pat.predicate, detail=pat.name,
                inferred=subject_inferred or object_inferred, trigger=trigger)


def _object(ctx: SentenceContext, o, lex: Lexicon):
    """A category read as the more specific one the sentence before named (芯片 after a sentence on GPUs)."""
    if isinstance(o, Mention) and o.type == T.PRODUCT_CATEGORY:
        obj = specific(ctx, o, lex)
        return o if obj[1] == o.name else obj
    return o


def pattern_rule(family: str, *predicates: Predicate, confidence: float, needs: tuple[str, ...] = ()):
    """Register the patterns of ``patterns/<family>.yaml`` as the rule ``<family>.patterns``."""

    def run(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
        run_patterns(family, ctx, lex, out)

    run.__module__ = f"{__name__.rsplit('.', 1)[0]}.{family}"
    run.__doc__ = f"The sentence shapes of patterns/{family}.yaml."
    return rule(f"{family}.patterns", *predicates, confidence=confidence, needs=needs)(run)
