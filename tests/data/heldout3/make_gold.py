"""Builds gold.jsonl for tests/data/heldout3 from the tables below.

Entity `docs` = alias matching with longest-match masking (generic aliases left out)
plus the documents of the entity's relations. Entity `tier` = core if it takes part
in a core relation, extended if only in extended relations, else mention.
Run: python3 make_gold.py   (then python3 check_gold.py)
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
D1, D2, D3 = "h301_liquid_cooling_news.txt", "h302_ningxia_hub_notice.txt", "h303_export_controls_brief.txt"
D4, D5, D6 = "h304_tw_supply_chain_zh-hant.txt", "h305_ai_infra_brief_en.txt", "h306_supply_chain_note.md"
GENERIC = {"金融", "accelerator", "同比增长"}

E = []
def ent(canonical, type_, aliases, country=None, **kw):
    E.append(dict(kind="entity", canonical=canonical, type=type_, aliases=aliases, country=country, **kw))

# ---- Companies (mainland: Chinese short name; foreign/Taiwan: English) ----
C = "Company"
ent("英维克", C, ["英维克"], "CN")
ent("曙光数创", C, ["曙光数创"], "CN")
ent("澜冰科技", C, ["澜冰科技"], "CN", note="invented")
ent("Vertiv", C, ["Vertiv", "维谛技术"], "US")
ent("川沁热控", C, ["川沁热控"], "CN", note="invented")
ent("飞荣达", C, ["飞荣达"], "CN")
ent("铭锐精密", C, ["铭锐精密"], "CN", note="invented")
ent("3M", C, ["3M"], "US")
ent("Chemours", C, ["Chemours", "科慕"], "US")
ent("氟瑞新材", C, ["氟瑞新材"], "CN", note="invented")
ent("字节跳动", C, ["字节跳动"], "CN", note="customer only")
ent("中国移动", C, ["中国移动"], "CN", note="customer only in h301; part of a facility name in h302")
ent("天衡算力", C, ["天衡算力"], "CN", note="invented")
ent("西岭数据", C, ["西岭数据"], "CN", note="invented")
ent("NVIDIA", C, ["NVIDIA", "輝達"], "US")
ent("ASML", C, ["ASML"], "NL")
ent("北方华创", C, ["北方华创"], "CN")
ent("中微公司", C, ["中微公司"], "CN")
ent("拓荆科技", C, ["拓荆科技"], "CN")
ent("长鑫存储", C, ["长鑫存储", "CXMT"], "CN", note="plan / sampling only, no SUPPLIES")
ent("沐岚存储", C, ["沐岚存储"], "CN", note="invented; plan only")
ent("Asia Vital Components", C, ["奇鋐"], "TW")
ent("Auras", C, ["雙鴻"], "TW")
ent("Yuchuan Thermal", C, ["昱川散熱", "Yuchuan Thermal"], "TW", note="invented")
ent("Elite Material", C, ["台光電"], "TW")
ent("Gold Circuit Electronics", C, ["金像電"], "TW")
ent("Hanting Electronics", C, ["瀚霆電子", "Hanting Electronics"], "TW", note="invented")
ent("Quanta", C, ["廣達"], "TW")
ent("Wiwynn", C, ["緯穎"], "TW")
ent("Foxconn", C, ["鴻海"], "TW")
ent("Ingrasys", C, ["鴻佰科技"], "TW", parent="Foxconn")
ent("TSMC", C, ["台積電", "台积电"], "TW")
ent("Lianfeng Precision", C, ["聯鋒精密", "Lianfeng Precision"], "TW", note="invented")
ent("浪潮信息", C, ["浪潮信息", "Inspur"], "CN")
ent("超聚变", C, ["超聚变", "xFusion"], "CN")
ent("新华三", C, ["新华三", "H3C"], "CN")
ent("联想", C, ["Lenovo"], "CN")
ent("Dell", C, ["Dell"], "US")
ent("HPE", C, ["HPE"], "US")
ent("华为", C, ["Huawei"], "CN")
ent("坤旭微电子", C, ["坤旭微电子", "Kunxu Microelectronics"], "CN", note="invented; plan only")
ent("SK hynix", C, ["SK hynix"], "KR")
ent("Samsung", C, ["Samsung"], "KR")
ent("Micron", C, ["Micron"], "US")
ent("中际旭创", C, ["Innolight"], "CN")
ent("新易盛", C, ["Eoptolink"], "CN")
ent("Coherent", C, ["Coherent"], "US")
ent("Mitsubishi Electric", C, ["Mitsubishi Electric"], "JP")
ent("Qorvex Systems", C, ["Qorvex Systems"], None, note="invented, English-only name; country not stated")
ent("Halvard Networks", C, ["Halvard Networks"], "US", note="invented, English-only name; customer only")
ent("Broadcom", C, ["Broadcom"], "US")
ent("Marvell", C, ["Marvell"], "US")
ent("盛科通信", C, ["盛科通信"], "CN")
ent("云枢微电子", C, ["云枢微电子"], "CN", note="invented")
ent("源杰科技", C, ["源杰科技"], "CN")
ent("曜芯光电", C, ["曜芯光电"], "CN", note="invented")
ent("Lumentum", C, ["Lumentum"], "US")
ent("ASPEED", C, ["ASPEED", "信骅"], "TW")
ent("衡准电子", C, ["衡准电子"], "CN", note="invented")
ent("岱宇股份", C, ["岱宇股份"], "CN", note="invented")
ent("华特气体", C, ["华特气体"], "CN")
ent("博源特气", C, ["博源特气"], "CN", note="invented")
ent("三大运营商", "CompanyGroup", ["三大运营商"], "CN", note="customer only")

# ---- Product categories ----
P = "ProductCategory"
ent("LiquidCooling", P, ["数据中心液冷", "液冷"])
ent("ImmersionCooling", P, ["浸没式液冷"])
ent("CDU", P, ["冷量分配单元", "CDU"])
ent("ColdPlate", P, ["冷板", "水冷板"])
ent("CoolingFluid", P, ["氟化冷却液", "冷却液"])
ent("LiquidCoolingRack", P, ["冷板式液冷整机柜"])
ent("LiquidCooledServer", P, ["液冷服务器"])
ent("QuickDisconnect", P, ["快接头", "快接頭"])
ent("GPU", P, ["GPU"])
ent("CPU", P, ["CPU"])
ent("AIChip", P, ["AI芯片", "AI晶片", "AI accelerator", "accelerator"])
ent("HBM", P, ["HBM", "高带宽存储器"])
ent("SemiconductorManufacturingEquipment", P, ["半导体制造设备"])
ent("EtchEquipment", P, ["刻蚀设备"])
ent("DepositionEquipment", P, ["薄膜沉积设备"])
ent("LithographyMachine", P, ["光刻机", "浸润式DUV光刻机"])
ent("CCL", P, ["銅箔基板", "CCL"])
ent("PCB", P, ["PCB"])
ent("ServerPCB", P, ["伺服器PCB", "高多層伺服器板"])
ent("AIServer", P, ["AI伺服器", "accelerated-server", "accelerated server"])
ent("CoWoS", P, ["CoWoS"], note="TSMC advanced-packaging technology/capacity")
ent("AdvancedPackaging", P, ["先進封裝"])
ent("WetProcessEquipment", P, ["濕製程設備"])
ent("OpticalModule", P, ["光模块", "optical modules"])
ent("LaserChip", P, ["EML laser chips"])
ent("OpticalChip", P, ["光芯片"])
ent("MemoryChip", P, ["存储芯片"])
ent("ElectronicSpecialtyGas", P, ["电子特气"])
ent("Server", P, ["服务器"])
ent("Switch", P, ["交换机"])
ent("SwitchChip", P, ["交换芯片", "以太网交换芯片"])
ent("DataCenter", P, ["数据中心"])
ent("CloudService", P, ["云服务"])
ent("BMCChip", P, ["BMC芯片"])
ent("StorageController", P, ["存储控制器"])
ent("WaferFoundry", P, ["晶圆制造", "晶圆代工服务"])
ent("Precursor", P, ["前驱体材料"], note="plan trap only")

# ---- Product models ----
M = "ProductModel"
ent("A100", M, ["A100"], maker="NVIDIA", category="GPU")
ent("H100", M, ["H100"], maker="NVIDIA", category="GPU")
ent("A800", M, ["A800"], maker="NVIDIA", category="GPU")
ent("H800", M, ["H800"], maker="NVIDIA", category="GPU")
ent("H20", M, ["H20"], maker="NVIDIA", category="GPU")
ent("Ascend 910B", M, ["Ascend 910B"], maker="华为", category="AIChip")
ent("TWINSCAN NXT:2000i", M, ["TWINSCAN NXT:2000i"], maker="ASML", category="LithographyMachine")
ent("GB200 NVL72", M, ["GB200 NVL72", "GB200"], maker="NVIDIA", category="AIServer")
ent("Tomahawk", M, ["Tomahawk"], maker="Broadcom", category="SwitchChip")

# ---- Segments, industries ----
ent("Upstream", "Segment", ["上游"])
ent("Midstream", "Segment", ["中游"])
ent("Downstream", "Segment", ["下游"])
ent("互联网", "Industry", ["互联网"])
ent("金融", "Industry", ["金融"])
ent("智能制造", "Industry", ["智能制造"])

# ---- Regions ----
R = "Region"
ent("中国", R, ["中国", "我国", "China"], "CN", subtype="country")
ent("美国", R, ["美国", "美方"], "US", subtype="country")
ent("日本", R, ["日本"], "JP", subtype="country")
ent("荷兰", R, ["荷兰"], "NL", subtype="country")
ent("成都", R, ["成都"], "CN", subtype="city")
ent("内江", R, ["内江"], "CN", subtype="city")
ent("宁夏", R, ["宁夏枢纽", "宁夏"], "CN", subtype="province / hub node",
    note="全区 in the target sentence refers to 宁夏")
ent("中卫数据中心集群", R, ["中卫数据中心集群", "中卫集群"], "CN", subtype="cluster")
ent("中卫", R, ["中卫市", "中卫"], "CN", subtype="city")
ent("沙坡头区", R, ["沙坡头区"], "CN", subtype="district")
ent("银川", R, ["银川市"], "CN", subtype="city")
ent("长三角", R, ["长三角"], "CN", subtype="hub")
ent("粤港澳大湾区", R, ["粤港澳大湾区"], "CN", subtype="hub")
ent("杭州", R, ["Hangzhou"], "CN", subtype="city")

# ---- Facilities, organisations, policies ----
ent("中国移动（宁夏）中卫数据中心", "Facility", ["中国移动（宁夏）中卫数据中心"])
ent("天衡算力西部智算中心", "Facility", ["天衡算力西部智算中心"], note="invented")
ent("贺兰山云计算中心", "Facility", ["贺兰山云计算中心"], note="invented")
ent("阿里云张北数据中心", "Facility", ["阿里云张北数据中心"], note="customer only")
ent("赛迪顾问", "Organization", ["赛迪顾问"])
ent("鼎阅咨询", "Organization", ["鼎阅咨询"], note="invented research firm")
ent("宁夏回族自治区发展和改革委员会", "Organization", ["宁夏回族自治区发展和改革委员会"])
ent("美国商务部工业与安全局", "Organization", ["美国商务部工业与安全局", "BIS"])
PN = "《全国一体化算力网络宁夏枢纽节点建设提升行动方案（2024—2026年）》"
ent(PN, "Policy", [PN], date="2024-05-20")
ent("东数西算", "Policy", ["东数西算"])
US22 = "美国对华芯片出口管制（2022年10月7日）"
US23 = "美国对华AI芯片出口管制（2023年10月17日）"
US24 = "美国对华HBM出口管制（2024年12月2日）"
JP23 = "日本半导体制造设备出口管制（2023年7月23日）"
NL23 = "荷兰光刻机出口管制（2023年9月1日）"
ent(US22, "Policy", ["对华先进计算与半导体制造物项出口管制新规"], date="2022-10-07")
ent(US23, "Policy", [], date="2023-10-17")
ent(US24, "Policy", [], date="2024-12-02")
ent(JP23, "Policy", ["《外汇及外国贸易法》相关省令"], date="2023-07-23")
ent(NL23, "Policy", [], date="2023-09-01")

# ---- Metrics ----
ME = "Metric"
ent("数据中心液冷市场规模", ME, ["数据中心液冷市场规模"])
ent("数据中心液冷市场规模同比增速", ME, ["同比增长"])
ent("标准机架数量", ME, ["标准机架规模", "标准机架"])
ent("算力规模", ME, ["算力总规模"])
ent("智能算力占比", ME, ["智能算力占比"])
ent("数据中心PUE平均值", ME, ["平均PUE"])
ent("新建数据中心PUE", ME, ["新建数据中心PUE"])
ent("绿电使用比例", ME, ["绿电使用比例"])

# ================= relations =================
REL = []
def rel(s, p, o, doc, ev, tier="core", **kw):
    r = dict(kind="relation", subject=s, predicate=p, object=o)
    for k in ("value", "unit", "year", "qualifier"):
        if k in kw:
            r[k] = kw.pop(k)
    r.update(doc=doc, evidence=ev, tier=tier)
    r.update(kw)
    REL.append(r)

# ---- h301 liquid cooling ----
ev = "据赛迪顾问统计，2024年中国数据中心液冷市场规模约为186亿元，同比增长超过60%。"
rel("中国", "MENTIONS_METRIC", "数据中心液冷市场规模", D1, ev, value=186, unit="亿元", year=2024, qualifier="≈", source="赛迪顾问")
rel("中国", "MENTIONS_METRIC", "数据中心液冷市场规模同比增速", D1, ev, value=60, unit="%", year=2024, qualifier=">", source="赛迪顾问")
ev = "从竞争格局看，2024年英维克、曙光数创、澜冰科技在中国数据中心液冷市场的份额分别为21.3%、17.8%和9.6%，海外厂商Vertiv（维谛技术）的份额不足8%。"
for c, v in (("英维克", 21.3), ("曙光数创", 17.8), ("澜冰科技", 9.6)):
    rel(c, "HAS_MARKET_SHARE", "LiquidCooling", D1, ev, value=v, unit="%", year=2024, scope="中国数据中心液冷市场")
rel("Vertiv", "HAS_MARKET_SHARE", "LiquidCooling", D1, ev, value=8, unit="%", year=2024, qualifier="<", scope="中国数据中心液冷市场")
for c in ("英维克", "曙光数创", "澜冰科技", "Vertiv"):
    rel(c, "SUPPLIES", "LiquidCooling", D1, ev, tier="extended", note="inferred from holding a market share")
rel("川沁热控", "HAS_MARKET_SHARE", "ImmersionCooling", D1, "2024年浸没式液冷细分市场中，川沁热控份额超过30%，位居第一。",
    value=30, unit="%", year=2024, qualifier=">", scope="中国浸没式液冷市场", alt_object="LiquidCooling")
rel("川沁热控", "LOCATED_IN", "成都", D1, "川沁热控总部位于成都。", note="headquarters")
ev = "该公司主要生产冷量分配单元（CDU）和单相浸没式液冷机柜，其产品已批量进入三大运营商的智算中心。"
rel("川沁热控", "SUPPLIES", "CDU", D1, ev, note="pronoun subject 该公司 = 川沁热控")
rel("川沁热控", "SUPPLIES", "ImmersionCooling", D1, ev, note="pronoun subject 该公司 = 川沁热控; 单相浸没式液冷机柜")
ev = "上游环节中，冷板主要由飞荣达和铭锐精密供应"
rel("飞荣达", "SUPPLIES", "ColdPlate", D1, ev)
rel("铭锐精密", "SUPPLIES", "ColdPlate", D1, ev)
ev = "氟化冷却液的主要供应商包括3M、Chemours（科慕）以及国产厂商氟瑞新材。"
for c in ("3M", "Chemours", "氟瑞新材"):
    rel(c, "SUPPLIES", "CoolingFluid", D1, ev)
rel("英维克", "SUPPLIES", "LiquidCoolingRack", D1, "下游方面，英维克为字节跳动、中国移动等客户提供冷板式液冷整机柜方案",
    alt_object="LiquidCooling", note="字节跳动 and 中国移动 are customers, not suppliers")
rel("澜冰科技", "SUPPLIES", "ImmersionCooling", D1, "澜冰科技则为阿里云张北数据中心提供浸没式液冷改造服务。", tier="extended",
    note="a retrofit service rather than a product; the data centre is the customer")
ev = "分析人士认为，液冷服务器的规模部署依赖于CDU和冷却液的稳定供应，快接头等关键部件仍有较高的进口比例。"
rel("LiquidCooledServer", "DEPENDS_ON", "CDU", D1, ev)
rel("LiquidCooledServer", "DEPENDS_ON", "CoolingFluid", D1, ev)
rel("ColdPlate", "PART_OF_SEGMENT", "Upstream", D1, "上游环节中，冷板主要由飞荣达和铭锐精密供应", tier="extended",
    note="上游环节 of the liquid-cooling chain, not of the 算力 chain as a whole")

# ---- h302 Ningxia hub notice ----
rel(PN, "ISSUED_BY", "宁夏回族自治区发展和改革委员会", D2,
    "宁夏回族自治区发展和改革委员会关于印发《全国一体化算力网络宁夏枢纽节点建设提升行动方案（2024—2026年）》的通知", tier="extended", date="2024-05-20")
ev = "截至2023年底，宁夏枢纽已建成标准机架8.2万架，算力总规模达到4.6EFLOPS，其中智能算力占比超过60%。"
rel("宁夏", "MENTIONS_METRIC", "标准机架数量", D2, ev, value=8.2, unit="万架", year=2023, date="2023-12")
rel("宁夏", "MENTIONS_METRIC", "算力规模", D2, ev, value=4.6, unit="EFLOPS", year=2023, date="2023-12")
rel("宁夏", "MENTIONS_METRIC", "智能算力占比", D2, ev, value=60, unit="%", year=2023, qualifier=">", date="2023-12")
ev = "中卫数据中心集群已投运数据中心的平均PUE为1.18，绿电使用比例约为45%。"
rel("中卫数据中心集群", "MENTIONS_METRIC", "数据中心PUE平均值", D2, ev, value=1.18, year=2023,
    note="year from the preceding sentence's 截至2023年底 (same paragraph)")
rel("中卫数据中心集群", "MENTIONS_METRIC", "绿电使用比例", D2, ev, value=45, unit="%", year=2023, qualifier="≈",
    note="year from the preceding sentence's 截至2023年底 (same paragraph)")
ev = "中国移动（宁夏）中卫数据中心、天衡算力西部智算中心等重点项目位于中卫市沙坡头区"
rel("中国移动（宁夏）中卫数据中心", "LOCATED_IN", "沙坡头区", D2, ev, alt_object="中卫")
rel("天衡算力西部智算中心", "LOCATED_IN", "沙坡头区", D2, ev, alt_object="中卫")
rel("沙坡头区", "LOCATED_IN", "中卫", D2, ev, tier="extended")
rel("贺兰山云计算中心", "LOCATED_IN", "银川", D2, "西岭数据建设的贺兰山云计算中心位于银川市。")
ev = "到2025年，宁夏枢纽标准机架规模达到15万架，算力总规模超过10EFLOPS，新建数据中心PUE控制在1.15以下。"
rel("宁夏", "TARGETS", "标准机架数量", D2, ev, value=15, unit="万架", year=2025, modality="target", alt_subject=PN)
rel("宁夏", "TARGETS", "算力规模", D2, ev, value=10, unit="EFLOPS", year=2025, qualifier=">", modality="target", alt_subject=PN)
rel("宁夏", "TARGETS", "新建数据中心PUE", D2, ev, value=1.15, year=2025, qualifier="<", modality="target", alt_subject=PN)
ev = "到2026年，全区智能算力占比提升至80%，中卫数据中心集群绿电使用比例达到65%以上。"
rel("宁夏", "TARGETS", "智能算力占比", D2, ev, value=80, unit="%", year=2026, modality="target", alt_subject=PN, note="全区 = 宁夏")
rel("中卫数据中心集群", "TARGETS", "绿电使用比例", D2, ev, value=65, unit="%", year=2026, qualifier=">", modality="target", alt_subject=PN)

# ---- h303 export controls ----
ev = "2022年10月7日，美国商务部工业与安全局（BIS）发布对华先进计算与半导体制造物项出口管制新规，限制向中国出口NVIDIA A100、H100等高性能GPU，并管制用于16/14纳米及以下逻辑芯片生产的设备。"
rel(US22, "RESTRICTS", "A100", D3, ev, qualifier="NVIDIA A100", date="2022-10-07")
rel(US22, "RESTRICTS", "H100", D3, ev, qualifier="H100", date="2022-10-07")
rel(US22, "RESTRICTS", "GPU", D3, ev, qualifier="高性能GPU", date="2022-10-07")
rel(US22, "RESTRICTS", "SemiconductorManufacturingEquipment", D3, ev, qualifier="用于16/14纳米及以下逻辑芯片生产的设备", date="2022-10-07")
rel(US22, "ISSUED_BY", "美国商务部工业与安全局", D3, ev, tier="extended", date="2022-10-07")
rel("NVIDIA", "SUPPLIES", "GPU", D3, ev, tier="extended", note="NVIDIA A100/H100 named as restricted GPUs")
ev = "2023年10月17日，BIS进一步收紧规则，此前专供中国市场的A800和H800也被纳入管制范围。"
rel(US23, "RESTRICTS", "A800", D3, ev, qualifier="此前专供中国市场的A800", date="2023-10-17")
rel(US23, "RESTRICTS", "H800", D3, ev, qualifier="H800", date="2023-10-17")
rel(US23, "ISSUED_BY", "美国商务部工业与安全局", D3, ev, tier="extended", date="2023-10-17")
ev = "2024年12月2日，美方再次更新规则，首次将高带宽存储器（HBM）列入对华出口限制清单。"
rel(US24, "RESTRICTS", "HBM", D3, ev, qualifier="高带宽存储器（HBM）", date="2024-12-02")
rel(US24, "ISSUED_BY", "美国", D3, ev, tier="extended", date="2024-12-02")
ev = "盟友方面，日本修订后的《外汇及外国贸易法》相关省令于2023年7月23日生效，将23类半导体制造设备纳入出口管理"
rel(JP23, "RESTRICTS", "SemiconductorManufacturingEquipment", D3, ev, qualifier="23类半导体制造设备", date="2023-07-23")
rel(JP23, "ISSUED_BY", "日本", D3, ev, tier="extended", date="2023-07-23")
ev = "荷兰自2023年9月1日起要求ASML的TWINSCAN NXT:2000i及以上型号浸润式DUV光刻机出口须申请许可证。"
rel(NL23, "RESTRICTS", "LithographyMachine", D3, ev, qualifier="TWINSCAN NXT:2000i及以上型号浸润式DUV光刻机", date="2023-09-01")
rel(NL23, "RESTRICTS", "TWINSCAN NXT:2000i", D3, ev, qualifier="TWINSCAN NXT:2000i及以上型号", date="2023-09-01")
rel(NL23, "ISSUED_BY", "荷兰", D3, ev, tier="extended", date="2023-09-01")
rel("ASML", "SUPPLIES", "LithographyMachine", D3, ev, tier="extended", note="ASML的…光刻机, in a restriction sentence")
ev = "据鼎阅咨询测算，2023年我国刻蚀设备国产化率约为22%，薄膜沉积设备国产化率约为15%，光刻机国产化率仍不足3%。"
rel("EtchEquipment", "LOCALIZATION_RATE", "中国", D3, ev, value=22, unit="%", year=2023, qualifier="≈", source="鼎阅咨询")
rel("DepositionEquipment", "LOCALIZATION_RATE", "中国", D3, ev, value=15, unit="%", year=2023, qualifier="≈", source="鼎阅咨询")
rel("LithographyMachine", "LOCALIZATION_RATE", "中国", D3, ev, value=3, unit="%", year=2023, qualifier="<", source="鼎阅咨询")
rel("AIChip", "LOCALIZATION_RATE", "中国", D3, "2023年国内智算中心AI芯片国产化率约为25%。", value=25, unit="%", year=2023, qualifier="≈", scope="国内智算中心")
rel("HBM", "LOCALIZATION_RATE", "中国", D3, "HBM方面，国内尚无量产供应，国产化率接近于零。", value=0, unit="%", qualifier="≈", note="no year in the sentence")
ev = "从企业层面看，北方华创、中微公司是刻蚀设备的主要国产供应商，薄膜沉积设备则主要由拓荆科技和北方华创供应。"
rel("北方华创", "SUPPLIES", "EtchEquipment", D3, ev)
rel("中微公司", "SUPPLIES", "EtchEquipment", D3, ev)
rel("拓荆科技", "SUPPLIES", "DepositionEquipment", D3, ev)
rel("北方华创", "SUPPLIES", "DepositionEquipment", D3, ev)

# ---- h304 Taiwan (traditional) ----
ev = "散熱方面，AI伺服器用水冷板主要由奇鋐、雙鴻供應，2024年兩家公司在全球伺服器水冷板市場的市占率分別約為35%與20%。"
rel("Asia Vital Components", "SUPPLIES", "ColdPlate", D4, ev)
rel("Auras", "SUPPLIES", "ColdPlate", D4, ev)
rel("Asia Vital Components", "HAS_MARKET_SHARE", "ColdPlate", D4, ev, value=35, unit="%", year=2024, qualifier="≈", scope="全球伺服器水冷板市場")
rel("Auras", "HAS_MARKET_SHARE", "ColdPlate", D4, ev, value=20, unit="%", year=2024, qualifier="≈", scope="全球伺服器水冷板市場")
rel("Yuchuan Thermal", "SUPPLIES", "QuickDisconnect", D4, "新進業者昱川散熱（Yuchuan Thermal）以快接頭切入液冷供應鏈，其產品已通過輝達認證。",
    note="輝達 certifies/buys; it is not a supplier of 快接頭")
ev = "PCB方面，台光電是AI加速卡用高階銅箔基板（CCL）龍頭，全球市占率超過五成"
rel("Elite Material", "SUPPLIES", "CCL", D4, ev)
rel("Elite Material", "HAS_MARKET_SHARE", "CCL", D4, ev, value=50, unit="%", qualifier=">", scope="全球AI加速卡用高階CCL市場", note="超過五成; no year in the sentence")
rel("Gold Circuit Electronics", "SUPPLIES", "ServerPCB", D4, "金像電則是美系雲端業者ASIC伺服器PCB的主要供應商。", alt_object="PCB")
rel("Hanting Electronics", "SUPPLIES", "ServerPCB", D4, "瀚霆電子（Hanting Electronics）2024年在高多層伺服器板市場位列第二，僅次於金像電。", alt_object="PCB",
    note="rank only, no share value")
ev = "組裝端，GB200機櫃主要由廣達、緯穎與鴻海代工，其中鴻海旗下鴻佰科技負責部分機櫃的整合測試。"
for c in ("Quanta", "Wiwynn", "Foxconn"):
    rel(c, "SUPPLIES", "AIServer", D4, ev, alt_object="GB200 NVL72", note="ODM assembly of GB200 racks")
rel("Ingrasys", "SUPPLIES", "AIServer", D4, ev, tier="extended", alt_object="GB200 NVL72", note="rack integration and test; 鴻海旗下")
ev = "先進封裝方面，AI晶片高度依賴台積電的CoWoS產能。"
rel("AIChip", "DEPENDS_ON", "CoWoS", D4, ev, alt_object="AdvancedPackaging")
rel("TSMC", "SUPPLIES", "CoWoS", D4, ev, alt_object="AdvancedPackaging")
rel("Lianfeng Precision", "SUPPLIES", "WetProcessEquipment", D4, "聯鋒精密（Lianfeng Precision）為台積電提供CoWoS製程所需的濕製程設備。",
    note="台積電 is the customer")

# ---- h305 English brief ----
ev = "China's main accelerated-server suppliers are Inspur, xFusion, H3C and Lenovo."
for c in ("浪潮信息", "超聚变", "新华三", "联想"):
    rel(c, "SUPPLIES", "AIServer", D5, ev)
ev = "In 2024 Inspur held roughly 33% of China's accelerated server market, while Dell and HPE together had less than 10%."
rel("浪潮信息", "HAS_MARKET_SHARE", "AIServer", D5, ev, value=33, unit="%", year=2024, qualifier="≈", scope="中国加速服务器市场")
rel("Dell", "SUPPLIES", "AIServer", D5, ev, tier="extended", note="implied; only a combined share (<10%) is given, not annotated")
rel("HPE", "SUPPLIES", "AIServer", D5, ev, tier="extended", note="implied; only a combined share (<10%) is given, not annotated")
rel("NVIDIA", "SUPPLIES", "AIChip", D5, "NVIDIA's H20 is the top imported accelerator", alt_object="GPU")
rel("华为", "SUPPLIES", "AIChip", D5, "Huawei's Ascend 910B is the main domestic one.", note="one = accelerator")
rel("坤旭微电子", "LOCATED_IN", "杭州", D5, "Kunxu Microelectronics (坤旭微电子), a Hangzhou-based GPU start-up, plans volume shipments in 2026.")
ev = "Every AI accelerator depends on HBM, which is supplied by SK hynix, Samsung and Micron."
rel("AIChip", "DEPENDS_ON", "HBM", D5, ev)
for c in ("SK hynix", "Samsung", "Micron"):
    rel(c, "SUPPLIES", "HBM", D5, ev)
rel("SK hynix", "HAS_MARKET_SHARE", "HBM", D5, "SK hynix held more than 50% of the global HBM market in 2024",
    value=50, unit="%", year=2024, qualifier=">", scope="全球HBM市场")
ev = "800G optical modules are supplied mainly by Innolight, Eoptolink and Coherent."
for c in ("中际旭创", "新易盛", "Coherent"):
    rel(c, "SUPPLIES", "OpticalModule", D5, ev)
ev = "They depend on EML laser chips sourced from Mitsubishi Electric."
rel("OpticalModule", "DEPENDS_ON", "LaserChip", D5, ev, alt_object="OpticalChip", note="They = 800G optical modules")
rel("Mitsubishi Electric", "SUPPLIES", "LaserChip", D5, ev, alt_object="OpticalChip")
rel("Qorvex Systems", "SUPPLIES", "OpticalModule", D5, "Qorvex Systems ships 400G modules to Halvard Networks, a US cloud operator.",
    note="Halvard Networks is the customer")

# ---- h306 research note (md) ----
ev = "上游为基础硬件与材料，包括CPU、GPU、存储芯片、PCB、光芯片以及电子特气等"
T = {  # table rows
    "SwitchChip": "| 上游 | 交换芯片 | Broadcom、Marvell、盛科通信、云枢微电子 |",
    "OpticalChip": "| 上游 | 光芯片 | 源杰科技、曜芯光电、Lumentum |",
    "BMCChip": "| 上游 | BMC芯片 | ASPEED（信骅）、衡准电子 |",
    "StorageController": "| 上游 | 存储控制器 | 岱宇股份、Marvell |",
    "ElectronicSpecialtyGas": "| 上游 | 电子特气 | 华特气体、博源特气 |",
    "Server": "| 中游 | 服务器 | 浪潮信息、超聚变、新华三 |",
}
for c in ("CPU", "GPU", "MemoryChip", "PCB", "OpticalChip", "ElectronicSpecialtyGas"):
    kw = {"evidence_alt": [T[c]]} if c in T else {}
    rel(c, "PART_OF_SEGMENT", "Upstream", D6, ev, **kw)
ev = "中游为算力基础设施，主要包括服务器、交换机、光模块和数据中心"
for c in ("Server", "Switch", "OpticalModule", "DataCenter"):
    kw = {"evidence_alt": [T[c]]} if c in T else {}
    rel(c, "PART_OF_SEGMENT", "Midstream", D6, ev, **kw)
ev = "下游为算力应用，涵盖云服务以及互联网、金融、智能制造等行业。"
rel("CloudService", "PART_OF_SEGMENT", "Downstream", D6, ev)
for i in ("互联网", "金融", "智能制造"):
    rel(i, "PART_OF_SEGMENT", "Downstream", D6, ev, tier="extended", note="user industry")
for c in ("SwitchChip", "BMCChip", "StorageController"):
    rel(c, "PART_OF_SEGMENT", "Upstream", D6, T[c], note="table column 环节")
ev = "服务器依赖CPU、GPU和存储控制器等核心芯片。"
for c in ("CPU", "GPU", "StorageController"):
    rel("Server", "DEPENDS_ON", c, D6, ev)
ev = "交换机的性能取决于交换芯片，高端交换机高度依赖Broadcom的Tomahawk系列芯片。"
rel("Switch", "DEPENDS_ON", "SwitchChip", D6, ev)
rel("Switch", "DEPENDS_ON", "Tomahawk", D6, ev, tier="extended", note="high-end switches only")
rel("OpticalModule", "DEPENDS_ON", "OpticalChip", D6, "光模块依赖光芯片，光芯片约占光模块成本的30%至50%。",
    note="the 30%–50% is a cost share, not a market share; not annotated")
rel("WaferFoundry", "DEPENDS_ON", "ElectronicSpecialtyGas", D6, "晶圆制造离不开电子特气，刻蚀、沉积等工序均需消耗高纯含氟气体。")
SUP = {
    "SwitchChip": ["Broadcom", "Marvell", "盛科通信", "云枢微电子"],
    "OpticalChip": ["源杰科技", "曜芯光电", "Lumentum"],
    "BMCChip": ["ASPEED", "衡准电子"],
    "StorageController": ["岱宇股份", "Marvell"],
    "ElectronicSpecialtyGas": ["华特气体", "博源特气"],
    "Server": ["浪潮信息", "超聚变", "新华三"],
}
ALT = {
    ("Broadcom", "SwitchChip"): ["交换机的性能取决于交换芯片，高端交换机高度依赖Broadcom的Tomahawk系列芯片。"],
    ("云枢微电子", "SwitchChip"): ["云枢微电子采用台积电的晶圆代工服务生产其交换芯片。"],
    ("衡准电子", "BMCChip"): ["衡准电子是国内少数量产BMC芯片的企业，其BMC芯片已被浪潮信息、新华三等服务器厂商采用。"],
    ("盛科通信", "SwitchChip"): ["盛科通信位列第二，份额约为12%。"],
}
for cat, cs in SUP.items():
    for c in cs:
        kw = {"evidence_alt": ALT[(c, cat)]} if (c, cat) in ALT else {}
        rel(c, "SUPPLIES", cat, D6, T[cat], **kw)
ev = "2024年中国商用以太网交换芯片市场中，Broadcom份额居首，约为61%"
rel("Broadcom", "HAS_MARKET_SHARE", "SwitchChip", D6, ev, value=61, unit="%", year=2024, qualifier="≈", scope="中国商用以太网交换芯片市场")
rel("盛科通信", "HAS_MARKET_SHARE", "SwitchChip", D6, "盛科通信位列第二，份额约为12%。", value=12, unit="%", year=2024, qualifier="≈",
    scope="中国商用以太网交换芯片市场", note="year and scope from the preceding clause of the same sentence")
rel("TSMC", "SUPPLIES", "WaferFoundry", D6, "云枢微电子采用台积电的晶圆代工服务生产其交换芯片。", note="采用X的Y: X supplies Y")


# ================= docs and tiers =================
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("h3*"))}
pairs = sorted(((a, e["canonical"]) for e in E for a in e["aliases"] if a not in GENERIC), key=lambda x: -len(x[0]))
found = {e["canonical"]: set() for e in E}
for name, t in texts.items():
    mask = [False] * len(t)
    for a, c in pairs:
        i = t.find(a)
        while i >= 0:
            if not any(mask[i:i + len(a)]):
                found[c].add(name)
                for j in range(i, i + len(a)):
                    mask[j] = True
            i = t.find(a, i + 1)
tier = {}
for r in REL:
    for k in ("subject", "object"):
        c = r[k]
        found[c].add(r["doc"])
        if r["tier"] == "core":
            tier[c] = "core"
        else:
            tier.setdefault(c, "extended")
out = []
for e in E:
    e = dict(e)
    e["docs"] = sorted(found[e["canonical"]])
    e["tier"] = tier.get(e["canonical"], "mention")
    order = ["kind", "canonical", "type", "aliases", "country", "docs", "tier"]
    out.append({k: e[k] for k in order} | {k: v for k, v in e.items() if k not in order})
out += REL
(HERE / "gold.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")
for e in out[:len(E)]:
    if not e["docs"]:
        print("WARNING no docs:", e["canonical"])
print("entities", len(E), "relations", len(REL))
