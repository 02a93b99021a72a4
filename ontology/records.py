"""Typed records shared by every layer: :class:`Entity`, :class:`Evidence`, :class:`Fact`.

Ingest produces them, graph stores them, queries read them back. Nothing here knows
about storage or extraction.

>>> e = Entity(name="海光信息", type="Company", country="CN", aliases=["海光"])
>>> e.id
'Company:海光信息'
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field


class EntityType(StrEnum):
    SEGMENT = "Segment"
    PRODUCT_CATEGORY = "ProductCategory"
    PRODUCT_MODEL = "ProductModel"
    COMPANY = "Company"
    COMPANY_GROUP = "CompanyGroup"
    REGION = "Region"
    POLICY = "Policy"
    ORGANIZATION = "Organization"
    FACILITY = "Facility"
    METRIC = "Metric"
    INDUSTRY = "Industry"
    DOCUMENT = "Document"


class Predicate(StrEnum):
    SUPPLIES = "SUPPLIES"
    HAS_MARKET_SHARE = "HAS_MARKET_SHARE"
    DEPENDS_ON = "DEPENDS_ON"
    PART_OF_SEGMENT = "PART_OF_SEGMENT"
    SUBTYPE_OF = "SUBTYPE_OF"
    RESTRICTS = "RESTRICTS"
    LOCALIZATION_RATE = "LOCALIZATION_RATE"
    LOCATED_IN = "LOCATED_IN"
    HEADQUARTERED_IN = "HEADQUARTERED_IN"
    TARGETS = "TARGETS"
    MENTIONS_METRIC = "MENTIONS_METRIC"
    ISSUED_BY = "ISSUED_BY"
    DESIGNATES_HUB_NODE = "DESIGNATES_HUB_NODE"
    MADE_BY = "MADE_BY"
    INSTANCE_OF = "INSTANCE_OF"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"


def entity_id(type_: str, name: str) -> str:
    """Stable identifier of an entity: ``Type:name``.

    >>> entity_id("ProductCategory", "GPU")
    'ProductCategory:GPU'
    """
    return f"{type_}:{name}"


class Entity(BaseModel):
    """One real-world thing: a company, a product category, a region, ...

    ``name`` is the canonical name (English for foreign companies and categories,
    Chinese for Chinese companies, regions, policies and metrics).
    """

    model_config = ConfigDict(frozen=False)

    name: str
    type: EntityType
    name_zh: str | None = None
    name_en: str | None = None
    country: str | None = None  # ISO 3166 alpha-2, None when unknown
    aliases: list[str] = Field(default_factory=list)
    docs: list[str] = Field(default_factory=list)
    parent: str | None = None  # parent company / parent category / containing region (canonical name)
    attrs: dict[str, Any] = Field(default_factory=dict)
    source: Literal["reference", "discovered"] = "reference"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def id(self) -> str:
        return entity_id(self.type, self.name)

    @property
    def domestic(self) -> bool | None:
        """True for Chinese companies (CN, incl. HK/MO), False for foreign, None when unknown."""
        if not self.country:
            return None
        return self.country in {"CN", "HK", "MO"}


class Evidence(BaseModel):
    """Where a fact was read: document, sentence and its character span in the original file text
    (for a PDF or Word file, the text extracted from it), and the PDF page the span starts on."""

    doc: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float = 1.0
    page: int | None = None  # 1-based PDF page (``SourceText.page_at(start)``); None for other files


class Fact(BaseModel):
    """A typed, directed statement ``subject -predicate-> object`` with its evidence.

    Identity (for de-duplication) is :attr:`key`: the same statement read twice in the same
    document with the same value is one fact; the same statement from another document is another
    fact (it carries different provenance). Conflicting values for one measure are kept side by side
    and flagged with ``conflict=True`` by the resolver.
    """

    subject: str
    subject_type: EntityType
    predicate: Predicate
    object: str
    object_type: EntityType
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    qualifier: str | None = None  # <, >, ≈, >=, <= for values; the restricted item for RESTRICTS
    scope: str | None = None
    date: str | None = None  # finer than the year: 2022-10-07
    modality: str | None = None  # target | forecast | plan | None (reported as fact)
    origin: Literal["document", "reference", "curated"] = "document"  # curated: from the reviewed-facts file
    conflict: bool = False
    evidence: Evidence

    @property
    def subject_id(self) -> str:
        return entity_id(self.subject_type, self.subject)

    @property
    def object_id(self) -> str:
        return entity_id(self.object_type, self.object)

    @property
    def key(self) -> tuple:
        return (
            self.subject_id,
            self.predicate.value,
            self.object_id,
            self.evidence.doc,
            self.value,
            self.year,
        )

    @property
    def id(self) -> str:
        """A short stable id for this fact (used as relationship key in stores)."""
        import hashlib

        raw = "|".join("" if v is None else str(v) for v in self.key)
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_row(self) -> dict[str, Any]:
        """Flat JSON-ready row, the ``extract --format jsonl`` shape."""
        return {
            "subject": self.subject,
            "subject_type": self.subject_type.value,
            "predicate": self.predicate.value,
            "object": self.object,
            "object_type": self.object_type.value,
            "value": self.value,
            "unit": self.unit,
            "year": self.year,
            "qualifier": self.qualifier,
            "scope": self.scope,
            "date": self.date,
            "modality": self.modality,
            "conflict": self.conflict,
            "origin": self.origin,
            "doc": self.evidence.doc,
            "evidence": self.evidence.sentence,
            "span_start": self.evidence.start,
            "span_end": self.evidence.end,
            "page": self.evidence.page,
            "rule": self.evidence.rule,
            "confidence": self.evidence.confidence,
        }


class DocumentInfo(BaseModel):
    """Metadata of one ingested document (front matter + file facts)."""

    doc: str  # file name
    path: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    encoding: str = "utf-8"
    chars: int = 0
    sha1: str = ""
