"""Score extracted facts against a hand-made gold file (JSON lines, see shared/eval/README.md).

This is the only module that reads a gold file; extraction never does.

Matching
--------
Names are compared through the gold's own alias table (a predicted ``英特尔`` matches gold
``Intel`` because the gold lists 英特尔 as an alias), so canonical-name conventions don't decide
the score. A predicted fact matches a gold relation when predicate, document, subject and object
agree (the gold's ``alt_subject``/``alt_object`` are accepted too; an export control, whose name
is the annotator's own words, also matches by its date) and, where the gold has a value,
the values agree within 1 %. For Metric objects (``MENTIONS_METRIC``/``TARGETS``) the metric's
free-text name is not compared in the *lenient* score; instead value and evidence sentence must
agree (the gold evidence and the predicted sentence overlap). The *strict* score also requires the
metric name to match. Predictions are de-duplicated by (subject, predicate, object, doc, value,
year) first, as the gold is.

- precision: matched predictions / predictions, where predictions matching an ``extended`` gold
  relation are neither rewarded nor penalised (removed from both counts);
- recall: matched ``core`` relations / ``core`` relations.

Only documents the gold annotates are scored (a README lying beside the texts is not).

A gold file without ``HEADQUARTERED_IN`` relations (the seed guide folds headquarters into
``LOCATED_IN``) has predicted ``HEADQUARTERED_IN`` facts scored as ``LOCATED_IN``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from computekg.ontology import Entity, Fact, Predicate

_METRIC_PREDICATES = {"MENTIONS_METRIC", "TARGETS"}


SEED_GOLD = Path("eval") / "seed_gold.jsonl"  # under the shared folder beside the repository


def seed_gold(shared: Path) -> Path:
    """The gold file of the seed corpus under ``shared`` (``shared/eval/…``); only evaluation reads it."""
    return shared / SEED_GOLD


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", (s or "")).lower()


@dataclass
class Gold:
    relations: list[dict]
    entities: list[dict]
    alias_to_canonical: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Gold:
        rels, ents = [], []
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
                (rels if row.get("kind") == "relation" else ents).append(row)
        alias: dict[str, set[str]] = defaultdict(set)
        for e in ents:
            canon = e["canonical"]
            for a in [canon, *e.get("aliases", [])]:
                alias[_norm(a)].add(canon)
        return cls(rels, ents, alias)

    @property
    def annotated_docs(self) -> set[str]:
        """Documents the gold speaks about (a README beside the texts is not one of them)."""
        return {g["doc"] for g in self.relations} | {d for e in self.entities for d in e.get("docs", [])}

    def names(self, surface: str | None) -> set[str]:
        """Gold canonical names a surface can stand for (itself if unknown)."""
        n = _norm(surface)
        return self.alias_to_canonical.get(n, set()) | {n}


def _canon_set(gold: Gold, *names: str | None) -> set[str]:
    out: set[str] = set()
    for n in names:
        if n:
            out |= {_norm(x) for x in gold.names(n)}
    return out


def _value_ok(g: dict, f: Fact) -> bool:
    gv = g.get("value")
    if gv is None or isinstance(gv, str):
        return True
    vals = [gv]
    alt = g.get("alt_value")
    if isinstance(alt, int | float):
        vals.append(alt)
    if f.value is None:
        return False
    return any(abs(f.value - v) <= max(0.01 * abs(v), 1e-6) for v in vals)


def _overlap(g: dict, f: Fact) -> bool:
    ev = _norm(f.evidence.sentence)
    for gev in [g.get("evidence", ""), *g.get("evidence_alt", [])]:
        gn = _norm(gev)
        if gn and (gn in ev or ev in gn or _shared(gn, ev) >= 0.5):
            return True
    return False


def _shared(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    grams_a = {a[i : i + 4] for i in range(len(a) - 3)}
    grams_b = {b[i : i + 4] for i in range(len(b) - 3)}
    if not grams_a or not grams_b:
        return 0.0
    return len(grams_a & grams_b) / min(len(grams_a), len(grams_b))


def matches(gold: Gold, g: dict, f: Fact, *, strict: bool = False, aliases: dict[str, list[str]] | None = None) -> bool:
    """Does prediction ``f`` state gold relation ``g``? ``aliases`` are the predicted entities' own
    surface forms (an entity named 兆芯 with alias 上海兆芯 is the gold's 上海兆芯)."""
    if g["predicate"] != f.predicate.value or g["doc"] != f.evidence.doc:
        return False
    aliases = aliases or {}
    subj = _canon_set(gold, g["subject"], g.get("alt_subject"))
    same_policy = g["predicate"] == "RESTRICTS" and bool(f.date) and f.date == g.get("date")
    if not (_canon_set(gold, f.subject, *aliases.get(f.subject, [])) & subj) and not same_policy:
        return False
    if g["predicate"] in _METRIC_PREDICATES and not strict:
        return _value_ok(g, f) and _overlap(g, f)
    obj = _canon_set(gold, g["object"], g.get("alt_object"))
    if not (_canon_set(gold, f.object, *aliases.get(f.object, [])) & obj):
        return False
    return _value_ok(g, f)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> dict:
        return {
            "predicate": name, "tp": self.tp, "fp": self.fp, "fn": self.fn, "ignored": self.ignored,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3), "f1": round(self.f1, 3),
        }


def _dedupe(facts: list[Fact]) -> list[Fact]:
    seen: dict[tuple, Fact] = {}
    for f in facts:
        if f.origin != "document":
            continue
        seen.setdefault((f.subject, f.predicate.value, f.object, f.evidence.doc, f.value, f.year), f)
    return list(seen.values())


def score_relations(gold: Gold, facts: list[Fact], *, strict: bool = False, docs: set[str] | None = None,
                    entities: list[Entity] | None = None):
    """Per-predicate and overall scores plus the unmatched rows (for error analysis)."""
    aliases = {e.name: e.aliases for e in entities or [] if e.type.value != "Metric"}
    annotated = gold.annotated_docs
    preds = [f for f in _dedupe(facts) if f.evidence.doc in annotated]
    rels = [g for g in gold.relations if docs is None or g["doc"] in docs]
    by_pred: dict[str, Score] = defaultdict(Score)
    matched_gold: set[int] = set()
    false_pos: list[Fact] = []
    for f in preds:
        hit = None
        for i, g in enumerate(rels):
            if matches(gold, g, f, strict=strict, aliases=aliases) and (
                hit is None
                or (g.get("tier") == "core" and rels[hit].get("tier") != "core")
                or (hit in matched_gold and i not in matched_gold)
            ):
                hit = i
        name = f.predicate.value
        if hit is None:
            by_pred[name].fp += 1
            false_pos.append(f)
        elif rels[hit].get("tier") == "core":
            if hit in matched_gold:
                by_pred[name].ignored += 1  # a second prediction of one gold fact (e.g. another year reading)
            else:
                by_pred[name].tp += 1
                matched_gold.add(hit)
        else:
            by_pred[name].ignored += 1
            matched_gold.add(hit)
    missed = []
    for i, g in enumerate(rels):
        if g.get("tier") == "core" and i not in matched_gold:
            by_pred[g["predicate"]].fn += 1
            missed.append(g)
    overall = Score(
        sum(s.tp for s in by_pred.values()),
        sum(s.fp for s in by_pred.values()),
        sum(s.fn for s in by_pred.values()),
        sum(s.ignored for s in by_pred.values()),
    )
    return by_pred, overall, false_pos, missed


def score_entities(gold: Gold, entities: list[Entity], docs: set[str] | None = None) -> dict:
    """Company recall (core+extended companies found under any alias) and country accuracy."""
    companies = [
        e for e in gold.entities
        if e.get("type") == "Company" and e.get("tier") in ("core", "extended")
        and (docs is None or set(e.get("docs", [])) & docs)
    ]
    annotated = gold.annotated_docs
    predicted: dict[str, Entity] = {}
    for e in entities:
        if e.type.value not in ("Company", "CompanyGroup") or (e.docs and not set(e.docs) & annotated):
            continue
        for surface in [e.name, *e.aliases]:
            predicted.setdefault(_norm(surface), e)
    found = 0
    country_ok = 0
    country_total = 0
    missing = []
    wrong_country = []
    for g in companies:
        hit = None
        for surface in [g["canonical"], *g.get("aliases", [])]:
            hit = predicted.get(_norm(surface))
            if hit:
                break
        if hit is None:
            missing.append(g["canonical"])
            continue
        found += 1
        if g.get("country"):
            country_total += 1
            if hit.country == g["country"]:
                country_ok += 1
            else:
                wrong_country.append((g["canonical"], g["country"], hit.country))
    return {
        "companies": len(companies),
        "found": found,
        "discovered": discovered_precision(gold, entities),
        "company_recall": round(found / len(companies), 3) if companies else 0.0,
        "country_accuracy": round(country_ok / country_total, 3) if country_total else 0.0,
        "missing": missing,
        "wrong_country": wrong_country,
    }


def discovered_precision(gold: Gold, entities: list[Entity]) -> dict:
    """How many companies the extractor discovered (names in no list) the gold also names as a company.

    A discovered name counts as right when one of its surface forms is an alias of a gold ``Company``
    or ``CompanyGroup`` of any tier; anything else (a phrase, a person, a region, an exchange) is wrong.
    """
    gold_companies = {
        _norm(a) for e in gold.entities if e.get("type") in ("Company", "CompanyGroup")
        for a in [e["canonical"], *e.get("aliases", [])]
    }
    annotated = gold.annotated_docs
    right, wrong = [], []
    for e in entities:
        if e.type.value not in ("Company", "CompanyGroup") or e.source != "discovered":
            continue
        if e.docs and not set(e.docs) & annotated:
            continue
        surfaces = {_norm(s) for s in [e.name, *e.aliases]}
        (right if surfaces & gold_companies else wrong).append(e.name)
    n = len(right) + len(wrong)
    return {"n": n, "right": len(right), "precision": round(len(right) / n, 3) if n else 1.0,
            "wrong": sorted(wrong)}


def evaluate(gold_path: Path, facts: list[Fact], entities: list[Entity], *, docs: set[str] | None = None) -> dict:
    gold = Gold.load(gold_path)
    if not any(g["predicate"] == Predicate.HEADQUARTERED_IN.value for g in gold.relations):
        # the annotation guide folds a company's headquarters into LOCATED_IN
        facts = [
            f.model_copy(update={"predicate": Predicate.LOCATED_IN}) if f.predicate == Predicate.HEADQUARTERED_IN else f
            for f in facts
        ]
    by_pred, overall, fps, missed = score_relations(gold, facts, docs=docs, entities=entities)
    by_pred_s, overall_s, _, _ = score_relations(gold, facts, strict=True, docs=docs, entities=entities)
    rows = [by_pred[p].row(p) for p in sorted(by_pred)]
    rows.append(overall.row("ALL"))
    return {
        "relations": rows,
        "strict_overall": overall_s.row("ALL (strict metric names)"),
        "entities": score_entities(gold, entities, docs),
        "false_positives": [f.to_row() for f in fps],
        "missed": missed,
        "predicted_counts": dict(Counter(f.predicate.value for f in _dedupe(facts))),
    }
