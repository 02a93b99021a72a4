"""Helpers of the "derived tables change nothing" tests: every analysis answer as canonical row sets,
read from the derived tables and computed from the facts in memory."""

from __future__ import annotations

import json
import math

from computekg.queries.chain import Chain


def canon(table) -> list[str]:
    def norm(v):
        if isinstance(v, float):
            return None if math.isnan(v) else round(v, 9)
        if isinstance(v, list | tuple | set):
            return sorted((norm(x) for x in v), key=lambda x: json.dumps(x, sort_keys=True, default=str))
        return v

    rows = table.rows if hasattr(table, "rows") else table
    return sorted(json.dumps({k: norm(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True, default=str)
                  for r in rows)


def answers(chain: Chain, p: dict) -> dict[str, list[str]]:
    out = {
        "suppliers": canon(chain.suppliers(p["category"])),
        "suppliers_domestic": canon(chain.suppliers(p["category"], True)),
        "suppliers_foreign": canon(chain.suppliers(p["category"], False)),
        "suppliers_us": canon(chain.suppliers(p["category"], None, "US")),
        "suppliers_segment": canon(chain.suppliers(p["segment"])),
        "gaps": canon(chain.gaps()),
        "chokepoints": canon(chain.chokepoints(limit=None)),
        "evidence": canon(chain.evidence(p["subject"], p["predicate"], p["object"])),
    }
    res = chain.what_if(p["restrict"], p["country"])
    out.update({f"what_if.{k}": canon(t) for k, t in res["tables"].items()})
    out["what_if.summary"] = canon([res["summary"]])
    return out


def live_chain(store) -> Chain:
    chain = Chain(store)
    chain.__dict__["stored"] = False  # as on a database without derived tables
    return chain


def check_same(store, params: dict, min_rows: int) -> None:
    stored, live = Chain(store), live_chain(store)
    assert stored.stored
    a, b = answers(stored, params), answers(live, params)
    assert a.keys() == b.keys()
    for key in a:
        assert a[key] == b[key], key
    assert sum(len(v) for v in a.values()) >= min_rows
