"""The unseen held-out gold (tests/data/unseen/gold.jsonl) must be well formed:
evidence verbatim in its doc, relation ends declared as entities, domain/range respected."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

UNSEEN = Path(__file__).resolve().parents[1] / "data" / "unseen"


def _checker():
    spec = importlib.util.spec_from_file_location("unseen_check_gold", UNSEEN / "check_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_unseen_gold_is_well_formed():
    assert _checker().check() == []


def test_checker_catches_bad_evidence(tmp_path):
    mod = _checker()
    lines = (UNSEEN / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    rel = next(i for i, line in enumerate(lines) if "\"kind\": \"relation\"" in line)
    rec = json.loads(lines[rel])
    rec["evidence"] += "（篡改）"
    rec["object"] = "NoSuchEntity"
    lines[rel] = json.dumps(rec, ensure_ascii=False)
    bad = tmp_path / "gold.jsonl"
    bad.write_text("\n".join(lines), encoding="utf-8")
    mod.HERE = UNSEEN  # docs are resolved against the real unseen folder
    errors = mod.check(bad)
    assert any("verbatim" in e for e in errors)
    assert any("not a declared entity" in e for e in errors)


def test_unseen_passages_are_short():
    for p in UNSEEN.iterdir():
        if p.suffix in {".txt", ".md"} and p.name != "README.md":
            n = len(p.read_text(encoding="utf-8"))
            assert 300 <= n <= 900, (p.name, n)


@pytest.mark.parametrize("name", ["heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"])
def test_heldout_golds_pass_their_checkers(name):
    """Each held-out set ships its own checker (evidence verbatim, ends declared); it must report no error."""
    folder = UNSEEN.parent / name
    done = subprocess.run([sys.executable, "check_gold.py"], cwd=folder, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "errors: 0" in done.stdout, done.stdout[-1500:]
