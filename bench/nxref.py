"""The benchmark questions answered in plain networkx: the reference the store is compared with.

The graph is a ``MultiDiGraph`` built from the same ``Entity``/``Fact`` records that go into the
store: node id ``Type:name`` with ``label``/``name``/``country``/``domestic``; one edge per fact with
``p`` (predicate) and the fact's properties. No extra indexes beyond what networkx gives (adjacency
dicts): a label lookup is a node scan, as it would be in a plain networkx script.

Each function answers the same question as the library query / ``ChainGraph`` call of the same
name (same rows; the analysis answers use the same scoring helpers in ``computekg.queries._gaps``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from computekg.ontology import Entity, EntityType, Fact
from computekg.queries import _gaps

PC = "ProductCategory"
DOMESTIC = {"CN", "HK", "MO"}
SUPPLIER_LABELS = ("Company", "CompanyGroup")


def build_graph(entities: Iterable[Entity], facts: Iterable[Fact]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for e in entities:
        g.add_node(e.id, label=e.type.value, name=e.name, country=e.country, domestic=e.domestic)
    for f in facts:
        for nid, t, name in ((f.subject_id, f.subject_type, f.subject), (f.object_id, f.object_type, f.object)):
            if nid not in g:
                g.add_node(nid, label=t.value, name=name, country=None, domestic=None)
        ev = f.evidence
        g.add_edge(f.subject_id, f.object_id, p=f.predicate.value, fact_id=f.id, value=f.value, unit=f.unit,
                   year=f.year, scope=f.scope, date=f.date, modality=f.modality, origin=f.origin, doc=ev.doc,
                   evidence=ev.sentence, span_start=ev.start, span_end=ev.end, rule=ev.rule,
                   confidence=ev.confidence)
    return g


def _nid(label: str, name: str) -> str:
    return f"{label}:{name}"


def _name(g: nx.MultiDiGraph, n: str) -> str:
    return g.nodes[n]["name"]


def _out(g, n, p):
    return [v for _, v, d in g.out_edges(n, data=True) if d["p"] == p]


def _in(g, n, p):
    return [u for u, _, d in g.in_edges(n, data=True) if d["p"] == p]


def _subtypes(g, n) -> set[str]:
    seen, stack = set(), [n]
    while stack:
        for u in _in(g, stack.pop(), "SUBTYPE_OF"):
            if u not in seen and u != n:
                seen.add(u)
                stack.append(u)
    return seen


def _all_paths(g, start, p, reverse, max_hops=6) -> list[list[str]]:
    """Every DEPENDS_ON walk of 1..max_hops hops from start (forward or backward), as node lists."""
    step = _in if reverse else _out
    out, stack = [], [[start]]
    while stack:
        path = stack.pop()
        if len(path) > 1:
            out.append(path)
        if len(path) <= max_hops:
            for nb in step(g, path[-1], p):
                stack.append([*path, nb])
    return out


# --------------------------------------------------------------------------- library queries


def q_dependencies(g, category, **_):
    rows = [{"dependency": _name(g, p[-1]), "depth": len(p) - 1, "path": [_name(g, n) for n in p]}
            for p in _all_paths(g, _nid(PC, category), "DEPENDS_ON", False)]
    return sorted(rows, key=lambda r: (r["depth"], r["dependency"]))


def q_dependents(g, category, **_):
    rows = [{"dependent": _name(g, p[-1]), "depth": len(p) - 1, "path": [_name(g, n) for n in reversed(p)]}
            for p in _all_paths(g, _nid(PC, category), "DEPENDS_ON", True)]
    return sorted(rows, key=lambda r: (r["depth"], r["dependent"]))


def q_dependency_path(g, source, target, **_):
    a, b = _nid(PC, source), _nid(PC, target)
    prev, frontier = {a: None}, [a]
    for _hop in range(6):
        nxt = []
        for n in frontier:
            for v in _out(g, n, "DEPENDS_ON"):
                if v not in prev:
                    prev[v] = n
                    nxt.append(v)
        frontier = nxt
        if b in prev:
            path, n = [], b
            while n is not None:
                path.append(_name(g, n))
                n = prev[n]
            return [{"path": path[::-1], "hops": len(path) - 1}]
    return []


def q_domestic_suppliers(g, category, **_):
    root = _nid(PC, category)
    acc: dict[str, dict[str, Any]] = {}
    for sub in {root} | _subtypes(g, root):
        for u, _, d in g.in_edges(sub, data=True):
            node = g.nodes[u]
            if d["p"] == "SUPPLIES" and node["label"] == "Company" and node["domestic"] is True:
                r = acc.setdefault(u, {"company": node["name"], "country": node["country"], "categories": set(),
                                       "facts": 0})
                r["categories"].add(_name(g, sub))
                r["facts"] += 1
    return [{**r, "categories": sorted(r["categories"])} for _, r in sorted(acc.items(), key=lambda kv: kv[1]["company"])]


def q_export_control_exposure(g, **_):
    groups: dict[tuple, set[str]] = {}
    cache: dict[str, set[str]] = {}
    for n, data in g.nodes(data=True):
        if data["label"] != "Policy":
            continue
        for _, item, d in g.out_edges(n, data=True):
            if d["p"] != "RESTRICTS":
                continue
            kind = g.nodes[item]["label"]
            cats = ([item] if kind == PC else []) + [c for c in _out(g, item, "INSTANCE_OF") if g.nodes[c]["label"] == PC]
            exposed = groups.setdefault((data["name"], _name(g, item), kind, d["date"]), set())
            for c in cats:
                if c not in cache:
                    cache[c] = {_name(g, p[-1]) for p in _all_paths(g, c, "DEPENDS_ON", True)}
                exposed |= cache[c]
    return [{"policy": k[0], "restricted": k[1], "kind": k[2], "date": k[3], "exposed": sorted(v)}
            for k, v in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1]))]


def q_fact_evidence(g, subject, predicate, object, **_):  # noqa: A002
    rows = []
    for st in EntityType:
        s = _nid(st.value, subject)
        if s not in g:
            continue
        for ot in EntityType:
            o = _nid(ot.value, object)
            if o in g and g.has_edge(s, o):
                for d in g[s][o].values():
                    if d["p"] == predicate:
                        rows.append({"subject": subject, "predicate": predicate, "object": object, **{
                            k: d[k] for k in ("value", "year", "doc", "evidence", "span_start", "span_end", "rule",
                                              "confidence")}})
    return sorted(rows, key=lambda r: (r["doc"], r["span_start"]))


def q_foreign_concentration(g, **_):
    rows = []
    for n, data in g.nodes(data=True):
        if data["label"] != PC:
            continue
        sup: dict[Any, set[str]] = {True: set(), False: set(), None: set()}
        share = {True: 0.0, False: 0.0}
        any_supply = False
        for u, _, d in g.in_edges(n, data=True):
            if d["p"] == "SUPPLIES":
                any_supply = True
                sup[g.nodes[u]["domestic"]].add(u)
            elif d["p"] == "HAS_MARKET_SHARE" and d["value"] is not None:
                flag = g.nodes[u]["domestic"]
                if flag is not None:
                    share[flag] += d["value"]
        if any_supply:
            rows.append({"category": data["name"], "domestic_suppliers": len(sup[True]),
                         "foreign_suppliers": len(sup[False]), "unknown_suppliers": len(sup[None]),
                         "foreign_share": share[False], "domestic_share": share[True]})
    return sorted(rows, key=lambda r: (-r["foreign_suppliers"], r["category"]))


def q_segment_suppliers(g, segment, **_):
    seg = _nid("Segment", segment)
    acc: dict[str, dict[str, Any]] = {}
    for cat in _in(g, seg, "PART_OF_SEGMENT"):
        for sub in {cat} | _subtypes(g, cat):
            for u in _in(g, sub, "SUPPLIES"):
                node = g.nodes[u]
                r = acc.setdefault(u, {"company": node["name"], "country": node["country"],
                                       "domestic": node["domestic"], "categories": set()})
                r["categories"].add(_name(g, sub))
    return [{**r, "categories": sorted(r["categories"])} for r in sorted(acc.values(), key=lambda r: r["company"])]


LIBRARY = {
    "dependencies": q_dependencies,
    "dependency_path": q_dependency_path,
    "dependents": q_dependents,
    "domestic_suppliers": q_domestic_suppliers,
    "export_control_exposure": q_export_control_exposure,
    "fact_evidence": q_fact_evidence,
    "foreign_concentration": q_foreign_concentration,
    "segment_suppliers": q_segment_suppliers,
}


# --------------------------------------------------------------------------- analysis calls


def _share_rank(d: dict[str, Any]) -> tuple:
    return (bool(d.get("modality")), -(d.get("year") or 0), -(d.get("value") or 0.0))


def a_suppliers(g, category, domestic=None, country=None):
    root = _nid(PC, category)
    covered = {root} | _subtypes(g, root)
    groups: dict[tuple[str, str], list[tuple[dict, str | None]]] = defaultdict(list)

    def ok(c: str) -> bool:
        node = g.nodes[c]
        if node["label"] not in SUPPLIER_LABELS:
            return False
        if domestic is not None and node["domestic"] is not bool(domestic):
            return False
        return not (country and node["country"] != country)

    shares: dict[tuple[str, str], dict] = {}
    for cat in covered:
        for u, _, d in g.in_edges(cat, data=True):
            p = d["p"]
            if p in ("SUPPLIES", "HAS_MARKET_SHARE") and ok(u):
                groups[(u, cat)].append((d, None))
                if p == "HAS_MARKET_SHARE" and d["value"] is not None:
                    cur = shares.get((u, cat))
                    if cur is None or _share_rank(d) < _share_rank(cur):
                        shares[(u, cat)] = d
            elif p == "INSTANCE_OF":
                for c, _, dm in g.in_edges(u, data=True):
                    if dm["p"] == "SUPPLIES" and ok(c):
                        groups[(c, cat)].append((dm, _name(g, u)))
                for _, c, dm in g.out_edges(u, data=True):
                    if dm["p"] == "MADE_BY" and ok(c):
                        groups[(c, cat)].append((dm, _name(g, u)))
    rows = []
    for (comp, cat), facts in groups.items():
        best = min(facts, key=lambda t: (t[0]["origin"] == "reference", -(t[0]["confidence"] or 0.0),
                                         t[0]["doc"] or "", t[0]["span_start"] or 0))[0]
        share = shares.get((comp, cat))
        node = g.nodes[comp]
        rows.append({"name": node["name"], "country": node["country"], "domestic": node["domestic"],
                     "category": _name(g, cat), "via": ", ".join(sorted({v for _, v in facts if v})) or None,
                     "share": share["value"] if share else None, "doc": best["doc"], "evidence": best["evidence"],
                     "n_facts": len({d["fact_id"] for d, _ in facts}), "category_id": cat})
    rows.sort(key=lambda r: (-(r["share"] if r["share"] is not None else -1.0), r["name"], r["category"]))
    return rows


def _bfs(adj: dict[str, list[str]], sources: Iterable[str]) -> dict[str, list[str]]:
    paths = {s: [s] for s in sorted(sources)}
    frontier = list(paths)
    while frontier:
        nxt = []
        for n in frontier:
            for nb in sorted(adj.get(n, ())):
                if nb not in paths:
                    paths[nb] = [*paths[n], nb]
                    nxt.append(nb)
        frontier = nxt
    return paths


def _backbone(g) -> tuple[list[str], nx.DiGraph, nx.DiGraph]:
    cats = [n for n, d in g.nodes(data=True) if d["label"] == PC]
    dep, sub = nx.DiGraph(), nx.DiGraph()
    dep.add_nodes_from(cats)
    sub.add_nodes_from(cats)
    for c in cats:
        for _, v, d in g.out_edges(c, data=True):
            if d["p"] == "DEPENDS_ON":
                dep.add_edge(c, v)
            elif d["p"] == "SUBTYPE_OF":
                sub.add_edge(c, v)
    return cats, dep, sub


def a_chain(g, category, reverse=False):
    _, dep, _ = _backbone(g)
    graph = dep.reverse(copy=False) if reverse else dep
    src = _nid(PC, category)
    paths = _bfs({n: list(graph.successors(n)) for n in graph}, [src])
    rows = [{"category": _name(g, n), "depth": len(p) - 1, "path": [_name(g, x) for x in (p[::-1] if reverse else p)]}
            for n, p in paths.items() if n != src]
    return sorted(rows, key=lambda r: (r["depth"], r["category"]))


def _components(g) -> tuple[dict[str, dict[str, Any]], nx.DiGraph, nx.DiGraph]:
    """Per-category gap components (the aggregate part of substitution_gaps / chokepoints)."""
    cats, dep, sub = _backbone(g)
    direct: dict[str, dict[Any, set[str]]] = {c: {True: set(), False: set(), None: set()} for c in cats}
    fshare: dict[str, dict] = {}
    local: dict[str, list[dict]] = defaultdict(list)
    restricted: set[str] = set()
    for c in cats:
        for u, _, d in g.in_edges(c, data=True):
            p, node = d["p"], g.nodes[u]
            if p in ("SUPPLIES", "HAS_MARKET_SHARE") and node["label"] in SUPPLIER_LABELS:
                direct[c][node["domestic"]].add(u)
                if (p == "HAS_MARKET_SHARE" and node["domestic"] is False and d["value"] is not None
                        and d["unit"] in (None, "%")):
                    cur = fshare.get(c)
                    if cur is None or _share_rank(d) < _share_rank(cur):
                        fshare[c] = d
            elif p == "RESTRICTS":
                restricted.add(c)
            elif p == "INSTANCE_OF":
                for x, _, dm in g.in_edges(u, data=True):
                    if dm["p"] == "SUPPLIES" and g.nodes[x]["label"] == "Company":
                        direct[c][g.nodes[x]["domestic"]].add(x)
                    elif dm["p"] == "RESTRICTS":
                        restricted.add(c)
                for _, x, dm in g.out_edges(u, data=True):
                    if dm["p"] == "MADE_BY":
                        direct[c][g.nodes[x]["domestic"]].add(x)
        for _, _v, d in g.out_edges(c, data=True):
            if d["p"] == "LOCALIZATION_RATE" and d["value"] is not None and not d["modality"]:
                local[c].append(d)
    comps = {}
    for c in cats:
        subs = nx.ancestors(sub, c)
        sups = nx.descendants(sub, c)
        rolled: dict[Any, set[str]] = {True: set(), False: set(), None: set()}
        for x in {c} | subs:
            for flag, ids in direct[x].items():
                rolled[flag] |= ids
        rolled[None] -= rolled[True] | rolled[False]
        rates = sorted(local.get(c, []), key=lambda d: (-(d["year"] or 0), d["value"]))
        rate = rates[0]["value"] if rates else None
        share = fshare.get(c)
        fe = _gaps.foreign_dominance(share["value"] if share else None, len(rolled[True]), len(rolled[False]),
                                     localization_rate=rate)
        low = _gaps.low_localization(rate, fe.value)
        export = _gaps.export_exposure(c, restricted, {c: sups}, {c: subs})
        comps[c] = {"rolled": rolled, "foreign": fe.value, "low": low, "export": export, "subs": subs,
                    "own_risk": _gaps.own_risk(fe.value, low, export)}
    return comps, dep, sub


def a_substitution_gaps(g):
    comps, dep, _ = _components(g)
    risks = {c: v["own_risk"] for c, v in comps.items()}
    rows = []
    for c, comp in comps.items():
        n_sup = sum(len(v) for v in comp["rolled"].values())
        if n_sup == 0 and dep.in_degree(c) == 0:
            continue
        up, up_from, _ = _gaps.upstream_risk(dep, risks, c)
        rows.append({"category": _name(g, c), "n_domestic": len(comp["rolled"][True]),
                     "n_foreign": len(comp["rolled"][False]), "upstream_from": up_from,
                     "gap_score": round(_gaps.gap_score(comp["foreign"], comp["low"], comp["export"], up), 6)})
    return sorted(rows, key=lambda r: (-r["gap_score"], r["category"]))


def a_chokepoints(g, top=10):
    comps, dep, _ = _components(g)
    rows = []
    for c, comp in comps.items():
        sources = {c} | comp["subs"]
        down: set[str] = set()
        for s in sources:
            down |= nx.ancestors(dep, s)
        down -= sources
        if down:
            rows.append({"category": _name(g, c), "n_downstream": len(down),
                         "chokepoint_score": round(len(down) * comp["foreign"], 6)})
    rows.sort(key=lambda r: (-r["chokepoint_score"], -r["n_downstream"], r["category"]))
    return rows[:top]


def a_what_if(g, restrict, country):
    _, dep, sub = _backbone(g)
    root = _nid(PC, restrict)
    cut = {root} | nx.ancestors(sub, root)
    cut_sup = [r for c in sorted(cut) for r in a_suppliers(g, _name(g, c), country=country)]
    subs = [r for c in sorted(cut) for r in a_suppliers(g, _name(g, c), domestic=True)]
    adj: dict[str, list[str]] = defaultdict(list)
    for a, b in dep.edges:
        adj[b].append(a)
    for child, parent in sub.edges:
        adj[parent].append(child)
    paths = _bfs(adj, cut)
    exposed = sorted(n for n in paths if n not in cut)
    companies = [r for c in exposed for r in a_suppliers(g, _name(g, c))]
    return {"cut_suppliers": cut_sup, "substitutes": subs, "exposed": exposed, "companies": companies}


def a_evidence(g, subject, predicate, object):  # noqa: A002
    return q_fact_evidence(g, subject, predicate, object)


ANALYSIS = {
    "suppliers": lambda g, p: a_suppliers(g, p["category"]),
    "suppliers_domestic": lambda g, p: a_suppliers(g, p["category"], domestic=True),
    "dependencies": lambda g, p: a_chain(g, p["dep_category"]),
    "dependents": lambda g, p: a_chain(g, p["dependent_category"], reverse=True),
    "substitution_gaps": lambda g, p: a_substitution_gaps(g),
    "chokepoints": lambda g, p: a_chokepoints(g),
    "what_if": lambda g, p: a_what_if(g, p["restrict"], p["country"]),
    "evidence": lambda g, p: a_evidence(g, p["subject"], p["predicate"], p["object"]),
}
