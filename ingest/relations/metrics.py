"""Measures: numbers attached to a region (MENTIONS_METRIC), targets of a plan or region (TARGETS, 「到 2025 年」
vs 预计 forecasts), and localization rates (国产化率, 「几乎全部依赖进口」 ≈ 0).

The measure's name is read from the words before the value (「智能算力规模达到 30 EFLOPS」); the subject is
the region of the clause, else the document's place for 全市/全省, else 中国.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext, Value
from ..lexicon import Lexicon
from ..mentions import Mention
from .common import COMPANIES, categories, is_plan
from .registry import Emitter, rule

T = EntityType
P = Predicate

_METRIC_HEAD = re.compile(
    r"(算力|机架|数据中心|服务器|PUE|上架率|市场|投资|产业|规模|占比|比重|份额|增速|增长|出货|"
    r"智算中心|数字经济|GDP|收入|营收|能耗|电能|绿色能源|绿电|比例|利用率|使用率|项目|标杆|集群|节点|等级|渗透度|总量)"
)


_VERBS = re.compile(
    r"(已经|已|将|仍|也|还|均|共|总|达到|达|为|是|约为|约|近|超过|超|突破|增长至|增长到|增至|提升至|提升到|降至|降低到|下降|"
    r"不高于|不低于|不超过|不少于|低于|高于|小于|控制在|提高到|提高至|到(?=\D)|建成|"
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


def _enumerated(ctx: SentenceContext, region: Mention, regions: list[Mention]) -> bool:
    """Is ``region`` the last item of a list of three or more regions (「A、B、C…」)?"""
    run = [region]
    for r in sorted((r for r in regions if r.end <= region.start), key=lambda r: -r.start):
        if not re.fullmatch(r"\s*(?:、|，|,|和|与|及|以及|and|, and)\s*", ctx.text[r.end : run[-1].start]):
            break
        run.append(r)
    return len(run) >= 3


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


_LOCAL_SCOPE = re.compile(r"(全市|全省|全区|全县|本市|本省|该市|该省|the (?:city|province))")
_CLUSTER_SCOPE = re.compile(r"(?:^|[，,。；])(?:该|本|全)?(?:集群|枢纽)(?!的建设)")
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
    if re.match(r"(小镇|该|其|本|此|通过|由|在(?![用建])|对|将|把|的|市的|省的|县的)", phrase) or re.search(r"行业的|部分", phrase):
        return None, last_base
    if any(m.type in (T.COMPANY, T.COMPANY_GROUP) for m in ctx.between(v.start - len(raw_phrase), v.start)):
        return None, last_base  # 「已签约A、B等19家」: a count of firms, not a measure
    return phrase, phrase


@dataclass(frozen=True)
class _Frame:
    """What the whole sentence says about its numbers: a target year, a forecast, a goal."""

    target_m: re.Match | None
    is_forecast: bool
    is_target: bool


def _frame(ctx: SentenceContext) -> _Frame:
    text = ctx.text
    target_m = re.search(r"(?<![截止])(到|至|力争|争取|确保|力争在|于)\s*((?:19|20)\d{2})\s*年(底|末)?", text) or re.search(
        r"()((?:19|20)\d{2})\s*年(底|末)(前|以前)", text) or re.search(r"(在)((?:19|20)\d{2})\s*年(底|末)?(前|以前)", text)
    if target_m is None:  # 「《方案》提出，2026年全省PUE降至1.25以下」: a plan's cue, then the year
        cued = re.search(r"(提出|目标是|目标为|要求|规划)[，,：:]?[^。；]{0,10}?((?:19|20)\d{2})\s*年", text)
        if cued and (ctx.doc.doc_year is None or int(cued.group(2)) >= ctx.doc.doc_year):
            target_m = cued
    if target_m is None and text.isascii():
        target_m = re.search(r"\b(by|By) ((?:19|20)\d{2})\b()", text)  # "by 2026"
    is_forecast = bool(re.search(r"(预计|预测|有望|或将)", text) or (re.search(r"将达到", text) and not target_m)
                       or re.search(r"\b(expected|forecast|projected|estimated|likely)\b", text))
    is_target = bool(target_m) and not is_forecast and bool(
        re.search(r"(目标|提出|力争|争取|确保|建设|打造|形成|达到|超过|降低到|降到|以下|以上|提升至|提升到|提高到|提高至|实现|"
                  r"不低于|不高于|不超过|控制在|target|aim|goal|plan)", text, re.I)
    )
    return _Frame(target_m, is_forecast, is_target)


_RATIO_BOUND = re.compile(r"(PUE|电能利用效率|WUE|CUE)[^，。；]{0,6}(在|低于|不高于|小于|降至|降到|以内)\s*$")


def _not_a_region_measure(ctx: SentenceContext, v: Value, companies: list[Mention], regions: list[Mention],
                          is_target: bool) -> bool:
    """Numbers that belong to something else: differences, areas, facilities, companies, thresholds."""
    text = ctx.text
    a, _ = ctx.clause_of(v.start)
    facilities = ctx.of_type(T.FACILITY)
    if is_target and v.unit is None and _RATIO_BOUND.search(text[a : v.start]):
        return False  # 「新建数据中心PUE控制在1.15以下」, 「PUE低于1.25」: a target's bound is the target
    if re.match(r"\s*个百分点", text[v.end : v.end + 5]) or re.search(r"((?<!不)高于|(?<!不)低于|较)[^，。]{0,8}$", text[a : v.start]):
        return True  # a difference between two measures, not a measure
    if re.match(r"\s*(平方米|平方公里|亩|公里|人|户|名)", text[v.end : v.end + 4]) or re.search(r"越(接近|高|低)$", text[a : v.start]):
        return True  # areas, head counts, comparatives
    if companies and re.search(r"(份额|占有率|市占率|分别占)", text[: v.start]) and any(c.start < v.start for c in companies):
        return True  # a company's share: HAS_MARKET_SHARE's business
    if any(a <= f.start < v.start for f in facilities) or re.search(r"(小镇|园区|项目)[^，。]{0,12}$", text[a : v.start]):
        return True  # a facility's or project's own numbers, not a region's
    if any(f.start < a for f in facilities) and not any(a <= r.start < v.start for r in regions) \
            and re.search(r"(总规模|规模|机架|算力|面积)[^，。]{0,6}$", text[a : v.start]):
        return True  # 「江城智算中心已建成投运，总规模约3000个机架」: still the facility's numbers
    if v.unit is None and re.search(r"在$", text[max(0, v.start - 2) : v.start]):
        return True  # a threshold (「PUE 在 1.4 以下」), not a measurement
    if companies and re.search(r"(营收|营业收入|净利润|利润|毛利率|收入|出货量|市值)", text[max(0, v.start - 16) : v.start]):
        return True  # a company's own financials
    # shares of companies are HAS_MARKET_SHARE, sets of firms are not annotated
    return any(a <= c.start < v.start for c in companies) or bool(re.search(
        r"(企业|厂商|公司|运营商|\d家|[一二三四五六七八九十]家|前[一二三四五六七八九十\d]+名)", text[a : v.start]))


def _value_year(ctx: SentenceContext, v: Value) -> int | None:
    """The year of a value; in 「从 2020 年的 A 增长至 2025 年的 B」 the range's start or end."""
    text = ctx.text
    a, _ = ctx.clause_of(v.start)
    year = ctx.year_before(v.start)
    span = _YEAR_RANGE.search(text)
    if span and span.end() <= v.start:
        if re.search(r"(从|由)\s*$", text[max(a, v.start - 3) : v.start]):
            year = int(span.group(1))  # the start value of 「从 A 增长至 B」
        elif re.search(r"(增长至|增长到|提升至|提升到|上升至|增至|到|至)\s*$", text[max(a, v.start - 4) : v.start]):
            year = int(span.group(2))
    return year


def _fallback_subject(ctx: SentenceContext) -> Mention | tuple:
    """No region in the sentence: the cluster or place the document is about, the previous sentence's, or 中国."""
    text = ctx.text
    if _CLUSTER_SCOPE.search(text) and ctx.doc.last_cluster is not None:
        return ctx.doc.last_cluster  # 「集群算力总规模达到…」: the cluster the document is about
    if _LOCAL_SCOPE.search(text) and ctx.doc.last_place:
        return ctx.doc.last_place  # 「全市算力总规模…」: the place the document is about
    prev = ctx.doc.prev
    carry = re.match(r"(其中|其|该|同时|此外)", text)
    prev_regions = _subject_regions(prev, prev.of_type(T.REGION)) if prev and carry else []
    return prev_regions[-1] if prev_regions else (T.REGION, "中国")


def _target_subject(ctx: SentenceContext, subj: Mention | tuple | None) -> Mention | tuple | None:
    """A target belongs to the plan named in the sentence, the previous one, or the plan the document issues."""
    policies = ctx.of_type(T.POLICY)
    if policies:
        return policies[0]
    if subj is None and ctx.doc.prev and ctx.doc.prev.of_type(T.POLICY):
        return ctx.doc.prev.of_type(T.POLICY)[-1]
    if ctx.doc.main_policy is not None and (subj is None or _LOCAL_SCOPE.search(ctx.text)):
        return ctx.doc.main_policy  # a notice's goals belong to the plan it issues
    return subj


def _computing_sentence(ctx: SentenceContext) -> bool:
    text = ctx.text
    if not ctx.values or re.search(r"(国产化率|自给率|每提高|每增加|每提升)", text):
        return False
    if ctx.sentence.is_table_row and ctx.doc.table_header:
        return False  # rows of a headed table are read by tables_with_headers
    prev = ctx.doc.prev
    continues = prev is not None and prev.sentence.paragraph == ctx.sentence.paragraph and re.match(r"(其中|其|同时|此外)", text)
    return bool(_COMPUTE_CONTEXT.search(text) or (continues and _COMPUTE_CONTEXT.search(prev.text)))


@rule("metrics.value", P.MENTIONS_METRIC, P.TARGETS, confidence=0.75, needs=("doc_place", "table_header"))
def metrics(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Numbers with units attached to a region (MENTIONS_METRIC) or a policy/region target (TARGETS)."""
    if not _computing_sentence(ctx):
        return
    text = ctx.text
    regions = ctx.of_type(T.REGION)
    companies = ctx.of_type(*COMPANIES)
    frame = _frame(ctx)
    target_m = frame.target_m
    last_base: str | None = None
    named: dict[int, str] = {}
    subject_of: dict[str, Mention | tuple] = {}  # a measure's region, for the values that continue it
    subject_regions = _subject_regions(ctx, regions)
    for v in ctx.values:
        if v.unit in ("家", "个百分点", "P") or (v.unit is None and not re.search(r"PUE|电能利用效率", text[max(0, v.start - 16) : v.start])):
            continue
        if _not_a_region_measure(ctx, v, companies, regions, frame.is_target):
            continue
        a, _ = ctx.clause_of(v.start)
        name, last_base = _metric_name(ctx, v, last_base, subject_regions + ctx.of_type(T.POLICY), named)
        if name is None:
            continue
        named[v.start] = name
        value = -v.value if re.search(r"(跌幅|降幅|下降|下滑|减少)(为|了|约)?$", text[max(a, v.start - 6) : v.start]) else v.value
        if v.unit is None and "PUE" not in name and "电能利用效率" not in name:
            continue
        in_clause = [r for r in subject_regions if a <= r.start and r.end <= v.start]
        before = [r for r in subject_regions if r.end <= v.start]
        subj: Mention | tuple | None = (in_clause or before or [None])[-1]
        inherited = subject_of.get(name) or (subject_of.get(last_base or "") if _GROWTH.search(name) else None)
        if not in_clause and inherited is not None:
            subj = inherited  # 「全球CPU市场规模为650亿美元，…预计2028年增长到970亿美元」: the same measure, the same place
        if in_clause:
            subject_of.setdefault(name, subj)
        year = _value_year(ctx, v)
        modality = None
        english_by = (  # "… is expected to exceed 1,000 EFLOPS by 2026": the value between the cue and the year
            bool(target_m) and text.isascii() and ctx.clause_of(target_m.start())[0] == a and v.start < target_m.start()
            and bool(re.search(r"\b(expected|forecast|projected|estimated|likely|target|aims?|goal|plans?|will)\b", text[a : v.start]))
        )
        if frame.is_forecast and english_by:
            year = int(target_m.group(2))
        if frame.is_target and target_m and (v.start > target_m.start() or english_by):
            pred, year, modality = P.TARGETS, int(target_m.group(2)), "target"
            subj = _target_subject(ctx, subj)
        else:
            pred = P.MENTIONS_METRIC
            modality = "forecast" if frame.is_forecast else None
        if subj is None and re.search(r"(出货|订单|营收|产能|销量)", name) and (
            companies or re.search(r"(该|其)(芯片|产品|公司|企业|型号|系列|款)", text)
        ):
            continue  # a product's or company's own numbers, and no region named
        if subj is None or (isinstance(subj, Mention) and _enumerated(ctx, subj, subject_regions)):
            subj = _fallback_subject(ctx)  # 「京津冀、长三角…8个枢纽合计」: a total over the list, not its last item
        if pred == P.MENTIONS_METRIC and is_plan(text[: v.start]) and not frame.is_forecast:
            continue  # 「拟/计划投资…」: a plan is not a measurement
        out.add(subj, (T.METRIC, lex.metric(name)), predicate=pred, value=value, unit=v.unit, year=year,
                qualifier=v.qualifier, modality=modality, inferred=not isinstance(subj, Mention), trigger=(v.start, v.end))


@rule("metrics.localization_rate", P.LOCALIZATION_RATE, confidence=0.85)
def localization_rates(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「CAT 国产化率约为 x%」, "the localization rate of CAT reached x%", 「几乎全部依赖进口」 (≈ 0)."""
    text = ctx.text
    for m in re.finditer(r"(国产化率|自给率|国产化比例|国产化水平|locali[sz]ation rate|self-sufficiency rate)", text):
        a, b = ctx.clause_of(m.start())
        reach = 34 if m.group().isascii() else 20  # "rate of China's AI accelerators"
        cats = categories(ctx, a, m.start()) or categories(ctx, m.end(), min(b, m.end() + reach))
        topic = ctx.doc.topic(ctx.sentence)
        if not cats and topic is not None and (topic in ctx.mentions or not categories(ctx, 0, len(text))):
            cats = [topic]  # 「清洗设备领域，…，国产化率约为30%」: the sentence's lead names the category
        # "data-centre GPUs", 「数据中心GPU」: a category right before another only modifies it
        cats = [c for c in cats if not any(d.start >= c.end and ctx.text[c.end : d.start] in ("", " ", "-")
                                           for d in cats if d is not c)]
        vals = [v for v in ctx.values if m.end() <= v.start <= b and v.unit == "%"]
        if not cats or not vals:
            continue
        if "分别" in text[m.end() : vals[0].start] and len(vals) >= len(cats):
            pairs = list(zip(cats, vals, strict=False))  # 「A、B的国产化率分别约为25%和15%」
        else:
            pairs = [(cat, v) for cat in cats for v in _rate_series(ctx, vals, b)]
        for cat, v in pairs:
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.REGION, "中国"), value=v.value, unit="%",
                    year=_own_year(ctx, v) or ctx.year_before(m.start()), qualifier=v.qualifier)
    _domestic_share(ctx, out)
    for m in re.finditer(r"(几乎全部|几乎完全|完全|全部|基本)依赖进口", text):
        a, b = ctx.clause_of(m.start())
        cats = categories(ctx, a, m.start())
        for cat in cats[-1:]:
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.REGION, "中国"), detail="fully_imported", value=0.0, unit="%", year=ctx.year_before(m.start()), qualifier="≈",
                    inferred=True)


_SERIES_LINK = re.compile(r"^[^，。；%]{0,12}?(?:提升至|提高到|提高至|增长至|增长到|上升至|上升到|升至|降至|下降至|到|至)[^，。；%]{0,8}$|"
                          r"^[^.;%]{0,30}?\b(?:up|down|rising|falling|compared) (?:from|with) (?:about |roughly |around |nearly )?$"
                          r"|^[^.;%]{0,20}?\b(?:to|from) (?:about |roughly |around |nearly )?$")


def _rate_series(ctx: SentenceContext, vals: list[Value], clause_end: int) -> list[Value]:
    """The first rate and the rates it moves from or to: 「由2022年的15%提升至2024年的34%」, "reached 34% in 2024,
    up from 15% in 2022"."""
    text = ctx.text
    series = [vals[0]]
    for v in [v for v in ctx.values if v.start > vals[0].end and v.unit == "%"]:
        if not _SERIES_LINK.search(text[series[-1].end : v.start]):
            break
        series.append(v)
    return series


def _own_year(ctx: SentenceContext, v: Value) -> int | None:
    """A year written right at the value: 「2022年的15%」, "15% in 2022"."""
    before = re.search(r"((?:19|20)\d{2})\s*年(?:底|末)?的?[^，。；\d]{0,4}$", ctx.text[max(0, v.start - 12) : v.start])
    after = re.match(r"\s*(?:in|by|at the end of) ((?:19|20)\d{2})\b", ctx.text[v.end : v.end + 24])
    found = before or after
    return int(found.group(1)) if found else None


_DOMESTIC_ZH = re.compile(r"(?:国产|国内|本土|自主)(?:厂商|企业|品牌|芯片|产品|供应商|设备)?(?:的)?(?:合计)?(?:整体)?(?:市场)?"
                          r"(?:份额|占比|市占率|占有率)")
_DOMESTIC_EN = re.compile(r"\b(?:domestic|Chinese|local|home-grown|homegrown) (?:vendors|suppliers|makers|chipmakers|chips|players|"
                          r"companies|products|brands|accelerators|firms)(?: together| combined)? (?:held|had|took|accounted for|captured|"
                          r"supplied|made up|won)\b", re.I)


def _domestic_share(ctx: SentenceContext, out: Emitter) -> None:
    """The share domestic suppliers hold is the localization rate: 「国产厂商份额约为34%」, "domestic vendors held
    about 35% of China's AI-accelerator market"."""
    text = ctx.text
    for m in (*_DOMESTIC_ZH.finditer(text), *_DOMESTIC_EN.finditer(text)):
        a, b = ctx.clause_of(m.start())
        vals = [v for v in ctx.values if m.end() <= v.start <= m.end() + 14 and v.unit == "%"]
        if not vals or ctx.between(a, m.start(), T.COMPANY, T.COMPANY_GROUP):
            continue  # a company's own share is HAS_MARKET_SHARE
        after = categories(ctx, vals[0].end, min(len(text), vals[0].end + 40)) if m.group().isascii() else []
        cats = after[:1] or categories(ctx, a, m.start())[-1:] or categories(ctx, 0, m.start())[-1:]
        for cat in cats:
            v = vals[0]
            out.add((T.PRODUCT_CATEGORY, cat.name), (T.REGION, "中国"), detail="domestic_share", value=v.value, unit="%",
                    year=ctx.year_before(v.start), qualifier=v.qualifier, trigger=m.span())
