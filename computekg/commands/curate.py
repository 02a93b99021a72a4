"""``computekg review`` (facts worth a look) and ``computekg diff OLD NEW`` (what a rebuild changed).

Fix what ``review`` finds in the reviewed-facts file (``curation.yaml``, see :mod:`computekg.curation`)
and rebuild; ``diff`` shows the effect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from computekg._app import app
from computekg.commands._output import Format, fail, print_rows, table_options

DbOpt = Annotated[Path, typer.Option("--db", help="Database built by `computekg build`.")]
FormatOpt = Annotated[Format, typer.Option("--format", help="table | json | csv (json = list of row objects)")]


def _read(db: Path):
    """Entities and facts of a database, or a one-line error (exit 2)."""
    if not db.exists():
        fail(f"{db}: database not found (build one with `computekg build CORPUS --db {db}`)")
    try:
        from computekg.graph.base import open_store

        store = open_store(db, read_only=True)
    except Exception as exc:  # noqa: BLE001 - one line, no traceback
        fail(f"{db}: cannot open database: {' '.join(str(exc).split())}")
    try:
        return store.entities(), store.facts()
    except Exception as exc:  # noqa: BLE001
        fail(f"{db}: cannot read database: {' '.join(str(exc).split())}")
    finally:
        store.close()


@app.command("review")
@table_options(key=("reason", "subject", "predicate", "object", "value", "confidence", "fact_id", "evidence"))
def review_cmd(
    db: DbOpt = Path("computekg.lbug"),
    only: Annotated[
        list[str] | None,
        typer.Option("--only", help="conflict | low-confidence | new-company | single-evidence (repeatable)."),
    ] = None,
    threshold: Annotated[float, typer.Option("--threshold", help="Confidence below this is 'low'.")] = 0.7,
    format: FormatOpt = Format.table,
) -> None:
    """Facts most worth a look: conflicting values, low confidence, companies in no reference list,
    suppliers backed by one sentence. Reject or correct them in curation.yaml (see README) by fact_id."""
    from computekg.review import REASONS, review_rows

    for reason in only or []:
        if reason not in REASONS:
            fail(f"--only: unknown reason {reason!r} ({', '.join(REASONS)})")
    entities, facts = _read(db)
    rows = review_rows(entities, facts, threshold=threshold, reasons=only or REASONS)
    print_rows(rows, format, title=f"review of {db.name}")


@app.command("diff")
@table_options(key=("change", "kind", "subject", "predicate", "object", "value", "doc", "what"))
def diff_cmd(
    old: Annotated[Path, typer.Argument(help="The database before the rebuild.", metavar="OLD.lbug")],
    new: Annotated[Path, typer.Argument(help="The database after it.", metavar="NEW.lbug")],
    format: FormatOpt = Format.table,
) -> None:
    """What changed between two builds: entities and facts added, removed and changed (field by field)."""
    from computekg.review import diff_records, diff_summary

    rows = diff_records(_read(old), _read(new))
    print_rows(rows, format, title=f"{old.name} → {new.name}")
    typer.echo(diff_summary(rows), err=format != Format.table)
