"""Integrity check for the gold.jsonl of one held-out set (not a pytest test; each set's check_gold.py runs it).

Written for heldout7 by its annotator and shared by the sets since.
Run: python3 tests/data/check_gold.py tests/data/heldout7   (or python3 check_gold.py inside a set's folder)
Checks that every evidence / evidence_alt string is a verbatim substring of its
document, that every subject / object / alt_subject / alt_object is a declared
entity, that every alias occurs in some document, that predicates, entity
types, tiers, qualifiers and modalities are from the guide's vocabulary
(../shared/eval/README.md), that argument types fit the predicate, that no
(subject, predicate, object, doc, value, year) key repeats, and prints counts.
"""
import collections
import json
import pathlib
import sys

HERE = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path.cwd()
docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.iterdir())
        if p.suffix in (".txt", ".md", ".html") and p.name != "README.md"}
lines = [json.loads(x) for x in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
ents = [x for x in lines if x["kind"] == "entity"]
rels = [x for x in lines if x["kind"] == "relation"]
names = {e["canonical"] for e in ents}
etype = {e["canonical"]: e["type"] for e in ents}
errs = []

TYPES = {"Company", "CompanyGroup", "ProductCategory", "ProductModel", "Segment", "Industry", "Region",
         "Policy", "Organization", "Facility", "Metric"}
PREDS = {"SUPPLIES", "HAS_MARKET_SHARE", "PART_OF_SEGMENT", "DEPENDS_ON", "RESTRICTS", "LOCALIZATION_RATE",
         "LOCATED_IN", "TARGETS", "MENTIONS_METRIC", "ISSUED_BY", "DESIGNATES_HUB_NODE", "SUBTYPE_OF"}
EXT_ONLY = {"ISSUED_BY", "DESIGNATES_HUB_NODE", "SUBTYPE_OF"}
MODALITIES = {"target", "forecast", "plan", "commitment"}
COMPANY = {"Company", "CompanyGroup"}
PRODUCT = {"ProductCategory", "ProductModel"}
# predicate -> (allowed subject types, allowed object types)
SIG = {
    "SUPPLIES": (COMPANY, PRODUCT),
    "HAS_MARKET_SHARE": (COMPANY | PRODUCT, PRODUCT),
    "PART_OF_SEGMENT": (PRODUCT | COMPANY, {"Segment"}),
    "DEPENDS_ON": (PRODUCT, PRODUCT),
    "RESTRICTS": ({"Policy"}, PRODUCT | COMPANY),
    "LOCALIZATION_RATE": (PRODUCT, {"Region"}),
    "LOCATED_IN": (COMPANY | {"Facility", "Region"}, {"Region", "Facility"}),
    "TARGETS": ({"Policy", "Region"}, {"Metric"}),
    "MENTIONS_METRIC": ({"Region", "Company", "Facility"}, {"Metric"}),
    "ISSUED_BY": ({"Policy"}, {"Organization", "Region"}),
    "DESIGNATES_HUB_NODE": ({"Policy"}, {"Region"}),
    "SUBTYPE_OF": ({"ProductCategory"}, {"ProductCategory"}),
}

if len(names) != len(ents):
    errs.append("duplicate canonical names")
for e in ents:
    for k in ("canonical", "type", "aliases", "country", "docs", "tier"):
        if k not in e:
            errs.append(f"entity {e.get('canonical')} lacks {k}")
    if e.get("type") not in TYPES:
        errs.append(f"bad entity type: {e['canonical']} / {e.get('type')}")
    if e.get("tier") not in ("core", "extended", "mention"):
        errs.append(f"bad entity tier: {e['canonical']} / {e.get('tier')}")
    if e.get("type") == "Company" and not e.get("country"):
        errs.append(f"company without country: {e['canonical']}")
    for a in e["aliases"]:
        if not any(a in t for t in docs.values()):
            errs.append(f"alias not found: {e['canonical']} / {a}")
    if len(set(e["aliases"])) != len(e["aliases"]):
        errs.append(f"duplicate alias in {e['canonical']}")
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
    tag = f"{r.get('subject')} {r.get('predicate')} {r.get('object')} ({r.get('doc')})"
    if r["doc"] not in docs:
        errs.append(f"unknown doc {r['doc']}")
        continue
    p = r.get("predicate")
    if p not in PREDS:
        errs.append(f"bad predicate: {tag}")
        continue
    if r.get("tier") not in ("core", "extended"):
        errs.append(f"bad relation tier: {tag}")
    if p in EXT_ONLY and r.get("tier") != "extended":
        errs.append(f"{p} must be extended: {tag}")
    q = r.get("qualifier")
    if q is not None and p != "RESTRICTS" and q not in ("<", ">", "≈", ">="):
        errs.append(f"bad qualifier {q!r}: {tag}")
    if "modality" in r and r["modality"] not in MODALITIES:
        errs.append(f"bad modality: {tag}")
    if p == "TARGETS" and r.get("modality") != "target":
        errs.append(f"TARGETS without modality target: {tag}")
    if p in ("HAS_MARKET_SHARE", "LOCALIZATION_RATE") and not (r.get("unit") == "%" and
                                                             isinstance(r.get("value"), (int, float))):
        errs.append(f"{p} needs a numeric % value: {tag}")
    if r.get("unit") == "%" and not isinstance(r.get("value"), (int, float)):
        errs.append(f"non-numeric percentage: {tag}")
    if "year" in r and not isinstance(r["year"], int):
        errs.append(f"non-integer year: {tag}")
    if p == "RESTRICTS" and "date" not in r:
        errs.append(f"RESTRICTS without date: {tag}")
    for k in ("subject", "object", "alt_subject", "alt_object"):
        if k in r and r[k] not in names:
            errs.append(f"undeclared {k}: {r[k]}")
    if r["subject"] in names and r["object"] in names:
        st, ot = SIG[p]
        if etype[r["subject"]] not in st:
            errs.append(f"subject type {etype[r['subject']]} not allowed: {tag}")
        if etype[r["object"]] not in ot:
            errs.append(f"object type {etype[r['object']]} not allowed: {tag}")
    for k in ("subject", "object"):
        used[r[k]].add(r["doc"])
    if not r.get("evidence"):
        errs.append(f"no evidence: {tag}")
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
inv = [e["canonical"] for e in ents if e["type"] == "Company" and e.get("note", "").startswith("invented")]
print(f"invented companies: {len(inv)}")
print("errors:", len(errs))
print("\n".join(errs))
sys.exit(1 if errs else 0)
