"""Look-ups over the reference records: surface strings → entities, category ancestors and segments.

>>> ("Company", "NVIDIA") in alias_index()["英伟达"]
True
>>> category_ancestors("AIServer")
['Server', 'Hardware']
>>> segment_of("GPU")
'Upstream'
"""

from __future__ import annotations

import re
from collections import deque
from functools import cache

from .reference import _all_entities, _categories, _extra_subtypes

_SPACE = re.compile(r"\s+")


def compact(surface: str) -> str:
    """A surface string without any whitespace (``"AI 芯片"`` → ``"AI芯片"``)."""
    return _SPACE.sub("", surface)


@cache
def _alias_index() -> dict[str, tuple[tuple[str, str], ...]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for e in _all_entities():
        target = (e.type.value, e.name)
        for surface in (e.name, e.name_zh, e.name_en, *e.aliases):
            if not surface:
                continue
            for s in {surface.strip(), compact(surface)}:
                if s and target not in index.setdefault(s, []):
                    index[s].append(target)
    return {k: tuple(v) for k, v in index.items()}


def alias_index() -> dict[str, list[tuple[str, str]]]:
    """Every surface string (name, name_zh, name_en, aliases and their whitespace-free variants)
    mapped to the ``(type, canonical name)`` pairs it may denote. Case is kept as written.

    >>> alias_index()["AI芯片"]
    [('ProductCategory', 'AIChip')]
    """
    return {k: list(v) for k, v in _alias_index().items()}


def resolve(surface: str, type_: str | None = None) -> list[tuple[str, str]]:
    """Candidates for one surface string, optionally restricted to one entity type.

    >>> resolve("工信部")
    [('Organization', '工业和信息化部')]
    >>> resolve("AI 服务器", "ProductCategory")
    [('ProductCategory', 'AIServer')]
    """
    idx = _alias_index()
    hits = idx.get(surface.strip()) or idx.get(compact(surface)) or ()
    return [h for h in hits if type_ is None or h[0] == str(type_)]


@cache
def _subtype_parents() -> dict[str, tuple[str, ...]]:
    parents: dict[str, list[str]] = {name: [] for name in _categories()}
    for e in _categories().values():
        if e.parent:
            parents[e.name].append(e.parent)
    for child, parent, _ in _extra_subtypes():
        parents[child].append(parent)
    return {k: tuple(v) for k, v in parents.items()}


@cache
def _subtype_children() -> dict[str, tuple[str, ...]]:
    children: dict[str, list[str]] = {name: [] for name in _categories()}
    for child, parents in _subtype_parents().items():
        for p in parents:
            children[p].append(child)
    return {k: tuple(v) for k, v in children.items()}


def _walk(start: str, edges: dict[str, tuple[str, ...]]) -> list[str]:
    if start not in edges:
        raise KeyError(f"unknown product category {start!r}")
    seen: list[str] = []
    queue = deque(edges[start])
    while queue:  # breadth-first, so nearer categories come first
        n = queue.popleft()
        if n not in seen and n != start:
            seen.append(n)
            queue.extend(edges[n])
    return seen


def category_ancestors(name: str) -> list[str]:
    """All SUBTYPE_OF ancestors (taxonomy tree + subtypes.csv), nearest first.

    >>> category_ancestors("GPU")
    ['Chip', 'AIChip', 'Hardware']
    """
    return _walk(name, _subtype_parents())


def category_descendants(name: str) -> list[str]:
    """All SUBTYPE_OF descendants, nearest first.

    >>> category_descendants("OpticalChip")
    ['LaserChip', 'DetectorChip']
    """
    return _walk(name, _subtype_children())


def segment_of(category: str) -> str | None:
    """The industry-chain segment of a category (its own, else the nearest tree ancestor's).

    >>> segment_of("CloudService"), segment_of("Cooling")
    ('Midstream', 'SupportLayer')
    """
    cats = _categories()
    if category not in cats:
        raise KeyError(f"unknown product category {category!r}")
    node: str | None = category
    while node:
        seg = cats[node].attrs.get("segment")
        if seg:
            return seg
        node = cats[node].parent
    return None


def clear_caches() -> None:
    """Forget cached look-ups (called by :func:`.reference.clear_caches`)."""
    for fn in (_alias_index, _subtype_parents, _subtype_children):
        fn.cache_clear()
