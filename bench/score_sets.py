"""Score the extractor on every evaluation set: per-predicate P/R/F1, the overall score, and the macro
average over the held-out sets.

    python bench/score_sets.py                      # development sets, a markdown table
    python bench/score_sets.py --final              # also the final held-out sets (heldout13, heldout14)
    python bench/score_sets.py --sets heldout5 heldout6 --json out.json
    python bench/score_sets.py --sets seed --errors   # false positives and misses (development sets only)

Sets: ``seed`` (the shared corpus with the gold ``computekg.ingest.evaluate.seed_gold`` names) and every folder under
tests/data that holds a gold.jsonl. Only evaluate.py reads gold files; this script only runs it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from computekg.ingest.evaluate import seed_gold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
FINAL_SETS = {"heldout13", "heldout14"}  # scored at the end only; never tuned on (heldout11-12 were, until their clean score on 2026-12-04)


def available_sets() -> dict[str, tuple[Path, Path]]:
    """Set name → (corpus folder, gold file)."""
    sets = {}
    if seed_gold(SHARED).is_file():
        sets["seed"] = (SHARED / "corpus", seed_gold(SHARED))
    for d in sorted(DATA.iterdir()):
        if (d / "gold.jsonl").is_file():
            sets[d.name] = (d, d / "gold.jsonl")
    return sets


def score_set(corpus: Path, gold: Path) -> tuple[dict, float]:
    from computekg.api import extract_corpus
    from computekg.ingest.evaluate import evaluate

    started = time.perf_counter()
    result = extract_corpus([corpus])
    elapsed = time.perf_counter() - started
    report = evaluate(gold, result.facts, result.entities, docs={d.doc for d in result.documents})
    return report, elapsed


def markdown(results: dict[str, dict], heldouts: list[str]) -> str:
    preds = sorted({r["predicate"] for rep in results.values() for r in rep["relations"] if r["predicate"] != "ALL"})
    lines = ["| predicate | " + " | ".join(results) + " |", "|---|" + "---|" * len(results)]
    for p in [*preds, "ALL"]:
        cells = []
        for rep in results.values():
            row = next((r for r in rep["relations"] if r["predicate"] == p), None)
            if row is None or row["tp"] + row["fp"] + row["fn"] == 0:
                cells.append("–")
            else:
                gold_n = row["tp"] + row["fn"]
                cells.append(f"{row['precision']:.2f}/{row['recall']:.2f}/**{row['f1']:.2f}** ({gold_n})")
        lines.append(f"| {p} | " + " | ".join(cells) + " |")
    if heldouts:
        f1s = [_overall(results[h])["f1"] for h in heldouts if h in results]
        lines.append("")
        lines.append(f"macro F1 over {', '.join(heldouts)}: **{sum(f1s) / len(f1s):.3f}**")
    return "\n".join(lines)


def _overall(rep: dict) -> dict:
    return next(r for r in rep["relations"] if r["predicate"] == "ALL")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", help="set names (default: all)")
    ap.add_argument("--json", type=Path, help="write the full reports here")
    ap.add_argument("--errors", action="store_true", help="print false positives and misses")
    ap.add_argument("--final", action="store_true", help="include the final held-out sets (score them only at the end)")
    args = ap.parse_args(argv)
    sets = available_sets()
    names = args.sets or [n for n in sets if args.final or n not in FINAL_SETS]
    if args.errors and set(names) & FINAL_SETS:
        print("error: --errors is refused on the final held-out sets (their errors are never read)", file=sys.stderr)
        return 2
    unknown = [n for n in names if n not in sets]
    if unknown:
        print(f"error: unknown set(s) {unknown}; known: {sorted(sets)}", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    for name in names:
        report, elapsed = score_set(*sets[name])
        results[name] = report
        o = _overall(report)
        ent = report["entities"]
        disc = ent.get("discovered", {})
        print(f"{name:10} P {o['precision']:.3f} R {o['recall']:.3f} F1 {o['f1']:.3f}  "
              f"company recall {ent['company_recall']:.3f} country {ent['country_accuracy']:.3f}  "
              f"discovered precision {disc.get('precision', float('nan')):.3f} ({disc.get('n', 0)})  "
              f"[{elapsed:.1f}s]", file=sys.stderr)
        if args.errors:
            for f in report["false_positives"]:
                print(f"  FP {f['predicate']:16} {f['subject']} -> {f['object']} {f.get('value')} [{f['rule']}] "
                      f"{f['doc']}: {f['evidence'][:70]}")
            for g in report["missed"]:
                print(f"  FN {g['predicate']:16} {g['subject']} -> {g['object']} {g.get('value')} {g['doc']}: "
                      f"{g['evidence'][:70]}")
            for name_ in disc.get("wrong", []):
                print(f"  DISC {name_}")
    heldouts = [n for n in names if n.startswith("heldout")]
    print(markdown(results, heldouts))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
