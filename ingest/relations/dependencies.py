"""Dependencies between categories (DEPENDS_ON) stated in text: 「X 搭载/采用/依赖/需要 Y」, 「X 对 Y 的依赖」,
「Y 是 X 的核心部件」, 「基于 Y 生产 X」, "X requires / relies on / is built on Y".
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType, Predicate

from ..context import SentenceContext
from ..lexicon import Lexicon
from .common import GENERIC_CATEGORIES, categories, category_or_model_category
from .patterns import pattern_rule
from .registry import Emitter, rule

T = EntityType
P = Predicate

@rule("dependencies.verb", P.DEPENDS_ON, confidence=0.75)
def dependencies(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    text = ctx.text
    for m in re.finditer(r"(搭载|基于|采用|配备|依赖|需要|离不开|内置|使用)", text):
        a, b = ctx.clause_of(m.start())
        left = categories(ctx, a, m.start())
        right = category_or_model_category(ctx, m.end(), b, lex)
        if m.group() == "基于":
            # 「基于 X 生产 Y」: Y depends on X
            prod = re.search(r"(生产|推出|打造|研发)", text[m.end() : b])
            if prod:
                inputs = category_or_model_category(ctx, m.end(), m.end() + prod.start(), lex)
                outputs = [(T.PRODUCT_CATEGORY, c.name) for c in categories(ctx, m.end() + prod.end(), b)]
                for o in outputs:
                    for i in inputs:
                        if o != i:
                            out.add(o, i, detail="based_on")
                continue
        if m.group() == "基于":
            continue  # 「该平台是基于开放架构…」 describes, it does not name an input
        # the dependent category is the verb's subject: 「服务器搭载/采用(了) X」, not 「…的数据中心更倾向于采用…」
        left = [
            c for c in left
            if re.fullmatch(r"(的[\u4e00-\u9fff]{1,6}?)?(均|都|也|还|又|将|已|高度|主要|普遍|通常|多)*", text[c.end : m.start()])
        ]
        right = [r for r in right if r[1] not in GENERIC_CATEGORIES]
        for l_cat in left[-1:]:
            for r in right[:3]:
                if r[1] != l_cat.name:
                    out.add((T.PRODUCT_CATEGORY, l_cat.name), r, detail=m.group(), trigger=m.span())
    # 「MODEL 服务器」: a server category qualified by a chip model
    for mod in ctx.of_type(T.PRODUCT_MODEL):
        nxt = [c for c in categories(ctx, mod.end, mod.end + 4)]
        ent = lex.entity(T.PRODUCT_MODEL, mod.name)
        if nxt and ent and ent.attrs.get("category") and nxt[0].name in ("AIServer", "Server"):
            out.add((T.PRODUCT_CATEGORY, nxt[0].name), (T.PRODUCT_CATEGORY, ent.attrs["category"]), detail="model_qualifier")
    # 「A 通过 B 实现/将 …」 inside a description of A
    for m in re.finditer(r"通过", text):
        a, b = ctx.clause_of(m.start())
        left = categories(ctx, 0, m.start())
        right = categories(ctx, m.end(), min(b, m.end() + 10))
        if not re.search(r"(实现|完成|提供|支撑|连接|传输|转换)", ctx.text[m.end() : b]) or re.search(
                r"(认证|验证|审核|考核|测试|评审|审批)", ctx.text[m.end() : b]):
            continue  # 「通过…认证」 is passing a test, not a means
        if left and right and left[0].name != right[0].name:
            out.add((T.PRODUCT_CATEGORY, left[0].name), (T.PRODUCT_CATEGORY, right[0].name), detail="through", trigger=m.span())


@rule("dependencies.phrase", P.DEPENDS_ON, confidence=0.75)
def dependency_phrases(ctx: SentenceContext, lex: Lexicon, out: Emitter) -> None:
    """「A 对 B 的依赖」, 「A 的性能取决于 B」, 「B 是 A 的核心元件」."""
    text = ctx.text
    for m in re.finditer(r"对([^，。]{1,12}?)的(高度)?依赖", text):
        a, _ = ctx.clause_of(m.start())
        left = categories(ctx, a, m.start())
        right = categories(ctx, m.start(1), m.end(1))
        for l_cat in left[-1:]:
            for r in right:
                if r.name != l_cat.name:
                    out.add((T.PRODUCT_CATEGORY, l_cat.name), (T.PRODUCT_CATEGORY, r.name), detail="依赖", trigger=m.span())
    for m in re.finditer(r"\b(?:requires?|needs?|(?:is|are) built (?:on|around)|(?:is|are) powered by|uses|use)\b", text):
        a, b = ctx.clause_of(m.start())
        which = re.search(r"\b(which|that)(?: in turn)?\s*$", text[a : m.start()])
        left = categories(ctx, a, m.start())
        left = left[-1:] if which else [c for c in left if re.fullmatch(r"[A-Za-z\- ]{0,12}", text[c.end : m.start()])][:1]
        if which and not left and a > 0:  # "…processes, which in turn need EUV": the category before the comma
            left = categories(ctx, ctx.clause_of(a - 1)[0], a)[-1:]
        stop = re.search(r"[.;]|, (?:which|while|but|whereas)\b", text[m.end() :])  # English lists run across commas
        end = m.end() + stop.start() if stop else len(text)
        for l_cat in left:
            for r in categories(ctx, m.end(), end):
                if r.name != l_cat.name:
                    out.add((T.PRODUCT_CATEGORY, l_cat.name), (T.PRODUCT_CATEGORY, r.name), detail="requires", trigger=m.span())
    for m in re.finditer(r"(取决于|依赖于|受制于|(?:depends?|rel(?:y|ies)) (?:heavily |mainly |largely |critically )?on)", text):
        a, b = ctx.clause_of(m.start())
        left = categories(ctx, 0, m.start())
        right = categories(ctx, m.end(), b)
        for l_cat in left[:1]:
            for r in right:
                if r.name != l_cat.name:
                    out.add((T.PRODUCT_CATEGORY, l_cat.name), (T.PRODUCT_CATEGORY, r.name), detail="取决于", trigger=m.span())
    for m in re.finditer(r"的(核心|关键|主要)(元件|器件|部件|零部件|组件|原材料|材料)(是|为|包括|主要是)", text):
        a, b = ctx.clause_of(m.start())
        whole = categories(ctx, a, m.start())  # 「光模块的核心部件是激光器芯片」
        for w in whole[-1:]:
            for p_ in categories(ctx, m.end(), b):
                if p_.name != w.name:
                    out.add((T.PRODUCT_CATEGORY, w.name), (T.PRODUCT_CATEGORY, p_.name), detail="core_part", trigger=m.span())
    for m in re.finditer(r"是([^，。]{1,10}?)的(核心|关键|主要)(元件|器件|部件|零部件|组件|原材料|材料)", text):
        a, _ = ctx.clause_of(m.start())
        part = categories(ctx, a, m.start())
        whole = categories(ctx, m.start(1), m.end(1))
        for w in whole[:1]:
            for p_ in part[-1:]:
                if p_.name != w.name:
                    out.add((T.PRODUCT_CATEGORY, w.name), (T.PRODUCT_CATEGORY, p_.name), detail="core_part", trigger=m.span())


pattern_rule("dependencies", P.DEPENDS_ON, confidence=0.75)
