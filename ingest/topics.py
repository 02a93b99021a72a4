"""Context steps: keep the document's running context (:class:`DocContext`) up to date around the rules.

``before_sentence`` reads headings, lead phrases and camps (what the following text is about);
``after_sentence`` records what later sentences may refer back to (the last company, facility and place,
the one category a sentence was about, the sentence itself).

>>> from computekg.ingest.pipeline import extract_source
>>> from computekg.ingest.reader import source_from_text
>>> facts = extract_source(source_from_text("t.txt", "二、交换芯片\\n国内厂商主要有盛科通信、澜晟微。")).facts
>>> sorted({(f.subject, f.object) for f in facts if f.predicate.value == "SUPPLIES"})
[('澜晟微', 'SwitchChip'), ('盛科通信', 'SwitchChip')]
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from .context import SentenceContext
from .cues import CUES
from .lexicon import Lexicon
from .mentions import Mention
from .relations.common import GENERIC_CATEGORIES

T = EntityType
_HEADING = re.compile(r"^(?:#{1,6}\s*|[（(]?[一二三四五六七八九十\d]+[、.．)）]\s*|第[一二三四五六七八九十]+[章节部分]\s*)")
# 「X方面，」「在X领域，」「X市场上，」「X环节中，」「对于X而言，」: the lead names what the clause and paragraph are about
_LEAD = re.compile(
    r"^(?:在|于|对于|关于|至于|就|从)?(?P<head>[^，,。；：:]{1,20}?)(?:方面|领域|环节|市场|赛道|板块|行业|产业|业务|来看|而言|上|中)*[，,：:]"
)
_CAMP = re.compile(rf"(?P<head>[^，,。；：:]{{1,16}}?){CUES.alt('camp')}")


def _distinct_categories(mentions: list[Mention]) -> list[Mention]:
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.type == T.PRODUCT_CATEGORY and m.name not in GENERIC_CATEGORIES:
            out.setdefault(m.name, m)
    return list(out.values())


def before_sentence(ctx: SentenceContext, lex: Lexicon) -> None:
    """Headings set the section topic; lead phrases and camps set the paragraph's."""
    doc = ctx.doc
    if ctx.sentence.paragraph != doc.paragraph:
        doc.paragraph = ctx.sentence.paragraph
        doc.paragraph_company = None
        doc.paragraph_in_scope = False
    if _distinct_categories([m for m in ctx.mentions if m.source != "discovered"]):
        doc.paragraph_in_scope = True
    speaker = next((c for c in ctx.of_type(T.COMPANY, T.COMPANY_GROUP) if c.start <= 1 and _SPEAKER.match(ctx.text, c.end)), None)
    if speaker is not None:  # 「X董秘：…公司…」: in this answer 公司 is X
        doc.self_company = speaker
    text = ctx.text
    cats = _distinct_categories(ctx.mentions)
    heading = (len(text) <= 24 and not re.search(r"[。！？；，,]$", text) and "\t" not in text
               and (_HEADING.match(text) or len(text) <= 12 or not re.search(r"[，。；]", text)))
    if heading and not ctx.of_type(T.COMPANY, T.COMPANY_GROUP):
        doc.section_topic = cats[0] if len(cats) == 1 else None
        doc.running_topic = None
        return
    for rx in (_LEAD, _CAMP):
        m = rx.match(text) if rx is _LEAD else rx.search(text)
        if not m:
            continue
        head = [c for c in _distinct_categories(ctx.between(m.start("head"), m.end("head"))) if c.end <= m.end("head")]
        if len(head) == 1:
            doc.lead_topic, doc.lead_paragraph = head[0], ctx.sentence.paragraph
            return


_FILING = re.compile(r"(公告|投资者关系|记录表|问答|招股|年度报告|年报|说明书|互动平台|业绩说明会|法说会|法說會)")
_SHORT_NAME = re.compile(r"(?:证券简称|股票简称|公司简称|证券名称)\s*[:：]\s*$")
_CALLED_COMPANY = re.compile(r"\s*[（(](?:以下)?(?:简称|称)[“\"「]?(?:公司|本公司|发行人)[”\"」]?[)）]")  # 「X（以下简称“公司”）」


# 「翱芯科技董秘：您好，…」: the company whose secretary answers an investor's question speaks as 公司
_SPEAKER = re.compile(r"(?:的)?(?:董秘|董事会秘书|证券事务代表|投资者关系(?:部|负责人)?)[^：:，。]{0,6}[：:]")


def _self_company(ctx: SentenceContext, companies: list[Mention]) -> Mention | None:
    """The company a filing speaks for: the one after 证券简称, or the first one of a filing's title line."""
    for c in companies:
        if _SHORT_NAME.search(ctx.text[max(0, c.start - 8) : c.start]) or _SPEAKER.match(ctx.text, c.end) \
                or _CALLED_COMPANY.match(ctx.text, c.end):
            return c
    if ctx.sentence.index <= 1 and companies and _FILING.search(ctx.text):
        return companies[0]
    return None


def after_sentence(ctx: SentenceContext, lex: Lexicon) -> None:
    doc = ctx.doc
    companies = ctx.of_type(T.COMPANY, T.COMPANY_GROUP)
    if doc.self_company is None and (ctx.sentence.index <= 5 or any(_SPEAKER.match(ctx.text, c.end) or _CALLED_COMPANY.match(ctx.text, c.end)
                                                                   for c in companies)):
        doc.self_company = _self_company(ctx, companies)
    if companies:
        doc.last_company = companies[-1]
        if doc.paragraph_company is None:
            doc.paragraph_company = companies[0]
        for c in companies:
            doc.company_counts[c.name] = doc.company_counts.get(c.name, 0) + 1
        if doc.main_company is None or doc.company_counts[companies[0].name] > doc.company_counts.get(doc.main_company.name, 0):
            doc.main_company = max(companies, key=lambda c: doc.company_counts[c.name])
    cats = _distinct_categories(ctx.mentions)
    if len(cats) == 1:
        doc.running_topic, doc.running_paragraph = cats[0], ctx.sentence.paragraph
    elif len(cats) > 1:
        doc.running_topic = None
    facilities = ctx.of_type(T.FACILITY)
    if facilities:
        doc.last_facility = facilities[-1]
    if doc.main_policy is None and ctx.sentence.index <= 3:
        titles = [p for p in ctx.of_type(T.POLICY) if p.text.startswith("《")]
        if titles:
            doc.main_policy = titles[0]
    clusters = [r for r in ctx.of_type(T.REGION) if r.name.endswith(("集群", "枢纽")) or r.text.endswith(("集群", "枢纽"))]
    if clusters:
        doc.last_cluster = clusters[-1]
    places = [r for r in ctx.of_type(T.REGION) if (lex.entity(T.REGION, r.name) is None
              or lex.entity(T.REGION, r.name).attrs.get("subtype") not in ("country", "macro_region"))]
    if places:
        doc.last_place = places[-1]
    doc.prev = ctx
