"""The recognizer's vocabulary: every reference entity's surface forms, fed to a spaCy EntityRuler.

spaCy's ``blank("zh")`` (character segmentation) is the document container; the EntityRuler
matches the ontology's names and aliases on it. Surface forms are normalized exactly like the
reader's view (Simplified, half-width, no spaces between CJK), so matching is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from computekg.ontology import Entity, EntityType

_ASCII_WORD = re.compile(r"[A-Za-z0-9]")

# When one surface names several entities, prefer this order (context may override, see mentions).
TYPE_PRIORITY = [
    EntityType.PRODUCT_MODEL,
    EntityType.COMPANY,
    EntityType.PRODUCT_CATEGORY,
    EntityType.POLICY,
    EntityType.FACILITY,
    EntityType.REGION,
    EntityType.ORGANIZATION,
    EntityType.COMPANY_GROUP,
    EntityType.SEGMENT,
    EntityType.METRIC,
    EntityType.INDUSTRY,
]


def normalize_surface(text: str) -> str:
    """Normalize a name the way the reader normalizes text.

    >>> normalize_surface("SK 海力士")
    'SK海力士'
    >>> normalize_surface("Google  Cloud")
    'Google Cloud'
    """
    from .reader import fold_whitespace, to_simplified

    chars = to_simplified(list(text.strip()))
    view, _ = fold_whitespace(chars, list(range(len(chars))))
    return view.replace("\n", "")


@dataclass(frozen=True)
class Candidate:
    type: EntityType
    name: str


@dataclass(eq=False)  # hashed by identity: per-lexicon caches key on it
class Lexicon:
    entities: dict[str, Entity]  # id → entity
    surfaces: dict[str, list[Candidate]]  # normalized surface → candidates (priority order)
    metric_names: dict[str, str] = field(default_factory=dict)  # metric alias → canonical metric name

    def metric(self, name: str) -> str:
        """Canonical name of a measure read from text (在用算力总规模 → 算力规模), else the name itself."""
        key = normalize_surface(name)
        for variant in (key, re.sub(r"^(计算设备|在用|全部|整体)", "", key)):
            if variant in self.metric_names:
                return self.metric_names[variant]
        return name

    def lookup(self, surface: str) -> list[Candidate]:
        return self.surfaces.get(normalize_surface(surface), [])

    def entity(self, type_: str, name: str) -> Entity | None:
        return self.entities.get(f"{type_}:{name}")

    def category_ancestors(self, name: str) -> set[str]:
        """The taxonomy parents of a product category up to its root (GPU → Chip, Hardware); empty if unknown."""
        out: set[str] = set()
        ent = self.entity(EntityType.PRODUCT_CATEGORY, name)
        while ent is not None and ent.parent and ent.parent not in out:
            out.add(ent.parent)
            ent = self.entity(EntityType.PRODUCT_CATEGORY, ent.parent)
        return out

    def first_of(self, surface: str, *types: EntityType) -> Candidate | None:
        for cand in self.lookup(surface):
            if not types or cand.type in types:
                return cand
        return None


@cache
def _taiwan():
    import opencc

    return opencc.OpenCC("s2twp"), opencc.OpenCC("t2s")


def taiwan_variant(surface: str) -> str:
    """The same name in Taiwan vocabulary, written in Simplified characters (the reader's view):
    服务器 → 伺服器, 芯片 → 晶片, 内存 → 记忆体, 光模块 → 光模组.

    >>> taiwan_variant("AI芯片"), taiwan_variant("服务器内存")
    ('AI晶片', '伺服器记忆体')
    """
    to_tw, to_s = _taiwan()
    out = to_s.convert(to_tw.convert(surface))
    for mainland, taiwan in _TW_TERMS:  # trade terms OpenCC's phrase table leaves alone
        out = out.replace(mainland, taiwan)
    return out


# Taiwan's words for network gear (「交換器」, 「網路卡」), written in Simplified characters.
_TW_TERMS = (("交换机", "交换器"), ("交换芯片", "交换器晶片"), ("网卡", "网路卡"), ("网络", "网路"))


def _english_variants(s: str) -> set[str]:
    """Case and number variants of an English name ("optical module" → "optical modules", "Optical Module")."""
    out = {s.upper(), s.title()} if len(s) > 3 else {s.upper()}
    if len(s) > 4 and s[-1].isalpha() and s.lower() == s:
        out.add(s[:-1] if s.endswith("s") and not s.endswith("ss") else s + "s")
    if " " in s and s.lower() == s:  # "accelerated server" is also written "accelerated-server"
        out |= {v.replace(" ", "-") for v in (*out, s) if v.lower() == v}
    return out


def _variants(surface: str) -> set[str]:
    s = normalize_surface(surface)
    out = {s}
    if _ASCII_WORD.search(s) and s.isascii():
        out |= _english_variants(s)
    elif not s.isascii():
        out.add(taiwan_variant(s))
    return {v for v in out if len(v) >= 2 or not v.isascii()}


def build_lexicon(entities: list[Entity]) -> Lexicon:
    surfaces: dict[str, list[Candidate]] = {}
    by_id: dict[str, Entity] = {}
    rank = {t: i for i, t in enumerate(TYPE_PRIORITY)}
    metric_names: dict[str, str] = {}
    for ent in entities:
        if ent.type == EntityType.METRIC:
            # metric names are read from the words before a value, not matched as entities; the lexicon
            # only maps the variants onto one canonical measure
            for raw in {ent.name, *(ent.aliases or [])}:
                metric_names.setdefault(normalize_surface(raw), ent.name)
            continue
        if ent.type == EntityType.DOCUMENT:
            continue
        by_id[ent.id] = ent
        names = {ent.name, *(ent.aliases or [])}
        if ent.name_zh:
            names.add(ent.name_zh)
        if ent.name_en:
            names.add(ent.name_en)
        for raw in names:
            if not raw or len(raw.strip()) < 2 and raw.isascii():
                continue
            for v in _variants(raw):
                cands = surfaces.setdefault(v, [])
                c = Candidate(ent.type, ent.name)
                if c not in cands:
                    cands.append(c)
    for cands in surfaces.values():
        cands.sort(key=lambda c: rank.get(c.type, 99))
    return Lexicon(by_id, surfaces, metric_names)


@cache
def default_lexicon() -> Lexicon:
    from computekg.ontology.places import admin_division_entities
    from computekg.ontology.reference import reference_entities

    return build_lexicon([*reference_entities(), *admin_division_entities()])


@cache
def nlp_with_ruler():
    """spaCy blank Chinese pipeline (character segmentation) with the ontology EntityRuler."""
    import spacy

    lex = default_lexicon()
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns = []
    for surface, cands in lex.surfaces.items():
        if not surface.strip() or surface.isascii():
            continue  # ASCII names go to ascii_matcher: the character tokenizer ignores the spaces between words
        patterns.append({"label": cands[0].type.value, "pattern": surface, "id": surface})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    return nlp


def _trie_regex(words: list[str]) -> str:
    """One regular expression for many literal words, shaped as a trie (fast on long texts).

    >>> re.fullmatch(_trie_regex(["GPU", "GPUs", "CPU"]), "GPUs") is not None
    True
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


@cache
def ascii_matcher() -> re.Pattern[str]:
    """Every ASCII name of the lexicon, matched on word boundaries (a plural "s" may follow)."""
    words = [s for s in default_lexicon().surfaces if s.isascii() and s.strip()]
    return re.compile(r"(?<![A-Za-z0-9])(" + _trie_regex(words) + r")(?=s?(?![A-Za-z0-9]))")
