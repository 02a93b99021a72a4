"""computekg — a knowledge graph of China's compute-power (算力) industry chain.

The public facade. Layers live in sub-packages whose folders are the architecture:
``computekg.ontology`` ← ``computekg.ingest`` ← ``computekg.graph`` ← ``computekg.queries``.
"""

from __future__ import annotations

__version__ = "0.1.0"
