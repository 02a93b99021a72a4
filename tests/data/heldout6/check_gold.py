"""Integrity check for tests/data/heldout6/gold.jsonl (not a pytest test).

Adapted from tests/data/heldout4/check_gold.py (format checker only).
Run: python3 tests/data/heldout6/check_gold.py
Checks that every evidence / evidence_alt string is a verbatim substring of its
document, that every subject / object / alt_subject / alt_object is a declared
entity, that every alias occurs in some document, that tiers / qualifiers are
from the guide's vocabulary (free-text qualifiers only on RESTRICTS and
PART_OF_SEGMENT, as in the guide), and prints counts.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("h6*"))}
lines = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
ents = [x for x in lines if x["kind"] == "entity"]
rels = [x for x in lines if x["kind"] == "relation"]
names = {e["canonical"] for e in ents}
errs = []
if len(names) != len(ents):
    errs.append("duplicate canonical names")
for e in ents:
    for k in ("canonical", "type", "aliases", "country", "docs", "tier"):
        if k not in e:
            errs.append(f"entity {e.get('canonical')} lacks {k}")
    if e.get("tier") not in ("core", "extended", "mention"):
        errs.append(f"bad entity tier: {e['canonical']} / {e.get('tier')}")
    for a in e["aliases"]:
        if not any(a in t for t in docs.values()):
            errs.append(f"alias not found: {e['canonical']} / {a}")
    if not e["docs"]:
        errs.append(f"entity in no document: {e['canonical']}")
    for d in e["docs"]:
        if d not in docs:
            errs.append(f"unknown doc {d} for {e['canonical']}")
    for k in ("parent", "maker", "category"):
        if k in e and e[k] not in names:
            errs.append(f"undeclared {k} of {e['canonical']}: {e[k]}")
used = collections.defaultdict(set)
for r in rels:
    if r["doc"] not in docs:
        errs.append(f"unknown doc {r['doc']}")
        continue
    if r.get("tier") not in ("core", "extended"):
        errs.append(f"bad relation tier: {r}")
    q = r.get("qualifier")
    # RESTRICTS holds the restricted item and PART_OF_SEGMENT the chain (as in the guide)
    if q is not None and r["predicate"] not in ("RESTRICTS", "PART_OF_SEGMENT") and q not in ("<", ">", "≈", ">="):
        errs.append(f"bad qualifier {q!r}: {r['subject']} {r['predicate']} {r['object']}")
    if r["predicate"] == "TARGETS" and r.get("modality") != "target":
        errs.append(f"TARGETS without modality target: {r['subject']} -> {r['object']}")
    if r.get("unit") == "%" and not isinstance(r.get("value"), (int, float)):
        errs.append(f"non-numeric percentage: {r}")
    for k in ("subject", "object", "alt_subject", "alt_object"):
        if k in r and r[k] not in names:
            errs.append(f"undeclared {k}: {r[k]}")
    for k in ("subject", "object"):
        used[r[k]].add(r["doc"])
    for ev in [r["evidence"], *r.get("evidence_alt", [])]:
        if ev not in docs[r["doc"]]:
            errs.append(f"evidence not verbatim in {r['doc']}: {ev}")
for e in ents:
    missing = used.get(e["canonical"], set()) - set(e["docs"])
    if missing:
        errs.append(f"docs of {e['canonical']} lack relation docs {sorted(missing)}")
keys = [(r["subject"], r["predicate"], r["object"], r["doc"], r.get("value"), r.get("year")) for r in rels]
if len(keys) != len(set(keys)):
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    errs.append(f"duplicate (subject, predicate, object, doc, value, year): {dup}")
n_ev = sum(1 + len(r.get("evidence_alt", [])) for r in rels)
print(f"docs: {len(docs)}  entities: {len(ents)}  relations: {len(rels)}  evidence strings checked: {n_ev}")
print("documents (characters):")
for d, t in docs.items():
    print(f"  {d:36} {len(t)}")
print("entities by type and tier:")
for p, n in sorted(collections.Counter((e["type"], e["tier"]) for e in ents).items()):
    print(f"  {p[0]:18} {p[1]:9} {n}")
print("relations by predicate and tier:")
for p, n in sorted(collections.Counter((r["predicate"], r["tier"]) for r in rels).items()):
    print(f"  {p[0]:18} {p[1]:9} {n}")
print("relations per doc:")
for d, n in sorted(collections.Counter(r["doc"] for r in rels).items()):
    print(f"  {d:36} {n}")
print("errors:", len(errs))
print("\n".join(errs))
sys.exit(1 if errs else 0)
