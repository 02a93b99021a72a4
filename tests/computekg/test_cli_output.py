"""Terminal tables (100 columns, key columns, one line per row, row limit, "no rows"), CSV line ends,
JSON unchanged, the reusable --wide/--columns/--limit options and `extract --out` errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Annotated

import pytest
import typer
from rich.cells import cell_len
from typer.testing import CliRunner

from computekg.commands._output import Format, TableView, print_rows, render_table, table_options

LONG = "国内代表厂商：海光信息、景嘉微、摩尔线程、壁仞科技等，在GPU领域持续投入研发。\n并推出了多款产品。" * 3
ROWS = [
    {"name": f"公司{i}", "company_id": f"Company:公司{i}", "country": "CN", "category": "GPU", "share": i / 3,
     "doc": "02_chip_weekly.md", "evidence": LONG, "span_start": 3, "span_end": 90, "facts": ["f1", "f2"]}
    for i in range(30)
]


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.command()
    @table_options(key=("name", "country", "share", "evidence"))
    def rows(n: Annotated[int, typer.Option("--n")] = 30, fmt: Annotated[Format, typer.Option("--format")] = Format.table):
        print_rows(ROWS[:n], fmt, title="companies")

    @app.command()
    def other() -> None:  # a command without the decorator still fits
        print_rows(ROWS, Format.table)

    return app


def _invoke(*args: str):
    return CliRunner().invoke(_app(), list(args))


def _table_lines(text: str) -> list[str]:
    return text.rstrip("\n").splitlines()


def test_default_table_fits_100_columns_one_line_per_row_with_row_limit():
    r = _invoke("rows")
    assert r.exit_code == 0, r.output
    lines = _table_lines(r.stdout)
    assert max(cell_len(ln) for ln in lines) <= 100
    assert lines[0] == "companies"
    assert lines[1].split() == ["name", "country", "share", "evidence"]  # the key columns, in order
    body = [ln for ln in lines if ln.startswith("公司")]
    assert len(body) == 20  # default limit, each row on one line
    assert all(ln.endswith("…") for ln in body)  # long evidence cut, not wrapped
    assert "10 more rows (use --limit 0)" in lines
    assert "Company:" not in r.stdout and "span_start" not in lines[1]


def test_limit_zero_wide_and_columns():
    r = _invoke("rows", "--limit", "0")
    assert sum(ln.startswith("公司") for ln in _table_lines(r.stdout)) == 30 and "more rows" not in r.stdout
    r = _invoke("rows", "--limit", "3", "--wide")
    lines = _table_lines(r.stdout)
    assert lines[1].split()[:3] == ["name", "company_id", "country"]
    assert "span_end" in lines[1] and "facts" in lines[1]
    assert LONG.replace("\n", " ") in r.stdout  # uncut, still one line
    assert sum(ln.startswith("公司") for ln in lines) == 3 and "27 more rows (use --limit 0)" in lines
    r = _invoke("rows", "--columns", "doc,name", "--limit", "2")
    assert _table_lines(r.stdout)[1].split() == ["doc", "name"]
    r = _invoke("rows", "--columns", "nope")
    assert r.exit_code == 2 and r.stderr.startswith("error: --columns: no column 'nope'")
    assert len(r.stderr.strip().splitlines()) == 1


def test_empty_answer_says_no_rows():
    r = _invoke("rows", "--n", "0")
    assert r.exit_code == 0 and _table_lines(r.stdout) == ["companies", "no rows"]


def test_without_decorator_the_automatic_choice_still_fits():
    r = _invoke("other")
    lines = _table_lines(r.stdout)
    assert max(cell_len(ln) for ln in lines) <= 100
    assert "company_id" not in lines[0] and "name" in lines[0]
    assert "more columns (not shown)" in r.stdout  # no hint at options the command does not have
    assert sum(ln.startswith("公司") for ln in lines) == 30 and "--limit" not in r.stdout


def test_csv_has_lf_line_ends_and_json_is_unchanged():
    r = _invoke("rows", "--format", "csv")
    assert "\r" not in r.stdout
    table = list(csv.reader(io.StringIO(r.stdout, newline="")))
    assert len(table) == 31 and table[0][:3] == ["name", "company_id", "country"]  # every row (no limit)
    assert table[1][table[0].index("evidence")] == LONG  # the full text, newlines quoted
    r = _invoke("rows", "--format", "json")
    rows = json.loads(r.stdout)
    assert len(rows) == 30 and rows[0]["evidence"] == LONG and rows[0]["facts"] == ["f1", "f2"]
    r = _invoke("rows", "--format", "json", "--limit", "5")
    assert len(json.loads(r.stdout)) == 5 and "25 more rows" in r.stderr


def test_render_table_cjk_width_and_values():
    text = render_table([{"a": "海" * 80, "b": 1.23456, "c": None, "d": "x"}], TableView(width=40))
    lines = _table_lines(text)
    assert max(cell_len(ln) for ln in lines) <= 40
    assert "1.235" in text and lines[0].split() == ["a", "b", "d"]  # empty column left out


def test_print_rows_to_file_uses_lf(tmp_path: Path):
    out = tmp_path / "t.csv"
    print_rows([{"a": "x\ny", "b": 2}], Format.csv, out=out)
    assert b"\r" not in out.read_bytes().replace(b'"x\ny"', b"") and out.read_text().startswith("a,b\n")


@pytest.mark.parametrize("target", ["missing_dir/x.jsonl", "."])
def test_extract_out_errors_are_one_line_exit_2(tmp_path: Path, target: str):
    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()
    doc = tmp_path / "a.txt"
    doc.write_text("海光信息供应GPU。", encoding="utf-8")
    out = tmp_path / target
    r = CliRunner().invoke(app, ["extract", str(doc), "--out", str(out)])
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {out}") and "Traceback" not in r.output


def test_analysis_commands_fit_and_take_the_options(small_db: Path):
    from computekg._app import app
    from computekg.cli import _load_commands

    _load_commands()
    runner = CliRunner()
    for args in (["suppliers", "GPU"], ["whatif", "--restrict", "GPU"], ["evidence", "NVIDIA", "HAS_MARKET_SHARE", "GPU"],
                 ["gaps"], ["cypher", "MATCH (c:Company) RETURN c.name AS name, c.aliases AS aliases"]):
        r = runner.invoke(app, [*args, "--db", str(small_db)])
        assert r.exit_code == 0, (args, r.output)
        assert max(cell_len(ln) for ln in r.stdout.splitlines()) <= 100, args
        wide = runner.invoke(app, [*args, "--db", str(small_db), "--wide"])
        assert wide.exit_code == 0 and len(wide.stdout) >= len(r.stdout), args
    r = runner.invoke(app, ["cypher", "MATCH (c:Company) RETURN c.name AS name", "--db", str(small_db), "--limit", "2"])
    assert "more rows (use --limit 0)" in r.stdout
    r = runner.invoke(app, ["cypher", "MATCH (c:Company) WHERE c.name = 'nobody' RETURN c.name", "--db", str(small_db)])
    assert r.exit_code == 0 and r.stdout.strip() == "no rows"
