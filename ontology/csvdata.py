"""Reading the reference CSV files of ``ontology/data``: required columns, keys, one-line errors.

>>> split_cell("GPU|AI芯片")
['GPU', 'AI芯片']
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

DATA_PACKAGE = "computekg.ontology"
DATA_DIR = "data"

# Required columns per file; the first one is the row's key and must be non-empty.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "taxonomy.csv": ("name", "type", "parent", "segment", "name_zh", "name_en", "aliases", "source_note"),
    "subtypes.csv": ("child", "parent", "source_note"),
    "depends_on.csv": ("subject", "object", "source_note"),
    "regions.csv": ("name", "subtype", "parent", "name_en", "aliases", "source_note"),
    "companies.csv": ("name", "name_zh", "name_en", "country", "aliases", "parent", "tags", "source_note"),
    "policies.csv": ("name", "type", "aliases", "date", "issuer", "source_note"),
    "models.csv": ("name", "category", "maker", "aliases", "source_note"),
    "metrics.csv": ("name", "aliases", "unit", "source_note"),
}

Row = dict[str, str]


def split_cell(cell: str | None) -> list[str]:
    """Split a ``|``-separated cell into stripped, non-empty, de-duplicated values.

    >>> split_cell(" a | b||a ")
    ['a', 'b']
    """
    out: list[str] = []
    for part in (cell or "").split("|"):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


def doc_path(filename: str) -> str:
    return f"ontology/{filename}"


@cache
def read_rows(filename: str) -> tuple[tuple[int, Row], ...]:
    """Rows of ``ontology/data/<filename>`` with their 1-based line numbers.

    Raises :class:`ValueError` naming the file and line for a missing column, a short or long
    row, an empty key, an empty ``source_note`` or a duplicate key.
    """
    if filename not in _COLUMNS:
        raise ValueError(f"{doc_path(filename)}: not a reference data file")
    text = resources.files(DATA_PACKAGE).joinpath(DATA_DIR, filename).read_text(encoding="utf-8-sig")
    return parse_rows(filename, text)


def parse_rows(filename: str, text: str) -> tuple[tuple[int, Row], ...]:
    r"""Parse the CSV ``text`` of reference file ``filename`` (see :func:`read_rows`).

    >>> parse_rows("metrics.csv", "name,aliases,unit,source_note\nPUE,,,")
    Traceback (most recent call last):
    ...
    ValueError: ontology/metrics.csv: line 2: empty 'source_note' for 'PUE'
    """
    required = _COLUMNS[filename]
    reader = csv.DictReader(io.StringIO(text))
    header = reader.fieldnames or []
    missing = [c for c in required if c not in header]
    if missing:
        raise ValueError(f"{doc_path(filename)}: header lacks column(s) {', '.join(missing)}")
    rows: list[tuple[int, Row]] = []
    seen: dict[tuple[str, ...], int] = {}
    # The key is the first column, except for the edge lists where it is the (from, to) pair.
    key_cols = required[:2] if filename in {"subtypes.csv", "depends_on.csv"} else required[:1]
    for raw in reader:
        line = reader.line_num
        if None in raw:
            raise ValueError(f"{doc_path(filename)}: line {line}: more cells than header columns")
        if any(v is None for v in raw.values()):
            raise ValueError(f"{doc_path(filename)}: line {line}: fewer cells than header columns")
        row = {k: v.strip() for k, v in raw.items()}
        if not any(row.values()):
            continue  # tolerate blank lines
        for col in key_cols:
            if not row[col]:
                raise ValueError(f"{doc_path(filename)}: line {line}: empty {col!r}")
        if not row["source_note"]:
            raise ValueError(f"{doc_path(filename)}: line {line}: empty 'source_note' for {row[required[0]]!r}")
        key = tuple(row[c] for c in key_cols)
        if key in seen:
            raise ValueError(
                f"{doc_path(filename)}: line {line}: duplicate {'/'.join(key)!r} (first on line {seen[key]})"
            )
        seen[key] = line
        rows.append((line, row))
    return tuple(rows)


def row_error(filename: str, line: int, message: str) -> ValueError:
    return ValueError(f"{doc_path(filename)}: line {line}: {message}")


