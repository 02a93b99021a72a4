"""computekg — a knowledge graph of China's compute-power (算力) industry chain.

The public facade. Layers live in sub-packages whose folders are the architecture:
``computekg.ontology`` ← ``computekg.ingest`` ← ``computekg.graph`` ← ``computekg.queries``.

>>> import computekg
>>> facts, entities = computekg.extract(["samples/corpus"])          # doctest: +SKIP
>>> computekg.build(["samples/corpus"], "computekg.lbug")             # doctest: +SKIP
>>> computekg.ChainGraph.open("computekg.lbug").suppliers("GPU", domestic=True)  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["ChainGraph", "add", "build", "extract", "extract_corpus", "open_store"]

_LAZY = {
    "extract": ("computekg.api", "extract"),
    "extract_corpus": ("computekg.api", "extract_corpus"),
    "build": ("computekg.builder", "build"),
    "add": ("computekg.builder", "add"),
    "open_store": ("computekg.graph", "open_store"),
    "ChainGraph": ("computekg.queries.analysis", "ChainGraph"),
}


def __getattr__(name: str) -> Any:
    # Lazy so that `import computekg` stays cheap (no spaCy/ladybug until used).
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'computekg' has no attribute {name!r}")
