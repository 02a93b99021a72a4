"""Helpers for the robustness suite: run the CLI as a subprocess, fact keys, the summary counters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "corpus"
GOOD_FILES = ("01_chain_overview.md", "02_chip_weekly.md", "06_optical_modules.md")
CLI = [sys.executable, "-m", "computekg.cli"]


def run_cli(*args: object, cwd: Path | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    """``computekg ARGS`` in a subprocess (text mode, UTF-8, no colour)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([*CLI, *map(str, args)], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)


def popen_cli(*args: object, cwd: Path | None = None) -> subprocess.Popen:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    return subprocess.Popen([*CLI, *map(str, args)], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def no_traceback(proc: subprocess.CompletedProcess) -> bool:
    return "Traceback" not in (proc.stdout or "") and "Traceback" not in (proc.stderr or "")


def error_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [ln for ln in (proc.stderr or "").splitlines() if ln.startswith("error:")]


def fact_key(row: dict) -> tuple:
    """Identity of an ``extract --format jsonl`` fact row (same fields as ``Fact.key`` plus the span)."""
    return (row["subject_type"], row["subject"], row["predicate"], row["object_type"], row["object"],
            row["doc"], row["value"], row["year"], row["span_start"], row["span_end"])


def record_key(f) -> tuple:
    ev = f.evidence
    return (f.subject_type.value, f.subject, f.predicate.value, f.object_type.value, f.object,
            ev.doc, f.value, f.year, ev.start, ev.end)


def jsonl_facts(text: str) -> list[dict]:
    return [r for r in (json.loads(ln) for ln in text.splitlines() if ln.strip()) if r.get("kind") != "entity"]


def db_facts(db: Path) -> list:
    from computekg.graph.base import open_store

    store = open_store(db, read_only=True)
    try:
        return store.facts()
    finally:
        store.close()


def db_counts(db: Path) -> dict[str, int]:
    from computekg.graph.base import open_store

    store = open_store(db, read_only=True)
    try:
        return store.counts()
    finally:
        store.close()


# filled by test_bad_inputs, printed by conftest.pytest_terminal_summary
STATS = {"files tried": 0, "errors reported": 0, "tracebacks": 0, "facts lost": 0}


def invoke_cli(*args: object) -> SimpleNamespace:
    """The same typer app in-process (the spaCy model loads once): returncode/stdout/stderr like a
    subprocess; an exception escaping a command is rendered into stderr as a traceback."""
    import traceback

    from typer.testing import CliRunner

    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()
    r = CliRunner().invoke(app, [str(a) for a in args])
    stderr = r.stderr
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        stderr += "".join(traceback.format_exception(r.exception))
    return SimpleNamespace(returncode=r.exit_code, stdout=r.stdout, stderr=stderr)
