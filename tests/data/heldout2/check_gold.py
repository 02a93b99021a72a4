"""Integrity check for tests/data/heldout2/gold.jsonl (not a pytest test).

Run: python tests/data/heldout2/check_gold.py
Checks that every evidence / evidence_alt string is a verbatim substring of its
document, that every subject / object / alt_subject / alt_object is a declared
entity, that every alias occurs in some document, and prints counts.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
docs = {p.name: p.read_text(encoding="utf-8") for p in HERE.glob("h0*")}
lines = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
ents = [x for x in lines if x["kind"] == "entity"]
rels = [x for x in lines if x["kind"] == "relation"]
names = {e["canonical"] for e in ents}
errs = []
if len(names) != len(ents):
    errs.append("duplicate canonical names")
for e in ents:
    for a in e["aliases"]:
        if not any(a in t for t in docs.values()):
            errs.append(f"alias not found: {e['canonical']} / {a}")
    for d in e["docs"]:
        if d not in docs:
            errs.append(f"unknown doc {d} for {e['canonical']}")
for r in rels:
    if r["doc"] not in docs:
        errs.append(f"unknown doc {r['doc']}")
        continue
    for k in ("subject", "object", "alt_subject", "alt_object"):
        if k in r and r[k] not in names:
            errs.append(f"undeclared {k}: {r[k]}")
    for ev in [r["evidence"], *r.get("evidence_alt", [])]:
        if ev not in docs[r["doc"]]:
            errs.append(f"evidence not verbatim in {r['doc']}: {ev}")
keys = [(r["subject"], r["predicate"], r["object"], r["doc"], r.get("value"), r.get("year")) for r in rels]
if len(keys) != len(set(keys)):
    errs.append("duplicate (subject, predicate, object, doc, value, year)")
n_ev = sum(1 + len(r.get("evidence_alt", [])) for r in rels)
print(f"docs: {len(docs)}  entities: {len(ents)}  relations: {len(rels)}  evidence strings checked: {n_ev}")
for p, n in sorted(collections.Counter((r["predicate"], r["tier"]) for r in rels).items()):
    print(f"  {p[0]:18} {p[1]:9} {n}")
print("errors:", len(errs))
print("\n".join(errs))
sys.exit(1 if errs else 0)
