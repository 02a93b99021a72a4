"""Chinese supply shapes: verbs in both voices (A 推出/供应 CAT, CAT 由 A 提供), a model and its maker,
possessives (搭载了 A 的 CAT), 「A 提供的 CAT」, leading positions (A 在 CAT 领域领先), purchases (向 A 采购 CAT),
foundry work (由 A 代工).
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..lexicon import Lexicon
from .common import (
    CONTROL,
    ROLE,
    ROLE_MODIFIERS,
    SUPPLY_VERB,
    categories,
    category_or_model_category,
    company_list,
    is_plan,
    list_ending_with,
    pure_foundries,
    specific,
)
from .patterns import pattern_rule
from .registry import Emitter, rule

T = EntityType
P = Predicate

_PARENT_OF = re.compile(r"\b(?:unit|subsidiary|division|arm|affiliate|part|spin-?off|member) of (?:the )?(?:[^,()]{1,40} [(（])?$"
                        r"|\b(?:from|by|with|to|for|than) (?:the )?$")  # "xFusion, spun off from Huawei, sells"


def _clause_subjects(ctx: SentenceContext, a: int, verb: int) -> list:
    """The companies before the verb in its clause that make what follows, not the ones it serves."""
    text = ctx.text
    # 「A为B、C提供X」: B and C after 为/向/给 are customers
    served = re.search(r"(为|向|给|帮助|协助)(?!其)[^为向给]*$", text[a:verb])
    return [
        c for c in company_list(ctx, a, verb)
        if not (served and c.start >= a + served.start()) and not re.match(r"(等)?(客户|用户)", text[c.end : c.end + 3])
        and not re.match(r"(的)?(旗下|子公司|母公司|控股)", text[c.end : c.end + 4])
        # 「A采用台积电的7nm工艺生产X」: the foundry whose process is used is not the maker of X
        and not (c.name in pure_foundries() and re.search(r"(采用|使用|基于|借助|通过|由)$", text[max(a, c.start - 2) : c.start]))
        # 「A与B基于华为鲲鹏生产服务器」: the company after 基于 provides the input, not the product
        and not (re.search(r"基于$", text[max(a, c.start - 2) : c.start]) and any(o.end <= c.start for o in company_list(ctx, a, c.start)))
    ]


@rule("supplies_zh.verb", P.SUPPLIES, confidence=0.8)
def supplies_from_verbs(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「A、B 推出/生产/研发 … CAT」 and passive 「CAT 由 A 生产/供应」; pronouns resolve to the last company."""
    text = ctx.text
    for vm in SUPPLY_VERB.finditer(text):
        a, b = ctx.clause_of(vm.start())
        # subject: companies before the verb in the clause, or a pronoun
        left = text[a : vm.start()]
        if is_plan(left[-8:]) or is_plan(text[vm.start() - 4 : vm.start()]):
            continue
        if re.search(r"(尚未|并未|从未|未能|未|没有|不再|停止|暂停|退出|放弃|并非|不是)[^，。]{0,3}$", left):
            continue  # 「尚未推出」, 「暂停向华为供应」: not a supply
        subjects = _clause_subjects(ctx, a, vm.start())
        used = [c for c in subjects if re.search(r"(采用|使用|选用|搭载|采购)$", text[max(a, c.start - 2) : c.start])]
        if used and text[vm.end() : vm.end() + 1] == "的":  # 「ASML的光刻机采用Cymer提供的光源」: Cymer provides
            subjects = [c for c in subjects if c.start >= used[0].start]
        if not subjects and vm.group(1).isascii():
            # English: "X, also Chinese, supplies …" — the subject is the last company before the verb, but not
            # the parent named in an appositive ("Kingstone (凯世通), a unit of Wanye Enterprises, supplies …")
            heads = [c for c in company_list(ctx, 0, vm.start()) if not _PARENT_OF.search(text[max(0, c.start - 60) : c.start])]
            subjects = heads[-1:]
        if not subjects and re.match(r"(也|还|并|同时|且|又|亦)", text[a : vm.start()]) and a > 0:
            pa, pb = ctx.clause_of(a - 1)
            subjects = company_list(ctx, pa, pb)
        if not subjects and re.match(r"(并|还|也|同时)?(为|向|给)(其|它们|他们|该公司)", left) and a > 0:
            topic = company_list(ctx, 0, a)[:1]  # 「A是B的合作伙伴，为其提供X」: A supplies, 其 = B is the customer
            if topic and not is_plan(text[:a]):
                for obj in category_or_model_category(ctx, vm.end(), b, lex):
                    out.add(topic[0], obj, detail=vm.group(1), trigger=vm.span(1))
            continue
        pronoun = re.search(r"(其|该公司|本公司|公司|该企业|后者|前者|It|it)", left)
        if not subjects and pronoun:
            earlier = company_list(ctx, 0, a)
            own = ctx.doc.self_company if pronoun.group(1) in ("公司", "本公司") and pronoun.start() == 0 else None
            referent = own or ctx.doc.last_company
            subjects = earlier[-1:] or ([referent] if referent else [])
        if not subjects and a > 0:
            # subject may sit in the previous clause of the same sentence: "A，2023年推出 X"
            pa, pb = ctx.clause_of(a - 1)
            prev_comps = company_list(ctx, pa, pb)
            if len({c.name for c in prev_comps}) == 1 and not categories(ctx, pa, pb):
                subjects = prev_comps[:1]  # 「铠岳精密全称苏州铠岳精密…，主营…」: one company, however often named
        if not subjects or is_plan(text[subjects[-1].end : vm.start()]):
            continue  # 「X计划在2025年推出…」: a plan anywhere between the company and the verb
        # object: categories (or models' categories) after the verb within the clause
        end = b
        if vm.group(1).isascii():  # "supplies X to GPU designers": what follows to/for are customers
            # what follows to/for are customers; a second predicate ("and does not supply …") is its own claim
            to = re.search(r"\b(?:to|for|but|while|whereas|although|though)\b|\band (?:does|do|did|is|are|was|were|has|"
                           r"have|also|not|then|will)\b", text[vm.end() : b])
            end = vm.end() + to.start() if to else b
        objs = category_or_model_category(ctx, vm.end(), end, lex, heads_only=True)
        for app in re.finditer(r"(面向|用于|针对|适用于|服务于|应用于)([^，。]{1,16}?)的", text[vm.end() : end]):
            drop = {c.name for c in categories(ctx, vm.end() + app.start(2), vm.end() + app.end(2))}
            objs = [o for o in objs if o[1] not in drop]  # 「面向大模型推理的ASIC」: the model is the use, not the product
        if not objs and vm.group(1) in ("出货", "量产", "交付", "供应", "销售") and re.search(
            r"的(批量|规模化|大规模|小批量)?$", text[a : vm.start()]
        ):  # 「实现12英寸刻蚀设备的批量出货」: the product stands before the verb
            objs = category_or_model_category(ctx, subjects[-1].end, vm.start(), lex, heads_only=True)
        if not objs:
            continue
        if len(subjects) == len(objs) >= 2 and text[max(a, vm.start() - 2) : vm.start()] == "分别":
            for comp, obj in zip(subjects, objs, strict=True):  # 「A与B分别生产X与Y」
                out.add(comp, obj, detail=vm.group(1), trigger=vm.span(1))
            continue
        # "基于 X 生产 Y": X are inputs, Y is the product
        for comp in subjects:
            for obj in objs[-1:] if re.search(r"基于|搭载|采用", text[a : vm.start()]) else objs:
                out.add(comp, obj, detail=vm.group(1), trigger=vm.span(1))
    for m in re.finditer(r"由", text):
        a, b = ctx.clause_of(m.start())
        cats = categories(ctx, a, m.start())
        comps = company_list(ctx, m.end(), b)
        tail = text[m.end() : b]
        if cats and comps and SUPPLY_VERB.search(tail) and not is_plan(tail):
            for comp in comps:
                out.add(comp, (T.PRODUCT_CATEGORY, cats[-1].name), detail="passive")
    return


@rule("supplies_zh.model_maker", P.SUPPLIES, confidence=0.75)
def supplies_from_models(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """A company and its own product model in one sentence: the company supplies the model's category."""
    comps = ctx.of_type(T.COMPANY)
    for m in ctx.of_type(T.PRODUCT_MODEL):
        ent = lex.entity(T.PRODUCT_MODEL, m.name)
        if not ent:
            continue
        maker, cat = ent.attrs.get("maker"), ent.attrs.get("category")
        if maker and cat and any(c.name == maker for c in comps) and not is_plan(ctx.text) and not CONTROL.search(ctx.text):
            out.add((T.COMPANY, maker), (T.PRODUCT_CATEGORY, cat))
    return


@rule("supplies_zh.possessive", P.SUPPLIES, confidence=0.75)
def supplies_possessive(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「搭载了 A 的 CAT 和 B 的 CAT」, 「选用了 A 的 X」 (CAT from the clause head)."""
    text = ctx.text
    if is_plan(text):
        return
    for comp in company_list(ctx, 0, len(text)):
        if text[comp.end : comp.end + 1] != "的" or re.search(r"(为|向|给)$", text[max(0, comp.start - 1) : comp.start]):
            continue
        a, b = ctx.clause_of(comp.start)
        nxt = [c for c in categories(ctx, comp.end + 1, min(b, comp.end + 10))]
        stop = re.search(r"(和|及|与|、)", text[comp.end + 1 : b])
        if nxt and re.match(rf"{ROLE_MODIFIERS}(?:{ROLE}|客户|用户|合作伙伴)", text[nxt[0].end : nxt[0].end + 8]):
            continue  # 「B的主要PCB供应商」: B buys
        if nxt and (stop is None or nxt[0].start < comp.end + 1 + stop.start()):
            for owner in list_ending_with(ctx, comp, a):  # 「中国电信、中国移动和中国联通的数据中心」
                out.add(owner, (T.PRODUCT_CATEGORY, nxt[0].name), detail="owner")
            continue
        head = categories(ctx, a, comp.start)
        if head and re.search(r"(选用|采用|搭载|配备|使用)", text[head[0].end : comp.start]):
            out.add(comp, (T.PRODUCT_CATEGORY, head[0].name), detail="head", inferred=True)
    return


@rule("supplies_zh.made_by", P.SUPPLIES, confidence=0.75)
def supplies_made_by(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「采用锐岭通信提供的400G交换机」, 「X推出的CAT」: the company before 「提供/推出…的」 makes the CAT."""
    text = ctx.text
    for m in re.finditer(r"(提供|生产|研发|推出|供应|制造|设计|自研)的", text):
        comps = [c for c in company_list(ctx, max(0, m.start() - 12), m.start()) if m.start() - c.end <= 1]
        if not comps or is_plan(text[max(0, comps[-1].start - 6) : m.start()]):
            continue
        _, b = ctx.clause_of(m.end())
        objs = category_or_model_category(ctx, m.end(), min(b, m.end() + 16), lex, heads_only=True)
        if objs and not re.search(r"(为|向|给)$", text[max(0, comps[-1].start - 1) : comps[-1].start]):
            out.add(comps[-1], objs[0], detail=m.group(1))
    return


@rule("supplies_zh.leading_in", P.SUPPLIES, confidence=0.75)
def supplies_leading_in(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「华曜能源在高压直流领域处于领先地位」: a company positioned in a category's field supplies it."""
    text = ctx.text
    for comp in company_list(ctx, 0, len(text)):
        m = re.match(r"(?:目前|已|已经|长期|一直)?在([^，。；]{1,14}?)(?:领域|市场|行业|赛道|方面)?(?:中|内)?"
                     r"(?:处于领先|领先|领跑|居于前列|位居前列|优势明显|具备优势|占据优势|排名第|深耕多年|处于第一梯队|位居第)",
                     text[comp.end : comp.end + 30])
        if not m or is_plan(text[comp.end : comp.end + m.end()]):
            continue
        cats = categories(ctx, comp.end + m.start(1), comp.end + m.end(1))
        for cat in cats[-1:]:
            out.add(comp, specific(ctx, cat, lex))
    return


@rule("supplies_zh.purchase", P.SUPPLIES, confidence=0.75)
def supplies_purchase(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「向/从 X 采购 Y」: X supplies Y; 「据X介绍，其CAT…」: X's own product."""
    text = ctx.text
    if is_plan(text):
        return
    for m in re.finditer(r"(向|从)", text):
        a, b = ctx.clause_of(m.start())
        comps = [c for c in company_list(ctx, m.end(), min(b, m.end() + 12)) if c.start - m.end() <= 1]
        buy = re.match(r"(批量|大量|持续)?(采购|购买|订购|进口)", text[comps[0].end :]) if comps else None
        if not comps or not buy:
            continue
        use = re.search(r"(用于|用来|以供|供)", text[comps[0].end + buy.end() : b])  # 「采购镜头用于检测设备」
        end = comps[0].end + buy.end() + use.start() if use else b
        for obj in category_or_model_category(ctx, comps[0].end + buy.end(), end, lex, heads_only=True)[:2]:
            out.add(comps[0], obj, detail="from")
    for m in re.finditer(r"(?:^|[，,])其(?:新一代|最新|自研|首款|新款|主力)?", text):
        a, b = ctx.clause_of(m.end())
        owner = company_list(ctx, 0, m.start())[:1]  # the sentence's topic, not a customer named later
        cats = [c for c in categories(ctx, m.end(), min(b, m.end() + 10))]
        if re.search(r"(外购|采购|购买|进口|外包)", text[m.end() : b]):
            continue  # 「其UPS设备均为外购」: what it buys is not what it makes
        if owner and cats and not re.search(r"(客户|合作|供应商|采购|使用|部署|搭载|通过|进入|导入)", text[m.end() : cats[0].start]) \
                and not re.match(rf"(?:的)?{ROLE_MODIFIERS}(?:{ROLE}|客户|用户)", text[cats[0].end : cats[0].end + 6]):
            out.add(owner[0], (T.PRODUCT_CATEGORY, cats[0].name), detail="its_product", inferred=True)
    return


@rule("supplies_zh.foundry", P.SUPPLIES, confidence=0.75)
def supplies_foundry(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「由 X 代工(生产)」, 「X 为…代工」: X supplies foundry services."""
    text = ctx.text
    foundry = lex.first_of("晶圆代工", T.PRODUCT_CATEGORY)
    if foundry is None or is_plan(text):
        return
    for m in re.finditer(r"代工", text):
        comps = [c for c in company_list(ctx, max(0, m.start() - 14), m.start()) if m.start() - c.end <= 1
                 or re.fullmatch(r"(采用|以|用|使用)[^，。]{0,10}(工艺|制程|技术)", ctx.text[c.end : m.start()])]
        if comps and not re.search(r"(为|向|给)$", text[max(0, comps[-1].start - 1) : comps[-1].start]):
            out.add(comps[-1], (T.PRODUCT_CATEGORY, foundry.name))
    # a pure foundry as the maker: 「由中芯国际生产」, 「采用台积电的5nm工艺」, 「在华虹流片」
    for c in company_list(ctx, 0, len(text)):
        if c.name not in pure_foundries():
            continue
        before, after = text[max(0, c.start - 4) : c.start], text[c.end : c.end + 14]
        if (re.search(r"由$", before) and re.match(r"(代工)?(生产|制造|流片|量产)", after)) \
                or (re.search(r"(采用|使用|基于)$", before) and re.match(r"的?[^，。；]{0,10}?(工艺|制程|代工服务|晶圆代工)", after)) \
                or (re.search(r"在$", before) and re.match(r"(完成)?流片", after)):
            out.add(c, (T.PRODUCT_CATEGORY, foundry.name), detail="maker")


pattern_rule("supplies_zh", P.SUPPLIES, confidence=0.75)
