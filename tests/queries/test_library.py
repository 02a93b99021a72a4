"""Every library query runs on LadybugDB and on FalkorDB (Bolt) and returns the expected rows."""

from __future__ import annotations

import pytest

from computekg.graph.base import open_store
from computekg.queries.library import QueryNotFound, list_queries, load_query, run_query

PARAMS = {
    "domestic_suppliers": {"category": "AIChip"},
    "segment_suppliers": {"segment": "Hardware"},
    "dependencies": {"category": "AIServer"},
    "dependents": {"category": "EUVLithography"},
    "fact_evidence": {"subject": "NVIDIA", "predicate": "HAS_MARKET_SHARE", "object": "GPU"},
    "dependency_path": {"source": "AIServer", "target": "EUVLithography"},
    "foreign_concentration": {},
    "export_control_exposure": {},
}


def _check(name: str, rows: list[dict]) -> None:
    if name == "domestic_suppliers":
        got = {r["company"]: sorted(r["categories"]) for r in rows}
        assert got == {"海光信息": ["GPU"], "景嘉微": ["GPU"], "寒武纪": ["NPU"]}  # no NVIDIA/AMD/Mystery
    elif name == "segment_suppliers":
        got = {r["company"]: r["domestic"] for r in rows}
        assert got == {"海光信息": True, "景嘉微": True, "寒武纪": True, "中际旭创": True,
                       "NVIDIA": False, "AMD": False, "Mystery": None}
    elif name == "dependencies":
        got = [(r["dependency"], r["depth"]) for r in rows]
        assert got == [("GPU", 1), ("OpticalModule", 1), ("HBM", 2), ("EUVLithography", 3)]
        assert rows[-1]["path"] == ["AIServer", "GPU", "HBM", "EUVLithography"]
    elif name == "dependents":
        assert [(r["dependent"], r["depth"]) for r in rows] == [("HBM", 1), ("GPU", 2), ("AIServer", 3)]
    elif name == "dependency_path":
        assert rows == [{"path": ["AIServer", "GPU", "HBM", "EUVLithography"], "hops": 3}]
    elif name == "foreign_concentration":
        gpu = next(r for r in rows if r["category"] == "GPU")
        assert (gpu["domestic_suppliers"], gpu["foreign_suppliers"], gpu["unknown_suppliers"]) == (2, 2, 1)
        assert gpu["foreign_share"] == pytest.approx(80.0) and gpu["domestic_share"] == pytest.approx(5.5)
        assert rows[0]["category"] == "GPU"
    elif name == "export_control_exposure":
        got = {r["restricted"]: (r["kind"], sorted(r["exposed"])) for r in rows}
        assert got == {"GPU": ("ProductCategory", ["AIServer"]), "H100": ("ProductModel", ["AIServer"])}
    elif name == "fact_evidence":
        assert len(rows) == 1
        r = rows[0]
        assert (r["doc"], r["evidence"], r["span_start"], r["value"]) == ("doc_a.txt", "英伟达GPU份额约80%。", 60, 80.0)
    else:
        pytest.fail(f"no expectation for new query {name}")


def test_headers_complete() -> None:
    qs = list_queries()  # the library people use (scope: library)
    assert {q.name for q in qs} == set(PARAMS)
    for q in qs:
        assert q.description and q.example, q.name
        assert q.text.startswith("// name: " + q.name)
        assert set(q.params) - {"offset", "limit"} == set(PARAMS[q.name])  # the page params are the runner's


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_query_on_ladybug(small_db, name: str) -> None:
    with open_store(small_db, read_only=True) as store:
        _check(name, run_query(store, name, **PARAMS[name]))


@pytest.fixture(scope="module")
def falkor_loaded(falkordb_bolt, small_graph_session):
    from computekg.graph.bolt import BoltStore
    from computekg.queries.materialize import materialize

    store = BoltStore(falkordb_bolt, user="falkordb", password="")
    store.clear()
    store.push(*small_graph_session, progress=False)
    materialize(store)  # what `computekg push` does after copying the graph
    yield store
    store.close()


@pytest.mark.bolt
@pytest.mark.parametrize("name", sorted(PARAMS))
def test_query_on_falkordb(falkor_loaded, name: str) -> None:
    _check(name, run_query(falkor_loaded, name, **PARAMS[name]))


def test_params_are_parameters_not_text(small_db) -> None:
    with open_store(small_db, read_only=True) as store:
        assert run_query(store, "domestic_suppliers", category="GPU' OR 1=1 //") == []


def test_missing_and_unknown() -> None:
    with pytest.raises(QueryNotFound):
        load_query("nope")
    with pytest.raises(ValueError, match=r"\$category"):
        run_query(None, "dependencies")  # type: ignore[arg-type]


# -- every query of the project (library, API, build) on both engines --------------------------------

_CATS = ["ProductCategory:" + n for n in ("AIChip", "GPU", "NPU", "HBM", "EUVLithography", "OpticalModule", "AIServer")]
_FILTERS = {"any_domestic": True, "domestic": False, "country": "", "not_country": ""}
ALL_PARAMS: dict[str, tuple[dict, dict | None]] = {
    **{name: (p, None) for name, p in PARAMS.items()},
    "backbone_categories": ({}, None),
    "backbone_segments": ({}, None),
    "backbone_subtype_of": ({}, None),
    "backbone_depends_on": ({}, None),
    "backbone_segment_members": ({}, None),
    "supplier_rows": ({"ids": _CATS, **_FILTERS}, None),
    "supplier_ranks": ({"ids": _CATS, **_FILTERS, "domestic": True, "any_domestic": False}, None),
    "supplier_details": ({"ids": _CATS, "ranks": [1, 2, 3]}, None),
    "supplier_names": ({"ids": _CATS, **_FILTERS, "country": "US"}, None),
    "supplier_count": ({"ids": _CATS, **_FILTERS}, None),
    "supplier_names_country": ({"ids": _CATS, "country": "US"}, None),
    "supplier_names_domestic": ({"ids": _CATS, "domestic": True}, None),
    "supplier_count_all": ({"ids": _CATS}, None),
    "category_pages_by_key": ({"key": "gpu"}, None),
    "category_names_by_ids": ({"ids": _CATS}, None),
    "category_pages_by_id": ({"id": "ProductCategory:GPU"}, None),
    "gap_table": ({}, None),
    "gap_table_rows": ({"ids": ["ProductCategory:GPU", "ProductCategory:AIChip"]}, None),
    "gap_table_ranks": ({}, None),
    "gap_table_brief": ({}, None),
    "chokepoint_table": ({}, None),
    "entity_lookup": ({"v": ["英伟达", "Cambricon"]}, {"label": "Company"}),
    "evidence_rows": ({"sids": ["Company:NVIDIA"], "oids": ["ProductCategory:GPU"]},
                      {"subject": "Company", "predicate": "HAS_MARKET_SHARE", "object": "ProductCategory"}),
    "build_supplier_pairs": ({"ids": _CATS, "sep": "\x01"}, {"label": "Company", "rel": "SUPPLIES"}),
    "build_model_supplier_pairs": ({"ids": _CATS, "sep": "\x01"}, None),
    "build_market_shares": ({"ids": _CATS}, {"label": "Company"}),
    "build_localization_rates": ({}, None),
    "build_restrictions": ({}, None),
    "build_controls": ({}, None),
    "label_exists": ({}, {"label": "CategoryStats"}),
}


def _canon(rows: list[dict]) -> list[str]:
    import json
    import math

    def norm(v):
        if isinstance(v, bool) or v is None:
            return v
        if isinstance(v, int | float):
            return None if isinstance(v, float) and math.isnan(v) else round(float(v), 6)
        if isinstance(v, list):
            return sorted((norm(x) for x in v), key=lambda x: json.dumps(x, sort_keys=True, default=str))
        return v

    return sorted(json.dumps({k: norm(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True) for r in rows)


def test_every_query_has_parameters_here() -> None:
    assert set(ALL_PARAMS) == {q.name for q in list_queries(None)}


@pytest.mark.parametrize("name", sorted(ALL_PARAMS))
def test_every_query_runs_on_ladybug(small_db, name: str) -> None:
    params, templates = ALL_PARAMS[name]
    with open_store(small_db, read_only=True) as store:
        assert run_query(store, name, templates=templates, **params), name


@pytest.mark.bolt
@pytest.mark.parametrize("name", sorted(ALL_PARAMS))
def test_every_query_same_on_falkordb(small_db, falkor_loaded, name: str) -> None:
    params, templates = ALL_PARAMS[name]
    with open_store(small_db, read_only=True) as store:
        expected = _canon(run_query(store, name, templates=templates, **params))
    got = _canon(run_query(falkor_loaded, name, templates=templates, **params))
    if name == "label_exists":  # any one node (LIMIT 1 without an order): only the answer's size is defined
        expected, got = len(expected), len(got)
    assert got == expected


def test_templates_take_schema_names_only(small_db) -> None:
    with open_store(small_db, read_only=True) as store, pytest.raises(ValueError, match="label or relationship type"):
        run_query(store, "entity_lookup", templates={"label": "Company) DETACH DELETE (n"}, v=["x"])
