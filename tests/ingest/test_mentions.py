"""Recognition units: the lexicon, lexicon matching, discovery of names no list has, and resolution."""

from __future__ import annotations

import pytest

from computekg.ingest.discovery import find_mentions
from computekg.ingest.discovery.categories import category_mentions, looks_like_product
from computekg.ingest.discovery.evidence import is_novel, not_an_organisation
from computekg.ingest.lexicon import _trie_regex, default_lexicon, taiwan_variant
from computekg.ingest.mentions import lexicon_mentions
from computekg.ingest.reader import source_from_text
from computekg.ingest.resolve import canonical_company, flag_conflicts, merge_entities
from computekg.ontology import Entity, EntityType, Evidence, Fact, Predicate
from computekg.ontology.places import admin_division_entities

T = EntityType


def mentions(text: str, name: str = "t.txt") -> list[tuple[str, str, str]]:
    return [(m.text, m.type.value, m.name) for m in find_mentions(source_from_text(name, text))]


# ---------------------------------------------------------------- lexicon


def test_taiwan_vocabulary_and_english_variants_reach_the_same_entity() -> None:
    lex = default_lexicon()
    assert taiwan_variant("服务器") == "伺服器"
    assert lex.first_of("伺服器", T.PRODUCT_CATEGORY).name == "Server"
    assert lex.first_of("AI晶片", T.PRODUCT_CATEGORY).name == "AIChip"
    assert lex.first_of("optical modules", T.PRODUCT_CATEGORY).name == "OpticalModule"
    assert lex.first_of("accelerated-server", T.PRODUCT_CATEGORY).name == "AIServer"


def test_trie_regex_matches_exactly_the_words() -> None:
    import re

    rx = re.compile("^(?:" + _trie_regex(["GPU", "GPUs", "CPU", "DPU"]) + ")$")
    assert [w for w in ("GPU", "GPUs", "CPU", "DPU", "GP", "TPU") if rx.match(w)] == ["GPU", "GPUs", "CPU", "DPU"]


def test_ascii_names_respect_word_boundaries() -> None:
    found = mentions("Intelligence is not Intel, and AI servers use GPUs.", "en.txt")
    assert ("Intel", "Company", "Intel") in found
    assert not [m for m in found if m[0] == "Intel" and m != ("Intel", "Company", "Intel")]
    assert ("AI servers", "ProductCategory", "AIServer") in found


def test_short_company_names_do_not_cut_words_and_boards_are_not_motherboards() -> None:
    src = source_from_text("t.txt", "京东方数科总部项目落地。安乃达成功登陆上交所主板。京东推出了新品。")
    found = [(m.text, m.name) for m in lexicon_mentions(src, default_lexicon())]
    assert ("京东", "京东") in found and found.count(("京东", "京东")) == 1  # not the 京东 of 京东方
    assert not [f for f in found if f[0] == "主板"]


# ---------------------------------------------------------------- discovery


@pytest.mark.parametrize(("name", "reason"), [
    ("二季度", "listed non-name"), ("业务订单", "ends with a business noun"), ("董事翁文斌", "contains a title or verb"),
    ("北交所", "listed non-name"), ("整体份额", "ends with a business noun"), ("所主导", "starts with a function word"),
    ("核心竞争力", "ends with a business noun"), ("工业企业", "common words"), ("有情怀", "ends with a business noun"),
])
def test_strings_that_are_not_organisations(name: str, reason: str) -> None:
    assert not_an_organisation(name) == reason


@pytest.mark.parametrize("name", ["澄芯存储", "泓曜光联", "中科驭数", "曦澜计算", "华正新材", "星枢网络", "Quellar Networks"])
def test_made_up_names_pass(name: str) -> None:
    assert not_an_organisation(name) is None and is_novel(name)


def test_phrases_are_not_novel_and_product_phrases_are_not_makers() -> None:
    assert not is_novel("业务流") and not is_novel("技术交流")
    assert looks_like_product("氟化冷却液") and not looks_like_product("曜昀电源")


def test_discovery_cues_and_traps() -> None:
    found = mentions("国内企业冰澜热控主要生产冷板。冷板由飞澜精密和铭锐热控供应。二季度业务订单增长，董秘表示业绩稳步增长。")
    companies = {name for _, t, name in found if t == "Company"}
    assert companies == {"冰澜热控", "飞澜精密", "铭锐热控"}


def test_legal_names_give_short_names_and_lose_the_clause_in_front() -> None:
    found = mentions("近日，华睿基金完成对杭州慧医道科技有限公司的投资。岳衡新材料科技(常州)股份有限公司发布公告。")
    companies = {name for _, t, name in found if t == "Company"}
    assert companies == {"慧医道科技", "岳衡新材料科技"}


def test_categories_read_from_compounds() -> None:
    lex = default_lexicon()
    view = "采用BMC芯片、高速背板连接器和浸没式液冷机柜，以及高端GPU与CPU封装。"
    known = find_mentions(source_from_text("t.txt", view))
    got = {(m.text, m.name) for m in known if m.type == T.PRODUCT_CATEGORY}
    assert {("BMC芯片", "BMCChip"), ("背板连接器", "Connector"), ("浸没式液冷机柜", "ImmersionCooling"),
            ("GPU", "GPU"), ("CPU", "CPU")} <= got  # 「CPU封装」: the CPU keeps its own mention
    got = {(text, name) for text, t, name in mentions("新款CXL内存扩展模块和光学透镜") if t == "ProductCategory"}
    assert got == {("CXL内存扩展模块", "CXLMemory"), ("光学透镜", "OpticalLens")}
    new = category_mentions("提供湿制程设备和硅光引擎模组", [], lex)  # kinds no list names, on known heads
    assert [(m.text, m.name, m.source, m.parent) for m in new] == [
        ("湿制程设备", "湿制程设备", "discovered", "Hardware"), ("硅光引擎模组", "硅光引擎模组", "discovered", "Hardware")]


# ---------------------------------------------------------------- places


def test_administrative_divisions_are_places_with_their_parent() -> None:
    places = {e.name: e for e in admin_division_entities()}
    assert places["沙坡头区"].parent == "中卫" and places["沙坡头区"].aliases == ["沙坡头"]
    assert "南京市鼓楼区" in places and "福州市鼓楼区" in places  # same district name in two cities
    assert "新建" not in places["新建区"].aliases  # a verb before it is a district
    assert places["湾沚区"].country == "CN"


# ---------------------------------------------------------------- resolution


def _ev(doc: str) -> Evidence:
    return Evidence(doc=doc, sentence="s", start=0, end=1, rule="t", confidence=0.8)


def test_resolution_merges_variants_and_flags_conflicts() -> None:
    assert canonical_company("紫光股份有限公司", ["紫光股份", "海光信息"]) == "紫光股份"
    ents = [Entity(name="海光信息", type=T.COMPANY), Entity(name="海光信息技术", type=T.COMPANY, source="discovered")]
    merged, remap = merge_entities(ents)
    assert [e.name for e in merged] == ["海光信息"] and remap == {"Company:海光信息技术": "Company:海光信息"}
    facts = [Fact(subject="中国", subject_type=T.REGION, predicate=Predicate.MENTIONS_METRIC, object="算力规模",
                  object_type=T.METRIC, value=v, year=2022, evidence=_ev(d)) for v, d in ((180, "a"), (302, "b"))]
    assert [f.conflict for f in flag_conflicts(facts)] == [True, True]
