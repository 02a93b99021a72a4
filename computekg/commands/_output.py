"""Shared CLI output helpers: table/json/csv rendering, the table options and one-line errors.

A terminal table fits 100 columns by default: the command's key columns (or as many leading
columns as fit), every cell on one line (long text cut with "…"), at most ``DEFAULT_LIMIT`` rows
followed by "N more rows (use --limit 0)", and "no rows" for an empty answer. ``--wide`` shows
every column uncut, ``--columns a,b`` picks columns, ``--limit N`` (0 = all) sets the row limit.
JSON is a list of row objects; CSV has a header and LF line ends.

Commands get the options with :func:`table_options`, which adds ``--wide/--columns/--limit`` to a
typer command and hands them to every :func:`print_rows` call the command makes::

    @app.command("suppliers")
    @table_options(key=("name", "country", "category", "share", "evidence"))
    def suppliers_cmd(...): ... print_rows(rows, fmt)
"""

from __future__ import annotations

import csv
import functools
import inspect
import io
import json
import sys
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.cells import cell_len, set_cell_size

from computekg._app import EXIT_USAGE

DEFAULT_WIDTH = 100
DEFAULT_LIMIT = 20
# Columns that are for machines (ids, span offsets, fact lists): left out of the automatic choice.
_MACHINE_SUFFIXES = ("_id", "_ids", "span_start", "span_end")
_MACHINE_NAMES = {"id", "facts", "fact_id", "start", "end"}
_MIN_TEXT = 8  # a shrunk column keeps at least this many cells
_GAP = 2  # cells between two columns


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``error: <message>`` on stderr and exit with ``code`` (no traceback)."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


# ------------------------------------------------------------------------------------ table view


@dataclass(frozen=True)
class TableView:
    """How a terminal table is cut: which columns, how wide, how many rows."""

    wide: bool = False
    columns: tuple[str, ...] | None = None  # explicit choice (--columns); None = key columns / auto
    limit: int | None = None  # None = DEFAULT_LIMIT for tables, no limit for json/csv; 0 = no limit
    width: int = DEFAULT_WIDTH
    key: tuple[str, ...] | None = None  # the command's key columns (a hint, not a filter on json/csv)
    options: bool = False  # the command has --wide/--columns/--limit (see table_options)

    def row_limit(self, fmt: Format) -> int | None:
        if self.limit is not None:
            return self.limit or None
        # only a command that offers --limit cuts rows by default (the note tells how to see them)
        return DEFAULT_LIMIT if fmt == Format.table and self.options and not self.wide else None


_VIEW: ContextVar[TableView | None] = ContextVar("computekg_table_view", default=None)

WideOpt = Annotated[bool, typer.Option("--wide", help="Table: every column, cells uncut, no row limit.")]
ColumnsOpt = Annotated[
    str | None, typer.Option("--columns", help="Table: these columns, comma-separated (see --format json).")
]
LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", min=0, help=f"At most N rows (0 = all; table default {DEFAULT_LIMIT})."),
]


def parse_columns(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    cols = tuple(c.strip() for c in text.split(",") if c.strip())
    if not cols:
        fail("--columns: expected column names separated by commas")
    return cols


def table_options(key: Sequence[str] | None = None) -> Callable[[Callable], Callable]:
    """Decorator: add ``--wide``, ``--columns`` and ``--limit`` to a typer command.

    ``key`` names the columns a default (100-column) table shows, in order; columns a command's rows
    do not have are ignored. The options reach every :func:`print_rows` call made by the command.
    """

    def decorate(func: Callable) -> Callable:
        sig = inspect.signature(func, eval_str=True)
        extra = [
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=ann)
            for name, ann, default in (("wide", WideOpt, False), ("columns", ColumnsOpt, None),
                                       ("limit", LimitOpt, None))
            if name not in sig.parameters
        ]

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            view = TableView(
                wide=bool(kwargs.pop("wide", False)),
                columns=parse_columns(kwargs.pop("columns", None)),
                limit=kwargs.pop("limit", None),
                key=tuple(key) if key else None,
                options=True,
            )
            token = _VIEW.set(view)
            try:
                return func(*args, **kwargs)
            finally:
                _VIEW.reset(token)

        wrapper.__signature__ = sig.replace(parameters=[*sig.parameters.values(), *extra])  # type: ignore[attr-defined]
        return wrapper

    return decorate


def current_view() -> TableView:
    """The table options of the running command (defaults outside a :func:`table_options` command)."""
    return _VIEW.get() or TableView()


# ------------------------------------------------------------------------------------ cells


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list | tuple | set):
        return ", ".join(_cell(x) for x in v)
    if isinstance(v, float):
        if v != v:  # NaN
            return ""
        return f"{round(v, 3):g}"
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def _one_line(text: str) -> str:
    return " ".join(text.split()) if any(c in text for c in "\n\r\t") else text


def _jsonable(v: Any) -> Any:
    if isinstance(v, set | tuple):
        return list(v)
    if hasattr(v, "item"):
        return v.item()
    return str(v)


def _all_columns(rows: list[dict]) -> list[str]:
    cols: list[str] = []
    seen: set[str] = set()
    for r in rows:
        for k in r:
            if k not in seen:
                seen.add(k)
                cols.append(k)
    return cols


def _is_machine(col: str) -> bool:
    return col in _MACHINE_NAMES or col.endswith(_MACHINE_SUFFIXES)


# ------------------------------------------------------------------------------------ layout


def _fit_widths(natural: list[int], floors: list[int], budget: int) -> list[int] | None:
    """Widths ≤ natural that sum to ≤ budget, shrinking the widest first; None if even floors overflow."""
    if sum(natural) <= budget:
        return list(natural)
    if sum(floors) > budget:
        return None
    lo, hi = 0, max(natural)
    while lo < hi:  # the largest cap t with sum(max(floor, min(natural, t))) <= budget
        t = (lo + hi + 1) // 2
        if sum(max(f, min(n, t)) for n, f in zip(natural, floors, strict=True)) <= budget:
            lo = t
        else:
            hi = t - 1
    widths = [max(f, min(n, lo)) for n, f in zip(natural, floors, strict=True)]
    spare = budget - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):  # hand out what rounding left
        grow = min(spare, natural[i] - widths[i])
        widths[i] += grow
        spare -= grow
    return widths


def choose_columns(rows: list[dict], view: TableView) -> tuple[list[str], list[int]]:
    """The columns a table shows and their widths (``0`` = unlimited, for --wide)."""
    available = _all_columns(rows)
    if view.columns:
        unknown = [c for c in view.columns if c not in available]
        if unknown and rows:
            fail(f"--columns: no column {unknown[0]!r} (columns: {', '.join(available)})")
        cols = [c for c in view.columns if c in available]
    elif view.wide:
        return available, [0] * len(available)
    elif view.key:
        cols = [c for c in view.key if c in available] or available
    else:
        cols = [c for c in available if not _is_machine(c)] or available
    texts = {c: [_one_line(_cell(r.get(c))) for r in rows] for c in cols}
    if not view.columns:  # a column with nothing in it says nothing
        cols = [c for c in cols if any(texts[c])] or cols
    values = [max(cell_len(t) for t in texts[c]) if rows else 0 for c in cols]
    natural = [max(cell_len(c), v) for c, v in zip(cols, values, strict=True)]
    # a column may shrink to half its header (which then takes two lines) and to _MIN_TEXT cells of
    # text; the first column (the row's name) is not cut below 24 cells, an id (asked for) not at all
    floors = [n if _is_machine(c) else min(n, max(-(-cell_len(c) // 2), min(v, 24 if i == 0 else _MIN_TEXT)))
              for i, (c, v, n) in enumerate(zip(cols, values, natural, strict=True))]  # ids are never cut
    while cols:
        budget = view.width - _GAP * (len(cols) - 1)
        widths = _fit_widths(natural, floors, budget)
        if widths is not None:
            return cols, widths
        if view.columns or len(cols) == 1:  # asked for: keep them all, as narrow as they go
            return cols, floors
        cols, natural, floors = cols[:-1], natural[:-1], floors[:-1]  # the last column does not fit
    return cols, []


def _clip(text: str, width: int) -> str:
    if width <= 0 or cell_len(text) <= width:
        return text
    return set_cell_size(text, width - 1).rstrip() + "…"


def _header_lines(name: str, width: int) -> tuple[str, str]:
    """A header in one line, or in two when the column is narrower (split after a ``_`` if possible)."""
    if width <= 0 or cell_len(name) <= width:
        return name, ""
    cut = name.rfind("_", 0, width + 1)
    if cut <= 0 or cell_len(name[cut + 1:]) > width:
        cut = width - 1
    return name[: cut + 1], _clip(name[cut + 1 :], width)


def render_table(rows: list[dict], view: TableView, title: str | None = None) -> str:
    """Plain-text table (one line per row); with notes on hidden rows and columns."""
    lines: list[str] = []
    if title:
        lines.append(title)
    if not rows:
        lines.append("no rows")
        return "\n".join(lines) + "\n"
    limit = view.row_limit(Format.table)
    shown = rows if limit is None else rows[:limit]
    cols, widths = choose_columns(shown, view)
    cut = [[_clip(_one_line(_cell(r.get(c))), w) for c, w in zip(cols, widths, strict=True)] for r in shown]
    heads = [_header_lines(c, w) for c, w in zip(cols, widths, strict=True)]
    full = [max([cell_len(h[0]), cell_len(h[1]), *(cell_len(row[i]) for row in cut)]) for i, h in enumerate(heads)]

    def line(cells: list[str]) -> str:
        return (" " * _GAP).join(set_cell_size(c, w) for c, w in zip(cells, full, strict=True)).rstrip()

    lines.append(line([h[0] for h in heads]))
    if any(h[1] for h in heads):
        lines.append(line([h[1] for h in heads]))
    lines.append((" " * _GAP).join("─" * w for w in full))
    lines.extend(line(r) for r in cut)
    hidden = [c for c in _all_columns(rows) if c not in cols]
    if len(rows) > len(shown):
        lines.append(f"{len(rows) - len(shown)} more rows (use --limit 0)")
    if hidden and not view.columns:
        how = "use --wide or --columns" if view.options else "not shown"
        note = f"{len(hidden)} more columns ({how}): " + ", ".join(hidden)
        lines.append(_clip(note, view.width))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------ output


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    cols = _all_columns(rows)
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: _cell(r.get(k)) for k in cols})
    return buf.getvalue()


def _terminal_width() -> int:
    import shutil

    if sys.stdout.isatty():
        return min(DEFAULT_WIDTH, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    return DEFAULT_WIDTH


def print_rows(
    rows: list[dict],
    fmt: Format | str,
    *,
    out: Path | None = None,
    title: str | None = None,
    key: Sequence[str] | None = None,
    view: TableView | None = None,
) -> None:
    """Render rows as a terminal table, a JSON list of row objects, or CSV with a header.

    ``key`` names the columns a default table shows (overrides the command's hint); ``view`` the
    cut (default: the running command's ``--wide/--columns/--limit``). ``out`` writes to a file.
    """
    fmt = Format(fmt)
    view = view or current_view()
    if key is not None:
        view = replace(view, key=tuple(key))
    if out is None:
        view = replace(view, width=_terminal_width())
    limit = view.row_limit(fmt)
    if fmt == Format.table:
        text = render_table(rows, view, title)
    else:
        kept = rows if limit is None else rows[:limit]
        if len(kept) < len(rows):
            typer.echo(f"{len(rows) - len(kept)} more rows (use --limit 0)", err=True)
        if fmt == Format.json:
            text = json.dumps(kept, ensure_ascii=False, indent=1, default=_jsonable) + "\n"
        else:
            text = to_csv(kept)
    if out is None:
        sys.stdout.write(text)
        return
    write_text(out, text)


def check_out(out: Path | None) -> None:
    """Fail early (exit 2, one line) when ``--out`` cannot be written: a folder, or a missing folder."""
    if out is None:
        return
    if out.is_dir():
        fail(f"{out}: is a directory; --out needs a file path")
    if not out.parent.exists():
        fail(f"{out}: folder {out.parent} does not exist")
    if not out.parent.is_dir():
        fail(f"{out}: {out.parent} is not a folder")


def write_text(out: Path, text: str) -> None:
    """Write ``text`` (UTF-8, LF) to ``out``; any OS error is one line with exit 2."""
    check_out(out)
    try:
        with open(out, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    except OSError as exc:
        fail(f"{out}: cannot write: {exc.strerror or exc}")
