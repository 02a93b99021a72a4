"""Build tests/data/heldout5/gold.jsonl (blind held-out set 5).

Run: python3 tests/data/heldout5/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table row line) of the document that contains it. The script
fails if a fragment matches zero or several sentences.
Format: ../shared/eval/README.md.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h5_*") if p.suffix in (".txt", ".md", ".html"))
DOCS = {p.name: p.read_text(encoding="utf-8") for p in FILES}
KEY = {p.name[3:5]: p.name for p in FILES}          # "01" -> file name
ENGLISH = {n for n in DOCS if n.endswith("_en.txt")}

# ----------------------------------------------------------------- sentences
MARKER = re.compile(r"^(?:\d+、|（\d+）|•\s*|-\s+|#+\s*)")


def split_sentences(name):
    out = []
    for line in DOCS[name].split("\n"):
        if not line.strip():
            continue
        if name in ENGLISH:
            parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(\"$])", line)
        else:
            parts = []
            for seg in re.split(r"(?<=[。！？])", line):
                parts.extend(seg.split("；"))
        for p in parts:
            p = p.strip()
            p = MARKER.sub("", p).strip()
            if p:
                out.append(p)
    return out


SENTS = {n: split_sentences(n) for n in DOCS}


def sent(doc, frag):
    hits = [s for s in SENTS[doc] if frag in s]
    if len(hits) != 1:
        raise SystemExit(f"fragment {frag!r} matches {len(hits)} sentences in {doc}: {hits}")
    assert hits[0] in DOCS[doc]
    return hits[0]


# ------------------------------------------------------------------ entities
ENTS = {}
NOMATCH = collections.defaultdict(set)


def E(canonical, etype, aliases, country=None, nomatch=(), **kw):
    assert canonical not in ENTS, canonical
    ENTS[canonical] = dict(kind="entity", canonical=canonical, type=etype,
                           aliases=list(aliases), country=country, **kw)
    NOMATCH[canonical].update(nomatch)


def C(canonical, aliases, country="CN", **kw):
    E(canonical, "Company", aliases, country, **kw)


def P(canonical, aliases, nomatch=(), **kw):
    E(canonical, "ProductCategory", aliases, None, nomatch, **kw)


def G(canonical, aliases, country="CN", nomatch=(), **kw):
    E(canonical, "Region", aliases, country, nomatch, **kw)


# foreign companies (English canonical; Taiwanese firms count as foreign)
C("NVIDIA", ["NVIDIA", "英伟达", "輝達"], "US")
C("Broadcom", ["博通"], "US")
C("Marvell", ["邁威爾"], "US")
C("Cisco", ["思科"], "US")
C("Accton", ["智邦", "Accton"], "TW", note="智邦科技 Accton Technology")
C("Amphenol", ["Amphenol"], "US")
C("Molex", ["Molex"], "US")
C("TE Connectivity", ["TE Connectivity"], "CH")
C("Credo", ["Credo"], "US")
C("TTM Technologies", ["TTM"], "US")
C("Elite Material", ["台光电"], "TW", note="台光电子 EMC")
C("Taiwan Union Technology", ["台燿科技"], "TW", note="TUC")
C("Panasonic", ["Panasonic"], "JP")
C("Intel", ["英特尔", "Intel"], "US")
C("AMD", ["AMD"], "US")
C("TSMC", ["TSMC"], "TW")
C("Rambus", ["Rambus"], "US")
C("Renesas", ["瑞萨电子"], "JP")
C("Samsung", ["三星"], "KR")
C("SK hynix", ["SK海力士"], "KR")
C("Micron", ["美光", "Micron"], "US")

# mainland Chinese companies (real)
C("沪电股份", ["沪电股份"])
C("深南电路", ["深南电路"])
C("胜宏科技", ["胜宏科技"])
C("生益科技", ["生益科技"])
C("华正新材", ["华正新材"])
C("立讯精密", ["Luxshare Precision", "立讯精密"])
C("兆龙互连", ["Zhaolong Interconnect", "兆龙互连"])
C("华丰科技", ["Huafeng Technology", "华丰科技"])
C("神宇股份", ["Shenyu", "神宇股份"])
C("华为", ["华为", "Huawei", "華為", "华为技术有限公司"])
C("浪潮集团", ["浪潮集團"])
C("浪潮信息", ["浪潮信息", "浪潮电子信息产业股份有限公司", "Inspur"], parent="浪潮集团")
C("宝德计算", ["宝德计算", "宝德计算机系统股份有限公司"])
C("锐捷网络", ["锐捷网络", "锐捷网络股份有限公司", "銳捷網路"])
C("新华三", ["新华三", "新华三技术有限公司", "新華三"])
C("中科曙光", ["中科曙光", "曙光信息产业股份有限公司", "Sugon", "曙光"])
C("华勤技术", ["华勤技术股份有限公司"])
C("超聚变", ["超聚变", "超聚變"])
C("中国移动", ["中国移动"])
C("中国电信", ["中国电信"])
C("中国联通", ["中国联通"])
C("昆仑技术", ["昆仑技术"])
C("华鲲振宇", ["华鲲振宇"])
C("长江计算", ["长江计算"])
C("湘江鲲鹏", ["湘江鲲鹏"])
C("中兴通讯", ["中兴通讯", "中興通訊"])
C("烽火通信", ["烽火通信"])
C("盛科通信", ["盛科通信"])
C("字节跳动", ["字節跳動"])
C("星融元", ["星融元"])
C("海光信息", ["海光信息", "Hygon", "海光", "海光資訊"])
C("天津海光", ["天津海光先進技術"], parent="海光信息")
C("飞腾", ["飞腾", "Phytium"])
C("龙芯中科", ["龙芯中科", "Loongson", "龙芯"])
C("兆芯", ["Zhaoxin", "兆芯"])
C("算能", ["算能", "Sophgo"])
C("赛昉科技", ["StarFive"])
C("阿里巴巴", ["Alibaba"])
C("平头哥", ["T-Head", "平头哥"], parent="阿里巴巴")
C("摩尔线程", ["摩爾線程"])
C("壁仞科技", ["壁仞科技"])
C("长鑫存储", ["长鑫存储", "長鑫存儲"])
C("澜起科技", ["澜起科技"])
C("江波龙", ["江波龙"])
C("嘉合劲威", ["嘉合劲威"])
C("万国数据", ["万国数据"])
C("中国人寿", ["中国人寿"], note="investor in a REIT, not a supplier")
C("招商银行", ["招商银行"], note="bank / investor, not a supplier")
C("中国银行", ["中国银行"], note="lending bank, not a supplier")
C("国开投资", ["国开投资"], note="investor in a REIT, not a supplier")

# invented companies
C("鼎泓电子", ["鼎泓电子"], note="invented; plan + rumour only")
C("承岳电路", ["承岳电路"], note="invented")
C("岳衡新材", ["岳衡新材料科技(常州)股份有限公司"], note="invented; registered name only")
C("蔚耀精密", ["Weiyao Precision", "蔚耀精密"], note="invented")
C("青钛互连", ["Qingtai Interconnect", "青钛互连"], note="invented")
C("云骁智算", ["云骁智算科技(郑州)有限公司", "云骁智算"], note="invented")
C("航空港数智", ["郑州航空港数智产业发展有限公司"], note="invented; tender buyer (招标人), not a supplier")
C("启垣科技", ["启垣科技(苏州)股份有限公司", "启垣科技"], note="invented")
C("启垣智算", ["启垣智算（长沙）有限公司", "启垣智算"], parent="启垣科技", note="invented; subsidiary")
C("知衡智能", ["北京知衡智能科技有限公司", "知衡智能"], note="invented; compute-leasing customer")
C("星渚", ["星渚"], note="invented bare brand name")
C("澄锐微电子", ["澄銳微電子"], note="invented; sampling only")
C("曦澜网络", ["曦澜网络"], note="invented")
C("钧湃信息", ["钧湃信息"], note="invented")
C("穹岭半导体", ["Qiongling Semiconductor", "穹岭半导体", "Qiongling"], note="invented; not taped out")
C("曜谷", ["曜谷"], note="invented bare brand name")
C("翊弘电子", ["翊弘电子"], note="invented")
C("泽睿电子", ["泽睿电子"], note="invented; plan only")
C("北溟数据", ["北溟数据"], note="invented")
C("砺峰股份", ["砺峰股份"], note="invented")

E("三大运营商", "CompanyGroup", ["三大运营商"], "CN")

# organisations
E("美国商务部工业与安全局", "Organization", ["美國商務部工業與安全局", "BIS"], "US")
E("国家网信办", "Organization", ["國家網信辦"], "CN")
E("美国联邦通信委员会", "Organization", ["美國聯邦通訊委員會", "FCC"], "US")
E("深圳证券交易所", "Organization", ["深圳证券交易所"], "CN")

# policies
E("美国实体清单", "Policy", ["美國實體清單", "實體清單", "美国实体清单", "美国商务部实体清单"], "US",
  note="US Entity List (BIS); each addition is one RESTRICTS record with its date")
E("美光产品网络安全审查结论（2023年5月21日）", "Policy", ["網路安全審查"], "CN", date="2023-05-21")
E("美国FCC设备授权禁令（2022年11月25日）", "Policy", [], "US", date="2022-11-25")
E("《算力基础设施高质量发展行动计划》", "Policy", ["《算力基础设施高质量发展行动计划》"], "CN")

# product models
E("GB200 NVL72", "ProductModel", ["GB200 NVL72", "NVL72"], None, maker="NVIDIA", category="AIServer")
E("H20", "ProductModel", ["H20"], None, maker="NVIDIA", category="AcceleratorCard")
E("鲲鹏", "ProductModel", ["鲲鹏", "Kunpeng"], None, maker="华为", category="CPU")
E("Tomahawk 5", "ProductModel", ["Tomahawk 5"], None, maker="Broadcom", category="SwitchChip")
E("Silicon One", "ProductModel", ["Silicon One"], None, maker="Cisco", category="SwitchChip")
E("Quantum", "ProductModel", ["Quantum"], None, maker="NVIDIA", category="Switch")
E("ConnectX", "ProductModel", ["ConnectX"], None, maker="NVIDIA", category="NIC")
E("倚天710", "ProductModel", ["Yitian 710"], None, maker="平头哥", category="CPU")
E("SG2042", "ProductModel", ["SG2042"], None, maker="算能", category="CPU")

# product categories
P("PCB", ["PCB", "高多层PCB", "高多层板", "服务器板", "AI服务器主板", "交换机板", "服务器背板"])
P("CCL", ["覆铜板", "高速覆铜板", "中高速覆铜板", "CCL", "高速CCL"])
P("CopperFoil", ["铜箔"])
P("GlassFiberCloth", ["电子级玻纤布"])
P("AcceleratorCard", ["GPU加速卡", "AI加速卡", "加速卡"])
P("GPU", ["GPU", "GPUs", "GPU模组"])
P("AIServer", ["AI服务器", "AI训练服务器", "AI伺服器", "Rack-scale AI systems", "人工智能通用计算设备"])
P("Server", ["服务器", "伺服器", "servers", "Servers", "通用服务器"])
P("CopperCable", ["direct-attach copper cables", "DAC", "copper cable assemblies", "bulk twinax cable", "224G cable", "cable assembly"])
P("Connector", ["high-speed connectors", "connectors", "backplane connectors", "backplane connector"])
P("CableBackplane", ["cable backplane"])
P("ActiveElectricalCable", ["Active electrical cables", "AEC"])
P("RetimerChip", ["retimer chip", "retimers"])
P("Storage", ["并行存储"])
P("Switch", ["交换机", "交換器", "RoCE网络交换设备", "高速交换机"])
P("SwitchChip", ["交換器晶片", "交换芯片"])
P("WhiteBoxSwitch", ["白盒交换机", "白牌交換器"])
P("NIC", ["網路卡"])
P("InfiniBand", ["InfiniBand"])
P("Ethernet", ["乙太網路"])
P("RoCE", ["RoCE"])
P("AIBackendNetwork", ["AI後端網路"])
P("CPU", ["CPU", "CPUs", "处理器", "處理器", "server processor", "server CPU", "processors"])
P("Foundry", ["foundries", "wafer foundry"])
P("ComputeLeasing", ["算力租赁", "算力租赁服务", "算力租赁业务"])
P("ComputeCluster", ["算力集群"])
P("ComputeNetwork", ["算力网络", "算网一体"])
P("OTN", ["高速光传送网", "OTN"])
P("Router", ["SRv6路由器", "路由器"])
P("MemoryInterfaceChip", ["内存接口芯片", "RCD芯片", "RCD", "DB芯片", "DB", "MRCD/MDB芯片"])
P("PMIC", ["PMIC", "PMIC芯片"])
P("SPDHub", ["SPD Hub"])
P("MemoryModule", ["服务器内存模组", "内存模组", "RDIMM", "服务器RDIMM", "服务器模组", "模组"], nomatch=("模组",))
P("DRAM", ["DRAM", "DRAM颗粒", "記憶體"])
P("DataCenter", ["数据中心", "IDC"])
P("DataCenterEngineering", ["数据中心机电工程服务"])

# segments
E("Upstream", "Segment", ["上游"], None, nomatch=("上游",))
E("Midstream", "Segment", ["中游"], None, nomatch=("中游",))
E("Downstream", "Segment", ["下游"], None, nomatch=("下游",))

# metrics
for m, al in [("算力总规模", ["算力总规模", "算力规模"]),
              ("智能算力规模", ["智能算力规模", "智算规模"]),
              ("智能算力占比", ["智能算力占比"]),
              ("在用算力中心标准机架数", ["在用算力中心标准机架"]),
              ("算力网络端到端时延", ["端到端时延"]),
              ("数据中心以太网交换机市场规模", ["数据中心以太网交换机市场规模"]),
              ("在用数据中心标准机架数", ["在用数据中心标准机架"]),
              ("数据中心平均PUE", ["平均PUE"])]:
    E(m, "Metric", al, None)

# facilities
for f in ["郑州航空港智算中心", "中国移动智算中心（武汉）", "中国电信临港智算中心", "北溟佛山一号数据中心",
          "万国数据南通海门园区", "数字福建长乐智算园", "株洲云龙数据中心"]:
    E(f, "Facility", [f], "CN")

# regions
G("中国", ["中国", "我国", "China", "中國大陸", "国内"], nomatch=("国内",), subtype="country")
G("泰国", ["泰国"], "TH", subtype="country")
G("江苏省", ["江苏", "江苏省"], subtype="province")
G("昆山市", ["昆山"], subtype="city")
G("广东省", ["广东", "广东省"], subtype="province")
G("惠州市", ["惠州"], subtype="city")
G("常州市", ["常州"], subtype="city")
G("四川省", ["Sichuan", "四川省"], subtype="province")
G("绵阳市", ["Mianyang", "绵阳市"], subtype="city")
G("东莞市", ["Dongguan"], subtype="city")
G("松山湖高新区", ["Songshan Lake high-tech zone"], subtype="district")
G("苏州市", ["Suzhou"], subtype="city")
G("深圳市", ["Shenzhen"], subtype="city")
G("河南省", ["河南省"], subtype="province")
G("郑州市", ["郑州市"], subtype="city")
G("郑州航空港区", ["郑州航空港区", "航空港区"], subtype="district")
G("湖南省", ["湖南省"], subtype="province")
G("长沙市", ["长沙市"], subtype="city")
G("望城区", ["望城区"], subtype="district")
G("北京市", ["Beijing", "北京"], subtype="city")
G("湖北省", ["湖北省"], subtype="province")
G("武汉市", ["武汉市"], subtype="city")
G("东西湖区", ["东西湖区"], subtype="district")
G("上海市", ["上海市", "Shanghai"], subtype="city")
G("浦东新区", ["浦东新区"], subtype="district")
G("临港新片区", ["临港新片区"], subtype="district")
G("新竹科学园区", ["新竹科學園區"], "TW", subtype="district")
G("南京市", ["南京市"], subtype="city")
G("江宁区", ["江宁区"], subtype="district")
G("成都市", ["成都市"], subtype="city")
G("成都高新区", ["成都市高新区"], subtype="district")
G("游仙区", ["游仙区"], subtype="district")
G("海淀区", ["Haidian District"], subtype="district")
G("徐汇区", ["徐汇区"], subtype="district")
G("安徽省", ["安徽省"], subtype="province")
G("合肥市", ["合肥"], subtype="city")
G("合肥经济技术开发区", ["合肥经济技术开发区"], subtype="district")
G("佛山市", ["佛山市"], subtype="city")
G("南海区", ["南海区"], subtype="district")
G("南通市", ["南通市"], subtype="city")
G("海门区", ["海门区"], subtype="district")
G("福建省", ["福建省"], subtype="province")
G("福州市", ["福州市"], subtype="city")
G("长乐区", ["长乐区"], subtype="district")
G("株洲市", ["株洲市"], subtype="city")

# ----------------------------------------------------------------- relations
RELS = []
ORDER = ["subject", "predicate", "object", "value", "unit", "year", "qualifier", "scope",
         "modality", "date", "source", "alt_subject", "alt_object", "alt_value", "doc",
         "evidence", "evidence_alt", "tier", "note"]


def R(d, s, p, o, frag, tier="core", alt=(), **kw):
    doc = KEY[d]
    r = dict(kind="relation", subject=s, predicate=p, object=o, doc=doc,
             evidence=sent(doc, frag), tier=tier, **kw)
    if alt:
        r["evidence_alt"] = [sent(doc, a) for a in alt]
    for k in ("subject", "object", "alt_subject", "alt_object"):
        if k in r:
            assert r[k] in ENTS, (k, r[k])
    RELS.append(r)


PCT = dict(unit="%")

# ---- 01 PCB / CCL (brokerage note)
R("01", "PCB", "PART_OF_SEGMENT", "Upstream", "PCB与覆铜板位于", scope="算力硬件产业链")
R("01", "CCL", "PART_OF_SEGMENT", "Upstream", "PCB与覆铜板位于", scope="算力硬件产业链")
R("01", "AcceleratorCard", "DEPENDS_ON", "PCB", "GPU加速卡需要", alt_subject="GPU")
R("01", "AIServer", "DEPENDS_ON", "CCL", "GPU加速卡需要")
R("01", "PCB", "DEPENDS_ON", "CCL", "PCB的原材料")
R("01", "PCB", "DEPENDS_ON", "CopperFoil", "PCB的原材料")
R("01", "PCB", "DEPENDS_ON", "GlassFiberCloth", "PCB的原材料")
R("01", "CCL", "LOCALIZATION_RATE", "中国", "国产化率约为25%", value=25, year=2024, qualifier="≈",
  scope="M7及以上等级高速CCL", **PCT)
for c in ["Elite Material", "Taiwan Union Technology", "Panasonic"]:
    R("01", c, "SUPPLIES", "CCL", "高端料号仍以", scope="高端料号（M7及以上高速CCL）")
R("01", "沪电股份", "LOCATED_IN", "昆山市", "沪电股份在江苏昆山", note="production base")
R("01", "沪电股份", "LOCATED_IN", "泰国", "沪电股份在江苏昆山", note="production base")
R("01", "昆山市", "LOCATED_IN", "江苏省", "沪电股份在江苏昆山", tier="extended")
R("01", "胜宏科技", "LOCATED_IN", "惠州市", "胜宏科技总部位于", note="headquarters")
R("01", "惠州市", "LOCATED_IN", "广东省", "胜宏科技总部位于", tier="extended")
R("01", "沪电股份", "SUPPLIES", "PCB", "以及承岳电路", alt=["沪电股份\t13%"])
R("01", "深南电路", "SUPPLIES", "PCB", "以及承岳电路", alt=["深南电路\t9%"])
R("01", "胜宏科技", "SUPPLIES", "PCB", "以及承岳电路")
R("01", "承岳电路", "SUPPLIES", "PCB", "以及承岳电路")
R("01", "TTM Technologies", "SUPPLIES", "PCB", "TTM\t11%", scope="表1 2024年全球服务器PCB主要厂商")
R("01", "生益科技", "SUPPLIES", "CCL", "生益科技与华正新材")
R("01", "华正新材", "SUPPLIES", "CCL", "生益科技与华正新材")
R("01", "岳衡新材", "SUPPLIES", "CCL", "亦向国内主板厂商批量供应")
R("01", "岳衡新材", "LOCATED_IN", "常州市", "亦向国内主板厂商批量供应",
  note="headquarters (city in registered name)")
for c, v, row in [("沪电股份", 13, "沪电股份\t13%"), ("TTM Technologies", 11, "TTM\t11%"),
                  ("深南电路", 9, "深南电路\t9%")]:
    R("01", c, "HAS_MARKET_SHARE", "PCB", row, value=v, year=2024, scope="全球服务器PCB市场（表1，估算）",
      **PCT)

# ---- 02 copper interconnect (English)
R("02", "AIServer", "DEPENDS_ON", "CopperCable", "rely on thousands", alt_subject="GB200 NVL72")
R("02", "CableBackplane", "DEPENDS_ON", "Connector", "The cable backplane in each rack")
R("02", "Amphenol", "SUPPLIES", "Connector", "The cable backplane in each rack")
R("02", "Amphenol", "HAS_MARKET_SHARE", "Connector", "The cable backplane in each rack", value=60,
  alt_value=70, scope="224G backplane connector market", note="range 60%-70%", **PCT)
R("02", "Molex", "HAS_MARKET_SHARE", "Connector", "Molex and TE Connectivity follow", value=15,
  qualifier="≈", scope="224G backplane connector market", **PCT)
R("02", "TE Connectivity", "HAS_MARKET_SHARE", "Connector", "Molex and TE Connectivity follow", value=10,
  qualifier="≈", scope="224G backplane connector market", **PCT)
R("02", "Molex", "SUPPLIES", "Connector", "Molex and TE Connectivity follow", tier="extended",
  note="inferred from the market share")
R("02", "TE Connectivity", "SUPPLIES", "Connector", "Molex and TE Connectivity follow", tier="extended",
  note="inferred from the market share")
R("02", "立讯精密", "SUPPLIES", "CopperCable", "Luxshare Precision")
R("02", "立讯精密", "SUPPLIES", "Connector", "Luxshare Precision")
R("02", "兆龙互连", "SUPPLIES", "CopperCable", "Luxshare Precision")
R("02", "华丰科技", "SUPPLIES", "Connector", "Huafeng Technology")
R("02", "华丰科技", "LOCATED_IN", "绵阳市", "Huafeng Technology", note="headquarters")
R("02", "绵阳市", "LOCATED_IN", "四川省", "Huafeng Technology", tier="extended")
R("02", "蔚耀精密", "SUPPLIES", "CopperCable", "Weiyao Precision", tier="extended",
  note="inferred from opening a cable assembly plant")
R("02", "蔚耀精密", "LOCATED_IN", "松山湖高新区", "Weiyao Precision", note="cable assembly plant")
R("02", "松山湖高新区", "LOCATED_IN", "东莞市", "Weiyao Precision", tier="extended")
R("02", "ActiveElectricalCable", "DEPENDS_ON", "RetimerChip", "add a retimer chip")
R("02", "Credo", "SUPPLIES", "ActiveElectricalCable", "They are made by Credo",
  note="subject of the sentence is the pronoun They = AEC")
R("02", "青钛互连", "SUPPLIES", "ActiveElectricalCable", "They are made by Credo")
R("02", "Credo", "SUPPLIES", "RetimerChip", "They are made by Credo", tier="extended",
  note="inferred from 'buys its retimers from Credo'")
R("02", "青钛互连", "LOCATED_IN", "苏州市", "They are made by Credo", note="headquarters (Suzhou-based)")

# ---- 03 tender notice
R("03", "郑州航空港智算中心", "LOCATED_IN", "郑州航空港区", "本项目建设智算中心一座",
  alt=["项目地点：河南省郑州市航空港区"])
R("03", "郑州航空港区", "LOCATED_IN", "郑州市", "项目地点：", tier="extended")
R("03", "郑州市", "LOCATED_IN", "河南省", "项目地点：", tier="extended")
R("03", "AIServer", "DEPENDS_ON", "AcceleratorCard", "标段一投标产品须搭载")
TLOT1 = "标段一（AI训练服务器）中标候选人"
R("03", "云骁智算", "SUPPLIES", "AIServer", "第一中标候选人：云骁智算", scope=TLOT1,
  alt=["云骁智算为品牌方"], note="bidding candidate with its own brand; servers made by a contract manufacturer")
R("03", "云骁智算", "LOCATED_IN", "郑州市", "第一中标候选人：云骁智算",
  note="headquarters (city in registered name)")
R("03", "浪潮信息", "SUPPLIES", "AIServer", "浪潮电子信息产业股份有限公司", scope=TLOT1)
R("03", "宝德计算", "SUPPLIES", "AIServer", "宝德计算机系统股份有限公司", scope=TLOT1)
R("03", "锐捷网络", "SUPPLIES", "Switch", "锐捷网络股份有限公司", scope="标段二（RoCE网络交换设备）中标候选人")
R("03", "新华三", "SUPPLIES", "Switch", "新华三技术有限公司", scope="标段二（RoCE网络交换设备）中标候选人")
R("03", "华为", "SUPPLIES", "Storage", "华为技术有限公司", scope="标段三（并行存储）中标候选人")
R("03", "中科曙光", "SUPPLIES", "Storage", "曙光信息产业股份有限公司", scope="标段三（并行存储）中标候选人")
R("03", "华勤技术", "SUPPLIES", "AIServer", "代工生产", tier="extended",
  note="contract manufacturer of the first candidate's servers")

# ---- 04 compute-leasing announcement
R("04", "启垣智算", "SUPPLIES", "ComputeLeasing", "由启垣智算向知衡智能提供算力租赁服务",
  note="customer 知衡智能 is not a supplier")
R("04", "启垣科技", "SUPPLIES", "ComputeLeasing", "公司算力租赁收入", note="subject is the pronoun 公司")
R("04", "启垣科技", "LOCATED_IN", "苏州市", "由启垣智算向知衡智能提供算力租赁服务",
  note="headquarters (city in registered name)")
R("04", "启垣智算", "LOCATED_IN", "长沙市", "由启垣智算向知衡智能提供算力租赁服务", tier="extended",
  note="city in subsidiary's registered name")
R("04", "知衡智能", "LOCATED_IN", "北京市", "由启垣智算向知衡智能提供算力租赁服务", tier="extended",
  note="city in customer's registered name")
R("04", "启垣科技", "LOCATED_IN", "望城区", "本合同所涉算力集群部署于", note="intelligent computing centre (智算中心)")
R("04", "望城区", "LOCATED_IN", "长沙市", "本合同所涉算力集群部署于", tier="extended")
R("04", "长沙市", "LOCATED_IN", "湖南省", "本合同所涉算力集群部署于", tier="extended")
R("04", "浪潮信息", "SUPPLIES", "AIServer", "该批服务器由浪潮信息与超聚变提供")
R("04", "超聚变", "SUPPLIES", "AIServer", "该批服务器由浪潮信息与超聚变提供")
R("04", "NVIDIA", "SUPPLIES", "GPU", "该批服务器由浪潮信息与超聚变提供")
R("04", "NVIDIA", "SUPPLIES", "Switch", "该批服务器由浪潮信息与超聚变提供", scope="InfiniBand")
R("04", "ComputeCluster", "DEPENDS_ON", "InfiniBand", "该批服务器由浪潮信息与超聚变提供", tier="extended")
R("04", "ComputeLeasing", "DEPENDS_ON", "AIServer", "算力租赁业务依赖")

# ---- 05 operator centralised procurement (news)
LOT1 = "中国移动2025年至2026年人工智能通用计算设备（推理型）集采 标包1"
LOT2 = "中国移动2025年至2026年人工智能通用计算设备（推理型）集采 标包2"
for c, v in [("昆仑技术", 30.12), ("华鲲振宇", 18.5), ("宝德计算", 16.2), ("长江计算", 12.6),
             ("湘江鲲鹏", 12.0), ("星渚", 10.58)]:
    R("05", c, "HAS_MARKET_SHARE", "AIServer", "中标人依次为", value=v, scope=LOT1, **PCT)
    R("05", c, "SUPPLIES", "AIServer", "中标人依次为", scope=LOT1)
for c, v in [("浪潮信息", 60), ("新华三", 40)]:
    R("05", c, "HAS_MARKET_SHARE", "AIServer", "标包2采用英伟达H20加速卡", value=v, scope=LOT2, **PCT)
    R("05", c, "SUPPLIES", "AIServer", "标包2采用英伟达H20加速卡", scope=LOT2)
R("05", "AIServer", "DEPENDS_ON", "AcceleratorCard", "标包2采用英伟达H20加速卡")
R("05", "NVIDIA", "SUPPLIES", "AcceleratorCard", "标包2采用英伟达H20加速卡", tier="extended",
  alt_object="GPU", note="from the model name 英伟达H20加速卡")
R("05", "AIServer", "DEPENDS_ON", "CPU", "标包1的服务器均搭载鲲鹏处理器")
R("05", "华为", "SUPPLIES", "CPU", "标包1的服务器均搭载鲲鹏处理器")
R("05", "Intel", "SUPPLIES", "CPU", "标包2服务器的CPU则来自英特尔")

# ---- 06 operators' compute network
R("06", "中国", "MENTIONS_METRIC", "算力总规模", "我国算力总规模达到280 EFLOPS", value=280, unit="EFLOPS",
  year=2024)
R("06", "中国", "MENTIONS_METRIC", "智能算力规模", "我国算力总规模达到280 EFLOPS", value=90, unit="EFLOPS",
  year=2024)
R("06", "中国", "MENTIONS_METRIC", "在用算力中心标准机架数", "全国在用算力中心标准机架超过", value=880,
  unit="万架", qualifier=">", year=2024, note="year from 截至2024年底 in the same sentence")
PLAN = "《算力基础设施高质量发展行动计划》"
R("06", PLAN, "TARGETS", "算力总规模", "按照《算力基础设施", value=300, unit="EFLOPS", qualifier=">",
  year=2025, modality="target", alt_subject="中国")
R("06", PLAN, "TARGETS", "智能算力占比", "按照《算力基础设施", value=35, year=2025, modality="target",
  alt_subject="中国", **PCT)
R("06", "中国移动", "MENTIONS_METRIC", "智能算力规模", "中国移动的智算规模已达", value=29.2, unit="EFLOPS",
  tier="extended", note="company subject; the guide's MENTIONS_METRIC takes a region")
R("06", "中国移动智算中心（武汉）", "LOCATED_IN", "东西湖区", "中国移动的智算规模已达")
R("06", "东西湖区", "LOCATED_IN", "武汉市", "中国移动的智算规模已达", tier="extended")
R("06", "武汉市", "LOCATED_IN", "湖北省", "中国移动的智算规模已达", tier="extended")
R("06", "中国电信临港智算中心", "LOCATED_IN", "临港新片区", "中国电信临港智算中心落户")
R("06", "临港新片区", "LOCATED_IN", "浦东新区", "中国电信临港智算中心落户", tier="extended")
R("06", "浦东新区", "LOCATED_IN", "上海市", "中国电信临港智算中心落户", tier="extended")
R("06", "ComputeNetwork", "DEPENDS_ON", "OTN", "算网一体离不开高速光传送网")
for c in ["华为", "中兴通讯", "烽火通信"]:
    R("06", c, "SUPPLIES", "OTN", "骨干层的400G OTN设备")
for c in ["华为", "中兴通讯"]:
    R("06", c, "SUPPLIES", "Router", "骨干层的400G OTN设备")
R("06", "新华三", "SUPPLIES", "Router", "骨干层的400G OTN设备", tier="extended",
  note="inferred from 份额正在提升")
R("06", "上海市", "TARGETS", "智能算力规模", "上海市提出到2025年", value=30, unit="EFLOPS", qualifier=">",
  year=2025, modality="target")
R("06", "上海市", "TARGETS", "算力网络端到端时延", "上海市提出到2025年", value=1, unit="毫秒",
  qualifier="<", year=2025, modality="target")

# ---- 07 AI cluster networking (Traditional Chinese)
R("07", "NVIDIA", "SUPPLIES", "Switch", "InfiniBand陣營幾乎由", scope="InfiniBand（Quantum系列）")
R("07", "NVIDIA", "SUPPLIES", "NIC", "InfiniBand陣營幾乎由", scope="ConnectX")
R("07", "NVIDIA", "SUPPLIES", "InfiniBand", "InfiniBand陣營幾乎由", tier="extended",
  note="camp dominated by a single company")
R("07", "Switch", "DEPENDS_ON", "SwitchChip", "交換器的核心是交換器晶片")
R("07", "Broadcom", "SUPPLIES", "SwitchChip", "博通Tomahawk 5出貨量居冠",
  note="category named in the preceding sentence")
R("07", "Broadcom", "HAS_MARKET_SHARE", "SwitchChip", "博通Tomahawk 5出貨量居冠", value=70, qualifier="≈",
  scope="交換器晶片（出貨量）", note="約七成", **PCT)
R("07", "Marvell", "SUPPLIES", "SwitchChip", "博通Tomahawk 5出貨量居冠")
R("07", "Cisco", "SUPPLIES", "SwitchChip", "博通Tomahawk 5出貨量居冠")
R("07", "InfiniBand", "HAS_MARKET_SHARE", "AIBackendNetwork", "法人估計", value=65, qualifier="≈",
  year=2024, tier="extended", scope="AI後端網路", note="technology subject, not a company", **PCT)
R("07", "Ethernet", "HAS_MARKET_SHARE", "AIBackendNetwork", "法人估計", value=35, qualifier="≈",
  year=2024, tier="extended", scope="AI後端網路", note="technology subject, not a company", **PCT)
R("07", "SwitchChip", "LOCALIZATION_RATE", "中国", "國產化率仍不到10%", value=10, qualifier="<",
  scope="資料中心交換器晶片", **PCT)
R("07", "盛科通信", "SUPPLIES", "SwitchChip", "盛科通信已量產")
for c in ["华为", "新华三", "锐捷网络"]:
    R("07", c, "SUPPLIES", "Switch", "交換器整機由華為")
R("07", "Accton", "SUPPLIES", "WhiteBoxSwitch", "智邦(Accton)替美系", alt_object="Switch")
R("07", "Accton", "LOCATED_IN", "新竹科学园区", "該公司總部位於", note="headquarters; subject is 該公司")

# ---- 08 switch market ranking
R("08", "中国", "MENTIONS_METRIC", "数据中心以太网交换机市场规模", "市场规模约为218亿元", value=218,
  unit="亿元", qualifier="≈", year=2024)
TOP5 = "按收入计算，前五名依次为"
HEAD = "2024年中国数据中心交换机市场：前五名依次为"
for c, v in [("华为", 34.1), ("新华三", 30.6), ("锐捷网络", 16.2), ("中兴通讯", 6.5), ("Cisco", 3.8)]:
    R("08", c, "HAS_MARKET_SHARE", "Switch", TOP5, value=v, year=2024,
      scope="中国数据中心以太网交换机市场（按收入）", **PCT)
    R("08", c, "SUPPLIES", "Switch", TOP5, alt=[HEAD])
for c, v, row in [("新华三", 36, "1. 新华三"), ("锐捷网络", 29, "2. 锐捷网络"), ("华为", 24, "3. 华为")]:
    R("08", c, "HAS_MARKET_SHARE", "Switch", row, value=v, year=2024, scope="200G/400G高速交换机细分市场",
      **PCT)
for c in ["锐捷网络", "星融元", "曦澜网络"]:
    R("08", c, "SUPPLIES", "WhiteBoxSwitch", "锐捷网络居首",
      note="category named in the preceding sentence (白盒交换机赛道)")
R("08", "曦澜网络", "LOCATED_IN", "江宁区", "曦澜网络成立于2019年", note="headquarters")
R("08", "江宁区", "LOCATED_IN", "南京市", "曦澜网络成立于2019年", tier="extended")
R("08", "南京市", "LOCATED_IN", "江苏省", "曦澜网络成立于2019年", tier="extended")
R("08", "Switch", "PART_OF_SEGMENT", "Midstream", "交换机属于算力产业链中游", scope="算力产业链")
R("08", "Switch", "DEPENDS_ON", "SwitchChip", "上述整机厂商大多采用博通的交换芯片")
R("08", "Broadcom", "SUPPLIES", "SwitchChip", "上述整机厂商大多采用博通的交换芯片")
R("08", "盛科通信", "SUPPLIES", "SwitchChip", "上述整机厂商大多采用博通的交换芯片",
  note="国产盛科通信的芯片 = switch chips (category elided)")
R("08", "Cisco", "SUPPLIES", "SwitchChip", "思科则使用自研的Silicon One芯片", tier="extended",
  note="in-house chip used in its own switches")

# ---- 09 investor Q&A
R("09", "钧湃信息", "SUPPLIES", "Server", "公司服务器产品已适配", note="subject is 公司 = 钧湃信息")
R("09", "Server", "DEPENDS_ON", "CPU", "公司服务器产品已适配", alt=["公司本身不设计CPU"])
R("09", "海光信息", "SUPPLIES", "CPU", "海光信息是公司第一大供应商", alt=["公司服务器产品已适配"])
R("09", "飞腾", "SUPPLIES", "CPU", "公司服务器产品已适配")
R("09", "龙芯中科", "SUPPLIES", "CPU", "公司服务器产品已适配", note="surface 龙芯")
R("09", "华为", "SUPPLIES", "CPU", "公司服务器产品已适配", tier="extended",
  note="only the brand 鲲鹏 is named; maker is common knowledge")
R("09", "算能", "SUPPLIES", "CPU", "基于算能SG2042处理器", scope="RISC-V")
R("09", "钧湃信息", "HAS_MARKET_SHARE", "Server", "据第三方机构统计", value=7.5, qualifier="≈", year=2024,
  scope="国产CPU服务器市场", **PCT)
R("09", "钧湃信息", "LOCATED_IN", "成都高新区", "公司总部位于四川省成都市高新区", note="headquarters")
R("09", "钧湃信息", "LOCATED_IN", "游仙区", "公司总部位于四川省成都市高新区", note="production base")
R("09", "成都高新区", "LOCATED_IN", "成都市", "公司总部位于四川省成都市高新区", tier="extended")
R("09", "成都市", "LOCATED_IN", "四川省", "公司总部位于四川省成都市高新区", tier="extended")
R("09", "游仙区", "LOCATED_IN", "绵阳市", "公司总部位于四川省成都市高新区", tier="extended")

# ---- 10 server CPU camps (English)
X86 = "The x86 camp is led by Hygon"
ARM = "The Arm camp includes Huawei"
RV = "RISC-V is the youngest camp"
R("10", "海光信息", "SUPPLIES", "CPU", X86, scope="x86")
R("10", "兆芯", "SUPPLIES", "CPU", X86, scope="x86")
R("10", "华为", "SUPPLIES", "CPU", ARM, scope="Arm (Kunpeng)")
R("10", "飞腾", "SUPPLIES", "CPU", ARM, scope="Arm")
R("10", "平头哥", "SUPPLIES", "CPU", ARM, scope="Arm (Yitian 710)")
R("10", "算能", "SUPPLIES", "CPU", RV, scope="RISC-V")
R("10", "赛昉科技", "SUPPLIES", "CPU", RV, scope="RISC-V")
R("10", "龙芯中科", "SUPPLIES", "CPU", "Loongson (龙芯中科) stands apart", scope="LoongArch")
R("10", "Intel", "SUPPLIES", "CPU", "x86 chips from Intel and AMD", scope="x86")
R("10", "AMD", "SUPPLIES", "CPU", "x86 chips from Intel and AMD", scope="x86")
R("10", "TSMC", "SUPPLIES", "Foundry", ARM)
R("10", "海光信息", "HAS_MARKET_SHARE", "CPU", "Hygon took a 12% share", value=12, year=2024,
  scope="China's server CPU shipments", note="year from the preceding sentence", **PCT)
R("10", "CPU", "LOCALIZATION_RATE", "中国", "Domestic CPUs reached", value=21, qualifier="≈",
  scope="government and telecom servers", **PCT)
R("10", "兆芯", "LOCATED_IN", "上海市", X86, note="headquarters (Shanghai-based)")
R("10", "龙芯中科", "LOCATED_IN", "海淀区", "The company is headquartered in Haidian",
  note="headquarters; subject is 'The company' = Loongson")
R("10", "海淀区", "LOCATED_IN", "北京市", "The company is headquartered in Haidian", tier="extended")
R("10", "Server", "DEPENDS_ON", "CPU", "Servers depend on these CPUs")
R("10", "CPU", "DEPENDS_ON", "Foundry", "Servers depend on these CPUs",
  alt=["The company is headquartered in Haidian"])
R("10", "浪潮信息", "SUPPLIES", "Server", "build servers around the chips")
R("10", "中科曙光", "SUPPLIES", "Server", "build servers around the chips")

# ---- 11 Entity List and other bans (Traditional Chinese)
EL = "美国实体清单"
R("11", EL, "RESTRICTS", "中科曙光", "2019年6月21日", date="2019-06-21", year=2019, qualifier="列入实体清单")
R("11", EL, "RESTRICTS", "天津海光", "2019年6月21日", date="2019-06-21", year=2019, qualifier="列入实体清单")
R("11", EL, "RESTRICTS", "浪潮集团", "2023年3月2日", date="2023-03-02", year=2023, qualifier="列入实体清单")
R("11", EL, "RESTRICTS", "摩尔线程", "同年10月17日", date="2023-10-17", year=2023, qualifier="列入实体清单")
R("11", EL, "RESTRICTS", "壁仞科技", "同年10月17日", date="2023-10-17", year=2023, qualifier="列入实体清单")
R("11", EL, "RESTRICTS", "曜谷", "2025年3月25日", date="2025-03-25", year=2025, qualifier="列入实体清单")
R("11", EL, "RESTRICTS", "浪潮集团", "2025年3月25日", date="2025-03-25", year=2025, tier="extended",
  qualifier="旗下多家子公司列入实体清单", note="the listed parties are unnamed subsidiaries")
MIC = "美光产品网络安全审查结论（2023年5月21日）"
FCC = "美国FCC设备授权禁令（2022年11月25日）"
R("11", MIC, "RESTRICTS", "Micron", "國家網信辦於2023年5月21日", date="2023-05-21", year=2023,
  qualifier="关键信息基础设施运营者停止采购美光产品")
R("11", FCC, "RESTRICTS", "华为", "FCC）則於2022年11月25日", date="2022-11-25", year=2022,
  qualifier="通讯设备在美国取得新的授权")
R("11", FCC, "RESTRICTS", "中兴通讯", "FCC）則於2022年11月25日", date="2022-11-25", year=2022,
  qualifier="通讯设备在美国取得新的授权")
R("11", EL, "ISSUED_BY", "美国商务部工业与安全局", "美國商務部工業與安全局（BIS）", tier="extended")
R("11", MIC, "ISSUED_BY", "国家网信办", "國家網信辦於2023年5月21日", tier="extended")
R("11", FCC, "ISSUED_BY", "美国联邦通信委员会", "FCC）則於2022年11月25日", tier="extended")
R("11", "浪潮集团", "SUPPLIES", "Server", "2023年3月2日", note="伺服器大廠浪潮集團")
R("11", "摩尔线程", "SUPPLIES", "GPU", "同年10月17日", note="GPU新創")
R("11", "壁仞科技", "SUPPLIES", "GPU", "同年10月17日", note="GPU新創")
R("11", "曜谷", "SUPPLIES", "AIServer", "2025年3月25日", note="AI伺服器業者曜谷")
R("11", "中科曙光", "SUPPLIES", "Server", "曙光改以海光處理器")
R("11", "长鑫存储", "SUPPLIES", "DRAM", "曙光改以海光處理器")
R("11", "海光信息", "SUPPLIES", "CPU", "曙光改以海光處理器", tier="extended", note="海光處理器")
R("11", "Server", "DEPENDS_ON", "CPU", "曙光改以海光處理器")
R("11", "Server", "DEPENDS_ON", "AcceleratorCard", "曙光改以海光處理器")
R("11", "Server", "DEPENDS_ON", "DRAM", "曙光改以海光處理器", tier="extended")

# ---- 12 memory interface chips (brokerage note)
R("12", "MemoryModule", "DEPENDS_ON", "MemoryInterfaceChip", "内存接口芯片是服务器内存模组的关键部件",
  alt=["每根DDR5 RDIMM需搭载"])
R("12", "MemoryModule", "DEPENDS_ON", "PMIC", "每根DDR5 RDIMM需搭载")
R("12", "MemoryModule", "DEPENDS_ON", "SPDHub", "每根DDR5 RDIMM需搭载")
R("12", "MemoryModule", "DEPENDS_ON", "DRAM", "模组的核心原材料DRAM")
MIC_SCOPE = "全球DDR5内存接口芯片市场"
TRI = "全球DDR5内存接口芯片呈三足鼎立格局"
R("12", "澜起科技", "HAS_MARKET_SHARE", "MemoryInterfaceChip", TRI, value=45, scope=MIC_SCOPE, **PCT)
R("12", "Renesas", "HAS_MARKET_SHARE", "MemoryInterfaceChip", TRI, value=35, scope=MIC_SCOPE, **PCT)
R("12", "Rambus", "HAS_MARKET_SHARE", "MemoryInterfaceChip", TRI, value=15, alt_value=20, qualifier="≈",
  scope=MIC_SCOPE, note="range 约15%-20%", **PCT)
R("12", "澜起科技", "SUPPLIES", "MemoryInterfaceChip", TRI, alt=["澜起科技　RCD", "MRCD/MDB芯片已量产"])
R("12", "Renesas", "SUPPLIES", "MemoryInterfaceChip", TRI, alt=["瑞萨电子　RCD"])
R("12", "Rambus", "SUPPLIES", "MemoryInterfaceChip", TRI, alt=["Rambus　RCD"])
for c, row in [("澜起科技", "澜起科技　RCD"), ("Renesas", "瑞萨电子　RCD"), ("Rambus", "Rambus　RCD")]:
    R("12", c, "SUPPLIES", "PMIC", row, scope="表2")
for c, row in [("澜起科技", "澜起科技　RCD"), ("Rambus", "Rambus　RCD")]:
    R("12", c, "SUPPLIES", "SPDHub", row, scope="表2")
for c in ["江波龙", "嘉合劲威", "翊弘电子"]:
    R("12", c, "SUPPLIES", "MemoryModule", "国内江波龙、嘉合劲威及翊弘电子")
for c in ["Samsung", "SK hynix", "Micron"]:
    R("12", c, "SUPPLIES", "MemoryModule", "三家原厂合计份额超过90%", tier="extended",
      note="only a combined share is given")
R("12", "DRAM", "LOCALIZATION_RATE", "中国", "国产化率不足10%", value=10, qualifier="<", year=2024,
  scope="国内服务器DRAM颗粒", **PCT)
R("12", "长鑫存储", "SUPPLIES", "DRAM", "模组的核心原材料DRAM", tier="extended",
  note="正加快追赶: implied domestic DRAM maker")
R("12", "澜起科技", "LOCATED_IN", "徐汇区", "总部位于上海市徐汇区", note="headquarters")
R("12", "徐汇区", "LOCATED_IN", "上海市", "总部位于上海市徐汇区", tier="extended")
R("12", "翊弘电子", "LOCATED_IN", "合肥经济技术开发区", "服务器模组生产基地落户", note="production base")
R("12", "合肥经济技术开发区", "LOCATED_IN", "合肥市", "服务器模组生产基地落户", tier="extended")
R("12", "合肥市", "LOCATED_IN", "安徽省", "服务器模组生产基地落户", tier="extended")

# ---- 13 data-centre REITs and parks (markdown)
R("13", "北溟佛山一号数据中心", "LOCATED_IN", "南海区", "底层资产为位于广东省佛山市南海区")
R("13", "南海区", "LOCATED_IN", "佛山市", "底层资产为位于广东省佛山市南海区", tier="extended")
R("13", "佛山市", "LOCATED_IN", "广东省", "底层资产为位于广东省佛山市南海区", tier="extended")
R("13", "北溟数据", "SUPPLIES", "DataCenter", "原始权益人北溟数据", alt=["| 株洲云龙数据中心 |"])
for fac, dist, city, prov, row in [
        ("万国数据南通海门园区", "海门区", "南通市", "江苏省", "| 万国数据南通海门园区 |"),
        ("数字福建长乐智算园", "长乐区", "福州市", "福建省", "| 数字福建长乐智算园 |")]:
    R("13", fac, "LOCATED_IN", dist, row)
    R("13", dist, "LOCATED_IN", city, row, tier="extended")
    R("13", city, "LOCATED_IN", prov, row, tier="extended")
R("13", "株洲云龙数据中心", "LOCATED_IN", "株洲市", "| 株洲云龙数据中心 |")
R("13", "株洲市", "LOCATED_IN", "湖南省", "| 株洲云龙数据中心 |", tier="extended")
R("13", "万国数据", "SUPPLIES", "DataCenter", "| 万国数据南通海门园区 |", note="operator (运营方) column")
R("13", "砺峰股份", "SUPPLIES", "DataCenter", "| 数字福建长乐智算园 |", note="operator (运营方) column")
R("13", "砺峰股份", "SUPPLIES", "DataCenterEngineering", "砺峰股份同时为上述园区")
R("13", "广东省", "MENTIONS_METRIC", "在用数据中心标准机架数", "2024年广东省在用数据中心标准机架", value=52,
  unit="万架", qualifier="≈", year=2024)
R("13", "广东省", "MENTIONS_METRIC", "数据中心平均PUE", "2024年广东省在用数据中心标准机架", value=1.35,
  year=2024)
R("13", "广东省", "TARGETS", "数据中心平均PUE", "按照省内规划", value=1.3, qualifier="<", year=2025,
  modality="target", note="unnamed provincial plan (省内规划)")
R("13", "DataCenter", "PART_OF_SEGMENT", "Downstream", "数据中心属于算力产业链的下游", scope="算力产业链")

# ----------------------------------------------------------------- entity docs and tiers
def alias_docs():
    pairs = [(a, c) for c, e in ENTS.items() for a in e["aliases"] if a not in NOMATCH[c]]
    pairs.sort(key=lambda x: -len(x[0]))
    found = collections.defaultdict(set)
    for name, text in DOCS.items():
        mask = [False] * len(text)
        for a, c in pairs:
            if re.fullmatch(r"[\x00-\x7f]+", a):
                pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(a) + r"(?![A-Za-z0-9])")
            else:
                pat = re.compile(re.escape(a))
            for m in pat.finditer(text):
                if any(mask[m.start():m.end()]):
                    continue
                for i in range(m.start(), m.end()):
                    mask[i] = True
                found[c].add(name)
    return found


found = alias_docs()
tiers = collections.defaultdict(set)
for r in RELS:
    for k in ("subject", "object"):
        found[r[k]].add(r["doc"])
        tiers[r[k]].add(r["tier"])
for c, e in ENTS.items():
    e["docs"] = sorted(found[c])
    e["tier"] = "core" if "core" in tiers[c] else ("extended" if tiers[c] else "mention")

ENT_ORDER = ["kind", "canonical", "type", "aliases", "country", "docs", "tier", "parent", "maker",
             "category", "subtype", "date", "note"]
keys = collections.Counter((r["subject"], r["predicate"], r["object"], r["doc"], r.get("value"), r.get("year"))
                           for r in RELS)
assert all(n == 1 for n in keys.values()), [k for k, n in keys.items() if n > 1]

with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
    for e in ENTS.values():
        f.write(json.dumps({k: e[k] for k in ENT_ORDER if k in e}, ensure_ascii=False) + "\n")
    for r in RELS:
        out = {"kind": "relation"}
        out.update({k: r[k] for k in ORDER if k in r})
        f.write(json.dumps(out, ensure_ascii=False) + "\n")
print(f"wrote {len(ENTS)} entities and {len(RELS)} relations")
