"""SIGKILL during ``build`` / ``add``: the previous database stays readable with the same counts,
leftover temp files do not break (and are cleaned by) the next build, and re-ingesting is idempotent."""

from __future__ import annotations

import json
import random
import shutil
import signal
import time
from pathlib import Path

import pytest
from robust_helpers import SAMPLES, invoke_cli, no_traceback, popen_cli, run_cli

QUERY = "MATCH (c:Company)-[r:SUPPLIES]->(p) RETURN count(r) AS n, count(DISTINCT c) AS companies"


def _snapshot(db: Path) -> tuple[dict, list]:
    """``stats`` and a query through the CLI (in-process: each call opens the database afresh)."""
    stats = invoke_cli("stats", "--db", db, "--format", "json")
    assert stats.returncode == 0 and no_traceback(stats), stats.stderr
    q = invoke_cli("cypher", QUERY, "--db", db, "--format", "json")
    assert q.returncode == 0 and no_traceback(q), q.stderr
    return {(r["kind"], r["name"]): r["count"] for r in json.loads(stats.stdout)}, json.loads(q.stdout)


def _leftovers(db: Path) -> list[Path]:
    return sorted(db.parent.glob(f".{db.name}.*"))


def _kill_at(args: list, db: Path, point: str, rng: random.Random) -> None:
    proc = popen_cli(*args)
    try:
        if point == "start":
            time.sleep(rng.uniform(0.0, 0.3))
        elif point == "extracting":
            time.sleep(rng.uniform(1.5, 3.0))  # interpreter, spaCy and the lexicon are loading / reading
        elif point == "writing":  # poll for the temp database of this build
            before = set(_leftovers(db))
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None and not set(_leftovers(db)) - before:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("crash")
    first, more = base / "first", base / "more"
    first.mkdir()
    more.mkdir()
    names = sorted(p.name for p in SAMPLES.iterdir())
    for name in names[:3]:
        shutil.copy(SAMPLES / name, first / name)
    for name in names[3:]:
        shutil.copy(SAMPLES / name, more / name)
    return {"base": base, "first": first, "more": more}


@pytest.mark.parametrize("command", ["build", "add"])
def test_sigkill_keeps_previous_database(corpora, tmp_path: Path, command: str):
    db = tmp_path / "kg.lbug"
    ok = invoke_cli("build", corpora["first"], "--db", db)
    assert ok.returncode == 0, ok.stderr
    before = _snapshot(db)
    args = [command, corpora["more"] if command == "add" else corpora["base"], "--db", db]
    for seed, point in enumerate(["start", "extracting", "writing"]):
        _kill_at(args, db, point, random.Random(seed))
        assert _snapshot(db) == before, f"{command} killed at {point} (seed {seed}) changed the database"
        if point == "writing":
            assert _leftovers(db), "the kill should have hit the write (a temp database left behind)"
    # a fresh process opens it too
    fresh = run_cli("stats", "--db", db, timeout=60)
    assert fresh.returncode == 0 and no_traceback(fresh), fresh.stderr
    # leftovers of the killed runs neither break the next run nor survive it
    done = run_cli(*args, timeout=180)
    assert done.returncode == 0 and no_traceback(done), done.stderr
    assert _leftovers(db) == [], _leftovers(db)
    after = _snapshot(db)
    assert after != before  # the completed run did change it
    # re-ingesting the same input is idempotent
    again = invoke_cli(*args)
    assert again.returncode == 0, again.stderr
    assert _snapshot(db) == after


def test_stale_temp_of_a_dead_build_is_removed(tmp_path: Path, small_graph):
    from computekg.graph.atomic import write_database

    db = tmp_path / "kg.lbug"
    dead = _dead_pid()
    stale = [tmp_path / f".kg.lbug.{dead}.deadbeef.building", tmp_path / f".kg.lbug.{dead}.deadbeef.building.wal"]
    for p in stale:
        p.write_bytes(b"garbage from a killed build")
    live = tmp_path / f".kg.lbug.{_live_pid()}.cafebabe.building"
    live.write_bytes(b"another build in progress")
    write_database(*small_graph, db)
    assert not any(p.exists() for p in stale)
    assert live.exists()


def _dead_pid() -> int:
    import subprocess
    import sys

    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def _live_pid() -> int:
    import os

    return os.getppid()
