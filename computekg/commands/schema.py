"""``computekg schema``: node labels, relationship types with FROM/TO and properties, with counts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from computekg._app import app
from computekg.commands._output import Format, fail, print_rows, table_options, write_text
from computekg.commands._paging import FormatOpt, guarded
from computekg.commands.store import DbOpt, check_out_path, open_db


@app.command("schema")
@table_options(key=("type", "kind", "from", "to", "count", "label", "properties"))
def schema_cmd(
    db: DbOpt = Path("computekg.lbug"),
    fmt: FormatOpt = Format.table,
    markdown: Annotated[bool, typer.Option("--markdown", help="The schema document (docs/schema.md), no counts.")]
    = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
    empty: Annotated[bool, typer.Option("--empty", help="Also (type, from, to) pairs with no data.")] = False,
) -> None:
    """Node labels and relationship types (each FROM → TO pair) with properties and counts.

    `--markdown` prints docs/schema.md (the same schema, no database needed).
    """
    from computekg.graph.schema_doc import markdown as schema_markdown
    from computekg.graph.schema_doc import schema_rows

    if out is not None:
        check_out_path(out)
    if markdown:
        text = schema_markdown()
        if out is None:
            sys.stdout.write(text)
        else:
            write_text(out, text)
        return
    store = open_db(db)
    try:
        tables = guarded(db, schema_rows, store)
    finally:
        store.close()
    if not empty:
        tables["relationships"] = [r for r in tables["relationships"] if r["count"]]
    if fmt == Format.json:
        text = json.dumps(tables, ensure_ascii=False, indent=1) + "\n"
        if out is None:
            sys.stdout.write(text)
        else:
            write_text(out, text)
        return
    if fmt == Format.csv:
        rows = [{"table": name, **r} for name, rows in tables.items() for r in rows]
        print_rows(rows, fmt, out=out)
        return
    if out is not None:
        fail(f"{out}: a terminal table is not written to a file; use --format json|csv or --markdown")
    print_rows(tables["nodes"], fmt, title="node labels", key=("label", "count", "properties"))
    print_rows(tables["relationships"], fmt, title="relationship types", key=("type", "kind", "from", "to", "count"))
