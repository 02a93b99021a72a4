"""Relation rules: one function per family, each reading a :class:`SentenceContext`.

Rule names (``Evidence.rule``) say which pattern fired, so every fact can be audited.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from computekg.ontology import EntityType, Predicate

from .context import DATE, EN_YEAR, YEAR, RawFact, SentenceContext, Value
from .lexicon import Lexicon
from .mentions import COMPANY_CUE, Mention

T = EntityType
P = Predicate
Rule = Callable[[SentenceContext, Lexicon], list[RawFact]]

COMPANIES = (T.COMPANY, T.COMPANY_GROUP)
PLAN = re.compile(r"(拟|计划|考虑|打算|有意|筹划|将要|准备|有望|或将|传闻|据传|意向)")
SUPPLY_VERB = re.compile(
    r"(推出|发布|研发|研制|生产|量产|供应|提供|出货|制造|设计|开发|布局|销售|交付|自研|打造|负责(?!人)|"
    r"主营|专注于|专注|深耕|聚焦|主攻|致力于|"
    r"supplies|supply|makes|produces|designs|develops|launched|launches|ships|shipped|sells|manufactures|builds|"
    r"started sampling|is sampling|samples|sampled|mass-produces|offers|unveiled|introduced|rolled out|"
    r"provides|provided|delivers|delivered)(了|的|出)?"
)
ROLE = r"(?:龙头|巨头|厂商|供应商|企业|公司|玩家|代表|领导者|霸主|制造商|服务商|提供商|三强|双雄|代工厂|厂)"
_ROLE_MODIFIERS = r"(?:绝对|主要|核心|重要|头部|领先|知名|一线|国产|国内|本土|海外|国外|全球|代表性|优质)*"


def _company_list(ctx: SentenceContext, a: int, b: int) -> list[Mention]:
    """Companies in [a, b), without parent hints such as the 华为 of 「海思（华为）」."""
    out = []
    for m in ctx.between(a, b, *COMPANIES):
        if m.start > 0 and ctx.text[m.start - 1] in "（(" and out and out[-1].end == m.start - 1:
            continue
        out.append(m)
    return out


# Umbrella categories name a part of the chain, never a product someone supplies.
GENERIC_CATEGORIES = {"Hardware", "Software", "Facilities", "NetworkService", "TelecomService"}


def _categories(ctx: SentenceContext, a: int, b: int, *, generic: bool = False) -> list[Mention]:
    return [m for m in ctx.between(a, b, T.PRODUCT_CATEGORY) if generic or m.name not in GENERIC_CATEGORIES]


def _category_or_model_category(
    ctx: SentenceContext, a: int, b: int, lex: Lexicon, *, heads_only: bool = False
) -> list[tuple[EntityType, str]]:
    """Categories in [a, b) and the categories of the models there. ``heads_only`` drops a category
    that only modifies the next one (the GPU of 「GPU云服务」)."""
    cats = _categories(ctx, a, b)
    # 「HBM控制器」, "SSD controllers": a part made for the category, not the category itself
    cats = [c for c in cats if not re.match(r"(控制器|控制芯片|主控| controllers?\b)", ctx.text[c.end : c.end + 12])]
    if heads_only:  # the head comes last: 「GPU云服务」, 「AI芯片的封装测试」
        cats = [c for i, c in enumerate(cats)
                if not (i + 1 < len(cats) and ctx.text[c.end : cats[i + 1].start] in ("", "的", " "))]
    out = [(T.PRODUCT_CATEGORY, m.name) for m in cats]
    for m in ctx.between(a, b, T.PRODUCT_MODEL):
        ent = lex.entity(T.PRODUCT_MODEL, m.name)
        if ent and ent.attrs.get("category"):
            out.append((T.PRODUCT_CATEGORY, ent.attrs["category"]))
    return out


def _specific(ctx: SentenceContext, cat: Mention | tuple, lex: Lexicon) -> tuple[EntityType, str]:
    """A generic category (芯片) read as the more specific one the previous sentence was about."""
    name = cat.name if isinstance(cat, Mention) else cat[1]
    prev = ctx.state.prev
    if prev is None or prev.sentence.paragraph != ctx.sentence.paragraph and prev.sentence.index != ctx.sentence.index - 1:
        return (T.PRODUCT_CATEGORY, name)
    ent = lex.entity(T.PRODUCT_CATEGORY, name)
    if ent is None:
        return (T.PRODUCT_CATEGORY, name)
    for m in prev.of_type(T.PRODUCT_CATEGORY):
        sub = lex.entity(T.PRODUCT_CATEGORY, m.name)
        if sub and m.name != name and name in _ancestors(sub.name, lex):
            return (T.PRODUCT_CATEGORY, m.name)
    return (T.PRODUCT_CATEGORY, name)


def _ancestors(name: str, lex: Lexicon) -> set[str]:
    seen: set[str] = set()
    stack = [name]
    while stack:
        ent = lex.entity(T.PRODUCT_CATEGORY, stack.pop())
        if ent is None:
            continue
        for p in [ent.parent, *ent.attrs.get("also_subtype_of", [])]:
            if p and p not in seen:
                seen.add(p)
                stack.append(p)
    return seen


def _list_ending_with(ctx: SentenceContext, last: Mention, start: int, types: tuple = COMPANIES) -> list[Mention]:
    """``last`` and the mentions of ``types`` joined to it by 、/和/与/及 just before it (from ``start`` on)."""
    members = [last]
    for other in reversed(ctx.between(start, last.start, *types)):
        if not re.fullmatch(r"[、和与及]|以及", ctx.text[other.end : members[-1].start]):
            break
        members.append(other)
    return members


def _is_plan(text: str) -> bool:
    return bool(PLAN.search(text))


# ---------------------------------------------------------------- SUPPLIES


_TABLE_CUE = re.compile(rf"(国外|国内|海外|国产|境外)?(?:代表|主要|龙头|重点)?{COMPANY_CUE}(?:有|包括|为)?[：:]")


def supplies_from_table_rows(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「CPU 国外代表厂商：A、B 国内代表厂商：C、D」 rows and lines."""
    text = ctx.text
    cues = list(_TABLE_CUE.finditer(text))
    if not cues:
        return []
    cats = [m for m in _categories(ctx, 0, cues[0].start())]
    if not cats:
        topic = ctx.state.section_category if ctx.sentence.is_table_row else None
        if topic is None:
            return []
        cats = [topic]
    cat = cats[-1]
    out = []
    for i, cue in enumerate(cues):
        end = cues[i + 1].start() if i + 1 < len(cues) else len(text)
        listed = _company_list(ctx, cue.end(), end)
        if not ctx.sentence.is_table_row and len(listed) < 2:
            continue  # 「重点公司有：A，在 NAND 市场…」 — one name, the category comes later
        for comp in listed:
            out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, cat.name), "table_row", 0.95))
    return out


_HEAD_ROLES = [
    ("share", re.compile(r"(份额|市占率|占有率|占比|share)", re.I)),
    ("company", re.compile(r"(公司|厂商|企业|供应商|代表|玩家|品牌|company|vendor|supplier|maker|player)", re.I)),
    ("category", re.compile(r"(环节|产品|品类|类别|领域|细分|类型|赛道|业务|category|product|segment)", re.I)),
]


def _cells(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"\t", text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def tables_with_headers(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """Rows of a table whose header names the columns (公司 | 产品 | 2024年市场份额; 环节 | 国内厂商 | 国外厂商)."""
    state = ctx.state
    if not ctx.sentence.is_table_row:
        state.table_header = None
        return []
    text = ctx.text
    cells = _cells(text)
    roles = []
    for a, b in cells:
        cell = text[a:b]
        role = next((name for name, rx in _HEAD_ROLES if rx.search(cell)), "")
        roles.append(role)
    if any(roles) and not ctx.between(0, len(text), *COMPANIES) and not any(v.unit == "%" for v in ctx.values):
        state.table_header = roles
        state.table_header_year = [int(y.group(1)) if (y := YEAR.search(text[a:b])) else None for a, b in cells]
        return []
    header = state.table_header
    if not header:
        return []
    out: list[RawFact] = []
    cat_cols = [i for i, r in enumerate(header) if r == "category"] or [0]
    cats = [c for i in cat_cols if i < len(cells) for c in _categories(ctx, *cells[i])]
    if not cats:
        return out
    cat = _specific(ctx, cats[0], lex)
    row_companies = []
    for i, (a, b) in enumerate(cells):
        if i < len(header) and header[i] == "company":
            for comp in _company_list(ctx, a, b):
                row_companies.append(comp)
                out.append(RawFact(comp, P.SUPPLIES, cat, "table_header_row", 0.9))
    for i, (a, b) in enumerate(cells):
        if i < len(header) and header[i] == "share" and len(row_companies) == 1:
            for v in (v for v in ctx.values if a <= v.start < b and v.unit == "%"):
                years = state.table_header_year or []
                year = years[i] if i < len(years) else None
                out.append(RawFact(row_companies[0], P.HAS_MARKET_SHARE, cat, "table_header_share", 0.85,
                                   value=v.value, unit="%", year=year, qualifier=v.qualifier))
    return out


def supplies_category_colon_list(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """A line 「交换机：华为、新华三、锐捷网络」: a category, a colon, a list of its suppliers."""
    text = ctx.text
    m = re.match(r"\s*[-•·*]?\s*([^：:，。]{1,14})[：:]", text)
    if not m or _TABLE_CUE.search(text):
        return []
    cats = _categories(ctx, m.start(1), m.end(1))
    if len(cats) != 1:
        return []
    items = [x for x in re.split(r"[、,，;；/]|和|及|与", text[m.end() :].rstrip("。.；; ")) if x.strip()]
    comps = _company_list(ctx, m.end(), len(text))
    if len(comps) < 2 or len(comps) < 0.6 * len(items):
        return []  # a description, not a list of suppliers
    return [RawFact(c, P.SUPPLIES, _specific(ctx, cats[0], lex), "category_colon_list", 0.85) for c in comps]


def supplies_from_role_lists(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「CAT 厂商(主要)有/包括/如 A、B」, 「A、B 等 CAT 厂商/企业」, 「A，CAT 龙头企业」, 「A 作为 CAT 领域龙头」."""
    text = ctx.text
    out: list[RawFact] = []
    if _TABLE_CUE.search(text):
        return out
    sentence_cats = _categories(ctx, 0, len(text))
    clauses = ctx.clauses()
    for i, (a, b) in enumerate(clauses):
        clause = text[a:b]
        comps = _company_list(ctx, a, b)
        cats = _categories(ctx, a, b)
        if _is_plan(clause):
            continue
        if not comps and cats and clause.startswith("作为") and i + 1 < len(clauses) and re.search(rf"{ROLE}", text[cats[-1].end : b]):
            # 「作为国内领先的 CAT 厂商，A 与 B …」: the role describes the companies of the next clause
            for comp in _company_list(ctx, *clauses[i + 1]):
                out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, cats[-1], lex), "role_as", 0.8))
            continue
        if not comps and cats and i > 0 and re.search(rf"{ROLE}", text[cats[-1].end : b]):
            # appositive: 「长鑫存储，中国 DRAM 龙头企业」
            pa, pb = clauses[i - 1]
            prev_comps = _company_list(ctx, pa, pb)
            if len(prev_comps) == 1 and not _categories(ctx, pa, pb) and len(text[pa:pb]) <= len(prev_comps[0].text) + 2:
                out.append(RawFact(prev_comps[0], P.SUPPLIES, _specific(ctx, cats[-1], lex), "role_appositive", 0.8))
            continue
        if not comps:
            continue
        if not cats:
            topic = ctx.state.section_category
            cue = re.search(rf"(主要有|包括|为|有)[^，。]*等?{COMPANY_CUE}|{COMPANY_CUE}(为|有|包括)", clause)
            if topic is not None and not sentence_cats and len(comps) >= 2 and cue:
                for comp in comps:  # 「主要有浪潮、联想等厂商」 under the heading 「2.服务器」
                    out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, topic.name), "role_section_topic", 0.7))
            continue
        # 「A和B分别是国内NAND和DRAM的龙头企业」: the n-th company goes with the n-th category
        resp = re.search(r"分别(是|为|作为)", clause)
        if resp and len(comps) == len(cats) >= 2 and all(c.end <= a + resp.start() for c in comps) \
                and all(c.start > a + resp.start() for c in cats) and re.search(rf"{ROLE}", text[cats[-1].end : b]):
            for comp, cat in zip(comps, cats, strict=True):
                out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, cat, lex), "role_respectively", 0.85))
            continue
        # category before a role noun, then the list: "国外的GPU芯片巨头如NVIDIA、AMD"
        for cat in cats:
            after = text[cat.end : min(b, cat.end + 12)]
            before = text[max(a, cat.start - 12) : cat.start]
            role_after = re.match(rf"(?:芯片|产品|领域|行业|市场)?(?:的)?{_ROLE_MODIFIERS}{ROLE}", after)
            role_before_list = re.search(r"(等|作为|是|为)[^，。]{0,6}$", before)
            targets: list[Mention] = []
            if role_after:
                targets = [
                    c for c in comps if c.start >= cat.end and not re.search(r"(向|从|给|对|跟|同|为)", text[cat.end : c.start])
                ] or [
                    c for c in comps if c.end <= cat.start and not re.match(r"的", text[c.end : c.end + 1])
                ]  # 「A是B的主要PCB供应商」: B is the customer
            elif role_before_list and re.match(rf"(?:芯片|产品)?(?:领域|行业|市场)?(?:的)?{_ROLE_MODIFIERS}{ROLE}", after or "x"):
                targets = [c for c in comps if c.end <= cat.start]
            for comp in targets:
                obj = _specific(ctx, cat, lex)
                out.append(RawFact(comp, P.SUPPLIES, obj, "role_list", 0.85))
    return out


def supplies_from_market_lists(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """Companies listed as leaders/holders of a category's market: 「全球 NAND 市场前三大厂商分别为 A、B 和 C」."""
    text = ctx.text
    out: list[RawFact] = []
    if _TABLE_CUE.search(text):
        return out
    market = re.compile(r"(市场|份额|前[三四五十]|排名|龙头|垄断|主导|占据|进入全球|寡头|领跑|位居第|位列第|排名第|居第)")
    prev_cats: list = []
    for a, b in ctx.clauses():
        clause = text[a:b]
        comps = _company_list(ctx, a, b)
        cats = _categories(ctx, a, b)
        if cats:
            prev_cats = cats
        if not comps or not market.search(clause) or _is_plan(clause):
            continue
        use = cats or prev_cats
        if not use and (clause.startswith("其中") or "分别" in clause or "前" in clause):
            prev = ctx.state.prev
            if prev is not None:
                use = [m for m in prev.of_type(T.PRODUCT_CATEGORY)][-1:]
        if not use or len({c.name for c in use}) > 1 and not cats:
            continue
        if len({c.name for c in use}) > 1:
            continue
        for comp in comps:
            out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, use[-1], lex), "market_list", 0.8))
    return out


def supplies_from_verbs(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「A、B 推出/生产/研发 … CAT」 and passive 「CAT 由 A 生产/供应」; pronouns resolve to the last company."""
    text = ctx.text
    out: list[RawFact] = []
    for vm in SUPPLY_VERB.finditer(text):
        a, b = ctx.clause_of(vm.start())
        # subject: companies before the verb in the clause, or a pronoun
        left = text[a : vm.start()]
        if _is_plan(left[-8:]) or _is_plan(text[vm.start() - 4 : vm.start()]):
            continue
        if re.search(r"(尚未|并未|从未|未能|未|没有|不再|停止|暂停|退出|放弃|并非|不是)[^，。]{0,3}$", left):
            continue  # 「尚未推出」, 「暂停向华为供应」: not a supply
        # 「A为B、C提供X」: B and C after 为/向/给 are customers
        served = re.search(r"(为|向|给|帮助|协助)(?!其)[^为向给]*$", left)
        subjects = [
            c for c in _company_list(ctx, a, vm.start())
            if not (served and c.start >= a + served.start()) and not re.match(r"(等)?(客户|用户)", text[c.end : c.end + 3])
            and not re.match(r"(的)?(旗下|子公司|母公司|控股)", text[c.end : c.end + 4])
        ]
        if not subjects and vm.group(1).isascii():
            # English: "X, also Chinese, supplies …" — the subject is the last company before the verb
            subjects = _company_list(ctx, 0, vm.start())[-1:]
        if not subjects and re.match(r"(也|还|并|同时|且|又|亦)", text[a : vm.start()]) and a > 0:
            pa, pb = ctx.clause_of(a - 1)
            subjects = _company_list(ctx, pa, pb)
        if not subjects and re.match(r"(并|还|也|同时)?(为|向|给)(其|它们|他们|该公司)", left) and a > 0:
            topic = _company_list(ctx, 0, a)[:1]  # 「A是B的合作伙伴，为其提供X」: A supplies, 其 = B is the customer
            if topic and not _is_plan(text[:a]):
                for obj in _category_or_model_category(ctx, vm.end(), b, lex):
                    out.append(RawFact(topic[0], P.SUPPLIES, obj, f"verb:{vm.group(1)}", 0.75))
            continue
        if not subjects and re.search(r"(其|该公司|公司|该企业|后者|前者|It|it)", left):
            earlier = _company_list(ctx, 0, a)
            subjects = earlier[-1:] or ([ctx.state.last_company] if ctx.state.last_company else [])
        if not subjects and a > 0:
            # subject may sit in the previous clause of the same sentence: "A，2023年推出 X"
            pa, pb = ctx.clause_of(a - 1)
            prev_comps = _company_list(ctx, pa, pb)
            if len(prev_comps) == 1 and not _categories(ctx, pa, pb):
                subjects = prev_comps
        if not subjects or _is_plan(text[subjects[-1].end : vm.start()]):
            continue  # 「X计划在2025年推出…」: a plan anywhere between the company and the verb
        # object: categories (or models' categories) after the verb within the clause
        end = b
        if vm.group(1).isascii():  # "supplies X to GPU designers": what follows to/for are customers
            to = re.search(r"\b(to|for)\b", text[vm.end() : b])
            end = vm.end() + to.start() if to else b
        objs = _category_or_model_category(ctx, vm.end(), end, lex, heads_only=True)
        for app in re.finditer(r"(面向|用于|针对|适用于|服务于|应用于)([^，。]{1,16}?)的", text[vm.end() : end]):
            drop = {c.name for c in _categories(ctx, vm.end() + app.start(2), vm.end() + app.end(2))}
            objs = [o for o in objs if o[1] not in drop]  # 「面向大模型推理的ASIC」: the model is the use, not the product
        if not objs and vm.group(1) in ("出货", "量产", "交付", "供应", "销售") and re.search(
            r"的(批量|规模化|大规模|小批量)?$", text[a : vm.start()]
        ):  # 「实现12英寸刻蚀设备的批量出货」: the product stands before the verb
            objs = _category_or_model_category(ctx, subjects[-1].end, vm.start(), lex, heads_only=True)
        if not objs:
            continue
        if len(subjects) == len(objs) >= 2 and text[max(a, vm.start() - 2) : vm.start()] == "分别":
            for comp, obj in zip(subjects, objs, strict=True):  # 「A与B分别生产X与Y」
                out.append(RawFact(comp, P.SUPPLIES, obj, f"verb:{vm.group(1)}", 0.8))
            continue
        # "基于 X 生产 Y": X are inputs, Y is the product
        for comp in subjects:
            for obj in objs[-1:] if re.search(r"基于|搭载|采用", text[a : vm.start()]) else objs:
                out.append(RawFact(comp, P.SUPPLIES, obj, f"verb:{vm.group(1)}", 0.8))
    for m in re.finditer(r"由", text):
        a, b = ctx.clause_of(m.start())
        cats = _categories(ctx, a, m.start())
        comps = _company_list(ctx, m.end(), b)
        tail = text[m.end() : b]
        if cats and comps and SUPPLY_VERB.search(tail) and not _is_plan(tail):
            for comp in comps:
                out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[-1].name), "verb:passive", 0.75))
    return out


def supplies_from_models(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """A company and its own product model in one sentence: the company supplies the model's category."""
    out = []
    comps = ctx.of_type(T.COMPANY)
    for m in ctx.of_type(T.PRODUCT_MODEL):
        ent = lex.entity(T.PRODUCT_MODEL, m.name)
        if not ent:
            continue
        maker, cat = ent.attrs.get("maker"), ent.attrs.get("category")
        if maker and cat and any(c.name == maker for c in comps) and not _is_plan(ctx.text):
            out.append(RawFact((T.COMPANY, maker), P.SUPPLIES, (T.PRODUCT_CATEGORY, cat), "model_maker", 0.75))
    return out


def supplies_from_deployment_lists(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「部署/采用 A、B、C 等国产 CAT」: the listed companies supply CAT."""
    out = []
    for m in re.finditer(r"(等|在内的)(国产|国内|本土|国外|进口)?", ctx.text):
        a, b = ctx.clause_of(m.start())
        comps = _company_list(ctx, a, m.start())
        cats = [c for c in _categories(ctx, m.end(), min(b, m.end() + 10))
                if not re.search(r"(客户|用户|提供|采购|使用|合作)", ctx.text[m.end() : c.start])]
        if len(comps) >= 2 and cats and not _is_plan(ctx.text[a:b]):
            obj = _specific(ctx, cats[0], lex)
            for comp in comps:
                out.append(RawFact(comp, P.SUPPLIES, obj, "deployment_list", 0.75))
    return out


# ---------------------------------------------------------------- HAS_MARKET_SHARE


_SHARE_CUE = re.compile(
    r"(市场份额|份额|占有率|市占率|占比|约占|占据|独占|占|拿下|market share|share of|held|holds|accounted for|"
    r"controlled|controls|captured|commanded|took|\bshare\b)"
)


def market_shares(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    text = ctx.text
    out: list[RawFact] = []
    pct = [v for v in ctx.values if v.unit == "%"]
    prev = ctx.state.prev
    after_semicolon = bool(  # 「…份额为34.5%，排名第一；华为以32%紧随其后」
        prev is not None and prev.text.rstrip().endswith(("；", ";")) and _SHARE_CUE.search(prev.text)
        and any(v.unit == "%" for v in prev.values)
    )
    if not pct or not (_SHARE_CUE.search(text) or after_semicolon):
        return out
    sentence_cats = _categories(ctx, 0, len(text))
    used: set[int] = set()
    # 「A、B、C 分别占比 x%、y%、z%」
    if "分别" in text:
        for m in re.finditer(r"分别", text):
            a, _ = ctx.clause_of(m.start())
            comps = [
                c for c in _company_list(ctx, 0, m.start())
                if c.start >= _list_start(ctx, m.start()) and not _names_a_market(text[c.end : m.start()])
            ]
            if not comps and a > 0:  # 「A、B与C是…，三家…分别约为…」
                pa, _ = ctx.clause_of(a - 1)
                comps = _company_list(ctx, pa, a)
            vals = [v for v in pct if v.start > m.start()]
            clause_text = text[a : vals[0].start + 1] if vals else ""
            if comps and len(vals) >= len(comps) and _SHARE_CUE.search(clause_text):
                cat = _share_category(ctx, m.start(), sentence_cats, lex)
                if cat is None:
                    continue
                for comp, v in zip(comps, vals[: len(comps)], strict=False):
                    out.append(_share(ctx, comp, cat, v, "share:respectively"))
                    used.add(v.start)
    for v in pct:
        if v.start in used:
            continue
        a, b = ctx.clause_of(v.start)
        window = text[a : v.start]
        if re.search(r"(合计|二者|两者|两家|三家|四家|五家|前三|前五|前十|共同|加起来|总计|前[0-9])", window):
            continue
        if not _SHARE_CUE.search(window) and not re.search(r"(市场份额|份额)", text[a:b]) \
                and not re.match(r"\s*(market )?share\b", text[v.end : v.end + 14]):  # "with a 28% share"
            # 「A份额居首，约为47%」: the cue sits in the clause before a bare value
            # 「英伟达的占有率超过80%，AMD约为12%」: a company and a bare value continue an earlier share clause
            pa = ctx.clause_of(a - 1)[0] if a > 0 else a
            named = _company_list(ctx, a, v.start)
            bare = window[named[-1].end - a :] if named else window
            filler = re.fullmatch(r"(的)?(以约|以|约为|约|为|达到|达|超过|接近|不足|高达|仅为|仅|只有)?|\s*(at|with|of)?\s*(about|around|roughly)?\s*", bare)
            if not (filler and (a > 0 and (re.search(r"(份额|占有率|市占率|居首|位列|排名|位居)", text[pa:a])
                                           or named and _SHARE_CUE.search(text[:a]))
                                or named and after_semicolon)):
                continue
        comps = _company_list(ctx, a, v.start)
        if not comps and re.search(r"(该公司|其|该企业)", window):
            earlier = _company_list(ctx, 0, a)
            comps = earlier[-1:] or ([ctx.state.last_company] if ctx.state.last_company else [])
        if not comps and a > 0:
            pa, pb = ctx.clause_of(a - 1)
            comps = _company_list(ctx, pa, pb)[-1:]
        if not comps:
            continue
        if re.search(r"(国产化率|渗透)", window):
            continue
        cat = _share_category(ctx, v.start, sentence_cats, lex)
        if cat is None:
            continue
        out.append(_share(ctx, comps[-1], cat, v, "share:clause"))
    return out


def _names_a_market(between: str) -> bool:
    """「A在X市场…分别」: A is followed by a market of its own; 「…和C的市场份额分别」 is the list's measure."""
    return bool(re.match(r"[^，。、]{0,10}市场", between)) and not re.search(r"的市场(份额|占有率|占比)", between)


def _list_start(ctx: SentenceContext, index: int) -> int:
    a, _ = ctx.clause_of(index)
    return a


def _share_category(ctx: SentenceContext, index: int, cats: list[Mention], lex: Lexicon):
    for mk in reversed(list(re.finditer(r"市场|market", ctx.text[:index]))):
        near = [c for c in cats if c.end <= mk.start() and mk.start() - c.end <= 8]
        if near:
            return _specific(ctx, near[-1], lex)
    a, b = ctx.clause_of(index)
    after_market = re.search(r"(市场|market)", ctx.text[index:b])
    if after_market:  # "held 70% of China's AI accelerator market"
        near = [c for c in cats if index < c.end <= index + after_market.start() and index + after_market.start() - c.end <= 8]
        if near:
            return _specific(ctx, near[-1], lex)
    in_clause = [c for c in cats if a <= c.start < b]
    before = [c for c in cats if c.start < index]
    chosen = (in_clause or before or cats)
    if chosen:
        return _specific(ctx, chosen[-1], lex)
    prev = ctx.state.prev
    if prev is not None and prev.text.rstrip().endswith(("；", ";")) and prev.sentence.paragraph == ctx.sentence.paragraph:
        prev_cats = _categories(prev, 0, len(prev.text))  # 「…A约为47%；B位列第二，占比约12%」
        if prev_cats:
            return _specific(ctx, prev_cats[-1], lex)
    topic = ctx.state.section_category
    return (T.PRODUCT_CATEGORY, topic.name) if topic else None


def _share(ctx: SentenceContext, comp: Mention, cat, v: Value, rule: str) -> RawFact:
    scope = None
    markets = [m for m in re.finditer(r"(全球|中国|国内|我国|国外|海外)[^，。、；\d%]{0,12}?市场", ctx.text) if m.start() < v.start]
    if markets:
        scope = markets[-1].group()
    return RawFact(comp, P.HAS_MARKET_SHARE, cat, rule, 0.85, value=v.value, unit="%",
                   year=ctx.year_before(v.start), qualifier=v.qualifier, scope=scope)


def shares_imply_supply(facts: list[RawFact]) -> list[RawFact]:
    """Holding a share of a category's market means supplying that category."""
    return [
        RawFact(f.subject, P.SUPPLIES, f.object, "share_implies_supply", min(f.confidence, 0.8))
        for f in facts
        if f.predicate == P.HAS_MARKET_SHARE
    ]


# ---------------------------------------------------------------- RESTRICTS


_CONTROL = re.compile(
    r"(出口管制|出口限制|出口管理|出口管控|出口许可|禁止[^，。]{0,12}(销售|出口|供应)|禁运|禁售|实体清单|"
    r"限制[^，。]{0,20}(出口|输往|销往)|出口[^，。]{0,8}(许可|管制)|许可管理|"
    r"export control|export curbs|export restriction|export ban|export licen[cs]|Entity List|"
    r"licen[cs]e requirement|requir\w* an? (?:export )?licen[cs]e|restrict\w* (?:the )?exports?|"
    r"ban\w* (?:the )?(?:export|sale)s?|added [^.]{0,60} to (?:the|its)|restricted list)",
    re.I,
)
_RESTRICT_VERB = re.compile(
    r"(禁止|限制|管制|管控|管理|纳入|列入|不得|禁售|禁运|许可|restrict|ban|added|licen[cs]e|curb|control)", re.I
)
# a clause that continues the restricted list of the clause before it
_LIST_CONTINUES = re.compile(r"^\s*(涉及|包括|包含|含|涵盖|覆盖|例如|如|主要是|其中包括|including|covering|such as)", re.I)
# who imposes a control: the first of these in the sentence (China is the target unless the text says 我国/中国 acts)
_ISSUERS = [
    ("美国", r"美国|美方|美商务部|工业(?:与|和)安全局|\bBIS\b|U\.S\.|\bUS\b|United States|American|Washington"),
    ("日本", r"日本|经济产业省|东京方面|\bMETI\b|Japan|Tokyo"),
    ("荷兰", r"荷兰|海牙|Netherlands|Dutch|The Hague"),
    ("韩国", r"韩国|South Korea|Korean"),
    ("欧盟", r"欧盟|European Union|\bEU\b"),
    ("英国", r"英国|United Kingdom|\bUK\b|Britain|British"),
    ("德国", r"德国|Germany|German"),
    ("台湾地区", r"台湾地区|台湾当局|Taiwan"),
]
_CHINA_ACTS = re.compile(r"(我国|中国|商务部|海关总署)[^，。]{0,12}(对|将)[^。]{0,40}(实施|列入|纳入)[^。]{0,6}(出口管制|管控|清单)")
_EQUIPMENT_CATEGORIES = {"SemiconductorEquipment"}
_EN_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
_EN_DATE = re.compile(r"(?:(\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December)(?: (\d{1,2}),)? (\d{4})")


def _control_date(text: str) -> tuple[int | None, str | None, re.Match | None]:
    """(year, ISO date, date match) of a control sentence, Chinese or English dates."""
    dm = DATE.search(text)
    em = _EN_DATE.search(text)
    if dm is None and em:
        day = em.group(1) or em.group(3)
        dm = DATE.search(f"{em.group(4)}年{_EN_MONTHS[em.group(2).lower()]}月" + (f"{int(day)}日" if day else ""))
    if dm:
        date = f"{dm.group(1)}-{int(dm.group(2)):02d}" + (f"-{int(dm.group(3)):02d}" if dm.group(3) else "")
        return int(dm.group(1)), date, dm
    ym = YEAR.search(text) or EN_YEAR.search(text)
    return (int(ym.group(1)) if ym else None), None, None


def _issuer(text: str) -> str:
    """The country imposing the control, or '' when the sentence does not say."""
    best = None
    for country, rx in _ISSUERS:
        m = re.search(rx, text)
        if m and (best is None or m.start() < best[1]):
            best = (country, m.start())
    if best:
        return best[0]
    return "中国" if _CHINA_ACTS.search(text) else ""


def _policy_kind(objects: list, lex: Lexicon) -> tuple[str, list]:
    """A short Chinese name for what a control covers (AI芯片, 半导体设备, HBM, 芯片)."""
    cats = {o[0][1] for o in objects if o[0][0] == T.PRODUCT_CATEGORY}
    if all(o[0][0] == T.PRODUCT_MODEL or o[0][1] in ("AIChip", "GPU") for o in objects):
        return "AI芯片", objects
    if cats and all(c in _EQUIPMENT_CATEGORIES or "SemiconductorEquipment" in _ancestors(c, lex) for c in cats):
        return "半导体设备", objects
    rest = cats - {"Chip"}
    if len(rest) == 1 and not rest & {"SemiconductorEquipment", "AIChip", "GPU"}:
        only = next(iter(rest))
        kind = only if re.fullmatch(r"[A-Za-z0-9]+", only) else (lex.entity(T.PRODUCT_CATEGORY, only).name_zh or only)
        return kind, [o for o in objects if o[0][1] != "Chip"]
    return "芯片", objects


def _undated(m: Mention, lex: Lexicon) -> bool:
    ent = lex.entity(T.POLICY.value, m.name)
    return ent is not None and not ent.attrs.get("date")


def _known_control(lex: Lexicon, country: str, year: int | None, date: str | None) -> str | None:
    """A reference export control of this country on this date (or, if named by year only, this year)."""
    by_year = None
    for ent in lex.entities.values():
        if ent.type != T.POLICY or not ent.name.startswith(country) or "管制" not in ent.name:
            continue
        known = str(ent.attrs.get("date") or "")
        if date and (known == date or (len(date) == 7 and known.startswith(date))):
            return ent.name
        if year and ent.name.endswith(f"（{year}年）"):
            by_year = ent.name
    return by_year


def export_controls(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    text = ctx.text
    cue = _CONTROL.search(text)
    follows = ctx.state.prev is not None and ctx.state.prev.sentence is ctx.state.last_control_sentence
    prev = ctx.state.last_control if follows else None
    # 「受此影响，A100 被禁止…」 continues the control of the sentence before
    if not cue and not (prev and re.search(r"(禁止|不得|限制|被禁|banned|barred)", text)):
        return []
    year, date, dm = _control_date(text)
    policies = ctx.of_type(T.POLICY)
    objects: list[tuple[tuple[EntityType, str], str | None]] = []
    # restricted items: categories and models after the control cue
    start = max(0, cue.start() - 20) if cue and not text.isascii() else 0  # English names the items first
    restricting = False
    for a, b in ctx.clauses():
        if b <= start:
            continue
        clause = text[a:b]
        # the Chinese clause around it (ASCII commas separate list items such as 「A100, A800」)
        wide_a = max(text.rfind(p, 0, a) for p in "，；：。") + 1
        wide_b = min([i for i in (text.find(p, b) for p in "，；。") if i >= 0] or [len(text)])
        if _RESTRICT_VERB.search(text[wide_a:wide_b]):
            restricting = True
        elif not (restricting and _LIST_CONTINUES.search(text[wide_a:wide_b])):
            restricting = False
            continue  # 「受出口管制影响，英伟达推出了 H20」: context, not a restricted item
        # 「用于生产 X 的设备」: the equipment is restricted, X only describes it
        m = re.search(r"(用于生产|用于制造|所必需|所需|必需)(.*)的([^，。]*)$", clause.rstrip("。；;！!？?"))
        regions = [(a, a + m.start(1)), (a + m.start(3), b)] if m else [(a, b)]
        models = ctx.between(a, b, T.PRODUCT_MODEL)
        for cat in (c for region in regions for c in _categories(ctx, *region, generic=True)):
            if any(0 <= cat.start - mod.end <= 1 and not text[mod.end : cat.start].strip() for mod in models):
                continue  # 「A100与H100芯片」: the word only says what the listed models are
            name = cat.name
            if name == "Hardware" and cat.text in ("设备", "制造设备") and re.search(r"(芯片|半导体|晶圆)", text):
                name = "SemiconductorEquipment"  # 「芯片及设备」: chip-making equipment
            elif name in GENERIC_CATEGORIES:
                continue
            objects.append(((T.PRODUCT_CATEGORY, name), clause.strip("，。：: ")))
        for mod in models:
            objects.append(((T.PRODUCT_MODEL, mod.name), None))
    country = _issuer(text)
    if not objects:
        if cue and country:  # remember the issuer for a follow-up 「…; it also required…」
            ctx.state.last_control = (None, year, date, country)
            ctx.state.last_control_sentence = ctx.sentence
        return []
    if date:
        # 「列入实体清单」 names a standing list; the dated rule of this sentence is the policy
        policies = [m for m in policies if not _undated(m, lex)]
    if not country and prev:
        country = prev[3]  # 「…; in April 2025 it also required…」: the issuer of the sentence before
    if not country and date and (known := _known_control(lex, "", None, date)):
        country = next(c for c, _ in _ISSUERS + [("中国", "")] if known.startswith(c))  # a reference control of that date
    if policies and cue:
        subject: tuple[EntityType, str] | Mention = policies[0]
    elif prev and prev[0] is not None and not date and not _issuer(text):
        subject, year, date = prev[:3]
    else:
        if not country:
            return []
        kind, objects = _policy_kind(objects, lex)
        when = ""
        if dm and dm.group(3):
            when = f"（{dm.group(1)}年{int(dm.group(2))}月{int(dm.group(3))}日）"
        elif dm:
            when = f"（{dm.group(1)}年{int(dm.group(2))}月）"
        target = "" if country == "中国" else "对华"
        subject = (T.POLICY, _known_control(lex, country, year, date) or f"{country}{target}{kind}出口管制{when}")
    ctx.state.last_control = (subject, year, date, country)
    ctx.state.last_control_sentence = ctx.sentence
    out = []
    seen = set()
    for obj, qual in objects:
        if obj in seen:
            continue
        seen.add(obj)
        out.append(RawFact(subject, P.RESTRICTS, obj, "export_control", 0.85, year=year, date=date, qualifier=qual))
    return out


# ---------------------------------------------------------------- LOCALIZATION_RATE


def localization_rates(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    text = ctx.text
    out = []
    for m in re.finditer(r"(国产化率|自给率|国产化比例|国产化水平|locali[sz]ation rate|self-sufficiency rate)", text):
        a, b = ctx.clause_of(m.start())
        reach = 34 if m.group().isascii() else 20  # "rate of China's AI accelerators"
        cats = _categories(ctx, a, m.start()) or _categories(ctx, m.end(), min(b, m.end() + reach))
        vals = [v for v in ctx.values if m.end() <= v.start <= b and v.unit == "%"]
        if not cats or not vals:
            continue
        v = vals[0]
        for cat in cats:
            out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.LOCALIZATION_RATE, (T.REGION, "中国"),
                               "localization_rate", 0.85, value=v.value, unit="%",
                               year=ctx.year_before(m.start()), qualifier=v.qualifier))
    for m in re.finditer(r"(几乎全部|几乎完全|完全|全部|基本)依赖进口", text):
        a, b = ctx.clause_of(m.start())
        cats = _categories(ctx, a, m.start())
        for cat in cats[-1:]:
            out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.LOCALIZATION_RATE, (T.REGION, "中国"),
                               "fully_imported", 0.7, value=0.0, unit="%",
                               year=ctx.year_before(m.start()), qualifier="≈"))
    return out


# ---------------------------------------------------------------- PART_OF_SEGMENT

_SEGMENTS = {"上游": "Upstream", "中游": "Midstream", "下游": "Downstream"}
_ROLE_SUFFIX = re.compile(r"(供应商|服务商|提供商|厂商|运营商|企业|商)$")


def _segment_items(text: str, lex: Lexicon) -> list[str]:
    out = []
    for piece in re.split(r"[、，,和及与]|以及", text):
        piece = piece.strip(" 等")
        piece = re.sub(r"^(主要|包括|包含|涵盖|由|为|有)+", "", piece)
        variants = (piece, _ROLE_SUFFIX.sub("", piece), re.sub(r"^第三方", "", _ROLE_SUFFIX.sub("", piece)),
                    re.sub(r"商$", "服务", piece))
        for cand_text in variants:
            cand = lex.first_of(cand_text, T.PRODUCT_CATEGORY)
            if cand:
                out.append(cand.name)
                break
    return out


def segments(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    text = ctx.text
    out = []
    prev = ctx.state.prev
    topic = re.match(r"(算力产业|产业链|算力产业链)?(上游|中游|下游)", prev.text) if prev is not None else None
    same_paragraph = topic is not None and prev.sentence.paragraph == ctx.sentence.paragraph
    if same_paragraph and not re.search(r"(上游|中游|下游)", text) and re.search(r"(提供|包括|包含|主要有)", text):
        # 「算力产业上游，主要包括…。设备供应商提供芯片、服务器、存储等，…」
        for cat in _categories(ctx, 0, len(text)):
            out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.PART_OF_SEGMENT,
                               (T.SEGMENT, _SEGMENTS[topic.group(2)]), "segment:topic", 0.7))
    # "the upstream segment covers chips and memory; the midstream consists of servers"
    for m in re.finditer(r"\b(upstream|midstream|downstream)\b(?: segment| layer| stage| part| tier)?(?: of the (?:chain|industry))?"
                         r",? (?:covers|includes|consists of|comprises|is made up of|spans|contains|is|are)\b", text, re.I):
        nxt = re.search(r"\b(upstream|midstream|downstream)\b|;", text[m.end() :], re.I)
        end = m.end() + nxt.start() if nxt else len(text)
        for cat in _categories(ctx, m.end(), end):
            out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.PART_OF_SEGMENT,
                               (T.SEGMENT, m.group(1).capitalize()), "segment:en_includes", 0.8))
    # 「由 A、B 构成的上游产业」
    for m in re.finditer(r"由([^由]{2,80}?)(?:构成|组成)的(上游|中游|下游)", text):
        for name in _segment_items(m.group(1), lex):
            out.append(RawFact((T.PRODUCT_CATEGORY, name), P.PART_OF_SEGMENT, (T.SEGMENT, _SEGMENTS[m.group(2)]),
                               "segment:composed_of", 0.85))
    # 「上游主要包括/包含/由 … 构成，包括 A、B」 — everything listed until the next segment word
    for m in re.finditer(r"(上游|中游|下游)", text):
        if re.match(r"(产业)?$", text[m.end() : m.end() + 2]) and out:
            continue
        rest_end = len(text)
        nxt = re.search(r"(上游|中游|下游)", text[m.end() :])
        if nxt:
            rest_end = m.end() + nxt.start()
        rest = text[m.end() : rest_end]
        if not re.search(r"(包括|包含|主要有|涵盖|主要由|由|提供)", rest[:40]) and not re.match(
            r"(产业|环节|产业链)?(则|主要|即|就|主要包括)?(为|是|指)", rest
        ):  # 「中游为服务器整机与数据中心」, 「下游则是云服务」
            continue
        if re.search(r"(构成|组成)的$", text[: m.start()]):
            continue
        for cat in _categories(ctx, m.end(), rest_end):
            out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.PART_OF_SEGMENT, (T.SEGMENT, _SEGMENTS[m.group()]),
                               "segment:includes", 0.8))
        for name in _segment_items(re.sub(r"[（(][^）)]*[）)]", "", rest), lex):
            out.append(RawFact((T.PRODUCT_CATEGORY, name), P.PART_OF_SEGMENT, (T.SEGMENT, _SEGMENTS[m.group()]),
                               "segment:includes", 0.75))
    return out


# ---------------------------------------------------------------- DEPENDS_ON


def dependencies(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    text = ctx.text
    out = []
    for m in re.finditer(r"(搭载|基于|采用|配备|依赖|需要|离不开|内置|使用)", text):
        a, b = ctx.clause_of(m.start())
        left = _categories(ctx, a, m.start())
        right = _category_or_model_category(ctx, m.end(), b, lex)
        if m.group() == "基于":
            # 「基于 X 生产 Y」: Y depends on X
            prod = re.search(r"(生产|推出|打造|研发)", text[m.end() : b])
            if prod:
                inputs = _category_or_model_category(ctx, m.end(), m.end() + prod.start(), lex)
                outputs = [(T.PRODUCT_CATEGORY, c.name) for c in _categories(ctx, m.end() + prod.end(), b)]
                for o in outputs:
                    for i in inputs:
                        if o != i:
                            out.append(RawFact(o, P.DEPENDS_ON, i, "depends:based_on", 0.75))
                continue
        if m.group() == "基于":
            continue  # 「交换机是基于以太网…」 describes, it does not name an input
        # the dependent category is the verb's subject: 「服务器搭载/采用(了) X」, not 「…的数据中心更倾向于采用…」
        left = [
            c for c in left
            if re.fullmatch(r"(的[\u4e00-\u9fff]{1,6}?)?(均|都|也|还|又|将|已|高度|主要|普遍|通常|多)*", text[c.end : m.start()])
        ]
        right = [r for r in right if r[1] not in GENERIC_CATEGORIES]
        for l_cat in left[-1:]:
            for r in right[:3]:
                if r[1] != l_cat.name:
                    out.append(RawFact((T.PRODUCT_CATEGORY, l_cat.name), P.DEPENDS_ON, r, f"depends:{m.group()}", 0.75))
    # 「MODEL 服务器」: a server category qualified by a chip model
    for mod in ctx.of_type(T.PRODUCT_MODEL):
        nxt = [c for c in _categories(ctx, mod.end, mod.end + 4)]
        ent = lex.entity(T.PRODUCT_MODEL, mod.name)
        if nxt and ent and ent.attrs.get("category") and nxt[0].name in ("AIServer", "Server"):
            out.append(RawFact((T.PRODUCT_CATEGORY, nxt[0].name), P.DEPENDS_ON,
                               (T.PRODUCT_CATEGORY, ent.attrs["category"]), "depends:model_qualifier", 0.7))
    # 「A 通过 B 实现/将 …」 inside a description of A
    for m in re.finditer(r"通过", text):
        a, b = ctx.clause_of(m.start())
        left = _categories(ctx, 0, m.start())
        right = _categories(ctx, m.end(), min(b, m.end() + 10))
        if left and right and left[0].name != right[0].name:
            out.append(RawFact((T.PRODUCT_CATEGORY, left[0].name), P.DEPENDS_ON, (T.PRODUCT_CATEGORY, right[0].name),
                               "depends:through", 0.65))
    return out


# ---------------------------------------------------------------- LOCATED_IN


_PLACE = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:科学城|新片区|高新区|开发区|工业邨|工业园|产业园|新区|园区|城|区|县|镇))")
_BUILT = r"(投入运行|投入运营|开工|建成|落地|启用|运营|投运|揭牌|奠基|开园|上线)"


def _place(ctx: SentenceContext, start: int, lex: Lexicon) -> Mention | tuple | None:
    """The region (known, or a new place name such as 光明科学城) beginning at ``start``."""
    known = [r for r in ctx.of_type(T.REGION) if r.start == start]
    m = _PLACE.match(ctx.text, start)
    if m and (not known or m.end() > known[0].end):
        name = m.group(1)
        cand = lex.first_of(name, T.REGION)
        return (T.REGION, cand.name if cand else name)
    return known[0] if known else None


def locations(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """Facilities (and companies settling in them) located in regions."""
    text = ctx.text
    out: list[RawFact] = []
    facilities = ctx.of_type(T.FACILITY)
    regions = ctx.of_type(T.REGION)
    located: set[str] = set()

    def add(f: Mention, place, rule: str, conf: float) -> None:
        if place is not None and f.name not in located:
            located.add(f.name)
            out.append(RawFact(f, P.LOCATED_IN, place, rule, conf))

    for f in facilities:
        after = text[f.end : f.end + 4]
        # 「F 位于 R」: the most specific region of a chain such as 杭州市临平区
        m = re.match(r"(项目)?(位于|坐落于|落户|地处|建在|选址)", after)
        if m:
            rs = [r for r in regions if r.start >= f.end]
            pos = f.end + m.end()
            chain = [r for r in rs if r.start <= pos + 1][:1]
            for r in rs[len(chain) :]:
                if chain and (r.start == chain[-1].end or text[chain[-1].end : r.start] in ("市", "省")):
                    chain.append(r)
            place = _place(ctx, chain[-1].start, lex) if chain else _place(ctx, pos, lex)
            add(f, place, "located:位于", 0.9)
            continue
        # 「F (项目)在 P 开工/投入运行」
        m = re.match(r"(项目)?(在|于)", after)
        if m and re.search(_BUILT, text[f.end : f.end + 30]):
            add(f, _place(ctx, f.end + m.end(), lex), "located:在", 0.8)
    # 「在 R 建成 F」, 「R 的 F」
    for f in facilities:
        m = re.search(r"在([^，。；]{2,12}?)(?:建成|建设|打造|启用|投运|部署|布局|新建|开建)(?:了)?$", text[max(0, f.start - 16) : f.start])
        if m:
            base = max(0, f.start - 16)
            add(f, _region_chain_at(ctx, base + m.start(1)), "located:在R建成", 0.8)
            continue
        regs = [r for r in regions if r.end + 1 == f.start and text[r.end] == "的"]
        if regs:
            add(f, _region_chain_at(ctx, _chain_start(ctx, regs[0])), "located:R的F", 0.75)
    # 「位于 R 的 F」
    for m in re.finditer(r"位于", text):
        fs = [f for f in facilities if m.end() < f.start <= m.end() + 16 and text[f.start - 1] == "的"]
        if fs:
            add(fs[0], _place(ctx, m.end(), lex), "located:位于的", 0.85)
    # 「R(的算力设施)包括 F1、F2 等算力集群」 and 「R 启动建设 … “F”」: the sentence's region subject
    head = [r for r in regions if r.start <= 2]
    if head:
        listed = re.search(r"(包括|有|涵盖)([^。；]*?)等[^，。]{0,6}(集群|中心|设施|平台|项目|基地)", text)
        for f in facilities:
            if listed and listed.start(2) <= f.start < listed.end(2):
                add(f, head[0], "located:subject_list", 0.7)
            elif re.search(r"(启动建设|开工建设|建设|打造|建成|布局)", text[head[0].end : f.start]):
                add(f, head[0], "located:subject_builds", 0.7)
    # companies settling in a facility: 「(小镇)入驻企业 C」
    for m in re.finditer(r"入驻(企业|公司)?", text):
        comps = [c for c in ctx.of_type(*COMPANIES) if m.end() <= c.start <= m.end() + 4]
        fac = [f for f in facilities if f.end <= m.start()] or ([ctx.state.last_facility] if ctx.state.last_facility else [])
        if comps and fac:
            out.append(RawFact(comps[0], P.LOCATED_IN, fac[-1], "located:入驻", 0.75))
    return out


_HQ_VERB = re.compile(r"总部(?:位于|设在|设于|坐落于|在|落户|迁至)")
_EN_HQ = re.compile(r",? (?:headquartered|based|located) in ")


def _region_chain_at(ctx: SentenceContext, pos: int) -> Mention | None:
    """The most specific region of a chain starting at ``pos`` (安徽芜湖 → 芜湖, 杭州市临平区 → 临平区)."""
    regions = [r for r in ctx.of_type(T.REGION) if r.start >= pos]
    if not regions or regions[0].start - pos > 1:
        return None
    chain = [regions[0]]
    for r in regions[1:]:
        if r.start - chain[-1].end <= 1 and ctx.text[chain[-1].end : r.start] in ("", "市", "省", " ", ", "):
            chain.append(r)
        else:
            break
    return chain[-1]


def _chain_start(ctx: SentenceContext, region: Mention) -> int:
    """Start of the region chain ending with ``region`` (宁夏中卫 → the 宁 of 宁夏)."""
    start = region.start
    for r in sorted(ctx.of_type(T.REGION), key=lambda r: -r.start):
        if r.end <= start and ctx.text[r.end : start] in ("", "市", "省"):
            start = r.start
    return start


def headquarters(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「总部位于 R 的 C」, 「C 总部设在 R」, 「位于 R 的 C」, "C, headquartered in R", "R-based C"."""
    text = ctx.text
    comps = _company_list(ctx, 0, len(text))
    if not comps:
        return []
    out: list[RawFact] = []

    def add(comp: Mention, region: Mention | None, rule: str) -> None:
        if region is not None and not any(f.subject is comp for f in out):
            out.append(RawFact(comp, P.HEADQUARTERED_IN, region, rule, 0.8))

    for m in _HQ_VERB.finditer(text):
        region = _region_chain_at(ctx, m.end())
        if region is None:
            continue
        after = [c for c in comps if text[region.end : c.start] == "的"]  # 「…位于 R 的 C」
        before = [c for c in comps if c.end <= m.start()]
        if after:
            add(after[0], region, "hq:总部位于的")
        elif before:
            add(before[-1], region, "hq:总部位于")
        elif re.search(r"(其|该公司)$", text[max(0, m.start() - 3) : m.start()]) and ctx.state.last_company:
            add(ctx.state.last_company, region, "hq:总部位于")
    for m in re.finditer(r"(位于|地处|坐落于)", text):
        region = _region_chain_at(ctx, m.end())
        if region is None:
            continue
        after = [c for c in comps if text[region.end : c.start] == "的"]  # 「…位于 R 的 C」
        if after:
            add(after[0], region, "hq:位于的")
    # 「来自杭州的初创企业C」, 「合肥企业C」: a city named right before a company cue and the name
    for comp in comps:
        m = re.search(r"(?:来自)?([^，。；]{2,8}?)(?:的)?(?:初创企业|初创公司|企业|公司|厂商|新锐|独角兽)$",
                      text[max(0, comp.start - 16) : comp.start])
        if m:
            base = max(0, comp.start - 16)
            region = _region_chain_at(ctx, base + m.start(1))
            ent = lex.entity(T.REGION.value, region.name) if region is not None else None
            whole = region is not None and re.fullmatch(r"(市|省)?", text[region.end : base + m.end(1)])
            if whole and ent is not None and ent.attrs.get("subtype") not in ("country", "macro_region"):
                add(comp, region, "hq:place_cue")  # the place is all that stands between 来自 and the cue
    # 「C在R设立/建设…基地/工厂」: a site of the company
    for comp in comps:
        m = re.match(r"(?:已|将)?在([^，。；]{2,8}?)(?:投资)?(?:设立|建设|新建|投建|建成|布局|落地)[^，。；]{0,16}?"
                     r"(?:基地|工厂|产线|研发中心|中心|园区|项目)", text[comp.end : comp.end + 40])
        if m and not _is_plan(text[comp.end : comp.end + m.end()]):
            region = _region_chain_at(ctx, comp.end + m.start(1))
            if region is not None:
                out.append(RawFact(comp, P.LOCATED_IN, region, "located:company_site", 0.65))
    for comp in comps:
        m = _EN_HQ.match(text, comp.end)
        if m:
            add(comp, _region_chain_at(ctx, m.end()), "hq:en_headquartered")
        m = re.search(r"([A-Z][a-z]+)-based $", text[max(0, comp.start - 30) : comp.start])
        if m:
            start = max(0, comp.start - 30) + m.start(1)
            add(comp, next((r for r in ctx.of_type(T.REGION) if r.start == start), None), "hq:en_based")
        m = re.match(r", an? ([A-Z][a-z]+)-based ", text[comp.end : comp.end + 40])
        if m:
            start = comp.end + m.start(1)
            add(comp, next((r for r in ctx.of_type(T.REGION) if r.start == start), None), "hq:en_based")
    return out


# ---------------------------------------------------------------- metrics and targets

_METRIC_HEAD = re.compile(
    r"(算力|机架|数据中心|服务器|PUE|上架率|市场|投资|产业|规模|占比|比重|份额|增速|增长|出货|"
    r"智算中心|数字经济|GDP|收入|营收|能耗|电能|绿色能源|绿电|比例|利用率|使用率|项目|标杆|集群|节点|等级|渗透度|总量)"
)
_VERBS = re.compile(
    r"(已经|已|将|仍|也|还|均|共|总|达到|达|为|是|约为|约|近|超过|超|突破|增长至|增长到|增至|提升至|提升到|降至|降低到|下降|"
    r"不高于|不低于|不超过|不少于|控制在|提高到|提高至|到(?=\D)|建成|"
    r"增长|提高|保持|实现|占到|有|在(?![用建])|从|由|至|的|预计|计划|力争|确保|形成|建设|新增|累计|带动|以|每年|年均|"
    r"其中|具体来看|与此同时|此外|目前|截至|截止到|截止|全国|中国|我国|全球|国内|相关|整体|仅有|仅)"
)
_GROWTH = re.compile(r"(同比增长|同比增速|增速|增长率|增幅|增长|年复合增长率|平均增速|年均增速|跌幅|下降|下滑)$")


_COMPUTE_CONTEXT = re.compile(
    r"(算力|数据中心|服务器|芯片|CPU|GPU|云|机架|智算|超算|IDC|人工智能|AI|数字经济|GDP|PUE|交换机|光模块|存储|"
    r"基站|光纤|5G|电能|绿色能源|绿电|计算|集群|枢纽|EFLOPS|comput|data cent|racks?\b|hub|cluster)", re.I
)
_REFERENCE_REGION_BEFORE = re.compile(r"(占|占到|占据|约占|高于|低于|超过|于|超|是|为)$")
_REFERENCE_REGION_AFTER = re.compile(r"^(的)?(占比|比重|总|市场|平均|增速|整体|计算设备总)")


def _subject_regions(ctx: SentenceContext, regions: list[Mention]) -> list[Mention]:
    """Regions that can be the subject of a measure (not the 全球 of 「占全球…」)."""
    out = []
    for r in regions:
        before = ctx.text[max(0, r.start - 3) : r.start]
        after = ctx.text[r.end : r.end + 6]
        if _REFERENCE_REGION_BEFORE.search(before) or _REFERENCE_REGION_AFTER.search(after):
            continue
        out.append(r)
    return out


def _clean_phrase(raw: str) -> str:
    phrase = re.sub(r"[（(][^）)]*[）)]", "", raw)
    phrase = re.sub(r"[“”\"'「」《》]", "", phrase)
    phrase = re.sub(r"(?:19|20)\d{2}\s*年(?:底|末)?(?:的)?", "", phrase)
    for _ in range(4):
        phrase = re.sub(rf"^{_VERBS.pattern}", "", phrase)
        phrase = re.sub(rf"{_VERBS.pattern}$", "", phrase)
        phrase = re.sub(r"^[-—~～年月底前后间内,，、]+|[,，、]+$", "", phrase)
    return phrase.strip()


_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]|到)\s*((?:19|20)\d{2})\s*年")
_TRANSITION = re.compile(r"(增长至|增长到|提升至|提升到|上升至|上升到|下降至|下降到|降至|增至|达到|到|至|和|、|及)\s*$")


_EN_METRICS = [
    (re.compile(r"\bPUE\b|power usage effectiveness", re.I), "PUE"),
    (re.compile(r"\b(AI|intelligent|smart)[- ]comput\w*(?: power| capacity)?", re.I), "智能算力规模"),
    (re.compile(r"\bcomput\w* (?:power|capacity)", re.I), "算力规模"),
    (re.compile(r"\b(?:standard )?racks?\b", re.I), "标准机架规模"),
    (re.compile(r"\b(?:utili[sz]ation|occupancy) rate", re.I), "上架率"),
    (re.compile(r"\b(?:green|renewable) (?:power|electricity|energy)", re.I), "绿电占比"),
]


def _english_metric_name(text: str, v: Value) -> str | None:
    """The measure an English number belongs to: the nearest known metric phrase around it."""
    if v.unit in ("EFLOPS", "PFLOPS") and not re.search(r"\b(AI|intelligent|smart)\b", text, re.I):
        return "算力规模"
    best: tuple[int, str] | None = None
    for rx, name in _EN_METRICS:
        for m in rx.finditer(text, max(0, v.start - 60), min(len(text), v.end + 40)):
            gap = v.start - m.end() if m.end() <= v.start else max(0, m.start() - v.end)  # "180,000 standard racks"
            if best is None or gap < best[0]:
                best = (gap, name)
    return best[1] if best else None


def _metric_name(
    ctx: SentenceContext, v: Value, last_base: str | None, cut_at: list[Mention], named: dict[int, str]
) -> tuple[str | None, str | None]:
    """Name the measure a value belongs to from the words before it (and return the new base).

    ``named`` maps earlier values (by start) to their names, so 「由 7% 增长至 62%」 and
    「京津冀 6 个、中部地区 6 个」 reuse the name of the value they continue.
    """
    text = ctx.text
    a, _ = ctx.clause_of(v.start)
    left_start = a
    for r in cut_at:
        if a <= r.end <= v.start:
            left_start = max(left_start, r.end)
    prev_values = [o for o in ctx.values if o.end <= v.start and o is not v]
    for other in prev_values:
        if a <= other.end:
            left_start = max(left_start, other.end)
    raw_phrase = text[left_start : v.start]
    if not re.search(r"[\u4e00-\u9fff]", text[a : v.end]):
        name = _english_metric_name(text, v)
        same = [o for o in prev_values if o.unit == v.unit and o.start in named]
        return (name or (named[same[-1].start] if same else None)), last_base
    phrase = _clean_phrase(raw_phrase)
    after = text[v.end : v.end + 8]
    window = text[max(a, v.start - 8) : v.start]
    growth = _GROWTH.search(window) or re.match(r"(左右)?的(高|稳步|快速|高速|高位)?(增长|增速)", after)
    base = re.sub(r"(总规模|规模|全球占比|占比)$", "", last_base or "")
    if not base:  # the sentence's own topic (「2021年全球的算力分布中，…」)
        head = _clean_phrase(re.sub(r"(分布|结构|方面|中|来看|看)+$", "", text[: ctx.clauses()[0][1]]))
        base = head if _METRIC_HEAD.search(head or "") and len(head) <= 12 else ""
    if growth and (not phrase or _GROWTH.search(phrase) and not _METRIC_HEAD.search(_GROWTH.sub("", phrase))
                   or re.fullmatch(r"(同比|较上年|较去年|比去年同期|环比)?", phrase)):
        return (base + "增速", last_base) if base else (None, last_base)
    if re.search(r"(占比|比重|占)", raw_phrase[-6:]) and (
        len(phrase) <= 2 or phrase in ("占比", "比重", "全球占比", "全国占比") or re.fullmatch(r"(约)?占(到|据)?(全球|全国)?", phrase)
    ):
        near = text[max(a, v.start - 12) : v.start]
        share_of = "全球" if "全球" in near else ("全国" if "全国" in near else "")
        return ((base + share_of + "占比"), last_base) if base else (None, last_base)
    if not phrase and prev_values:
        same = [o for o in prev_values if o.unit == v.unit and o.start in named]
        if same and (_TRANSITION.search(raw_phrase) or not raw_phrase.strip("的，、 ")):
            return named[same[-1].start], last_base
    if not phrase and v.unit == "%":
        m = re.match(r"的([^，。,；]{2,16}?)(在|为|达|是|，|。|$)", after)
        if m and _METRIC_HEAD.search(m.group(1)):
            return m.group(1) + "占比", last_base
    if not phrase or len(phrase) < 2 or len(phrase) > 24 or not _METRIC_HEAD.search(phrase):
        return None, last_base
    if re.match(r"(小镇|该|其|本|此)", phrase) or re.search(r"行业的", phrase):
        return None, last_base
    return phrase, phrase


def metrics(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """Numbers with units attached to a region (MENTIONS_METRIC) or a policy/region target (TARGETS)."""
    text = ctx.text
    out: list[RawFact] = []
    if not ctx.values or re.search(r"(国产化率|自给率|每提高|每增加|每提升)", text):
        return out
    if ctx.sentence.is_table_row and ctx.state.table_header:
        return out  # rows of a headed table are read by tables_with_headers
    prev = ctx.state.prev
    continues = prev is not None and prev.sentence.paragraph == ctx.sentence.paragraph and re.match(r"(其中|其|同时|此外)", text)
    if not _COMPUTE_CONTEXT.search(text) and not (continues and _COMPUTE_CONTEXT.search(prev.text)):
        return out
    regions = ctx.of_type(T.REGION)
    policies = ctx.of_type(T.POLICY)
    companies = ctx.of_type(*COMPANIES)
    target_m = re.search(r"(?<![截止])(到|至|力争|争取|确保|力争在|于)\s*((?:19|20)\d{2})\s*年(底|末)?", text) or re.search(
        r"()((?:19|20)\d{2})\s*年(底|末)(前|以前)", text) or re.search(r"(在)((?:19|20)\d{2})\s*年(底|末)?(前|以前)", text)
    if target_m is None:  # 「《方案》提出，2026年全省PUE降至1.25以下」: a plan's cue, then the year
        cued = re.search(r"(提出|目标是|目标为|要求|规划)[，,：:]?[^。；]{0,10}?((?:19|20)\d{2})\s*年", text)
        if cued and (ctx.state.doc_year is None or int(cued.group(2)) >= ctx.state.doc_year):
            target_m = cued
    if target_m is None and text.isascii():
        target_m = re.search(r"\b(by|By) ((?:19|20)\d{2})\b()", text)  # "by 2026"
    is_forecast = bool(re.search(r"(预计|预测|有望|或将)", text) or (re.search(r"将达到", text) and not target_m)
                       or re.search(r"\b(expected|forecast|projected|estimated|likely)\b", text))
    is_target = bool(target_m) and not is_forecast and bool(
        re.search(r"(目标|提出|力争|争取|确保|建设|打造|形成|达到|超过|降低到|降到|以下|以上|提升至|提升到|提高到|提高至|实现|"
                  r"不低于|不高于|不超过|控制在|target|aim|goal|plan)", text, re.I)
    )
    last_base: str | None = None
    named: dict[int, str] = {}
    subject_regions = _subject_regions(ctx, regions)
    facilities = ctx.of_type(T.FACILITY)
    for v in ctx.values:
        if v.unit in ("家", "个百分点", "P") or (v.unit is None and not re.search(r"PUE|电能利用效率", text[max(0, v.start - 16) : v.start])):
            continue
        a, b = ctx.clause_of(v.start)
        if re.match(r"\s*个百分点", text[v.end : v.end + 5]) or re.search(r"((?<!不)高于|(?<!不)低于|较)[^，。]{0,8}$", text[a : v.start]):
            continue  # a difference between two measures, not a measure
        if re.match(r"\s*(平方米|平方公里|亩|公里|人|户|名)", text[v.end : v.end + 4]) or re.search(r"越(接近|高|低)$", text[a : v.start]):
            continue  # areas, head counts, comparatives
        if companies and re.search(r"(份额|占有率|市占率|分别占)", text[: v.start]) and any(c.start < v.start for c in companies):
            continue  # a company's share: HAS_MARKET_SHARE's business
        if any(a <= f.start < v.start for f in facilities) or re.search(r"(小镇|园区|项目)[^，。]{0,12}$", text[a : v.start]):
            continue  # a facility's or project's own numbers, not a region's
        if v.unit is None and re.search(r"在$", text[max(0, v.start - 2) : v.start]):
            continue  # a threshold (「PUE 在 1.4 以下」), not a measurement
        if companies and re.search(r"(营收|营业收入|净利润|利润|毛利率|收入|出货量|市值)", text[max(0, v.start - 16) : v.start]):
            continue  # a company's own financials
        if any(a <= c.start < v.start for c in companies) or re.search(
            r"(企业|厂商|公司|运营商|\d家|[一二三四五六七八九十]家|前[一二三四五六七八九十\d]+名)", text[a : v.start]
        ):
            continue  # shares of companies are HAS_MARKET_SHARE, sets of firms are not annotated
        name, last_base = _metric_name(ctx, v, last_base, subject_regions + policies, named)
        if name is None:
            continue
        named[v.start] = name
        value = -v.value if re.search(r"(跌幅|降幅|下降|下滑|减少)(为|了|约)?$", text[max(a, v.start - 6) : v.start]) else v.value
        if v.unit is None and "PUE" not in name and "电能利用效率" not in name:
            continue
        in_clause = [r for r in subject_regions if a <= r.start and r.end <= v.start]
        before = [r for r in subject_regions if r.end <= v.start]
        subj: Mention | tuple | None = (in_clause or before or [None])[-1]
        year = ctx.year_before(v.start)
        span = _YEAR_RANGE.search(text)
        if span and span.end() <= v.start:
            if re.search(r"(从|由)\s*$", text[max(a, v.start - 3) : v.start]):
                year = int(span.group(1))  # the start value of 「从 A 增长至 B」
            elif re.search(r"(增长至|增长到|提升至|提升到|上升至|增至|到|至)\s*$", text[max(a, v.start - 4) : v.start]):
                year = int(span.group(2))
        modality = None
        english_by = (  # "… is expected to exceed 1,000 EFLOPS by 2026": the value between the cue and the year
            bool(target_m) and text.isascii() and ctx.clause_of(target_m.start())[0] == a and v.start < target_m.start()
            and bool(re.search(r"\b(expected|forecast|projected|estimated|likely|target|aims?|goal|plans?|will)\b", text[a : v.start]))
        )
        if is_forecast and english_by:
            year = int(target_m.group(2))
        if is_target and target_m and (v.start > target_m.start() or english_by):
            pred = P.TARGETS
            year = int(target_m.group(2))
            modality = "target"
            if policies:
                subj = policies[0]
            elif subj is None and ctx.state.prev and ctx.state.prev.of_type(T.POLICY):
                subj = ctx.state.prev.of_type(T.POLICY)[-1]
        else:
            pred = P.MENTIONS_METRIC
            if is_forecast:
                modality = "forecast"
        if subj is None and re.search(r"(出货|订单|营收|产能|销量)", name) and (
            companies or re.search(r"(该|其)(芯片|产品|公司|企业|型号|系列|款)", text)
        ):
            continue  # a product's or company's own numbers, and no region named
        if subj is None and re.search(r"(全市|全省|全区|全县|本市|本省|该市|该省|the (?:city|province))", text) and ctx.state.last_region:
            subj = ctx.state.last_region  # 「全市算力总规模…」: the place the document is about
        if subj is None:
            prev = ctx.state.prev
            carry = re.match(r"(其中|其|该|同时|此外)", text)
            prev_regions = _subject_regions(prev, prev.of_type(T.REGION)) if prev and carry else []
            subj = prev_regions[-1] if prev_regions else (T.REGION, "中国")
        if pred == P.MENTIONS_METRIC and _is_plan(text[: v.start]) and not is_forecast:
            continue  # 「拟/计划投资…」: a plan is not a measurement
        conf = 0.75 if isinstance(subj, Mention) else 0.55
        out.append(RawFact(subj, pred, (T.METRIC, lex.metric(name)), f"metric:{'target' if pred == P.TARGETS else 'value'}",
                           conf, value=value, unit=v.unit, year=year, qualifier=v.qualifier, modality=modality))
    return out


# ---------------------------------------------------------------- more shapes


def segment_membership(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「A、B 属于/处于/同属 (算力产业链)上游」."""
    out = []
    for m in re.finditer(r"(属于|处于|同属|位于|位居|是)[^，。；]{0,12}?(上游|中游|下游)", ctx.text):
        a, _ = ctx.clause_of(m.start())
        for cat in _categories(ctx, a, m.start()):
            out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.PART_OF_SEGMENT, (T.SEGMENT, _SEGMENTS[m.group(2)]),
                               "segment:belongs", 0.8))
    # 「上游芯片与存储的供应」: a segment word directly qualifying categories
    for m in re.finditer(r"(上游|中游|下游)(的)?", ctx.text):
        cats = _categories(ctx, m.end(), m.end() + 14)
        if cats and cats[0].start == m.end():
            chain = [cats[0]]
            for c in cats[1:]:
                if re.fullmatch(r"(、|与|和|及|以及)", ctx.text[chain[-1].end : c.start]):
                    chain.append(c)
            for cat in chain:
                out.append(RawFact((T.PRODUCT_CATEGORY, cat.name), P.PART_OF_SEGMENT, (T.SEGMENT, _SEGMENTS[m.group(1)]),
                                   "segment:qualifier", 0.7))
    return out


def dependency_phrases(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「A 对 B 的依赖」, 「A 的性能取决于 B」, 「B 是 A 的核心元件」."""
    text = ctx.text
    out = []
    for m in re.finditer(r"对([^，。]{1,12}?)的(高度)?依赖", text):
        a, _ = ctx.clause_of(m.start())
        left = _categories(ctx, a, m.start())
        right = _categories(ctx, m.start(1), m.end(1))
        for l_cat in left[-1:]:
            for r in right:
                if r.name != l_cat.name:
                    out.append(RawFact((T.PRODUCT_CATEGORY, l_cat.name), P.DEPENDS_ON, (T.PRODUCT_CATEGORY, r.name),
                                       "depends:依赖", 0.75))
    for m in re.finditer(r"\b(?:requires?|needs?|(?:is|are) built (?:on|around)|(?:is|are) powered by|uses|use)\b", text):
        a, b = ctx.clause_of(m.start())
        which = re.search(r"\b(which|that)(?: in turn)?\s*$", text[a : m.start()])
        left = _categories(ctx, a, m.start())
        left = left[-1:] if which else [c for c in left if re.fullmatch(r"[A-Za-z\- ]{0,12}", text[c.end : m.start()])][:1]
        if which and not left and a > 0:  # "…processes, which in turn need EUV": the category before the comma
            left = _categories(ctx, ctx.clause_of(a - 1)[0], a)[-1:]
        stop = re.search(r"[.;]|, (?:which|while|but|whereas)\b", text[m.end() :])  # English lists run across commas
        end = m.end() + stop.start() if stop else len(text)
        for l_cat in left:
            for r in _categories(ctx, m.end(), end):
                if r.name != l_cat.name:
                    out.append(RawFact((T.PRODUCT_CATEGORY, l_cat.name), P.DEPENDS_ON, (T.PRODUCT_CATEGORY, r.name),
                                       "depends:en_requires", 0.75))
    for m in re.finditer(r"(取决于|依赖于|受制于|(?:depends?|rel(?:y|ies)) (?:heavily |mainly |largely |critically )?on)", text):
        a, b = ctx.clause_of(m.start())
        left = _categories(ctx, 0, m.start())
        right = _categories(ctx, m.end(), b)
        for l_cat in left[:1]:
            for r in right:
                if r.name != l_cat.name:
                    out.append(RawFact((T.PRODUCT_CATEGORY, l_cat.name), P.DEPENDS_ON, (T.PRODUCT_CATEGORY, r.name),
                                       "depends:取决于", 0.75))
    for m in re.finditer(r"的(核心|关键|主要)(元件|器件|部件|零部件|组件|原材料|材料)(是|为|包括|主要是)", text):
        a, b = ctx.clause_of(m.start())
        whole = _categories(ctx, a, m.start())  # 「光模块的核心部件是激光器芯片」
        for w in whole[-1:]:
            for p_ in _categories(ctx, m.end(), b):
                if p_.name != w.name:
                    out.append(RawFact((T.PRODUCT_CATEGORY, w.name), P.DEPENDS_ON, (T.PRODUCT_CATEGORY, p_.name),
                                       "depends:core_part", 0.75))
    for m in re.finditer(r"是([^，。]{1,10}?)的(核心|关键|主要)(元件|器件|部件|零部件|组件|原材料|材料)", text):
        a, _ = ctx.clause_of(m.start())
        part = _categories(ctx, a, m.start())
        whole = _categories(ctx, m.start(1), m.end(1))
        for w in whole[:1]:
            for p_ in part[-1:]:
                if p_.name != w.name:
                    out.append(RawFact((T.PRODUCT_CATEGORY, w.name), P.DEPENDS_ON, (T.PRODUCT_CATEGORY, p_.name),
                                       "depends:core_part", 0.75))
    return out


def supplies_possessive(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「搭载了 A 的 CAT 和 B 的 CAT」, 「选用了 A 的 X」 (CAT from the clause head)."""
    text = ctx.text
    out = []
    if _is_plan(text):
        return out
    for comp in _company_list(ctx, 0, len(text)):
        if text[comp.end : comp.end + 1] != "的" or re.search(r"(为|向|给)$", text[max(0, comp.start - 1) : comp.start]):
            continue
        a, b = ctx.clause_of(comp.start)
        nxt = [c for c in _categories(ctx, comp.end + 1, min(b, comp.end + 10))]
        stop = re.search(r"(和|及|与|、)", text[comp.end + 1 : b])
        if nxt and re.match(rf"{_ROLE_MODIFIERS}(?:{ROLE}|客户|用户|合作伙伴)", text[nxt[0].end : nxt[0].end + 8]):
            continue  # 「B的主要PCB供应商」: B buys
        if nxt and (stop is None or nxt[0].start < comp.end + 1 + stop.start()):
            for owner in _list_ending_with(ctx, comp, a):  # 「中国电信、中国移动和中国联通的数据中心」
                out.append(RawFact(owner, P.SUPPLIES, (T.PRODUCT_CATEGORY, nxt[0].name), "supply:possessive", 0.75))
            continue
        head = _categories(ctx, a, comp.start)
        if head and re.search(r"(选用|采用|搭载|配备|使用)", text[head[0].end : comp.start]):
            out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, head[0].name), "supply:possessive_head", 0.7))
    return out


_EN_ROLE = re.compile(
    r"^,? (?:a|an|the|another|also a|one of the)? ?[^,.;]{0,40}?"
    r"(designer|maker|manufacturer|supplier|vendor|provider|developer|company|start-up|startup|producer)s?\b"
)


def supplies_english_appositive(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """"Tidewave Computing, a Chinese GPU designer, …": the appositive names what X makes."""
    text = ctx.text
    out = []
    for comp in _company_list(ctx, 0, len(text)):
        m = _EN_ROLE.match(text[comp.end : comp.end + 70])
        if not m:
            continue
        cats = _categories(ctx, comp.end, comp.end + m.end())
        if cats:
            out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[-1].name), "supply:en_appositive", 0.8))
    return out


_EN_ROLE_NOUN = r"(?:makers?|vendors?|suppliers?|manufacturers?|designers?|producers?|providers?|foundries|foundry|developers?)"


def supplies_english_roles(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """"AI server makers such as A, B and C", "memory maker X", "foundries, led by A and B",
    "X's Ascend 910B", "made by X" (the category named before the role noun or the verb)."""
    text = ctx.text
    if not text.isascii() or _is_plan(text):
        return []
    out: list[RawFact] = []
    for m in re.finditer(rf"{_EN_ROLE_NOUN}\b,? (?:such as|including|like|led by|notably|namely|e\.g\.,?) ", text):
        cats = [c for c in _categories(ctx, max(0, m.start() - 40), m.end()) if not re.search(r"[.;]", text[c.end : m.start()])]
        end = re.search(r"[.;]| (?:depend|rely|relies|are|is|have|has|account|held|hold|shipped|ship)\b", text[m.end() :])
        comps = _company_list(ctx, m.end(), m.end() + (end.start() if end else len(text)))
        for comp in comps:
            for cat in cats[-1:]:
                out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, cat, lex), "supply:en_such_as", 0.8))
    for comp in _company_list(ctx, 0, len(text)):
        before = text[max(0, comp.start - 40) : comp.start]
        role = re.search(rf"{_EN_ROLE_NOUN} (?:and [^,.;]{{0,30}})?$", before)
        lead = re.search(rf"{_EN_ROLE_NOUN} $", before)
        if lead or role:  # "memory maker CXMT", "optical module vendors Innolight and Eoptolink"
            start = comp.start - len(before) + (lead or role).start()
            cats = [c for c in _categories(ctx, max(0, start - 30), start) if not re.search(r"[.,;]", text[c.end : start])]
            for cat in cats[-1:]:
                out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, cat, lex), "supply:en_role_before", 0.8))
        poss = re.match(r"'s ", text[comp.end : comp.end + 3])
        if poss:  # "Huawei's Ascend 910B"
            objs = _category_or_model_category(ctx, comp.end + 3, min(len(text), comp.end + 30), lex, heads_only=True)
            first = objs[:1]
            if first and not re.search(r"[,.;]", text[comp.end : comp.end + 3]):
                out.append(RawFact(comp, P.SUPPLIES, first[0], "supply:en_possessive", 0.7))
    for m in re.finditer(r"\bfrom ", text):  # "GPUs from Nvidia", "accelerators from Huawei and Cambricon"
        cats = [c for c in _categories(ctx, max(0, m.start() - 30), m.start()) if not text[c.end : m.start()].strip()]
        after = _company_list(ctx, m.end(), len(text))
        if not cats or not after or after[0].start - m.end() > 1:
            continue
        members = [after[0]]
        for comp in after[1:]:
            if not re.fullmatch(r", and |, | and ", text[members[-1].end : comp.start]):
                break
            members.append(comp)
        for comp in members:
            out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[-1].name), "supply:en_from", 0.7))
    for m in re.finditer(r"\b(?:supplier|maker|vendor|designer|manufacturer|producer|provider)s? of ", text):
        comps = [c for c in _company_list(ctx, max(0, m.start() - 50), m.start())
                 if re.fullmatch(r" (?:is|was) (?:a|an|one of the) [^,.;]*", text[c.end : m.start()])]
        stop = re.search(r"[.;]|, (?:which|while|but)\b", text[m.end() :])
        objs = _category_or_model_category(ctx, m.end(), m.end() + (stop.start() if stop else len(text)), lex, heads_only=True)
        for comp in comps[-1:]:
            for obj in objs:
                out.append(RawFact(comp, P.SUPPLIES, obj, "supply:en_supplier_of", 0.8))
    for m in re.finditer(r"\b(?:is|are|was|were)? ?(supplied|provided|made|manufactured|produced|fabricated|built) by ", text):
        comps = [c for c in _company_list(ctx, m.end(), m.end() + 40) if c.start - m.end() <= 4]
        objs = _category_or_model_category(ctx, max(0, m.start() - 40), m.start(), lex)
        if not comps or not objs:
            continue
        chip = any(o[1] in ("Chip", "AIChip", "GPU", "CPU", "ASIC", "FPGA", "DPU", "SoC") for o in objs)
        obj = (T.PRODUCT_CATEGORY, "Foundry") if m.group(1) in ("manufactured", "fabricated", "made") and chip else objs[-1]
        out.append(RawFact(comps[0], P.SUPPLIES, obj, f"supply:en_by_{m.group(1)}", 0.75))
    return out


def issued_by(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「芜湖市人民政府印发《…方案》」, 「工业和信息化部等六部门联合发布《…》」: who issued a policy."""
    text = ctx.text
    out = []
    for m in re.finditer(r"(等[一二三四五六七八九十\d]+(?:个)?(?:部门|部委|单位))?(?:联合)?(?:正式)?(印发|发布|出台|颁布|制定|公布|推出)(了)?", text):
        policies = [p for p in ctx.of_type(T.POLICY) if m.end() <= p.start <= m.end() + 2]
        issuers = [o for o in ctx.between(0, m.start(), T.ORGANIZATION) if o.end == m.start()]
        if not policies or not issuers:
            continue
        for org in _list_ending_with(ctx, issuers[-1], 0, (T.ORGANIZATION,)):  # 「国家发展改革委、工业和信息化部」
            out.append(RawFact(policies[0], P.ISSUED_BY, org, "issued_by", 0.8))
    return out


def supplies_made_by(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「采用锐岭通信提供的400G交换机」, 「X推出的CAT」: the company before 「提供/推出…的」 makes the CAT."""
    text = ctx.text
    out = []
    for m in re.finditer(r"(提供|生产|研发|推出|供应|制造|设计|自研)的", text):
        comps = [c for c in _company_list(ctx, max(0, m.start() - 12), m.start()) if m.start() - c.end <= 1]
        if not comps or _is_plan(text[max(0, comps[-1].start - 6) : m.start()]):
            continue
        _, b = ctx.clause_of(m.end())
        objs = _category_or_model_category(ctx, m.end(), min(b, m.end() + 16), lex, heads_only=True)
        if objs and not re.search(r"(为|向|给)$", text[max(0, comps[-1].start - 1) : comps[-1].start]):
            out.append(RawFact(comps[-1], P.SUPPLIES, objs[0], f"supply:made_by_{m.group(1)}", 0.75))
    return out


def supplies_leading_in(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「华曜能源在高压直流领域处于领先地位」: a company positioned in a category's field supplies it."""
    text = ctx.text
    out = []
    for comp in _company_list(ctx, 0, len(text)):
        m = re.match(r"(?:目前|已|已经|长期|一直)?在([^，。；]{1,14}?)(?:领域|市场|行业|赛道|方面)?(?:中|内)?"
                     r"(?:处于领先|领先|领跑|居于前列|位居前列|优势明显|具备优势|占据优势|排名第|深耕多年|处于第一梯队|位居第)",
                     text[comp.end : comp.end + 30])
        if not m or _is_plan(text[comp.end : comp.end + m.end()]):
            continue
        cats = _categories(ctx, comp.end + m.start(1), comp.end + m.end(1))
        for cat in cats[-1:]:
            out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, cat, lex), "supply:leading_in", 0.75))
    return out


def supplies_purchase(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「向/从 X 采购 Y」: X supplies Y; 「据X介绍，其CAT…」: X's own product."""
    text = ctx.text
    out: list[RawFact] = []
    if _is_plan(text):
        return out
    for m in re.finditer(r"(向|从)", text):
        a, b = ctx.clause_of(m.start())
        comps = [c for c in _company_list(ctx, m.end(), min(b, m.end() + 12)) if c.start - m.end() <= 1]
        buy = re.match(r"(批量|大量|持续)?(采购|购买|订购|进口)", text[comps[0].end :]) if comps else None
        if not comps or not buy:
            continue
        use = re.search(r"(用于|用来|以供|供)", text[comps[0].end + buy.end() : b])  # 「采购镜头用于检测设备」
        end = comps[0].end + buy.end() + use.start() if use else b
        for obj in _category_or_model_category(ctx, comps[0].end + buy.end(), end, lex, heads_only=True)[:2]:
            out.append(RawFact(comps[0], P.SUPPLIES, obj, "supply:purchase_from", 0.75))
    for m in re.finditer(r"(?:^|[，,])其(?:新一代|最新|自研|首款|新款|主力)?", text):
        a, b = ctx.clause_of(m.end())
        owner = _company_list(ctx, 0, m.start())[:1]  # the sentence's topic, not a customer named later
        cats = [c for c in _categories(ctx, m.end(), min(b, m.end() + 10))]
        if owner and cats and not re.search(r"(客户|合作|供应商|采购|使用|部署|搭载)", text[m.end() : cats[0].start]):
            out.append(RawFact(owner[0], P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[0].name), "supply:its_product", 0.65))
    return out


def supplies_foundry(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「由 X 代工(生产)」, 「X 为…代工」: X supplies foundry services."""
    text = ctx.text
    out = []
    foundry = lex.first_of("晶圆代工", T.PRODUCT_CATEGORY)
    if foundry is None or _is_plan(text):
        return out
    for m in re.finditer(r"代工", text):
        comps = [c for c in _company_list(ctx, max(0, m.start() - 14), m.start()) if m.start() - c.end <= 1
                 or re.fullmatch(r"(采用|以|用|使用)[^，。]{0,10}(工艺|制程|技术)", ctx.text[c.end : m.start()])]
        if comps and not re.search(r"(为|向|给)$", text[max(0, comps[-1].start - 1) : comps[-1].start]):
            out.append(RawFact(comps[-1], P.SUPPLIES, (T.PRODUCT_CATEGORY, foundry.name), "supply:foundry", 0.75))
    return out


def supplies_is_a(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「X 是一家专注于 AI 推理芯片的初创企业」, 「X 是国内最大的晶圆代工厂」."""
    text = ctx.text
    out = []
    for m in re.finditer(rf"是(一家|国内|全球|中国|我国|目前)?[^，。；]{{0,24}}?{ROLE}", text):
        comps = [c for c in _company_list(ctx, 0, m.start()) if m.start() - c.end <= 2]
        cats = _categories(ctx, m.start(), m.end())
        if comps and cats and not _is_plan(text[comps[-1].end : m.end()]) and "分别" not in text[comps[-1].end : m.start() + 1]:
            for comp in _list_ending_with(ctx, comps[-1], 0):  # 「A与B是…的两大供应商」
                out.append(RawFact(comp, P.SUPPLIES, _specific(ctx, cats[-1], lex), "supply:is_a", 0.8))
    return out


def supplies_partners(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「与 A、B 等众多厂商合作，内容涵盖 CAT」: the partners build CAT."""
    text = ctx.text
    m = re.search(rf"(包括|与)?([^，。]*?)等(众多|多家)?(主流)?{COMPANY_CUE}合作", text)
    if not m or _is_plan(text):
        return []
    comps = _company_list(ctx, m.start(2), m.end(2))
    cov = re.search(r"(涵盖|包括|推出|生产|覆盖)", text[m.end() :])
    if not comps or not cov:
        return []
    start = m.end() + cov.end()
    cats = _categories(ctx, start, len(text))
    return [RawFact(c, P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[0].name), "supply:partners", 0.7) for c in comps] if cats else []


def supplies_in_field(ctx: SentenceContext, lex: Lexicon) -> list[RawFact]:
    """「在 CAT 领域，(国外)代表企业包括 A、B」: the field named at the start applies to the list."""
    text = ctx.text
    m = re.match(r"(在|于)?([^，。]{1,16}?)(领域|方面|环节|市场)[，,]", text)
    if not m:
        return []
    cats = _categories(ctx, 0, m.end())
    if len(cats) != 1:
        return []
    out = []
    for cue in re.finditer(rf"(?:代表|主要|龙头)?{COMPANY_CUE}(?:包括|有|为|是|如)", text[m.end() :]):
        start = m.end() + cue.end()
        _, b = ctx.clause_of(start)
        for comp in _company_list(ctx, start, b):
            out.append(RawFact(comp, P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[0].name), "supply:field_list", 0.8))
    if not out:  # 「在服务器领域，A、B、C 位居国内前列」
        _, b = ctx.clause_of(m.end())
        comps = _company_list(ctx, m.end(), b)
        if len(comps) >= 2 and re.search(r"(位居|位列|排名|领先|前列|龙头|份额|占据|扩产|量产|产能|出货|国产厂商|国内厂商|厂商|企业)",
                                         text[m.end() : b]):
            out = [RawFact(c, P.SUPPLIES, (T.PRODUCT_CATEGORY, cats[0].name), "supply:field_rank", 0.7) for c in comps]
    return out


RULES: list[Rule] = [
    tables_with_headers,
    supplies_category_colon_list,
    supplies_from_table_rows,
    supplies_from_role_lists,
    supplies_from_market_lists,
    supplies_from_verbs,
    supplies_from_models,
    supplies_from_deployment_lists,
    market_shares,
    export_controls,
    localization_rates,
    segments,
    dependencies,
    locations,
    headquarters,
    metrics,
    segment_membership,
    dependency_phrases,
    supplies_possessive,
    supplies_in_field,
    supplies_partners,
    supplies_is_a,
    supplies_foundry,
    supplies_english_appositive,
    supplies_english_roles,
    supplies_purchase,
    supplies_leading_in,
    supplies_made_by,
    issued_by,
]
