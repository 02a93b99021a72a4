"""Query commands: ``cypher``, ``shell``, ``query`` and ``queries``.

All three entry points send Neo4j Cypher through the store's Cypher layer (translation, parameter
check, read-only unless ``--write``, ``--timeout``); ``query`` runs a named query of the library and
fetches only the page it prints.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from computekg._app import app
from computekg.commands._output import Format, fail, print_rows, table_options
from computekg.commands._paging import (
    DEFAULT_TIMEOUT,
    FormatOpt,
    OffsetOpt,
    TimeoutOpt,
    emit,
    guarded,
    one_line,
    page_size,
)
from computekg.commands.store import DbOpt, open_db

ParamOpt = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="Query parameter k=v (v parsed as JSON when possible, else a string)."),
]


def parse_params(items: list[str] | None) -> dict[str, Any]:
    """``["k=v", ...]`` → dict; values parsed as JSON when they are valid JSON, else kept as text."""
    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            fail(f"--param {item!r}: expected key=value")
        try:
            out[key.strip()] = json.loads(raw)
        except ValueError:
            out[key.strip()] = raw
    return out


@app.command("cypher")
@table_options()
def cypher_cmd(
    query: Annotated[str, typer.Argument(help="A Cypher statement, written as for Neo4j (translated for the engine).")],
    param: ParamOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Allow CREATE/MERGE/SET/DELETE/...")] = False,
    fmt: FormatOpt = Format.table,
    db: DbOpt = Path("computekg.lbug"),
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Run a Cypher query with parameters; read-only unless --write. `CALL db.labels()`,
    `db.relationshipTypes()` and `db.schema.visualization()` describe the graph."""
    params = parse_params(param)
    store = open_db(db, write=write)
    try:
        rows = guarded(db, store.query, query, params, write=write, timeout=timeout)
    finally:
        store.close()
    print_rows(rows, fmt)


@app.command("shell")
def shell_cmd(db: DbOpt = Path("computekg.lbug"), timeout: TimeoutOpt = DEFAULT_TIMEOUT) -> None:
    """A minimal read-only Cypher REPL (end statements with ';', quit with :q); every statement goes
    through the same translation, checks and --timeout as `computekg cypher`."""
    from computekg.graph.errors import StoreError

    store = open_db(db)
    buf: list[str] = []
    try:
        while True:
            try:
                line = input("cypher> " if not buf else "   ...> ")
            except EOFError:
                break
            if line.strip() in (":q", ":quit", "exit"):
                break
            buf.append(line)
            if not line.rstrip().endswith(";"):
                continue
            text = "\n".join(buf).rstrip().rstrip(";")
            buf.clear()
            try:
                print_rows(store.query(text, timeout=timeout), Format.table)
            except StoreError as exc:
                typer.echo(f"error: {one_line(exc)}", err=True)
    finally:
        store.close()


@app.command("query")
@table_options()
def query_cmd(
    name: Annotated[str, typer.Argument(help="Library query name (see `computekg queries`).")],
    param: ParamOpt = None,
    offset: OffsetOpt = 0,
    fmt: FormatOpt = Format.table,
    db: DbOpt = Path("computekg.lbug"),
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Run a named query from the Cypher library (its ranked first rows unless --limit 0)."""
    from computekg.queries.library import load_query, run_page

    params = parse_params(param)
    guarded(db, load_query, name)
    store = open_db(db)
    try:
        page = guarded(db, run_page, store, name, limit=page_size(fmt), offset=offset, timeout=timeout, **params)
    finally:
        store.close()
    emit(page, fmt, title=name)


@app.command("queries")
@table_options()
def queries_cmd(
    everything: Annotated[bool, typer.Option("--all", help="Also the queries the API and the build run.")] = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """List the named Cypher queries with their parameters and ranking."""
    from computekg.queries.library import list_queries

    rows = [{"name": q.name, "scope": q.scope, "params": " ".join("$" + p for p in q.params), "rank": q.rank,
             "description": q.description} for q in list_queries(None if everything else "library")]
    if not everything:
        rows = [{k: v for k, v in r.items() if k != "scope"} for r in rows]
    print_rows(rows, fmt)


__all__ = ["parse_params"]
