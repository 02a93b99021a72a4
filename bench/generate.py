"""Seeded synthetic supply-chain graph for the benchmarks (records, not text).

The curated reference backbone (``computekg.ontology.reference_*``: 72 categories with their
DEPENDS_ON DAG, SUBTYPE_OF tree and PART_OF_SEGMENT links, ~425 real companies, regions, policies,
product models) is extended with synthetic categories (subtypes of real ones, e.g. ``GPUEdge``),
synthetic companies in CN/US/JP/KR/TW/... and synthetic documents. Every document yields
mention-style facts with provenance (doc name, evidence sentence, character span, rule):
SUPPLIES, HAS_MARKET_SHARE (with % values), HEADQUARTERED_IN, LOCALIZATION_RATE, RESTRICTS (policy
→ category / model / company). Documents are generated until *stored* relationships
(facts + ``MENTIONED_IN`` links the store derives from them) reach the scale's target.

Scales by total relationship count: XS ≈ 5 k (tests), S ≈ 50 k, M ≈ 1 M, L ≈ 10 M.

>>> g = generate("XS")
>>> g.total_relationships >= SCALES["XS"]
True
>>> entities, facts = g.records()
"""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from computekg.ontology import (
    Entity,
    EntityType,
    Evidence,
    Fact,
    Predicate,
    reference_entities,
    reference_facts,
)

T = EntityType
P = Predicate

SCALES: dict[str, int] = {"XS": 5_000, "S": 50_000, "M": 1_000_000, "L": 10_000_000}
# total number of product categories (72 curated + synthetic subtypes)
N_CATEGORIES: dict[str, int] = {"XS": 80, "S": 100, "M": 150, "L": 200}

# supplier countries (company-level); None = unknown
COUNTRY_WEIGHTS: list[tuple[str | None, float]] = [
    ("CN", 0.46), ("US", 0.18), ("TW", 0.08), ("JP", 0.08), ("KR", 0.06), ("DE", 0.03),
    ("NL", 0.02), ("GB", 0.015), ("SG", 0.015), ("IL", 0.01), ("FR", 0.01), ("HK", 0.01),
    (None, 0.03),
]
_VARIANTS = [
    ("Edge", "边缘"), ("Cloud", "云端"), ("Auto", "车规"), ("Lite", "轻量"), ("Pro", "高端"),
    ("Gen2", "二代"), ("HPC", "高性能"), ("Industrial", "工业级"), ("Mobile", "移动"), ("Green", "绿色"),
]
_ZH_CORE = list("芯华微光电科创智联信算云海天星辰达通源瑞恒盛宏泰安新兴合力博睿鼎晶锐思迈")
_ZH_SUFFIX = ["科技", "微电子", "半导体", "信息", "电子", "智能", "通信", "光电", "集成电路", "数据"]
_EN_A = ["Nova", "Apex", "Quantum", "Silic", "Photon", "Vertex", "Helio", "Astra", "Core", "Lumen",
         "Tera", "Giga", "Nexus", "Orbit", "Pulse", "Zenith", "Vector", "Cobalt", "Argon", "Delta"]
_EN_B = ["Semi", "Logic", "Micro", "Systems", "Devices", "Photonics", "Compute", "Circuits", "Memory", "Networks"]
_EN_SUFFIX = {"US": "Inc.", "TW": "Corp.", "JP": "K.K.", "KR": "Co., Ltd.", "DE": "GmbH", "NL": "B.V.",
              "GB": "Ltd.", "SG": "Pte. Ltd.", "IL": "Ltd.", "FR": "SA", None: "Ltd."}
_SCOPES = ["全球", "中国", "中国大陆", "国内"]
_REPORT = ["行业深度报告", "产业链研究", "国产替代专题", "市场跟踪", "年度白皮书", "供应链调研"]


@dataclass
class SynthGraph:
    """A generated graph: entities as records, facts as columns (cheap at 10 M)."""

    scale: str
    seed: int
    entities: list[Entity]
    ref_facts: list[Fact]  # curated backbone facts (origin="reference")
    # document facts, columnar: one list per field
    cols: dict[str, list[Any]] = field(default_factory=dict)
    n_mentions: int = 0
    params: dict[str, Any] = field(default_factory=dict)  # query parameters that exist in this graph

    @property
    def n_doc_facts(self) -> int:
        return len(self.cols.get("subject", []))

    @property
    def total_relationships(self) -> int:
        return len(self.ref_facts) + self.n_doc_facts + self.n_mentions

    def stats(self) -> dict[str, Any]:
        by_pred: dict[str, int] = defaultdict(int)
        for f in self.ref_facts:
            by_pred[f.predicate.value] += 1
        for p in self.cols.get("predicate", []):
            by_pred[p] += 1
        by_pred["MENTIONED_IN"] = self.n_mentions
        by_type: dict[str, int] = defaultdict(int)
        for e in self.entities:
            by_type[e.type.value] += 1
        return {"scale": self.scale, "seed": self.seed, "entities": len(self.entities),
                "relationships": self.total_relationships, "by_predicate": dict(sorted(by_pred.items())),
                "by_type": dict(sorted(by_type.items()))}

    # ------------------------------------------------------------------ records
    def iter_doc_facts(self):
        c = self.cols
        ev = Evidence.model_construct
        for i in range(self.n_doc_facts):
            yield Fact.model_construct(
                subject=c["subject"][i], subject_type=T(c["subject_type"][i]), predicate=P(c["predicate"][i]),
                object=c["object"][i], object_type=T(c["object_type"][i]), value=c["value"][i],
                unit=c["unit"][i], year=c["year"][i], qualifier=c["qualifier"][i], scope=c["scope"][i],
                date=c["date"][i], modality=None, origin="document", conflict=False,
                evidence=ev(doc=c["doc"][i], sentence=c["sentence"][i], start=c["start"][i], end=c["end"][i],
                            rule=c["rule"][i], confidence=c["confidence"][i]),
            )

    def records(self) -> tuple[list[Entity], list[Fact]]:
        """``Entity`` / ``Fact`` records, as ingest would produce them (valid per DOMAIN_RANGE)."""
        return list(self.entities), [*self.ref_facts, *self.iter_doc_facts()]


def fact_id(subject_id: str, predicate: str, object_id: str, doc: str, value: float | None, year: int | None) -> str:
    """Same as :attr:`Fact.id` without building the record."""
    raw = "|".join("" if v is None else str(v) for v in (subject_id, predicate, object_id, doc, value, year))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _pick_country(rng: random.Random) -> str | None:
    r, acc = rng.random(), 0.0
    for c, w in COUNTRY_WEIGHTS:
        acc += w
        if r < acc:
            return c
    return "CN"


def _categories(rng: random.Random, n_total: int, ents: list[Entity], facts: list[Fact]) -> tuple[
        list[Entity], list[Fact]]:
    """Synthetic subtypes of curated categories, keeping DEPENDS_ON acyclic."""
    cats = {e.name: e for e in ents if e.type == T.PRODUCT_CATEGORY}
    dep = nx.DiGraph()
    dep.add_nodes_from(cats)
    dep.add_edges_from((f.subject, f.object) for f in facts if f.predicate == P.DEPENDS_ON)
    segment = {f.subject: f.object for f in facts if f.predicate == P.PART_OF_SEGMENT}
    bases = sorted(n for n in cats if dep.out_degree(n) or dep.in_degree(n))
    new_e: list[Entity] = []
    new_f: list[Fact] = []

    def ref(s: str, p: P, o: str, ot: T, note: str) -> Fact:
        return Fact(subject=s, subject_type=T.PRODUCT_CATEGORY, predicate=p, object=o, object_type=ot,
                    origin="reference", evidence=Evidence(doc="bench/synthetic.csv", sentence=note, start=-1,
                                                          end=-1, rule="reference"))

    i = 0
    while len(cats) + len(new_e) < n_total:
        base = bases[i % len(bases)]
        en, zh = _VARIANTS[(i // len(bases)) % len(_VARIANTS)]
        i += 1
        name = f"{base}{en}"
        if name in cats or any(e.name == name for e in new_e):
            continue
        b = cats[base]
        seg = segment.get(base) or b.attrs.get("segment")
        new_e.append(Entity(name=name, type=T.PRODUCT_CATEGORY, name_zh=f"{zh}{b.name_zh or base}",
                            name_en=f"{b.name_en or base} ({en})", parent=base, aliases=[f"{zh}{b.name_zh or base}"],
                            attrs={"segment": seg, "synthetic": True} if seg else {"synthetic": True}))
        dep.add_node(name)
        new_f.append(ref(name, P.SUBTYPE_OF, base, T.PRODUCT_CATEGORY, f"synthetic variant of {base}"))
        if seg:
            new_f.append(ref(name, P.PART_OF_SEGMENT, seg, T.SEGMENT, f"segment of {base}"))
        outs = sorted(dep.successors(base))
        for o in rng.sample(outs, min(len(outs), rng.randint(1, 3))):
            if not nx.has_path(dep, o, name):
                dep.add_edge(name, o)
                new_f.append(ref(name, P.DEPENDS_ON, o, T.PRODUCT_CATEGORY, f"{name} builds on {o}"))
        ins = sorted(dep.predecessors(base))
        for a in rng.sample(ins, min(len(ins), rng.randint(0, 2))):
            if a != name and not nx.has_path(dep, name, a):
                dep.add_edge(a, name)
                new_f.append(ref(a, P.DEPENDS_ON, name, T.PRODUCT_CATEGORY, f"{a} may use {name}"))
    assert nx.is_directed_acyclic_graph(dep)
    return new_e, new_f


def _company_names(rng: random.Random, n: int, taken: set[str], cities: list[str]) -> list[tuple[str, str | None, str | None]]:
    """(name, country, name_en) of ``n`` new companies; Chinese short names for CN/HK, English otherwise."""
    out = []
    while len(out) < n:
        country = _pick_country(rng)
        if country in ("CN", "HK"):
            name = rng.choice(cities) + rng.choice(_ZH_CORE) + rng.choice(_ZH_CORE) + rng.choice(_ZH_SUFFIX)
            en = None
        else:
            name = f"{rng.choice(_EN_A)}{rng.choice(_EN_B).lower()} {_EN_SUFFIX.get(country, 'Ltd.')}"
            en = name
        base, k = name, 2
        while name in taken:
            name = f"{base}{k}" if country in ("CN", "HK") else f"{base} {k}"
            k += 1
        taken.add(name)
        out.append((name, country, en if en is None else name))
    return out


_COLUMNS = ("subject", "subject_type", "predicate", "object", "object_type", "value", "unit", "year", "qualifier",
            "scope", "date", "doc", "sentence", "start", "end", "rule", "confidence")


@dataclass
class _World:
    """Everything the document loop draws from (the first part of the seeded random sequence)."""

    rng: random.Random
    target: int
    ents: list[Entity]
    rfacts: list[Fact]
    cat_zh: dict[str, str]
    order: list[str]
    cat_w: list[float]
    cn_regions: list[str]
    country_region: dict[str | None, str]
    companies: list[tuple[str, str | None, str | None, str | None]]
    pools: dict[str, list[int]]
    policies: list[Entity]
    controlled: list[str]
    models: list[Entity]
    cn_companies: list[int]
    docs: list[Entity] = field(default_factory=list)
    hq_done: set[int] = field(default_factory=set)  # companies whose headquarters fact was drawn
    n_facts: int = 0
    n_mentions: int = 0


def _world(scale: str, seed: int, target: int | None) -> _World:
    rng = random.Random(seed)
    target = target or SCALES[scale]
    ents = list(reference_entities())
    rfacts = list(reference_facts())
    cat_e, cat_f = _categories(rng, N_CATEGORIES.get(scale, 100), ents, rfacts)
    ents += cat_e
    rfacts += cat_f
    by_type: dict[T, list[Entity]] = defaultdict(list)
    for e in ents:
        by_type[e.type].append(e)
    cats = by_type[T.PRODUCT_CATEGORY]
    cat_zh = {c.name: c.name_zh or c.name for c in cats}
    # popularity: hand-picked hot categories first, then a Zipf tail
    hot = ["GPU", "AIChip", "CPU", "Server", "AIServer", "OpticalModule", "HBM", "DRAM", "Switch", "Foundry",
           "SemiconductorEquipment", "Lithography", "CloudService", "DataCenter", "EDA", "SSD", "PCB"]
    order = [c for c in hot if c in cat_zh] + [c.name for c in cats if c.name not in hot]
    cat_w = [1.0 / (r + 1) ** 0.8 for r in range(len(order))]
    cities = [e.name for e in by_type[T.REGION] if e.attrs.get("subtype") == "city"] or ["北京"]
    country_region = {e.country: e.name for e in by_type[T.REGION] if e.attrs.get("subtype") == "country"}
    # companies: curated + synthetic (≈ one per 12 document facts)
    est_facts = max(1000, int(target / 1.9))
    n_new = max(0, est_facts // 12 - len(by_type[T.COMPANY]))
    companies = [(e.name, e.country, e.name_zh, e.name_en) for e in by_type[T.COMPANY]]
    for name, country, en in _company_names(rng, n_new, {e.name for e in ents}, cities):
        e = Entity(name=name, type=T.COMPANY, country=country, name_en=en,
                   name_zh=name if country in ("CN", "HK") else None, source="discovered", attrs={"synthetic": True})
        ents.append(e)
        companies.append((e.name, e.country, e.name_zh, e.name_en))
    pools = _pools(rng, companies, by_type[T.COMPANY], order, cat_w, cat_zh)
    policies = [e for e in by_type[T.POLICY] if "出口管制" in e.name or e.name in ("实体清单", "人工智能扩散框架")]
    for k in range(max(5, est_facts // 20_000)):
        y, m = 2019 + k % 7, 1 + (k * 5) % 12
        ent = Entity(name=f"美国对华半导体出口管制规则（{y}年{m}月·{k + 1}）", type=T.POLICY, source="discovered",
                     attrs={"date": f"{y}-{m:02d}", "synthetic": True})
        ents.append(ent)
        policies.append(ent)
    controlled = [c for c in ["GPU", "AIChip", "HBM", "Lithography", "SemiconductorEquipment", "EDA", "AIServer",
                              "EtchingEquipment", "DRAM", "TPU", "ASIC", "CoatingEquipment"] if c in cat_zh]
    return _World(rng, target, ents, rfacts, cat_zh, order, cat_w, cities, country_region, companies, pools, policies,
                  controlled, by_type[T.PRODUCT_MODEL], [i for i, c in enumerate(companies) if c[1] == "CN"])


def _pools(rng: random.Random, companies: list, curated: list[Entity], order: list[str], cat_w: list[float],
           cat_zh: dict[str, str]) -> dict[str, list[int]]:
    """Supplier pools: each company supplies 1-4 categories (popular ones more often); curated tags kept."""
    ref_tags = {e.name: [t for t in e.attrs.get("tags", []) if t in cat_zh] for e in curated}
    pools: dict[str, list[int]] = defaultdict(list)
    for idx, (name, *_rest) in enumerate(companies):
        chosen = set(ref_tags.get(name, [])) or set(rng.choices(order, cat_w, k=rng.randint(1, 4)))
        for c in chosen:
            pools[c].append(idx)
    for c in order:  # every category has at least two suppliers
        while len(pools[c]) < 2:
            pools[c].append(rng.randrange(len(companies)))
    return pools


def _fact_rows(w: _World) -> Iterator[tuple]:
    """Document facts as tuples in :data:`_COLUMNS` order, document after document, until the stored
    relationships (reference facts + document facts + MENTIONED_IN links) reach the target. Appends each
    document's ``Entity`` to ``w.docs`` before yielding its facts."""
    rng, d = w.rng, 0
    while len(w.rfacts) + w.n_facts + w.n_mentions < w.target:
        year = 2019 + d % 7
        topic = rng.choices(w.order, w.cat_w)[0]
        doc = f"{year}年{w.cat_zh[topic]}{_REPORT[d % len(_REPORT)]}_{d:07d}.txt"
        w.docs.append(Entity(name=doc, type=T.DOCUMENT, source="discovered",
                             attrs={"title": doc[:-4], "date": f"{year}-{1 + d % 12:02d}-15"}))
        d += 1
        related = [topic, *rng.choices(w.order, w.cat_w, k=2)]
        doc_state = {"doc": doc, "seen": set(), "mentioned": set(), "pos": rng.randint(0, 400)}
        for _ in range(rng.randint(20, 60)):
            row = _one_fact(w, doc_state, related, year)
            if row is not None:
                w.n_facts += 1
                yield row
        w.n_mentions += len(doc_state["mentioned"])


def _emit(w: _World, cur: dict[str, Any], s: str, st: T, p: P, o: str, ot: T, sent: str, value: Any = None,
          unit: Any = None, yr: Any = None, qual: Any = None, scope: Any = None, date: Any = None, rule: str = "",
          conf: float = 0.9) -> tuple | None:
    key = (s, st, p, o, value, yr)
    if key in cur["seen"]:
        return None
    cur["seen"].add(key)
    pos = cur["pos"]
    cur["pos"] = pos + len(sent) + w.rng.randint(1, 120)
    cur["mentioned"].add(f"{st.value}:{s}")
    cur["mentioned"].add(f"{ot.value}:{o}")
    return (s, st.value, p.value, o, ot.value, value, unit, yr, qual, scope, date, cur["doc"], sent, pos,
            pos + len(sent), rule, conf)


def _one_fact(w: _World, cur: dict[str, Any], related: list[str], year: int) -> tuple | None:
    rng = w.rng
    cat = related[0] if rng.random() < 0.6 else rng.choice(related)
    ci = rng.choice(w.pools[cat])
    name, country, _zh, _en = w.companies[ci]
    r = rng.random()
    zh = w.cat_zh
    if r < 0.62:
        return _emit(w, cur, name, T.COMPANY, P.SUPPLIES, cat, T.PRODUCT_CATEGORY,
                     f"{name}是{zh[cat]}领域的主要供应商之一，相关产品已实现批量出货。", rule="supply_cue")
    if r < 0.90:
        share = round(rng.uniform(0.5, 60.0), 1)
        scope = rng.choice(_SCOPES)
        return _emit(w, cur, name, T.COMPANY, P.HAS_MARKET_SHARE, cat, T.PRODUCT_CATEGORY,
                     f"{year}年{name}在{scope}{zh[cat]}市场的份额约为{share}%。", value=share, unit="%", yr=year,
                     qual="≈", scope=scope, rule="market_share", conf=0.85)
    if r < 0.95 and ci not in w.hq_done:
        w.hq_done.add(ci)
        region = rng.choice(w.cn_regions) if country in ("CN", None) else w.country_region.get(country)
        if region:
            return _emit(w, cur, name, T.COMPANY, P.HEADQUARTERED_IN, region, T.REGION, f"{name}总部位于{region}。",
                         rule="headquarters", conf=0.95)
        return None
    if r < 0.985:
        rate = round(rng.uniform(1, 80), 1)
        return _emit(w, cur, cat, T.PRODUCT_CATEGORY, P.LOCALIZATION_RATE, "中国", T.REGION,
                     f"{year}年我国{zh[cat]}国产化率约为{rate}%。", value=rate, unit="%", yr=year,
                     rule="localization_rate", conf=0.8)
    return _restriction(w, cur, rng)


def _restriction(w: _World, cur: dict[str, Any], rng: random.Random) -> tuple | None:
    pol = rng.choice(w.policies)
    date = pol.attrs.get("date")
    k = rng.random()
    if k < 0.6 and w.controlled:
        item, it = rng.choice(w.controlled), T.PRODUCT_CATEGORY
        text = w.cat_zh[item]
    elif k < 0.8 and w.models:
        item, it = rng.choice(w.models).name, T.PRODUCT_MODEL
        text = item
    else:
        item, it = w.companies[rng.choice(w.cn_companies)][0], T.COMPANY
        text = item
    return _emit(w, cur, pol.name, T.POLICY, P.RESTRICTS, item, it, f"{pol.name}限制向中国出口{text}。",
                 qual=item, date=date, rule="export_control", conf=0.9)


def generate(scale: str = "S", seed: int = 42, target: int | None = None) -> SynthGraph:
    """Generate the graph of ``scale`` (``XS``/``S``/``M``/``L``), or of ``target`` relationships."""
    w = _world(scale, seed, target)
    cols: dict[str, list[Any]] = {k: [] for k in _COLUMNS}
    apps = [cols[k].append for k in _COLUMNS]
    for row in _fact_rows(w):
        for app, v in zip(apps, row, strict=True):
            app(v)
    g = SynthGraph(scale=scale, seed=seed, entities=w.ents + w.docs, ref_facts=w.rfacts, cols=cols,
                   n_mentions=w.n_mentions)
    g.params = _params(g, w.pools, w.companies)
    return g


def stream(scale: str, seed: int = 42, target: int | None = None) -> tuple[list[Entity], Iterator[Fact]]:
    """The same graph as :func:`generate` without keeping its facts: (entities, an iterator of facts).

    The seeded document loop runs twice — once to collect the documents (entities must reach the store
    before facts), once to yield the facts — so memory holds entities only, whatever the scale.
    """
    first = _world(scale, seed, target)
    for _ in _fact_rows(first):
        pass
    entities = first.ents + first.docs
    second = _world(scale, seed, target)

    def facts() -> Iterator[Fact]:
        yield from second.rfacts
        for row in _fact_rows(second):
            yield _fact(dict(zip(_COLUMNS, row, strict=True)))

    return entities, facts()


def _fact(c: dict[str, Any]) -> Fact:
    ev = Evidence.model_construct(doc=c["doc"], sentence=c["sentence"], start=c["start"], end=c["end"], rule=c["rule"],
                                  confidence=c["confidence"])
    return Fact.model_construct(
        subject=c["subject"], subject_type=T(c["subject_type"]), predicate=P(c["predicate"]), object=c["object"],
        object_type=T(c["object_type"]), value=c["value"], unit=c["unit"], year=c["year"], qualifier=c["qualifier"],
        scope=c["scope"], date=c["date"], modality=None, origin="document", conflict=False, evidence=ev)


def _params(g: SynthGraph, pools: dict[str, list[int]], companies: list) -> dict[str, Any]:
    """Query parameters that exist in this graph (a domestic GPU supplier with SUPPLIES facts)."""
    c = g.cols
    best: dict[str, int] = defaultdict(int)
    for s, p, o in zip(c["subject"], c["predicate"], c["object"], strict=True):
        if p == "SUPPLIES" and o == "GPU":
            best[s] += 1
    country = {n: ctry for n, ctry, *_ in companies}
    dom = sorted((n for n in best if country.get(n) == "CN"), key=lambda n: (-best[n], n))
    subject = dom[0] if dom else (max(best, key=best.get) if best else "海光信息")
    return {
        "category": "GPU", "segment": "Upstream", "dep_category": "AIServer", "dependent_category": "HBM",
        "path_source": "AIServer", "path_target": "Lithography", "subject": subject, "predicate": "SUPPLIES",
        "object": "GPU", "restrict": "GPU", "country": "US",
    }


if __name__ == "__main__":  # pragma: no cover
    import argparse
    import json
    import time

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", default="S", choices=list(SCALES))
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()
    t0 = time.perf_counter()
    graph = generate(a.scale, a.seed)
    print(json.dumps({**graph.stats(), "seconds": round(time.perf_counter() - t0, 2)}, ensure_ascii=False, indent=1))
