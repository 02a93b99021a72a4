"""Analysis commands: ``suppliers``, ``dependencies``, ``dependents``, ``gaps``, ``chokepoints``,
``what-if``, ``evidence`` — the names of the Python API (``deps`` and ``whatif`` still work).

All read a built database (``--db``, default ``computekg.lbug``) through the row-level analysis
(:class:`computekg.queries.chain.Chain`, no pandas) and print ``--format table|json|csv``. Long
answers are fetched a page at a time: ``--limit N`` (0 = all) and ``--offset N``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from computekg._app import app
from computekg.commands._output import Format, print_rows, table_options
from computekg.commands._paging import (
    DEFAULT_TIMEOUT,
    DbOpt,
    FormatOpt,
    OffsetOpt,
    TimeoutOpt,
    emit,
    guarded,
    open_chain,
    page_size,
)

CategoryArg = Annotated[str, typer.Argument(help="Category name, alias or Chinese name.")]
DepthOpt = Annotated[int | None, typer.Option("--depth", min=1, help="Maximum number of DEPENDS_ON hops.")]
TopOpt = Annotated[int | None, typer.Option("--top", min=1, hidden=True, help="Old name of --limit.")]
_SUPPLIER_KEY = ("name", "country", "category", "via", "share", "share_year", "doc", "evidence")
_CHAIN_KEY = ("category", "name_zh", "segment", "depth", "path")
# The terminal table keeps the columns that explain the score; json/csv carry every column.
_GAP_KEY = ("category", "name_zh", "n_domestic", "n_foreign", "top_foreign_supplier", "foreign_share",
            "localization_rate", "export_control", "upstream_risk", "gap_score")
_CHOKE_KEY = ("category", "name_zh", "n_downstream", "foreign", "top_foreign_supplier", "export_control",
              "chokepoint_score")
_WHATIF_KEY = ("category", "name", "country", "reason", "n_cut_suppliers", "n_substitutes", "segment", "depth",
               "path", "n_categories", "categories", "share", "evidence")


@app.command("suppliers")
@table_options(key=_SUPPLIER_KEY)
def suppliers_cmd(
    category: Annotated[str, typer.Argument(help="Category or segment: name, alias or Chinese name (GPU, 图形处理器, 上游).")],
    domestic: Annotated[
        bool | None, typer.Option("--domestic/--foreign", help="Only Chinese / only foreign companies.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO-2 country code, e.g. US.")] = None,
    offset: OffsetOpt = 0,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Companies supplying a category, its subtypes, or a whole segment (largest market share first)."""
    g = open_chain(db, timeout)
    page = guarded(db, g.suppliers, category, domestic, country, limit=page_size(format), offset=offset)
    emit(page, format, title=f"suppliers of {category}")


def _chain(category: str, depth: int | None, reverse: bool, offset: int, db: Path, format: Format,
           timeout: float) -> None:
    g = open_chain(db, timeout)
    page = guarded(db, g.chain, category, depth, reverse, page_size(format), offset)
    emit(page, format, title=f"{'dependents' if reverse else 'dependencies'} of {category}")


@app.command("dependencies")
@table_options(key=_CHAIN_KEY)
def dependencies_cmd(category: CategoryArg, depth: DepthOpt = None, offset: OffsetOpt = 0,
                     db: DbOpt = Path("computekg.lbug"), format: FormatOpt = Format.table,
                     timeout: TimeoutOpt = DEFAULT_TIMEOUT) -> None:
    """Everything a category transitively DEPENDS_ON, with the shortest path."""
    _chain(category, depth, False, offset, db, format, timeout)


@app.command("dependents")
@table_options(key=_CHAIN_KEY)
def dependents_cmd(category: CategoryArg, depth: DepthOpt = None, offset: OffsetOpt = 0,
                   db: DbOpt = Path("computekg.lbug"), format: FormatOpt = Format.table,
                   timeout: TimeoutOpt = DEFAULT_TIMEOUT) -> None:
    """Everything that transitively DEPENDS_ON a category, with the shortest path."""
    _chain(category, depth, True, offset, db, format, timeout)


@app.command("deps", hidden=True)
@table_options(key=_CHAIN_KEY)
def deps_cmd(category: CategoryArg, depth: DepthOpt = None,
             reverse: Annotated[bool, typer.Option("--reverse", help="Dependents instead of dependencies.")] = False,
             offset: OffsetOpt = 0, db: DbOpt = Path("computekg.lbug"), format: FormatOpt = Format.table,
             timeout: TimeoutOpt = DEFAULT_TIMEOUT) -> None:
    """Old name of `dependencies` (`--reverse`: `dependents`)."""
    _chain(category, depth, reverse, offset, db, format, timeout)


@app.command("gaps")
@table_options(key=_GAP_KEY)
def gaps_cmd(
    top: TopOpt = None,
    max_names: Annotated[int | None, typer.Option("--max-names", min=0, help="Cut supplier name lists (json/csv).")]
    = None,
    offset: OffsetOpt = 0,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Domestic-substitution gaps per category, largest gap_score first (Python: substitution_gaps)."""
    g = open_chain(db, timeout)
    brief = format == Format.table and not _wide()
    page = guarded(db, g.gaps, limit=top or page_size(format), offset=offset, max_names=max_names, brief=brief)
    emit(page, format, title="substitution gaps")


@app.command("chokepoints")
@table_options(key=_CHOKE_KEY)
def chokepoints_cmd(
    top: TopOpt = None,
    offset: OffsetOpt = 0,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Categories whose loss reaches the most downstream categories, weighted by foreign dominance
    (10 rows unless --limit)."""
    g = open_chain(db, timeout)
    page = guarded(db, g.chokepoints, limit=top or page_size(format, default=10), offset=offset)
    emit(page, format, title="chokepoints")


def _wide() -> bool:
    from computekg.commands._output import current_view

    view = current_view()
    return view.wide or bool(view.columns)


def _what_if(restrict: list[str], country: str | None, db: Path, format: Format, timeout: float) -> None:
    g = open_chain(db, timeout)
    out = guarded(db, g.what_if, restrict, country, limit=page_size(format))
    tables = out["tables"]
    if format == Format.json:
        payload = {name: t.rows for name, t in tables.items()}
        payload["summary"] = out["summary"]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n")
    elif format == Format.csv:
        print_rows([{"table": name, **r} for name, t in tables.items() for r in t.rows], format)
    else:
        for name, t in tables.items():
            if t.rows:
                emit(t, format, title=name)
            else:
                typer.echo(f"{name}: none")
    for note in out["notes"]:
        typer.echo(f"note: {note}", err=True)


@app.command("what-if")
@table_options(key=_WHATIF_KEY)
def what_if_cmd(
    restrict: Annotated[list[str], typer.Option("--restrict", help="Restricted category (repeatable).")],
    country: Annotated[str | None, typer.Option("--country", help="Restricting country (ISO-2).")] = "US",
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Simulate an export restriction: cut categories, exposed categories/segments/companies, substitutes.

    json prints one object {table name: list of rows} with a complete "summary"; csv stacks the tables
    with a leading `table` column. --limit applies to each table.
    """
    _what_if(restrict, country, db, format, timeout)


@app.command("whatif", hidden=True)
@table_options(key=_WHATIF_KEY)
def whatif_cmd(
    restrict: Annotated[list[str], typer.Option("--restrict", help="Restricted category (repeatable).")],
    country: Annotated[str | None, typer.Option("--country", help="Restricting country (ISO-2).")] = "US",
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """Old name of `what-if`."""
    _what_if(restrict, country, db, format, timeout)


@app.command("evidence")
@table_options(key=("subject", "predicate", "object", "value", "unit", "year", "conflict", "doc", "evidence"))
def evidence_cmd(
    subject: Annotated[str, typer.Argument(help="Subject name (aliases and Chinese names work).")],
    predicate: Annotated[str, typer.Argument(help="Predicate, e.g. HAS_MARKET_SHARE.")],
    object: Annotated[str, typer.Argument(help="Object name.")],  # noqa: A002
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
    timeout: TimeoutOpt = DEFAULT_TIMEOUT,
) -> None:
    """The documents and sentences behind a fact; conflicting values side by side."""
    g = open_chain(db, timeout)
    table = guarded(db, g.evidence, subject, predicate, object)
    emit(table.page(page_size(format)), format, title=f"{subject} {predicate} {object}")
