"""Shared CLI output helpers: table/json/csv rendering and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import NoReturn

import typer

from computekg._app import EXIT_USAGE


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``error: <message>`` on stderr and exit with ``code`` (no traceback)."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, list | tuple | set):
        return ", ".join(_cell(x) for x in v)
    if isinstance(v, float):
        return f"{round(v, 3):g}"
    return str(v)


def _jsonable(v):
    if isinstance(v, set | tuple):
        return list(v)
    if hasattr(v, "item"):
        return v.item()
    return str(v)


def print_rows(rows: list[dict], fmt: Format | str, *, out: Path | None = None, title: str | None = None) -> None:
    """Render rows as a rich table, a JSON list of row objects, or CSV with a header."""
    fmt = Format(fmt)
    if fmt == Format.json:
        text = json.dumps(rows, ensure_ascii=False, indent=1, default=_jsonable) + "\n"
    elif fmt == Format.csv:
        buf = io.StringIO()
        cols: list[str] = []
        for r in rows:
            cols.extend(k for k in r if k not in cols)
        w = csv.DictWriter(buf, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow({k: _cell(r.get(k)) for k in cols})
        text = buf.getvalue()
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False)
        cols = []
        for r in rows:
            cols.extend(k for k in r if k not in cols)
        for c in cols:
            table.add_column(str(c), overflow="fold")
        for r in rows:
            table.add_row(*(_cell(r.get(c)) for c in cols))
        if out:
            console = Console(file=io.StringIO(), width=160)
            console.print(table)
            out.write_text(console.file.getvalue(), encoding="utf-8")
        else:
            console = Console()
            Console(width=console.width if console.is_terminal else 160).print(table)
        return
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
