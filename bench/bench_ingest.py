"""Ingest throughput: the seed corpus replicated to ≥ 10 MB, extracted with 1 and with N processes.

The corpus is read at run time from ``../shared/corpus`` (never copied into the repository); each
replica gets a perturbed file name and one unique ASCII line appended, so the pipeline's
same-text de-duplication does not skip it. Both runs call the project's pipeline
(:func:`computekg.api.extract_corpus`): 1 process on all files; N processes through a ``fork`` Pool
over file chunks, whose results are merged in the parent with
:func:`computekg.graph.atomic.merge_records` (the cross-document resolution of a real multi-process
build). The lexicon and jieba are loaded once before timing (fork children inherit them); that
one-off start-up is reported separately.
"""

from __future__ import annotations

import multiprocessing as mp
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from computekg.api import extract_corpus

REPO = Path(__file__).resolve().parent.parent
SEED_CORPUS = REPO.parent / "shared" / "corpus"


def replicate(src: Path, dst: Path, target_bytes: int) -> list[Path]:
    """Copy ``src/*.txt`` into ``dst`` as textually distinct replicas until ``target_bytes``."""
    seeds = sorted(p for p in src.glob("*.txt") if p.is_file())
    if not seeds:
        raise FileNotFoundError(f"{src}: no *.txt seed files")
    blobs = [(p.stem, p.read_bytes()) for p in seeds]
    dst.mkdir(parents=True, exist_ok=True)
    out, total, r = [], 0, 0
    while total < target_bytes:
        for stem, data in blobs:
            path = dst / f"{stem}_replica{r:04d}.txt"
            path.write_bytes(data + f"\nreplica {r} of {stem}\n".encode("ascii"))
            out.append(path)
            total += path.stat().st_size
            if total >= target_bytes:
                break
        r += 1
    return out


def _extract_chunk(paths: list[str]) -> tuple[Any, float]:
    t0 = time.perf_counter()
    res = extract_corpus(paths)
    return res, time.perf_counter() - t0


def _warm_up() -> float:
    """Load the lexicon / jieba dictionaries once (inherited by forked workers)."""
    t0 = time.perf_counter()
    src = sorted(SEED_CORPUS.glob("*.txt"))
    if src:
        extract_corpus([src[0]])
    return time.perf_counter() - t0


def run_ingest(target_mb: float = 10.0, procs: tuple[int, ...] = (1, 2), chunk: int = 8,
               corpus: Path = SEED_CORPUS, log=print) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="computekg-ingest-"))
    try:
        files = replicate(corpus, tmp / "corpus", int(target_mb * 1e6))
        nbytes = sum(p.stat().st_size for p in files)
        out: dict[str, Any] = {"files": len(files), "bytes": nbytes, "warmup_s": round(_warm_up(), 3), "runs": {}}
        log(f"ingest: {len(files)} files, {nbytes / 1e6:.1f} MB; warm-up {out['warmup_s']} s")
        for n in procs:
            t0 = time.perf_counter()
            if n == 1:
                res, _ = _extract_chunk([str(p) for p in files])
                merged = (res.entities, res.facts)
                docs, errors, merge_s = res.documents, res.errors, 0.0
            else:
                from computekg.graph.atomic import merge_records

                chunks = [[str(p) for p in files[i : i + chunk]] for i in range(0, len(files), chunk)]
                ctx = mp.get_context("fork")
                with ctx.Pool(n) as pool:
                    parts = pool.map(_extract_chunk, chunks, chunksize=1)
                tm = time.perf_counter()
                ents, facts, docs, errors = [], [], [], []
                for res, _ in parts:
                    ents += res.entities
                    facts += res.facts
                    docs += res.documents
                    errors += res.errors
                merged = merge_records([], [], ents, facts)
                merge_s = time.perf_counter() - tm
            wall = time.perf_counter() - t0
            chars = sum(d.chars for d in docs)
            out["runs"][str(n)] = {
                "procs": n, "seconds": round(wall, 3), "merge_s": round(merge_s, 3), "documents": len(docs),
                "errors": len(errors), "chars": chars, "entities": len(merged[0]), "facts": len(merged[1]),
                "chars_per_s": round(chars / wall), "chars_per_s_per_core": round(chars / wall / n),
                "mb_per_s": round(nbytes / wall / 1e6, 3),
            }
            log(f"  {n} proc: {wall:.1f} s, {chars / wall:,.0f} chars/s ({chars / wall / n:,.0f} per core), "
                f"{len(merged[1])} facts, {len(errors)} errors")
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def markdown(res: dict[str, Any]) -> str:
    lines = [f"### Ingest: {res['files']} files, {res['bytes'] / 1e6:.1f} MB "
             f"(seed corpus replicated; start-up {res['warmup_s']} s excluded)", "",
             "| processes | wall s | documents | chars | facts | chars/s | chars/s per core | MB/s |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in res["runs"].values():
        lines.append(f"| {r['procs']} | {r['seconds']} | {r['documents']} | {r['chars']:,} | {r['facts']:,} | "
                     f"{r['chars_per_s']:,} | {r['chars_per_s_per_core']:,} | {r['mb_per_s']} |")
    return "\n".join(lines) + "\n"
