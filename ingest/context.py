"""What the rules read: one sentence with its mentions, clauses and numbers (:class:`SentenceContext`),
and the running context of the document it belongs to (:class:`DocContext`), kept in one typed place.

Per-document context (written by the context steps in :mod:`.topics`, read by the rules):

- ``section_topic``: the category a heading or a short lead line names (「二、服务器」);
- ``lead_topic``: the category a lead phrase or a camp/tier/track names for its paragraph (「X方面，」,
  「在X领域，」, 「国产GPU阵营」); ``running_topic``: the one category of the sentence before;
  :meth:`DocContext.topic` picks among them;
- ``main_company`` / ``paragraph_company``: what 该公司 / 其 / the company refer to;
- ``self_company``: the company a filing speaks for (证券简称, an announcement's title): the bare 「公司」;
- ``last_place``: the last province/city/cluster named (for 全市 / 全省 / 集群);
- ``table_header``: the column roles of the table being read;
- ``last_control``: the export control of the previous sentence (for follow-ups).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from computekg.ontology import EntityType, Predicate

from .mentions import Mention
from .reader import SourceText
from .sentences import Sentence
from .values import DATE, EN_YEAR, YEAR, Value, parse_values, source_date_year

__all__ = [
    "DATE", "EN_YEAR", "YEAR", "ControlMemory", "DocContext", "RawFact", "SentenceContext", "Value",
    "parse_values", "source_date_year",
]

T = EntityType


@dataclass
class RawFact:
    subject: Mention | tuple[EntityType, str]
    predicate: Predicate
    object: Mention | tuple[EntityType, str]
    rule: str
    confidence: float
    value: float | None = None
    unit: str | None = None
    year: int | None = None
    qualifier: str | None = None
    scope: str | None = None
    date: str | None = None
    modality: str | None = None
    trigger: tuple[int, int] | None = None  # sentence-relative span of the cue that states the fact


@dataclass
class ControlMemory:
    """The export control a sentence stated, for the sentence after it (「受此影响，…」)."""

    policy: Mention | tuple[EntityType, str] | None
    year: int | None
    date: str | None
    issuer: str
    sentence: Sentence


def endpoint_name(x: Mention | tuple[EntityType, str]) -> str:
    """The name of a fact's end, whether the sentence names it (a mention) or a rule supplies it (type, name)."""
    return x.name if isinstance(x, Mention) else x[1]


@dataclass
class TableHeader:
    roles: list[str]  # per column: company | category | share | ""
    years: list[int | None]


@dataclass
class DocContext:
    """Running context across the sentences of one document."""

    doc_year: int | None = None
    prev: SentenceContext | None = None
    last_company: Mention | None = None
    main_company: Mention | None = None  # the company the document is mostly about
    self_company: Mention | None = None  # the company an announcement, Q&A or prospectus speaks for (「公司」)
    paragraph_company: Mention | None = None  # the first company of the current paragraph
    paragraph: int = -1
    last_facility: Mention | None = None
    last_place: Mention | None = None  # the last province/city/cluster named (for 「全市」, 「全省」)
    section_topic: Mention | None = None  # the category a heading names, until the next heading
    lead_topic: Mention | None = None  # the category a lead phrase or camp names (「X方面，」, 「X阵营」), per paragraph
    lead_paragraph: int = -1
    running_topic: Mention | None = None  # the one category the previous sentence of the paragraph was about
    running_paragraph: int = -1
    table_header: TableHeader | None = None
    last_control: ControlMemory | None = None
    company_counts: dict[str, int] = field(default_factory=dict)
    paragraph_in_scope: bool = False  # the current paragraph names a product category of the chain
    main_policy: Mention | None = None  # the plan a notice issues (named in its title or lead)
    last_cluster: Mention | None = None  # the last data-centre cluster or hub named (for 「集群…」)
    entity_list_seen: bool = False  # an entity list was named: a later 「被列入清单」 / "was added" means that list

    def company_referent(self, word: str) -> Mention | None:
        """What a company pronoun stands for: a filing's bare 「公司」 is its issuer; 该公司 / 其 the paragraph's."""
        if word in ("公司", "本公司", "发行人", "本集团") and self.self_company is not None:
            return self.self_company
        return self.paragraph_company or self.last_company

    def topic(self, sentence: Sentence) -> Mention | None:
        """The category the text around ``sentence`` is about: a lead or camp of its paragraph, else the
        one category of the sentence before it in the paragraph, else the section heading's."""
        if self.lead_topic is not None and self.lead_paragraph == sentence.paragraph:
            return self.lead_topic
        if self.running_topic is not None and sentence.paragraph - 1 <= self.running_paragraph <= sentence.paragraph:
            return self.running_topic
        return self.section_topic

    def control_after(self, sentence: Sentence) -> ControlMemory | None:
        """The control of the sentence right before ``sentence``, if that sentence stated one."""
        if self.last_control is not None and self.prev is not None and self.prev.sentence is self.last_control.sentence:
            return self.last_control
        return None


DocState = DocContext  # the former name


@dataclass
class SentenceContext:
    source: SourceText
    sentence: Sentence
    mentions: list[Mention]  # sentence-relative offsets
    state: DocContext
    values: list[Value] = field(default_factory=list)
    produced: list[RawFact] = field(default_factory=list)  # facts of the rules that ran before (after filters)
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)  # per-sentence caches

    @property
    def doc(self) -> DocContext:
        return self.state

    @property
    def text(self) -> str:
        return self.sentence.text

    def of_type(self, *types: EntityType) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]

    def between(self, a: int, b: int, *types: EntityType) -> list[Mention]:
        return [m for m in self.mentions if a <= m.start and m.end <= b and (not types or m.type in types)]

    def clauses(self) -> list[tuple[int, int]]:
        """Sentence-relative spans of comma-separated clauses."""
        key = ("clauses", self.text)
        if key not in self.memo:
            self.memo[key] = self._clauses()
        return self.memo[key]  # type: ignore[return-value]

    def _clauses(self) -> list[tuple[int, int]]:
        spans = []
        pos = 0
        for m in re.finditer(r"[，：:]|,(?!\d{3})", self.text):  # not the comma of 180,000
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(self.text)))
        return [(a, b) for a, b in spans if b > a]

    def clause_of(self, index: int) -> tuple[int, int]:
        for a, b in self.clauses():
            if a <= index <= b:
                return a, b
        return 0, len(self.text)

    def year_before(self, index: int) -> int | None:
        """The nearest year before ``index`` in the sentence, else the first year after it in the same clause."""
        best = None
        for rx in (YEAR, EN_YEAR):
            for m in rx.finditer(self.text):
                if m.start() < index:
                    best = int(m.group(1))
            if best is None:
                a, b = self.clause_of(index)
                m = rx.search(self.text, index, b)
                if m:
                    best = int(m.group(1))
            if best is not None:
                return best
        return best

    def first_year(self) -> int | None:
        m = YEAR.search(self.text)
        return int(m.group(1)) if m else None
