"""Pure scoring logic behind :meth:`ChainGraph.substitution_gaps` and :meth:`ChainGraph.chokepoints`.

No store access here: the functions take plain Python values so every number is easy to test
and to trace.

Gap score (all components in [0, 1])::

    foreign     = max(top foreign market share / 100,       (market evidence: either or both known)
                      1 - localization rate / 100)
                | (n_foreign + 0.5) / (n_domestic + n_foreign + 1)
                                                            (else: suppliers with a known country,
                                                             smoothed toward 0.5 so one name is weak)
                | 0.5                                       (else: nothing known, neutral prior)
    low_local   = 1 - localization rate / 100               (latest reported rate, targets ignored)
                | foreign                                   (else: the foreign estimate stands in)
    export      = 1.0  RESTRICTS on the category itself or on a model INSTANCE_OF it
                | 0.5  RESTRICTS only on a supertype (broader rule) or a subtype (or a subtype's model)
                | 0.0  none
    own_risk    = (0.35 foreign + 0.20 low_local + 0.25 export) / 0.80
    upstream    = max over categories d reachable by DEPENDS_ON at shortest distance k >= 1
                  of 0.8**k * own_risk(d)                  (0 when nothing upstream)
    gap_score   = 0.35 foreign + 0.20 low_local + 0.25 export + 0.20 upstream
                = 0.80 own_risk + 0.20 upstream

Chokepoint score::

    chokepoint_score = n_downstream * foreign

where ``n_downstream`` is the number of categories that transitively DEPENDS_ON the category or one
of its subtypes (losing a category loses its subtypes).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import networkx as nx

W_FOREIGN = 0.35
W_LOCAL = 0.20
W_EXPORT = 0.25
W_UPSTREAM = 0.20
DECAY = 0.8
UNKNOWN_PRIOR = 0.5
EXPORT_DIRECT = 1.0
EXPORT_RELATED = 0.5

WEIGHTS = {
    "foreign": W_FOREIGN,
    "low_localization": W_LOCAL,
    "export_control": W_EXPORT,
    "upstream_risk": W_UPSTREAM,
}


def _clamp(x: float) -> float:
    return max(0.0, min(1.0, float(x)))


@dataclass(frozen=True)
class ForeignEstimate:
    value: float
    source: str  # "share" | "suppliers" | "prior"


def foreign_dominance(
    foreign_share: float | None, n_domestic: int, n_foreign: int, localization_rate: float | None = None
) -> ForeignEstimate:
    """Foreign dominance in [0, 1].

    Market evidence first: the larger of the top foreign share and 1 - localization rate (both are
    estimates of how much of the market is foreign); else the foreign fraction of known suppliers,
    smoothed toward 0.5 (one pseudo-supplier split half/half); else 0.5.

    >>> foreign_dominance(90.0, 3, 1)
    ForeignEstimate(value=0.9, source='share')
    >>> foreign_dominance(60.0, 3, 1, localization_rate=10.0)
    ForeignEstimate(value=0.9, source='localization')
    >>> foreign_dominance(None, 2, 1)
    ForeignEstimate(value=0.375, source='suppliers')
    >>> foreign_dominance(None, 0, 0)
    ForeignEstimate(value=0.5, source='prior')
    """
    share = None if foreign_share is None else _clamp(foreign_share / 100.0)
    local = None if localization_rate is None else _clamp(1.0 - localization_rate / 100.0)
    if share is not None and (local is None or share >= local):
        return ForeignEstimate(share, "share")
    if local is not None:
        return ForeignEstimate(local, "localization")
    if n_domestic + n_foreign > 0:
        return ForeignEstimate(_clamp((n_foreign + 0.5) / (n_domestic + n_foreign + 1)), "suppliers")
    return ForeignEstimate(UNKNOWN_PRIOR, "prior")


def low_localization(rate: float | None, foreign: float) -> float:
    """``1 - rate/100`` when a localization rate is known, else the foreign-dominance estimate.

    >>> low_localization(20.0, 0.9)
    0.8
    >>> low_localization(None, 0.9)
    0.9
    """
    if rate is None:
        return _clamp(foreign)
    return _clamp(1.0 - rate / 100.0)


def own_risk(foreign: float, low_local: float, export: float) -> float:
    """Risk of a category from its own data (no propagation), normalised to [0, 1].

    >>> own_risk(1.0, 1.0, 1.0)
    1.0
    """
    return (W_FOREIGN * foreign + W_LOCAL * low_local + W_EXPORT * export) / (W_FOREIGN + W_LOCAL + W_EXPORT)


def gap_score(foreign: float, low_local: float, export: float, upstream: float) -> float:
    """Weighted gap score in [0, 1].

    >>> round(gap_score(1.0, 1.0, 1.0, 0.0), 4)
    0.8
    """
    return _clamp(W_FOREIGN * foreign + W_LOCAL * low_local + W_EXPORT * export + W_UPSTREAM * upstream)


def upstream_risk(
    depends: nx.DiGraph, risks: Mapping[str, float], node: str
) -> tuple[float, str | None, int | None]:
    """Max decayed own-risk over everything ``node`` transitively DEPENDS_ON.

    Returns (risk, source node, distance). Ties on risk are broken by shorter distance, then node id.
    ``depends`` has an edge a→b when a DEPENDS_ON b.
    """
    if node not in depends:
        return 0.0, None, None
    best: tuple[float, int, str] | None = None
    dist = nx.single_source_shortest_path_length(depends, node)
    for other, k in dist.items():
        if k == 0:
            continue
        r = (DECAY**k) * risks.get(other, 0.0)
        key = (-round(r, 9), k, other)
        if best is None or key < (-round(best[0], 9), best[1], best[2]):
            best = (r, k, other)
    if best is None:
        return 0.0, None, None
    return best[0], best[2], best[1]


def export_exposure(
    node: str,
    restricted: Iterable[str],
    ancestors: Mapping[str, set[str]],
    descendants: Mapping[str, set[str]],
) -> float:
    """1.0 if ``node`` itself is restricted, 0.5 if only a supertype or a subtype is, else 0.

    ``restricted`` are category ids hit by a RESTRICTS fact directly or through a model INSTANCE_OF them.
    A rule on a broader category (``Chip``, ``Hardware``) touches but need not cover every subtype, and
    a rule on a subtype covers only part of the category, hence the half weight for both.
    """
    restricted = set(restricted)
    if not restricted:
        return 0.0
    if node in restricted:
        return EXPORT_DIRECT
    if (ancestors.get(node, set()) | descendants.get(node, set())) & restricted:
        return EXPORT_RELATED
    return 0.0
