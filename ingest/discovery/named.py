"""Named things other than companies, found by their shape: product models (A100, RTX 4090), policy titles
(《…方案》), government bodies (芜湖市人民政府) and facilities (“天枢一号”智算中心, 中国(杭州)算力小镇).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from ..lexicon import Lexicon
from ..mentions import Mention
from ..reader import SourceText
from ..words import CJK, plausible_name

T = EntityType

_MODEL = re.compile(r"(?<![A-Za-z0-9])(RTX ?\d{4}(?: ?Ti)?|[A-Z]{1,3}\d{2,4}[A-Z]{0,2}|MI\d{3}X?)(?![A-Za-z0-9])")


_POLICY_TITLE = re.compile(r"《([^《》]{2,60})》")


_POLICY_WORDS = re.compile(r"(计划|方案|意见|通知|规划|办法|政策|措施|条例|纲要|法案|规定|指南|决定|行动)")


_FACILITY_SUFFIX = re.compile(
    r"(算力小镇|小镇|数据中心产业园|数据中心|算力中心|超算中心|智算中心|计算中心|云脑|产业园|科技园|算力枢纽|深圳中心|中心二期|中心一期|"
    r"产业基地|数据基地|算力基地|研发基地|生产基地|制造基地|封测基地|研发中心|数据港|云谷|算力谷|晶圆厂|超级工厂|工厂)"
)
# a facility named after a place is still a name when the text builds it, owns it or locates it
_BUILDS_BEFORE = re.compile(r"(建成|建设|打造|启用|投运|新建|开建|投建|兴建|运营|布局|部署|的)$")
_LOCATED_AFTER = re.compile(r"^(?:项目|一期|二期|三期)?(?:位于|落户|建在|坐落|选址|设在|设于|已于|于\d|已建成|已投运|投运|开工)")
_FACILITY_GENERIC = re.compile(
    r"(等|新建|已建|现有|存量|在用|改建|扩建|大中型|大型|超大型|在建|规划|第三方|的|各类|多个|一批|新型|传统|通用|绿色|智能|这些|其|该|我国|全国|国内|各地|城市|运营商|云计算)"
)


_PHASE = re.compile(r"[一二三四五六]期(?:工程|项目)?$")


_FACILITY_BAD_PREFIX = re.compile(
    r"^(.{0,8}?(?:项目|工程)|全球首个|国内首个|全国首个|首个|一个|多个|大型|超大型|新型|各类|这些|该|其|个|座|的|在|和|与|及|、)+"
)


def _strip_place_prefix(start: int, name: str, head: str, lex: Lexicon) -> tuple[int, str, str]:
    """Split the places off the front of a facility name: 「中卫市沙坡头区美利云数据中心产业园」 is the park
    美利云数据中心产业园 in 中卫市沙坡头区; a name that is only a place and a suffix (贵安数据中心) stays whole.
    Returns (start, name, the head after the places)."""
    rest, cut = head, 0
    if re.search(r"[（(]", name):  # 「中国(杭州)算力小镇」: the place is part of the name
        return start, name, re.sub(r"[（(][^）)]*[）)]", "", head)
    while True:
        n = next((n for n in range(min(6, len(rest)), 1, -1) if lex.first_of(rest[:n], T.REGION)), 0)
        if not n:
            break
        n += 1 if rest[n : n + 1] in ("市", "省", "区", "县") else 0
        rest, cut = rest[n:], cut + n
    rest = re.sub(r"^(地区|市|省|区)", "", rest)
    if len(rest) >= 2 and cut:
        return start + cut, name[cut:], rest
    return start, name, rest


def facility_mentions(view: str, lex: Lexicon) -> list[Mention]:
    """Named facilities: 「“X算力中心”」, 「鹏城云脑」, 「中国(杭州)算力小镇」 — not generic phrases."""
    out: list[Mention] = []
    for m in _FACILITY_SUFFIX.finditer(view):
        end = m.end()
        if view[max(0, m.start() - 1) : m.start()] == "代" or re.search(r"(主要|核心|重要|领先|头部)$", view[max(0, m.start() - 2) : m.start()]):
            continue  # 「主要代工厂」 names a role, not a site
        if view[end : end + 2] in ("集群", "建设", "产业") and m.group() not in ("中心二期",):
            pass
        start = m.start()
        if re.match(r"[一二三四]期", view[end : end + 2]):
            end += 2
        while start > 0 and m.end() - start < 20:
            ch = view[start - 1]
            if not re.match(rf"[{CJK}A-Za-z0-9()（）]", ch) or ch in "的在是为与和及、有于把将从由年":
                break
            start -= 1
        # 「“天穹一号”智算中心」: a quoted name right before the suffix belongs to it
        q = re.search(r"[“「\"]([^”」\"]{2,12})[”」\"]$", view[max(0, m.start() - 16) : m.start()])
        if q and m.start() - (max(0, m.start() - 16) + q.start()) <= 16:
            start = max(0, m.start() - 16) + q.start()
            name = _PHASE.sub("", q.group(1) + m.group())
            out.append(Mention(start, end, view[start:end], T.FACILITY, name, "discovered", confidence=0.85))
            continue
        name = _FACILITY_BAD_PREFIX.sub("", view[start:end])
        # 「在乌兰察布建成北疆智算中心」: the name starts after the building verb
        verb = list(re.finditer(r"(建成|建设|打造|启用|投运|落地|落户|运营|新建|开建|启动|部署|投资|上线)", name))
        if verb and verb[-1].end() < len(name) - len(m.group()) + 1:
            name = name[verb[-1].end() :]
        start = end - len(name)
        quoted = start > 0 and view[start - 1] in "“「\"'" and view[end : end + 1] in "”」\"'"
        head = view[start : m.start()]
        if not quoted:
            if len(head) < 2 or _FACILITY_GENERIC.search(head) or re.search(r"\d", head):
                continue
            if re.match(r"(以|对|为|将|被|从|向|可|要|应|而|并|更|已|也|还|导致|通过|包括)", head):
                continue
            start, name, rest = _strip_place_prefix(start, name, head, lex)
            if rest and not plausible_name(rest):
                continue
            named = _BUILDS_BEFORE.search(view[max(0, start - 4) : start]) or _LOCATED_AFTER.match(view[end : end + 6])
            if len(rest) < 2 and "(" not in name and "（" not in name and not named:
                continue
        if lex.first_of(name, T.PRODUCT_CATEGORY, T.COMPANY):
            continue
        # 「长江云谷数据中心一期」: a phase is a stage of the site, not another site
        name = _PHASE.sub("", name) if len(_PHASE.sub("", name)) >= 4 else name
        out.append(Mention(start, end, name, T.FACILITY, name, "discovered", confidence=0.85 if quoted else 0.7))
    return out


def pattern_mentions(source: SourceText, lex: Lexicon) -> list[Mention]:
    view = source.view
    out: list[Mention] = []
    for m in _MODEL.finditer(view):
        text = m.group(1)
        if re.fullmatch(r"(19|20)\d{2}", text) or re.fullmatch(r"[A-Z]\d{2}", text) and not re.search(
            r"(芯片|GPU|显卡|加速卡|禁止|限制|包括|、|,|，|以及)", view[max(0, m.start() - 12) : m.end() + 12]
        ):
            continue
        cand = lex.first_of(text, T.PRODUCT_MODEL)
        name = cand.name if cand else text.replace("RTX", "RTX ").replace("  ", " ").strip()
        out.append(Mention(m.start(1), m.end(1), text, T.PRODUCT_MODEL, name, "pattern", confidence=0.8))
    for m in _POLICY_TITLE.finditer(view):
        title = m.group(1)
        if not _POLICY_WORDS.search(title):
            continue
        full = f"《{title}》"
        cand = lex.first_of(full, T.POLICY) or lex.first_of(title, T.POLICY)
        name = cand.name if cand else full
        out.append(Mention(m.start(), m.end(), m.group(), T.POLICY, name, "pattern", confidence=0.9))
    for m in _GOV_BODY.finditer(view):  # 「芜湖市人民政府」, 「贵州省大数据发展管理局」
        lead = re.match(r"(近日|日前|目前|此前|今年|去年|近期|昨日|今日|由|经|据|在|并|已|将)+", m.group(1))
        start = m.start(1) + (lead.end() if lead else 0)  # 「近日鄂州市人民政府」: the place starts after the lead words
        known = next((k for k in range(start, m.end(1) - 1) if lex.first_of(view[k : m.end(1)], T.REGION)), None)
        if known is None and not (m.group(2) and m.end(1) - start >= 2 and plausible_name(view[start : m.end(1)])):
            continue
        start = known if known is not None and not m.group(2) else start
        name = view[start : m.end()]
        if not lex.first_of(name, T.ORGANIZATION):
            out.append(Mention(start, m.end(), name, T.ORGANIZATION, name, "pattern", confidence=0.85))
    out.extend(facility_mentions(view, lex))
    out.extend(english_facilities(view, lex))
    return out


_GOV_BODY = re.compile(
    rf"([{CJK}]{{2,8}}?)(省|市|区|县|自治区)?(?:人民政府(?:办公厅|办公室)?|发展和改革委员会|发展改革委|发改委|"
    r"经济和信息化局|经济和信息化厅|经信局|经信委|工业和信息化局|工业和信息化厅|工信厅|工信局|"
    r"大数据发展管理局|大数据局|数据局|数据资源局|通信管理局|科学技术局|科技厅|科技局)"
)


_OWNED_FACILITY = re.compile(r"(研发中心|生产基地|制造基地|研发基地|封测基地|晶圆厂|超级工厂|工厂|数据中心|智算中心)")


_SITE_SUFFIX = re.compile(r"(数据中心|智算中心|算力中心|云计算中心|超算中心|数据中心产业园|产业园|园区|基地)")


def company_facilities(view: str, mentions: list[Mention]) -> list[Mention]:
    """A company's own site: 「曜宇存储的研发中心(位于…)」, and a site named after its operator and its place,
    「中国移动（宁夏）中卫数据中心」 (operator, optional province in brackets, place(s), site noun)."""
    out = []
    regions = {m.start: m for m in mentions if m.type == T.REGION}
    for c in mentions:
        if c.type not in (T.COMPANY, T.COMPANY_GROUP):
            continue
        m = _OWNED_FACILITY.match(view, c.end + 1) if view[c.end : c.end + 1] == "的" else None
        if m and _LOCATED_AFTER.match(view[m.end() : m.end() + 6]):
            name = c.name + m.group()
            out.append(Mention(c.end + 1, m.end(), view[c.end + 1 : m.end()], T.FACILITY, name, "discovered", confidence=0.8))
            continue
        pos = c.end
        bracket = re.match(r"[（(]([^（()）]{2,8})[）)]", view[pos : pos + 10])
        if bracket:
            pos += bracket.end()
        places = 0
        while pos in regions:
            pos, places = regions[pos].end, places + 1
            pos += 1 if view[pos : pos + 1] in ("市", "县", "区") else 0
        if bracket and not places:  # 「中国联通（贵州）贵安数据中心」: after the province, a place the gazetteer may lack
            place = re.match(rf"[{CJK}]{{2,5}}?(?={_SITE_SUFFIX.pattern})", view[pos : pos + 12])
            pos, places = (pos + place.end(), 1) if place else (pos, 0)
        site = _SITE_SUFFIX.match(view, pos)
        if places and site:
            out.append(Mention(c.start, site.end(), view[c.start : site.end()], T.FACILITY, view[c.start : site.end()],
                               "discovered", confidence=0.8))
    return out


_EN_FACILITY = re.compile(
    r"\b(?:the |its |a )?((?:[A-Z][\w\-]*\s){1,3}(?:data cent(?:re|er)|campus|fab|plant|factory|supercomputing cent(?:re|er)|"
    r"computing cent(?:re|er)|AI cent(?:re|er)|industrial park|hub))\b"
)


def english_facilities(view: str, lex: Lexicon) -> list[Mention]:
    """"The Kestrel data centre", "its Ulanqab campus": a capitalised name before a facility noun."""
    out = []
    for m in _EN_FACILITY.finditer(view):
        name, start = m.group(1), m.start(1)
        first = name.split()[0]
        if first in ("The", "This", "That", "Its", "A", "An", "In", "Our", "Their"):
            name, start = name[len(first) + 1 :], start + len(first) + 1
            first = name.split()[0] if " " in name else ""
        if not first or first in ("China", "Chinese", "US", "New", "Data", "AI"):
            continue
        if lex.first_of(name, T.COMPANY, T.PRODUCT_CATEGORY):
            continue
        out.append(Mention(start, m.end(1), name, T.FACILITY, name, "discovered", confidence=0.75))
    return out
