"""Cold CLI queries: a new ``computekg`` process per call, on the seed graph (what a researcher waits for).

    python bench/bench_cli.py [--corpus ../shared/corpus] [--repeat 5]

Builds the seed graph once in a temp folder, then times ``computekg suppliers GPU --domestic`` and
``computekg gaps`` (and a few more) as separate processes: wall time from start to exit, median of
``--repeat`` runs after one warm-up run (which fills the OS file cache, as any second call would).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "corpus"
COMMANDS = {
    "suppliers GPU --domestic": ["suppliers", "GPU", "--domestic"],
    "gaps": ["gaps"],
    "gaps --top 10": ["gaps", "--top", "10"],
    "dependencies AIServer": ["dependencies", "AIServer"],
    "query domestic_suppliers": ["query", "domestic_suppliers", "--param", "category=GPU"],
    "cypher (count companies)": ["cypher", "MATCH (c:Company) RETURN count(c) AS n"],
}


def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("computekg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "computekg.cli"]


def time_commands(db: Path, repeat: int) -> dict[str, dict[str, float]]:
    out = {}
    for name, args in COMMANDS.items():
        cmd = [*_cli(), *args, "--db", str(db)]
        runs = []
        for i in range(repeat + 1):
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            ms = (time.perf_counter() - t0) * 1000
            if proc.returncode != 0:
                raise RuntimeError(f"{name}: exit {proc.returncode}: {proc.stderr.strip()}")
            if i:
                runs.append(ms)
        out[name] = {"median_ms": round(statistics.median(runs), 1), "min_ms": round(min(runs), 1), "runs": repeat}
    return out


def imported_modules(db: Path) -> list[str]:
    """Modules of the NLP stack a query command imports (should be none)."""
    code = ("import sys; from computekg.cli import main; sys.argv = ['computekg', 'suppliers', 'GPU', '--domestic', "
            f"'--db', {str(db)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in sys.modules if m.split('.')[0] in ('spacy', 'jieba', 'opencc', 'rdflib', 'pandas') "
            "or m.startswith('computekg.ingest')])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1].replace("'", '"'))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SEED if SEED.is_dir() else REPO / "samples" / "corpus")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results_cli.json")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="computekg-cli-") as tmp:
        db = Path(tmp) / "seed.lbug"
        subprocess.run([*_cli(), "build", str(a.corpus), "--db", str(db)], check=True, capture_output=True)
        res = {"corpus": os.path.relpath(a.corpus.resolve(), REPO), "commands": time_commands(db, a.repeat), "nlp_modules": imported_modules(db)}
    a.out.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    print("| command (new process each time) | median ms | min ms |\n|---|---:|---:|")
    for name, r in res["commands"].items():
        print(f"| `computekg {name}` | {r['median_ms']} | {r['min_ms']} |")
    print(f"\nNLP / RDF / pandas modules imported by a query command: {res['nlp_modules'] or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
