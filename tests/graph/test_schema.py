"""``computekg schema`` and docs/schema.md come from one source, with counts that add up."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from computekg._app import app
from computekg.cli import _load_commands
from computekg.graph.schema import node_labels, rel_types
from computekg.graph.schema_doc import markdown

_load_commands()
runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def test_committed_schema_doc_is_current() -> None:
    committed = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert committed == markdown(), "regenerate: computekg schema --markdown --out docs/schema.md"


def test_doc_explains_several_relationships_per_pair_and_how_to_collapse() -> None:
    text = markdown()
    assert "several relationships" in text and "count(r) AS facts" in text and "SUPPLIER_OF" in text
    for rtype in rel_types():
        assert f"`{rtype}`" in text
    for label in node_labels():
        assert f"`{label}`" in text


def test_schema_command_counts(small_db: Path) -> None:
    r = runner.invoke(app, ["schema", "--db", str(small_db), "--format", "json"])
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    nodes = {n["label"]: n for n in got["nodes"]}
    assert nodes["Company"]["count"] == 7 and "aliases" in nodes["Company"]["properties"]
    assert nodes["CategoryStats"]["count"] == 7  # one derived node per category
    supplies = {(x["from"], x["to"]): x["count"] for x in got["relationships"] if x["type"] == "SUPPLIES"}
    assert supplies == {("Company", "ProductCategory"): 7, ("Company", "ProductModel"): 1}
    stats = runner.invoke(app, ["stats", "--db", str(small_db), "--format", "json"])
    rels = {x["name"]: x["count"] for x in json.loads(stats.stdout) if x["kind"] == "rels"}
    per_type: dict[str, int] = {}
    for x in got["relationships"]:
        per_type[x["type"]] = per_type.get(x["type"], 0) + x["count"]
    for rtype, n in rels.items():
        assert per_type.get(rtype, 0) == n, rtype
    assert per_type["SUPPLIER_OF"] > 0 and per_type["CONTROL"] == 2


def test_schema_table_and_markdown_out(small_db: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["schema", "--db", str(small_db)])
    assert r.exit_code == 0 and "relationship types" in r.stdout and "SUPPLIES" in r.stdout
    out = tmp_path / "schema.md"
    r = runner.invoke(app, ["schema", "--markdown", "--out", str(out)])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8") == markdown()
    r = runner.invoke(app, ["schema", "--markdown", "--out", str(tmp_path / "missing" / "x.md")])
    assert r.exit_code == 2 and r.stderr.startswith("error: ") and len(r.stderr.strip().splitlines()) == 1
