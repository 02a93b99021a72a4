"""Lists and tables: vendor rows, headed tables, 「类别：A、B」 lines, role lists (「CAT 厂商有 A、B」,
「A、B 等 CAT 厂商」), market rankings, deployment lists and fields (「在 CAT 领域，代表企业包括…」).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import YEAR, SentenceContext, TableHeader
from ..lexicon import Lexicon
from ..mentions import COMPANY_CUE, Mention
from .common import (
    COMPANIES,
    ROLE,
    ROLE_MODIFIERS,
    categories,
    company_list,
    is_plan,
    list_ending_with,
    specific,
)
from .patterns import pattern_rule
from .registry import Emitter, rule

T = EntityType
P = Predicate

_TABLE_CUE = re.compile(rf"(国外|国内|海外|国产|境外)?(?:代表|主要|龙头|重点)?{COMPANY_CUE}(?:有|包括|为)?[：:]")


@rule("lists.table_row", P.SUPPLIES, confidence=0.95, needs=("section_topic",))
def supplies_from_table_rows(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「CPU 国外代表厂商：A、B 国内代表厂商：C、D」 rows and lines."""
    text = ctx.text
    cues = list(_TABLE_CUE.finditer(text))
    if not cues:
        return
    cats = [m for m in categories(ctx, 0, cues[0].start())]
    if not cats:
        topic = ctx.doc.section_topic if ctx.sentence.is_table_row else None
        if topic is None:
            return
        cats = [topic]
    cat = cats[-1]
    for i, cue in enumerate(cues):
        end = cues[i + 1].start() if i + 1 < len(cues) else len(text)
        listed = company_list(ctx, cue.end(), end)
        if not ctx.sentence.is_table_row and len(listed) < 2:
            continue  # 「重点公司有：A，在 NAND 市场…」 — one name, the category comes later
        for comp in listed:
            out.add(comp, (T.PRODUCT_CATEGORY, cat.name))
    return


_HEAD_ROLES = [
    ("share", re.compile(r"(份额|市占率|占有率|占比|share)", re.I)),
    ("company", re.compile(r"(公司|厂商|企业|供应商|代表|玩家|品牌|候选人|中标人|投标人|成交人|company|vendor|supplier|maker|player)", re.I)),
    ("category", re.compile(r"(环节|产品|品类|类别|领域|细分|类型|赛道|业务|category|product|segment)", re.I)),
]


_LABEL_CELL = re.compile(r"(?:标包|包|标段|第)?[\d一二三四五六七八九十]{0,3}(?:名|位|包)?|[\d.,%～~\-–约]*")


def _cells(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\t", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


@rule("lists.headed_table", P.SUPPLIES, P.HAS_MARKET_SHARE, P.PART_OF_SEGMENT, confidence=0.9,
      provides=("table_header",))
def tables_with_headers(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Rows of a table whose header names the columns (公司 | 产品 | 2024年市场份额; 环节 | 国内厂商 | 国外厂商)."""
    doc = ctx.doc
    if not ctx.sentence.is_table_row:
        doc.table_header = None
        return
    text = ctx.text
    cells = _cells(text)
    roles = []
    for a, b in cells:
        cell = text[a:b]
        role = next((name for name, rx in _HEAD_ROLES if rx.search(cell)), "")
        roles.append(role)
    if any(roles) and not ctx.between(0, len(text), *COMPANIES) and not any(v.unit == "%" for v in ctx.values):
        years = [int(y.group(1)) if (y := YEAR.search(text[a:b])) else None for a, b in cells]
        doc.table_header = TableHeader(roles, years)
        return
    if doc.table_header is None:
        return
    header = doc.table_header.roles
    cat_cols = [i for i, r in enumerate(header) if r == "category"] or [0]
    cats = [c for i in cat_cols if i < len(cells) for c in categories(ctx, *cells[i])]
    # 「标包1 | 第一 | 公司 | 40%」: a row of labels, a company and numbers is about the notice's product
    labels_only = all(i < len(header) and header[i] in ("company", "share") or _LABEL_CELL.fullmatch(text[a:b].strip())
                      for i, (a, b) in enumerate(cells))
    topic = ctx.doc.topic(ctx.sentence) if "category" not in header and labels_only else None
    if not cats and topic is None:
        return
    cat = specific(ctx, cats[0], lex) if cats else topic
    row_companies = []
    for i, (a, b) in enumerate(cells):
        if i < len(header) and header[i] == "company":
            for comp in company_list(ctx, a, b):
                row_companies.append(comp)
                out.add(comp, cat)
    for seg in (s for s in ctx.of_type(T.SEGMENT) if s.name in ("Upstream", "Midstream", "Downstream")):
        out.add((T.PRODUCT_CATEGORY, cat[1]) if isinstance(cat, tuple) else cat, seg, predicate=P.PART_OF_SEGMENT,
                detail="segment_column")  # 「| 上游 | 交换芯片 | … |」
    for i, (a, b) in enumerate(cells):
        if i < len(header) and header[i] == "share" and len(row_companies) == 1:
            for v in (v for v in ctx.values if a <= v.start < b and v.unit == "%"):
                years = doc.table_header.years
                year = years[i] if i < len(years) else None
                out.add(row_companies[0], cat, predicate=P.HAS_MARKET_SHARE, value=v.value, unit="%", year=year, qualifier=v.qualifier)
    return


@rule("lists.category_colon", P.SUPPLIES, confidence=0.85)
def supplies_category_colon_list(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """A line 「交换机：华为、新华三、锐捷网络」: a category, a colon, a list of its suppliers."""
    text = ctx.text
    m = re.match(r"\s*[-•·*]?\s*([^：:，。]{1,14})[：:]", text)
    if not m or _TABLE_CUE.search(text):
        return
    cats = categories(ctx, m.start(1), m.end(1))
    if len(cats) != 1:
        return
    items = [x for x in re.split(r"[、,，;；/]|和|及|与", text[m.end() :].rstrip("。.；; ")) if x.strip()]
    comps = company_list(ctx, m.end(), len(text))
    if len(comps) < 2 or len(comps) < 0.6 * len(items):
        return  # a description, not a list of suppliers
    for c in comps:
        out.add(c, specific(ctx, cats[0], lex))


@rule("lists.role", P.SUPPLIES, confidence=0.85, needs=("topic",))
def supplies_from_role_lists(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「CAT 厂商(主要)有/包括/如 A、B」, 「A、B 等 CAT 厂商/企业」, 「A，CAT 龙头企业」, 「A 作为 CAT 领域龙头」."""
    text = ctx.text
    if _TABLE_CUE.search(text):
        return
    sentence_cats = categories(ctx, 0, len(text))
    clauses = ctx.clauses()
    for i, (a, b) in enumerate(clauses):
        clause = text[a:b]
        comps = company_list(ctx, a, b)
        cats = categories(ctx, a, b)
        if is_plan(clause):
            continue
        if not comps and cats and clause.startswith("作为") and i + 1 < len(clauses) and re.search(rf"{ROLE}", text[cats[-1].end : b]):
            # 「作为国内领先的 CAT 厂商，A 与 B …」: the role describes the companies of the next clause
            for comp in company_list(ctx, *clauses[i + 1]):
                out.add(comp, specific(ctx, cats[-1], lex), detail="as")
            continue
        if not comps and cats and i > 0 and re.search(rf"{ROLE}", text[cats[-1].end : b]):
            # appositive: 「长鑫存储，中国 DRAM 龙头企业」
            pa, pb = clauses[i - 1]
            prev_comps = company_list(ctx, pa, pb)
            if len(prev_comps) == 1 and not categories(ctx, pa, pb) and len(text[pa:pb]) <= len(prev_comps[0].text) + 2:
                out.add(prev_comps[0], specific(ctx, cats[-1], lex), detail="appositive")
            continue
        if not comps:
            continue
        if not cats:
            topic = ctx.doc.topic(ctx.sentence)
            cue = re.search(rf"(主要有|包括|为|有)[^，。]*等?{COMPANY_CUE}|{COMPANY_CUE}(为|有|包括)", clause)
            if topic is not None and not sentence_cats and len(comps) >= 2 and cue:
                for comp in comps:  # 「主要有浪潮、联想等厂商」 under the heading 「2.服务器」
                    out.add(comp, (T.PRODUCT_CATEGORY, topic.name), detail="topic", inferred=True)
            continue
        # 「A和B分别是国内NAND和DRAM的龙头企业」: the n-th company goes with the n-th category
        resp = re.search(r"分别(是|为|作为)", clause)
        if resp and len(comps) == len(cats) >= 2 and all(c.end <= a + resp.start() for c in comps) \
                and all(c.start > a + resp.start() for c in cats) and re.search(rf"{ROLE}", text[cats[-1].end : b]):
            for comp, cat in zip(comps, cats, strict=True):
                out.add(comp, specific(ctx, cat, lex), detail="respectively")
            continue
        # category before a role noun, then the list: "国外的GPU芯片巨头如NVIDIA、AMD"
        for cat in cats:
            after = text[cat.end : min(b, cat.end + 12)]
            before = text[max(a, cat.start - 12) : cat.start]
            role_after = re.match(rf"(?:芯片|产品|领域|行业|市场)?(?:的)?{ROLE_MODIFIERS}{ROLE}", after)
            role_before_list = re.search(r"(等|作为|是|为)[^，。]{0,6}$", before)
            targets: list[Mention] = []
            if re.search(r"(向|为|给|对|与|和|同|跟|帮助|服务)(?:国内|国外|海外|多家|几家|主要|头部|众多|部分|各大|大型|知名)*$", before):
                continue  # 「向多家服务器厂商供应」: the role noun names the customers
            if role_after:
                targets = [
                    c for c in comps if c.start >= cat.end and not re.search(r"(向|从|给|对|跟|同|为)", text[cat.end : c.start])
                ] or [
                    c for c in comps if c.end <= cat.start and not re.match(r"的|旗下|(?:的)?(?:子公司|母公司|控股)", text[c.end : c.end + 4])
                ]  # 「A是B的主要PCB供应商」: B is the customer; 「A是B旗下的芯片公司」: B is the parent
            elif role_before_list and re.match(rf"(?:芯片|产品)?(?:领域|行业|市场)?(?:的)?{ROLE_MODIFIERS}{ROLE}", after or "x"):
                targets = [c for c in comps if c.end <= cat.start]
            for comp in targets:
                obj = specific(ctx, cat, lex)
                out.add(comp, obj, detail="list")
    return


@rule("lists.market_rank", P.SUPPLIES, confidence=0.8)
def supplies_from_market_lists(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Companies listed as leaders/holders of a category's market: 「全球 NAND 市场前三大厂商分别为 A、B 和 C」."""
    text = ctx.text
    if _TABLE_CUE.search(text):
        return
    market = re.compile(r"(市场|份额|前[三四五十]|排名|龙头|垄断|主导|占据|进入全球|寡头|领跑|位居第|位列第|排名第|居第)")
    prev_cats: list = []
    for a, b in ctx.clauses():
        clause = text[a:b]
        comps = company_list(ctx, a, b)
        cats = categories(ctx, a, b)
        if cats:
            prev_cats = cats
        if not comps or not market.search(clause) or is_plan(clause):
            continue
        use = cats or prev_cats
        if not use and (clause.startswith("其中") or "分别" in clause or "前" in clause):
            prev = ctx.doc.prev
            if prev is not None:
                use = [m for m in prev.of_type(T.PRODUCT_CATEGORY)][-1:]
        if not use or len({c.name for c in use}) > 1 and not cats:
            continue
        if len({c.name for c in use}) > 1:
            continue
        for comp in comps:
            out.add(comp, specific(ctx, use[-1], lex))
    return


@rule("lists.deployment", P.SUPPLIES, confidence=0.75)
def supplies_from_deployment_lists(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「部署/采用 A、B、C 等国产 CAT」: the listed companies supply CAT."""
    for m in re.finditer(r"(等|在内的)(国产|国内|本土|国外|进口)?", ctx.text):
        a, b = ctx.clause_of(m.start())
        comps = company_list(ctx, a, m.start())
        cats = [c for c in categories(ctx, m.end(), min(b, m.end() + 10))
                if not re.search(r"(客户|用户|提供|采购|使用|合作)", ctx.text[m.end() : c.start])]
        if len(comps) >= 2 and cats and not is_plan(ctx.text[a:b]):
            obj = specific(ctx, cats[0], lex)
            for comp in comps:
                out.add(comp, obj)
    return


@rule("lists.field", P.SUPPLIES, confidence=0.8)
def supplies_in_field(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「在 CAT 领域，(国外)代表企业包括 A、B」: the field named at the start applies to the list."""
    text = ctx.text
    m = re.match(r"(在|于)?([^，。]{1,16}?)(领域|方面|环节|市场)[，,]", text)
    if not m:
        return
    cats = categories(ctx, 0, m.end())
    if len(cats) != 1:
        return
    for cue in re.finditer(rf"(?:代表|主要|龙头)?{COMPANY_CUE}(?:包括|有|为|是|如)", text[m.end() :]):
        start = m.end() + cue.end()
        _, b = ctx.clause_of(start)
        for comp in company_list(ctx, start, b):
            out.add(comp, (T.PRODUCT_CATEGORY, cats[0].name), detail="list")
    if not out.facts:  # 「在服务器领域，A、B、C 位居国内前列」
        _, b = ctx.clause_of(m.end())
        comps = company_list(ctx, m.end(), b)
        if len(comps) >= 2 and re.search(r"(位居|位列|排名|领先|前列|龙头|份额|占据|扩产|量产|产能|出货|国产厂商|国内厂商|厂商|企业)",
                                         text[m.end() : b]):
            for c in comps:
                out.add(c, (T.PRODUCT_CATEGORY, cats[0].name), detail="rank")
    return


@rule("lists.partners", P.SUPPLIES, confidence=0.7)
def supplies_partners(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「与 A、B 等众多厂商合作，内容涵盖 CAT」: the partners build CAT."""
    text = ctx.text
    m = re.search(rf"(包括|与)?([^，。]*?)等(众多|多家)?(主流)?{COMPANY_CUE}合作", text)
    if not m or is_plan(text):
        return
    comps = company_list(ctx, m.start(2), m.end(2))
    cov = re.search(r"(涵盖|包括|推出|生产|覆盖)", text[m.end() :])
    if not comps or not cov:
        return
    start = m.end() + cov.end()
    cats = categories(ctx, start, len(text))
    for c in comps if cats else []:
        out.add(c, (T.PRODUCT_CATEGORY, cats[0].name))


@rule("lists.is_a", P.SUPPLIES, confidence=0.8)
def supplies_is_a(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「X 是一家专注于 AI 推理芯片的初创企业」, 「X 是国内最大的晶圆代工厂」."""
    text = ctx.text
    for m in re.finditer(rf"是(一家|国内|全球|中国|我国|目前)?[^，。；]{{0,24}}?{ROLE}", text):
        comps = [c for c in company_list(ctx, 0, m.start()) if m.start() - c.end <= 2]
        if not comps and re.search(r"[，,]\s*$", text[: m.start()]):  # 「C总部位于R，是…服务商」: the clause goes on about C
            comps = company_list(ctx, 0, m.start())[:1]
        cats = categories(ctx, m.start(), m.end())
        if comps and cats and not is_plan(text[comps[-1].end : m.end()]) and "分别" not in text[comps[-1].end : m.start() + 1]:
            for comp in list_ending_with(ctx, comps[-1], 0):  # 「A与B是…的两大供应商」
                out.add(comp, specific(ctx, cats[-1], lex))
    return




pattern_rule("lists", P.SUPPLIES, confidence=0.8, needs=("topic",))
