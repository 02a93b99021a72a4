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

from ..lexicon import Lexicon
from ..mentions import Mention
from ..words import LEGAL_SUFFIX
from .country import country_from_context, place_country
from .evidence import short_name

T = EntityType
# Regions and category words inside a longer name (上海兆芯, 四川长虹, 凌泉液冷, …(杭州)有限公司) do not block
# discovery; the longer company mention wins when overlaps are resolved.
_SOFT = (T.REGION, T.PRODUCT_CATEGORY, T.METRIC, T.SEGMENT)


@dataclass
class Discovery:
    view: str
    known: list[Mention]
    lex: Lexicon
    found: list[Mention] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

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

    def add_mention(self, m: Mention) -> None:
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
        country, foreign, via_peers = self._country(start, raw, context, peers)
        if via_peers:
            conf = min(conf, 0.7)
        self.add_mention(Mention(start, end, view[start:end], T.COMPANY, name, "discovered", country, foreign,
                                 parent, conf, aliases))

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
