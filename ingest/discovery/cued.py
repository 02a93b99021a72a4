"""Names that sit where only a company can be: after a company cue (「国内企业冰澜热控主要生产…」), before
「是一家」, in company events (「X获得…融资」, 「X（股票代码…）」, 「X董事长」), as the subject of a supply verb at
the start of a clause (「奇鋐與雙鴻分別供應…」), after 「向/从」 and a purchase, or before 「提供的」.
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from ..words import CJK, NOT_NAMES
from .evidence import bare_name_ok, name_like
from .state import Discovery, discoverer

NAME_STOP = (
    r"(?:主要|则|已|已经|近日|日前|在|的|推出|研发|发布|供应|提供|生产|运营|量产|是|向|为|于|也|将|正|与|和|采用|使用|基于|"
    r"联合|携手|完成|实现|获|此前|同时|同样|还|均|正式|率先|首次|持续|"
    r"及|凭借|通过|以|借助|依托|目前|首款|成立|负责|承建|自研|开发|设计|拥有|获得|宣布|计划|拟|等|[（(，,。；、\s])"
)
_CUE_NAME = re.compile(
    rf"((?:企业|厂商|公司|运营商|营运商|服务商|供应商|初创公司|新创公司|设计公司|制造商|新锐|大厂|龙头|业者|品牌)(?:之一)?)"
    rf"(?!企业|厂商|公司|运营商|商|总部|本身|主营|目前|近年|今年|去年|位于|成立|旗下|产品|业务|股票|股份|证券)([{CJK}]{{2,6}}?|[A-Z][A-Za-z0-9&\-]+(?: [A-Z][A-Za-z0-9&\-]+)?)(?={NAME_STOP})"
)
_VERB_SUBJECTS = re.compile(
    rf"(?:^|(?<=[，。；：:\n]))((?:(?:(?![与和及])[{CJK}]){{2,6}}?(?:、|与|和|及)){{0,6}}(?:(?![与和及])[{CJK}]){{2,6}}?)"
    r"(?:分别|均|也|还|已|已经|主要|则|目前|近日|日前|都|正|同时|率先|陆续|相继|先后|尚未|并未|未|不再|暂停|停止)*"
    r"(?:供应|生产|推出|研发|研制|出货|量产|制造|交付|发布|主营|专注于|深耕|聚焦|主攻|致力于)"
)
# names that only a company can be: 「X获得…融资」, 「X（股票代码…）」, 「X董事长」, 「X的客户包括」
_EVENT_SUBJECT = re.compile(
    rf"(?:^|(?<=[，。；：:\n据]))([{CJK}]{{2,6}}?)(?=(?:近日|日前|今年|已|宣布)?(?:完成|获得)[^，。]{{0,14}}融资|"
    rf"[（(](?:股票代码|证券代码)|(?:董事长|总经理|创始人|首席执行官|CEO)|(?:董秘|董事会秘书|证券事务代表)[：:]|发布公告|的(?:主要)?(?:客户|合作伙伴)(?:包括|有|为|是)|"
    rf"(?:在|于|登陆)(?:上交所|深交所|港交所|北交所|科创板|创业板)|(?:总部|注册地)(?:位于|设在|设于|在|为)|注册于)"
)
_MADE_BY = re.compile(rf"(?:采用|选用|使用|搭载|部署|基于|由)([{CJK}]{{2,6}}?)(?:提供|生产|研发|推出|供应|制造|设计|自研)的")
_BUY_FROM = re.compile(rf"(?:向|从)([{CJK}]{{2,6}}?)(?:批量|大量|持续)?(?:采购|购买|订购|进口)")
_IS_A_COMPANY = re.compile(rf"(?:^|[，。；、\s]|其中)([{CJK}]{{2,6}})是一家")
_PASSIVE_AGENTS = re.compile(
    rf"由((?:[{CJK}]{{2,6}}?(?:、|和|与|及|以及))*[{CJK}]{{2,6}}?)(?:等)?(?:公司|企业|厂商)?"
    r"(?:主要|独家|分别|共同|联合|负责)*(?:供应|提供|生产|制造|代工|组装|研发|设计|承建|建设|运营|开发)"
)
T = EntityType
_PERSON_TITLE = re.compile(r"(董事|经理|书记|主任|院长|总裁|部长|负责人|董秘|秘书)")


@discoverer("cue_name")
def discover_after_company_cues(d: Discovery) -> None:
    """「国内企业冰澜热控主要生产…」: a company cue right before a name."""
    for m in _CUE_NAME.finditer(d.view):
        s, e = m.start(2), m.end(2)
        name = m.group(2)
        if not d.free(s, e) or not name_like(name, d.lex) or name in NOT_NAMES:
            continue
        d.add(s, e, name, d.view[max(0, m.start() - 20) : m.end(1)] + d.view[e : e + 10], 0.79)


@discoverer("is_a")
def discover_is_a(d: Discovery) -> None:
    """「X是一家…」."""
    for m in _IS_A_COMPANY.finditer(d.view):
        s, e = m.start(1), m.end(1)
        name = m.group(1)
        lead = re.match(r"(其中|而|另外|此外|同时|其)", name)
        if lead:
            s += lead.end()
            name = name[lead.end() :]
        if d.free(s, e) and name_like(name, d.lex):
            d.add(s, e, name, d.view[e : e + 30], 0.8)


@discoverer("verb_subjects")
def discover_verb_subjects(d: Discovery) -> None:
    """The subjects of a supply verb at the start of a clause: 「奇鋐與雙鴻分別供應…」."""
    for m in _VERB_SUBJECTS.finditer(d.view):
        if len(m.group(1)) > 20:
            continue
        for it in re.finditer(r"[^、与和及]+", m.group(1)):
            name = it.group()
            s, e = m.start(1) + it.start(), m.start(1) + it.end()
            if len(name) >= 2 and d.free(s, e) and bare_name_ok(name, d.lex):
                d.add(s, e, name, d.view[max(0, m.start() - 20) : m.end() + 20], 0.75)


@discoverer("events")
def discover_from_events(d: Discovery) -> None:
    """Company events (融资, 股票代码, 董事长, 发布公告, 客户包括), purchases (向X采购) and makers (X提供的)."""
    for rx, conf in ((_EVENT_SUBJECT, 0.8), (_BUY_FROM, 0.75), (_MADE_BY, 0.75)):
        for m in rx.finditer(d.view):
            s, e = m.start(1), m.end(1)
            name = m.group(1)
            if d.free(s, e) and bare_name_ok(name, d.lex) and not _PERSON_TITLE.search(name):
                d.add(s, e, name, d.view[max(0, s - 20) : e + 20], conf)


@discoverer("passive_agents")
def discover_passive_agents(d: Discovery) -> None:
    """The agents of a passive supply: 「冷板主要由飞澜精密和铭锐热控供应」."""
    for m in _PASSIVE_AGENTS.finditer(d.view):
        for it in re.finditer(r"[^、与和及]+", m.group(1)):
            name = re.sub(r"^以", "", it.group())
            s = m.start(1) + it.start() + (len(it.group()) - len(name))
            e = s + len(name)
            if len(name) >= 2 and d.free(s, e) and bare_name_ok(name, d.lex):
                d.add(s, e, name, d.view[max(0, m.start() - 20) : m.end() + 10], 0.75)


_LISTED_ZH = re.compile(rf"(?:将|把)((?:[{CJK}A-Za-z0-9]{{2,12}}?(?:、|和|与|及|以及))*[{CJK}A-Za-z0-9]{{2,12}}?)"
                        r"(?:等[^，。；]{0,8}?)?(?:列入|纳入|加入|添加至|添加到|增列)[^，。；]{0,6}?(?:实体清单|清单|黑名单)")
_LISTED_EN = re.compile(r"\b(?:added|placed|put)\s+((?:[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3}(?:, | and |, and ))*"
                        r"[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3})\s+(?:to|on)\s+(?:the |its )?(?:US |U\.S\. )?"
                        r"(?:Entity List|Unverified List|entity list|blacklist)")


@discoverer("listed_names")
def discover_listed_names(d: Discovery) -> None:
    """The names an entity list is given: 「将晶曜微电子、澜昇科技等列入实体清单」, "added Korvane and Lumitek to the Entity List"."""
    for m in _LISTED_ZH.finditer(d.view):
        for it in re.finditer(r"[^、与和及]+", m.group(1)):
            name = it.group()
            s = m.start(1) + it.start()
            e = s + len(name)
            if len(name) >= 2 and d.free(s, e) and name_like(name, d.lex):
                d.add(s, e, name, d.view[max(0, m.start() - 20) : m.end()], 0.8)
    for m in _LISTED_EN.finditer(d.view):
        for it in re.finditer(r"[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3}", m.group(1)):
            s, e = m.start(1) + it.start(), m.start(1) + it.end()
            if d.free(s, e) and not d.lex.first_of(it.group(), T.REGION, T.PRODUCT_CATEGORY, T.ORGANIZATION):
                d.add(s, e, it.group(), d.view[max(0, m.start() - 40) : m.end()], 0.8)
