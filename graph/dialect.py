"""Translate the query library's Cypher (written for Neo4j) to the other engines.

The ``.cypher`` files stay pasteable into Neo4j Browser; only constructs an engine lacks are rewritten:

LadybugDB / kuzu
  * ``MATCH p = shortestPath((a)-[:T*1..6]->(b))`` → ``MATCH p = (a)-[:T* SHORTEST 1..6]->(b)``
  * list comprehensions ``[x IN list WHERE cond | expr]`` → ``list_transform(list_filter(list, x -> cond), x -> expr)``
  * ``type(r)`` → ``label(r)``; ``labels(n)[0]`` → ``label(n)``
FalkorDB
  * ``shortestPath`` is only allowed as an expression, so
    ``MATCH p = shortestPath(...)`` → ``WITH shortestPath(...) AS p WHERE p IS NOT NULL``
    (the library's shortest-path queries use nothing but ``p`` afterwards).

>>> translate("MATCH (a)-[r]->(b) RETURN type(r) AS t, [n IN nodes(p) | n.name] AS ns", "ladybug")
'MATCH (a)-[r]->(b) RETURN label(r) AS t, list_transform(nodes(p), n -> n.name) AS ns'
"""

from __future__ import annotations

import re

DIALECTS = ("neo4j", "falkordb", "ladybug", "kuzu")

_SHORTEST_MATCH = re.compile(r"MATCH\s+(\w+)\s*=\s*shortestPath\(", re.I)
_COMPREHENSION = re.compile(r"\[\s*([A-Za-z_]\w*)\s+IN\s+", re.I)


def _close_paren(text: str, start: int, open_: str = "(", close: str = ")") -> int:
    """Index of the bracket closing the one just before ``start`` (string literals skipped)."""
    depth, i, quote = 1, start, None
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced {open_}{close} in query")


def _top_level_split(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside brackets and strings (``sep`` may be a keyword like ``WHERE``)."""
    parts, depth, quote, last, i = [], 0, None, 0, 0
    pat = re.compile(rf"\b{sep}\b", re.I) if sep.isalpha() else None
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0:
            if pat is not None:
                m = pat.match(text, i)
                if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
                    parts.append(text[last:i])
                    last = i = m.end()
                    continue
            elif text.startswith(sep, i):
                parts.append(text[last:i])
                last = i = i + len(sep)
                continue
        i += 1
    parts.append(text[last:])
    return parts


def _rewrite_comprehensions(q: str) -> str:
    while True:
        m = _COMPREHENSION.search(q)
        if not m:
            return q
        end = _close_paren(q, m.end(), "[", "]")
        var, body = m.group(1), q[m.end() : end]
        body = _rewrite_comprehensions(body)
        head, *proj = _top_level_split(body, "|")
        src, *cond = _top_level_split(head, "WHERE")
        expr = src.strip()
        if cond:
            expr = f"list_filter({expr}, {var} -> {cond[0].strip()})"
        if proj:
            expr = f"list_transform({expr}, {var} -> {proj[0].strip()})"
        q = q[: m.start()] + expr + q[end + 1 :]


def _rewrite_shortest(q: str, dialect: str) -> str:
    while True:
        m = _SHORTEST_MATCH.search(q)
        if not m:
            return q
        end = _close_paren(q, m.end())
        pattern, var = q[m.end() : end], m.group(1)
        if dialect == "falkordb":
            new = f"WITH shortestPath({pattern}) AS {var} WHERE {var} IS NOT NULL"
        else:
            # the first variable-length relationship becomes a SHORTEST one
            pattern = re.sub(r"\*\s*(\d*)\s*\.\.\s*(\d+)", lambda x: f"* SHORTEST {x.group(1) or 1}..{x.group(2)}",
                             pattern, count=1)
            new = f"MATCH {var} = {pattern}"
        q = q[: m.start()] + new + q[end + 1 :]


def translate(cypher: str, dialect: str) -> str:
    """Rewrite Neo4j-flavoured Cypher for ``dialect`` (one of :data:`DIALECTS`)."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown Cypher dialect {dialect!r}")
    q = cypher
    if dialect in ("ladybug", "kuzu"):
        q = _rewrite_shortest(q, dialect)
        q = _rewrite_comprehensions(q)
        q = re.sub(r"\btype\s*\(", "label(", q, flags=re.I)
        q = re.sub(r"\blabels\s*\(\s*(\w+)\s*\)\s*\[\s*0\s*\]", r"label(\1)", q, flags=re.I)
    elif dialect == "falkordb":
        q = _rewrite_shortest(q, dialect)
    return q
