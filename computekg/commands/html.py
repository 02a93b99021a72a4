"""``computekg html OUT.html``: an interactive, offline, single-file HTML view of a built database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from computekg._app import EXIT_USAGE, app
from computekg.commands._output import fail


@app.command("html")
def html_cmd(
    out: Annotated[
        Path,
        typer.Argument(
            help="HTML file to write (self-contained, works offline).", metavar="OUT.html", show_default=False
        ),
    ],
    db: Annotated[Path, typer.Option("--db", help="Database built by `computekg build`.")] = Path(
        "computekg.lbug"
    ),
    focus: Annotated[
        str | None, typer.Option("--focus", help="Only the neighbourhood of this entity (id, name or alias).")
    ] = None,
    depth: Annotated[
        int, typer.Option("--depth", min=0, help="Hops around --focus (edge direction ignored).")
    ] = 2,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "computekg",
    everything: Annotated[
        bool,
        typer.Option("--all", help="Also show reference entities no document mentions (the full gazetteer)."),
    ] = False,
) -> None:
    """Write an interactive graph view: filters, search, click a node or edge for its facts and evidence."""
    from computekg.graph.html import document_view, export_html

    if not db.exists():
        fail(f"{db}: database not found (build one with `computekg build CORPUS --db {db}`)", EXIT_USAGE)
    try:
        from computekg.graph import open_store

        store = open_store(db)
    except Exception as exc:  # noqa: BLE001 - one line, no traceback
        fail(f"{db}: cannot open database: {exc}".splitlines()[0], EXIT_USAGE)
    try:
        entities, facts = list(store.entities()), list(store.facts())
    except Exception as exc:  # noqa: BLE001
        fail(f"{db}: cannot read database: {exc}".splitlines()[0], EXIT_USAGE)
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            close()
    if not everything:
        entities, facts = document_view(entities, facts)
    try:
        summary = export_html(entities, facts, out, focus=focus, depth=depth, title=title)
    except ValueError as exc:
        fail(f"{db}: {exc}", EXIT_USAGE)
    except OSError as exc:
        fail(f"{out}: {exc.strerror or exc}", EXIT_USAGE)
    typer.echo(summary.line())
