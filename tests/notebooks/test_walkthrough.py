"""notebooks/walkthrough.ipynb: committed with outputs (no errors, plots), the same numbers as a fresh run,
and the README line that quotes it agrees. Re-execute with ``python notebooks/run.py``."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "notebooks" / "walkthrough.ipynb"
HOW = "re-execute with `python notebooks/run.py` and commit the notebook and README"


def _runner():
    spec = importlib.util.spec_from_file_location("_walkthrough_run", REPO / "notebooks" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def committed():
    nbformat = pytest.importorskip("nbformat")
    return nbformat.read(NOTEBOOK, as_version=4)


def test_committed_notebook_has_outputs_no_errors_and_plots(committed):
    code = [c for c in committed.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in code), f"cells not executed: {HOW}"
    outputs = [o for c in code for o in c.get("outputs", [])]
    errors = [o for o in outputs if o.output_type == "error"]
    assert errors == [], f"{errors[0].ename}: {errors[0].evalue}" if errors else ""
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"], "warnings in outputs"
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 2, "the gap bar chart and the dependency subgraph"


def test_readme_quotes_the_committed_numbers(committed):
    run = _runner()
    numbers = run.summary(committed)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- notebook-numbers -->\n(.*?)<!-- /notebook-numbers -->", readme, re.S)
    assert block, "README lost its <!-- notebook-numbers --> block"
    assert block.group(1) == run.readme_block(numbers), f"README and notebook disagree: {HOW}"


@pytest.mark.slow
def test_fresh_run_prints_the_committed_numbers(committed, monkeypatch):
    pytest.importorskip("nbclient")
    monkeypatch.setenv("COMPUTEKG_CORPUS", str(REPO / "samples" / "corpus"))
    run = _runner()
    fresh = run.execute(NOTEBOOK)  # raises CellExecutionError on the first failing cell
    assert run.summary(fresh) == run.summary(committed), f"numbers drifted: {HOW}"
    for i, (now, then) in enumerate(zip(run.text_outputs(fresh), run.text_outputs(committed), strict=True)):
        assert now == then, f"code cell {i} prints something else now: {HOW}"
