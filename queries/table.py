"""A table of rows: what the analysis functions return before (optionally) becoming a DataFrame.

The CLI prints :class:`Table` rows directly, so a query command never imports pandas; the Python API
(``ChainGraph``) hands out ``Table.to_frame()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class Table:
    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int | None = None  # rows in the whole answer (``len(rows)`` unless this is a page)
    offset: int = 0

    def __post_init__(self) -> None:
        if self.total is None:
            self.total = len(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)

    def page(self, limit: int | None, offset: int = 0) -> Table:
        """Rows ``offset`` … ``offset + limit`` of this (whole) table; ``total`` stays the whole size."""
        end = None if limit is None else offset + limit
        return Table(self.columns, self.rows[offset:end], total=len(self.rows), offset=offset)

    @property
    def more(self) -> int:
        """Rows of the whole answer after this page."""
        return max(0, (self.total or 0) - self.offset - len(self.rows))
