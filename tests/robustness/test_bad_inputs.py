"""Bad inputs next to good ones: ``extract`` and ``build`` either ingest the odd file cleanly or report
exactly one ``error: <path>: <reason>`` line for it; never a traceback, never a lost good fact.

The per-case matrix runs the typer app in-process (a fresh ``computekg`` process costs ~5 s of spaCy
and lexicon start-up, times 46 runs); :func:`test_all_bad_files_at_once_in_subprocesses` then runs
the real console command as subprocesses on the good files plus every bad file together.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from robust_helpers import (
    GOOD_FILES,
    STATS,
    db_facts,
    error_lines,
    fact_key,
    invoke_cli,
    jsonl_facts,
    no_traceback,
    record_key,
    run_cli,
)

TEXT = ("据公司公告，寒武纪向浪潮信息供应AI芯片。中际旭创是全球领先的光模块供应商，主要客户包括英伟达。\n"
        "2023年海光信息在国内服务器CPU市场的份额约为10%。\n")


def _text(tag: str) -> str:
    """TEXT with one line of its own, so two encodings of it are not duplicates of each other."""
    return TEXT + f"样本编号{tag}。\n"


TRAD = "據公司公告，寒武紀向浪潮資訊供應AI晶片。中際旭創是全球領先的光模組供應商，主要客戶包括輝達。\n"


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        p = d / name
        p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p

    return make


def _big(d: Path) -> Path:
    p = d / "big.txt"
    chunk = (TEXT * 200).encode("utf-8")
    with p.open("wb") as fh:
        for _ in range(20 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    return p


def _invalid_utf8() -> bytes:
    raw = _text("bad-bytes").encode("utf-8")
    return raw[:20] + b"\xff" + raw[20:50] + b"\xc3\x28" + raw[50:] + b"\xe4\xb8"  # stray, bad pair, truncated


def _duplicate(d: Path) -> Path:
    p = d / "zz_duplicate_of_01.md"  # sorts after the original, so the original keeps its name
    shutil.copy(Path(__file__).resolve().parents[2] / "samples" / "corpus" / GOOD_FILES[0], p)
    return p


# name -> (make the bad file, expected: "ok" = ingested, "error" = one error line + exit 1)
CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "binary": (_write("blob.bin", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 64), "error"),
    "empty": (_write("empty.txt", b""), "error"),
    "whitespace_only": (_write("blank.txt", b" \n\t\r\n  \n"), "error"),
    "markup_only": (_write("blank.html", "<html><body><script>alert(1)</script><img src=x></body></html>"), "error"),
    "big_20mb": (_big, "error"),
    "gbk": (_write("gbk.txt", _text("gbk").encode("gbk")), "ok"),
    "gb18030": (_write("gb18030.txt", ("€𠀀" + _text("gb18030")).encode("gb18030")), "ok"),
    "utf16_le_bom": (_write("u16lebom.txt", b"\xff\xfe" + _text("le-bom").encode("utf-16-le")), "ok"),
    "utf16_be_bom": (_write("u16bebom.txt", b"\xfe\xff" + _text("be-bom").encode("utf-16-be")), "ok"),
    "utf16_le_nobom": (_write("u16le.txt", _text("le").encode("utf-16-le")), "ok"),
    "utf16_be_nobom": (_write("u16be.txt", _text("be").encode("utf-16-be")), "ok"),
    "invalid_utf8": (_write("badbytes.txt", _invalid_utf8()), "ok"),
    "broken_yaml": (_write("broken.md", "---\ntitle: [未闭合\ndate: : :\n  - x\n---\n" + _text("yaml")), "ok"),
    "html_xss": (_write("xss.html", "<html><head><title>t</title><script>alert(1)</script></head><body><p>"
                        + TEXT + "</p><img src=x onerror=alert(1)><p>" + TEXT[:30]
                        + "</p><script>document.write('x')</script></body></html>"), "ok"),
    "tsv_only": (_write("table.txt", "公司\t产品\t份额\n寒武纪\tAI芯片\t10%\n中际旭创\t光模块\t20%\n"), "ok"),
    "english_only": (_write("english.txt", "NVIDIA supplies GPUs to Inspur. In 2023 NVIDIA held about 80% "
                            "of the AI accelerator market.\n"), "ok"),
    "traditional": (_write("trad.txt", TRAD), "ok"),
    "long_line_2mb": (_write("longline.txt", "GPU server rack, " * (2 * 1024 * 1024 // 17)), "error"),
    "long_line_cn": (_write("longline_cn.txt", "寒武纪向浪潮信息供应AI芯片，" * 10_000), "ok"),
    "duplicate": (_duplicate, "error"),
    "missing_dir": (lambda d: d / "no_such_dir", "error"),
    "weird_extension": (_write("研报 final.weird~", _text("weird")), "ok"),
}

@pytest.fixture(scope="module")
def runs(good_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every case through ``extract`` and ``build``, plus the good-only baseline."""
    base = tmp_path_factory.mktemp("bad")
    procs = {
        ("baseline", "extract"): invoke_cli("extract", good_corpus, "--facts-only"),
        ("baseline", "build"): invoke_cli("build", good_corpus, "--db", base / "baseline.lbug"),
    }
    bad_paths: dict[str, Path] = {}
    for name, (make, _expected) in CASES.items():
        d = base / name
        d.mkdir()
        bad = bad_paths[name] = make(d)
        procs[(name, "extract")] = invoke_cli("extract", good_corpus, bad, "--facts-only")
        procs[(name, "build")] = invoke_cli("build", good_corpus, bad, "--db", d / "kg.lbug")
    return {"procs": procs, "bad": bad_paths, "base": base}


def _docs_line(stderr: str) -> str:
    return next((ln for ln in stderr.splitlines() if ln.startswith("extracted ")), "")


@pytest.mark.parametrize("case", list(CASES))
def test_bad_file_next_to_good_ones(runs, case: str):
    procs, bad = runs["procs"], runs["bad"][case]
    expected = CASES[case][1]
    base_ex, base_db = procs[("baseline", "extract")], runs["base"] / "baseline.lbug"
    assert base_ex.returncode == 0, base_ex.stderr
    good_keys = {fact_key(r) for r in jsonl_facts(base_ex.stdout)}
    good_db_keys = {record_key(f) for f in db_facts(base_db) if f.evidence.doc in GOOD_FILES}
    assert good_keys and good_db_keys

    for command in ("extract", "build"):
        proc = procs[(case, command)]
        STATS["files tried"] += 1
        STATS["tracebacks"] += not no_traceback(proc)
        errs = error_lines(proc)
        STATS["errors reported"] += len(errs)
        assert no_traceback(proc), f"{case} {command}: traceback\n{proc.stderr[-3000:]}"
        if case == "missing_dir" and command == "build":
            # documented: build/add refuse a missing input path (exit 2) and write nothing
            assert proc.returncode == 2, proc.stderr
            assert errs == [f"error: {bad}: no such file or directory"], proc.stderr
            assert not (bad.parent / "kg.lbug").exists()
            continue
        if expected == "ok":
            assert proc.returncode == 0, f"{case} {command}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
            assert errs == [], f"{case} {command}: {errs}"
        else:
            assert proc.returncode == 1, f"{case} {command}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
            assert len(errs) == 1, f"{case} {command}: {errs}"
            assert errs[0].startswith(f"error: {bad}: ") and len(errs[0]) > len(f"error: {bad}: ") + 3, errs[0]
        if command == "extract":
            n_docs = len(GOOD_FILES) + (expected == "ok")
            assert f"from {n_docs} documents" in _docs_line(proc.stderr), proc.stderr[-500:]
            keys = {fact_key(r) for r in jsonl_facts(proc.stdout)}
            lost = good_keys - keys
        else:
            db = bad.parent / "kg.lbug"
            assert db.exists()
            lost = good_db_keys - {record_key(f) for f in db_facts(db)}
        STATS["facts lost"] += len(lost)
        assert not lost, f"{case} {command}: {len(lost)} good facts lost, e.g. {sorted(lost)[:3]}"


def test_ingested_odd_files_read_correctly(runs):
    """The encodings decode to the right text (the Chinese evidence comes back verbatim)."""
    for case in ("gbk", "gb18030", "utf16_le_bom", "utf16_be_bom", "utf16_le_nobom", "utf16_be_nobom",
                 "broken_yaml", "weird_extension"):
        proc = runs["procs"][(case, "extract")]
        name = runs["bad"][case].name
        ev = {r["evidence"] for r in jsonl_facts(proc.stdout) if r["doc"] == name}
        assert ev, f"{case}: no facts from {name}"
        original = ("€𠀀" + TEXT) if case == "gb18030" else TEXT
        assert all(e in original for e in ev), f"{case}: {ev}"
    xss = [r for r in jsonl_facts(runs["procs"][("html_xss", "extract")].stdout) if r["doc"] == "xss.html"]
    assert xss and not any("alert" in r["subject"] + r["object"] or "document.write" in r["evidence"] for r in xss)


def test_nonexistent_path_only_is_a_usage_error(tmp_path: Path):
    missing = tmp_path / "nope"
    for args in (("extract", missing), ("build", missing, "--db", tmp_path / "kg.lbug")):
        proc = run_cli(*args, cwd=tmp_path)
        assert no_traceback(proc)
        assert proc.returncode == 2, proc.stderr
        assert error_lines(proc) == [f"error: {missing}: no such file or directory"], proc.stderr
    assert not (tmp_path / "kg.lbug").exists()


def test_nothing_readable_is_a_usage_error_and_keeps_the_db(runs, tmp_path: Path):
    db = tmp_path / "kg.lbug"
    shutil.copy(runs["base"] / "baseline.lbug", db)
    before = db.read_bytes()
    blob, empty = runs["bad"]["binary"], runs["bad"]["empty"]
    for args in (("extract", blob, empty), ("build", blob, empty, "--db", db), ("add", blob, empty, "--db", db)):
        proc = run_cli(*args, cwd=tmp_path)
        assert no_traceback(proc), proc.stderr
        assert proc.returncode == 2, f"{args[0]}: exit {proc.returncode}\n{proc.stderr}"
        errs = error_lines(proc)
        assert len(errs) == 2 and errs[0].startswith(f"error: {blob}: ") and errs[1].startswith(f"error: {empty}: ")
    assert db.read_bytes() == before


def test_all_bad_files_at_once_in_subprocesses(runs, good_corpus: Path, tmp_path: Path):
    """The console command for real: good files + every bad file, ``extract`` and ``build`` side by side."""
    import subprocess

    from robust_helpers import CLI, popen_cli

    bad = runs["bad"]
    errors_expected = {n for n, (_m, exp) in CASES.items() if exp == "error" and n != "missing_dir"}
    args = [good_corpus, *(bad[n] for n in CASES if n != "missing_dir")]
    db = tmp_path / "all.lbug"
    assert CLI
    procs = {"extract": popen_cli("extract", *args, "--facts-only", cwd=tmp_path),
             "build": popen_cli("build", *args, "--db", db, cwd=tmp_path)}
    out = {}
    for cmd, p in procs.items():
        try:
            so, se = p.communicate(timeout=240)
        except subprocess.TimeoutExpired:
            p.kill()
            raise
        out[cmd] = subprocess.CompletedProcess(p.args, p.returncode, so.decode("utf-8", "replace"),
                                               se.decode("utf-8", "replace"))
    good_keys = {fact_key(r) for r in jsonl_facts(runs["procs"][("baseline", "extract")].stdout)}
    good_db_keys = {record_key(f) for f in db_facts(runs["base"] / "baseline.lbug")
                    if f.evidence.doc in GOOD_FILES}
    for cmd, proc in out.items():
        STATS["files tried"] += len(args) - 1
        STATS["tracebacks"] += not no_traceback(proc)
        errs = error_lines(proc)
        STATS["errors reported"] += len(errs)
        assert no_traceback(proc), proc.stderr[-3000:]
        assert proc.returncode == 1, f"{cmd}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
        assert len(errs) == len(errors_expected), f"{cmd}: {errs}"
        for name in errors_expected:
            assert sum(e.startswith(f"error: {bad[name]}: ") for e in errs) == 1, f"{cmd} {name}: {errs}"
        if cmd == "extract":
            lost = good_keys - {fact_key(r) for r in jsonl_facts(proc.stdout)}
        else:
            lost = good_db_keys - {record_key(f) for f in db_facts(db)}
        STATS["facts lost"] += len(lost)
        assert not lost, f"{cmd}: {len(lost)} good facts lost, e.g. {sorted(lost)[:3]}"


def test_summary(runs):
    line = ", ".join(f"{k}: {v}" for k, v in STATS.items())
    print(f"\nrobustness bad inputs — {line}")
    assert STATS["tracebacks"] == 0 and STATS["facts lost"] == 0
