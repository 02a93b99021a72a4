"""``computekg extract`` and ``computekg eval``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from computekg._app import EXIT_PARTIAL, EXIT_USAGE, app
from computekg.commands._output import Format, check_out, fail, print_rows, table_options, write_text

# The facts table on a terminal: what was read, and from which sentence.
_FACT_KEY = ("subject", "predicate", "object", "value", "unit", "year", "doc", "page", "evidence")


@app.command()
@table_options(key=_FACT_KEY)
def extract(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders (.txt .md .html .pdf .docx; UTF-8/GB18030/UTF-16)."),
    ],
    format: Annotated[str, typer.Option("--format", help="jsonl | json | table | csv")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file instead of stdout.")] = None,
    facts_only: Annotated[bool, typer.Option("--facts-only", help="Omit entity lines.")] = False,
) -> None:
    """Extract facts (with evidence) and entities from documents.

    jsonl prints one JSON object per line: facts, then entities with "kind": "entity".
    Exit 0 ok, 1 some files skipped (reported on stderr), 2 usage error.
    """
    from computekg.api import extract_corpus

    if format not in ("jsonl", "json", "table", "csv"):
        fail(f"--format: unknown format {format!r} (jsonl, json, table, csv)")
    check_out(out)  # before minutes of extraction, not after
    started = time.perf_counter()
    result = extract_corpus(paths, progress=sys.stderr.isatty())
    elapsed = time.perf_counter() - started
    rows = [f.to_row() for f in result.facts]
    entity_rows = [] if facts_only else [
        {"kind": "entity", "name": e.name, "type": e.type.value, "country": e.country, "aliases": e.aliases,
         "docs": e.docs, "source": e.source}
        for e in result.entities
    ]
    for err in result.errors:
        typer.echo(f"error: {err.path}: {err.reason}", err=True)
    if not result.documents and result.errors:
        raise typer.Exit(EXIT_USAGE)
    chars = sum(d.chars for d in result.documents)
    typer.echo(
        f"extracted {len(result.facts)} facts, {len(result.entities)} entities from {len(result.documents)} "
        f"documents ({chars} chars in {elapsed:.2f}s, {chars / max(elapsed, 1e-9):,.0f} chars/s); "
        f"rule failures: {len(result.rule_errors)}",
        err=True,
    )
    for failure in result.rule_errors[:5]:  # a rule that raised lost its facts for that sentence: a bug to report
        typer.echo(f"rule failure: {failure}", err=True)
    if format == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows + entity_rows)
        if out:
            write_text(out, text)
        else:
            sys.stdout.write(text)
    else:
        print_rows(rows, Format(format if format != "jsonl" else "json"), out=out, title="facts")
    if result.errors:
        raise typer.Exit(EXIT_PARTIAL)


@app.command("eval")
def eval_cmd(
    corpus: Annotated[list[Path], typer.Argument(help="Corpus files or folder the gold annotates.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold JSON-lines file.")],
    format: Annotated[str, typer.Option("--format", help="table | json | csv")] = "table",
    errors: Annotated[bool, typer.Option("--errors", help="Also list false positives and misses.")] = False,
) -> None:
    """Precision, recall and F1 per predicate and overall (recall on the gold's core tier),
    company recall and country accuracy."""
    from computekg.api import extract_corpus
    from computekg.ingest.evaluate import evaluate

    if not gold.is_file():
        fail(f"{gold}: gold file not found")
    result = extract_corpus(corpus)
    for err in result.errors:
        typer.echo(f"error: {err.path}: {err.reason}", err=True)
    docs = {d.doc for d in result.documents}
    try:
        report = evaluate(gold, result.facts, result.entities, docs=docs)
    except ValueError as exc:
        fail(str(exc))
    fmt = Format(format)
    if fmt == Format.json:
        typer.echo(json.dumps(report if errors else {k: v for k, v in report.items()
                                                     if k not in ("false_positives", "missed")},
                              ensure_ascii=False, indent=1))
        return
    print_rows(report["relations"] + [report["strict_overall"]], fmt, title="relations")
    ent = report["entities"]
    ent_row = {k: ent[k] for k in ("companies", "found", "company_recall", "country_accuracy")}
    ent_row["discovered"] = ent["discovered"]["n"]
    ent_row["discovered_precision"] = ent["discovered"]["precision"]
    print_rows([ent_row], fmt, title="companies")
    if errors:
        print_rows([{"predicate": f["predicate"], "subject": f["subject"], "object": f["object"],
                     "value": f["value"], "doc": f["doc"], "rule": f["rule"],
                     "evidence": f["evidence"][:60]} for f in report["false_positives"]], fmt,
                   title="false positives")
        print_rows([{"predicate": g["predicate"], "subject": g["subject"], "object": g["object"],
                     "value": g.get("value"), "doc": g["doc"], "evidence": g["evidence"][:60]}
                    for g in report["missed"]], fmt, title="missed (core)")
        print_rows([{"missing": m} for m in ent["missing"]] + [{"wrong_country": str(w)} for w in ent["wrong_country"]]
                   + [{"wrong_discovery": d} for d in ent["discovered"]["wrong"]],
                   fmt, title="companies missed / wrong country / discovered names the gold does not list")
