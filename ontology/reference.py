"""Curated reference data: the product taxonomy, companies, regions, policies, models and metrics.

The CSV files in ``ontology/data`` are the reviewable source of truth; this module turns them into
typed :class:`Entity` / :class:`Fact` records. Every loader is a pure, cached function — treat the
returned objects as read-only (they are shared between callers).

Reading and checking the files is :mod:`.csvdata`; look-ups over the loaded records (aliases,
category ancestors, segments) are :mod:`.lookups`.

>>> "Company:海光信息" in {e.id for e in load_companies()}
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .csvdata import doc_path, read_rows, row_error, split_cell
from .records import Entity, EntityType, Evidence, Fact, Predicate

T = EntityType
P = Predicate

REFERENCE_RULE = "reference"

REGION_SUBTYPES = frozenset({"country", "macro_region", "province", "city", "district", "hub", "cluster"})
_ISO2 = re.compile(r"^[A-Z]{2}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

def _names(entities: Iterable[Entity]) -> set[str]:
    return {e.name for e in entities}


# --------------------------------------------------------------------------- entity loaders


@cache
def _taxonomy() -> tuple[Entity, ...]:
    fn = "taxonomy.csv"
    rows = read_rows(fn)
    segments = {r["name"] for _, r in rows if r["type"] == T.SEGMENT}
    categories = {r["name"] for _, r in rows if r["type"] == T.PRODUCT_CATEGORY}
    out: list[Entity] = []
    for line, r in rows:
        if r["type"] not in (T.SEGMENT, T.PRODUCT_CATEGORY):
            raise row_error(fn, line, f"type must be Segment or ProductCategory, got {r['type']!r}")
        attrs: dict[str, object] = {"source_note": r["source_note"]}
        if r["type"] == T.PRODUCT_CATEGORY:
            if r["segment"] and r["segment"] not in segments:
                raise row_error(fn, line, f"unknown segment {r['segment']!r}")
            if r["parent"] and r["parent"] not in categories:
                raise row_error(fn, line, f"unknown parent category {r['parent']!r}")
            attrs["segment"] = r["segment"] or None
        elif r["parent"] or r["segment"]:
            raise row_error(fn, line, "a Segment has no parent or segment")
        out.append(
            Entity(
                name=r["name"],
                type=T(r["type"]),
                name_zh=r["name_zh"] or None,
                name_en=r["name_en"] or None,
                aliases=split_cell(r["aliases"]),
                parent=r["parent"] or None,
                attrs=attrs,
            )
        )
    return tuple(out)


def load_taxonomy() -> list[Entity]:
    """Segments (``Upstream`` …) and product categories (``GPU`` …); categories carry ``attrs["segment"]``.

    >>> next(e for e in load_taxonomy() if e.name == "AIServer").parent
    'Server'
    """
    return list(_taxonomy())


def _categories() -> dict[str, Entity]:
    return {e.name: e for e in _taxonomy() if e.type == T.PRODUCT_CATEGORY}


@cache
def _companies() -> tuple[Entity, ...]:
    fn = "companies.csv"
    rows = read_rows(fn)
    names = {r["name"] for _, r in rows}
    categories = _categories()
    out: list[Entity] = []
    for line, r in rows:
        if r["country"] and not _ISO2.match(r["country"]):
            raise row_error(fn, line, f"country must be ISO 3166 alpha-2, got {r['country']!r}")
        if r["parent"] and r["parent"] not in names:
            raise row_error(fn, line, f"unknown parent company {r['parent']!r}")
        if r["parent"] == r["name"]:
            raise row_error(fn, line, "a company cannot be its own parent")
        tags = split_cell(r["tags"])
        unknown = [t for t in tags if t not in categories]
        if unknown:
            raise row_error(fn, line, f"unknown tag(s) {unknown} (tags are taxonomy category names)")
        out.append(
            Entity(
                name=r["name"],
                type=T.COMPANY,
                name_zh=r["name_zh"] or None,
                name_en=r["name_en"] or None,
                country=r["country"] or None,
                aliases=split_cell(r["aliases"]),
                parent=r["parent"] or None,
                attrs={"tags": tags, "source_note": r["source_note"]},
            )
        )
    return tuple(out)


def load_companies() -> list[Entity]:
    """The company gazetteer; ``attrs["tags"]`` lists known product lines (taxonomy names).

    >>> next(e for e in load_companies() if e.name == "TSMC").country
    'TW'
    """
    return list(_companies())


@cache
def _regions() -> tuple[Entity, ...]:
    fn = "regions.csv"
    rows = read_rows(fn)
    by_name = {r["name"]: (line, r) for line, r in rows}
    for line, r in rows:
        if r["subtype"] not in REGION_SUBTYPES:
            raise row_error(fn, line, f"subtype must be one of {sorted(REGION_SUBTYPES)}, got {r['subtype']!r}")
        if r["parent"] and r["parent"] not in by_name:
            raise row_error(fn, line, f"unknown parent region {r['parent']!r}")
        if r.get("country") and not _ISO2.match(r["country"]):
            raise row_error(fn, line, f"country must be ISO 3166 alpha-2, got {r['country']!r}")

    @cache
    def country_of(name: str, depth: int = 0) -> str | None:
        # Inherit the ISO code from the containing region (cities → province → country).
        line, r = by_name[name]
        if depth > len(by_name):
            raise row_error(fn, line, "parent cycle")
        if r.get("country"):
            return r["country"]
        return country_of(r["parent"], depth + 1) if r["parent"] else None

    return tuple(
        Entity(
            name=r["name"],
            type=T.REGION,
            name_zh=r["name"],
            name_en=r["name_en"] or None,
            country=country_of(r["name"]),
            aliases=split_cell(r["aliases"]),
            parent=r["parent"] or None,
            attrs={"subtype": r["subtype"], "source_note": r["source_note"]},
        )
        for _, r in rows
    )


def load_regions() -> list[Entity]:
    """Countries, provinces, cities, districts, 东数西算 hubs and clusters; ``attrs["subtype"]`` says which.

    >>> next(e for e in load_regions() if e.name == "韶关集群").parent
    '粤港澳大湾区'
    """
    return list(_regions())


@cache
def _policies() -> tuple[Entity, ...]:
    fn = "policies.csv"
    rows = read_rows(fn)
    orgs = {r["name"] for _, r in rows if r["type"] == T.ORGANIZATION}
    out: list[Entity] = []
    for line, r in rows:
        if r["type"] not in (T.POLICY, T.ORGANIZATION):
            raise row_error(fn, line, f"type must be Policy or Organization, got {r['type']!r}")
        if r["date"] and not _DATE.match(r["date"]):
            raise row_error(fn, line, f"date must be YYYY[-MM[-DD]], got {r['date']!r}")
        issuers = split_cell(r["issuer"])
        unknown = [i for i in issuers if i not in orgs]
        if unknown:
            raise row_error(fn, line, f"unknown issuer(s) {unknown} (issuers are Organization rows)")
        attrs: dict[str, object] = {"source_note": r["source_note"]}
        if r["type"] == T.POLICY:
            attrs |= {"date": r["date"] or None, "issuer": issuers}
        elif issuers or r["date"]:
            raise row_error(fn, line, "an Organization has no date or issuer")
        chinese = not r["name"].isascii()
        out.append(
            Entity(
                name=r["name"],
                type=T(r["type"]),
                name_zh=r["name"] if chinese else None,
                name_en=None if chinese else r["name"],
                aliases=split_cell(r["aliases"]),
                attrs=attrs,
            )
        )
    return tuple(out)


def load_policies() -> list[Entity]:
    """Policies (``attrs["date"]``, ``attrs["issuer"]``) and the organisations that issue or cite them.

    >>> next(e for e in load_policies() if e.name == "工业和信息化部").type.value
    'Organization'
    """
    return list(_policies())


@cache
def _models() -> tuple[Entity, ...]:
    fn = "models.csv"
    categories = _categories()
    companies = _names(_companies())
    out: list[Entity] = []
    for line, r in read_rows(fn):
        if r["category"] not in categories:
            raise row_error(fn, line, f"unknown category {r['category']!r}")
        if r["maker"] not in companies:
            raise row_error(fn, line, f"unknown maker {r['maker']!r} (makers are companies.csv names)")
        out.append(
            Entity(
                name=r["name"],
                type=T.PRODUCT_MODEL,
                aliases=split_cell(r["aliases"]),
                attrs={"category": r["category"], "maker": r["maker"], "source_note": r["source_note"]},
            )
        )
    return tuple(out)


def load_models() -> list[Entity]:
    """Product models (``A100``, ``昇腾910`` …) with ``attrs["category"]`` and ``attrs["maker"]``.

    >>> next(e for e in load_models() if e.name == "H20").attrs["maker"]
    'NVIDIA'
    """
    return list(_models())


@cache
def _metrics() -> tuple[Entity, ...]:
    return tuple(
        Entity(
            name=r["name"],
            type=T.METRIC,
            name_zh=r["name"],
            aliases=split_cell(r["aliases"]),
            attrs={"unit": r["unit"] or None, "source_note": r["source_note"]},
        )
        for _, r in read_rows("metrics.csv")
    )


def load_metrics() -> list[Entity]:
    """The metric lexicon (canonical Chinese names, aliases, default ``attrs["unit"]``).

    >>> "PUE" in next(e for e in load_metrics() if e.name == "数据中心PUE平均值").aliases
    True
    """
    return list(_metrics())


@cache
def _all_entities() -> tuple[Entity, ...]:
    return (*_taxonomy(), *_companies(), *_regions(), *_policies(), *_models(), *_metrics())


def reference_entities() -> list[Entity]:
    """Every reference entity (taxonomy, companies, regions, policies/organisations, models, metrics)."""
    return list(_all_entities())


# --------------------------------------------------------------------------- facts


def _fact(
    subject: str,
    s_type: EntityType,
    predicate: Predicate,
    obj: str,
    o_type: EntityType,
    filename: str,
    note: str,
) -> Fact:
    return Fact(
        subject=subject,
        subject_type=s_type,
        predicate=predicate,
        object=obj,
        object_type=o_type,
        origin="reference",
        evidence=Evidence(
            doc=doc_path(filename), sentence=note, start=-1, end=-1, rule=REFERENCE_RULE, confidence=1.0
        ),
    )


@cache
def _extra_subtypes() -> tuple[tuple[str, str, str], ...]:
    fn = "subtypes.csv"
    categories = _categories()
    out = []
    for line, r in read_rows(fn):
        for col in ("child", "parent"):
            if r[col] not in categories:
                raise row_error(fn, line, f"unknown category {r[col]!r} in {col!r}")
        if categories[r["child"]].parent == r["parent"]:
            raise row_error(fn, line, f"{r['child']} → {r['parent']} is already the taxonomy parent")
        out.append((r["child"], r["parent"], r["source_note"]))
    return tuple(out)


@cache
def _depends_on() -> tuple[tuple[str, str, str], ...]:
    fn = "depends_on.csv"
    categories = _categories()
    out = []
    for line, r in read_rows(fn):
        for col in ("subject", "object"):
            if r[col] not in categories:
                raise row_error(fn, line, f"unknown category {r[col]!r} in {col!r}")
        if r["subject"] == r["object"]:
            raise row_error(fn, line, "a category cannot depend on itself")
        out.append((r["subject"], r["object"], r["source_note"]))
    return tuple(out)


def depends_on_edges() -> list[tuple[str, str]]:
    """The curated DEPENDS_ON backbone as ``(category, prerequisite)`` pairs."""
    return [(s, o) for s, o, _ in _depends_on()]


@cache
def _facts() -> tuple[Fact, ...]:
    tax = "taxonomy.csv"
    facts: list[Fact] = []
    for e in _taxonomy():
        if e.type != T.PRODUCT_CATEGORY:
            continue
        note = e.attrs["source_note"]
        if e.parent:
            facts.append(_fact(e.name, T.PRODUCT_CATEGORY, P.SUBTYPE_OF, e.parent, T.PRODUCT_CATEGORY, tax, note))
        if e.attrs.get("segment"):
            facts.append(_fact(e.name, T.PRODUCT_CATEGORY, P.PART_OF_SEGMENT, e.attrs["segment"], T.SEGMENT, tax, note))
    for child, parent, note in _extra_subtypes():
        facts.append(_fact(child, T.PRODUCT_CATEGORY, P.SUBTYPE_OF, parent, T.PRODUCT_CATEGORY, "subtypes.csv", note))
    for subj, obj, note in _depends_on():
        facts.append(_fact(subj, T.PRODUCT_CATEGORY, P.DEPENDS_ON, obj, T.PRODUCT_CATEGORY, "depends_on.csv", note))
    for e in _companies():
        if e.parent:
            facts.append(_fact(e.name, T.COMPANY, P.SUBSIDIARY_OF, e.parent, T.COMPANY, "companies.csv",
                               e.attrs["source_note"]))
    for e in _regions():
        if e.parent:
            facts.append(_fact(e.name, T.REGION, P.LOCATED_IN, e.parent, T.REGION, "regions.csv", e.attrs["source_note"]))
    for e in _policies():
        for issuer in e.attrs.get("issuer", []):
            facts.append(_fact(e.name, T.POLICY, P.ISSUED_BY, issuer, T.ORGANIZATION, "policies.csv",
                               e.attrs["source_note"]))
    for e in _models():
        note = e.attrs["source_note"]
        facts.append(_fact(e.name, T.PRODUCT_MODEL, P.INSTANCE_OF, e.attrs["category"], T.PRODUCT_CATEGORY,
                           "models.csv", note))
        facts.append(_fact(e.name, T.PRODUCT_MODEL, P.MADE_BY, e.attrs["maker"], T.COMPANY, "models.csv", note))
    return tuple(facts)


def reference_facts() -> list[Fact]:
    """Curated backbone facts (``origin="reference"``, span ``-1..-1``, rule ``reference``).

    SUBTYPE_OF (taxonomy parents + subtypes.csv), PART_OF_SEGMENT, DEPENDS_ON, SUBSIDIARY_OF,
    LOCATED_IN (region parents), ISSUED_BY (policy issuers), INSTANCE_OF and MADE_BY (models).

    >>> f = next(f for f in reference_facts() if f.predicate == "DEPENDS_ON")
    >>> (f.origin, f.evidence.doc, f.evidence.start)
    ('reference', 'ontology/depends_on.csv', -1)
    """
    return list(_facts())


def clear_caches() -> None:
    """Forget cached data (for tests that edit the CSV files)."""
    for fn in (
        read_rows,
        _taxonomy,
        _companies,
        _regions,
        _policies,
        _models,
        _metrics,
        _all_entities,
        _extra_subtypes,
        _depends_on,
        _facts,
    ):
        fn.cache_clear()
    from . import lookups  # derived from the loaders above; imported here because it imports this module

    lookups.clear_caches()
