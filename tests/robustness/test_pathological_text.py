"""Text shaped to make regular expressions backtrack: extraction must still finish.

Each case runs in a subprocess with a generous hang guard (not a speed target: a catastrophic
pattern takes minutes or hours on these inputs, a sound one well under a second)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "conjunction_chain": "，" + "甲乙和丙丁与" * 2000,
    "cjk_run": "，" + "数据中心算力集群" * 2000,
    "names_and_adverbs": ("，" + "云岭和星澜已经" * 3 + "尚未") * 800,
    "english_lists": "Vendors such as " + "Abc, " * 3000 + "x.",
    "english_appositive": "Abc Def Ghi, a " + "b" * 20000,
    "pipes": "|" + " a |" * 5000 + "\n" + "|---" * 2000,
    "numbers": "1,000," * 5000 + "EFLOPS",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_extraction_finishes_on_pathological_text(name: str) -> None:
    code = (
        "import sys\n"
        "from computekg.ingest.pipeline import extract_source\n"
        "from computekg.ingest.reader import source_from_text\n"
        "ex = extract_source(source_from_text('p.txt', sys.stdin.read()))\n"
        "print(len(ex.facts), len(ex.rule_errors))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input=CASES[name], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    facts, rule_errors = map(int, done.stdout.split())
    assert rule_errors == 0
