"""Store commands: ``build``, ``add``, ``cypher``, ``shell``, ``stats``, ``push``, ``export``,
``query`` and ``queries``. The wiring lives in :mod:`computekg.builder`; this module only parses,
calls and prints."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from computekg._app import EXIT_PARTIAL, EXIT_USAGE, app
from computekg.commands._output import Format, fail, print_rows, table_options

DbOpt = Annotated[Path, typer.Option("--db", help="LadybugDB database file.")]
FormatOpt = Annotated[Format, typer.Option("--format", help="table | json | csv (json = list of row objects)")]
ParamOpt = Annotated[
    list[str] | None,
    typer.Option("--param", "-p", help="Query parameter k=v (v parsed as JSON when possible, else a string)."),
]


class Backend(StrEnum):
    ladybug = "ladybug"
    kuzu = "kuzu"


class ExportFormat(StrEnum):
    turtle = "turtle"
    jsonld = "jsonld"
    graphml = "graphml"
    neo4j_admin = "neo4j-admin"


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


def _open(db: Path, *, write: bool = False, backend: str = "ladybug"):
    from computekg.builder import open_default_store
    from computekg.graph.base import StoreError

    try:
        return open_default_store(db, backend=backend, read_only=not write)
    except StoreError as exc:
        fail(_msg(db, exc))


def _records(db: Path):
    """All entities and facts of a database, or a one-line error."""
    from computekg.graph.base import StoreError

    store = _open(db)
    try:
        return store.entities(), store.facts()
    except StoreError as exc:
        fail(_msg(db, exc))
    finally:
        store.close()


def _msg(where: object, exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if text.startswith(str(where)) else f"{where}: {text}"


def _report(result, *, title: str) -> None:
    s = result.summary
    rows = [{"label_or_type": k, "count": v} for k, v in sorted(s.node_labels.items())]
    rows += [{"label_or_type": k, "count": v} for k, v in sorted(s.relationships.items())]
    print_rows(rows, Format.table, title=title)
    typer.echo(
        f"{s.target}: {s.nodes} nodes, {s.total_relationships} relationships in {s.seconds:.2f}s"
        + (f" ({s.skipped} facts skipped: type pair not allowed)" if s.skipped else "")
    )
    for err in result.errors:
        typer.echo(f"error: {err.path}: {err.reason}", err=True)
    if result.errors:
        raise typer.Exit(EXIT_PARTIAL)


def _run_build(fn, paths: list[Path], db: Path, backend: str, title: str) -> None:
    from computekg.builder import NothingReadable
    from computekg.graph.base import StoreError

    try:
        result = fn(paths, db, backend=backend, progress=True)
    except NothingReadable as exc:  # like `extract`: every file reported, exit 2, database untouched
        for err in exc.errors:
            typer.echo(f"error: {err.path}: {err.reason}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except FileNotFoundError as exc:
        fail(f"{exc.args[0] if exc.args else exc}: no such file or directory")
    except StoreError as exc:
        fail(_msg(db, exc))
    except (NotImplementedError, ImportError) as exc:
        fail(f"{paths[0] if paths else db}: extraction unavailable: {exc}")
    except Exception as exc:  # noqa: BLE001 - the CLI promises one line, never a traceback
        fail(_msg(db, exc))
    _report(result, title=title)


@app.command("build")
def build_cmd(
    corpus: Annotated[list[Path], typer.Argument(help="Files or folders of documents.")],
    db: DbOpt = Path("computekg.lbug"),
    backend: Annotated[Backend, typer.Option("--backend")] = Backend.ladybug,
) -> None:
    """Extract the corpus, add the reference backbone and (re)build the database atomically."""
    from computekg.builder import build

    _run_build(build, corpus, db, backend.value, "built")


@app.command("add")
def add_cmd(
    files: Annotated[list[Path], typer.Argument(help="More documents to merge into the database.")],
    db: DbOpt = Path("computekg.lbug"),
    backend: Annotated[Backend, typer.Option("--backend")] = Backend.ladybug,
) -> None:
    """Extract more files and merge them into an existing database (atomic rewrite)."""
    from computekg.builder import add

    _run_build(add, files, db, backend.value, "after add")


def _query_rows(store, db: Path, cypher: str, params: dict[str, Any], write: bool) -> list[dict]:
    from computekg.graph.base import StoreError

    try:
        return store.query(cypher, params, write=write)
    except StoreError as exc:
        fail(_msg(db, exc))
    finally:
        store.close()


@app.command("cypher")
@table_options()
def cypher_cmd(
    query: Annotated[str, typer.Argument(help="A Cypher statement (LadybugDB dialect).")],
    param: ParamOpt = None,
    write: Annotated[bool, typer.Option("--write", help="Allow CREATE/MERGE/SET/DELETE/...")] = False,
    fmt: FormatOpt = Format.table,
    db: DbOpt = Path("computekg.lbug"),
) -> None:
    """Run a Cypher query with parameters; read-only unless --write."""
    params = parse_params(param)
    rows = _query_rows(_open(db, write=write), db, query, params, write)
    print_rows(rows, fmt)


@app.command("shell")
def shell_cmd(db: DbOpt = Path("computekg.lbug")) -> None:
    """A minimal read-only Cypher REPL (end statements with ';', quit with :q)."""
    from computekg.graph.base import StoreError

    store = _open(db)
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
                print_rows(store.query(text), Format.table)
            except StoreError as exc:
                typer.echo(f"error: {_msg(db, exc)}", err=True)
    finally:
        store.close()


@app.command("stats")
@table_options()
def stats_cmd(db: DbOpt = Path("computekg.lbug"), fmt: FormatOpt = Format.table) -> None:
    """Node and relationship counts per label / type."""
    from computekg.graph.base import StoreError

    store = _open(db)
    try:
        counts = store.counts()
    except StoreError as exc:
        fail(_msg(db, exc))
    finally:
        store.close()
    rows = [{"kind": k.split(":", 1)[0], "name": k.split(":", 1)[1], "count": v} for k, v in counts.items()]
    print_rows(rows, fmt)


@app.command("push")
def push_cmd(
    uri: Annotated[str, typer.Option("--uri", help="bolt://host:7687 (Neo4j or FalkorDB)")],
    user: Annotated[str, typer.Option("--user")] = "neo4j",
    password: Annotated[str, typer.Option("--password", envvar="NEO4J_PASSWORD")] = "",
    database: Annotated[str | None, typer.Option("--database")] = None,
    db: DbOpt = Path("computekg.lbug"),
) -> None:
    """Copy the database to a Bolt server (MERGE on id / fact_id, so re-pushing is idempotent)."""
    from computekg.graph.base import StoreError
    from computekg.graph.bolt import BoltStore

    ents, facts = _records(db)
    try:
        with BoltStore(uri, user=user, password=password, database=database) as bolt:
            s = bolt.push(ents, facts, progress=True)
    except StoreError as exc:
        fail(_msg(uri, exc))
    typer.echo(f"{uri}: {s.nodes} nodes, {s.total_relationships} relationships in {s.batches} batches, {s.seconds:.2f}s")


@app.command("export")
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="turtle | jsonld | graphml | neo4j-admin")],
    out: Annotated[Path, typer.Option("--out", help="Output file (a folder for neo4j-admin).")],
    db: DbOpt = Path("computekg.lbug"),
) -> None:
    """Export the database as RDF (Turtle/JSON-LD), GraphML or neo4j-admin import CSVs."""
    from computekg.graph.base import export

    ents, facts = _records(db)
    try:
        path = export(fmt.value, ents, facts, out)
    except OSError as exc:
        fail(f"{out}: {exc.strerror or exc}")
    typer.echo(f"{path}: {len(ents)} entities, {len(facts)} facts ({fmt.value})")


@app.command("query")
@table_options()
def query_cmd(
    name: Annotated[str, typer.Argument(help="Library query name (see `computekg queries`).")],
    param: ParamOpt = None,
    fmt: FormatOpt = Format.table,
    db: DbOpt = Path("computekg.lbug"),
) -> None:
    """Run a named query from the Cypher library."""
    from computekg.graph.base import StoreError
    from computekg.queries.library import QueryNotFound, run_query

    params = parse_params(param)
    store = _open(db)
    try:
        rows = run_query(store, name, **params)
    except QueryNotFound as exc:
        fail(f"{name}: {exc.args[0]}")
    except ValueError as exc:
        fail(f"{name}: {exc}")
    except StoreError as exc:
        fail(_msg(db, exc))
    finally:
        store.close()
    print_rows(rows, fmt, title=name)


@app.command("queries")
@table_options()
def queries_cmd(fmt: FormatOpt = Format.table) -> None:
    """List the named Cypher queries with their parameters."""
    from computekg.queries.library import list_queries

    rows = [{"name": q.name, "params": " ".join("$" + p for p in q.params), "description": q.description}
            for q in list_queries()]
    print_rows(rows, fmt)


__all__ = ["EXIT_USAGE", "parse_params"]
