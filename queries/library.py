"""The named Cypher query library (``queries/cypher/*.cypher``).

Each file starts with a comment header::

    // name: domestic_suppliers
    // description: ...
    // params: $category ...
    // example: computekg query domestic_suppliers --param category=GPU

The files are written for Neo4j (pasteable into Neo4j Browser); :func:`run_query` passes values as
query parameters (never string formatting) and rewrites the text for the store's engine with
:func:`computekg.graph.dialect.translate`.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from pydantic import BaseModel, Field

from computekg.graph.base import GraphStore
from computekg.graph.dialect import translate

_HEADER = re.compile(r"^//\s*(name|description|params|example)\s*:\s*(.*)$")
_PARAM = re.compile(r"\$([A-Za-z_]\w*)")


class QueryNotFound(KeyError):
    """No library query of that name."""


class NamedQuery(BaseModel):
    name: str
    description: str = ""
    params: list[str] = Field(default_factory=list)  # parameter names used in the text
    params_doc: str = ""
    example: str = ""
    text: str


def _files() -> dict[str, Any]:
    folder = resources.files("computekg.queries").joinpath("cypher")
    return {p.name[: -len(".cypher")]: p for p in folder.iterdir() if p.name.endswith(".cypher")}


def parse_query(name: str, text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            meta[m.group(1)] = m.group(2).strip()
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    params = list(dict.fromkeys(_PARAM.findall(body)))
    return NamedQuery(
        name=meta.get("name", name),
        description=meta.get("description", ""),
        params=params,
        params_doc=meta.get("params", ""),
        example=meta.get("example", ""),
        text=text,
    )


def list_queries() -> list[NamedQuery]:
    """Every library query, sorted by name."""
    return [parse_query(n, p.read_text(encoding="utf-8")) for n, p in sorted(_files().items())]


def load_query(name: str) -> NamedQuery:
    """One library query by name (raises :class:`QueryNotFound`)."""
    files = _files()
    if name not in files:
        raise QueryNotFound(f"unknown query {name!r} (known: {', '.join(sorted(files))})")
    return parse_query(name, files[name].read_text(encoding="utf-8"))


def run_query(store: GraphStore, name: str, **params: Any) -> list[dict]:
    """Run a library query on ``store`` with ``params`` bound as Cypher parameters.

    Missing parameters raise ``ValueError``; extra ones are ignored by the engine.
    """
    q = load_query(name)
    missing = [p for p in q.params if p not in params]
    if missing:
        raise ValueError(f"query {name!r} needs parameter(s): {', '.join('$' + m for m in missing)}")
    text = translate(q.text, store.dialect)
    used = {k: v for k, v in params.items() if k in q.params}
    return store.query(text, used)
