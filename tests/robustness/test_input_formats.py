"""Bad PDF and Word inputs through the CLI: one line per file, no traceback, the good files' facts kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from robust_helpers import SAMPLES, error_lines, invoke_cli, jsonl_facts, no_traceback


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    d = tmp_path_factory.mktemp("formats")
    shutil.copy(SAMPLES / "02_chip_weekly.md", d / "02_chip_weekly.md")
    c = canvas.Canvas(str(d / "scan.pdf"))
    c.rect(50, 50, 400, 600, fill=1)  # a page with a picture and no text
    c.showPage()
    c.save()
    (d / "truncated.pdf").write_bytes((d / "scan.pdf").read_bytes()[:200])
    (d / "encrypted_looking.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\ntrailer << /Encrypt 1 0 R >>\n")
    (d / "not_zip.docx").write_bytes(b"PK\x03\x04" + bytes(64))
    (d / "empty.docx").write_bytes(b"")
    return d


def test_bad_pdf_and_docx_are_one_line_each_and_good_facts_stay(mixed: Path):
    good = invoke_cli("extract", mixed / "02_chip_weekly.md")
    r = invoke_cli("extract", mixed)
    assert r.returncode == 1 and no_traceback(r), r.stderr[-2000:]
    errors = error_lines(r)
    bad = ("scan.pdf", "truncated.pdf", "encrypted_looking.pdf", "not_zip.docx", "empty.docx")
    assert sorted(e.split(":")[1].strip().rsplit("/", 1)[-1] for e in errors) == sorted(bad), errors
    assert any("scan.pdf: no text layer" in e for e in errors)
    assert jsonl_facts(r.stdout) == jsonl_facts(good.stdout)  # nothing lost next to the bad files


def test_build_refuses_a_folder_of_unreadable_pdfs(mixed: Path, tmp_path: Path):
    only_bad = tmp_path / "scans"
    only_bad.mkdir()
    shutil.copy(mixed / "scan.pdf", only_bad / "scan.pdf")
    db = tmp_path / "g.lbug"
    r = invoke_cli("build", only_bad, "--db", db)
    assert r.returncode == 2 and no_traceback(r)
    assert error_lines(r) and "no text layer" in error_lines(r)[0] and not db.exists()
