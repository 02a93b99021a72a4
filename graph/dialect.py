"""Rewrite Neo4j Cypher for the other engines (LadybugDB / kuzu, FalkorDB).

Every query is written as a Neo4j user writes it (the ``.cypher`` library stays pasteable into Neo4j
Browser); :func:`translate` rewrites only the forms an engine lacks:

LadybugDB / kuzu
  * ``MATCH p = shortestPath((a)-[:T*1..6]->(b))`` → ``MATCH p = (a)-[:T* SHORTEST 1..6]->(b)``;
    ``allShortestPaths`` → ``* ALL SHORTEST``
  * list comprehensions ``[x IN list WHERE cond | expr]`` → ``list_transform(list_filter(list, x -> cond), x -> expr)``
  * ``type(r)`` → ``label(r)``; ``labels(n)`` → ``[label(n)]``; a label predicate ``n:Company`` in an
    expression → ``label(n) = 'Company'``
  * 0-based list indexes and slices (``l[0]``, ``l[1..3]``) → the engine's 1-based ones
  * ``toString/toInteger/toFloat/toBoolean`` → ``CAST``; ``head/last/tail/split/substring/rand`` → their
    equivalents; ``exists(n.p)`` → ``n.p IS NOT NULL``; ``EXISTS { (a)-->(b) }`` / ``COUNT { … }`` →
    ``EXISTS { MATCH … }``; ``size((a)-->(b))`` → ``COUNT { MATCH … }``; map projections ``n {.a, .b}``
FalkorDB
  * ``shortestPath`` is only allowed as an expression, so
    ``MATCH p = shortestPath(...)`` → ``WITH shortestPath(...) AS p WHERE p IS NOT NULL``;
    ``EXISTS { MATCH <one pattern> }`` → the pattern as a predicate

A form that cannot be translated raises :class:`CypherError` saying what to write instead.

>>> translate("MATCH (a)-[r]->(b) RETURN type(r) AS t, [n IN nodes(p) | n.name] AS ns", "ladybug")
'MATCH (a)-[r]->(b) RETURN label(r) AS t, list_transform(nodes(p), n -> n.name) AS ns'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import CypherError

DIALECTS = ("neo4j", "falkordb", "ladybug", "kuzu")

_STRINGS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_KEYWORDS = {"MATCH", "WHERE", "WITH", "RETURN", "UNWIND", "ORDER", "BY", "SKIP", "LIMIT", "AND", "OR", "XOR",
             "NOT", "IN", "AS", "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "OPTIONAL", "UNION", "ALL",
             "CALL", "YIELD", "IS", "NULL", "CONTAINS", "STARTS", "ENDS", "SET", "CREATE", "MERGE", "DELETE"}
_EXPR_CLAUSE = re.compile(r"\b(OPTIONAL\s+MATCH|MATCH|WHERE|WITH|RETURN|UNWIND|ORDER\s+BY|SET|CREATE|MERGE|YIELD)\b",
                          re.I)


def mask(text: str) -> str:
    """``text`` with string literals, backtick names and comments blanked (same length), so that
    searches for syntax never match inside them."""
    return _STRINGS.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1]
                        if m.group(0)[0] in "'\"`" else " " * len(m.group(0)), text)


def close_bracket(masked: str, open_at: int) -> int:
    """Index of the bracket closing the one at ``open_at`` (in masked text)."""
    depth = 0
    for i in range(open_at, len(masked)):
        ch = masked[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return i
    raise CypherError("unbalanced brackets in the query")


def split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` (a character or a keyword) outside brackets and strings."""
    masked = mask(text)
    pat = re.compile(rf"\b{sep}\b", re.I) if sep.isalpha() else re.compile(re.escape(sep))
    parts, depth, last, i = [], 0, 0, 0
    while i < len(masked):
        ch = masked[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0:
            m = pat.match(masked, i)
            if m and not (sep.isalpha() and i and (masked[i - 1].isalnum() or masked[i - 1] == "_")):
                parts.append(text[last:i])
                last = i = m.end()
                continue
        i += 1
    parts.append(text[last:])
    return parts


def _each(q: str, pattern: re.Pattern[str], edit: Callable[[str, str, re.Match[str]], tuple[int, int, str] | None]) -> str:
    """Apply ``edit`` to every match of ``pattern`` in the masked query, left to right; ``edit`` returns
    (start, end, replacement) of the span to replace, or None to leave the match alone."""
    pos = 0
    while True:
        masked = mask(q)
        m = pattern.search(masked, pos)
        if not m:
            return q
        change = edit(q, masked, m)
        if change is None:
            pos = m.end()
            continue
        start, end, new = change
        q = q[:start] + new + q[end:]
        pos = start + 1


def _call_args(q: str, masked: str, open_at: int) -> tuple[list[str], int]:
    """Arguments (text) of the call whose ``(`` is at ``open_at`` and the index of its ``)``."""
    close = close_bracket(masked, open_at)
    inner = q[open_at + 1 : close]
    args = [a.strip() for a in split_top(inner, ",")] if inner.strip() else []
    return args, close


# --------------------------------------------------------------------------- rewrites


_SHORTEST = re.compile(r"\b(shortestPath|allShortestPaths)\s*\(", re.I)
_ASSIGNED = re.compile(r"\bMATCH\s+([A-Za-z_]\w*)\s*=\s*$", re.I)
_VARLEN = re.compile(r"\*\s*(\d*)\s*(\.\.\s*(\d*))?")


def _rewrite_shortest(q: str, dialect: str) -> str:
    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        open_at = m.end() - 1
        close = close_bracket(masked, open_at)
        assigned = _ASSIGNED.search(masked[: m.start()])
        if not assigned:
            if dialect == "falkordb":
                return None  # FalkorDB takes shortestPath as an expression
            raise CypherError(f"{m.group(1)}(…) works only as `MATCH p = {m.group(1)}((a)-[:T*]->(b))` here; "
                              "bind the path in MATCH and use p")
        pattern, var = q[open_at + 1 : close], assigned.group(1)
        if dialect == "falkordb":
            if m.group(1).lower() == "allshortestpaths":
                return None
            return assigned.start(), close + 1, _falkordb_shortest(pattern, var)
        kind = "ALL SHORTEST" if m.group(1).lower() == "allshortestpaths" else "SHORTEST"

        def bounds(v: re.Match[str]) -> str:
            lo, hi = v.group(1), v.group(3)
            return f"* {kind} {lo or 1}..{hi}" if hi else f"* {kind}"

        return m.start(), close + 1, _VARLEN.sub(bounds, pattern, count=1)

    return _each(q, _SHORTEST, edit)


def _falkordb_shortest(pattern: str, var: str) -> str:
    """FalkorDB evaluates ``shortestPath`` only between bound nodes: endpoints with a label or
    properties are matched first, then the path is computed in a ``WITH``."""
    masked = mask(pattern)
    first_close = close_bracket(masked, masked.index("("))
    last_open = masked.rindex("(")
    first, rel, last = pattern[: first_close + 1], pattern[first_close + 1 : last_open], pattern[last_open:]
    bound, names = [], []
    for i, node in enumerate((first.strip(), last.strip())):
        m = re.match(r"\(\s*([A-Za-z_]\w*)?", node)
        name = (m.group(1) if m else None) or f"__ck_{'ab'[i]}"
        names.append(name)
        if re.search(r"[:{]", mask(node)):  # labelled or with properties: match it first
            bound.append(node if m and m.group(1) else f"({name}{node[1:]}")
    head = f"MATCH {', '.join(bound)} " if bound else ""
    return f"{head}WITH *, shortestPath(({names[0]}){rel}({names[1]})) AS {var} WHERE {var} IS NOT NULL"


_SUBQUERY = re.compile(r"\b(EXISTS|COUNT)\s*\{\s*(?=\()", re.I)
_EXISTS_FN = re.compile(r"\bexists\s*\(", re.I)
_SIZE_FN = re.compile(r"\bsize\s*\(\s*(?=\()", re.I)


def _is_pattern(masked: str, open_at: int) -> bool:
    """Does the ``(`` at ``open_at`` start a path pattern like ``(a)-[:T]->(b)``?"""
    close = close_bracket(masked, open_at)
    return bool(re.match(r"\s*(<?-)", masked[close + 1 :]))


def _rewrite_subqueries(q: str, dialect: str) -> str:
    if dialect != "falkordb":
        q = _each(q, _SUBQUERY, lambda q, masked, m: (m.start(), m.end(), f"{m.group(1)} {{ MATCH "))

    def exists_fn(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        args, close = _call_args(q, masked, m.end() - 1)
        if len(args) != 1:
            return None
        arg = args[0]
        if arg.startswith("(") and _is_pattern(mask(arg), 0):
            return m.start(), close + 1, arg if dialect == "falkordb" else f"EXISTS {{ MATCH {arg} }}"
        return m.start(), close + 1, f"({arg} IS NOT NULL)"

    q = _each(q, _EXISTS_FN, exists_fn)
    if dialect == "falkordb":
        return _falkordb_exists(q)

    def size_fn(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        if not _is_pattern(masked, m.end()):
            return None
        args, close = _call_args(q, masked, masked.index("(", m.start()))
        return m.start(), close + 1, f"COUNT {{ MATCH {args[0]} }}"

    return _each(q, _SIZE_FN, size_fn)


def _falkordb_exists(q: str) -> str:
    """``EXISTS { MATCH <pattern> }`` → the pattern as a predicate (FalkorDB has no subqueries)."""
    pat = re.compile(r"\b(EXISTS|COUNT)\s*\{", re.I)

    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str]:
        close = close_bracket(masked, m.end() - 1)
        body = q[m.end() : close].strip()
        body = re.sub(r"^MATCH\s+", "", body, flags=re.I)
        if m.group(1).upper() == "EXISTS" and body.startswith("(") and not re.search(r"\b(WHERE|RETURN|MATCH)\b",
                                                                                       mask(body), re.I):
            return m.start(), close + 1, body
        raise CypherError(f"{m.group(1).upper()} {{ … }} subqueries are not available on FalkorDB: write the pattern "
                          "as a predicate (WHERE (a)-[:T]->(b)) or count with OPTIONAL MATCH … count(x)")

    return _each(q, pat, edit)


_MAP_PROJECTION = re.compile(r"\b([A-Za-z_]\w*)\s*\{\s*\.")


def _rewrite_map_projection(q: str) -> str:
    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        if m.group(1).upper() in _KEYWORDS:
            return None
        var, open_at = m.group(1), masked.index("{", m.start())
        close = close_bracket(masked, open_at)
        items = [i.strip() for i in split_top(q[open_at + 1 : close], ",") if i.strip()]
        if items == [".*"]:
            return m.start(), close + 1, f"properties({var})"
        out = []
        for item in items:
            if item == ".*":
                raise CypherError(f"map projection {var} {{.*, …}}: write properties({var}) or list the keys")
            out.append(f"{item[1:].strip()}: {var}.{item[1:].strip()}" if item.startswith(".") else item)
        return m.start(), close + 1, "{" + ", ".join(out) + "}"

    return _each(q, _MAP_PROJECTION, edit)


_LABEL_PRED = re.compile(r"(?<![\w.$:])([A-Za-z_]\w*):([A-Za-z_]\w*(?:\s*[|:&]\s*[A-Za-z_]\w*)*)")


def _rewrite_label_predicates(q: str) -> str:
    """``n:Company`` (and ``n:A|B``) used as a boolean expression → ``label(n) = 'Company'``."""

    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        clauses = list(_EXPR_CLAUSE.finditer(masked, 0, m.start()))
        clause = clauses[-1] if clauses else None
        if clause is None or clause.group(1).upper().split()[-1] in ("MATCH", "CREATE", "MERGE"):
            return None  # a node pattern (n:Label)
        before = masked[: m.start()].rstrip()
        if before.endswith(("(", "[")):
            open_at = len(before) - 1
            if before.endswith("[") or _is_pattern(masked, open_at) or re.search(r"[-<>]\s*$", before[:-1]):
                return None  # (m:Label) inside a pattern predicate, or [r:TYPE]
            inner = masked[open_at + 1 : close_bracket(masked, open_at)].strip()
            if re.fullmatch(r"[A-Za-z_]\w*:[\w|:&\s]+\{.*", inner, re.S):
                return None
        if before.endswith(("{", ",")) and _in_map(masked, m.start()):
            return None
        labels = [x for x in re.split(r"\s*[|:&]\s*", m.group(2)) if x]
        if len(labels) == 1:
            return m.start(), m.end(), f"label({m.group(1)}) = '{labels[0]}'"
        if "|" in m.group(2):
            return m.start(), m.end(), f"label({m.group(1)}) IN [{', '.join(repr(x) for x in labels)}]"
        return m.start(), m.end(), " AND ".join(f"label({m.group(1)}) = '{x}'" for x in labels)

    return _each(q, _LABEL_PRED, edit)


def _in_map(masked: str, pos: int) -> bool:
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = masked[i]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth == 0:
                return ch == "{" and not re.match(r"\s*(MATCH|OPTIONAL)\b", masked[i + 1 :], re.I)
            depth -= 1
    return False


_FUNCTION = re.compile(r"(?<![\w.$])(type|labels|toString|toInteger|toFloat|toBoolean|head|last|tail|split|substring"
                       r"|rand|round|reduce|startNode|endNode)\s*\(", re.I)
_CASTS = {"tostring": "STRING", "tointeger": "INT64", "tofloat": "DOUBLE", "toboolean": "BOOL"}
_HINTS = {
    "reduce": "reduce(…) is not available on LadybugDB: use list_reduce(list, (acc, x) -> acc + x) or UNWIND the "
              "list and aggregate (sum, collect)",
    "startnode": "startNode(r) is not available on LadybugDB: bind the endpoints in the pattern, MATCH (a)-[r]->(b)",
    "endnode": "endNode(r) is not available on LadybugDB: bind the endpoints in the pattern, MATCH (a)-[r]->(b)",
}


_FIRST_LABEL = re.compile(r"(?<![\w.$])labels\s*\(\s*([A-Za-z_]\w*)\s*\)\s*\[\s*0\s*\]", re.I)


def _rewrite_functions(q: str) -> str:
    q = _each(q, _FIRST_LABEL, lambda q, masked, m: (m.start(), m.end(), f"label({m.group(1)})"))

    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        name = m.group(1).lower()
        if name in _HINTS:
            raise CypherError(_HINTS[name])
        args, close = _call_args(q, masked, m.end() - 1)
        a = args[0] if args else ""
        new = {
            "type": f"label({a})",
            "labels": f"[label({a})]",
            "head": f"list_extract({a}, 1)",
            "last": f"list_extract({a}, -1)",
            "tail": f"list_slice({a}, 2, size({a}))",
            "split": f"string_split({', '.join(args)})",
            "rand": "random()",
        }.get(name)
        if name in _CASTS:
            new = f"CAST({a} AS {_CASTS[name]})"
        elif name == "round":
            new = f"round({a}, 0)" if len(args) == 1 else None
        elif name == "substring":
            length = args[2] if len(args) > 2 else f"size({a})"
            new = f"substring({a}, ({args[1]}) + 1, {length})" if len(args) > 1 else None
        return None if new is None else (m.start(), close + 1, new)

    return _each(q, _FUNCTION, edit)


_COMPREHENSION = re.compile(r"\[\s*([A-Za-z_]\w*)\s+IN\s+", re.I)
_PATTERN_COMPREHENSION = re.compile(r"\[\s*(?:[A-Za-z_]\w*\s*=\s*)?\(")


def _rewrite_comprehensions(q: str) -> str:
    def pattern(q: str, masked: str, m: re.Match[str]) -> None:
        if _is_pattern(masked, m.end() - 1):
            raise CypherError("pattern comprehensions [(a)-->(b) | b.x] are not available on LadybugDB: write "
                              "OPTIONAL MATCH (a)-->(b) … collect(b.x)")
        return None

    _each(q, _PATTERN_COMPREHENSION, pattern)

    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str]:
        end = close_bracket(masked, m.start())
        var = m.group(1)
        body = _rewrite_comprehensions(q[m.end() : end])
        head, *proj = split_top(body, "|")
        src, *cond = split_top(head, "WHERE")
        expr = src.strip()
        if cond:
            expr = f"list_filter({expr}, {var} -> {cond[0].strip()})"
        if proj:
            expr = f"list_transform({expr}, {var} -> {proj[0].strip()})"
        return m.start(), end + 1, expr

    return _each(q, _COMPREHENSION, edit)


_SUBSCRIPT = re.compile(r"(?<=[\w)\]])\s*\[")


def _rewrite_subscripts(q: str) -> str:
    """0-based ``l[i]`` / ``l[a..b]`` → 1-based (literal indexes shift; others go through CASE)."""

    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        word = re.search(r"([A-Za-z_]\w*)\s*$", masked[: m.start() + 1])
        if word and word.group(1).upper() in _KEYWORDS:
            return None  # a list literal after IN / RETURN / …
        if re.search(r"(-|<-)\s*$", masked[: m.start() + 1]):
            return None
        open_at = masked.index("[", m.start())
        close = close_bracket(masked, open_at)
        inner = q[open_at + 1 : close]
        if re.fullmatch(r"\s*'.*'\s*|\s*\".*\"\s*", inner, re.S):
            return None  # map['key']
        parts = split_top(inner, "..")
        if len(parts) == 2:
            lo, hi = parts[0].strip(), parts[1].strip()
            new = f"[{_plus_one(lo) if lo else 1}..{hi}]" if hi else f"[{_plus_one(lo) if lo else 1}..]"
        else:
            new = f"[{_plus_one(inner.strip())}]"
        return open_at, close + 1, new

    return _each(q, _SUBSCRIPT, edit)


def _plus_one(expr: str) -> str:
    if re.fullmatch(r"-\s*\d+", expr):
        return expr.replace(" ", "")
    if expr.isdigit():
        return str(int(expr) + 1)
    return f"CASE WHEN ({expr}) >= 0 THEN ({expr}) + 1 ELSE ({expr}) END"


_LIST_PREDICATE = re.compile(r"(?:\b(?:any|all|none|single)\s*\(|\[)\s*([A-Za-z_]\w*)\s+IN\s+", re.I)


def _refuse_lambda_params(q: str) -> None:
    """LadybugDB cannot read a ``$parameter`` inside a list predicate's condition (an engine assertion)."""
    masked = mask(q)
    for m in _LIST_PREDICATE.finditer(masked):
        open_at = m.start() if masked[m.start()] == "[" else masked.index("(", m.start())
        inner = masked[m.end() : close_bracket(masked, open_at)]
        parts = split_top(inner, "WHERE")
        if len(parts) > 1 and "$" in "".join(parts[1:]):
            raise CypherError(f"a $parameter inside the condition of `{m.group(0).strip()} … WHERE …` is not "
                              f"supported by LadybugDB: bind it first (WITH $x AS x) and use x there")


_WITH_ORDER = re.compile(r"\bWITH\b(?:(?!\b(?:RETURN|MATCH|UNWIND|WITH)\b).)*?\bORDER\s+BY\b", re.I | re.S)


def _order_in_with(q: str) -> str:
    """LadybugDB wants ``SKIP``/``LIMIT`` after ``ORDER BY`` in ``WITH``; ``SKIP 0`` keeps every row."""

    def edit(q: str, masked: str, m: re.Match[str]) -> tuple[int, int, str] | None:
        nxt = re.compile(r"\b(RETURN|MATCH|OPTIONAL|UNWIND|WITH|WHERE|CALL|UNION)\b", re.I).search(masked, m.end())
        end = nxt.start() if nxt else len(q)
        if re.search(r"\b(SKIP|LIMIT)\b", masked[m.end():end], re.I):
            return None
        return end, end, " SKIP 0 " if nxt else " SKIP 0"

    return _each(q, _WITH_ORDER, edit)


def translate(cypher: str, dialect: str) -> str:
    """Rewrite Neo4j-flavoured Cypher for ``dialect`` (one of :data:`DIALECTS`)."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown Cypher dialect {dialect!r}")
    q = cypher
    if dialect in ("ladybug", "kuzu"):
        _refuse_lambda_params(q)
        q = _rewrite_shortest(q, dialect)
        q = _rewrite_subqueries(q, dialect)
        q = _rewrite_map_projection(q)
        q = _rewrite_label_predicates(q)
        q = _rewrite_functions(q)
        q = _rewrite_comprehensions(q)
        q = _rewrite_subscripts(q)
        q = _order_in_with(q)
    elif dialect == "falkordb":
        q = _rewrite_shortest(q, dialect)
        q = _rewrite_subqueries(q, dialect)
    return q
