"""Cue words as data: ``data/cues.yaml`` read once, served as regular-expression alternations.

Every rule that needs a cue list (supply verbs, role nouns, plan and negation words, issuers, …)
reads it from here, so a word added to the file reaches every rule at once.

>>> CUES.alt("camp")[:8]
'(?:阵营|梯队'
>>> bool(CUES.rx("negation").search("尚未推出"))
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True, eq=False)  # hashed by identity, so its methods can be cached
class Cues:
    words: dict[str, tuple[str, ...]]
    groups: dict[str, tuple[str, ...]]

    def group(self, name: str) -> tuple[str, ...]:
        """Keys of a grouped list, in file order (``CUES.group("issuer")`` → ('美国', '日本', …))."""
        return self.groups[name]

    def list(self, name: str) -> tuple[str, ...]:
        """The alternatives of one cue list, as written in the file."""
        try:
            return self.words[name]
        except KeyError:
            raise KeyError(f"cue list {name!r} is not in data/cues.yaml") from None

    @cache  # noqa: B019 - the one instance lives for the process
    def alt(self, name: str) -> str:
        """A non-capturing alternation of the list, longest alternative first (regex source)."""
        items = sorted(self.list(name), key=len, reverse=True)
        return "(?:" + "|".join(items) + ")"

    @cache  # noqa: B019
    def rx(self, name: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(self.alt(name), flags)

    @cache  # noqa: B019
    def ending(self, name: str) -> re.Pattern[str]:
        """The list anchored at the end of a text (what directly precedes a position)."""
        return re.compile(self.alt(name) + r"\s*$")

    @cache  # noqa: B019
    def starting(self, name: str) -> re.Pattern[str]:
        """The list anchored at the start of a text (what directly follows a position)."""
        return re.compile(r"^\s*" + self.alt(name))


def load_cues() -> Cues:
    text = resources.files("computekg.ingest").joinpath("data/cues.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    words: dict[str, tuple[str, ...]] = {}
    groups: dict[str, tuple[str, ...]] = {}
    for name, items in raw.items():
        if isinstance(items, dict) and all(isinstance(v, str) for v in items.values()):
            groups[name] = tuple(items)  # a map surface → one pattern (not_a_category_after)
            for key, pattern in items.items():
                _check(f"{name}:{key}", [pattern])
                words[f"{name}:{key}"] = (pattern,)
            continue
        if isinstance(items, dict):  # a group of lists keyed by what they name (issuer: {美国: […], …})
            groups[name] = tuple(items)
            for key, sub in items.items():
                _check(f"{name}:{key}", sub)
                words[f"{name}:{key}"] = tuple(sub)
            continue
        _check(name, items)
        words[name] = tuple(items)
    return Cues(words, groups)


def _check(name: str, items: object) -> None:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValueError(f"data/cues.yaml: {name!r} must be a list of strings")
    for item in items:
            try:
                re.compile(item)
            except re.error as exc:  # a broken entry fails at start-up, naming itself
                raise ValueError(f"data/cues.yaml: {name}: {item!r} is not a valid pattern ({exc})") from None


CUES = load_cues()
