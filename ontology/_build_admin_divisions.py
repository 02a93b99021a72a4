"""Write ``data/admin_divisions.csv``: China's provinces, prefecture-level cities and counties/districts.

Source: the administrative-division table bundled with the ``jionlp`` package (``dictionary/
china_location.zip``, Ministry of Civil Affairs codes; jionlp 1.5.31). Only the first three levels are
kept (34 provincial units, ~350 prefectures, ~3 200 counties and districts). A development script:
the CSV is committed, so extraction never needs jionlp.

    pip install jionlp==1.5.31 && python -m computekg.ontology._build_admin_divisions
"""

from __future__ import annotations

import csv
import importlib.util
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
SOURCE_NOTE = "MCA administrative divisions via jionlp 1.5.31 china_location"
LEVELS = {0: "province", 1: "city", 2: "district"}


def _source_zip() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("jionlp is not installed: pip install jionlp==1.5.31")
    return Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "china_location.zip"


def read_divisions() -> list[dict]:
    with zipfile.ZipFile(_source_zip()) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    rows, stack = [], {}
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2:
            continue
        cells = line.strip("\t").split("\t")
        if len(cells) < 2:
            continue
        name, code = cells[0], cells[1]
        short = cells[2] if len(cells) > 2 else ""
        stack[depth] = name
        parent = stack.get(depth - 1, "") if depth else ""
        if depth == 1 and name == parent:  # municipalities repeat themselves as their own city
            continue
        if depth == 2 and stack.get(1) == stack.get(0):
            parent = stack[0]
        rows.append({"name": name, "short": short, "level": LEVELS[depth], "parent": parent, "adcode": code})
    return rows


def main() -> None:
    rows = read_divisions()
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=["name", "short", "level", "parent", "adcode", "source_note"], lineterminator="\n")
    w.writeheader()
    for r in sorted(rows, key=lambda r: r["adcode"]):
        w.writerow({**r, "source_note": SOURCE_NOTE})
    (HERE / "data" / "admin_divisions.csv").write_text(out.getvalue(), encoding="utf-8")
    print(f"wrote {len(rows)} divisions to ontology/data/admin_divisions.csv")


if __name__ == "__main__":
    main()
