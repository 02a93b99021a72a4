"""The one gate every user query passes (``computekg cypher``, the shell, ``ChainGraph.cypher``,
named queries): Neo4j Cypher in, a statement the engine can run out.

:func:`prepare` checks, in this order: write clauses (refused unless ``write``), introspection calls
(``CALL db.labels()``, ``db.relationshipTypes()``, ``db.propertyKeys()``, ``db.schema.visualization()``
answered from the schema for engines that lack them), ``$parameters`` (a missing one is an error
naming it), and the dialect rewrites of :mod:`computekg.graph.dialect`. Values only ever travel as
parameters.

>>> prepare("MATCH (c:Company {name: $n}) RETURN type(r)", {"n": "NVIDIA"}, "ladybug")[0]
'MATCH (c:Company {name: $n}) RETURN label(r)'
>>> prepare("RETURN $x", {}, "ladybug")
Traceback (most recent call last):
...
computekg.graph.errors.CypherError: missing parameter $x (pass it with --param x=VALUE, or params={'x': ...})
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .dialect import mask, translate
from .errors import CypherError, ReadOnlyError

_WRITE_WORDS = ("CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
                "INSTALL", "IMPORT", "EXPORT", "ATTACH", "FOREACH", "CHECKPOINT")
# Procedures that only read; any other ``CALL name(...)`` is treated as a possible write.
_READ_PROCEDURES = {
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization", "db.indexes",
    "db.constraints", "show_tables", "table_info", "show_connection", "show_functions",
    "db.idx.fulltext.querynodes", "algo.bfs", "current_setting", "db.meta.stats", "dbms.components",
}
_WRITE_RE = re.compile(r"(?<![\w.$])(" + "|".join(_WRITE_WORDS) + r")(?![\w])", re.I)
_CALL_RE = re.compile(r"(?<![\w.$])CALL\s+([A-Za-z_][\w.]*)\s*\(", re.I)
_CALL_BLOCK = re.compile(r"(?<![\w.$])CALL\s*\{", re.I)
_PARAM = re.compile(r"\$([A-Za-z_]\w*|\d+)")
_PAGING = re.compile(r"\b(SKIP|LIMIT)\s+\$([A-Za-z_]\w*)", re.I)
# introspection procedure -> (the column it yields, the catalog key holding its values)
_INTROSPECTION = {"db.labels": ("label", "labels"), "db.relationshiptypes": ("relationshipType", "types"),
                  "db.propertykeys": ("propertyKey", "keys")}
_NATIVE = {"neo4j": {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization"},
           "falkordb": {"db.labels", "db.relationshiptypes", "db.propertykeys"}}
_HIDDEN = "__ck_"  # prefix of parameters the layer adds itself


def check_read_only(cypher: str) -> None:
    """Raise :class:`ReadOnlyError` if ``cypher`` contains a write clause or a non-read procedure.

    String literals, backtick identifiers and comments are ignored, so ``'CREATE'`` as a value is fine.

    >>> check_read_only("MATCH (n) WHERE n.name = 'DELETE me' RETURN n")
    >>> check_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    computekg.graph.errors.ReadOnlyError: write clause DETACH in a read-only query (use write=True / --write)
    """
    text = mask(cypher)
    m = _WRITE_RE.search(text)
    if m:
        raise ReadOnlyError(f"write clause {m.group(1).upper()} in a read-only query (use write=True / --write)")
    for m in _CALL_RE.finditer(text):
        if m.group(1).lower() not in _READ_PROCEDURES:
            raise ReadOnlyError(
                f"procedure {m.group(1)} may write; not allowed in a read-only query (use write=True)"
            )


def prepare(cypher: str, params: dict[str, Any], dialect: str, *, write: bool = False,
            catalog: Callable[[], dict[str, Any]] | None = None) -> tuple[str, dict[str, Any]]:
    """(statement for the engine, the parameters it uses) — or :class:`CypherError` saying why not."""
    text = cypher.strip().rstrip(";").strip()
    if not text:
        raise CypherError("empty query")
    if not write:
        check_read_only(text)
    _refuse_unsupported(text, dialect)
    bound = dict(params)
    text = _introspection(text, dialect, bound, catalog)
    used = list(dict.fromkeys(_PARAM.findall(mask(text))))
    missing = [p for p in used if p not in bound]
    if missing:
        name = missing[0]
        raise CypherError(f"missing parameter ${name} (pass it with --param {name}=VALUE, or params={{'{name}': ...}})")
    bound = {k: v for k, v in bound.items() if k in used}
    if dialect in ("ladybug", "kuzu"):
        text = _inline_paging(text, bound)
    return translate(text, dialect), bound


def _refuse_unsupported(text: str, dialect: str) -> None:
    masked = mask(text)
    m = re.search(r"(?<![\w.])(apoc|gds)\.[\w.]+", masked, re.I)
    if m and dialect != "neo4j":
        raise CypherError(f"{m.group(0)}: APOC / GDS procedures exist only in Neo4j; write the same with MATCH, "
                          "OPTIONAL MATCH, collect() and the library queries (computekg queries)")
    if dialect in ("ladybug", "kuzu", "falkordb") and _CALL_BLOCK.search(masked):
        raise CypherError("CALL { … } subqueries are not available here: use WITH … OPTIONAL MATCH …, "
                          "EXISTS { MATCH … } or COUNT { MATCH … } instead")
    answered = {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization"}
    for call in _CALL_RE.finditer(masked):
        name = call.group(1).lower()
        if name.startswith("db.") and name not in answered | _NATIVE.get(dialect, set()) and dialect != "neo4j":
            known = "db.labels(), db.relationshipTypes(), db.propertyKeys(), db.schema.visualization()"
            raise CypherError(f"procedure {call.group(1)} is not available; introspection offers {known} "
                              "(and `computekg schema`)")


def _introspection(text: str, dialect: str, bound: dict[str, Any],
                   catalog: Callable[[], dict[str, Any]] | None) -> str:
    """``CALL db.labels() [YIELD label [AS x] [WHERE …]] …`` → ``UNWIND $__ck_labels AS label …``."""
    native = _NATIVE.get(dialect, set())
    pat = re.compile(r"(?<![\w.$])CALL\s+(db\.labels|db\.relationshipTypes|db\.propertyKeys|db\.schema\.visualization)"
                     r"\s*\(\s*\)(\s+YIELD\s+([\w\s,]+?)(?=\s+(WHERE|RETURN|WITH|MATCH|UNWIND|ORDER)\b|\s*$))?", re.I)
    m = pat.search(mask(text))
    if not m or m.group(1).lower() in native:
        return text
    if catalog is None:
        raise CypherError(f"{m.group(1)}() needs a store")
    info = catalog()
    proc = m.group(1).lower()
    yields = [y.strip() for y in (m.group(3) or "").split(",") if y.strip()]
    rest = text[m.end():]
    if proc == "db.schema.visualization":
        bound[f"{_HIDDEN}nodes"] = [{"name": label} for label in info["labels"]]
        bound[f"{_HIDDEN}relationships"] = [dict(x) for x in info["links"]]
        cols = {"nodes": f"${_HIDDEN}nodes", "relationships": f"${_HIDDEN}relationships"}
        names = _renames(yields, list(cols))
        head = ", ".join(f"{cols[src]} AS {dst}" for src, dst in names)
        return text[: m.start()] + (f"WITH {head}" + rest if rest.strip() else f"RETURN {head}")
    column, key = _INTROSPECTION[proc]
    bound[f"{_HIDDEN}{key}"] = list(info[key])
    names = _renames(yields, [column])
    if len(names) != 1:
        raise CypherError(f"{m.group(1)}() yields one column, {column}")
    alias = names[0][1]
    head = f"UNWIND ${_HIDDEN}{key} AS {alias}"
    if rest.strip().upper().startswith("WHERE"):
        head += f" WITH {alias}"
    return text[: m.start()] + head + (rest if rest.strip() else f" RETURN {alias}")


def _renames(yields: list[str], columns: list[str]) -> list[tuple[str, str]]:
    """``YIELD a AS b, c`` → [(a, b), (c, c)]; no YIELD → every column under its own name."""
    if not yields:
        return [(c, c) for c in columns]
    out = []
    for y in yields:
        parts = re.split(r"\s+AS\s+", y, flags=re.I)
        src = parts[0].strip()
        if src not in columns:
            raise CypherError(f"YIELD {src}: this procedure yields {', '.join(columns)}")
        out.append((src, parts[-1].strip()))
    return out


def _inline_paging(text: str, bound: dict[str, Any]) -> str:
    """LadybugDB wants literal SKIP / LIMIT numbers: an integer parameter is written in (ints only)."""

    def sub(m: re.Match[str]) -> str:
        value = bound.get(m.group(2))
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise CypherError(f"{m.group(1).upper()} ${m.group(2)} needs a non-negative integer")
        return f"{m.group(1)} {value}"

    masked = mask(text)
    out, last = [], 0
    for m in _PAGING.finditer(masked):
        out.append(text[last : m.start()])
        out.append(sub(m))
        last = m.end()
    out.append(text[last:])
    new = "".join(out)
    for name in set(_PAGING.findall(masked)):
        if f"${name[1]}" not in mask(new):
            bound.pop(name[1], None)
    return new
