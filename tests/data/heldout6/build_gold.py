"""Build gold.jsonl for the heldout6 passages (h6_*).

Run: python3 tests/data/heldout6/build_gold.py
Format follows shared/eval/README.md (entity lines, then relation lines).
Evidence strings are cut from the documents by sent()/row() or given
verbatim; check_gold.py verifies them.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
DOCS = {p.name: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("h6*"))}
D = {name[3:5]: name for name in DOCS}  # "01" -> file name

ENTS = {}
NOMATCH = {}
RELS = []


def E(canonical, type_, aliases=(), country=None, nomatch=(), **kw):
    assert canonical not in ENTS, canonical
    e = {"kind": "entity", "canonical": canonical, "type": type_,
         "aliases": list(aliases), "country": country}
    e.update(kw)
    ENTS[canonical] = e
    NOMATCH[canonical] = set(nomatch)


def C(canonical, aliases=(), country="CN", **kw):
    E(canonical, "Company", aliases or [canonical], country, **kw)


def P(canonical, aliases=(), **kw):
    E(canonical, "ProductCategory", aliases, None, **kw)


def G(canonical, aliases=(), country="CN", subtype=None, **kw):
    if subtype:
        kw["subtype"] = subtype
    E(canonical, "Region", aliases, country, **kw)


def F(canonical, aliases=(), country="CN", **kw):
    E(canonical, "Facility", aliases, country, **kw)


def M(canonical, aliases=(), **kw):
    E(canonical, "Metric", aliases, None, **kw)


_BOUND_BEFORE = "。！？\n；"


def sent(doc, frag):
    """The sentence (or ；-clause, or line) of document `doc` containing frag."""
    t = DOCS[D[doc]]
    assert t.count(frag) == 1, (doc, frag, t.count(frag))
    i = t.index(frag)
    s = max(t.rfind(c, 0, i) for c in _BOUND_BEFORE) + 1
    j = i + len(frag)
    ends = []
    for c in "。！？":
        k = t.find(c, j)
        if k >= 0:
            ends.append(k + 1)
    for c in "；\n":
        k = t.find(c, j)
        if k >= 0:
            ends.append(k)
    e = min(ends) if ends else len(t)
    out = t[s:e].strip()
    for b in ("• ", "- "):
        if out.startswith(b):
            out = out[len(b):]
    return out


def row(doc, frag):
    """The whole line (table row) of document `doc` containing frag."""
    t = DOCS[D[doc]]
    lines = [ln for ln in t.split("\n") if frag in ln]
    assert len(lines) == 1, (doc, frag, lines)
    return lines[0]


def V(doc, s):
    """A verbatim English sentence."""
    assert s in DOCS[D[doc]], (doc, s)
    return s


def R(doc, s, p, o, ev, tier="core", **kw):
    r = {"kind": "relation", "subject": s, "predicate": p, "object": o}
    for k in ("value", "unit", "year", "qualifier"):
        if k in kw:
            r[k] = kw.pop(k)
    r["doc"] = D[doc]
    r["evidence"] = ev
    r["tier"] = tier
    r.update(kw)
    RELS.append(r)
    return r


def PCT(doc, s, o, value, ev, tier="core", **kw):
    return R(doc, s, "HAS_MARKET_SHARE", o, ev, tier, value=value, unit="%", **kw)


def LR(doc, cat, value, ev, tier="core", **kw):
    return R(doc, cat, "LOCALIZATION_RATE", "中国", ev, tier, value=value, unit="%", **kw)


def SUP(doc, companies, cat, ev, tier="core", **kw):
    for c in companies:
        R(doc, c, "SUPPLIES", cat, ev, tier, **kw)


def LOC(doc, s, o, ev, tier="core", **kw):
    return R(doc, s, "LOCATED_IN", o, ev, tier, **kw)


def HQ(doc, s, o, ev, tier="core", **kw):
    kw.setdefault("note", "headquarters")
    return R(doc, s, "LOCATED_IN", o, ev, tier, **kw)


# ---------------------------------------------------------------- entities
# Foreign companies (English canonical names; Taiwanese firms count as foreign)
C("Shin-Etsu", ["信越化学", "信越化學"], "JP")
C("SUMCO", ["SUMCO", "胜高", "勝高"], "JP")
C("GlobalWafers", ["環球晶"], "TW")
C("Siltronic", ["Siltronic", "世創"], "DE")
C("SK Siltron", ["SK Siltron"], "KR")
C("Wacker", ["Wacker", "瓦克"], "DE")
C("Formosa SUMCO Technology", ["台勝科"], "TW")
C("Formosa Plastics Group", ["台塑集團"], "TW")
C("TSMC", ["台積電", "台积电"], "TW")
C("Linde", ["Linde", "林德"], "IE")
C("Air Liquide", ["Air Liquide", "液化空氣"], "FR")
C("Taiyo Nippon Sanso", ["大陽日酸"], "JP")
C("Songyi Materials", ["Songyi Materials", "崧億材料"], "TW", note="invented")
C("Lam Research", ["Lam Research", "泛林集团"], "US")
C("Tokyo Electron", ["东京电子"], "JP")
C("Applied Materials", ["Applied Materials", "应用材料"], "US")
C("Axcelis", ["Axcelis"], "US")
C("KLA", ["KLA"], "US")
C("Hitachi High-Tech", ["Hitachi High-Tech"], "JP")
C("Arm", ["Arm"], "GB")
C("Synopsys", ["Synopsys", "新思科技"], "US", note="IP business (Synopsys IP)")
C("Cadence", ["Cadence", "楷登电子"], "US")
C("Imagination Technologies", ["Imagination Technologies", "Imagination"], "GB")
C("Alchip", ["Alchip", "世芯"], "TW")
C("GUC", ["GUC", "创意电子"], "TW")
C("Qualcomm", ["高通"], "US")
C("MediaTek", ["联发科", "聯發科"], "TW")
C("Apple", ["苹果", "蘋果"], "US")
C("Intel", ["英特爾"], "US")
C("AMD", ["AMD", "超微"], "US", note="超微 is the Taiwanese short form of AMD here, not Supermicro")
C("NVIDIA", ["英伟达", "輝達"], "US")
C("Microsoft", ["微軟"], "US")
C("Samsung", ["三星"], "KR")
C("SK hynix", ["SK海力士"], "KR")
C("Micron", ["美光公司", "美光"], "US")
C("ASUS", ["華碩"], "TW")
C("Acer", ["宏碁"], "TW")
C("ASML", ["ASML", "阿斯麦"], "NL")
C("GlobalFoundries", ["格芯"], "US")

# Mainland Chinese companies (Chinese short names)
C("彤程新材")
C("晶瑞电材")
C("澄光材料", note="invented")
C("衡硅半导体", ["衡硅半导体(无锡)股份有限公司", "衡硅半导体"], note="invented")
C("安集科技")
C("鼎龙股份")
C("澈研", note="invented")
C("磐钴科技", ["北京磐钴科技有限公司", "磐钴科技"], note="invented")
C("沪硅产业")
C("中环领先")
C("华特气体")
C("金宏气体")
C("中船特气")
C("锐澜", note="invented")
C("江丰电子")
C("有研新材")
C("中微公司")
C("北方华创")
C("鑫蚀装备", note="invented")
C("拓荆科技")
C("晟膜半导体", ["合肥晟膜半导体装备有限公司"], note="invented; not yet shipping ALD tools (negation trap)")
C("盛美上海")
C("至纯科技")
C("芯源微")
C("万业企业", ["万业企业", "Wanye Enterprises"])
C("凯世通", ["凯世通", "Kingstone Semiconductor"], parent="万业企业")
C("中科信", ["中科信", "Zhongkexin"])
C("乾和半导体", ["乾和半导体", "Qianhe Semiconductor Equipment"], note="invented; plans only (trap)")
C("中科飞测", ["中科飞测", "Skyverse"])
C("睿励", ["睿励", "Raintree Scientific"])
C("量衡智能", ["量衡智能", "Liangheng Intelligent"], note="invented")
C("芯原股份")
C("平头哥")
C("芯来科技")
C("玄枢科技", ["杭州玄枢科技有限公司"], note="invented")
C("芯纽微电子", note="invented")
C("锐成芯微")
C("翱芯科技", note="invented")
C("华为")
C("中芯国际", ["中芯国际", "SMIC", "Semiconductor Manufacturing International Corp."])
C("华虹半导体", ["华虹半导体", "Hua Hong"])
C("灿芯股份")
C("海思", parent="华为")
C("紫光展锐")
C("瑞芯微")
C("晶晨股份")
C("瞳芯智能", note="invented")
C("爱芯元智")
C("溯光半导体", note="invented; not yet shipping (trap)")
C("拓垣科技", ["北京拓垣科技股份有限公司", "拓垣科技"], note="invented")
C("拓垣数据科技(乌兰察布)有限公司", parent="拓垣科技", note="invented; subsidiary of 拓垣科技")
C("字节跳动", note="tenant (customer), not a supplier")
C("中国工商银行", note="lender, not a supplier")
C("国家开发银行", note="lender, not a supplier")
C("浪潮信息")
C("新华三")
C("华为云", parent="华为")
C("云上贵州", ["云上贵州大数据产业发展有限公司"])
C("澜湾数据", note="invented")
C("中金公司", note="investor, not a supplier")
C("长江存储", ["长江存储", "Yangtze Memory Technologies", "YMTC"])
C("寒武纪", ["寒武纪", "Cambricon"])
C("壁仞科技", ["壁仞科技", "Biren Technology", "Biren"])
C("摩尔线程", ["Moore Threads"])
C("敦芯装备", ["敦芯装备", "Dunxin Equipment"], note="invented")
C("恒鉴半导体", ["恒鉴半导体", "Hengjian Semiconductor"], note="invented")
C("长鑫存储")
C("算元云", note="invented")
C("恒算智能", note="invented")
C("并行科技")
C("海光信息")
C("燧原科技")
C("沐曦")

# Product categories
P("Photoresist", ["光刻胶"])
P("KrFPhotoresist", ["KrF光刻胶"])
P("ArFPhotoresist", ["ArF光刻胶"])
P("EUVPhotoresist", ["EUV光刻胶"])
P("PhotoresistResin", ["树脂"])
P("PhotoacidGenerator", ["光酸"])
P("SiliconWafer", ["12英寸硅片", "硅片", "12吋矽晶圓", "矽晶圓"])
P("Polysilicon", ["電子級多晶矽"])
P("SpecialtyGas", ["电子特气", "電子特氣", "特殊氣體"])
P("NitrogenTrifluoride", ["高純度三氟化氮", "三氟化氮"])
P("CMPMaterial", ["CMP材料"])
P("CMPSlurry", ["CMP抛光液", "抛光液"])
P("CMPPad", ["抛光垫"])
P("SputteringTarget", ["溅射靶材", "靶材", "高纯钽靶"])
P("SemiconductorMaterial", ["半导体材料"])
P("SemiconductorEquipment", ["半导体设备", "半导体制造设备", "wafer-fab equipment", "fab tools"])
P("EtchEquipment", ["刻蚀设备", "etch-tool", "etchers", "刻蚀"], nomatch={"刻蚀"})
P("DepositionEquipment", ["沉积设备", "薄膜沉积"])
P("CVDEquipment", ["PECVD"])
P("ALDEquipment", ["ALD设备", "ALD"])
P("PVDEquipment", ["PVD设备"])
P("CleaningEquipment", ["清洗设备", "清洗"], nomatch={"清洗"})
P("IonImplanter", ["ion implanters", "implanters", "implanter"])
P("IonSource", ["ion source"])
P("BeamlineMagnet", ["beam-line magnets"])
P("OpticalComponent", ["high-resolution optics"])
P("MetrologyEquipment", ["metrology equipment", "metrology and inspection", "inspection tools",
                         "wafer-inspection", "metrology"])
P("Lithography", ["浸没式DUV光刻机", "DUV光刻机", "immersion DUV scanners", "光刻"], nomatch={"光刻"})
P("CoaterDeveloper", ["coaters"])
P("EquipmentServicing", ["设备维护", "Servicing", "servicing"])
P("IPCore", ["半导体IP"])
P("ProcessorIP", ["处理器IP"])
P("InterfaceIP", ["接口IP"])
P("FoundationIP", ["基础IP"])
P("DSPIP", ["DSP IP"])
P("GPUIP", ["GPU IP"])
P("NPUIP", ["NPU IP"])
P("VideoIP", ["视频IP"])
P("RISCVIP", ["RISC-V处理器IP", "RISC-V内核"])
P("SerDesIP", ["112G SerDes IP", "SerDes IP"])
P("AnalogIP", ["模拟"], nomatch={"模拟"}, note="text: 模拟与存储IP")
P("MemoryIP", ["存储IP"])
P("DesignService", ["定制芯片设计服务", "芯片设计服务", "ASIC设计服务"])
P("FoundryService", ["代工", "代工厂", "foundry"], nomatch={"代工", "代工厂", "foundry"})
P("ASIC", ["AI推理ASIC", "ASIC"])
P("SmartphoneSoC", ["智能手机SoC", "手机SoC"])
P("NPU", ["NPU"])
P("EdgeAIChip", ["边缘AI芯片", "端侧AI芯片"])
P("LPDDR5X", ["LPDDR5X内存", "LPDDR5X"])
P("AISmartphone", ["AI手机"])
P("AIPC", ["AI PC"])
P("AIPCProcessor", ["AI PC處理器"])
P("CPU", ["筆電處理器"])
P("AIChip", ["AI芯片", "AI加速卡"])
P("GPU", ["GPU"])
P("Server", ["服务器"])
P("DataCenter", ["数据中心", "智算中心"])
P("DRAM", ["DRAM"])
P("ComputeLeasing", ["算力租赁平台", "算力租赁"])

E("Upstream", "Segment", ["最上游", "上游"], None)

# Product models
E("玄铁", "ProductModel", ["玄铁"], "CN", maker="平头哥", category="RISCVIP")
E("NXT:2000i", "ProductModel", ["NXT:2000i"], "NL", maker="ASML", category="Lithography")
E("NXT:1970i", "ProductModel", ["NXT:1970i"], "NL", maker="ASML", category="Lithography")
E("NXT:1980i", "ProductModel", ["NXT:1980i"], "NL", maker="ASML", category="Lithography")
E("H100", "ProductModel", ["H100"], "US", maker="NVIDIA", category="GPU")
E("A800", "ProductModel", ["A800"], "US", maker="NVIDIA", category="GPU")
E("H20", "ProductModel", ["H20"], "US", maker="NVIDIA", category="GPU")
E("昇腾910B", "ProductModel", ["昇腾910B"], "CN", maker="华为", category="AIChip")
E("昇腾", "ProductModel", ["昇腾"], "CN", maker="华为", category="AIChip")
E("思元590", "ProductModel", ["思元590"], "CN", maker="寒武纪", category="AIChip")
E("深算二号", "ProductModel", ["深算二号"], "CN", maker="海光信息", category="AIChip")
E("邃思", "ProductModel", ["邃思"], "CN", maker="燧原科技", category="AIChip")

# Regions
G("中国", ["中国大陆", "中國大陸", "中国", "我国", "China", "国内"], "CN", "country", nomatch={"国内"})
G("全球", ["全球"], None, "world", nomatch={"全球"})
G("美国", ["美国", "美國", "U.S."], "US", "country")
G("日本", ["日本", "Japan"], "JP", "country")
G("德国", ["德國", "Germany"], "DE", "country")
G("韩国", ["南韓"], "KR", "country")
G("贵阳市", ["贵阳"], "CN", "city")
G("荷兰", ["荷兰", "Netherlands"], "NL", "country")
G("台湾", ["台灣"], "TW", "region")
G("无锡市", ["无锡市", "无锡"], "CN", "city")
G("锡山区", ["锡山区"], "CN", "district")
G("谢尔曼", ["謝爾曼", "Sherman"], "US", "city")
G("德克萨斯州", ["德州"], "US", "state")
G("云林县", ["雲林縣"], "TW", "county")
G("麦寮乡", ["麥寮鄉"], "TW", "township")
G("新竹", ["新竹"], "TW", "city")
G("北京经济技术开发区", ["北京经济技术开发区"], "CN", "development zone")
G("上海市", ["上海市", "上海", "Shanghai"], "CN", "city")
G("浦东新区", ["浦东新区"], "CN", "district")
G("辽宁省", ["辽宁省"], "CN", "province")
G("沈阳市", ["沈阳市"], "CN", "city")
G("浑南区", ["浑南区"], "CN", "district")
G("深圳市", ["深圳市", "Shenzhen"], "CN", "city")
G("闵行区", ["Minhang district"], "CN", "district")
G("武汉市", ["Wuhan"], "CN", "city")
G("南京市", ["南京市"], "CN", "city")
G("江北新区", ["江北新区"], "CN", "new area")
G("苏州工业园区", ["苏州工业园区"], "CN", "development zone")
G("成都高新区", ["成都高新区"], "CN", "development zone")
G("南山区", ["南山区"], "CN", "district")
G("台北市", ["台北市", "台北"], "TW", "city")
G("北投区", ["北投區"], "TW", "district")
G("新北市", ["新北市"], "TW", "city")
G("汐止区", ["汐止區"], "TW", "district")
G("高雄", ["高雄"], "TW", "city")
G("内蒙古自治区", ["内蒙古自治区"], "CN", "province")
G("乌兰察布市", ["乌兰察布市", "乌兰察布"], "CN", "city")
G("集宁区", ["集宁区"], "CN", "district")
G("察哈尔高新技术产业开发区", ["察哈尔高新技术产业开发区"], "CN", "development zone")
G("呼和浩特市", ["呼和浩特市"], "CN", "city")
G("和林格尔新区", ["和林格尔新区"], "CN", "new area")
G("北京市", ["北京市"], "CN", "city")
G("海淀区", ["海淀区"], "CN", "district")
G("朝阳区", ["朝阳区"], "CN", "district")
G("贵州省", ["贵州省"], "CN", "province")
G("贵安新区", ["贵安新区"], "CN", "new area")
G("上海市杨浦区", ["杨浦区"], "CN", "district")
G("甘肃省", ["甘肃省"], "CN", "province")
G("庆阳市", ["庆阳市"], "CN", "city")
G("西峰区", ["西峰区"], "CN", "district")
G("宁夏", ["宁夏"], "CN", "province")
G("中卫市", ["中卫市"], "CN", "city")
G("沙坡头区", ["沙坡头区"], "CN", "district")
G("临港新片区", ["临港新片区"], "CN", "new area")

# Facilities (including industrial parks)
F("衡硅半导体锡山12英寸硅片基地", ["12英寸硅片基地"], note="invented")
F("环球晶谢尔曼12吋厂", ["12吋新廠"], "US")
F("崧亿材料麦寮新厂", ["新廠"], "TW", nomatch={"新廠"}, note="invented")
F("北方华创装备产业基地", ["装备产业基地"])
F("量衡智能闵行组装厂", ["assembly plant"], note="invented")
F("翱芯科技成都研发中心", ["研发中心"], nomatch={"研发中心"}, note="invented")
F("新竹科学园区", ["新竹科學園區"], "TW", subtype="industrial park")
F("高雄软件园区", ["高雄軟體園區"], "TW", subtype="industrial park")
F("联发科高雄AI研发中心", ["AI研發中心"], "TW")
F("拓垣北方智算中心", ["拓垣北方智算中心"], note="invented")
F("拓垣云谷数据中心", ["拓垣云谷数据中心"], note="invented")
F("贵安新区电子信息产业园", ["贵安新区电子信息产业园"], subtype="industrial park")
F("华为云贵安数据中心", ["华为云贵安数据中心"])
F("苹果iCloud（贵州）数据中心", ["苹果iCloud（贵州）数据中心"])
F("陇东算力港", ["陇东算力港"], note="invented")
F("澜湾数据沙坡头冷数据备份中心", ["冷数据备份中心"], note="invented")
F("算元云临港万卡集群", ["万卡集群"], note="invented")

# Organizations
E("美国商务部工业与安全局", "Organization", ["Bureau of Industry and Security", "BIS"], "US")
E("国家互联网信息办公室", "Organization", ["国家互联网信息办公室"], "CN")
E("日本经济产业省", "Organization", ["日本经济产业省"], "JP")
E("芯谋研究", "Organization", ["芯谋研究"], "CN", note="research firm; source")
E("IPnest", "Organization", ["IPnest"], "FR", note="research firm; source")
E("Counterpoint", "Organization", ["Counterpoint"], None, note="research firm; source")

# Policies
E("美国实体清单", "Policy", ["Entity List", "美国实体清单"], "US")
E("美国对华芯片出口管制（2022年10月7日）", "Policy", ["对华芯片出口管制新规"], "US", date="2022-10-07")
E("《2023财年国防授权法案》", "Policy", ["《2023财年国防授权法案》"], "US")
E("美光产品网络安全审查结论（2023年5月21日）", "Policy", ["网络安全审查结论"], "CN", date="2023-05-21")
E("日本半导体制造设备出口管制（2023年7月23日）", "Policy", ["《货物等省令》"], "JP", date="2023-07-23")
E("荷兰光刻机出口管制（2023年9月1日）", "Policy", [], "NL", date="2023-09-01")
E("荷兰光刻机出口管制（2024年9月7日）", "Policy", [], "NL", date="2024-09-07")

# Metrics
M("半导体IP市场规模", ["半导体IP市场规模"])
M("超大型数据中心数量", ["超大型数据中心"])
M("数据中心标准机架规模", ["标准机架规模", "标准机架"])
M("算力规模", ["算力总规模"])
M("智能算力规模", ["智能算力规模"])
M("端侧AI芯片出货量", ["端侧AI芯片出货量"])
M("8卡H100服务器月租金", ["月租金"], nomatch={"月租金"})
M("A800整机月租金", ["A800整机月租金"], nomatch={"A800整机月租金"})
M("昇腾910B整机月租金", [], note="text: 昇腾910B整机约3万元")
M("先进制程月产能", ["先进制程月产能"])
M("算力租赁市场规模", ["算力租赁市场规模"])
M("规划机架数", ["规划机架"])
M("项目总投资", ["总投资"])

# ---------------------------------------------------------------- relations
# h6_01 brokerage note: materials
ev = sent("01", "整体国产化率约为15%")
LR("01", "Photoresist", 15, ev, qualifier="≈", year=2023)
LR("01", "KrFPhotoresist", 8, ev, qualifier="≈", year=2023, alt_subject="Photoresist")
LR("01", "ArFPhotoresist", 2, ev, qualifier="<", year=2023, alt_subject="Photoresist")
ev = sent("01", "核心原材料为树脂与光酸")
R("01", "Photoresist", "DEPENDS_ON", "PhotoresistResin", ev, note="核心原材料")
R("01", "Photoresist", "DEPENDS_ON", "PhotoacidGenerator", ev, note="核心原材料")
ev = sent("01", "分别占据约27%、24%")
PCT("01", "Shin-Etsu", "SiliconWafer", 27, ev, qualifier="≈", scope="全球12英寸硅片市场")
PCT("01", "SUMCO", "SiliconWafer", 24, ev, qualifier="≈", scope="全球12英寸硅片市场")
ev = sent("01", "同属集成电路产业链上游")
R("01", "SemiconductorMaterial", "PART_OF_SEGMENT", "Upstream", ev, qualifier="集成电路产业链")
R("01", "SemiconductorEquipment", "PART_OF_SEGMENT", "Upstream", ev, qualifier="集成电路产业链")
ev = sent("01", "国内KrF光刻胶由彤程新材")
SUP("01", ["彤程新材", "晶瑞电材", "澄光材料"], "KrFPhotoresist", ev, alt_object="Photoresist")
R("01", "KrFPhotoresist", "SUBTYPE_OF", "Photoresist", ev, "extended")
R("01", "ArFPhotoresist", "SUBTYPE_OF", "Photoresist", sent("01", "整体国产化率约为15%"), "extended")
ev = sent("01", "12英寸硅片基地位于")
LOC("01", "衡硅半导体锡山12英寸硅片基地", "锡山区", ev, alt_object="无锡市")
R("01", "衡硅半导体", "LOCATED_IN", "无锡市", ev, "extended",
  note="headquarters; inferred from the registered name 衡硅半导体(无锡)股份有限公司")
ev = sent("01", "抛光液由安集科技供应")
SUP("01", ["安集科技"], "CMPSlurry", ev, evidence_alt=[row("01", "CMP抛光液 约30%")])
SUP("01", ["鼎龙股份", "澈研"], "CMPPad", ev)
R("01", "CMPSlurry", "SUBTYPE_OF", "CMPMaterial", ev, "extended")
R("01", "CMPPad", "SUBTYPE_OF", "CMPMaterial", ev, "extended")
SUP("01", ["磐钴科技"], "SputteringTarget", sent("01", "高纯钽靶已批量供应"),
    evidence_alt=[row("01", "溅射靶材 约40%")])
ev = row("01", "12英寸硅片 约20%")
LR("01", "SiliconWafer", 20, ev, qualifier="≈", year=2023, scope="12英寸硅片")
SUP("01", ["沪硅产业", "中环领先", "衡硅半导体"], "SiliconWafer", ev, scope="表1 代表内资厂商")
ev = row("01", "电子特气 约35%")
LR("01", "SpecialtyGas", 35, ev, qualifier="≈", year=2023)
SUP("01", ["华特气体", "金宏气体", "中船特气", "锐澜"], "SpecialtyGas", ev, scope="表1 代表内资厂商")
ev = row("01", "溅射靶材 约40%")
LR("01", "SputteringTarget", 40, ev, qualifier="≈", year=2023)
SUP("01", ["江丰电子", "有研新材"], "SputteringTarget", ev, scope="表1 代表内资厂商")
LR("01", "CMPSlurry", 30, row("01", "CMP抛光液 约30%"), qualifier="≈", year=2023)

# h6_02 Traditional Chinese news: wafers and gases
ev = sent("02", "全球矽晶圓市場由日本信越化學")
for c, v, q in [("Shin-Etsu", 28, "≈"), ("SUMCO", 22, "≈"), ("GlobalWafers", 15, None),
                ("Siltronic", 13, "≈"), ("SK Siltron", 12, "≈")]:
    kw = {"qualifier": q} if q else {}
    PCT("02", c, "SiliconWafer", v, ev, year=2023, scope="全球矽晶圓市場", **kw)
ev = sent("02", "離不開電子級多晶矽")
R("02", "SiliconWafer", "DEPENDS_ON", "Polysilicon", ev)
SUP("02", ["Wacker"], "Polysilicon", ev)
ev = sent("02", "環球晶總部位於")
HQ("02", "GlobalWafers", "新竹科学园区", ev)
LOC("02", "环球晶谢尔曼12吋厂", "谢尔曼", ev, alt_object="德克萨斯州")
LOC("02", "谢尔曼", "德克萨斯州", ev, "extended")
LOC("02", "德克萨斯州", "美国", ev, "extended")
SUP("02", ["Formosa SUMCO Technology"], "SiliconWafer", sent("02", "台勝科由台塑集團"),
    note="台積電 is named as a customer, not a supplier")
ev = sent("02", "台灣市場長期由林德")
SUP("02", ["Linde", "Air Liquide", "Taiyo Nippon Sanso"], "SpecialtyGas", ev, scope="台灣市場")
ev = sent("02", "已量產高純度三氟化氮")
SUP("02", ["Songyi Materials"], "NitrogenTrifluoride", ev, alt_object="SpecialtyGas")
R("02", "NitrogenTrifluoride", "SUBTYPE_OF", "SpecialtyGas", ev, "extended")
LOC("02", "崧亿材料麦寮新厂", "麦寮乡", ev, alt_object="云林县",
    note="the plant exists; only its production start is planned")
LOC("02", "麦寮乡", "云林县", ev, "extended")
LR("02", "SpecialtyGas", 35, sent("02", "國產化率已突破35%"), qualifier=">")

# h6_03 news: etch, deposition, cleaning
ev = sent("03", "刻蚀设备采购中")
for c, v in [("Lam Research", 45), ("Tokyo Electron", 22), ("Applied Materials", 13),
             ("中微公司", 9), ("北方华创", 7)]:
    PCT("03", c, "EtchEquipment", v, ev, year=2023, scope="中国大陆晶圆厂刻蚀设备采购", source="芯谋研究")
ev = sent("03", "中微公司主攻电容性")
SUP("03", ["中微公司", "北方华创", "鑫蚀装备"], "EtchEquipment", ev,
    evidence_alt=[sent("03", "刻蚀赛道上")], note="category named only in the preceding 刻蚀赛道 sentence")
ev = sent("03", "PECVD和ALD设备由拓荆科技提供")
SUP("03", ["拓荆科技"], "CVDEquipment", ev, alt_object="DepositionEquipment")
SUP("03", ["拓荆科技"], "ALDEquipment", ev, alt_object="DepositionEquipment")
SUP("03", ["北方华创"], "PVDEquipment", ev, alt_object="DepositionEquipment")
for sub in ("CVDEquipment", "ALDEquipment", "PVDEquipment"):
    R("03", sub, "SUBTYPE_OF", "DepositionEquipment", ev, "extended")
ev = sent("03", "盛美上海、至纯科技以及芯源微")
SUP("03", ["盛美上海", "至纯科技", "芯源微"], "CleaningEquipment", ev)
LR("03", "CleaningEquipment", 30, ev, qualifier="≈")
ev = sent("03", "大约在20%-25%")
LR("03", "EtchEquipment", 20, ev, qualifier="≈", alt_value=25, note="range 20%-25%, stated for 刻蚀和沉积设备")
LR("03", "DepositionEquipment", 20, ev, qualifier="≈", alt_value=25, note="range 20%-25%, stated for 刻蚀和沉积设备")
LOC("03", "北方华创装备产业基地", "北京经济技术开发区", sent("03", "北方华创的装备产业基地"))
ev = sent("03", "中微公司总部位于")
HQ("03", "中微公司", "浦东新区", ev, alt_object="上海市")
HQ("03", "拓荆科技", "浑南区", ev, alt_object="沈阳市")
LOC("03", "浦东新区", "上海市", ev, "extended")
LOC("03", "浑南区", "沈阳市", ev, "extended")

# h6_04 English trade press: implant and metrology
ev = V("04", "Applied Materials and Axcelis together ship almost nine in ten implanters installed in Chinese fabs, according to a Shanghai equipment consultancy.")
SUP("04", ["Applied Materials", "Axcelis"], "IonImplanter", ev,
    note="the combined ~90% share is not annotated")
ev = V("04", "Kingstone Semiconductor (凯世通), a unit of Wanye Enterprises (万业企业), supplies low-energy high-current implanters, and Zhongkexin (中科信) builds medium-current tools.")
SUP("04", ["凯世通", "中科信"], "IonImplanter", ev)
ev = V("04", "In metrology and inspection, KLA holds a 52% share of China's market, followed by Applied Materials (11%) and Hitachi High-Tech (8%).")
for c, v in [("KLA", 52), ("Applied Materials", 11), ("Hitachi High-Tech", 8)]:
    PCT("04", c, "MetrologyEquipment", v, ev, scope="中国量测与检测设备市场")
ev = V("04", "Local suppliers Skyverse (中科飞测), Raintree Scientific (睿励) and Liangheng Intelligent (量衡智能) offer optical defect-inspection and film-thickness systems.")
SUP("04", ["中科飞测", "睿励", "量衡智能"], "MetrologyEquipment", ev)
ev = V("04", "The localization rate for metrology equipment in China is only about 5%, while ion implanters sit below 3%.")
LR("04", "MetrologyEquipment", 5, ev, qualifier="≈")
LR("04", "IonImplanter", 3, ev, qualifier="<")
ev = V("04", "Every implanter relies on a high-voltage ion source and beam-line magnets, and inspection tools are built on high-resolution optics, much of which is still imported from Germany and Japan.")
R("04", "IonImplanter", "DEPENDS_ON", "IonSource", ev)
R("04", "IonImplanter", "DEPENDS_ON", "BeamlineMagnet", ev)
R("04", "MetrologyEquipment", "DEPENDS_ON", "OpticalComponent", ev)
HQ("04", "中科飞测", "深圳市", V("04", "Skyverse is headquartered in Shenzhen."))
ev = V("04", "Liangheng Intelligent is based in Shanghai's Minhang district, where it also runs its assembly plant.")
HQ("04", "量衡智能", "闵行区", ev, alt_object="上海市")
LOC("04", "量衡智能闵行组装厂", "闵行区", ev, "extended")

# h6_05 ranking: IP cores
ev = sent("05", "全球半导体IP市场规模约为70亿美元")
R("05", "全球", "MENTIONS_METRIC", "半导体IP市场规模", ev, value=70, unit="亿美元", year=2023,
  qualifier="≈", source="IPnest")
ev = sent("05", "40.4%、20.9%")
PCT("05", "Arm", "IPCore", 40.4, ev, year=2023, scope="全球半导体IP市场（按授权收入）", source="IPnest")
PCT("05", "Synopsys", "IPCore", 20.9, ev, year=2023, scope="全球半导体IP市场（按授权收入）", source="IPnest")
PCT("05", "芯原股份", "IPCore", 2, ev, year=2023, qualifier="≈", scope="全球半导体IP市场（按授权收入）",
    source="IPnest")
ev = sent("05", "处于集成电路产业链的最上游")
R("05", "IPCore", "PART_OF_SEGMENT", "Upstream", ev, qualifier="集成电路产业链")
R("05", "DesignService", "PART_OF_SEGMENT", "Upstream", ev, qualifier="集成电路产业链")
for frag, comp, cats in [("1. Arm", "Arm", ["ProcessorIP"]),
                         ("2. 新思科技", "Synopsys", ["InterfaceIP", "FoundationIP"]),
                         ("3. 楷登电子", "Cadence", ["InterfaceIP", "DSPIP"]),
                         ("4. Imagination", "Imagination Technologies", ["GPUIP"]),
                         ("5. 芯原股份", "芯原股份", ["GPUIP", "NPUIP", "VideoIP"])]:
    for cat in cats:
        SUP("05", [comp], cat, row("05", frag), scope="全球IP厂商排名前五")
ev = sent("05", "平头哥旗下的玄铁系列")
SUP("05", ["平头哥", "芯来科技", "玄枢科技"], "RISCVIP", ev,
    evidence_alt=[sent("05", "国内RISC-V处理器IP阵营同样活跃")])
R("05", "RISCVIP", "SUBTYPE_OF", "ProcessorIP", sent("05", "国内RISC-V处理器IP阵营同样活跃"), "extended")
ev = sent("05", "芯纽微电子已可提供112G SerDes IP")
SUP("05", ["芯纽微电子"], "SerDesIP", ev)
HQ("05", "芯纽微电子", "江北新区", ev, alt_object="南京市")
LOC("05", "江北新区", "南京市", ev, "extended")
R("05", "SerDesIP", "SUBTYPE_OF", "InterfaceIP", sent("05", "PCIe、CXL和SerDes等IP"), "extended")
ev = sent("05", "锐成芯微则聚焦模拟与存储IP")
SUP("05", ["锐成芯微"], "AnalogIP", ev)
SUP("05", ["锐成芯微"], "MemoryIP", ev)
R("05", "AIChip", "DEPENDS_ON", "InterfaceIP", sent("05", "离不开接口IP"))

# h6_06 investor Q&A: design services
SUP("06", ["翱芯科技"], "DesignService", sent("06", "公司主营一站式芯片设计服务"),
    note="subject is the pronoun 公司 = 翱芯科技")
ev = sent("06", "公司总部位于苏州工业园区")
HQ("06", "翱芯科技", "苏州工业园区", ev)
LOC("06", "翱芯科技成都研发中心", "成都高新区", ev)
ev = sent("06", "先进制程项目由台积电代工")
SUP("06", ["TSMC", "中芯国际", "华虹半导体"], "FoundryService", ev)
R("06", "翱芯科技", "DEPENDS_ON", "FoundryService", ev, "extended", note="Fabless; 由…代工")
SUP("06", ["翱芯科技"], "ASIC", sent("06", "交付了一款AI推理ASIC"), "extended",
    note="the internet firm is a customer, not annotated")
ev = sent("06", "灿芯股份、芯原股份同样提供ASIC设计服务")
SUP("06", ["灿芯股份", "芯原股份", "Alchip", "GUC"], "DesignService", ev)
PCT("06", "翱芯科技", "DesignService", 6, sent("06", "份额约为6%-8%"), qualifier="≈", alt_value=8,
    scope="国内定制芯片设计服务市场", note="range 6%-8%")

# h6_07 edge AI / smartphone NPUs
ev = sent("07", "高通、联发科、苹果和海思均")
SUP("07", ["Qualcomm", "MediaTek", "Apple", "海思", "紫光展锐"], "SmartphoneSoC", ev, alt_object="NPU",
    evidence_alt=[sent("07", "手机SoC路线上")], note="category named in the 手机SoC路线 lead sentence")
ev = sent("07", "2024年第二季度全球智能手机SoC出货量中")
for c, v, q in [("MediaTek", 35, None), ("Qualcomm", 26, None), ("Apple", 17, "≈"), ("紫光展锐", 13, None)]:
    kw = {"qualifier": q} if q else {}
    PCT("07", c, "SmartphoneSoC", v, ev, year=2024, date="2024-Q2", scope="全球智能手机SoC出货量",
        source="Counterpoint", **kw)
ev = sent("07", "瑞芯微、晶晨股份与瞳芯智能")
SUP("07", ["瑞芯微", "晶晨股份", "瞳芯智能", "爱芯元智"], "EdgeAIChip", ev,
    evidence_alt=[sent("07", "边缘推理赛道更为分散")])
ev = sent("07", "瞳芯智能总部位于")
HQ("07", "瞳芯智能", "南山区", ev, alt_object="深圳市")
LOC("07", "南山区", "深圳市", ev, "extended")
SUP("07", ["中芯国际"], "FoundryService", ev)
R("07", "EdgeAIChip", "DEPENDS_ON", "FoundryService", ev, "extended", note="瞳芯智能's chips 由中芯国际代工")
R("07", "AISmartphone", "DEPENDS_ON", "LPDDR5X", sent("07", "AI手机运行端侧大模型高度依赖"))
R("07", "中国", "MENTIONS_METRIC", "端侧AI芯片出货量", sent("07", "业内预计，到2027年"), "extended",
  value=5, unit="亿颗", year=2027, qualifier=">", modality="forecast")

# h6_08 Traditional Chinese: AI PC
ev = sent("08", "AI PC處理器陣營目前主要有")
SUP("08", ["Intel", "AMD", "Qualcomm", "Apple"], "AIPCProcessor", ev, alt_object="CPU")
R("08", "AIPC", "DEPENDS_ON", "NPU", sent("08", "微軟將Copilot+ PC"), "extended",
  note="Copilot+ PC threshold of at least 40 TOPS NPU")
ev = sent("08", "全球筆電處理器出貨中")
PCT("08", "Intel", "CPU", 78, ev, qualifier="≈", year=2024, date="2024-Q3", scope="全球筆電處理器出貨")
PCT("08", "AMD", "CPU", 14, ev, qualifier="≈", year=2024, date="2024-Q3", scope="全球筆電處理器出貨")
PCT("08", "Qualcomm", "CPU", 1, ev, qualifier="≈", alt_value=2, year=2024, date="2024-Q3",
    scope="全球筆電處理器出貨", note="range 1%-2%")
ev = sent("08", "AI PC普遍需要16GB")
R("08", "AIPC", "DEPENDS_ON", "LPDDR5X", ev)
SUP("08", ["Samsung", "SK hynix", "Micron"], "LPDDR5X", ev)
ev = sent("08", "華碩總部位於")
HQ("08", "ASUS", "北投区", ev, alt_object="台北市", note="headquarters; ASUS is named as a Qualcomm customer")
HQ("08", "Acer", "汐止区", ev, alt_object="新北市", note="headquarters (elliptical 宏碁則在…); a Qualcomm customer")
ev = sent("08", "聯發科總部位於")
HQ("08", "MediaTek", "新竹科学园区", ev)
LOC("08", "联发科高雄AI研发中心", "高雄软件园区", ev, alt_object="高雄")
LOC("08", "高雄软件园区", "高雄", ev, "extended")

# h6_09 company announcement: data-centre project
ev = sent("09", "公司全资子公司拓垣数据科技")
LOC("09", "拓垣北方智算中心", "察哈尔高新技术产业开发区", ev, alt_object="集宁区")
LOC("09", "察哈尔高新技术产业开发区", "集宁区", ev, "extended")
LOC("09", "集宁区", "乌兰察布市", ev, "extended")
R("09", "拓垣数据科技(乌兰察布)有限公司", "LOCATED_IN", "乌兰察布市", ev, "extended",
  note="headquarters; inferred from the registered name")
R("09", "拓垣北方智算中心", "MENTIONS_METRIC", "规划机架数", ev, "extended", value=8000, unit="个",
  modality="plan")
R("09", "拓垣北方智算中心", "MENTIONS_METRIC", "项目总投资", ev, "extended", value=32, unit="亿元",
  qualifier="≈")
R("09", "拓垣科技", "SUPPLIES", "DataCenter", ev, "extended", note="developer/operator of 智算中心")
ev = sent("09", "和林格尔新区的拓垣云谷数据中心")
LOC("09", "拓垣云谷数据中心", "和林格尔新区", ev, alt_object="呼和浩特市")
LOC("09", "和林格尔新区", "呼和浩特市", ev, "extended")
HQ("09", "拓垣科技", "海淀区", sent("09", "公司总部位于北京市海淀区"), alt_object="北京市")
ev = sent("09", "AI加速卡主要由华为与英伟达提供")
SUP("09", ["华为", "NVIDIA"], "AIChip", ev, note="AI加速卡; suppliers to 拓垣科技")
SUP("09", ["浪潮信息", "新华三"], "Server", ev)

# h6_10 news: data-centre parks
ev = sent("10", "截至2024年6月")
R("10", "贵安新区", "MENTIONS_METRIC", "超大型数据中心数量", ev, value=14, unit="个", year=2024,
  date="2024-06", note="投运及在建")
R("10", "贵安新区", "MENTIONS_METRIC", "数据中心标准机架规模", ev, value=20, unit="万架", year=2024,
  date="2024-06", qualifier=">")
LOC("10", "贵安新区", "贵州省", sent("10", "在贵州省贵安新区"), "extended")
ev = sent("10", "华为云贵安数据中心落户")
LOC("10", "华为云贵安数据中心", "贵安新区电子信息产业园", ev, alt_object="贵安新区")
LOC("10", "贵安新区电子信息产业园", "贵安新区", ev, "extended")
ev = sent("10", "苹果iCloud（贵州）数据中心同样位于")
LOC("10", "苹果iCloud（贵州）数据中心", "贵安新区", ev)
SUP("10", ["云上贵州"], "DataCenter", ev, "extended", note="operator (由…负责运营); Apple is the customer")
ev = sent("10", "总部位于上海市杨浦区")
HQ("10", "澜湾数据", "上海市杨浦区", ev, alt_object="上海市")
LOC("10", "陇东算力港", "西峰区", ev, alt_object="庆阳市")
LOC("10", "西峰区", "庆阳市", ev, "extended")
LOC("10", "庆阳市", "甘肃省", ev, "extended")
R("10", "澜湾数据", "SUPPLIES", "DataCenter", ev, "extended", note="developer/operator; tenants not annotated")
ev = sent("10", "该公司还在宁夏中卫市沙坡头区")
LOC("10", "澜湾数据沙坡头冷数据备份中心", "沙坡头区", ev, alt_object="中卫市", note="subject 该公司 = 澜湾数据")
LOC("10", "沙坡头区", "中卫市", ev, "extended")
ev = sent("10", "贵州省提出")
R("10", "贵州省", "TARGETS", "数据中心标准机架规模", ev, value=80, unit="万架", year=2025, modality="target")
R("10", "贵州省", "TARGETS", "算力规模", ev, value=10, unit="EFLOPS", year=2025, qualifier=">",
  modality="target")

# h6_11 English: Entity List and tool rules
ev = V("11", "Semiconductor Manufacturing International Corp. (SMIC) was added on December 18, 2020, and Yangtze Memory Technologies (YMTC) and Cambricon followed on December 15, 2022.")
R("11", "美国实体清单", "RESTRICTS", "中芯国际", ev, year=2020, qualifier="added to the Entity List",
  date="2020-12-18")
for c in ("长江存储", "寒武纪"):
    R("11", "美国实体清单", "RESTRICTS", c, ev, year=2022, qualifier="added to the Entity List",
      date="2022-12-15")
ev = V("11", "GPU designers Biren Technology (壁仞科技) and Moore Threads were put on the list on October 17, 2023.")
for c in ("壁仞科技", "摩尔线程"):
    R("11", "美国实体清单", "RESTRICTS", c, ev, year=2023, qualifier="added to the Entity List",
      date="2023-10-17")
SUP("11", ["壁仞科技", "摩尔线程"], "GPU", ev)
ev = V("11", "In its December 2, 2024 update, BIS added Dunxin Equipment (敦芯装备), a Wuhan-based etch-tool maker, and the wafer-inspection specialist Hengjian Semiconductor (恒鉴半导体).")
for c in ("敦芯装备", "恒鉴半导体"):
    R("11", "美国实体清单", "RESTRICTS", c, ev, year=2024, qualifier="added to the Entity List",
      date="2024-12-02")
SUP("11", ["敦芯装备"], "EtchEquipment", ev)
SUP("11", ["恒鉴半导体"], "MetrologyEquipment", ev)
HQ("11", "敦芯装备", "武汉市", ev)
R("11", "美国实体清单", "ISSUED_BY", "美国商务部工业与安全局",
  V("11", "The U.S. Commerce Department's Bureau of Industry and Security (BIS) uses its Entity List to stop American suppliers from shipping to named Chinese chip firms without a licence."),
  "extended")
R("11", "美国对华芯片出口管制（2022年10月7日）", "RESTRICTS", "EquipmentServicing",
  V("11", "Under the rules of October 7, 2022, U.S. persons may no longer support the development or production of advanced chips at Chinese fabs without a licence, and field engineers from Lam Research and KLA left several sites within weeks."),
  year=2022, date="2022-10-07",
  qualifier="U.S. persons supporting development or production of advanced chips at Chinese fabs",
  evidence_alt=[V("11", "Servicing is the second lever.")])
ev = V("11", "The Netherlands has required export licences for ASML's NXT:2000i and later immersion DUV scanners since September 1, 2023.")
R("11", "荷兰光刻机出口管制（2023年9月1日）", "RESTRICTS", "NXT:2000i", ev, year=2023, date="2023-09-01",
  qualifier="export licence for NXT:2000i and later immersion DUV scanners", alt_object="Lithography")
SUP("11", ["ASML"], "Lithography", ev, "extended")
ev = V("11", "Japan's rules, effective July 23, 2023, cover 23 types of fab tools, among them EUV-related coaters and advanced etchers.")
for o, q in [("CoaterDeveloper", "EUV-related coaters"), ("EtchEquipment", "advanced etchers")]:
    R("11", "日本半导体制造设备出口管制（2023年7月23日）", "RESTRICTS", o, ev, year=2023, date="2023-07-23",
      qualifier=q + " (23 types of fab tools)")

# h6_12 Chinese policy timeline
R("12", "美国对华芯片出口管制（2022年10月7日）", "RESTRICTS", "EquipmentServicing", sent("12", "限制美国籍人员"),
  year=2022, date="2022-10-07", qualifier="美国籍人员为中国境内先进制程晶圆厂提供设备维护等支持")
R("12", "美国对华芯片出口管制（2022年10月7日）", "ISSUED_BY", "美国", sent("12", "限制美国籍人员"), "extended")
ev = sent("12", "美国联邦机构不得采购")
for c in ("中芯国际", "长江存储", "长鑫存储"):
    R("12", "《2023财年国防授权法案》", "RESTRICTS", c, ev, year=2027, date="2027-12",
      qualifier="美国联邦机构不得采购含其芯片的产品", note="government barring its own agencies; effective 2027-12")
R("12", "《2023财年国防授权法案》", "ISSUED_BY", "美国", ev, "extended")
ev = sent("12", "网络安全审查结论")
R("12", "美光产品网络安全审查结论（2023年5月21日）", "RESTRICTS", "Micron", ev, year=2023, date="2023-05-21",
  qualifier="关键信息基础设施运营者停止采购美光产品")
R("12", "美光产品网络安全审查结论（2023年5月21日）", "ISSUED_BY", "国家互联网信息办公室", ev, "extended")
ev = sent("12", "《货物等省令》")
for o in ("CleaningEquipment", "DepositionEquipment", "Lithography", "EtchEquipment"):
    R("12", "日本半导体制造设备出口管制（2023年7月23日）", "RESTRICTS", o, ev, year=2023, date="2023-07-23",
      qualifier="23类半导体制造设备出口管制")
R("12", "日本半导体制造设备出口管制（2023年7月23日）", "ISSUED_BY", "日本经济产业省", ev, "extended")
ev = sent("12", "荷兰自2024年9月7日起")
for o in ("NXT:1970i", "NXT:1980i"):
    R("12", "荷兰光刻机出口管制（2024年9月7日）", "RESTRICTS", o, ev, year=2024, date="2024-09-07",
      qualifier="出口须申请许可", alt_object="Lithography")
R("12", "荷兰光刻机出口管制（2024年9月7日）", "ISSUED_BY", "荷兰", ev, "extended")
SUP("12", ["ASML"], "Lithography", ev, "extended")
ev = sent("12", "北方华创总部位于北京市朝阳区")
HQ("12", "北方华创", "朝阳区", ev, alt_object="北京市")
SUP("12", ["北方华创"], "EtchEquipment", ev, note="pronoun 其 = 北方华创")
SUP("12", ["北方华创"], "DepositionEquipment", ev, note="pronoun 其 = 北方华创")
SUP("12", ["长鑫存储"], "DRAM", sent("12", "长鑫存储并非美国实体清单上的企业"), "extended",
    note="inferred from 用于DRAM生产; the sentence is a RESTRICTS negation trap")

# h6_13 markdown: rental prices and foundry capacity
R("13", "中国", "MENTIONS_METRIC", "8卡H100服务器月租金", sent("13", "8卡H100服务器月租金"),
  value=7, unit="万元", year=2024, qualifier="≈", alt_value=8, date="2024-Q3", note="range 7万-8万元")
ev = sent("13", "A800整机月租金约4.5万元")
R("13", "中国", "MENTIONS_METRIC", "A800整机月租金", ev, value=4.5, unit="万元", qualifier="≈")
R("13", "中国", "MENTIONS_METRIC", "昇腾910B整机月租金", ev, value=3, unit="万元", qualifier="≈")
ev = sent("13", "算元云、恒算智能与并行科技")
SUP("13", ["算元云", "恒算智能", "并行科技"], "ComputeLeasing", ev)
LOC("13", "算元云临港万卡集群", "临港新片区", ev, alt_object="上海市")
LOC("13", "临港新片区", "上海市", ev, "extended")
ev = sent("13", "国产AI芯片几乎全部依赖")
R("13", "AIChip", "DEPENDS_ON", "FoundryService", ev, alt_object="中芯国际")
R("13", "FoundryService", "DEPENDS_ON", "Lithography", ev, alt_subject="中芯国际",
  note="中芯国际的先进制程离不开进口DUV光刻机")
R("13", "中芯国际", "MENTIONS_METRIC", "先进制程月产能", sent("13", "先进制程月产能约为2万片"), "extended",
  value=2, unit="万片", year=2024, qualifier="≈")
SUP("13", ["寒武纪"], "AIChip", row("13", "| 寒武纪 |"))
SUP("13", ["海光信息"], "AIChip", row("13", "| 海光信息 |"), alt_object="GPU")
SUP("13", ["燧原科技"], "AIChip", row("13", "| 燧原科技 |"))
SUP("13", ["中芯国际"], "FoundryService", row("13", "| 寒武纪 |"), evidence_alt=[row("13", "| 海光信息 |")])
SUP("13", ["GlobalFoundries"], "FoundryService", row("13", "| 燧原科技 |"))
ev = sent("13", "沐曦的部分产品则由台积电代工")
SUP("13", ["TSMC"], "FoundryService", ev)
SUP("13", ["沐曦"], "AIChip", ev, "extended", note="inferred from the 国产AI芯片 context")
R("13", "上海市", "TARGETS", "智能算力规模", sent("13", "上海市提出"), value=30, unit="EFLOPS", year=2025,
  qualifier=">", modality="target")
R("13", "中国", "MENTIONS_METRIC", "算力租赁市场规模", sent("13", "预计2025年国内算力租赁"), "extended",
  value=800, unit="亿元", year=2025, modality="forecast")

# a few province-level containments stated by the wording 「省+市+区」
LOC("03", "沈阳市", "辽宁省", sent("03", "中微公司总部位于"), "extended")
LOC("09", "乌兰察布市", "内蒙古自治区", sent("09", "公司全资子公司拓垣数据科技"), "extended")
LOC("10", "中卫市", "宁夏", sent("10", "该公司还在宁夏中卫市沙坡头区"), "extended")

# Systematic extended additions:
# (a) a market share implies that the firm sells the category: extended SUPPLIES,
#     unless the same document already has that SUPPLIES record;
# (b) a LOCATED_IN whose object and alt_object are both regions implies
#     object LOCATED_IN alt_object (district in city): extended, unless present.
have = {(r["subject"], r["predicate"], r["object"], r["doc"]) for r in RELS}
for r in list(RELS):
    if r["predicate"] == "HAS_MARKET_SHARE" and r["tier"] == "core":
        k = (r["subject"], "SUPPLIES", r["object"], r["doc"])
        if k not in have:
            have.add(k)
            RELS.append({"kind": "relation", "subject": r["subject"], "predicate": "SUPPLIES",
                         "object": r["object"], "doc": r["doc"], "evidence": r["evidence"],
                         "tier": "extended", "note": "implied by the market share"})
    if r["predicate"] == "LOCATED_IN" and "alt_object" in r:
        o, a = r["object"], r["alt_object"]
        if ENTS[o]["type"] == "Region" and ENTS[a]["type"] == "Region":
            k = (o, "LOCATED_IN", a, r["doc"])
            if k not in have:
                have.add(k)
                RELS.append({"kind": "relation", "subject": o, "predicate": "LOCATED_IN", "object": a,
                             "doc": r["doc"], "evidence": r["evidence"], "tier": "extended"})

# ---------------------------------------------------------------- docs and tiers
for r in RELS:
    for k in ("subject", "object", "alt_subject", "alt_object"):
        if k in r:
            assert r[k] in ENTS, (k, r[k])
    if r.get("qualifier") is None:
        r.pop("qualifier", None)


def _is_ascii_word(ch):
    return ch.isascii() and (ch.isalnum() or ch == "_")


def mentions(text, items):
    """Longest-match-first alias matching with masking. Returns matched canonicals."""
    mask = [False] * len(text)
    found = set()
    for alias, canon in sorted(items, key=lambda x: -len(x[0])):
        start = 0
        while True:
            i = text.find(alias, start)
            if i < 0:
                break
            j = i + len(alias)
            start = i + 1
            if any(mask[i:j]):
                continue
            if alias[0].isascii() and i > 0 and _is_ascii_word(text[i - 1]) and _is_ascii_word(alias[0]):
                continue
            if alias[-1].isascii() and j < len(text) and _is_ascii_word(text[j]) and _is_ascii_word(alias[-1]):
                continue
            for k in range(i, j):
                mask[k] = True
            found.add(canon)
    return found


items = [(a, c) for c, e in ENTS.items() for a in e["aliases"] if a not in NOMATCH[c]]
docs_of = {c: set() for c in ENTS}
for name, text in DOCS.items():
    for c in mentions(text, items):
        docs_of[c].add(name)
tier_of = {}
for r in RELS:
    for k in ("subject", "object"):
        docs_of[r[k]].add(r["doc"])
        if tier_of.get(r[k]) != "core":
            tier_of[r[k]] = r["tier"]

out = []
for c, e in ENTS.items():
    e = dict(e)
    e["docs"] = sorted(docs_of[c])
    e["tier"] = tier_of.get(c, "mention")
    # keep the key order of the guide: kind, canonical, type, aliases, country, docs, tier, optional
    ordered = {k: e[k] for k in ("kind", "canonical", "type", "aliases", "country", "docs", "tier")}
    ordered.update({k: v for k, v in e.items() if k not in ordered})
    out.append(ordered)
with open(HERE / "gold.jsonl", "w", encoding="utf-8") as fh:
    for x in out + RELS:
        fh.write(json.dumps(x, ensure_ascii=False) + "\n")
print(f"wrote {len(out)} entities and {len(RELS)} relations to gold.jsonl")
