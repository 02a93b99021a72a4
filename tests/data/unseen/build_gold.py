"""Build gold.jsonl for the unseen test set.

Hand-written annotations live in this file (ENTITIES, RELATIONS); the script only
computes each entity's ``docs`` (alias matching with longest-match masking plus the
documents of its relations) and its tier, then writes ``gold.jsonl`` next to it.
Run:  python tests/data/unseen/build_gold.py && python tests/data/unseen/check_gold.py
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOC_FILES = sorted(p.name for p in HERE.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md")

# (canonical, type, aliases, country, extra)
E = []


def ent(canonical, type_, aliases=(), country=None, **extra):
    E.append(dict(kind="entity", canonical=canonical, type=type_, aliases=list(aliases), country=country, **extra))


INV = {"note": "invented company (does not exist)"}
# ---- companies: real -------------------------------------------------------
ent("SK hynix", "Company", ["SK海力士"], "KR")
ent("Samsung Electronics", "Company", ["三星电子"], "KR")
ent("Micron", "Company", ["美光科技"], "US")
ent("TSMC", "Company", ["台积电", "台積電"], "TW")
ent("NVIDIA", "Company", ["英伟达", "NVIDIA", "輝達"], "US")
ent("AMD", "Company", ["超威半导体", "超微"], "US", note="超微 in u08 = AMD (Advanced Micro Devices), not Supermicro")
ent("长电科技", "Company", ["长电科技"], "CN")
ent("通富微电", "Company", ["通富微电"], "CN")
ent("英维克", "Company", ["英维克"], "CN")
ent("曙光数创", "Company", ["曙光数创"], "CN")
ent("Synopsys", "Company", ["新思科技"], "US")
ent("Cadence", "Company", ["楷登电子"], "US")
ent("Siemens EDA", "Company", ["西门子EDA"], "DE", note="Siemens EDA (ex-Mentor) is a Siemens AG unit; HQ country taken as DE")
ent("华大九天", "Company", ["华大九天"], "CN")
ent("概伦电子", "Company", ["概伦电子"], "CN")
ent("海光信息", "Company", ["海光信息", "Hygon"], "CN")
ent("锐捷网络", "Company", ["锐捷网络"], "CN")
ent("Delta Electronics", "Company", ["台达电子", "台達電"], "TW")
ent("浪潮信息", "Company", ["浪潮信息"], "CN")
ent("源杰科技", "Company", ["源杰科技"], "CN")
ent("光迅科技", "Company", ["光迅科技"], "CN")
ent("Lumentum", "Company", ["Lumentum"], "US")
ent("Mitsubishi Electric", "Company", ["三菱电机"], "JP")
ent("Broadcom", "Company", ["博通"], "US")
ent("华为", "Company", ["华为"], "CN")
ent("寒武纪", "Company", ["Cambricon"], "CN")
ent("Foxconn", "Company", ["鴻海"], "TW", note="Hon Hai Precision Industry")
ent("Quanta", "Company", ["廣達"], "TW")
ent("Wistron", "Company", ["緯創"], "TW")
# ---- companies: invented ---------------------------------------------------
ent("衡岳封测", "Company", ["衡岳封测"], "CN", **INV)
ent("芯垣存储", "Company", ["芯垣存储"], "CN", **INV)
ent("冰澜热控", "Company", ["冰澜热控"], "CN", **INV)
ent("凌泉液冷", "Company", ["凌泉液冷"], "CN", **INV)
ent("拓冷科技", "Company", ["拓冷科技"], "CN", note="invented company; only a plan (正考虑) - must NOT get SUPPLIES")
ent("芯途智能", "Company", ["芯途智能"], "CN", **INV)
ent("晶策科技", "Company", ["晶策科技"], "CN", **INV)
ent("启衡电子", "Company", ["启衡电子"], "CN", **INV)
ent("墨矩软件", "Company", ["墨矩软件"], "CN", note="invented company; only a plan (计划) - must NOT get SUPPLIES")
ent("云岫智算", "Company", ["云岫智算"], "CN", note="invented company; 拟/考虑 liquid cooling and DPU are plans - must NOT get SUPPLIES Cooling/DPU")
ent("启明芯", "Company", ["启明芯"], "CN", **INV)
ent("瀚光通信", "Company", ["瀚光通信"], "CN", **INV)
ent("宁存科技", "Company", ["宁存科技"], "CN", **INV)
ent("曦联光电", "Company", ["曦联光电"], "CN", **INV)
ent("硅迹光子", "Company", ["硅迹光子"], "CN", **INV)
ent("锐光芯科", "Company", ["锐光芯科"], "CN", note="invented company; only a plan (计划建设) - must NOT get SUPPLIES")
ent("赣算云科", "Company", ["赣算云科"], "CN", **INV)
ent("Tidewave Computing", "Company", ["Tidewave Computing", "Tidewave"], "CN",
    note="invented Chinese company named only in English; HBM entry is 'may consider' - must NOT get SUPPLIES HBM")
ent("Aurorix Photonics", "Company", ["Aurorix Photonics"], "CN", note="invented Chinese company named only in English")
ent("Corvalis Silicon", "Company", ["Corvalis Silicon"], "US", **INV)
ent("晶澄科技", "Company", ["晶澄科技"], "TW", **INV)
ent("港湾数据", "Company", ["港灣數據"], "HK", note="invented company; canonical in simplified Chinese")
# ---- product categories ----------------------------------------------------
ent("Chip", "ProductCategory", ["芯片", "晶片"])
ent("CPU", "ProductCategory", ["CPU", "CPUs"])
ent("GPU", "ProductCategory", ["GPU"])
ent("AIChip", "ProductCategory", ["AI芯片", "AI加速芯片", "AI accelerators", "AI accelerator", "AI chips"])
ent("HBM", "ProductCategory", ["HBM", "高带宽内存"])
ent("PackagingTesting", "ProductCategory", ["先进封装", "先進封裝", "封装测试", "Chiplet封装测试", "2.5D/3D先进封装"])
ent("Cooling", "ProductCategory", ["液冷", "制冷设备", "液冷设备", "冷板", "浸没式液冷机柜"])
ent("PowerSupply", "ProductCategory", ["电源", "電源", "电源模块"])
ent("EDA", "ProductCategory", ["EDA", "EDA软件", "EDA工具", "电子设计自动化"])
ent("AIServer", "ProductCategory", ["AI服务器", "AI伺服器", "训练服务器"])
ent("Server", "ProductCategory", ["伺服器"])
ent("Switch", "ProductCategory", ["以太网交换机", "交换机"])
ent("OpticalModule", "ProductCategory", ["光模块", "光模組", "optical modules"])
ent("OpticalChip", "ProductCategory", ["光芯片", "EML芯片", "激光器芯片", "硅光芯片", "矽光子晶片", "photonic interconnect chips"])
ent("Storage", "ProductCategory", ["全闪存阵列", "存储"])
ent("Foundry", "ProductCategory", ["晶圓代工", "晶圓代工廠"])
ent("CloudService", "ProductCategory", ["智算云服务"])
ent("DataCenter", "ProductCategory", ["数据中心", "數據中心", "數據中心託管服務"])
ent("DPU", "ProductCategory", ["DPU"])
# ---- product models ----------------------------------------------------------
for m in ("A100", "H100", "A800", "H800", "H20"):
    ent(m, "ProductModel", [m], None, maker="NVIDIA", category="GPU")
ent("昇腾", "ProductModel", ["昇腾"], None, maker="华为", category="AIChip")
ent("岫山X8", "ProductModel", ["岫山X8"], None, maker="云岫智算", category="AIServer", note="invented model")
# ---- segments ----------------------------------------------------------------
ent("Upstream", "Segment", ["上游"])
ent("Midstream", "Segment", ["中游"])
# ---- regions -----------------------------------------------------------------
ent("中国", "Region", ["中国", "我国", "全国", "国内", "China", "中國大陸"], "CN", subtype="country")
ent("贵安新区", "Region", ["贵安新区"], "CN", subtype="district")
ent("成都", "Region", ["成都市", "成都"], "CN", subtype="city")
ent("南昌市", "Region", ["南昌市", "南昌"], "CN", subtype="city")
ent("江西省", "Region", ["江西省"], "CN", subtype="province")
ent("红谷滩区", "Region", ["红谷滩区"], "CN", subtype="district")
ent("南昌高新区", "Region", ["南昌高新区"], "CN", subtype="district")
ent("将军澳工业邨", "Region", ["將軍澳工業邨"], "HK", subtype="district")
for r, al, c, st in [("合肥", "合肥", "CN", "city"), ("杭州", "杭州", "CN", "city"), ("苏州", "苏州", "CN", "city"),
                     ("南京", "南京", "CN", "city"), ("武汉", "武汉", "CN", "city"), ("北京", "北京", "CN", "city"),
                     ("西安", "西安", "CN", "city"), ("上海", "上海", "CN", "city"), ("新竹", "新竹", "TW", "city"),
                     ("香港", "香港", "HK", "city"), ("台湾", "台湾", "TW", "province")]:
    ent(r, "Region", [al], c, subtype=st)
# ---- policies ----------------------------------------------------------------
ent("美国对华芯片出口管制（2022年10月7日）", "Policy", [], "US", date="2022-10-07")
ent("美国对华EDA出口管制（2022年8月12日）", "Policy", [], "US", date="2022-08-12")
ent("美国对华AI芯片出口管制（2023年10月17日）", "Policy", [], "US", date="2023-10-17")
ent("美国对华HBM出口管制（2024年12月2日）", "Policy", [], "US", date="2024-12-02")
ent("美国对华H20出口许可要求（2025年4月）", "Policy", [], "US", date="2025-04")
ent("《新型数据中心发展三年行动计划（2021-2023年）》", "Policy", ["《新型数据中心发展三年行动计划（2021-2023年）》"], "CN")
ent("《算力基础设施高质量发展行动计划》", "Policy", ["《算力基础设施高质量发展行动计划》"], "CN")
ent("《南昌市算力基础设施高质量发展三年行动方案（2024—2026年）》", "Policy",
    ["《南昌市算力基础设施高质量发展三年行动方案（2024—2026年）》", "方案"], "CN", note="invented policy document")
# ---- organizations -----------------------------------------------------------
ent("美国商务部", "Organization", ["美国商务部", "US Commerce Department"], "US")
ent("IDC", "Organization", ["IDC"], "US", note="International Data Corporation (research firm), source in u04")
# ---- facilities (all invented) -----------------------------------------------
ent("极北云谷数据中心", "Facility", ["极北云谷数据中心"], "CN", note="invented")
ent("岷江智算中心", "Facility", ["岷江智算中心"], "CN", note="invented")
ent("赣江智算中心", "Facility", ["赣江智算中心"], "CN", note="invented")
ent("瑶湖智算中心", "Facility", ["瑶湖智算中心"], "CN", note="invented")
ent("海湾一号数据中心", "Facility", ["「海灣一號」數據中心", "海灣一號"], "HK", note="invented")
# ---- metrics -----------------------------------------------------------------
ent("数据中心PUE平均值", "Metric", ["平均PUE"])
ent("新建大型及以上数据中心PUE", "Metric", ["新建大型及以上数据中心PUE"])
ent("新建数据中心PUE", "Metric", ["新建数据中心PUE"])
ent("算力规模", "Metric", ["算力规模", "算力总规模"])
ent("智能算力占比", "Metric", ["智能算力占比"])
ent("在用数据中心标准机架数", "Metric", ["标准机架"])

# Aliases too generic to count as a mention when computing `docs`.
GENERIC = {"芯片", "晶片", "电源", "電源", "存储", "国内", "全国", "方案", "上游", "中游", "冷板", "南昌", "成都"}

# ------------------------------------------------------------------ relations
R = []


def rel(doc, s, p, o, ev, **kw):
    R.append(dict(kind="relation", subject=s, predicate=p, object=o, **kw, doc=doc, evidence=ev, tier="core"))


def share(doc, s, o, v, year, ev, q=None, **kw):
    d = dict(value=v, unit="%", year=year)
    if q:
        d["qualifier"] = q
    rel(doc, s, "HAS_MARKET_SHARE", o, ev, **d, **kw)


# u01 HBM and advanced packaging
d = "u01_hbm_packaging.md"
rel(d, "AIChip", "DEPENDS_ON", "HBM", "AI芯片对HBM的依赖日益加深，一颗旗舰训练卡往往要堆叠六到八颗HBM。")
ev = "据行业机构估算，2023年全球HBM市场中，SK海力士、三星电子和美光科技的份额分别约为53%、38%和9%。"
for c, v in [("SK hynix", 53), ("Samsung Electronics", 38), ("Micron", 9)]:
    share(d, c, "HBM", v, 2023, ev, "≈", scope="全球HBM市场")
rel(d, "HBM", "DEPENDS_ON", "PackagingTesting", "HBM的量产又高度依赖先进封装。")
rel(d, "TSMC", "SUPPLIES", "PackagingTesting",
    "台积电凭借CoWoS工艺为英伟达、超威半导体等客户提供先进封装服务，其CoWoS产能在2024年仍然供不应求。")
for c in ("长电科技", "通富微电"):
    rel(d, c, "SUPPLIES", "PackagingTesting", "国内方面，长电科技和通富微电均已布局2.5D/3D先进封装")
rel(d, "衡岳封测", "SUPPLIES", "PackagingTesting",
    "衡岳封测是一家2021年成立的国内封测企业，该公司为多家AI芯片设计公司提供Chiplet封装测试服务。",
    note="pronoun subject 该公司")
rel(d, "芯垣存储", "SUPPLIES", "HBM",
    "存储环节，合肥初创企业芯垣存储（国内厂商）已研发出HBM2E工程样品，并计划在2026年前后量产HBM3，但尚未公布客户。",
    note="研发出 samples = fact; the HBM3 mass production is only a plan")
rel(d, "美国对华HBM出口管制（2024年12月2日）", "RESTRICTS", "HBM",
    "2024年12月2日，美国商务部发布新规，将HBM纳入对华出口管制范围。", date="2024-12-02")
rel(d, "HBM", "LOCALIZATION_RATE", "中国", "业内估计，国内HBM国产化率目前不足5%。", value=5, unit="%", qualifier="<")
rel(d, "HBM", "PART_OF_SEGMENT", "Upstream", "在算力产业链中，HBM属于上游的存储器环节。")

# u02 liquid cooling
d = "u02_liquid_cooling.txt"
rel(d, "AIServer", "DEPENDS_ON", "Cooling", "高密度AI服务器的稳定运行离不开液冷，单机柜功率超过40千瓦后，传统风冷已难以为继。")
rel(d, "《新型数据中心发展三年行动计划（2021-2023年）》", "TARGETS", "新建大型及以上数据中心PUE",
    "政策层面，《新型数据中心发展三年行动计划（2021-2023年）》提出，到2023年底新建大型及以上数据中心PUE降低到1.3以下。",
    value=1.3, qualifier="<", year=2023, modality="target")
rel(d, "中国", "MENTIONS_METRIC", "数据中心PUE平均值", "据行业统计，2023年全国在用数据中心平均PUE约为1.48，距离绿色目标仍有差距。",
    value=1.48, qualifier="≈", year=2023)
rel(d, "英维克", "SUPPLIES", "Cooling", "企业层面，英维克推出了覆盖冷板式与浸没式的液冷整体解决方案")
rel(d, "曙光数创", "SUPPLIES", "Cooling", "曙光数创的浸没相变液冷系统已在多个超算中心落地。")
ev = "国内新锐企业冰澜热控主要生产冷板和冷量分配单元（CDU），2023年该公司在国内数据中心液冷设备市场的份额约为12%。"
rel(d, "冰澜热控", "SUPPLIES", "Cooling", ev)
share(d, "冰澜热控", "Cooling", 12, 2023, ev, "≈", scope="国内数据中心液冷设备市场", note="pronoun subject 该公司")
rel(d, "凌泉液冷", "SUPPLIES", "Cooling", "另一家国内企业凌泉液冷则向运营商供应浸没式液冷机柜。")
rel(d, "极北云谷数据中心", "LOCATED_IN", "贵安新区", "项目层面，位于贵安新区的极北云谷数据中心全部采用浸没式液冷，设计PUE低于1.15。")
ev = "从产业链位置看，制冷设备和电源同属算力产业链上游的配套环节。"
rel(d, "Cooling", "PART_OF_SEGMENT", "Upstream", ev)
rel(d, "PowerSupply", "PART_OF_SEGMENT", "Upstream", ev)

# u03 domestic EDA
d = "u03_domestic_eda.txt"
rel(d, "Chip", "DEPENDS_ON", "EDA", "EDA（电子设计自动化）被称为“芯片之母”，任何一颗芯片的设计都离不开EDA软件。")
rel(d, "EDA", "PART_OF_SEGMENT", "Upstream", "在算力产业链中，EDA属于上游的基础软件。")
ev = "2023年，新思科技、楷登电子和西门子EDA在全球EDA市场的份额分别约为32%、30%和13%。"
for c, v in [("Synopsys", 32), ("Cadence", 30), ("Siemens EDA", 13)]:
    share(d, c, "EDA", v, 2023, ev, "≈", scope="全球EDA市场")
rel(d, "EDA", "LOCALIZATION_RATE", "中国", "相比之下，2023年我国EDA国产化率仅约为12%。", value=12, unit="%", qualifier="≈", year=2023)
rel(d, "美国对华EDA出口管制（2022年8月12日）", "RESTRICTS", "EDA",
    "2022年8月12日，美国商务部宣布对设计GAAFET结构集成电路所必需的EDA软件实施出口管制，国产替代的紧迫性随之上升。",
    date="2022-08-12", qualifier="设计GAAFET结构集成电路所必需的EDA软件")
rel(d, "华大九天", "SUPPLIES", "EDA", "华大九天是国内规模最大的EDA企业，该公司推出了覆盖模拟电路设计全流程的工具平台。",
    note="pronoun subject 该公司")
rel(d, "概伦电子", "SUPPLIES", "EDA", "概伦电子主要供应器件建模与电路仿真类EDA工具。")
ev = "新近涌现的国内EDA代表企业还包括芯途智能、晶策科技和启衡电子。"
for c in ("芯途智能", "晶策科技", "启衡电子"):
    kw = {"evidence_alt": ["其中，南京初创公司芯途智能今年发布了面向数字后端的布局布线工具。"]} if c == "芯途智能" else {}
    rel(d, c, "SUPPLIES", "EDA", ev, **kw)

# u04 AI server newcomer
d = "u04_ai_server_newcomer.md"
rel(d, "云岫智算", "SUPPLIES", "AIServer", "成立于2022年的国内AI服务器厂商云岫智算近日在成都发布了首款八卡训练服务器“岫山X8”。")
ev = "据介绍，该机型搭载了启明芯的AI加速芯片和海光信息的CPU，其中启明芯是一家总部位于杭州的国内AI芯片设计公司。"
rel(d, "启明芯", "SUPPLIES", "AIChip", ev)
rel(d, "海光信息", "SUPPLIES", "CPU", ev)
rel(d, "锐捷网络", "SUPPLIES", "Switch", "整机网络部分采用了锐捷网络提供的400G以太网交换机")
rel(d, "瀚光通信", "SUPPLIES", "OpticalModule", "高速光模块由苏州的国内企业瀚光通信供应", note="passive: object before subject")
rel(d, "宁存科技", "SUPPLIES", "Storage", "存储则选用了国内厂商宁存科技的全闪存阵列。")
rel(d, "Delta Electronics", "SUPPLIES", "PowerSupply", "电源方面，台湾厂商台达电子为该机型供应钛金级电源模块。")
ev = "业内人士指出，AI服务器的性能在很大程度上取决于GPU和AI加速芯片的算力。"
rel(d, "AIServer", "DEPENDS_ON", "GPU", ev)
rel(d, "AIServer", "DEPENDS_ON", "AIChip", ev)
share(d, "浪潮信息", "AIServer", 50, 2023, "IDC数据显示，2023年中国AI服务器市场中，浪潮信息的份额超过50%，新进入者面临较高门槛。",
      ">", scope="中国AI服务器市场", source="IDC")
rel(d, "岷江智算中心", "LOCATED_IN", "成都", "首批整机将交付位于成都市的岷江智算中心。")

# u05 optical chips
d = "u05_optical_chips.txt"
rel(d, "OpticalModule", "DEPENDS_ON", "OpticalChip", "光芯片是光模块的核心元件，高速光模块的性能与成本在很大程度上取决于光芯片。")
ev = "光芯片处于光通信产业链上游，而光模块本身也属于算力产业链的上游硬件。"
rel(d, "OpticalChip", "PART_OF_SEGMENT", "Upstream", ev, qualifier="光通信产业链")
rel(d, "OpticalModule", "PART_OF_SEGMENT", "Upstream", ev)
ev = "目前国内10G及以下速率光芯片的国产化率已超过80%，但25G以上高速光芯片的国产化率仍不足10%。"
rel(d, "OpticalChip", "LOCALIZATION_RATE", "中国", ev, value=80, unit="%", qualifier=">", scope="10G及以下速率光芯片")
rel(d, "OpticalChip", "LOCALIZATION_RATE", "中国", ev, value=10, unit="%", qualifier="<", scope="25G以上高速光芯片")
rel(d, "源杰科技", "SUPPLIES", "OpticalChip", "国内企业中，源杰科技已量产25G DFB激光器芯片", note="DFB laser chip")
ev = "光迅科技既生产光模块，也自研部分光芯片。"
rel(d, "光迅科技", "SUPPLIES", "OpticalModule", ev)
rel(d, "光迅科技", "SUPPLIES", "OpticalChip", ev)
ev = "在EML芯片领域，国外代表企业包括Lumentum、三菱电机和博通。"
for c in ("Lumentum", "Mitsubishi Electric", "Broadcom"):
    rel(d, c, "SUPPLIES", "OpticalChip", ev, note="category-first list (EML芯片领域 … 包括 A、B、C)")
ev = "武汉的国内企业曦联光电研发出了100G EML芯片，2024年该公司在国内EML芯片市场的份额约为8%。"
rel(d, "曦联光电", "SUPPLIES", "OpticalChip", ev)
share(d, "曦联光电", "OpticalChip", 8, 2024, ev, "≈", scope="国内EML芯片市场", note="pronoun subject 该公司")
rel(d, "硅迹光子", "SUPPLIES", "OpticalChip", "北京初创企业硅迹光子推出了基于硅光工艺的800G硅光芯片。")

# u06 Nanchang AI computing centre plan
d = "u06_city_aicc_plan.txt"
P = "《南昌市算力基础设施高质量发展三年行动方案（2024—2026年）》"
ev = "方案提出，到2026年全市算力总规模达到15 EFLOPS，智能算力占比超过60%，新建数据中心PUE低于1.25。"
rel(d, P, "TARGETS", "算力规模", ev, value=15, unit="EFLOPS", year=2026, modality="target", alt_subject="南昌市")
rel(d, P, "TARGETS", "智能算力占比", ev, value=60, unit="%", qualifier=">", year=2026, modality="target", alt_subject="南昌市")
rel(d, P, "TARGETS", "新建数据中心PUE", ev, value=1.25, qualifier="<", year=2026, modality="target", alt_subject="南昌市")
rel(d, "《算力基础设施高质量发展行动计划》", "TARGETS", "算力规模",
    "这与国家《算力基础设施高质量发展行动计划》中到2025年全国算力规模超过300 EFLOPS的目标相衔接。",
    value=300, unit="EFLOPS", qualifier=">", year=2025, modality="target", alt_subject="中国")
ev = "从现状看，截至2023年底，南昌市算力规模约为4.2 EFLOPS，在用数据中心标准机架约2.8万架。"
rel(d, "南昌市", "MENTIONS_METRIC", "算力规模", ev, value=4.2, unit="EFLOPS", qualifier="≈", year=2023)
rel(d, "南昌市", "MENTIONS_METRIC", "在用数据中心标准机架数", ev, value=2.8, unit="万架", qualifier="≈", year=2023)
rel(d, "江西省", "MENTIONS_METRIC", "数据中心PUE平均值", "2023年江西省数据中心平均PUE为1.42。", value=1.42, year=2023)
ev = "重点项目方面，位于红谷滩区的赣江智算中心已于2024年投运，由国内企业赣算云科运营，该公司面向本地企业提供智算云服务。"
rel(d, "赣江智算中心", "LOCATED_IN", "红谷滩区", ev)
rel(d, "赣算云科", "SUPPLIES", "CloudService", ev, note="pronoun subject 该公司")
rel(d, "华为", "SUPPLIES", "AIChip", "华为为该中心一期供应了昇腾系列AI芯片。")
rel(d, "瑶湖智算中心", "LOCATED_IN", "南昌高新区", "另一个重点项目瑶湖智算中心位于南昌高新区，计划2025年建成。")

# u07 English brief
d = "u07_english_brief.txt"
ev = "On 17 October 2023 the US Commerce Department added NVIDIA's A800 and H800 to its restricted list"
for m in ("A800", "H800"):
    rel(d, "美国对华AI芯片出口管制（2023年10月17日）", "RESTRICTS", m, ev, date="2023-10-17")
rel(d, "美国对华H20出口许可要求（2025年4月）", "RESTRICTS", "H20", "in April 2025 it also required a licence for H20 shipments to China.",
    date="2025-04", qualifier="licence requirement")
ev = "Cambricon supplies AI accelerators to domestic server makers, and Hygon ships x86-compatible CPUs to telecom operators."
rel(d, "寒武纪", "SUPPLIES", "AIChip", ev)
rel(d, "海光信息", "SUPPLIES", "CPU", ev)
rel(d, "Tidewave Computing", "SUPPLIES", "GPU", "Hangzhou-based Tidewave Computing, a Chinese GPU designer, launched its first data-centre GPU last year.")
rel(d, "Aurorix Photonics", "SUPPLIES", "OpticalModule",
    "Nanjing-based Aurorix Photonics, also Chinese, supplies 400G optical modules to local cloud providers.")
rel(d, "Corvalis Silicon", "SUPPLIES", "OpticalChip", "US start-up Corvalis Silicon develops photonic interconnect chips for AI clusters.")
ev = ("NVIDIA still held over 70% of China's AI accelerator market in 2023, and the localisation rate of AI chips "
      "in China reached about 30% in 2024.")
share(d, "NVIDIA", "AIChip", 70, 2023, ev, ">", scope="中国AI加速器市场", alt_object="GPU")
rel(d, "AIChip", "LOCALIZATION_RATE", "中国", ev, value=30, unit="%", qualifier="≈", year=2024)

# u08 Traditional Chinese (Taiwan / Hong Kong style)
d = "u08_tw_hk_report.txt"
ev = "台積電是全球最大的晶圓代工廠，2024年第二季其在全球晶圓代工市場的市佔率約為62%。"
rel(d, "TSMC", "SUPPLIES", "Foundry", ev)
share(d, "TSMC", "Foundry", 62, 2024, ev, "≈", scope="全球晶圓代工市場", date="2024-Q2", note="pronoun subject 其")
rel(d, "TSMC", "SUPPLIES", "PackagingTesting", "該公司同時為輝達、超微等客戶提供CoWoS先進封裝服務。", note="pronoun subject 該公司")
ev = "在AI伺服器組裝方面，鴻海、廣達與緯創是主要代工廠，2024年三家在輝達AI伺服器代工市場的市佔率分別約為40%、30%及20%。"
for c, v in [("Foxconn", 40), ("Quanta", 30), ("Wistron", 20)]:
    rel(d, c, "SUPPLIES", "AIServer", ev)
    share(d, c, "AIServer", v, 2024, ev, "≈", scope="輝達AI伺服器代工市場")
rel(d, "Delta Electronics", "SUPPLIES", "PowerSupply", "電源則主要由台達電供應。", note="passive: object before subject")
rel(d, "晶澄科技", "SUPPLIES", "OpticalChip", "新竹新創公司晶澄科技（台灣）推出了矽光子晶片樣品，鎖定800G以上的光模組市場。")
ev = "回顧管制歷程，美國自2022年10月7日起限制輝達A100與H100晶片輸往中國大陸。"
for m in ("A100", "H100"):
    rel(d, "美国对华芯片出口管制（2022年10月7日）", "RESTRICTS", m, ev, date="2022-10-07")
ev = "香港方面，本地數據中心營運商港灣數據提供數據中心託管服務，其位於將軍澳工業邨的「海灣一號」數據中心已於今年啟用。"
rel(d, "港湾数据", "SUPPLIES", "DataCenter", ev)
rel(d, "海湾一号数据中心", "LOCATED_IN", "将军澳工业邨", ev)
ev = "分析師認為，伺服器屬於算力產業鏈中游，上游晶片與記憶體的供應仍是最大變數。"
rel(d, "Server", "PART_OF_SEGMENT", "Midstream", ev)
rel(d, "Chip", "PART_OF_SEGMENT", "Upstream", ev)


def compute_docs():
    texts = {n: (HERE / n).read_text(encoding="utf-8") for n in DOC_FILES}
    pairs = sorted(((a, e["canonical"]) for e in E for a in e["aliases"] if a not in GENERIC),
                   key=lambda x: -len(x[0]))
    found = {e["canonical"]: set() for e in E}
    for name, t in texts.items():
        mask = [False] * len(t)
        for alias, canon in pairs:
            i = t.find(alias)
            while i != -1:
                if not any(mask[i:i + len(alias)]):
                    found[canon].add(name)
                    for k in range(i, i + len(alias)):
                        mask[k] = True
                i = t.find(alias, i + 1)
    for r in R:
        for role in ("subject", "object", "alt_subject", "alt_object"):
            if r.get(role) in found:
                found[r[role]].add(r["doc"])
    return found


def main():
    found = compute_docs()
    core = {r["subject"] for r in R} | {r["object"] for r in R}
    out = []
    for e in E:
        e = dict(e)
        e["docs"] = sorted(found[e["canonical"]])
        e["tier"] = "core" if e["canonical"] in core else "mention"
        out.append(e)
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for rec in out + R:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} entities, {len(R)} relations to {HERE / 'gold.jsonl'}")


if __name__ == "__main__":
    main()
