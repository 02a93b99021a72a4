"""CLI: store commands print tables/json/csv and one-line errors with the documented exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from computekg._app import app
from computekg.cli import _load_commands

_load_commands()
runner = CliRunner()


def test_stats_json(small_db: Path) -> None:
    r = runner.invoke(app, ["stats", "--db", str(small_db), "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {(x["kind"], x["name"]): x["count"] for x in json.loads(r.stdout)}
    assert rows[("rels", "SUPPLIES")] == 8


def test_query_and_cypher(small_db: Path) -> None:
    r = runner.invoke(app, ["query", "domestic_suppliers", "-p", "category=GPU", "--db", str(small_db),
                            "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == "company,country,categories,facts"
    r = runner.invoke(app, ["cypher", "MATCH (c:Company {name: $n}) RETURN c.country AS c", "-p", "n=NVIDIA",
                            "--db", str(small_db), "--format", "json"])
    assert json.loads(r.stdout) == [{"c": "US"}]


def test_errors_are_one_line(small_db: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["cypher", "MATCH (n) DETACH DELETE n", "--db", str(small_db)])
    assert r.exit_code == 2 and r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1
    r = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.lbug")])
    assert r.exit_code == 2 and "none.lbug" in r.stderr
    r = runner.invoke(app, ["build", str(tmp_path / "missing"), "--db", str(tmp_path / "x.lbug")])
    assert r.exit_code == 2 and "missing" in r.stderr and not (tmp_path / "x.lbug").exists()


def test_export_and_queries(small_db: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["export", "--format", "graphml", "--out", str(tmp_path / "g.graphml"),
                            "--db", str(small_db)])
    assert r.exit_code == 0 and (tmp_path / "g.graphml").exists()
    r = runner.invoke(app, ["queries", "--format", "json"])
    assert "domestic_suppliers" in {q["name"] for q in json.loads(r.stdout)}
