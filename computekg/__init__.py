"""computekg — a knowledge graph of China's compute-power (算力) industry chain.

The public facade. Layers live in sub-packages whose folders are the architecture:
``computekg.ontology`` ← ``computekg.ingest`` ← ``computekg.graph`` ← ``computekg.queries``.

>>> import computekg
>>> entities, facts = computekg.extract(["samples/corpus"])          # doctest: +SKIP
>>> computekg.build(["samples/corpus"], "computekg.lbug")             # doctest: +SKIP
>>> computekg.ChainGraph.open("computekg.lbug").suppliers("GPU", domestic=True)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# The public API: names here are what `dir(computekg)` lists; each is imported on first use.
_LAZY = {
    "extract": ("computekg.api", "extract"),
    "extract_corpus": ("computekg.api", "extract_corpus"),
    "build": ("computekg.builder", "build"),
    "add": ("computekg.builder", "add"),
    "write_graph": ("computekg.builder", "write_graph"),
    "open_store": ("computekg.graph", "open_store"),
    "export": ("computekg.graph", "export"),
    "ChainGraph": ("computekg.queries.analysis", "ChainGraph"),
    "WhatIfResult": ("computekg.queries.analysis", "WhatIfResult"),
    "list_queries": ("computekg.queries.library", "list_queries"),
    "run_query": ("computekg.queries.library", "run_query"),
    "Entity": ("computekg.ontology", "Entity"),
    "Fact": ("computekg.ontology", "Fact"),
    "Evidence": ("computekg.ontology", "Evidence"),
    "StoreError": ("computekg.graph", "StoreError"),
    "CypherError": ("computekg.graph", "CypherError"),
    "QueryTimeout": ("computekg.graph", "QueryTimeout"),
    "UnknownEntityError": ("computekg.queries.analysis", "UnknownEntityError"),
}
__all__ = sorted(_LAZY)


def __dir__() -> list[str]:
    return [*__all__, "__version__"]


def __getattr__(name: str) -> Any:
    # Lazy so that `import computekg` stays cheap (no spaCy/ladybug until used).
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'computekg' has no attribute {name!r}")
