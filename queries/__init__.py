"""Analysis API (``ChainGraph``) and the named Cypher query library."""

from .analysis import ChainGraph, ReadOnlyQueryError, UnknownEntityError, WhatIfResult  # noqa: F401
from .library import NamedQuery, list_queries, load_query, run_page, run_query  # noqa: F401
