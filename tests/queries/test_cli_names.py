"""One naming scheme across CLI and API: command names are the API's (old spellings still work),
rows are --limit/--offset (limit=/offset=), (entities, facts) everywhere, --version, dir(computekg)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from typer.testing import CliRunner

import computekg
from computekg._app import app
from computekg.cli import _load_commands

_load_commands()
runner = CliRunner()


def _json(args: list[str]) -> list | dict:
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_version() -> None:
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"computekg {computekg.__version__}"


def test_dir_lists_the_public_api() -> None:
    names = set(dir(computekg))
    assert {"ChainGraph", "build", "add", "extract", "open_store", "export", "write_graph", "CypherError",
            "QueryTimeout", "__version__"} <= names
    assert set(computekg.__all__) <= names and all(getattr(computekg, n) is not None for n in computekg.__all__)


def test_entities_then_facts_everywhere() -> None:
    for fn in (computekg.write_graph, computekg.export, computekg.ChainGraph.from_records):
        params = [p for p in inspect.signature(fn).parameters if p in ("entities", "facts")]
        assert params == ["entities", "facts"], fn
    ret = inspect.signature(computekg.extract).return_annotation
    assert str(ret).index("Entity") < str(ret).index("Fact")


def test_dependencies_and_dependents_and_old_deps(small_db: Path) -> None:
    db = ["--db", str(small_db), "--format", "json"]
    deps = _json(["dependencies", "AIServer", *db])
    assert [r["category"] for r in deps] == ["GPU", "OpticalModule", "HBM", "EUVLithography"]
    assert _json(["deps", "AIServer", *db]) == deps
    dependents = _json(["dependents", "HBM", *db])
    assert [r["category"] for r in dependents] == ["GPU", "AIServer"]
    assert _json(["deps", "HBM", "--reverse", *db]) == dependents
    assert "deps" not in runner.invoke(app, ["--help"]).stdout.split("dependencies")[0]


def test_what_if_and_old_whatif(small_db: Path) -> None:
    args = ["--restrict", "GPU", "--country", "US", "--db", str(small_db), "--format", "json"]
    new, old = _json(["what-if", *args]), _json(["whatif", *args])
    assert new == old and new["summary"]["cut_categories"] == ["GPU"]


def test_limit_offset_and_top(small_db: Path) -> None:
    db = ["--db", str(small_db), "--format", "json"]
    gaps = _json(["gaps", *db])
    assert _json(["gaps", "--limit", "2", *db]) == gaps[:2] == _json(["gaps", "--top", "2", *db])
    assert _json(["gaps", "--limit", "2", "--offset", "1", *db]) == gaps[1:3]
    assert len(_json(["chokepoints", *db])) <= 10
    first = _json(["suppliers", "GPU", "--limit", "2", *db])
    assert first == _json(["suppliers", "GPU", *db])[:2]
    r = runner.invoke(app, ["suppliers", "GPU", "--limit", "2", "--db", str(small_db)])
    assert r.exit_code == 0 and "more rows (use --limit 0, or --offset 2)" in r.stdout


def test_query_pages_and_says_how_many_are_left(small_db: Path) -> None:
    r = runner.invoke(app, ["query", "foreign_concentration", "--limit", "1", "--db", str(small_db)])
    assert r.exit_code == 0 and "more rows" in r.stdout
    rows = _json(["query", "foreign_concentration", "--db", str(small_db), "--format", "json"])
    assert _json(["query", "foreign_concentration", "--limit", "1", "--offset", "1", "--db", str(small_db),
                  "--format", "json"]) == rows[1:2]


def test_timeout_option(small_db: Path) -> None:
    r = runner.invoke(app, ["cypher", "MATCH (a)-[*1..12]-(b) RETURN count(*) AS n", "--timeout", "0.2",
                            "--db", str(small_db)])
    assert r.exit_code == 2 and "timeout" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = runner.invoke(app, ["cypher", "MATCH (c:Company {name: $n}) RETURN c.country AS c", "--db", str(small_db)])
    assert r.exit_code == 2 and "missing parameter $n" in r.stderr
    r = runner.invoke(app, ["suppliers", "GPU", "--timeout", "30", "--db", str(small_db), "--format", "json"])
    assert r.exit_code == 0


def test_span_names_in_api_answers(small_db: Path) -> None:
    from computekg.graph.base import open_store
    from computekg.queries.analysis import ChainGraph

    g = ChainGraph(open_store(small_db, read_only=True))
    for df in (g.suppliers("GPU"), g.evidence("NVIDIA", "HAS_MARKET_SHARE", "GPU")):
        assert {"span_start", "span_end"} <= set(df.columns) and not {"start", "end"} & set(df.columns)
    g.close()


def test_query_commands_import_no_nlp_stack(small_db: Path) -> None:
    """Cold start: a query command loads neither the extraction stack nor pandas or rdflib."""
    import subprocess
    import sys

    code = ("import sys; from computekg.cli import main; sys.argv = ['computekg', 'suppliers', 'GPU', '--domestic', "
            f"'--db', {str(small_db)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('LOADED', sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in "
            "('spacy', 'jieba', 'opencc', 'rdflib', 'pandas', 'pdfminer', 'docx')} | "
            "{m for m in sys.modules if m.startswith('computekg.ingest')}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert "LOADED []" in out.stdout, out.stdout[-500:] + out.stderr[-500:]
    assert "海光信息" in out.stdout
