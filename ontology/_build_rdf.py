"""Generator of the checked-in ``data/computekg.ttl`` (OWL) and ``data/shapes.ttl`` (SHACL).

The Turtle files are static and reviewed like any source file; this script only keeps them in step
with :mod:`.records`, :mod:`.schema` and the taxonomy CSVs. A test fails when they drift apart.
Regenerate with::

    python -m computekg.ontology._build_rdf
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Literal

from .rdf import CK, class_iri, entity_iri, predicate_iri
from .records import EntityType, Predicate
from .reference import _extra_subtypes, depends_on_edges, load_taxonomy
from .schema import DOMAIN_RANGE

# Class labels (zh, en) and one-line definitions.
CLASS_LABELS: dict[str, tuple[str, str, str]] = {
    "Segment": (
        "产业链环节",
        "Segment",
        "A segment of the compute industry chain (upstream, midstream, downstream, support layer).",
    ),
    "ProductCategory": (
        "产品类别",
        "Product category",
        "A category of products or services in the compute industry chain.",
    ),
    "ProductModel": ("产品型号", "Product model", "A concrete product model, e.g. a GPU or CPU model."),
    "Company": ("公司", "Company", "A company or business unit."),
    "CompanyGroup": ("企业集团", "Company group", "A group of companies referred to collectively."),
    "Region": ("地区", "Region", "A geographic or administrative area, hub node or cluster."),
    "Policy": ("政策", "Policy", "A policy, plan, regulation or export-control rule."),
    "Organization": ("机构", "Organization", "A government body, association or research organisation."),
    "Facility": ("设施", "Facility", "A concrete facility such as a data centre or computing centre."),
    "Metric": ("指标", "Metric", "A quantitative measure such as compute scale or PUE."),
    "Industry": ("行业", "Industry", "A downstream industry or application sector."),
    "Document": ("文档", "Document", "A source document from which facts were read."),
}

PREDICATE_LABELS: dict[str, tuple[str, str]] = {
    "SUPPLIES": ("供应", "supplies"),
    "HAS_MARKET_SHARE": ("拥有市场份额", "has market share"),
    "DEPENDS_ON": ("依赖", "depends on"),
    "PART_OF_SEGMENT": ("属于产业链环节", "part of segment"),
    "SUBTYPE_OF": ("是其子类别", "subtype of"),
    "RESTRICTS": ("限制", "restricts"),
    "LOCALIZATION_RATE": ("国产化率", "localization rate"),
    "LOCATED_IN": ("位于", "located in"),
    "HEADQUARTERED_IN": ("总部位于", "headquartered in"),
    "TARGETS": ("设定目标", "targets"),
    "MENTIONS_METRIC": ("提及指标", "mentions metric"),
    "ISSUED_BY": ("发布机构", "issued by"),
    "DESIGNATES_HUB_NODE": ("设立枢纽节点", "designates hub node"),
    "MADE_BY": ("制造商", "made by"),
    "INSTANCE_OF": ("属于类别", "instance of"),
    "SUBSIDIARY_OF": ("隶属于", "subsidiary of"),
}

# Datatype properties of the reified ck:Fact: local name → (xsd type, zh, en).
FACT_DATA_PROPERTIES: dict[str, tuple[str, str, str]] = {
    "value": ("decimal", "数值", "value"),
    "unit": ("string", "单位", "unit"),
    "year": ("integer", "年份", "year"),
    "qualifier": ("string", "限定词", "qualifier"),
    "scope": ("string", "范围", "scope"),
    "date": ("string", "日期", "date"),
    "modality": ("string", "模态", "modality"),
    "origin": ("string", "来源类型", "origin"),
    "conflict": ("boolean", "存在冲突", "conflict"),
    "sourceDocument": ("string", "来源文档", "source document"),
    "evidenceText": ("string", "证据句", "evidence text"),
    "spanStart": ("integer", "起始位置", "span start"),
    "spanEnd": ("integer", "结束位置", "span end"),
    "rule": ("string", "抽取规则", "extraction rule"),
    "confidence": ("decimal", "置信度", "confidence"),
}

# Datatype properties of entities.
ENTITY_DATA_PROPERTIES: dict[str, tuple[str, str, str]] = {
    "name": ("string", "规范名称", "canonical name"),
    "country": ("string", "国家代码", "country code (ISO 3166 alpha-2)"),
    "alias": ("string", "别名", "alias"),
    "segment": ("string", "所属环节", "segment name"),
    "subtype": ("string", "子类型", "subtype"),
}

ENTITY_CLASSES = [t.value for t in EntityType]
CK_NS = str(CK)

PREFIXES = """@prefix ck: <https://w3id.org/computekg/ontology#> .
@prefix ckid: <https://w3id.org/computekg/id/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


def _s(text: str, lang: str | None = None) -> str:
    return Literal(text, lang=lang).n3()


def _pred_local(p: Predicate) -> str:
    return str(predicate_iri(p.value))[len(CK_NS) :]


def _union(types: list[str]) -> str:
    uniq = list(dict.fromkeys(types))
    if len(uniq) == 1:
        return f"ck:{uniq[0]}"
    return "[ a owl:Class ; owl:unionOf ( " + " ".join(f"ck:{t}" for t in uniq) + " ) ]"


def _list(items: Iterable[str]) -> str:
    """Objects of one predicate, one per line when there are several IRIs (easier to review)."""
    items = list(items)
    sep = ",\n        " if sum(len(i) for i in items) > 80 else ", "
    return sep.join(items)


def _labels(zh: str, en: str) -> str:
    return f"rdfs:label {_s(zh, 'zh')}, {_s(en, 'en')}"


def build_ontology_ttl() -> str:
    """The full OWL ontology as Turtle text (deterministic)."""
    out = [
        "# computekg OWL ontology. GENERATED by `python -m computekg.ontology._build_rdf` from",
        "# ontology/records.py, ontology/schema.py and ontology/data/*.csv — edit those, then regenerate.",
        PREFIXES,
        "<https://w3id.org/computekg/ontology> a owl:Ontology ;",
        f"    {_labels('算力产业链知识图谱本体', 'computekg ontology')} ;",
        f"    dcterms:description {_s('Ontology of the compute-power (算力) industry chain: classes, relations, reified facts with provenance, and the product-category taxonomy.', 'en')} ;",
        '    owl:versionInfo "0.1.0" .',
        "",
        "# ---------------------------------------------------------------- classes",
    ]
    for name in ENTITY_CLASSES:
        zh, en, comment = CLASS_LABELS[name]
        out.append(
            f"ck:{name} a owl:Class ;\n    {_labels(zh, en)} ;\n    rdfs:comment {_s(comment, 'en')} ."
        )
    out.append(
        f"ck:Fact a owl:Class ;\n    {_labels('事实', 'Fact')} ;\n"
        f"    rdfs:comment {_s('A reified statement subject-predicate-object with value, time and provenance.', 'en')} ."
    )
    out += [
        "",
        "# ---------------------------------------------------------------- object properties (one per Predicate)",
    ]
    for p in Predicate:
        zh, en = PREDICATE_LABELS[p.value]
        pairs = DOMAIN_RANGE[p]
        out.append(
            f"ck:{_pred_local(p)} a owl:ObjectProperty ;\n    {_labels(zh, en)} ;\n"
            f"    rdfs:comment {_s(f'Predicate {p.value}.', 'en')} ;\n"
            f"    rdfs:domain {_union([s.value for s, _ in pairs])} ;\n"
            f"    rdfs:range {_union([o.value for _, o in pairs])} ."
        )
    out.append(
        f"ck:mentionedIn a owl:ObjectProperty ;\n    {_labels('提及于', 'mentioned in')} ;\n"
        f"    rdfs:comment {_s('An entity is mentioned in a document (MENTIONED_IN in the property graph).', 'en')} ;\n"
        "    rdfs:range ck:Document ."
    )
    out += ["", "# ---------------------------------------------------------------- reified facts"]
    for local, (zh, en, comment, rng) in {
        "subject": ("主语", "subject", "The subject entity of the fact.", "owl:Thing"),
        "predicate": ("谓词", "predicate", "The object property the fact asserts.", "rdf:Property"),
        "object": ("宾语", "object", "The object entity of the fact.", "owl:Thing"),
    }.items():
        out.append(
            f"ck:{local} a owl:ObjectProperty, owl:FunctionalProperty ;\n    {_labels(zh, en)} ;\n"
            f"    rdfs:comment {_s(comment, 'en')} ;\n    rdfs:domain ck:Fact ;\n    rdfs:range {rng} ."
        )
    for local, (xsd, zh, en) in FACT_DATA_PROPERTIES.items():
        out.append(
            f"ck:{local} a owl:DatatypeProperty ;\n    {_labels(zh, en)} ;\n"
            f"    rdfs:domain ck:Fact ;\n    rdfs:range xsd:{xsd} ."
        )
    out += ["", "# ---------------------------------------------------------------- entity attributes"]
    for local, (xsd, zh, en) in ENTITY_DATA_PROPERTIES.items():
        out.append(
            f"ck:{local} a owl:DatatypeProperty ;\n    {_labels(zh, en)} ;\n    rdfs:range xsd:{xsd} ."
        )
    out += [
        "",
        "# ---------------------------------------------------------------- segments and product-category taxonomy",
    ]
    out += _taxonomy_individuals()
    return "\n".join(out) + "\n"


def _taxonomy_individuals() -> list[str]:
    """Segments and product categories as named individuals with subtypes, segment and dependencies."""
    out: list[str] = []
    extra: dict[str, list[str]] = {}
    for child, parent, _ in _extra_subtypes():
        extra.setdefault(child, []).append(parent)
    deps: dict[str, list[str]] = {}
    for s, o in depends_on_edges():
        deps.setdefault(s, []).append(o)
    for e in load_taxonomy():
        lines = [
            f"<{entity_iri(e.type, e.name)}> a ck:{e.type.value}, owl:NamedIndividual",
            f"ck:name {_s(e.name)}",
            _labels(e.name_zh or e.name, e.name_en or e.name),
        ]
        if e.aliases:
            lines.append("ck:alias " + _list(_s(a) for a in e.aliases))
        parents = ([e.parent] if e.parent else []) + extra.get(e.name, [])
        if parents:
            lines.append("ck:subtypeOf " + _list(f"<{entity_iri('ProductCategory', p)}>" for p in parents))
        if e.attrs.get("segment"):
            lines.append(f"ck:partOfSegment <{entity_iri('Segment', e.attrs['segment'])}>")
            lines.append(f"ck:segment {_s(e.attrs['segment'])}")
        if deps.get(e.name):
            lines.append(
                "ck:dependsOn " + _list(f"<{entity_iri('ProductCategory', d)}>" for d in deps[e.name])
            )
        out.append(" ;\n    ".join(lines) + " .")
    return out


# ---------------------------------------------------------------------------------------- SHACL

SHAPES_PREFIXES = """@prefix ck: <https://w3id.org/computekg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

_STRING = "sh:or ( [ sh:datatype xsd:string ] [ sh:datatype rdf:langString ] )"
_NUMBER = "sh:or ( [ sh:datatype xsd:decimal ] [ sh:datatype xsd:double ] [ sh:datatype xsd:float ] [ sh:datatype xsd:integer ] )"


def _class_constraint(types: list[str]) -> str:
    uniq = list(dict.fromkeys(types))
    if len(uniq) == 1:
        return f"sh:class ck:{uniq[0]}"
    return "sh:or ( " + " ".join(f"[ sh:class ck:{t} ]" for t in uniq) + " )"


def _shape_name(p: Predicate) -> str:
    local = _pred_local(p)
    return local[0].upper() + local[1:]


def _relation_shapes(p: Predicate) -> list[str]:
    """Subject and object class shapes of one predicate, and a pair shape where classes alone allow too much."""
    out: list[str] = []
    pairs = DOMAIN_RANGE[p]
    local, shape = _pred_local(p), _shape_name(p)
    subj = [s.value for s, _ in pairs]
    obj = [o.value for _, o in pairs]
    out.append(
        f"ck:{shape}SubjectShape a sh:NodeShape ;\n    sh:targetSubjectsOf ck:{local} ;\n"
        f"    {_class_constraint(subj)} ;\n"
        f"    sh:message {_s(f'Subject of ck:{local} ({p.value}) must be a ' + ' or '.join(dict.fromkeys(subj)) + '.')} ."
    )
    out.append(
        f"ck:{shape}ObjectShape a sh:NodeShape ;\n    sh:targetObjectsOf ck:{local} ;\n"
        f"    {_class_constraint(obj)} ;\n"
        f"    sh:message {_s(f'Object of ck:{local} ({p.value}) must be a ' + ' or '.join(dict.fromkeys(obj)) + '.')} ."
    )
    # Subject and object classes may each be allowed while the pair is not (CompanyGroup
    # SUPPLIES ProductModel); a SPARQL constraint checks the pairs, but only for predicates
    # where that can happen — per-node SPARQL is slow in pyshacl.
    if set(pairs) == {
        (s, o) for s in dict.fromkeys(s for s, _ in pairs) for o in dict.fromkeys(o for _, o in pairs)
    }:
        return out
    # (SHACL forbids VALUES inside SPARQL constraints, hence the FILTER disjunction.)
    allowed = " || ".join(
        f"(?sc = <{class_iri(s.value)}> && ?oc = <{class_iri(o.value)}>)" for s, o in pairs
    )
    query = (
        f"SELECT $this ?value WHERE {{ $this <{predicate_iri(p.value)}> ?value . "
        f"FILTER NOT EXISTS {{ $this a ?sc . ?value a ?oc . FILTER ({allowed}) }} }}"
    )
    out.append(
        f"ck:{shape}PairShape a sh:NodeShape ;\n    sh:targetSubjectsOf ck:{local} ;\n"
        f"    sh:sparql [ a sh:SPARQLConstraint ;\n"
        f"        sh:message {_s(f'(subject, object) classes of ck:{local} are not an allowed pair of schema.DOMAIN_RANGE.')} ;\n"
        f"        sh:select {_s(query)} ] ."
    )
    return out


def build_shapes_ttl() -> str:
    """The SHACL shapes as Turtle text (deterministic)."""
    out = [
        "# computekg SHACL shapes. GENERATED by `python -m computekg.ontology._build_rdf` from",
        "# ontology/records.py and ontology/schema.py — edit those, then regenerate.",
        "# Data graphs type every entity with rdf:type ck:<Class>, so sh:class works without inference.",
        SHAPES_PREFIXES,
        "# ---------------------------------------------------------------- entities",
    ]
    for name in ENTITY_CLASSES:
        props = [
            f"sh:property [ sh:path ck:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:minLength 1 ; {_STRING} ;\n"
            f"        sh:message {_s(f'A {name} needs exactly one non-empty ck:name string.')} ]"
        ]
        if name == "Company":
            props.append(
                "sh:property [ sh:path ck:country ; sh:maxCount 1 ; sh:datatype xsd:string ; "
                'sh:pattern "^[A-Z]{2}$" ;\n'
                f"        sh:message {_s('ck:country is an ISO 3166 alpha-2 code such as CN or US.')} ]"
            )
        out.append(
            f"ck:{name}Shape a sh:NodeShape ;\n    sh:targetClass ck:{name} ;\n    "
            + " ;\n    ".join(props)
            + " ."
        )
    out += [
        "",
        "# ---------------------------------------------------------------- relations (schema.DOMAIN_RANGE)",
    ]
    for p in Predicate:
        out += _relation_shapes(p)
    out.append(
        "ck:MentionedInObjectShape a sh:NodeShape ;\n    sh:targetObjectsOf ck:mentionedIn ;\n    sh:class ck:Document ;\n"
        f"    sh:message {_s('Object of ck:mentionedIn must be a Document.')} ."
    )
    out += ["", "# ---------------------------------------------------------------- reified facts", _fact_shape()]
    return "\n".join(out) + "\n"


def _fact_shape() -> str:
    """Every reified fact: one subject, predicate, object, document, sentence and rule; typed extras."""
    predicates = " ".join(f"ck:{_pred_local(p)}" for p in Predicate)
    fact_props = [
        "[ sh:path ck:subject ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ]",
        f"[ sh:path ck:predicate ; sh:minCount 1 ; sh:maxCount 1 ; sh:in ( {predicates} ) ]",
        "[ sh:path ck:object ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ]",
        f"[ sh:path ck:sourceDocument ; sh:minCount 1 ; sh:maxCount 1 ; sh:minLength 1 ; {_STRING} ]",
        f"[ sh:path ck:evidenceText ; sh:minCount 1 ; sh:maxCount 1 ; {_STRING} ]",
        f"[ sh:path ck:rule ; sh:minCount 1 ; sh:maxCount 1 ; sh:minLength 1 ; {_STRING} ]",
        f"[ sh:path ck:confidence ; sh:maxCount 1 ; {_NUMBER} ; sh:minInclusive 0 ; sh:maxInclusive 1 ]",
        "[ sh:path ck:spanStart ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive -1 ]",
        "[ sh:path ck:spanEnd ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive -1 ]",
        f"[ sh:path ck:value ; sh:maxCount 1 ; {_NUMBER} ]",
        "[ sh:path ck:year ; sh:maxCount 1 ; sh:datatype xsd:integer ]",
        "[ sh:path ck:conflict ; sh:maxCount 1 ; sh:datatype xsd:boolean ]",
        '[ sh:path ck:origin ; sh:maxCount 1 ; sh:in ( "document" "reference" "curated" ) ]',
        f"[ sh:path ck:unit ; sh:maxCount 1 ; {_STRING} ]",
        f"[ sh:path ck:modality ; sh:maxCount 1 ; {_STRING} ]",
    ]
    return (
        "ck:FactShape a sh:NodeShape ;\n    sh:targetClass ck:Fact ;\n    "
        + " ;\n    ".join(f"sh:property {p}" for p in fact_props)
        + " ."
    )


def write(data_dir: Path | None = None) -> None:
    """Rewrite both Turtle files in ``ontology/data``."""
    data_dir = data_dir or Path(__file__).parent / "data"
    (data_dir / "computekg.ttl").write_text(build_ontology_ttl(), encoding="utf-8")
    (data_dir / "shapes.ttl").write_text(build_shapes_ttl(), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    write()
    print("wrote ontology/data/computekg.ttl and ontology/data/shapes.ttl")
