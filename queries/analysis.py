"""Analysis API over a graph store: who supplies what, dependency chains, substitution gaps.

:class:`ChainGraph` wraps any store (LadybugDB by default, or a Bolt server) and answers in pandas
DataFrames. The work is done by :class:`~computekg.queries.chain.Chain` (the same answers as rows,
used by the CLI) over the named query library; aggregates come from the derived tables every build
stores (:mod:`computekg.queries.materialize`). Every table-returning call takes ``limit``/``offset``.

>>> g = ChainGraph.open("computekg.lbug")  # doctest: +SKIP
>>> g.suppliers("GPU", domestic=True)       # doctest: +SKIP
>>> g.substitution_gaps(limit=10)           # doctest: +SKIP
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from computekg.graph.base import DEFAULT_TIMEOUT
from computekg.graph.errors import ReadOnlyError
from computekg.ontology import Entity, Fact

from .backbone import UnknownEntityError
from .chain import Chain
from .whatif import WhatIfResult

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ChainGraph", "ReadOnlyQueryError", "UnknownEntityError", "WhatIfResult"]


_UNSET = object()  # an argument that was not given (``None`` means "all rows")


class ReadOnlyQueryError(ValueError):
    """A Cypher statement passed to :meth:`ChainGraph.cypher` that would modify the graph."""


class ChainGraph:
    """Supply-chain analysis over a graph store (see module docstring).

    ``timeout`` (seconds, ``None`` = no limit) applies to every query the object runs.
    """

    def __init__(self, store: Any, *, max_depth: int = 30, timeout: float | None = DEFAULT_TIMEOUT) -> None:
        self.store = store
        self.max_depth = max_depth
        self.rows = Chain(store, timeout=timeout)

    @classmethod
    def open(cls, db_path: str | Path, *, timeout: float | None = DEFAULT_TIMEOUT) -> ChainGraph:
        """Open an embedded database built by ``computekg build``; raises FileNotFoundError if missing."""
        from computekg.graph.base import open_store

        path = Path(db_path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such database (build one with `computekg build`)")
        return cls(open_store(path, read_only=True), timeout=timeout)

    @classmethod
    def from_records(cls, entities: Iterable[Entity], facts: Iterable[Fact],
                     db_path: str | Path | None = None) -> ChainGraph:
        """Build a (temporary unless ``db_path``) LadybugDB from records and open it. For tests and notebooks."""
        from computekg.graph.atomic import write_database
        from computekg.graph.base import open_store

        from .materialize import materialize

        if db_path is None:
            db_path = Path(tempfile.mkdtemp(prefix="computekg-")) / "graph.lbug"
        write_database(list(entities), list(facts), db_path, finalize=materialize)
        return cls(open_store(Path(db_path)))

    def refresh(self) -> None:
        """Forget the cached backbone and derived data (after the store changed)."""
        self.rows.refresh()

    def close(self) -> None:
        self.store.close()

    # -- queries ----------------------------------------------------------------------------------------

    def cypher(self, query: str, *, timeout: float | None = DEFAULT_TIMEOUT, **params: Any) -> pd.DataFrame:
        """Run a read-only Cypher query (Neo4j syntax, translated for the engine) with parameters.

        Statements containing write clauses (CREATE, MERGE, SET, DELETE, ...) are refused; a missing
        ``$parameter`` or a form the engine cannot run raises ``CypherError`` naming it.
        """
        import pandas as pd

        try:
            return pd.DataFrame(self.store.query(query, params, timeout=timeout))
        except ReadOnlyError as exc:
            raise ReadOnlyQueryError(str(exc)) from None

    def query(self, name: str, *, limit: int | None = None, offset: int = 0, **params: Any) -> pd.DataFrame:
        """A named query of the library (``computekg queries``) with its parameters."""
        return self.rows.page(name, limit=limit, offset=offset, **params).to_frame()

    def to_frames(self, *, derived: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(nodes, relationships) as DataFrames: one row per node (``id``, ``label``, properties) and
        one per relationship (``src``, ``dst``, ``type``, properties; ``MENTIONED_IN`` included,
        the derived ``SUPPLIER_OF`` table only with ``derived=True``)."""
        from .frames import graph_frames

        return graph_frames(self.store, derived=derived)

    # -- categories -------------------------------------------------------------------------------------

    def resolve(self, name: str, *, segments: bool = True) -> str:
        """The node id of a category (or segment) given its name, alias, Chinese name or id."""
        return self.rows.resolve(name, segments=segments)

    def categories(self) -> pd.DataFrame:
        """All categories with names, segment, direct supertypes and direct dependencies."""
        return self.rows.categories().to_frame()

    def suppliers(self, category_or_segment: str, domestic: bool | None = None, country: str | None = None, *,
                  limit: int | None = None, offset: int = 0) -> pd.DataFrame:
        """Companies supplying a category, any of its subtypes, or every category of a segment.

        ``category_or_segment`` is a name, alias, Chinese name or id (``GPU``, ``图形处理器``, ``上游``).
        A company counts as a supplier of a category through SUPPLIES, HAS_MARKET_SHARE, or a product
        model (``SUPPLIES`` a model ``INSTANCE_OF`` the category; ``via`` names the model). The curated
        ``MADE_BY`` links of the reference model list are not read as supply: suppliers come from documents.
        ``domestic=True`` keeps only Chinese companies, ``False`` only foreign ones (unknown country is
        excluded by both); ``country`` filters on ISO-2 code.

        One row per (company, category supplied): company ``name``/``name_zh``/``name_en``, ``country``,
        ``domestic``, ``category``/``category_zh``, market ``share`` (+ ``share_year``, ``share_scope``,
        ``share_doc``) when known, best evidence (``doc``, ``evidence`` sentence, span), ``n_facts`` and
        the fact ids. The evidence shown prefers document facts over reference rows, then higher
        confidence. Sorted by share (unknown last), then company name; ``limit``/``offset`` give a page.
        """
        return self.rows.suppliers(category_or_segment, domestic, country, limit=limit, offset=offset).to_frame()

    def dependencies(self, category: str, depth: int | None = None, *, limit: int | None = None,
                     offset: int = 0) -> pd.DataFrame:
        """Everything ``category`` transitively DEPENDS_ON.

        One row per reached category with its shortest ``depth`` and ``path`` — a list of category names
        in DEPENDS_ON direction (``[AIServer, GPU, Foundry]``: AIServer depends on GPU depends on Foundry)
        — and the DEPENDS_ON fact ids along the path. ``depth`` limits the number of hops.
        """
        return self.rows.chain(category, depth, False, limit, offset).to_frame()

    def dependents(self, category: str, depth: int | None = None, *, limit: int | None = None,
                   offset: int = 0) -> pd.DataFrame:
        """Everything that transitively DEPENDS_ON ``category`` (same columns as :meth:`dependencies`;
        ``path`` runs from the dependent down to ``category``)."""
        return self.rows.chain(category, depth, True, limit, offset).to_frame()

    def substitution_gaps(self, *, limit: int | None = None, offset: int = 0,
                          max_names: int | None = None) -> pd.DataFrame:
        """Domestic-substitution gap per category, highest first (see :mod:`computekg.queries._gaps`).

        One row per category that has suppliers (itself or its subtypes) or dependents: ``foreign``,
        ``low_localization``, ``export_control``, ``upstream_risk`` (each in [0, 1]) and
        ``gap_score = 0.35 foreign + 0.20 low_localization + 0.25 export_control + 0.20 upstream_risk``,
        with the evidence behind them (shares, localization rate, controls) and ``facts``, the ids of the
        facts used. Sorted by gap_score (6 places) descending, then category name. ``max_names`` cuts
        the supplier name lists (counts stay exact); ``limit``/``offset`` give a page of rows.
        """
        return self.rows.gaps(limit=limit, offset=offset, max_names=max_names).to_frame()

    def chokepoints(self, limit: int | None = 10, *, offset: int = 0, top: Any = _UNSET) -> pd.DataFrame:
        """Categories whose loss reaches the most downstream categories, weighted by foreign dominance.

        ``n_downstream`` = number of categories that transitively DEPENDS_ON the category or any of its
        subtypes (losing a category loses its subtypes); ``chokepoint_score = n_downstream * foreign``.
        Only categories with n_downstream > 0. Sorted by score desc, n_downstream desc, name.
        ``limit=None`` returns all of them (``top=`` is the old name of ``limit``).
        """
        if top is not _UNSET:
            warnings.warn("chokepoints(top=) is now chokepoints(limit=)", DeprecationWarning, stacklevel=2)
            limit = top
        return self.rows.chokepoints(limit=limit, offset=offset).to_frame()

    def what_if(self, restrict: Sequence[str] | str = ("GPU",), country: str | None = "US", *,
                limit: int | None = None) -> WhatIfResult:
        """Simulate an export restriction on ``restrict`` categories by ``country`` (see
        :func:`computekg.queries.whatif.what_if_tables`); ``limit`` keeps the first rows of each table
        (``totals`` has the full sizes, ``summary()`` is always complete)."""
        out = self.rows.what_if(restrict, country, limit=limit)
        tables = out["tables"]
        return WhatIfResult(restrict=out["restrict"], country=out["country"],
                            **{name: t.to_frame() for name, t in tables.items()}, notes=out["notes"],
                            totals={name: t.total for name, t in tables.items()}, summary_values=out["summary"])

    def evidence(self, subject: str, predicate: str, object: str) -> pd.DataFrame:  # noqa: A002
        """The facts ``subject -predicate-> object`` with their documents and sentences; measurements of the
        same thing with different values are flagged ``conflict`` and listed in ``conflict_values``."""
        return self.rows.evidence(subject, predicate, object).to_frame()
