"""Well-formedness check for tests/data/unseen/gold.jsonl.

Checks that
  * every line is a JSON object with the required keys for its kind;
  * entity canonical names are unique and every relation's subject/object is a declared entity;
  * predicates are known and respect the domain/range of the brief's ontology;
  * every relation's doc exists and its evidence (and evidence_alt) is a verbatim substring of the doc;
  * every entity alias occurs verbatim in at least one of the entity's docs (policies may have none);
  * (subject, predicate, object, doc, value, year, scope) is not duplicated.
Exit status 0 when everything passes, 1 otherwise. Usable as a script or imported by pytest.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"

CATEGORY = {"ProductCategory"}
DOMAIN_RANGE = {
    "SUPPLIES": ({"Company"}, CATEGORY),
    "HAS_MARKET_SHARE": ({"Company"}, CATEGORY),
    "RESTRICTS": ({"Policy"}, CATEGORY | {"ProductModel"}),
    "LOCALIZATION_RATE": (CATEGORY, {"Region"}),
    "LOCATED_IN": ({"Facility"}, {"Region"}),
    "TARGETS": ({"Region", "Policy"}, {"Metric"}),
    "MENTIONS_METRIC": ({"Region"}, {"Metric"}),
    "PART_OF_SEGMENT": (CATEGORY, {"Segment"}),
    "DEPENDS_ON": (CATEGORY, CATEGORY),
}
NEEDS_PERCENT = {"HAS_MARKET_SHARE", "LOCALIZATION_RATE"}
QUALIFIERS = {"<", ">", "≈", ">="}
# RESTRICTS holds the restricted-item description; PART_OF_SEGMENT may name another chain (as in the seed gold)
FREE_QUALIFIER = {"RESTRICTS", "PART_OF_SEGMENT"}
ENTITY_KEYS = {"kind", "canonical", "type", "aliases", "country", "docs", "tier"}
RELATION_KEYS = {"kind", "subject", "predicate", "object", "doc", "evidence", "tier"}


def check(gold: Path = GOLD) -> list[str]:
    errors: list[str] = []
    entities: dict[str, dict] = {}
    relations: list[dict] = []
    for n, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc})")
            continue
        kind = rec.get("kind")
        if kind == "entity":
            missing = ENTITY_KEYS - rec.keys()
            if missing:
                errors.append(f"line {n}: entity missing {sorted(missing)}")
            if rec.get("canonical") in entities:
                errors.append(f"line {n}: duplicate entity {rec.get('canonical')!r}")
            entities[rec.get("canonical")] = rec
        elif kind == "relation":
            missing = RELATION_KEYS - rec.keys()
            if missing:
                errors.append(f"line {n}: relation missing {sorted(missing)}")
            rec["_line"] = n
            relations.append(rec)
        else:
            errors.append(f"line {n}: unknown kind {kind!r}")

    texts: dict[str, str] = {}
    for doc in {r.get("doc") for r in relations} | {d for e in entities.values() for d in e.get("docs", [])}:
        p = HERE / str(doc)
        if not p.is_file():
            errors.append(f"doc {doc!r} does not exist")
            continue
        texts[doc] = p.read_text(encoding="utf-8")

    seen = set()
    for r in relations:
        n, s, p, o, doc = r["_line"], r.get("subject"), r.get("predicate"), r.get("object"), r.get("doc")
        for role, name in (("subject", s), ("object", o)):
            if name not in entities:
                errors.append(f"line {n}: {role} {name!r} is not a declared entity")
        if p not in DOMAIN_RANGE:
            errors.append(f"line {n}: unknown predicate {p!r}")
        elif s in entities and o in entities:
            dom, rng = DOMAIN_RANGE[p]
            if entities[s]["type"] not in dom or entities[o]["type"] not in rng:
                errors.append(f"line {n}: {p} {entities[s]['type']}->{entities[o]['type']} violates domain/range")
        text = texts.get(doc)
        if text is not None:
            for ev in [r.get("evidence")] + list(r.get("evidence_alt", [])):
                if not ev or ev not in text:
                    errors.append(f"line {n}: evidence not a verbatim substring of {doc}: {ev!r}")
        if p in NEEDS_PERCENT and (r.get("unit") != "%" or not isinstance(r.get("value"), (int, float))):
            errors.append(f"line {n}: {p} needs a numeric value with unit '%'")
        if p in {"TARGETS", "MENTIONS_METRIC"} and not isinstance(r.get("value"), (int, float)):
            errors.append(f"line {n}: {p} needs a numeric value")
        if p == "TARGETS" and (r.get("modality") != "target" or "year" not in r):
            errors.append(f"line {n}: TARGETS needs modality 'target' and a year")
        if p == "RESTRICTS" and "date" not in r:
            errors.append(f"line {n}: RESTRICTS needs a date")
        if p not in FREE_QUALIFIER and "qualifier" in r and r["qualifier"] not in QUALIFIERS:
            errors.append(f"line {n}: bad qualifier {r['qualifier']!r}")
        if r.get("tier") != "core":
            errors.append(f"line {n}: relation tier should be 'core'")
        key = (s, p, o, doc, r.get("value"), r.get("year"), r.get("scope"))
        if key in seen:
            errors.append(f"line {n}: duplicate relation {key}")
        seen.add(key)

    for name, e in entities.items():
        if e.get("type") == "Company" and e.get("country") is not None and len(e["country"]) != 2:
            errors.append(f"entity {name!r}: country must be ISO alpha-2 or null")
        docs = e.get("docs", [])
        if not docs:
            errors.append(f"entity {name!r}: empty docs")
        for a in e.get("aliases", []):
            if not any(a in texts.get(d, "") for d in docs):
                errors.append(f"entity {name!r}: alias {a!r} not found in its docs")
    return errors


def main() -> int:
    errors = check()
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    n_ent = sum('"kind": "entity"' in line for line in lines)
    n_rel = sum('"kind": "relation"' in line for line in lines)
    for e in errors:
        print("ERROR", e)
    print(f"{GOLD.name}: {n_ent} entities, {n_rel} relations, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
