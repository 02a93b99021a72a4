"""Execute notebooks/walkthrough.ipynb top to bottom in a temp folder; no cell may error."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "notebooks" / "walkthrough.ipynb"


def _kernel_name() -> str:
    """A kernelspec that runs this interpreter: the native ``python3`` one if it points here,
    else a per-user ``computekg-test`` spec installed for sys.executable."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    ksm = KernelSpecManager()
    try:
        spec = ksm.get_kernel_spec("python3")
        exe = spec.argv[0]
        if exe in ("python", "python3", "{python}") or Path(exe).resolve() == Path(sys.executable).resolve():
            return "python3"
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(user=True, kernel_name="computekg-test", display_name="computekg test")
    return "computekg-test"


@pytest.mark.slow
def test_walkthrough_runs_without_errors(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    work = tmp_path / "run"
    work.mkdir()
    shutil.copy(NOTEBOOK, work / NOTEBOOK.name)
    monkeypatch.setenv("COMPUTEKG_CORPUS", str(REPO / "samples" / "corpus"))
    nb = nbformat.read(work / NOTEBOOK.name, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name=_kernel_name(), resources={"metadata": {"path": str(work)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors == []
    assert (work / "walkthrough.lbug").exists()
    html = work / "walkthrough.html"
    assert html.exists() and html.stat().st_size > 1000
