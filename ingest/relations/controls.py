"""Export controls and restrictions (RESTRICTS) and who issued a policy (ISSUED_BY).

The issuer is the first country or agency the sentence names (cue list ``issuer`` in data/cues.yaml);
a sentence that only continues the control of the one before (「受此影响，A100 被禁止…」) inherits it.
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import DATE, EN_YEAR, YEAR, ControlMemory, SentenceContext
from ..cues import CUES
from ..lexicon import Lexicon
from ..mentions import Mention
from .common import GENERIC_CATEGORIES, categories, company_list, list_ending_with
from .registry import Emitter, rule

T = EntityType
P = Predicate

_CONTROL = re.compile(CUES.alt("control_cue"), re.I)
_RESTRICT_VERB = re.compile(CUES.alt("restrict_verb"), re.I)
# a clause that continues the restricted list of the clause before it
_LIST_CONTINUES = re.compile(r"^\s*" + CUES.alt("list_continues"), re.I)
# who imposes a control: the first issuer in the sentence (China is the target unless the text says 我国/中国 acts)
_ISSUERS = [(name, CUES.alt(f"issuer:{name}")) for name in CUES.group("issuer")]
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
    if cats and all(c in _EQUIPMENT_CATEGORIES or "SemiconductorEquipment" in lex.category_ancestors(c) for c in cats):
        return "半导体设备", objects
    rest = cats - {"Chip"}
    if len(rest) == 1 and not rest & {"SemiconductorEquipment", "AIChip", "GPU"}:
        only = next(iter(rest))
        ent = lex.entity(T.PRODUCT_CATEGORY, only)
        kind = only if re.fullmatch(r"[A-Z0-9]+", only) or ent is None else (ent.name_zh or only)  # HBM, not OpticalModule
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


def _without_title_category(ctx: SentenceContext, objects: list) -> list:
    """「对华芯片出口管制新规，限制…设备」: the category of the rule's name yields to the items the rule lists."""
    text = ctx.text
    titled = {c.name for c in categories(ctx, 0, len(text), generic=True)
              if re.search(r"对(?:华|中国)$", text[max(0, c.start - 3) : c.start]) and re.match(r"(?:出口|进口)?(?:管制|限制)", text[c.end :])}
    if any(o[0][1] not in titled for o in objects):
        return [o for o in objects if o[0][1] not in titled]
    return objects


_COVERS = re.compile(r"(?:品类|类别|物项|种类|类设备|项设备|types of|categories of|items)[^。；]{0,10}?(?:包括|涵盖|包含|including|include|covers?)", re.I)


@rule("controls.export_control", P.RESTRICTS, confidence=0.85, provides=("last_control",),
      filters=("hypothetical", "rumour"))
def export_controls(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Controls with their issuer, date and restricted categories / models."""
    text = ctx.text
    cue = _CONTROL.search(text)
    prev = ctx.doc.control_after(ctx.sentence)
    # 「受此影响，A100 被禁止…」 continues the control of the sentence before
    # 「从类别看，23个品类包括X、Y」: the sentence after a control lists what it covers
    listing = bool(prev and _COVERS.search(text))
    if not cue and not (prev and re.search(r"(禁止|不得|限制|被禁|banned|barred)", text)) and not listing:
        return
    year, date, dm = _control_date(text)
    policies = ctx.of_type(T.POLICY)
    objects: list[tuple[tuple[EntityType, str], str | None]] = []
    # restricted items: categories and models after the control cue
    start = max(0, cue.start() - 20) if cue and not text.isascii() else 0  # English names the items first
    restricting = listing
    for a, b in ctx.clauses():
        if b <= start:
            continue
        clause = text[a:b]
        # the Chinese clause around it (ASCII commas separate list items such as 「A100, A800」)
        wide_a = max(text.rfind(p, 0, a) for p in "，；：。") + 1
        wide_b = min([i for i in (text.find(p, b) for p in "，；。") if i >= 0] or [len(text)])
        if _RESTRICT_VERB.search(text[wide_a:wide_b]) or (listing and _COVERS.search(text[wide_a:wide_b])):
            restricting = True
        elif not (restricting and _LIST_CONTINUES.search(text[wide_a:wide_b])):
            restricting = False
            continue  # 「受出口管制影响，英伟达推出了 H20」: context, not a restricted item
        # 「用于生产 X 的设备」: the equipment is restricted, X only describes it
        m = re.search(r"(用于生产|用于制造|所必需|所需|必需)(.*)的([^，。]*)$", clause.rstrip("。；;！!？?"))
        regions = [(a, a + m.start(1)), (a + m.start(3), b)] if m else [(a, b)]
        models = ctx.between(a, b, T.PRODUCT_MODEL)
        for cat in (c for region in regions for c in categories(ctx, *region, generic=True)):
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
    objects = _without_title_category(ctx, objects)
    country = _issuer(text)
    if not objects:
        if cue and country:  # remember the issuer for a follow-up 「…; it also required…」
            ctx.doc.last_control = ControlMemory(None, year, date, country, ctx.sentence)
        return
    if date:
        # 「列入实体清单」 names a standing list; the dated rule of this sentence is the policy
        policies = [m for m in policies if not _undated(m, lex)]
    if not country and prev:
        country = prev.issuer  # 「…; in April 2025 it also required…」: the issuer of the sentence before
    if not country and date and (known := _known_control(lex, "", None, date)):
        country = next(c for c, _ in _ISSUERS + [("中国", "")] if known.startswith(c))  # a reference control of that date
    if policies and cue:
        subject: tuple[EntityType, str] | Mention = policies[0]
    elif prev and prev.policy is not None and not date and not _issuer(text):
        subject, year, date = prev.policy, prev.year, prev.date
    else:
        if not country:
            return
        kind, objects = _policy_kind(objects, lex)
        when = ""
        if dm and dm.group(3):
            when = f"（{dm.group(1)}年{int(dm.group(2))}月{int(dm.group(3))}日）"
        elif dm:
            when = f"（{dm.group(1)}年{int(dm.group(2))}月）"
        target = "" if country == "中国" else "对华"
        subject = (T.POLICY, _known_control(lex, country, year, date) or f"{country}{target}{kind}出口管制{when}")
    ctx.doc.last_control = ControlMemory(subject, year, date, country, ctx.sentence)
    seen = set()
    for obj, qual in objects:
        if obj in seen:
            continue
        seen.add(obj)
        out.add(subject, obj, trigger=cue.span() if cue else None, year=year, date=date, qualifier=qual)


@rule("controls.issued_by", P.ISSUED_BY, confidence=0.8)
def issued_by(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「芜湖市人民政府印发《…方案》」, 「商务部等三部门联合发布《…》」: who issued a policy."""
    text = ctx.text
    for m in re.finditer(r"(等[一二三四五六七八九十\d]+(?:个)?(?:部门|部委|单位))?(?:联合)?(?:正式)?(印发|发布|出台|颁布|制定|公布|推出)(了)?", text):
        policies = [p for p in ctx.of_type(T.POLICY) if m.end() <= p.start <= m.end() + 2]
        issuers = [o for o in ctx.between(0, m.start(), T.ORGANIZATION) if o.end == m.start()]
        if not policies or not issuers:
            continue
        for org in list_ending_with(ctx, issuers[-1], 0, (T.ORGANIZATION,)):  # 「科学技术部、商务部」
            out.add(policies[0], org, trigger=m.span(2))


_LIST_CUE = re.compile(CUES.alt("list_cue"), re.I)
_LIST_VERB = re.compile(rf"(?:将|把|对)(?P<names>[^，。；]{{2,80}}?)(?:等[^，。；]{{0,8}}?)?{CUES.alt('list_verb_zh')}")
_EN_ADDED = re.compile(r"\b(?:added|placed|put|listed|designated|included)\b(?P<names>[^.;]{2,160}?)\b(?:to|on|in)\b(?: the| its)? "
                       r"(?:US |U\.S\. |Commerce Department's |American )?(?:Entity List|Unverified List|entity list|blacklist|trade blacklist)",
                       re.I)
_EN_WAS_ADDED = re.compile(r"(?:was|were|has been|have been|had been) (?:added|placed|put|listed) (?:to|on)\b", re.I)
# 「C1 与 C2 (已于…)被(美国商务部)列入(实体)清单」, 「…亦被纳入」, 「遭到点名」
_ZH_LISTED = re.compile(rf"(?:被|遭)[^，。；]{{0,12}}?(?:{CUES.alt('list_verb_zh')}|点名)(?P<list>[^，。；]{{0,10}}?(?:清单|名单))?")


def _list_policy(issuer: str, lex: Lexicon) -> tuple[EntityType, str]:
    """The standing list a firm is put on: the reference 实体清单 for the US, else 「<issuer>实体清单」."""
    known = lex.first_of(f"{issuer}实体清单", T.POLICY)
    return (T.POLICY, known.name if known else f"{issuer}实体清单")


@rule("controls.listed_firms", P.RESTRICTS, confidence=0.85, filters=("hypothetical", "rumour", "negation"))
def listed_firms(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """Named firms put on an entity list: 「将A和B列入实体清单」, "added A and B to the Entity List",
    "A was added to the Entity List". A number of unnamed entities (「140家中国实体」) names no firm."""
    text = ctx.text
    named = _LIST_CUE.search(text) is not None
    ctx.doc.entity_list_seen |= named
    if not named and not ctx.doc.entity_list_seen:
        return
    issuer = _issuer(text) or "美国"  # the Entity List is the US Commerce Department's
    year, date, _ = _control_date(text)
    spans = [m.span("names") for m in (*_LIST_VERB.finditer(text), *_EN_ADDED.finditer(text))] if named else []
    for m in _EN_WAS_ADDED.finditer(text):
        a, _ = ctx.clause_of(m.start())
        spans.append((a, m.start()))
    for m in _ZH_LISTED.finditer(text):
        if named or m.group("list") or re.match(r"\s*(?:[，。；]|$)", text[m.end() :]):
            a, _ = ctx.clause_of(m.start())
            spans.append((a, m.start()))
    seen: set[str] = set()
    for a, b in spans:
        for comp in company_list(ctx, a, b):
            if comp.name not in seen:
                seen.add(comp.name)
                out.add(_list_policy(issuer, lex), comp, year=year, date=date, trigger=(a, b))


_PURCHASE_BAN = re.compile(CUES.alt("purchase_ban"), re.I)


@rule("controls.purchase_ban", P.RESTRICTS, confidence=0.8, filters=("hypothetical", "rumour"))
def purchase_bans(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """A government barring its own buyers: 「网信办禁止…采购美光产品」, "China barred … from buying Micron's products".
    The issuer must be named; the objects are the firms or products named after the ban."""
    text = ctx.text
    ban = _PURCHASE_BAN.search(text)
    if not ban:
        return
    issuer = _issuer(text[: ban.end()])
    if not issuer:
        return
    year, date, dm = _control_date(text)
    _, b = ctx.clause_of(ban.end() - 1)
    stop = re.search(r"[。；;.]", text[ban.end() :])
    end = ban.end() + stop.start() if stop else len(text)
    objects = [m for m in ctx.between(ban.end(), end, T.COMPANY, T.COMPANY_GROUP, T.PRODUCT_MODEL)]
    if not objects:
        objects = [m for m in categories(ctx, ban.end(), end) if m.name not in GENERIC_CATEGORIES]
    when = ""
    if dm and dm.group(3):
        when = f"（{dm.group(1)}年{int(dm.group(2))}月{int(dm.group(3))}日）"
    elif dm:
        when = f"（{dm.group(1)}年{int(dm.group(2))}月）"
    elif year:
        when = f"（{year}年）"
    policy = (T.POLICY, f"{issuer}采购禁令{when}")
    for obj in objects:
        out.add(policy, obj, year=year, date=date, trigger=ban.span())
