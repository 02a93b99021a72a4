"""Never lose a graph: a corpus with nothing readable is refused (exit 2, one line, nothing written)
and the old database keeps its counts; every --out problem is one line with exit 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from computekg._app import app
from computekg.cli import _load_commands

_load_commands()
runner = CliRunner()


def _counts(db: Path) -> dict:
    r = runner.invoke(app, ["stats", "--db", str(db), "--format", "json"])
    assert r.exit_code == 0, r.output
    return {(x["kind"], x["name"]): x["count"] for x in json.loads(r.stdout)}


@pytest.fixture
def db(small_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kg.lbug"
    shutil.copy(small_db, copy)
    return copy


def _corpus(tmp_path: Path, kind: str) -> Path:
    folder = tmp_path / kind
    folder.mkdir()
    if kind == "unsupported":
        (folder / "table.xlsx").write_bytes(b"PK\x03\x04 not read")
        (folder / "figure.png").write_bytes(b"\x89PNG\r\n")
        (folder / "notes.xyz").write_text("GPU 国内代表厂商：海光信息。", encoding="utf-8")
    elif kind == "blank":
        (folder / "a.txt").write_text("", encoding="utf-8")
        (folder / "b.md").write_text("", encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["build", "add"])
@pytest.mark.parametrize("kind", ["empty", "unsupported"])
def test_no_document_is_refused_in_one_line(db: Path, tmp_path: Path, command: str, kind: str) -> None:
    before, raw = _counts(db), db.read_bytes()
    corpus = _corpus(tmp_path, kind)
    r = runner.invoke(app, [command, str(corpus), "--db", str(db)])
    assert r.exit_code == 2, r.output
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {corpus}: no supported document"), r.stderr
    assert "not written" in lines[0]
    assert db.read_bytes() == raw and _counts(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(".")) == []  # no temp files left


@pytest.mark.parametrize("command", ["build", "add"])
def test_files_without_text_are_refused(db: Path, tmp_path: Path, command: str) -> None:
    before = _counts(db)
    corpus = _corpus(tmp_path, "blank")
    r = runner.invoke(app, [command, str(corpus), "--db", str(db)])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert [line.split(": ")[0] for line in lines] == ["error", "error"]  # one line per file, each naming it
    assert {Path(line.split(": ")[1]).name for line in lines} == {"a.txt", "b.md"}
    assert _counts(db) == before


def test_build_into_a_new_path_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "new.lbug"
    r = runner.invoke(app, ["build", str(_corpus(tmp_path, "empty")), "--db", str(target)])
    assert r.exit_code == 2 and not target.exists()


def test_db_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "adir"
    folder.mkdir()
    for args in (["build", str(tmp_path), "--db", str(folder)], ["stats", "--db", str(folder)],
                 ["suppliers", "GPU", "--db", str(folder)], ["cypher", "RETURN 1", "--db", str(folder)]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "directory" in r.stderr, args


@pytest.mark.parametrize("fmt", ["turtle", "graphml", "neo4j-admin"])
def test_export_out_errors_are_one_line(small_db: Path, tmp_path: Path, fmt: str) -> None:
    afile = tmp_path / "a.txt"
    afile.write_text("x", encoding="utf-8")
    bad = [tmp_path / "missing" / "out", afile] if fmt == "neo4j-admin" else [tmp_path / "missing" / "o", tmp_path]
    for out in bad:
        r = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(small_db)])
        assert r.exit_code == 2, (out, r.output)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {out}: "), r.stderr
    good = tmp_path / ("adm" if fmt == "neo4j-admin" else "g.out")
    r = runner.invoke(app, ["export", "--format", fmt, "--out", str(good), "--db", str(small_db)])
    assert r.exit_code == 0 and good.exists()
