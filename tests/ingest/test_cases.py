"""Sentence-shape cases, one file per rule family (tests/ingest/cases/<family>.yaml), all our own sentences.

Each case lists the facts the text must give, as ``subject -PREDICATE-> object`` (optionally ``= value``
and ``@ year``). The facts of the case's predicates must equal that list exactly, so a wrong extra fact
fails; ``not`` spells out the traps a reader should see (they are implied by the exact match).

    - text: 国内交换芯片厂商主要有盛科通信、澜海微电子等。
      facts:
        - 盛科通信 -SUPPLIES-> SwitchChip
        - 澜海微电子 -SUPPLIES-> SwitchChip
      not:
        - 国内 -SUPPLIES-> SwitchChip
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from computekg.ingest.pipeline import extract_source
from computekg.ingest.reader import source_from_text

CASES = Path(__file__).parent / "cases"
_FACT = re.compile(r"^(?P<s>.+?) -(?P<p>[A-Z_]+)-> (?P<o>.+?)(?: = (?P<v>[-\d.]+))?(?: @ ?(?P<y>\d{4}))?$")


def _parse(fact: str) -> tuple:
    m = _FACT.match(fact.strip())
    if not m:
        raise ValueError(f"bad fact line: {fact!r}")
    value = float(m["v"]) if m["v"] is not None else None
    return (m["s"], m["p"], m["o"], value, int(m["y"]) if m["y"] else None)


def _load() -> list:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(spec["cases"], 1):
            params.append(pytest.param(spec, case, id=f"{path.stem}:{i}"))
    return params


def _got(text: str, name: str, predicates: set[str], with_values: bool) -> set[tuple]:
    facts = extract_source(source_from_text(name, text)).facts
    out = set()
    for f in facts:
        if f.predicate.value not in predicates:
            continue
        value = f.value if with_values else None
        year = f.year if with_values else None
        out.add((f.subject, f.predicate.value, f.object, value, year))
    return out


@pytest.mark.parametrize(("spec", "case"), _load())
def test_case(spec: dict, case: dict) -> None:
    predicates = set(case.get("predicates", spec["predicates"]))
    want = {_parse(f) for f in case.get("facts", [])}
    with_values = any(w[3] is not None or w[4] is not None for w in want) or case.get("values", False)
    if not with_values:
        want = {(s, p, o, None, None) for s, p, o, _, _ in want}
    got = _got(case["text"], case.get("file", "case.txt"), predicates, with_values)
    if with_values:  # a fact written without a year matches any year
        loose = {w[:4] for w in want if w[4] is None}
        got = {(*g[:4], None) if g[:4] in loose else g for g in got}
    if any(w[2] == "*" for w in want):  # metric names are free text: 「*」 matches any object
        got = {(g[0], g[1], "*", g[3], g[4]) if (g[0], g[1], "*", g[3], g[4]) in want else g for g in got}
    traps = {_parse(f)[:3] for f in case.get("not", [])}
    assert not traps & {g[:3] for g in got}, f"trap fact extracted: {traps & {g[:3] for g in got}}"
    assert got == want, f"\n  missing: {sorted(want - got)}\n  extra:   {sorted(got - want)}"


def test_every_family_has_enough_cases() -> None:
    counts = {p.stem: len(yaml.safe_load(p.read_text(encoding="utf-8"))["cases"]) for p in CASES.glob("*.yaml")}
    assert counts and all(n >= 15 for n in counts.values()), counts
