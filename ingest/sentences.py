"""Split a view into sentences (and ；-clauses) with view spans.

>>> [s.text for s in split_sentences("甲供应GPU。乙供应CPU；丙也是\\n表\\t行")]
['甲供应GPU。', '乙供应CPU；', '丙也是', '表\\t行']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n")
# A period ends an English sentence only before whitespace + capital letter.
_EN_END = re.compile(r"(?<=[a-z0-9)])\.(?=\s+[A-Z])")
_LIST_NUMBER = re.compile(r"(?:^|(?<=[\s:：]))\d{1,2}$")
# Longer "sentences" (a run-on line without end punctuation) are cut, preferably after a clause
# separator: the rules look at mention pairs within a sentence, so unbounded ones cost quadratic time.
MAX_SENTENCE = 1000
_CUT = set("，,、：: \t")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # view offsets
    end: int
    text: str
    paragraph: int

    @property
    def is_table_row(self) -> bool:
        return "\t" in self.text


def split_sentences(view: str) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    bounds: list[tuple[int, bool]] = []  # (end offset, is newline)
    for m in _END.finditer(view):
        bounds.append((m.end(), m.group() == "\n"))
    for m in _EN_END.finditer(view):
        if _LIST_NUMBER.search(view, max(0, m.start() - 3), m.start()):
            continue  # 「1. Broadcom 2. Centec」: a list number, not the end of a sentence
        bounds.append((m.end(), False))
    bounds.sort()
    for end, newline in bounds:
        if end <= pos:
            continue
        _add(out, view, pos, end, paragraph)
        if newline:
            paragraph += 1
        pos = end
    if pos < len(view):
        _add(out, view, pos, len(view), paragraph)
    return out


def _add(out: list[Sentence], view: str, start: int, end: int, paragraph: int) -> None:
    # trim surrounding whitespace but keep offsets exact
    while start < end and view[start] in " \n":
        start += 1
    while end > start and view[end - 1] in " \n":
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        for i in range(cut - 1, start + MAX_SENTENCE // 2, -1):
            if view[i] in _CUT:
                cut = i + 1
                break
        _add(out, view, start, cut, paragraph)
        start = cut
        while start < end and view[start] in " \n":
            start += 1
    if end > start:
        out.append(Sentence(len(out), start, end, view[start:end], paragraph))
