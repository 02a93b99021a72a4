"""Relationship batches staged as Parquet files, then loaded with one ``COPY`` per table.

Appending to a LadybugDB relationship table rewrites the CSR of every node group a batch touches, so
streaming 200 000-row ``COPY``s into one growing table costs time and page cache that grow with the table
(a 10 M-relationship build ran out of an 8 GiB cache). Staging keeps memory bounded by one batch in
Python and lets the engine read each table's files once, in order.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

_ARROW = {"STRING": "string", "INT64": "int64", "DOUBLE": "float64", "BOOLEAN": "bool_", "STRING[]": "list"}


def arrow_table(rows: list[dict[str, Any]], columns: dict[str, str], lead: tuple[str, ...] = ("src", "dst")) -> Any:
    """A pyarrow table of ``rows``: ``lead`` columns (strings) then ``columns`` typed as the schema says."""
    import pyarrow as pa

    def arrow_type(t: str) -> Any:
        return pa.list_(pa.string()) if t == "STRING[]" else getattr(pa, _ARROW[t])()

    data = {c: pa.array([r.get(c) for r in rows], pa.string()) for c in lead}
    for c, t in columns.items():
        data[c] = pa.array([r.get(c) for r in rows], arrow_type(t))
    return pa.table(data)


class Staging:
    """Parquet files per (relationship type, from, to) in a folder next to the database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[tuple[str, str, str], list[Path]] = {}

    def add(self, rtype: str, pair: tuple[str, str], rows: list[dict[str, Any]], columns: dict[str, str]) -> None:
        import pyarrow.parquet as pq

        if not rows:
            return
        key = (rtype, *pair)
        files = self.files.setdefault(key, [])
        path = self.folder / f"{'__'.join(key)}.{len(files):05d}.parquet"
        self.folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(arrow_table(rows, columns), path)
        files.append(path)

    def copy_statements(self) -> list[str]:
        """``COPY TYPE FROM [files] (from=…, to=…)``, one per table (file paths are ours, never user text)."""
        out = []
        for (rtype, src, dst), files in self.files.items():
            names = ", ".join(f'"{p}"' for p in files)
            out.append(f"COPY {rtype} FROM [{names}] (from='{src}', to='{dst}')")
        return out

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
