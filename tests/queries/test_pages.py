"""The first pages stored by the build (:mod:`computekg.queries.pages`) equal the pages the queries
compute, row for row: every category (by every name that resolves to it) and filter of
``suppliers``, ``what_if`` on every category, the gap table; on the hand-built graph and bench XS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from computekg.graph.base import open_store
from computekg.queries.chain import Chain
from computekg.queries.pages import PAGE_ROWS

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench_xs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO))
    from bench.generate import generate
    from computekg.builder import write_graph

    g = generate("XS", 42)
    db = tmp_path_factory.mktemp("xs") / "xs.lbug"
    write_graph(*g.records(), db)
    return db


def _same(a, b, what: str) -> None:
    assert a.columns == b.columns, what
    assert a.rows == b.rows, what
    assert (a.total, a.offset) == (b.total, b.offset), what


def _check(db: Path, countries: tuple[str, ...]) -> int:
    n = 0
    with open_store(db, read_only=True) as store:
        fast, slow = Chain(store), Chain(store, pages=False)
        tax = slow.tax
        names = sorted({k for k in tax.index if tax.resolve_key(k) in tax.categories})
        for name in names:
            for domestic, country in ((None, None), (True, None), (False, None), *((None, c) for c in countries)):
                for limit in (PAGE_ROWS, 3, 0):
                    a = fast.suppliers(name, domestic, country, limit=limit)
                    _same(a, slow.suppliers(name, domestic, country, limit=limit), f"{name} {domestic} {country}")
                    n += len(a.rows)
        for cid in sorted(tax.categories):
            for country in (*countries, None, "CN"):
                a = fast.what_if(tax.name(cid), country, limit=PAGE_ROWS)
                b = slow.what_if(tax.name(cid), country, limit=PAGE_ROWS)
                assert a["summary"] == b["summary"] and a["notes"] == b["notes"], cid
                for key, table in a["tables"].items():
                    _same(table, b["tables"][key], f"what_if {cid} {country} {key}")
                    n += len(table.rows)
        for limit, offset in ((PAGE_ROWS, 0), (5, 3), (None, 0)):
            _same(fast.gaps(limit=limit, offset=offset), slow.gaps(limit=limit, offset=offset), "gaps")
        assert fast.use_pages  # the pages were there and read
    return n


def test_stored_pages_equal_queries_on_the_small_graph(small_db: Path) -> None:
    assert _check(small_db, ("US", "KR", "us")) > 100


def test_stored_pages_equal_queries_on_bench_xs(bench_xs: Path) -> None:
    assert _check(bench_xs, ("US", "TW", "JP")) > 1000


def test_unknown_names_and_segments_still_resolve_as_before(small_db: Path) -> None:
    from computekg.queries.backbone import UnknownEntityError

    with open_store(small_db, read_only=True) as store:
        fast, slow = Chain(store), Chain(store, pages=False)
        with pytest.raises(UnknownEntityError):
            fast.suppliers("no such thing", limit=PAGE_ROWS)
        seg = next(iter(slow.tax.segments))
        _same(fast.suppliers(seg, limit=PAGE_ROWS), slow.suppliers(seg, limit=PAGE_ROWS), seg)
