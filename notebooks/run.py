"""Re-execute ``notebooks/walkthrough.ipynb`` and save it with its outputs; refresh the README figures.

    python notebooks/run.py            # execute, save the notebook, rewrite the README block
    python notebooks/run.py --check    # execute a copy; exit 1 if its outputs differ from the committed ones

The notebook runs in a temporary folder on ``samples/corpus``. Its last cell prints the numbers the
README quotes (between ``<!-- notebook-numbers -->`` markers); the test suite checks that the committed
outputs have no errors, that a fresh run shows the same numbers, and that the README agrees.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "walkthrough.ipynb"
README = REPO / "README.md"
SUMMARY_TAG = "readme-numbers"  # cell tag of the cell whose output is quoted in the README
_BLOCK = re.compile(r"(<!-- notebook-numbers -->\n)(.*?)(<!-- /notebook-numbers -->)", re.S)


def kernel_name() -> str:
    """A kernelspec running this interpreter: ``python3`` if it points here, else a per-user one."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        exe = KernelSpecManager().get_kernel_spec("python3").argv[0]
        if exe in ("python", "python3", "{python}") or Path(exe).resolve() == Path(sys.executable).resolve():
            return "python3"
    except NoSuchKernel:
        pass
    from ipykernel.kernelspec import install

    install(user=True, kernel_name="computekg-run", display_name="computekg")
    return "computekg-run"


def execute(nb_path: Path = NOTEBOOK):
    """The notebook executed top to bottom in a temporary folder (raises on the first failing cell)."""
    import nbclient
    import nbformat

    nb = nbformat.read(nb_path, as_version=4)
    os.environ.setdefault("COMPUTEKG_CORPUS", str(REPO / "samples" / "corpus"))
    with tempfile.TemporaryDirectory() as work:
        client = nbclient.NotebookClient(nb, timeout=600, kernel_name=kernel_name(), record_timing=False,
                                         resources={"metadata": {"path": work}})
        client.execute()
    nb.metadata.pop("widgets", None)
    return nb


def text_outputs(nb) -> list[list[str]]:
    """Per code cell, its text outputs (stream text and text/plain), the part that must not drift."""
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        texts = []
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream":
                texts.append(o.get("text", ""))
            elif "data" in o:
                plain = o["data"].get("text/plain", "")
                # a figure's repr names its memory address: keep only that it is a figure
                texts.append(re.sub(r" at 0x[0-9a-f]+", "", plain if isinstance(plain, str) else "".join(plain)))
        out.append(texts)
    return out


def summary(nb) -> dict:
    """The numbers printed by the cell tagged ``readme-numbers``."""
    for cell in nb.cells:
        if SUMMARY_TAG in cell.get("metadata", {}).get("tags", []):
            for o in cell.get("outputs", []):
                if o.get("output_type") == "stream":
                    return json.loads(o["text"])
    raise ValueError(f"{NOTEBOOK.name}: no output of the cell tagged {SUMMARY_TAG!r}")


def readme_block(numbers: dict) -> str:
    """The README lines quoting the notebook (samples/corpus)."""
    def n(v: int) -> str:
        return f"{v:,}".replace(",", " ")

    gaps = ", ".join(f"{c} {s:.2f}" for c, s in numbers["top_gaps"])
    return (f"On `samples/corpus` the notebook builds {n(numbers['nodes'])} nodes and "
            f"{n(numbers['relationships'])} relationships from {numbers['documents']} documents "
            f"({n(numbers['document_facts'])} document facts); the largest gaps: {gaps}.\n")


def update_readme(numbers: dict) -> bool:
    text = README.read_text(encoding="utf-8")
    if not _BLOCK.search(text):
        raise ValueError(f"{README}: no <!-- notebook-numbers --> block")
    new = _BLOCK.sub(lambda m: m.group(1) + readme_block(numbers) + m.group(3), text)
    README.write_text(new, encoding="utf-8")
    return new != text


def main(argv: list[str] | None = None) -> int:
    import nbformat

    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--check", action="store_true", help="Only compare a fresh run with the committed outputs.")
    opts = args.parse_args(argv)
    fresh = execute()
    if opts.check:
        committed = nbformat.read(NOTEBOOK, as_version=4)
        same = text_outputs(fresh) == text_outputs(committed)
        print("outputs match the committed notebook" if same else "outputs DIFFER: run python notebooks/run.py")
        return 0 if same else 1
    nbformat.write(copy.deepcopy(fresh), NOTEBOOK)
    changed = update_readme(summary(fresh))
    print(f"wrote {NOTEBOOK.relative_to(REPO)}" + ("; README figures updated" if changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
