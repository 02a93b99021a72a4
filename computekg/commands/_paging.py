"""Shared by the query commands: ``--timeout``, ``--offset``, pages fetched from the store (not cut
after the fact), the "N more rows" note, and one-line errors for everything a query can raise."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from computekg.commands._output import Format, current_view, fail, print_rows

T = TypeVar("T")
DEFAULT_TIMEOUT = 30.0  # the graph layer's default; repeated here so typer's help shows it without importing it

DbOpt = Annotated[Path, typer.Option("--db", help="Database built by `computekg build`.")]
FormatOpt = Annotated[Format, typer.Option("--format", help="table | json | csv (json = list of row objects)")]
TimeoutOpt = Annotated[
    float, typer.Option("--timeout", min=0.001, help="Stop a query running longer than this many seconds.")
]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Skip the first N rows of the answer.")]


def page_size(fmt: Format, default: int | None = None) -> int | None:
    """How many rows to fetch: ``--limit`` (0 = all), else the table default (``default`` when the
    command has its own), else everything for json/csv."""
    view = current_view()
    if view.limit is None and default is not None and fmt == Format.table and not view.wide:
        return default
    return view.row_limit(fmt)


def emit(table: Any, fmt: Format, *, title: str | None = None) -> None:
    """Print a page (a :class:`~computekg.queries.table.Table`) and say how many rows are left."""
    print_rows(table.rows, fmt, title=title)
    if table.more:
        note = f"{table.more} more rows (use --limit 0, or --offset {table.offset + len(table.rows)})"
        if fmt == Format.table:
            typer.echo(note)
        else:
            typer.echo(note, err=True)


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def query_error(where: object, exc: BaseException) -> NoReturn:
    text = one_line(exc)
    fail(text if text.startswith(str(where)) else f"{where}: {text}")


def guarded(db: Path, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``; any error of a query (unknown name, refused Cypher, timeout, engine
    error) becomes one ``error:`` line with exit code 2."""
    from computekg.graph.errors import StoreError
    from computekg.queries.analysis import ReadOnlyQueryError, UnknownEntityError
    from computekg.queries.library import QueryNotFound

    try:
        return fn(*args, **kwargs)
    except (UnknownEntityError, ReadOnlyQueryError, QueryNotFound) as exc:
        fail(one_line(exc))
    except StoreError as exc:
        query_error(db, exc)
    except ValueError as exc:
        fail(one_line(exc))


def open_chain(db: Path, timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """The row-level analysis (:class:`computekg.queries.chain.Chain`) of a built database."""
    from computekg.graph.base import open_store
    from computekg.queries.chain import Chain

    if not db.exists():
        fail(f"{db}: database not found (build one with `computekg build CORPUS --db {db}`)")
    if db.is_dir():
        fail(f"{db}: is a directory, not a database file")
    try:
        return Chain(open_store(db, read_only=True), timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - one line, no traceback
        fail(f"{db}: cannot open database: {one_line(exc)}")
