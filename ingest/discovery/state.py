"""What company discovery works on: the document view, the mentions known so far, and the names found.

Discoverers are registered by name (``@discoverer("lists")``) and run in :data:`ORDER`; each reads the
view and adds names through :meth:`Discovery.add`, which also reads the name's country from its context.
A discoverer that raises is counted (``Discovery.errors``) and reported, never swallowed silently.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from computekg.ontology import EntityType

from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from ..words import LEGAL_SUFFIX
from .categories import looks_like_product
from .country import country_from_context, place_country
from .evidence import is_novel, not_an_organisation, short_name

T = EntityType
# Regions and category words inside a longer name (上海兆芯, 四川长虹, 凌泉液冷, …(杭州)有限公司) do not block
# discovery; the longer company mention wins when overlaps are resolved.
_SOFT = (T.REGION, T.PRODUCT_CATEGORY, T.METRIC, T.SEGMENT)
_NOT_COMPANY = (T.PRODUCT_CATEGORY, T.REGION, T.PRODUCT_MODEL, T.POLICY, T.SEGMENT, T.INDUSTRY)
# list markers, company cues and verbs that may sit in front of a name
_LEADING_JUNK = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[-•·*])?(?:(?:国内|国外|海外|国产|本土|外资)?"
    + CUES.alt("company_cue") + r"|支持|推动|鼓励|引导|携手|联合|对接|以及|并且|而且|则有|则|有|与|和|及|其中|另外|此外|包括|如|由|被)+"
)
_INNER_JUNK = re.compile(r"(?:则有|还有|则是|主要有|包括|以及|完成对|下属单位|下属企业|旗下的|携手|对接|投资了|收购了|入股)")
_FUNCTION_BIGRAMS = {"作为", "成为", "以及", "以来", "已经", "正在", "将会", "同时", "目前", "则是", "也是", "还是",
                     "均为", "均是", "并且", "而且", "及其", "等于", "对于", "关于", "由于", "通过", "经过"}
_SUFFIX_END = re.compile(r"(科技|电子|股份|集团|半导体|微电子|光电|通信|智能|网络|数据|存储|材料|能源|软件|信息|技术|控股|电气|精密)$")


@dataclass
class Discovery:
    view: str
    known: list[Mention]
    lex: Lexicon
    found: list[Mention] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    current: str = ""  # the discoverer running now (recorded on what it finds)

    def __post_init__(self) -> None:
        self.known = sorted(self.known, key=lambda k: k.start)
        self.known_starts = [k.start for k in self.known]
        self.occupied = bytearray(len(self.view) + 1)
        for m in self.known:
            if m.type not in _SOFT:
                self.occupied[m.start : m.end] = b"\x01" * (m.end - m.start)

    def free(self, a: int, b: int) -> bool:
        return not any(self.occupied[a:b])

    def take(self, a: int, b: int) -> None:
        self.occupied[a:b] = b"\x01" * (b - a)

    def known_between(self, a: int, b: int) -> list[Mention]:
        return self.known[bisect_left(self.known_starts, a) : bisect_left(self.known_starts, b)]

    def found_between(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.found if a <= m.start < b]

    def add_mention(self, m: Mention) -> None:
        if m.source == "discovered" and not m.via:
            m.via = self.current
        self.found.append(m)
        self.take(m.start, m.end)

    def add(self, start: int, end: int, raw: str, context: str, conf: float, parent: str | None = None,
            peers: set[str] | None = None, source_rule: str = "") -> None:
        """A company name at [start, end): a known company under another surface, or a discovered one."""
        view, lex = self.view, self.lex
        name, aliases = raw, []
        if LEGAL_SUFFIX.search(raw):
            name, aliases = short_name(raw, lex), [raw]
        cand = lex.first_of(name, T.COMPANY) or lex.first_of(raw, T.COMPANY)
        for n in (4, 3, 2):  # a region prefix on a known company: 上海兆芯
            if cand is None and len(raw) - n >= 2 and lex.first_of(raw[:n], T.REGION):
                cand = lex.first_of(raw[n:], T.COMPANY)
        if cand:
            self.add_mention(Mention(start, end, view[start:end], T.COMPANY, cand.name, "lexicon", confidence=0.95))
            return
        start, end, raw, name = self._trim(start, end, raw, name)
        if not name or not self.free(start, end) or not self.acceptable(name, conf):
            return
        country, foreign, via_peers = self._country(start, raw, context, peers)
        if via_peers:
            conf = min(conf, 0.7)
        self.add_mention(Mention(start, end, view[start:end], T.COMPANY, name, "discovered", country, foreign,
                                 parent, conf, aliases))

    def acceptable(self, name: str, conf: float) -> bool:
        """Evidence that a name is an organisation: never a listed non-name, a category or a product phrase;
        a name found by a weak cue (list neighbour, row, verb subject: confidence < 0.8) must also read as made up."""
        if not_an_organisation(name) or self.lex.first_of(name, *_NOT_COMPANY) or looks_like_product(name):
            return False
        if not LEGAL_SUFFIX.search(name) and any(self.lex.first_of(name[:n], T.PRODUCT_CATEGORY) for n in (4, 3, 2)):
            return False  # 「液冷散热」, 「加速卡位」: a name does not open with a product word
        return conf >= 0.8 or LEGAL_SUFFIX.search(name) is not None or is_novel(name)

    def _trim(self, start: int, end: int, raw: str, name: str) -> tuple[int, int, str, str]:
        """Drop words that precede or follow a name without belonging to it: a company cue or verb in front
        (「国产厂商氟瑞新材」, 「支持天衡算力」, 「液冷散热则有奇鋐」), half a word at the end (「云岫数科作」为)."""
        if raw != name or LEGAL_SUFFIX.search(raw):  # a legal name keeps its full form, without a clause in front
            inner = list(_INNER_JUNK.finditer(raw))
            if inner and len(raw) - inner[-1].end() >= 4:
                start += inner[-1].end()
                raw = raw[inner[-1].end() :]
                name = short_name(raw, self.lex) if LEGAL_SUFFIX.search(raw) else raw
            return start, end, raw, name
        lead = _LEADING_JUNK.match(raw)
        if lead and len(raw) - lead.end() >= 2:
            start += lead.end()
            raw = name = raw[lead.end() :]
        inner = list(_INNER_JUNK.finditer(raw))
        if inner and len(raw) - inner[-1].end() >= 2:
            start += inner[-1].end()
            raw = name = raw[inner[-1].end() :]
        if end - start > 2 and self.view[end - 1 : end + 1] in _FUNCTION_BIGRAMS:
            end -= 1  # 「云岫数科作为」: the last character begins the next word
            raw = name = self.view[start:end]
        return start, end, raw, name

    def _country(self, start: int, raw: str, context: str,
                 peers: set[str] | None) -> tuple[str | None, bool | None, bool]:
        """Only what the text says: a cue (国内/美国/台湾 …), a Chinese place leading the name (四川长虹), a list
        whose known members all share one country, or a place named right before the name."""
        country, foreign = country_from_context(context, raw)
        if country is not None or foreign is not None:
            return country, foreign, False
        lex = self.lex
        lead = next((raw[:n] for n in (3, 2) if len(raw) - n >= 2 and lex.first_of(raw[:n], T.REGION)), None)
        region = lex.entity(T.REGION, lex.first_of(lead, T.REGION).name) if lead else None
        if region is not None and (region.country or "CN") in ("CN", "TW", "HK", "MO"):
            return region.country or "CN", None, False
        if peers and len(peers) == 1:
            return next(iter(peers)), None, True
        before = re.split(r"[。！？；!?\n]", self.view[max(0, start - 24) : start])[-1]
        return place_country(before, lex), None, False


Discoverer = Callable[[Discovery], None]
DISCOVERERS: dict[str, Discoverer] = {}


def discoverer(name: str):
    """Register a discoverer under ``name``; :data:`ORDER` in ``discovery/__init__`` says when it runs."""

    def register(func: Discoverer) -> Discoverer:
        if name in DISCOVERERS:
            raise ValueError(f"discoverer {name!r} registered twice")
        DISCOVERERS[name] = func
        return func

    return register
