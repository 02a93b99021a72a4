"""Graph layer: stores (LadybugDB embedded, Bolt for Neo4j/FalkorDB), exports and the Cypher layer.

>>> from computekg.graph import open_store, write_database  # doctest: +SKIP
>>> write_database(entities, facts, "computekg.lbug")  # doctest: +SKIP
"""

from .atomic import add_to_database, merge_records, write_database
from .base import (
    DEFAULT_TIMEOUT,
    GraphStore,
    WriteSummary,
    export,
    exporter_names,
    open_store,
    register_exporter,
    register_store,
    store_names,
)
from .dialect import translate
from .errors import CypherError, QueryTimeout, ReadOnlyError, StoreError

__all__ = [
    "DEFAULT_TIMEOUT",
    "CypherError",
    "GraphStore",
    "QueryTimeout",
    "ReadOnlyError",
    "StoreError",
    "WriteSummary",
    "add_to_database",
    "export",
    "exporter_names",
    "merge_records",
    "open_store",
    "register_exporter",
    "register_store",
    "store_names",
    "translate",
    "write_database",
]
