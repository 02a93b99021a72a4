"""Analysis commands: ``suppliers``, ``deps``, ``gaps``, ``chokepoints``, ``whatif``, ``evidence``.

All read a built database (``--db``, default ``computekg.lbug``) through
:class:`computekg.queries.analysis.ChainGraph` and print ``--format table|json|csv``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from computekg._app import app
from computekg.commands._output import Format, fail, print_rows, table_options

DbOpt = Annotated[Path, typer.Option("--db", help="Database built by `computekg build`.")]
FormatOpt = Annotated[Format, typer.Option("--format", help="table | json | csv (json = list of row objects)")]

_TABLE_HIDE = ("category_id", "company_id", "facts", "name_en", "span_start", "span_end", "share_doc")


def _open(db: Path):
    from computekg.queries.analysis import ChainGraph

    if not db.exists():
        fail(f"{db}: database not found (build one with `computekg build CORPUS --db {db}`)")
    try:
        return ChainGraph.open(db)
    except Exception as exc:  # noqa: BLE001 - one line, no traceback
        fail(f"{db}: cannot open database: {exc}".splitlines()[0])


def _clean(v: Any) -> Any:
    if isinstance(v, float) and math.isnan(v):
        return None
    if hasattr(v, "item") and not isinstance(v, list | dict | str):
        try:
            return v.item()
        except (ValueError, AttributeError):
            return v
    if v is not None and not isinstance(v, list | dict | str | bool | int | float):
        try:
            import pandas as pd

            if pd.isna(v):
                return None
        except (TypeError, ValueError):
            pass
    return v


def _rows(df, fmt: Format, hide: tuple[str, ...] = _TABLE_HIDE) -> list[dict[str, Any]]:
    rows = [{k: _clean(v) for k, v in r.items()} for r in df.to_dict(orient="records")]
    if fmt == Format.table:
        rows = [{k: v for k, v in r.items() if k not in hide} for r in rows]
    return rows


def _run(fn, *args, **kwargs):
    from computekg.queries.analysis import ReadOnlyQueryError, UnknownEntityError

    try:
        return fn(*args, **kwargs)
    except (UnknownEntityError, ReadOnlyQueryError) as exc:
        fail(str(exc))


@app.command("suppliers")
@table_options(key=("name", "country", "category", "via", "share", "share_year", "doc", "evidence"))
def suppliers_cmd(
    category: Annotated[str, typer.Argument(help="Category or segment: name, alias or Chinese name (GPU, 图形处理器, 上游).")],
    domestic: Annotated[
        bool | None, typer.Option("--domestic/--foreign", help="Only Chinese / only foreign companies.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO-2 country code, e.g. US.")] = None,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
) -> None:
    """Companies supplying a category, its subtypes, or a whole segment."""
    g = _open(db)
    df = _run(g.suppliers, category, domestic=domestic, country=country)
    print_rows(_rows(df, format), format, title=f"suppliers of {category}")


@app.command("deps")
@table_options(key=("category", "name_zh", "segment", "depth", "path"))
def deps_cmd(
    category: Annotated[str, typer.Argument(help="Category name, alias or Chinese name.")],
    depth: Annotated[int | None, typer.Option("--depth", min=1, help="Maximum number of DEPENDS_ON hops.")] = None,
    reverse: Annotated[bool, typer.Option("--reverse", help="Dependents instead of dependencies.")] = False,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
) -> None:
    """Transitive DEPENDS_ON chain of a category (what it needs, or with --reverse what needs it)."""
    g = _open(db)
    fn = g.dependents if reverse else g.dependencies
    df = _run(fn, category, depth=depth)
    title = f"{'dependents' if reverse else 'dependencies'} of {category}"
    print_rows(_rows(df, format), format, title=title)


# The terminal table keeps the columns that explain the score; json/csv carry every column.
_GAP_TABLE = (
    "category",
    "name_zh",
    "n_domestic",
    "n_foreign",
    "top_foreign_supplier",
    "foreign_share",
    "localization_rate",
    "export_control",
    "upstream_risk",
    "gap_score",
)


@app.command("gaps")
@table_options(key=_GAP_TABLE)
def gaps_cmd(
    top: Annotated[int | None, typer.Option("--top", min=1, help="Only the N largest gaps.")] = None,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
) -> None:
    """Domestic-substitution gaps per category, largest gap_score first."""
    g = _open(db)
    df = _run(g.substitution_gaps)
    if top is not None:
        df = df.head(top)
    if format == Format.table:
        df = df[list(_GAP_TABLE)]
    print_rows(_rows(df, format), format, title="substitution gaps")


@app.command("chokepoints")
@table_options(key=("category", "name_zh", "n_downstream", "foreign", "top_foreign_supplier", "export_control", "chokepoint_score"))
def chokepoints_cmd(
    top: Annotated[int, typer.Option("--top", min=1, help="Number of rows.")] = 10,
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
) -> None:
    """Categories whose loss reaches the most downstream categories, weighted by foreign dominance."""
    g = _open(db)
    df = _run(g.chokepoints, top=top)
    print_rows(_rows(df, format), format, title="chokepoints")


@app.command("whatif")
@table_options(key=("category", "name", "country", "reason", "n_cut_suppliers", "n_substitutes", "segment", "depth", "path", "n_categories", "categories", "share", "evidence"))
def whatif_cmd(
    restrict: Annotated[list[str], typer.Option("--restrict", help="Restricted category (repeatable).")],
    country: Annotated[str | None, typer.Option("--country", help="Restricting country (ISO-2).")] = "US",
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
) -> None:
    """Simulate an export restriction: cut categories, exposed categories/segments/companies, substitutes.

    json prints one object {table name: list of rows}; csv stacks the tables with a leading `table` column.
    """
    g = _open(db)
    res = _run(g.what_if, restrict, country=country)
    tables = res.tables()
    if format == Format.json:
        import json

        payload = {name: _rows(df, format) for name, df in tables.items()}
        payload["summary"] = res.summary()
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    if format == Format.csv:
        rows = [{"table": name, **r} for name, df in tables.items() for r in _rows(df, format)]
        print_rows(rows, format)
        return
    for name, df in tables.items():
        if len(df):
            print_rows(_rows(df, format), format, title=name)
        else:
            typer.echo(f"{name}: none")
    for note in res.notes:
        typer.echo(f"note: {note}", err=True)


@app.command("evidence")
@table_options(key=("subject", "predicate", "object", "value", "unit", "year", "conflict", "doc", "evidence"))
def evidence_cmd(
    subject: Annotated[str, typer.Argument(help="Subject name (aliases and Chinese names work).")],
    predicate: Annotated[str, typer.Argument(help="Predicate, e.g. HAS_MARKET_SHARE.")],
    object: Annotated[str, typer.Argument(help="Object name.")],  # noqa: A002
    db: DbOpt = Path("computekg.lbug"),
    format: FormatOpt = Format.table,
) -> None:
    """The documents and sentences behind a fact; conflicting values side by side."""
    g = _open(db)
    df = _run(g.evidence, subject, predicate, object)
    print_rows(_rows(df, format, hide=("fact_id",)), format, title=f"{subject} {predicate} {object}")
