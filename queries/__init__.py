from .analysis import ChainGraph  # noqa: F401  (analysis API)
from .library import NamedQuery, list_queries, load_query, run_query  # noqa: F401  (Cypher library)
