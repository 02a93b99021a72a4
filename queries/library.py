"""The named Cypher query library (``queries/cypher/*.cypher``): every query the project runs.

Each file starts with a comment header::

    // name: domestic_suppliers
    // scope: library        (library: for people, listed by `computekg queries`; api: used by ChainGraph;
    //                        build: computes the derived tables at build time)
    // description: ...
    // params: $category ...
    // rank: facts DESC      (how the answer is ordered; a page of it is the default for people)
    // example: computekg query domestic_suppliers --param category=GPU

The files are written for Neo4j (pasteable into Neo4j Browser); :func:`run_query` passes values as
query parameters (never string formatting) through the store's Cypher layer, which rewrites the text
for the engine. ``{Label}``-style placeholders (``{{label}}``) take a node label or relationship type
of the schema only — never user input. ``limit``/``offset`` return a page of the answer;
:func:`run_page` also counts the full answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from computekg.graph.dialect import mask, split_top

from .table import Table

_HEADER = re.compile(r"^//\s*(name|scope|description|params|rank|example)\s*:\s*(.*)$")
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")
_TEMPLATE = re.compile(r"\{\{(\w+)\}\}")
SCOPES = ("library", "api", "build")


class QueryNotFound(KeyError):
    """No library query of that name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass
class NamedQuery:
    name: str
    text: str
    scope: str = "library"
    description: str = ""
    params: list[str] = field(default_factory=list)  # parameter names used in the text
    templates: list[str] = field(default_factory=list)  # {{placeholders}} filled with schema names
    params_doc: str = ""
    rank: str = ""
    example: str = ""

    @property
    def body(self) -> str:
        return "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("//")).strip()


def _files() -> dict[str, Any]:
    folder = resources.files("computekg.queries").joinpath("cypher")
    return {p.name[: -len(".cypher")]: p for p in folder.iterdir() if p.name.endswith(".cypher")}


def parse_query(name: str, text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            meta[m.group(1)] = m.group(2).strip()
    q = NamedQuery(name=meta.get("name", name), text=text, scope=meta.get("scope", "library"),
                   description=meta.get("description", ""), params_doc=meta.get("params", ""),
                   rank=meta.get("rank", ""), example=meta.get("example", ""))
    body = mask(q.body)
    q.params = list(dict.fromkeys(_PARAM.findall(body)))
    q.templates = list(dict.fromkeys(_TEMPLATE.findall(body)))
    return q


_CACHE: dict[str, NamedQuery] = {}


def list_queries(scope: str | None = "library") -> list[NamedQuery]:
    """Library queries sorted by name (``scope=None``: every query the project runs)."""
    out = [load_query(n) for n in sorted(_files())]
    return [q for q in out if scope is None or q.scope == scope]


def load_query(name: str) -> NamedQuery:
    """One query by name (raises :class:`QueryNotFound`)."""
    if name not in _CACHE:
        files = _files()
        if name not in files:
            known = ", ".join(q for q in sorted(files))
            raise QueryNotFound(f"unknown query {name!r} (known: {known})")
        _CACHE[name] = parse_query(name, files[name].read_text(encoding="utf-8"))
    return _CACHE[name]


def _schema_names() -> set[str]:
    from computekg.graph.schema import node_labels, rel_types

    return set(node_labels()) | set(rel_types())


def query_text(q: NamedQuery, templates: dict[str, str] | None = None) -> str:
    """The query's Cypher with its ``{{placeholders}}`` filled (schema names only)."""
    body = q.body
    if not q.templates:
        return body
    templates = templates or {}
    allowed = _schema_names()
    for t in q.templates:
        value = templates.get(t)
        if value not in allowed:
            raise ValueError(f"query {q.name!r}: {{{{{t}}}}} must be a label or relationship type, got {value!r}")
    return _TEMPLATE.sub(lambda m: templates[m.group(1)], body)


PAGE_PARAMS = ("offset", "limit")  # a query that uses both pages itself (a precomputed rank)
ALL_ROWS = 2**62


def pages_itself(q: NamedQuery) -> bool:
    return all(p in q.params for p in PAGE_PARAMS)


def _check_params(q: NamedQuery, params: dict[str, Any]) -> dict[str, Any]:
    missing = [p for p in q.params if p not in params and p not in PAGE_PARAMS]
    if missing:
        raise ValueError(f"query {q.name!r} needs parameter(s): {', '.join('$' + m for m in missing)}")
    return {k: v for k, v in params.items() if k in q.params}


def paged(text: str, limit: int | None, offset: int = 0) -> str:
    """``text`` with ``SKIP``/``LIMIT`` for one page (validated integers, never user text)."""
    if offset:
        text += f"\nSKIP {int(offset)}"
    if limit is not None:
        text += f"\nLIMIT {int(limit)}"
    return text


def count_text(text: str) -> str:
    """The number of rows ``text`` returns: its last ``RETURN`` becomes ``WITH … RETURN count(*)``.

    >>> count_text("MATCH (c:Company) RETURN c.name AS n ORDER BY n")
    'MATCH (c:Company) RETURN count(*) AS total'
    >>> count_text("MATCH (c:Company) RETURN c.country AS k, count(*) AS n")
    'MATCH (c:Company) WITH c.country AS k, count(*) AS n RETURN count(*) AS total'
    """
    masked = mask(text)
    returns = [m for m in re.finditer(r"\bRETURN\b", masked, re.I) if _depth(masked, m.start()) == 0]
    if not returns:
        raise ValueError("query has no RETURN")
    ret = returns[-1]
    tail = re.search(r"\bORDER\s+BY\b|\bSKIP\b|\bLIMIT\b", masked[ret.end():], re.I)
    projection = text[ret.end(): ret.end() + tail.start()] if tail else text[ret.end():]
    if not _AGGREGATE.search(mask(projection)):  # one output row per input row: no need to project them
        return f"{text[: ret.start()]}RETURN count(*) AS total"
    return f"{text[: ret.start()]}WITH {projection.strip()} RETURN count(*) AS total"


_AGGREGATE = re.compile(r"\bDISTINCT\b|\b(count|collect|sum|min|max|avg|stdev\w*|percentile\w*)\s*\(", re.I)


def _depth(masked: str, pos: int) -> int:
    depth = 0
    for ch in masked[:pos]:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
    return depth


def _prepared(q: NamedQuery, params: dict[str, Any], templates: dict[str, str] | None, limit: int | None,
              offset: int) -> tuple[str, dict[str, Any]]:
    """(text, parameters) of one page: bound ``$offset``/``$limit`` for a query that pages itself,
    else ``SKIP``/``LIMIT`` appended."""
    used = _check_params(q, params)
    text = query_text(q, templates)
    if pages_itself(q):
        used.update(offset=int(offset), limit=ALL_ROWS if limit is None else int(limit))
        return text, used
    return paged(text, limit, offset), used


def run_query(store: Any, name: str, *, limit: int | None = None, offset: int = 0,
              templates: dict[str, str] | None = None, timeout: float | None = None, **params: Any) -> list[dict]:
    """Run a query on ``store`` with ``params`` bound as Cypher parameters; rows of the whole answer
    unless ``limit``/``offset`` ask for a page. Missing parameters raise ``ValueError``."""
    q = load_query(name)
    text, used = _prepared(q, params, templates, limit, offset)
    kwargs = {} if timeout is None else {"timeout": timeout}
    return store.query(text, used, **kwargs)


def run_page(store: Any, name: str, *, limit: int | None = None, offset: int = 0,
             templates: dict[str, str] | None = None, timeout: float | None = None, **params: Any) -> Table:
    """A page of a query's answer with ``total``, the size of the whole answer (counted by the engine)."""
    q = load_query(name)
    text, used = _prepared(q, params, templates, limit, offset)
    kwargs = {} if timeout is None else {"timeout": timeout}
    rows = store.query(text, used, **kwargs)
    if limit is None and not offset:
        total = len(rows)
    else:
        whole, bound = _prepared(q, params, templates, None, 0)
        total = int(store.query(count_text(whole), bound, **kwargs)[0]["total"])
    return Table(columns=_columns(text, rows), rows=rows, total=total, offset=offset)


def _columns(text: str, rows: list[dict]) -> list[str]:
    if rows:
        return list(rows[0])
    masked = mask(text)
    ret = [m for m in re.finditer(r"\bRETURN\b", masked, re.I) if _depth(masked, m.start()) == 0][-1]
    projection = re.split(r"\bORDER\s+BY\b", text[ret.end():], flags=re.I)[0]
    cols = []
    for item in split_top(projection.replace("DISTINCT", "", 1), ","):
        parts = re.split(r"\s+AS\s+", item.strip(), flags=re.I)
        cols.append(parts[-1].strip())
    return cols
