"""Store commands: ``build``, ``add``, ``stats``, ``push``, ``export``. The wiring lives in
:mod:`computekg.builder`; this module only parses, calls and prints. (Queries: :mod:`.cypher`,
the schema: :mod:`.schema`.)"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from computekg._app import EXIT_PARTIAL, EXIT_USAGE, app
from computekg.commands._output import Format, fail, print_rows, table_options
from computekg.commands._paging import FormatOpt, one_line

DbOpt = Annotated[Path, typer.Option("--db", help="LadybugDB database file.")]


class Backend(StrEnum):
    ladybug = "ladybug"
    kuzu = "kuzu"


class ExportFormat(StrEnum):
    turtle = "turtle"
    jsonld = "jsonld"
    graphml = "graphml"
    neo4j_admin = "neo4j-admin"


def open_db(db: Path, *, write: bool = False, backend: str = "ladybug"):
    """An existing database, or a one-line error (exit 2)."""
    from computekg.graph.base import StoreError, open_store

    if not db.exists():
        fail(f"{db}: database not found (build one with `computekg build CORPUS --db {db}`)")
    if db.is_dir() and backend == "ladybug":
        fail(f"{db}: is a directory, not a database file")
    try:
        return open_store(db, backend=backend, read_only=not write)
    except StoreError as exc:
        fail(_msg(db, exc))


def _records(db: Path):
    """All entities and facts of a database, or a one-line error."""
    from computekg.graph.base import StoreError

    store = open_db(db)
    try:
        return store.entities(), store.facts()
    except StoreError as exc:
        fail(_msg(db, exc))
    finally:
        store.close()


def _msg(where: object, exc: BaseException) -> str:
    text = one_line(exc)
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

    if db.exists() and db.is_dir() and backend == "ladybug":
        fail(f"{db}: is a directory, not a database file")
    try:
        result = fn(paths, db, backend=backend, progress=True)
    except NothingReadable as exc:  # exit 2, the old database untouched: one line per unreadable file,
        for err in exc.errors:       # or one line saying that no document was found at all
            typer.echo(f"error: {err.path}: {err.reason}", err=True)
        if not exc.errors:
            fail(str(exc))
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
    """Extract the corpus, add the reference backbone and (re)build the database atomically.

    A corpus in which no document yields text (an empty folder, only unsupported or unreadable files)
    is refused with exit code 2 and the database is left as it was.
    """
    from computekg.builder import build

    _run_build(build, corpus, db, backend.value, "built")


@app.command("add")
def add_cmd(
    files: Annotated[list[Path], typer.Argument(help="More documents to merge into the database.")],
    db: DbOpt = Path("computekg.lbug"),
    backend: Annotated[Backend, typer.Option("--backend")] = Backend.ladybug,
) -> None:
    """Extract more files and merge them into an existing database (atomic rewrite; nothing readable:
    exit 2, database unchanged)."""
    from computekg.builder import add

    _run_build(add, files, db, backend.value, "after add")


@app.command("stats")
@table_options()
def stats_cmd(db: DbOpt = Path("computekg.lbug"), fmt: FormatOpt = Format.table) -> None:
    """Node and relationship counts per label / type."""
    from computekg.graph.base import StoreError

    store = open_db(db)
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
    """Copy the database to a Bolt server (MERGE on id / fact_id, so re-pushing is idempotent), then
    derive the aggregate tables there so that the query library answers on the server too."""
    from computekg.graph.base import StoreError
    from computekg.graph.bolt import BoltStore
    from computekg.queries.materialize import materialize

    ents, facts = _records(db)
    try:
        with BoltStore(uri, user=user, password=password, database=database) as bolt:
            s = bolt.push(ents, facts, progress=True)
            materialize(bolt)
    except StoreError as exc:
        fail(_msg(uri, exc))
    typer.echo(f"{uri}: {s.nodes} nodes, {s.total_relationships} relationships in {s.batches} batches, {s.seconds:.2f}s")


def check_out_path(out: Path, *, folder: bool = False) -> None:
    """Fail early (exit 2, one line) when ``--out`` cannot be written."""
    if folder:
        if out.exists() and not out.is_dir():
            fail(f"{out}: exists and is not a folder; --out needs a folder for this format")
        parent = out.parent
    else:
        if out.is_dir():
            fail(f"{out}: is a directory; --out needs a file path")
        parent = out.parent
    if not parent.exists():
        fail(f"{out}: folder {parent} does not exist")
    if not parent.is_dir():
        fail(f"{out}: {parent} is not a folder")


@app.command("export")
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="turtle | jsonld | graphml | neo4j-admin")],
    out: Annotated[Path, typer.Option("--out", help="Output file (a folder for neo4j-admin).")],
    db: DbOpt = Path("computekg.lbug"),
) -> None:
    """Export the database as RDF (Turtle/JSON-LD), GraphML or neo4j-admin import CSVs."""
    from computekg.graph.base import StoreError, export

    check_out_path(out, folder=fmt == ExportFormat.neo4j_admin)
    ents, facts = _records(db)
    try:
        path = export(fmt.value, ents, facts, out)
    except OSError as exc:
        fail(f"{out}: cannot write: {exc.strerror or one_line(exc)}")
    except StoreError as exc:
        fail(_msg(out, exc))
    typer.echo(f"{path}: {len(ents)} entities, {len(facts)} facts ({fmt.value})")


__all__ = ["check_out_path", "open_db"]
