from .analysis import ChainGraph  # noqa: F401  (analysis API)
