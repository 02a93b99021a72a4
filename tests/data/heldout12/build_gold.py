"""Build tests/data/heldout12/gold.jsonl (blind held-out set 12).

Run: python3 tests/data/heldout12/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table-row line) of the document that contains it. The script
stops if a fragment matches zero or several sentences.
Format: ../shared/eval/README.md. Layout and helpers follow tests/data/heldout8/build_gold.py.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h12_*") if p.suffix in (".txt", ".md"))
DOCS = {p.name: p.read_text(encoding="utf-8") for p in FILES}
KEY = {p.name[4:6]: p.name for p in FILES}          # "01" -> file name
ENGLISH = {n for n in DOCS if n.endswith("_en.txt")}

# ----------------------------------------------------------------- sentences
# list markers stripped from the start of a sentence:
# 一、 1、 （1） （一） 1. ● • - # > 问： 答：
MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+、|（\d+）|（[一二三四五六七八九十]+）|\d+\.\s+|[●•]\s*|-\s+|#+\s*|>\s*|问：|答：|[A-Z]{2,}:\s+)")


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


def C(canonical, aliases, country="CN", nomatch=(), **kw):
    E(canonical, "Company", aliases, country, nomatch, **kw)


def P(canonical, aliases, nomatch=(), **kw):
    E(canonical, "ProductCategory", aliases, None, nomatch, **kw)


def G(canonical, aliases, country="CN", nomatch=(), **kw):
    E(canonical, "Region", aliases, country, nomatch, **kw)


def M(canonical, aliases, **kw):
    E(canonical, "Metric", aliases, None, **kw)


def F(canonical, aliases, country="CN", **kw):
    E(canonical, "Facility", aliases, country, **kw)


def O(canonical, aliases, country, **kw):
    E(canonical, "Organization", aliases, country, **kw)


def PM(canonical, aliases, maker, category, **kw):
    E(canonical, "ProductModel", aliases, None, maker=maker, category=category, **kw)


def POL(canonical, aliases, country, **kw):
    E(canonical, "Policy", aliases, country, **kw)


# ---- foreign companies (English canonical; Taiwanese firms are foreign, TW)
C("Chenbro", ["勤诚兴业", "Chenbro"], "TW")
C("King Slide", ["川湖科技", "King Slide"], "TW")
C("Delta Electronics", ["台达电子"], "TW")
C("Lite-On Technology", ["光宝科技"], "TW")
C("Schneider Electric", ["施耐德电气"], "FR")
C("Eaton", ["伊顿"], "IE")
C("Vertiv", ["维谛技术"], "US")
C("TSMC", ["台积电"], "TW")
C("Samsung", ["三星"], "KR")
C("SK hynix", ["SK海力士"], "KR")
C("Coherent", ["Coherent"], "US")
C("Broadcom", ["Broadcom"], "US")
C("Mitsubishi Electric", ["Mitsubishi Electric"], "JP")
C("Hon Hai", ["鴻海"], "TW")
C("Quanta", ["廣達"], "TW")
C("Wiwynn", ["緯穎"], "TW")
C("Amphenol", ["安費諾", "Amphenol"], "US")
C("BizLink", ["貿聯-KY"], "TW")
C("Lotes", ["嘉澤"], "TW")
C("NVIDIA", ["英伟达", "輝達"], "US")
C("Tokyo Electron", ["东京电子"], "JP")
C("ASML", ["ASML"], "NL")
C("Photronics", ["Photronics"], "US")
C("Toppan", ["Toppan"], "JP")
C("DNP", ["DNP"], "JP")
C("Cabot", ["Cabot"], "US")
C("Fujimi", ["Fujimi"], "JP")
C("AMD", ["AMD"], "US")
C("Intel", ["Intel"], "US")
C("Dell", ["Dell"], "US")
C("HPE", ["HPE"], "US")
C("Supermicro", ["Supermicro"], "US")

# ---- mainland Chinese companies (real)
C("浪潮信息", ["浪潮信息", "Inspur"])
C("新华三", ["新华三", "H3C"])
C("同为股份", ["同为股份"])
C("阿里巴巴", ["Alibaba"])
C("阿里云", ["阿里云"], parent="阿里巴巴")
C("华为", ["华为", "Huawei"])
C("华为云", ["华为云"], parent="华为")
C("麦格米特", ["麦格米特"])
C("摩尔线程", ["摩尔线程"])
C("沐曦", ["沐曦集成电路（上海）股份有限公司"])
C("壁仞科技", ["壁仞科技"])
C("燧原科技", ["燧原科技"])
C("中芯国际", ["中芯国际"])
C("中芯南方", ["中芯南方"], parent="中芯国际")
C("通富微电", ["通富微电"])
C("长电科技", ["长电科技"])
C("长鑫存储", ["长鑫存储"])
C("天数智芯", ["天数智芯"])
C("中兴通讯", ["ZTE"])
C("烽火通信", ["FiberHome"])
C("中际旭创", ["Innolight", "中際旭創"])
C("新易盛", ["Eoptolink"])
C("光迅科技", ["Accelink"])
C("源杰科技", ["Yuanjie Semiconductor"])
C("长飞光纤", ["YOFC"])
C("亨通光电", ["Hengtong"])
C("中国移动", ["China Mobile"])
C("立讯精密", ["立訊精密"])
C("宁畅", ["宁畅", "Nettrix"])
C("英维克", ["英维克"])
C("科华数据", ["科华数据"])
C("华工科技", ["华工科技"])
C("科大讯飞", ["科大讯飞"])
C("字节跳动", ["字节跳动", "ByteDance"])
C("火山引擎", ["火山引擎"], parent="字节跳动")
C("长江存储", ["长江存储"])
C("上海微电子", ["上海微电子"])
C("拓荆科技", ["拓荆科技"])
C("新凯来", ["新凯来"])
C("中微公司", ["中微公司"])
C("北方华创", ["北方华创"])
C("盛美上海", ["盛美上海"])
C("华海清科", ["华海清科"])
C("华虹集团", ["华虹集团"])
C("中科驭数", ["中科驭数"])
C("云豹智能", ["云豹智能"])
C("芯启源", ["芯启源"])
C("网迅科技", ["网迅科技"])
C("超聚变", ["xFusion"])
C("联想", ["Lenovo"])
C("中科曙光", ["Sugon"])
C("神州数码", ["Digital China"])
C("软通动力", ["iSoftStone"])
C("腾讯", ["Tencent"])
C("腾讯云", ["腾讯云"], parent="腾讯")
C("海光信息", ["Hygon"])
C("清溢光电", ["清溢光电"])
C("路维光电", ["路维光电"])
C("鼎龙股份", ["鼎龙股份"])
C("安集科技", ["安集科技"])
C("江化微", ["江化微"])
C("晶瑞电材", ["晶瑞电材"])
C("格林达", ["格林达"])
C("菲利华", ["菲利华"])
C("石英股份", ["石英股份"])
C("百度智能云", ["百度智能云"], note="Baidu's cloud unit (parent 百度 not named in the text)")
C("昆仑芯", ["昆仑芯"], note="Baidu-affiliated AI-chip maker (parent 百度 not named in the text)")
C("平头哥", ["平头哥"], parent="阿里巴巴")
C("寒武纪", ["寒武纪"])
G("三大电信运营商", ["the three state carriers", "the three telecom operators"], note="CompanyGroup")
ENTS["三大电信运营商"]["type"] = "CompanyGroup"

# ---- invented companies
INV = "invented"
C("铠岳精密", ["铠岳精密", "苏州铠岳精密机械股份有限公司"], note=INV + "; server chassis, GPU trays and rails (01)")
C("驰轨精工", ["宁波驰轨精工科技有限公司"], note=INV + "; rails still sampling, no volume supply (01)")
C("澜峰电气", ["杭州澜峰电气有限公司"], note=INV + "; busbar and 48V power shelf (01)")
C("恒栈设备", ["天津恒栈数据设备有限公司"], note=INV + "; planned rack line only (01)")
C("曦岳半导体", ["曦岳半导体（深圳）有限公司"], note=INV + "; inference GPU taped out, mass production planned (02)")
C("芯翊微电子", ["芯翊微电子"], note=INV + "; not yet taped out (02)")
C("蔚光光学", ["Weiguang Optical", "Weiguang"], note=INV + "; 400ZR coherent modules, Suzhou Industrial Park (03)")
C("鉅聯精密", ["鉅聯精密", "鉅聯精密工業股份有限公司"], "TW", note=INV + "; Taiwanese connector and cable maker (04)")
C("湘江智算", ["湘江智算科技(长沙)股份有限公司"], note=INV + "; 智算中心 operator, the annual report's 公司 (05)")
C("澜渊芯", ["澜渊芯（北京）科技有限公司", "澜渊芯"], note=INV + "; DPU vendor (07)")
C("沐光芯", ["沐光芯"], note=INV + "; Ethernet NIC at sample stage only (07)")
C("天川系统", ["Tianchuan Systems"], note=INV + "; Chengdu white-box server maker (08)")
C("甬晶掩模", ["宁波甬晶掩模科技有限公司", "甬晶掩模"], note=INV + "; phase-shift mask still in qualification (09)")
C("蜀硅石英", ["四川蜀硅石英材料有限公司", "蜀硅石英"], note=INV + "; planned quartz-ring plant (09)")
C("蓝湾算力", ["深圳蓝湾算力科技有限公司", "蓝湾算力", "蓝湾"], note=INV + "; compute rental in 松山湖 (10)")
C("算途科技", ["算途科技"], note=INV + "; NVIDIA-card compute rental (10)")

# ---- organisations
O("美国商务部", ["美国商务部"], "US")
O("美国国防部", ["美国国防部"], "US")
O("Jiangcheng Securities", ["Jiangcheng Securities"], "CN", note="invented brokerage, author of 08")

# ---- policies
POL_EL = "美国实体清单"
POL_US22 = "美国对华芯片出口管制（2022年10月7日）"
POL_JP = "日本半导体制造设备出口管制（2023年7月23日）"
POL_NL = "荷兰先进半导体制造设备出口管制（2023年9月1日）"
POL_NL24 = "荷兰浸没式DUV光刻机出口管制扩围（2024年9月7日）"
POL_US24 = "美国对华半导体制造设备及HBM出口管制（2024年12月2日）"
POL(POL_EL, ["实体清单"], "US")
POL(POL_US22, ["对华芯片出口管制新规"], "US", date="2022-10-07")
POL(POL_JP, ["23类先进半导体制造设备实施出口管制"], "JP", date="2023-07-23")
POL(POL_NL, ["荷兰的管制"], "NL", date="2023-09-01")
POL(POL_NL24, ["荷兰许可范围"], "NL", date="2024-09-07")
POL(POL_US24, ["美国再次扩大管制"], "US", date="2024-12-02")
POL("美国国防部中国军事企业清单", ["中国军事企业"], "US", note="1260H list; the text says it is not an export control")

# ---- product models
PM("MTT S4000", ["MTT S4000"], "摩尔线程", "AcceleratorCard")
PM("曦云C500", ["曦云C500"], "沐曦", "GPU")
PM("BR100", ["BR100"], "壁仞科技", "GPU")
PM("岳影X1", ["岳影X1"], "曦岳半导体", "GPU")
PM("天垓100", ["天垓100"], "天数智芯", "GPU")
PM("昇腾910B", ["昇腾910B"], "华为", "AIChip")
PM("昇腾910C", ["昇腾910C"], "华为", "AIChip")
PM("NXT:2000i", ["NXT:2000i"], "ASML", "Lithography")
PM("NXT:1970i", ["NXT:1970i"], "ASML", "Lithography")
PM("NXT:1980i", ["NXT:1980i"], "ASML", "Lithography")
PM("K2-Pro", ["K2-Pro"], "中科驭数", "DPU")
PM("云豹DPU SoC", ["云豹DPU SoC"], "云豹智能", "DPU")
PM("Agilio增强版", ["Agilio增强版"], "芯启源", "SmartNIC")
PM("LY-2000", ["LY-2000"], "澜渊芯", "DPU")
PM("Sapphire", ["Sapphire"], "网迅科技", "EthernetNIC")
PM("MG-100", ["MG-100"], "沐光芯", "EthernetNIC")
PM("BlueField", ["BlueField"], "NVIDIA", "DPU")
PM("CIPU", ["CIPU"], "阿里云", "DPU")
PM("擎天", ["擎天"], "华为", "DPU")
PM("H100", ["H100"], "NVIDIA", "GPU")
PM("H800", ["H800"], "NVIDIA", "GPU")
PM("H20", ["H20"], "NVIDIA", "GPU")
PM("A800", ["A800"], "NVIDIA", "GPU")
PM("昆仑芯P800", ["昆仑芯P800"], "昆仑芯", "AIChip")
PM("含光800", ["含光800"], "平头哥", "AIChip")
PM("GB200", ["GB200"], "NVIDIA", "AIServer")
PM("Atlas", ["Atlas"], "华为", "AIServer")

# ---- product categories
P("ServerChassis", ["AI服务器机箱", "服务器机箱", "机箱"], nomatch=("机箱",))
P("GPUTray", ["GPU托盘"])
P("ServerRail", ["服务器导轨", "导轨", "滑轨"], nomatch=("导轨",))
P("PDU", ["PDU", "智能PDU", "机柜PDU", "高端PDU"])
P("Busbar", ["铜排", "busbar"])
P("PowerShelf", ["48V电源架"])
P("ServerPSU", ["服务器电源"])
P("RackSystem", ["整机柜", "liquid-cooled rack systems"], note="整机柜 / rack-scale systems")
P("Server", ["服务器", "servers", "伺服器", "China server market", "server market"], nomatch=("服务器", "servers", "伺服器"))
P("AIServer", ["AI服务器", "AI伺服器", "AI servers", "GPU服务器"])
P("GPU", ["GPU", "通用GPU", "推理GPU"], nomatch=("GPU",))
P("AcceleratorCard", ["训练卡", "加速卡"])
P("AIChip", ["训练芯片"])
P("Foundry", ["代工", "代工厂"], nomatch=("代工",))
P("AdvancedPackaging", ["2.5D先进封装"])
P("PackagingTesting", ["封装和测试"])
P("HBM", ["HBM", "HBM2e"])
P("DCIEquipment", ["DCI platforms"], note="data-centre interconnect (OTN/WDM) platforms")
P("OpticalModule", ["光模块", "光模組", "800G modules", "optical-module", "transceivers"])
P("CoherentOpticalModule", ["coherent 400ZR pluggable modules", "400ZR modules"])
P("LaserChip", ["laser chips", "25G-and-above laser chips"])
P("EMLChip", ["EML lasers", "EML chips", "100G EML"])
P("HollowCoreFiber", ["hollow-core fibre"])
P("HighSpeedCable", ["高速銅纜", "銅纜"])
P("ServerConnector", ["高速連接器", "伺服器板端連接器", "板端連接器"])
P("ConsumerCable", ["消費電子線材"])
P("CPUSocket", ["CPU插座"])
P("BoardToBoardConnector", ["板對板連接器"])
P("ComputeRental", ["GPU算力租赁", "算力租赁"])
P("ColocationService", ["机柜托管"])
P("ModelTrainingPlatform", ["模型训练平台服务"])
P("DataCenter", ["智算中心", "数据中心"], nomatch=("智算中心", "数据中心"))
P("LiquidCooling", ["液冷系统"])
P("UPS", ["UPS"])
P("PowerDistribution", ["配电设备"])
P("SemiconductorEquipment", ["半导体制造设备", "制造设备"])
P("EtchEquipment", ["刻蚀", "CCP刻蚀机", "刻蚀设备"], nomatch=("刻蚀",))
P("CoaterDeveloper", ["涂胶显影设备"])
P("Lithography", ["浸没式DUV光刻机"])
P("DepositionEquipment", ["薄膜沉积设备"])
P("CleaningEquipment", ["清洗设备"])
P("CMPEquipment", ["CMP设备"])
P("DPU", ["DPU"])
P("SmartNIC", ["智能网卡"])
P("EthernetNIC", ["以太网卡"])
P("CPU", ["CPUs"])
P("Photomask", ["光掩模", "掩模", "相移掩模"], nomatch=("掩模",))
P("CMPPad", ["CMP抛光垫", "抛光垫"])
P("CMPSlurry", ["抛光液"])
P("WetChemical", ["湿电子化学品"])
P("QuartzCrucible", ["石英坩埚"])
P("QuartzComponent", ["石英器件", "石英件", "石英环"])
P("HighPurityQuartzSand", ["高纯石英砂"])
P("CloudService", ["昇腾云服务"])
P("Photoresist", ["光刻胶"])

# ---- metrics
M("服务器市场规模", ["server market reached"])
M("AI服务器占比", ["AI servers will account for"])
M("整机柜年产能", ["设计年产能"])
M("算力规模", ["算力规模", "总算力规模"])
M("上架率", ["上架率"])
M("PUE", ["PUE"])
M("H100八卡服务器月租", ["H100八卡整机月租"])

# ---- facilities
F("岳麓智算中心", ["岳麓智算中心"])
F("天心数据中心", ["天心数据中心"])
F("芜湖智算中心", ["芜湖智算中心"])

# ---- regions
G("中国", ["中国", "国内", "China", "中国大陆"], nomatch=("国内",), subtype="country")
G("全球", ["全球", "global"], None, subtype="world")
G("美国", ["美国", "US", "美國"], "US", nomatch=("US",), subtype="country")
G("日本", ["日本"], "JP", subtype="country")
G("荷兰", ["荷兰"], "NL", subtype="country")
G("越南", ["越南"], "VN", subtype="country")
G("北江省", ["越南北江", "北江"], "VN", subtype="province", note="Bac Giang")
G("泰国", ["Thailand"], "TH", subtype="country")
G("墨西哥", ["墨西哥"], "MX", subtype="country")
G("苏州", ["苏州"], subtype="city")
G("苏州工业园区", ["Suzhou Industrial Park"], subtype="district")
G("杭州", ["杭州"], subtype="city")
G("宁波", ["宁波"], subtype="city")
G("天津", ["天津"], subtype="city")
G("武清区", ["武清区"], subtype="district")
G("深圳", ["深圳"], subtype="city")
G("上海", ["上海"], subtype="city")
G("北京", ["北京"], subtype="city")
G("长沙", ["长沙", "长沙市"], subtype="city")
G("岳麓区", ["岳麓区"], subtype="district")
G("天心区", ["天心区"], subtype="district")
G("望城区", ["望城区"], subtype="district")
G("芜湖", ["芜湖市"], subtype="city")
G("鸠江区", ["鸠江区"], subtype="district")
G("湖南", ["湖南"], subtype="province")
G("昆山", ["昆山"], subtype="city")
G("武汉", ["Wuhan"], subtype="city")
G("成都", ["Chengdu"], subtype="city")
G("广州", ["Guangzhou"], subtype="city")
G("济南", ["Jinan"], subtype="city")
G("德阳", ["德阳"], subtype="city")
G("四川", ["四川"], subtype="province")
G("东莞", ["东莞"], subtype="city")
G("松山湖", ["松山湖"], subtype="district")
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
PREFIX = "headquarters, inferred from the place prefix of the registered name"
# ---- 01 行业快讯: chassis, rails, PDU, PSU
F01a = "勤诚兴业（Chenbro）与铠岳精密的份额分别约为22%和15%"
S01 = dict(year=2024, qualifier="≈", unit="%", scope="国内AI服务器机箱出货（2024年前三季度）")
R("01", "Chenbro", "HAS_MARKET_SHARE", "ServerChassis", F01a, value=22, **S01)
R("01", "铠岳精密", "HAS_MARKET_SHARE", "ServerChassis", F01a, value=15, **S01)
R("01", "Chenbro", "SUPPLIES", "ServerChassis", F01a)
F01b = "主营服务器机箱、GPU托盘和服务器导轨"
R("01", "铠岳精密", "SUPPLIES", "ServerChassis", F01b, alt=[F01a])
R("01", "铠岳精密", "SUPPLIES", "GPUTray", F01b)
R("01", "铠岳精密", "SUPPLIES", "ServerRail", F01b)
R("01", "铠岳精密", "LOCATED_IN", "苏州", F01b, tier="extended", note=PREFIX)
R("01", "浪潮信息", "SUPPLIES", "Server", F01b, tier="extended", note="called 整机厂 while listed as 铠岳精密's customer")
R("01", "新华三", "SUPPLIES", "Server", F01b, tier="extended", note="called 整机厂 while listed as 铠岳精密's customer")
F01c = "川湖科技（King Slide）仍是服务器导轨龙头"
R("01", "King Slide", "SUPPLIES", "ServerRail", F01c)
R("01", "King Slide", "HAS_MARKET_SHARE", "ServerRail", F01c, value=60, qualifier=">", unit="%",
  scope="全球服务器导轨市场", note="超过六成")
R("01", "驰轨精工", "LOCATED_IN", "宁波", "宁波驰轨精工科技有限公司", tier="extended", note=PREFIX)
R("01", "同为股份", "SUPPLIES", "PDU", "其智能PDU已进入多家运营商")
F01d = "杭州澜峰电气有限公司推出面向液冷整机柜的铜排"
R("01", "澜峰电气", "SUPPLIES", "Busbar", F01d)
R("01", "澜峰电气", "SUPPLIES", "PowerShelf", F01d)
R("01", "澜峰电气", "LOCATED_IN", "杭州", F01d, tier="extended", note=PREFIX)
F01e = "台达电子与光宝科技在国内服务器电源市场"
R("01", "Delta Electronics", "SUPPLIES", "ServerPSU", F01e)
R("01", "Lite-On Technology", "SUPPLIES", "ServerPSU", F01e)
R("01", "Delta Electronics", "HAS_MARKET_SHARE", "ServerPSU", F01e, value=35, alt_value=40, unit="%",
  scope="国内服务器电源市场", note="range 35%–40%, paired by 分别")
R("01", "Lite-On Technology", "HAS_MARKET_SHARE", "ServerPSU", F01e, value=15, qualifier="≈", unit="%",
  scope="国内服务器电源市场")
R("01", "麦格米特", "SUPPLIES", "ServerPSU", "麦格米特的3.2kW服务器电源", tier="extended",
  note="passed 华为 qualification, no volume orders yet; 华为 is the prospective customer")
F01f = "天津恒栈数据设备有限公司计划2025年"
R("01", "恒栈设备", "LOCATED_IN", "武清区", F01f, tier="extended", modality="plan", note="planned production line")
R("01", "恒栈设备", "LOCATED_IN", "天津", F01f, tier="extended", note=PREFIX)
R("01", "武清区", "LOCATED_IN", "天津", F01f, tier="extended", note="stated only as 武清区; 天津 from the registered name")
R("01", "恒栈设备", "MENTIONS_METRIC", "整机柜年产能", F01f, value=1.5, unit="万台", year=2025, modality="plan",
  tier="extended", note="planned capacity of one company")
F01g = "施耐德电气、伊顿、维谛技术三家合计"
for c in ["Schneider Electric", "Eaton", "Vertiv"]:
    R("01", c, "SUPPLIES", "PDU", F01g, note="combined share >50% of 国内高端PDU市场 not annotated (set subject)")

# ---- 02 GPU start-ups: funding and tape-outs
R("02", "摩尔线程", "SUPPLIES", "AcceleratorCard", "其MTT S4000训练卡", alt_object="GPU")
F02a = "公司曦云C500系列GPU已在多个智算中心部署"
R("02", "沐曦", "SUPPLIES", "GPU", F02a)
R("02", "沐曦", "LOCATED_IN", "上海", F02a, tier="extended", note=PREFIX)
F02b = "壁仞科技BR100系列早期版本由台积电"
R("02", "TSMC", "SUPPLIES", "Foundry", F02b, alt=["天垓100则采用台积电7nm工艺"])
R("02", "壁仞科技", "SUPPLIES", "GPU", F02b, note="BR100 series in an article on 国产GPU")
R("02", POL_EL, "RESTRICTS", "壁仞科技", "壁仞科技于2023年10月被列入实体清单", year=2023, date="2023-10")
F02c = "其第三代训练芯片采用中芯国际的FinFET工艺"
R("02", "燧原科技", "SUPPLIES", "AIChip", F02c, alt_object="GPU")
R("02", "中芯国际", "SUPPLIES", "Foundry", F02c)
R("02", "通富微电", "SUPPLIES", "AdvancedPackaging", F02c)
R("02", "AIChip", "DEPENDS_ON", "AdvancedPackaging", F02c, tier="extended", note="燧原's chip packaged in 2.5D")
F02d = "在中芯南方完成12nm流片"
R("02", "中芯南方", "SUPPLIES", "Foundry", F02d)
R("02", "长电科技", "SUPPLIES", "PackagingTesting", F02d)
R("02", "曦岳半导体", "SUPPLIES", "GPU", F02d, tier="extended", modality="plan", alt=["该公司称将于2025年第二季度量产"],
  note="taped out; mass production only planned for 2025Q2")
R("02", "曦岳半导体", "LOCATED_IN", "深圳", F02d, tier="extended", note=PREFIX)
F02e = "国产训练GPU普遍依赖SK海力士或三星的HBM2e"
R("02", "GPU", "DEPENDS_ON", "HBM", F02e)
R("02", "SK hynix", "SUPPLIES", "HBM", F02e)
R("02", "Samsung", "SUPPLIES", "HBM", F02e)
F02f = "天数智芯的通用GPU天垓100"
R("02", "天数智芯", "SUPPLIES", "GPU", F02f)
R("02", "天数智芯", "LOCATED_IN", "上海", F02f, note="headquarters (公司总部位于上海)")

# ---- 03 English podcast: DCI and optical transceivers
F03a = "In China the big DCI platforms come mainly from Huawei"
for c in ["华为", "中兴通讯", "烽火通信"]:
    R("03", c, "SUPPLIES", "DCIEquipment", F03a)
F03b = "Innolight and Eoptolink dominate 800G modules"
R("03", "中际旭创", "SUPPLIES", "OpticalModule", F03b)
R("03", "新易盛", "SUPPLIES", "OpticalModule", F03b)
R("03", "光迅科技", "SUPPLIES", "OpticalModule", F03b)
R("03", "光迅科技", "SUPPLIES", "LaserChip", F03b, note="its own laser chips")
R("03", "光迅科技", "LOCATED_IN", "武汉", F03b, note="production site")
F03c = "Innolight held roughly 20% of global optical-module revenue"
R("03", "中际旭创", "HAS_MARKET_SHARE", "OpticalModule", F03c, value=20, qualifier="≈", unit="%",
  scope="全球光模块市场（按收入）", note="'last year'; no year given")
R("03", "Coherent", "SUPPLIES", "OpticalModule", F03c, note="ranked behind Innolight")
F03d = "Most 800G modules still depend on EML lasers"
R("03", "OpticalModule", "DEPENDS_ON", "EMLChip", F03d, alt_object="LaserChip")
R("03", "Broadcom", "SUPPLIES", "EMLChip", F03d)
R("03", "Mitsubishi Electric", "SUPPLIES", "EMLChip", F03d)
R("03", "源杰科技", "SUPPLIES", "EMLChip", "Yuanjie Semiconductor ships 100G EML samples", tier="extended",
  note="samples only, small volumes")
R("03", "LaserChip", "LOCALIZATION_RATE", "中国", "The localization rate for 25G-and-above laser chips",
  value=15, qualifier="≈", unit="%", scope="25G及以上激光芯片")
F03e = "Innolight runs a factory in Thailand"
R("03", "中际旭创", "LOCATED_IN", "泰国", F03e, note="plant")
R("03", "新易盛", "LOCATED_IN", "泰国", F03e, note="plant (has one too)")
F03f = "Weiguang Optical, a start-up in Suzhou Industrial Park"
R("03", "蔚光光学", "SUPPLIES", "CoherentOpticalModule", F03f, alt_object="OpticalModule")
R("03", "蔚光光学", "LOCATED_IN", "苏州工业园区", F03f)
R("03", "苏州工业园区", "LOCATED_IN", "苏州", F03f, tier="extended")
R("03", "CoherentOpticalModule", "SUBTYPE_OF", "OpticalModule", F03f, tier="extended")
F03g = "YOFC and Hengtong both make it in small volumes"
R("03", "长飞光纤", "SUPPLIES", "HollowCoreFiber", F03g)
R("03", "亨通光电", "SUPPLIES", "HollowCoreFiber", F03g)

# ---- 04 Traditional-Chinese earnings-call summary (invented connector maker)
F04a = "主要受AI伺服器高速連接器及銅纜出貨帶動"
F04b = "高速銅纜（DAC/AEC）占營收比重升至28%"
R("04", "鉅聯精密", "SUPPLIES", "HighSpeedCable", F04a, alt=[F04b])
R("04", "鉅聯精密", "SUPPLIES", "ServerConnector", F04a, alt=[F04b])
R("04", "鉅聯精密", "SUPPLIES", "ConsumerCable", F04b, note="revenue shares (28%, 41%) are not market shares")
F04c = "公司目前有昆山與越南北江兩大生產基地"
R("04", "鉅聯精密", "LOCATED_IN", "昆山", F04c, note="plant (板端連接器)")
R("04", "鉅聯精密", "LOCATED_IN", "北江省", F04c, note="plant (銅纜組裝)")
R("04", "鉅聯精密", "LOCATED_IN", "越南", F04c, tier="extended", note="country of the 北江 plant")
R("04", "北江省", "LOCATED_IN", "越南", F04c, tier="extended")
F04d = "公司今年起也為光模組廠供應板對板連接器"
R("04", "鉅聯精密", "SUPPLIES", "BoardToBoardConnector", F04d)
R("04", "中际旭创", "SUPPLIES", "OpticalModule", F04d, tier="extended", note="named as a 光模組廠 customer")
F04e = "安費諾（Amphenol）與貿聯-KY的市占率分別約為30%與15%"
S04 = dict(qualifier="≈", unit="%", scope="AI伺服器高速銅纜市場")
R("04", "Amphenol", "HAS_MARKET_SHARE", "HighSpeedCable", F04e, value=30, **S04)
R("04", "BizLink", "HAS_MARKET_SHARE", "HighSpeedCable", F04e, value=15, **S04)
R("04", "鉅聯精密", "HAS_MARKET_SHARE", "HighSpeedCable", F04e, value=5, note="公司約5%", **S04)
R("04", "Amphenol", "SUPPLIES", "HighSpeedCable", F04e)
R("04", "BizLink", "SUPPLIES", "HighSpeedCable", F04e)
R("04", "Lotes", "SUPPLIES", "CPUSocket", "嘉澤主攻CPU插座")
R("04", "立讯精密", "SUPPLIES", "HighSpeedCable", "立訊精密雖也供應高速銅纜")

# ---- 05 智算中心 operator annual report (invented)
F05a = "公司主要从事智算中心的投资建设与运营"
R("05", "湘江智算", "SUPPLIES", "DataCenter", F05a)
R("05", "湘江智算", "SUPPLIES", "ComputeRental", F05a)
R("05", "湘江智算", "SUPPLIES", "ColocationService", F05a)
R("05", "湘江智算", "SUPPLIES", "ModelTrainingPlatform", F05a, tier="extended", note="platform service, peripheral")
R("05", "湘江智算", "LOCATED_IN", "长沙", "湘江智算科技(长沙)股份有限公司", tier="extended", note=PREFIX)
F05b = "岳麓智算中心位于长沙市岳麓区"
R("05", "岳麓智算中心", "LOCATED_IN", "岳麓区", F05b)
R("05", "天心数据中心", "LOCATED_IN", "天心区", F05b)
R("05", "芜湖智算中心", "LOCATED_IN", "鸠江区", F05b)
R("05", "岳麓智算中心", "LOCATED_IN", "长沙", F05b, tier="extended")
R("05", "天心数据中心", "LOCATED_IN", "长沙", F05b, tier="extended")
R("05", "芜湖智算中心", "LOCATED_IN", "芜湖", F05b, tier="extended")
R("05", "岳麓区", "LOCATED_IN", "长沙", F05b, tier="extended")
R("05", "天心区", "LOCATED_IN", "长沙", F05b, tier="extended")
R("05", "鸠江区", "LOCATED_IN", "芜湖", F05b, tier="extended")
R("05", "湘江智算", "LOCATED_IN", "芜湖", F05b, tier="extended", note="operates 芜湖智算中心")
F05c = "公司AI服务器主要采购自浪潮信息和宁畅"
R("05", "浪潮信息", "SUPPLIES", "AIServer", F05c)
R("05", "宁畅", "SUPPLIES", "AIServer", F05c)
R("05", "华为", "SUPPLIES", "AcceleratorCard", F05c, alt_object="AIChip", note="加速卡以华为昇腾910B为主")
R("05", "AIServer", "DEPENDS_ON", "AcceleratorCard", F05c, tier="extended")
F05d = "液冷系统由英维克提供"
R("05", "英维克", "SUPPLIES", "LiquidCooling", F05d)
R("05", "科华数据", "SUPPLIES", "UPS", F05d)
R("05", "科华数据", "SUPPLIES", "PowerDistribution", F05d)
R("05", "华工科技", "SUPPLIES", "OpticalModule", "芜湖智算中心的光模块由华工科技供货")
F05e = "岳麓智算中心算力规模约3000P"
R("05", "岳麓智算中心", "MENTIONS_METRIC", "算力规模", F05e, value=3000, unit="P", qualifier="≈", year=2024,
  tier="extended", note="one facility's capacity")
R("05", "岳麓智算中心", "MENTIONS_METRIC", "上架率", F05e, value=78, unit="%", qualifier="≈", year=2024,
  tier="extended", note="2024 average")
R("05", "岳麓智算中心", "MENTIONS_METRIC", "PUE", F05e, value=1.18, year=2024, tier="extended")
F05f = "公司计划2025年在长沙市望城区新建第四座智算中心"
R("05", "湘江智算", "LOCATED_IN", "望城区", F05f, tier="extended", modality="plan", note="planned fourth centre")
R("05", "望城区", "LOCATED_IN", "长沙", F05f, tier="extended")
R("05", "湘江智算", "MENTIONS_METRIC", "算力规模", F05f, value=10000, unit="P", qualifier=">", year=2025,
  modality="plan", tier="extended", note="company total after the planned centre; 尚处于立项阶段")

# ---- 06 export-control analysis
F06a = "美国商务部将中芯国际列入实体清单"
R("06", POL_EL, "RESTRICTS", "中芯国际", F06a, year=2020, date="2020-12-18",
  qualifier="10纳米及以下工艺所需美国物项推定拒绝")
R("06", POL_EL, "ISSUED_BY", "美国商务部", F06a, tier="extended")
R("06", "中芯国际", "SUPPLIES", "Foundry", F06a, tier="extended", note="implied by 工艺; not stated as foundry")
F06b = "美国出台对华芯片出口管制新规"
R("06", POL_US22, "RESTRICTS", "SemiconductorEquipment", F06b, year=2022, date="2022-10-07",
  qualifier="用于16/14纳米及以下逻辑芯片的制造设备")
R("06", POL_US22, "ISSUED_BY", "美国", F06b, tier="extended", date="2022-10-07")
F06c = "长江存储和上海微电子被加入实体清单"
R("06", POL_EL, "RESTRICTS", "长江存储", F06c, year=2022, date="2022-12")
R("06", POL_EL, "RESTRICTS", "上海微电子", F06c, year=2022, date="2022-12")
F06d = "涉及东京电子的刻蚀和涂胶显影设备"
JP = dict(year=2023, date="2023-07-23")
R("06", POL_JP, "RESTRICTS", "SemiconductorEquipment", F06d, qualifier="23类先进半导体制造设备", **JP)
R("06", POL_JP, "RESTRICTS", "EtchEquipment", F06d, qualifier="东京电子的刻蚀设备", **JP)
R("06", POL_JP, "RESTRICTS", "CoaterDeveloper", F06d, qualifier="东京电子的涂胶显影设备", **JP)
R("06", POL_JP, "ISSUED_BY", "日本", F06d, tier="extended", date="2023-07-23")
R("06", "Tokyo Electron", "SUPPLIES", "EtchEquipment", F06d)
R("06", "Tokyo Electron", "SUPPLIES", "CoaterDeveloper", F06d)
R("06", "Tokyo Electron", "LOCATED_IN", "日本", F06d, tier="extended", note="country from the rule")
F06e = "荷兰的管制于2023年9月1日生效"
NL = dict(year=2023, date="2023-09-01")
R("06", POL_NL, "RESTRICTS", "Lithography", F06e, qualifier="NXT:2000i及更先进的浸没式DUV光刻机", **NL)
R("06", POL_NL, "RESTRICTS", "NXT:2000i", F06e, qualifier="需申请出口许可", **NL)
R("06", POL_NL, "ISSUED_BY", "荷兰", F06e, tier="extended")
R("06", "ASML", "SUPPLIES", "Lithography", F06e)
F06f = "NXT:1970i和NXT:1980i也被纳入荷兰许可范围"
NL24 = dict(year=2024, date="2024-09-07")
R("06", POL_NL24, "RESTRICTS", "NXT:1970i", F06f, qualifier="纳入荷兰许可范围", **NL24)
R("06", POL_NL24, "RESTRICTS", "NXT:1980i", F06f, qualifier="纳入荷兰许可范围", **NL24)
R("06", POL_NL24, "RESTRICTS", "Lithography", F06f, tier="extended", qualifier="NXT:1970i和NXT:1980i", **NL24)
R("06", POL_NL24, "ISSUED_BY", "荷兰", F06f, tier="extended")
F06g = "将HBM纳入对华出口管制"
D24 = dict(year=2024, date="2024-12-02")
R("06", POL_US24, "RESTRICTS", "HBM", F06g, qualifier="HBM纳入对华出口管制", **D24)
R("06", POL_US24, "ISSUED_BY", "美国", F06g, tier="extended", date="2024-12-02")
R("06", POL_EL, "RESTRICTS", "拓荆科技", F06g, qualifier="2024年12月2日批次（140家实体）", **D24)
R("06", POL_EL, "RESTRICTS", "新凯来", F06g, qualifier="2024年12月2日批次（140家实体）", **D24)
F06h = "北方华创的刻蚀与薄膜沉积设备"
R("06", "北方华创", "SUPPLIES", "EtchEquipment", F06h)
R("06", "北方华创", "SUPPLIES", "DepositionEquipment", F06h)
R("06", "中微公司", "SUPPLIES", "EtchEquipment", F06h, note="CCP刻蚀机")
R("06", "盛美上海", "SUPPLIES", "CleaningEquipment", F06h)
R("06", "华海清科", "SUPPLIES", "CMPEquipment", F06h)

# ---- 07 Markdown DPU / NIC table
ROW = {k: "| " + k + " |" for k in ["中科驭数", "云豹智能", "芯启源", "网迅科技", "沐光芯"]}
ROW["澜渊芯"] = "| 澜渊芯（北京）科技有限公司 |"
T07 = dict(unit="%", year=2023, scope="国内DPU/智能网卡/以太网卡市场（2023年出货量）")
R("07", "中科驭数", "SUPPLIES", "DPU", ROW["中科驭数"])
R("07", "中科驭数", "HAS_MARKET_SHARE", "DPU", ROW["中科驭数"], value=4, qualifier="≈", **T07)
R("07", "云豹智能", "SUPPLIES", "DPU", ROW["云豹智能"])
R("07", "云豹智能", "HAS_MARKET_SHARE", "DPU", ROW["云豹智能"], value=3, qualifier="≈", **T07)
R("07", "芯启源", "SUPPLIES", "SmartNIC", ROW["芯启源"])
R("07", "芯启源", "HAS_MARKET_SHARE", "SmartNIC", ROW["芯启源"], value=5, qualifier="≈", **T07)
R("07", "澜渊芯", "SUPPLIES", "DPU", ROW["澜渊芯"])
R("07", "澜渊芯", "HAS_MARKET_SHARE", "DPU", ROW["澜渊芯"], value=1, qualifier="<", **T07)
R("07", "澜渊芯", "LOCATED_IN", "北京", ROW["澜渊芯"], tier="extended", note=PREFIX)
R("07", "网迅科技", "SUPPLIES", "EthernetNIC", ROW["网迅科技"], alt=["网迅科技是少数实现量产的本土厂商"])
R("07", "网迅科技", "HAS_MARKET_SHARE", "EthernetNIC", ROW["网迅科技"], value=2, qualifier="≈", **T07)
R("07", "中芯国际", "SUPPLIES", "Foundry", ROW["中科驭数"], alt=[ROW["澜渊芯"], ROW["网迅科技"]],
  note="代工 column")
R("07", "TSMC", "SUPPLIES", "Foundry", ROW["云豹智能"], alt=[ROW["芯启源"]], note="代工 column")
R("07", "DPU", "DEPENDS_ON", "Foundry", ROW["中科驭数"], tier="extended", note="代工 column")
F07a = "国内DPU市场仍由英伟达BlueField系列主导"
R("07", "NVIDIA", "SUPPLIES", "DPU", F07a)
R("07", "NVIDIA", "HAS_MARKET_SHARE", "DPU", F07a, value=55, qualifier="≈", unit="%", year=2023, scope="国内DPU市场")
F07b = "AMD（Pensando）和Intel的IPU合计不足10%"
R("07", "AMD", "SUPPLIES", "DPU", F07b, note="combined <10% with Intel not annotated")
R("07", "Intel", "SUPPLIES", "DPU", F07b, note="IPU")
F07c = "Intel和Broadcom的国内份额分别约为30%和25%"
R("07", "Intel", "SUPPLIES", "EthernetNIC", F07c)
R("07", "Broadcom", "SUPPLIES", "EthernetNIC", F07c)
R("07", "Intel", "HAS_MARKET_SHARE", "EthernetNIC", F07c, value=30, qualifier="≈", unit="%", scope="国内以太网卡市场",
  note="year not in the sentence (header: 2023 shares)")
R("07", "Broadcom", "HAS_MARKET_SHARE", "EthernetNIC", F07c, value=25, qualifier="≈", unit="%", scope="国内以太网卡市场")

# ---- 08 English analyst note: China server shares
R("08", "中国", "MENTIONS_METRIC", "服务器市场规模", "China's server market reached about USD 32 billion",
  value=32, unit="USD billion", qualifier="≈", year=2024, source="Jiangcheng Securities estimate")
F08a = "Inspur and H3C held 28% and 17%"
S08 = dict(unit="%", year=2024, scope="中国服务器市场（按出货金额）")
R("08", "浪潮信息", "HAS_MARKET_SHARE", "Server", F08a, value=28, **S08)
R("08", "新华三", "HAS_MARKET_SHARE", "Server", F08a, value=17, **S08)
R("08", "超聚变", "HAS_MARKET_SHARE", "Server", F08a, value=10, alt_value=12, note="range 10%–12%", **S08)
F08g = "The company builds both general-purpose and AI servers at its Jinan base"
R("08", "浪潮信息", "SUPPLIES", "Server", F08a, alt=[F08g])
R("08", "新华三", "SUPPLIES", "Server", F08a)
R("08", "超聚变", "SUPPLIES", "Server", F08a)
F08b = "Lenovo, ZTE and Sugon each held between 5% and 8%"
for c in ["联想", "中兴通讯", "中科曙光"]:
    R("08", c, "HAS_MARKET_SHARE", "Server", F08b, value=5, alt_value=8, note="each 5%–8%; year from previous sentence", **S08)
    R("08", c, "SUPPLIES", "Server", F08b)
F08c = "Dell and HPE together fell below 6%"
R("08", "Dell", "SUPPLIES", "Server", F08c, note="combined share not annotated")
R("08", "HPE", "SUPPLIES", "Server", F08c, note="combined share not annotated")
F08d = "Inspur's share was roughly 50%"
S08b = dict(unit="%", year=2024, scope="中国AI服务器市场")
R("08", "浪潮信息", "HAS_MARKET_SHARE", "AIServer", F08d, value=50, qualifier="≈", note="year from context", **S08b)
R("08", "宁畅", "HAS_MARKET_SHARE", "AIServer", F08d, value=15, qualifier="≈", **S08b)
R("08", "新华三", "HAS_MARKET_SHARE", "AIServer", F08d, value=10, alt_value=12, **S08b)
R("08", "浪潮信息", "SUPPLIES", "AIServer", F08d, alt=[F08g])
R("08", "宁畅", "SUPPLIES", "AIServer", F08d)
R("08", "新华三", "SUPPLIES", "AIServer", F08d)
F08e = "Huawei's Ascend-based Atlas servers are counted separately"
R("08", "华为", "SUPPLIES", "AIServer", F08e)
R("08", "神州数码", "SUPPLIES", "AIServer", F08e, note="ships Ascend-based servers under its own brand")
R("08", "软通动力", "SUPPLIES", "AIServer", F08e, note="ships Ascend-based servers under its own brand")
R("08", "华为", "SUPPLIES", "AIChip", F08e, tier="extended", note="Ascend maker, common knowledge")
R("08", "AIServer", "DEPENDS_ON", "AIChip", F08e, tier="extended", note="Ascend-based")
R("08", "浪潮信息", "LOCATED_IN", "济南", F08g, note="production base")
R("08", "浪潮信息", "SUPPLIES", "RackSystem", F08g, note="liquid-cooled rack systems")
F08f = "Tianchuan Systems, a Chengdu-based white-box maker"
R("08", "天川系统", "SUPPLIES", "Server", F08f, alt=["It assembles servers for regional cloud operators"])
R("08", "天川系统", "HAS_MARKET_SHARE", "Server", F08f, value=2, qualifier="≈", **S08)
R("08", "天川系统", "LOCATED_IN", "成都", F08f, note="based in")
F08h = "uses Hygon CPUs in most of its models"
R("08", "海光信息", "SUPPLIES", "CPU", F08h)
R("08", "Server", "DEPENDS_ON", "CPU", F08h, tier="extended", note="Tianchuan's servers use Hygon CPUs")
F08i = "we forecast that AI servers will account for about 45%"
R("08", "中国", "MENTIONS_METRIC", "AI服务器占比", F08i, value=45, unit="%", qualifier="≈", year=2026,
  modality="forecast", source="Jiangcheng Securities")
R("08", "中国", "MENTIONS_METRIC", "AI服务器占比", F08i, value=35, unit="%", qualifier="≈", year=2024)

# ---- 09 wafer-fab materials research note
F09a = "国内半导体光掩模国产化率约10%"
R("09", "Photomask", "LOCALIZATION_RATE", "中国", F09a, value=10, qualifier="≈", unit="%", scope="半导体光掩模")
for c in ["Photronics", "Toppan", "DNP"]:
    R("09", c, "SUPPLIES", "Photomask", F09a, note="高端掩模")
F09b = "清溢光电和路维光电以平板显示掩模为主"
R("09", "清溢光电", "SUPPLIES", "Photomask", F09b, note="mainly flat-panel-display masks; expanding into semiconductor masks")
R("09", "路维光电", "SUPPLIES", "Photomask", F09b, note="mainly flat-panel-display masks; expanding into semiconductor masks")
R("09", "甬晶掩模", "LOCATED_IN", "宁波", "宁波甬晶掩模科技有限公司", tier="extended", note=PREFIX)
F09c = "CMP抛光垫国产化率约25%"
R("09", "CMPPad", "LOCALIZATION_RATE", "中国", F09c, value=25, qualifier="≈", unit="%")
R("09", "鼎龙股份", "SUPPLIES", "CMPPad", F09c)
F09d = "安集科技国内市占率约20%"
R("09", "安集科技", "HAS_MARKET_SHARE", "CMPSlurry", F09d, value=20, qualifier="≈", unit="%", scope="国内CMP抛光液市场")
for c in ["安集科技", "Cabot", "Fujimi"]:
    R("09", c, "SUPPLIES", "CMPSlurry", F09d)
F09e = "晶圆制造用湿电子化学品国产化率约35%"
R("09", "WetChemical", "LOCALIZATION_RATE", "中国", F09e, value=35, qualifier="≈", unit="%", scope="晶圆制造用湿电子化学品")
for c, x in [("江化微", "硫酸"), ("晶瑞电材", "双氧水"), ("格林达", "显影液")]:
    R("09", c, "SUPPLIES", "WetChemical", F09e, note=x + " (分别)")
F09f = "石英坩埚和石英器件的国产化率已超过60%"
R("09", "QuartzCrucible", "LOCALIZATION_RATE", "中国", F09f, value=60, qualifier=">", unit="%")
R("09", "QuartzComponent", "LOCALIZATION_RATE", "中国", F09f, value=60, qualifier=">", unit="%")
R("09", "菲利华", "SUPPLIES", "QuartzComponent", F09f, note="刻蚀设备用石英件")
R("09", "石英股份", "SUPPLIES", "HighPurityQuartzSand", F09f)
R("09", "EtchEquipment", "DEPENDS_ON", "QuartzComponent", F09f, tier="extended", note="刻蚀设备用石英件")
F09g = "蜀硅石英（四川蜀硅石英材料有限公司）计划2025年"
R("09", "蜀硅石英", "LOCATED_IN", "德阳", F09g, tier="extended", modality="plan", note="planned plant")
R("09", "蜀硅石英", "LOCATED_IN", "四川", F09g, tier="extended", note=PREFIX)
R("09", "德阳", "LOCATED_IN", "四川", F09g, tier="extended")
F09h = "我们预计到2027年CMP抛光垫国产化率将提升至40%以上"
R("09", "CMPPad", "LOCALIZATION_RATE", "中国", F09h, value=40, qualifier=">", unit="%", year=2027, modality="forecast")
R("09", "Photomask", "LOCALIZATION_RATE", "中国", F09h, value=20, qualifier="<", unit="%", year=2027, modality="forecast")

# ---- 10 Weibo posts on compute rental
F10a = "H100八卡整机月租已经从年初的12万掉到7万左右了"
R("10", "中国", "MENTIONS_METRIC", "H100八卡服务器月租", F10a, value=7, unit="万元", qualifier="≈", tier="extended",
  note="no region or year stated; colloquial post")
R("10", "中国", "MENTIONS_METRIC", "H100八卡服务器月租", F10a, value=12, unit="万元", tier="extended",
  note="年初 level; no year stated")
F10b = "算途科技那边报价更低"
R("10", "算途科技", "SUPPLIES", "ComputeRental", F10b, alt=["我们只做英伟达卡的算力租赁"])
R("10", "NVIDIA", "SUPPLIES", "GPU", "火山引擎的大模型训练集群主要用英伟达H800和H20",
  alt=["我们只做英伟达卡的算力租赁"])
F10c = "华为云的昇腾云服务用的是昇腾910B"
R("10", "华为云", "SUPPLIES", "CloudService", F10c)
R("10", "华为", "SUPPLIES", "AIChip", F10c, tier="extended", note="昇腾 maker, common knowledge")
F10d = "百度智能云主力是昆仑芯P800"
R("10", "昆仑芯", "SUPPLIES", "AIChip", F10d)
R("10", "平头哥", "SUPPLIES", "AIChip", F10d)
R("10", "百度智能云", "SUPPLIES", "CloudService", F10d, tier="extended", note="cloud implied by the name")
R("10", "阿里云", "SUPPLIES", "CloudService", F10d, tier="extended", note="cloud implied by the name")
R("10", "火山引擎", "SUPPLIES", "CloudService", "火山引擎的大模型训练集群", tier="extended", note="training cluster; cloud by common knowledge")
F10e = "我们在东莞松山湖的机房主要提供基于昇腾的算力租赁"
R("10", "蓝湾算力", "SUPPLIES", "ComputeRental", F10e)
R("10", "蓝湾算力", "LOCATED_IN", "松山湖", F10e, note="机房 (data-centre room)")
R("10", "蓝湾算力", "LOCATED_IN", "东莞", F10e, tier="extended")
R("10", "松山湖", "LOCATED_IN", "东莞", F10e, tier="extended")
R("10", "蓝湾算力", "LOCATED_IN", "深圳", "本公司（深圳蓝湾算力科技有限公司）", tier="extended", note=PREFIX)
R("10", "ComputeRental", "DEPENDS_ON", "AIChip", F10e, tier="extended", note="基于昇腾")
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
    for k in ("alt_subject", "alt_object"):
        if k in r:
            found[r[k]].add(r["doc"])
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
