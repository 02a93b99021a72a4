"""Build tests/data/heldout10/gold.jsonl (blind held-out set 10).

Run: python3 tests/data/heldout10/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table-row line) of the document that contains it. The script
stops if a fragment matches zero or several sentences.
Format: ../shared/eval/README.md. Layout follows tests/data/heldout8/build_gold.py.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h10_*") if p.suffix in (".txt", ".md"))
DOCS = {p.name: p.read_text(encoding="utf-8") for p in FILES}
KEY = {p.name[4:6]: p.name for p in FILES}          # "01" -> file name
ENGLISH = {n for n in DOCS if n.endswith("_en.txt")}

# ----------------------------------------------------------------- sentences
# list markers stripped from the start of a sentence:
# 一、 1、 （1） （一） 1. ● • - # > 问： 答：
MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+、|（\d+）|（[一二三四五六七八九十]+）|\d+\.\s+|[●•]\s*|-\s+|#+\s*|>\s*|问：|答：)")


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
C("NVIDIA", ["英伟达", "NVIDIA"], "US")
C("Mellanox", ["Mellanox"], "IL", parent="NVIDIA", note="acquired by NVIDIA in 2020 (12); no relation")
C("TSMC", ["台积电", "台積電"], "TW")
C("Samsung", ["三星", "Samsung"], "KR")
C("SK hynix", ["SK hynix"], "KR", note="customer of Wonik IPS (07); no relation")
C("GlobalFoundries", ["格芯"], "US")
C("UMC", ["聯電"], "TW", note="联华电子")
C("Tower Semiconductor", ["高塔"], "IL")
C("VIS", ["世界先進"], "TW", note="世界先进 / Vanguard International Semiconductor")
C("PSMC", ["力積電"], "TW", note="力积电 / Powerchip Semiconductor Manufacturing")
C("Novatek", ["聯詠"], "TW", note="联咏; customer of 晶合集成 (02), no relation")
C("Himax", ["奇景"], "TW", note="奇景光电; customer of 晶合集成 (02), no relation")
C("NXP", ["恩智浦"], "NL", note="JV partner of VIS (02); no relation")
C("Advantest", ["Advantest"], "JP")
C("Teradyne", ["Teradyne"], "US")
C("FormFactor", ["FormFactor"], "US")
C("Technoprobe", ["Technoprobe"], "IT")
C("Micronics Japan", ["Micronics Japan"], "JP")
C("ASML", ["ASML"], "NL")
C("Cymer", ["Cymer"], "US", parent="ASML")
C("Gigaphoton", ["Gigaphoton"], "JP")
C("Zeiss", ["蔡司"], "DE", note="Carl Zeiss SMT")
C("Nikon", ["尼康"], "JP", note="customer of Gigaphoton (06); no relation")
C("Canon", ["佳能"], "JP", note="only in a combined share (06); no relation")
C("Tokyo Electron", ["Tokyo Electron"], "JP")
C("SCREEN Holdings", ["SCREEN Holdings"], "JP")
C("Kokusai Electric", ["Kokusai Electric"], "JP")
C("Lasertec", ["Lasertec"], "JP")
C("Wonik IPS", ["Wonik IPS"], "KR")
C("SEMES", ["SEMES"], "KR", parent="Samsung")
C("Infineon", ["英飞凌"], "DE")
C("onsemi", ["安森美"], "US")

# ---- mainland Chinese companies (real)
C("华为", ["华为", "Huawei"])
C("中芯国际", ["中芯国际", "中芯國際"])
C("华鲲振宇", ["四川华鲲振宇智能科技有限责任公司", "华鲲振宇"])
C("宝德", ["宝德"])
C("长江计算", ["长江计算"])
C("寒武纪", ["寒武纪"])
C("浪潮信息", ["浪潮电子信息产业股份有限公司", "浪潮信息"])
C("新华三", ["新华三技术有限公司", "新华三", "H3C"])
C("摩尔线程", ["摩尔线程"])
C("沐曦", ["沐曦"])
C("壁仞科技", ["壁仞科技"])
C("天数智芯", ["天数智芯"])
C("海光信息", ["海光"])
C("中科曙光", ["中科曙光"])
C("华虹集团", ["華虹集團"])
C("华虹半导体", ["華虹半導體"], parent="华虹集团")
C("晶合集成", ["晶合集成"])
C("和舰芯片", ["和艦芯片"], parent="UMC", note="UMC's mainland subsidiary (和舰芯片制造（苏州）)")
C("华峰测控", ["Huafeng Test and Control", "Huafeng"])
C("长川科技", ["Changchuan Technology", "Changchuan"])
C("强一半导体", ["Qiangyi Semiconductor", "Qiangyi"])
C("长电科技", ["JCET"], note="customer of 晶禾测试 (03)")
C("通富微电", ["Tongfu Microelectronics"], note="customer of 晶禾测试 (03)")
C("中国电信", ["中国电信集团有限公司", "中国电信"])
C("中国移动", ["中国移动"])
C("中国联通", ["中国联通"])
C("超聚变", ["超聚变数字技术有限公司", "超聚变"])
C("中兴通讯", ["中兴通讯股份有限公司", "ZTE"])
C("宁畅", ["宁畅信息产业（北京）有限公司"])
C("上海微电子", ["上海微电子", "上海微電子"], note="SMEE")
C("科益虹源", ["科益虹源"])
C("国望光学", ["国望光学"])
C("华卓精科", ["华卓精科"])
C("茂莱光学", ["茂莱光学"])
C("北方华创", ["NAURA"])
C("中微公司", ["AMEC"])
C("士兰微", ["士兰微"])
C("华勤技术", ["华勤技术"], note="customer of 铂川电子 (08); no relation")
C("长江存储", ["長江存儲"])
C("长鑫存储", ["長鑫存儲"], note="not on the Entity List (10)")
C("科大讯飞", ["科大讯飞"])
C("联想", ["联想"])
C("中际旭创", ["Innolight"])
C("新易盛", ["Eoptolink"])

# ---- invented companies
C("芯衍科技", ["芯衍科技"], note="invented; operator-library adaptation for GPU vendors; does not supply 寒武纪")
C("云栈智能", ["云栈智能"], note="invented; buyer of 曦云C500, runs a 智算中心 in 宁波北仑区")
C("瀚昕積體電路", ["瀚昕積體電路"], note="invented; 8-inch foundry in 廈門 (named only in Traditional Chinese)")
C("晶禾测试", ["Jinghe Test"], note="invented; ATE maker holding the investor day (English text only)")
C("Harbor Ridge Securities", ["Harbor Ridge Securities"], "US",
  note="invented; brokerage (analyst in 03, author of 07); no relation")
C("钱塘云算", ["钱塘云算"], note="invented; plans a 智算中心 in 余杭区 (not started)")
C("算擎科技", ["北京算擎科技有限公司"], note="invented; bid candidate in lots 1 and 2")
C("云帆信息", ["江苏云帆信息技术有限公司"], note="invented; bid rejected, not a candidate")
C("天衢招标", ["天衢招标代理有限公司"], note="invented; procurement agent; no relation")
C("晟光精密", ["长春晟光精密"], note="invented; EUV mirror-coating pilot line planned for 2026, lab stage")
C("铂川电子", ["铂川电子(深圳)股份有限公司"], note="invented; the reporting company (公司/本公司)")
C("铂川精密", ["铂川精密（惠州）有限公司"], parent="铂川电子", note="invented; wholly-owned chassis subsidiary")
C("和林云港数据", ["和林云港数据"], note="invented; local data-centre operator in 和林格尔")
C("陇算科技", ["陇算科技"], note="invented; being set up (筹建) in 庆阳; plan only")
C("星衍智算", ["合肥星衍智算科技有限公司", "星衍智算"], note="invented; the issuer of the press release")
C("渝信农商银行", ["渝信农商银行"], note="invented; customer (buyer), not a supplier")
C("六合算力", ["Hexa Compute"], note="invented; Beijing AI cloud start-up (English text only)")

# ---- organisations
O("TrendForce", ["TrendForce"], "TW", note="research firm (source)")
O("上海市经济和信息化委员会", ["上海市经济和信息化委员会"], "CN")
O("深圳市工业和信息化局", ["深圳市工业和信息化局"], "CN", note="issues 深圳's 算力券; no named policy")
O("成都市新经济发展委员会", ["成都市新经济发展委员会"], "CN")
O("美国商务部", ["美國商務部"], "US")
O("日本经济产业省", ["日本經濟產業省", "Ministry of Economy, Trade and Industry"], "JP")
O("商务部", ["商務部"], "CN", note="中华人民共和国商务部")
O("海关总署", ["海關總署"], "CN")

# ---- policies
POL_SH = "《上海市智能算力券实施细则（试行）》"
POL_CD = "《成都市算力券管理办法》"
POL_JP = "日本半导体制造设备出口管制（2023年7月23日）"
POL_NL = "荷兰先进半导体制造设备出口管制（2023年9月1日）"
POL_NL24 = "荷兰扩大浸没式DUV光刻机出口许可范围（2024年9月7日）"
POL_US24 = "美国对华半导体出口管制（2024年12月2日）"
POL_GAGE = "中国镓锗相关物项出口管制（2023年8月1日）"
POL_CN24 = "中国对美两用物项出口管制（2024年12月3日）"
POL(POL_SH, [POL_SH], "CN", note="policy name partly fictional (illustrative)")
POL(POL_CD, [POL_CD], "CN", note="policy name partly fictional (illustrative)")
POL(POL_JP, [], "JP", date="2023-07-23", note="23 item types, no country named")
POL(POL_NL, [], "NL", date="2023-09-01", note="licence requirement for NXT:2000i and later immersion DUV")
POL(POL_NL24, [], "NL", date="2024-09-07", note="NXT:1970i and NXT:1980i brought under Dutch licensing")
POL(POL_US24, [], "US", date="2024-12-02", note="HBM and 24 types of chipmaking equipment")
POL(POL_GAGE, [], "CN", date="2023-08-01", note="published 2023-07-03 by 商务部 and 海关总署, effective 2023-08-01")
POL(POL_CN24, [], "CN", date="2024-12-03",
    note="商务部 announcement: gallium, germanium, antimony and superhard materials to the US not licensed in principle")
POL("美国实体清单", ["实体清单", "實體清單"], "US",
    note="US Entity List; each addition is one RESTRICTS record with its date")
POL("东数西算", ["东数西算"], "CN", date="2022-02")

# ---- product models
PM("昇腾", ["昇腾"], "华为", "AIChip")
PM("昇腾910B", ["昇腾910B"], "华为", "AIChip")
PM("CANN", ["CANN异构计算架构"], "华为", "AISoftwareStack")
PM("MindSpore", ["MindSpore"], "华为", "AIFramework")
PM("Neuware", ["Neuware"], "寒武纪", "AISoftwareStack")
PM("思元590", ["思元590"], "寒武纪", "AcceleratorCard")
PM("MUSA", ["MUSA架构"], "摩尔线程", "AISoftwareStack")
PM("MUSIFY", ["MUSIFY"], "摩尔线程", "AISoftwareStack", note="CUDA-to-MUSA migration tool")
PM("MTT S4000", ["MTT S4000"], "摩尔线程", "GPU")
PM("MXMACA", ["MXMACA软件栈"], "沐曦", "AISoftwareStack")
PM("曦云C500", ["曦云C500"], "沐曦", "GPU")
PM("BIRENSUPA", ["BIRENSUPA平台"], "壁仞科技", "AISoftwareStack")
PM("BR100", ["BR100"], "壁仞科技", "GPU")
PM("天垓100", ["天垓100"], "天数智芯", "GPU")
PM("CUDA", ["CUDA"], "NVIDIA", "AISoftwareStack")
PM("H20", ["H20"], "NVIDIA", "GPU")
PM("DCU", ["海光DCU"], "海光信息", "GPU", note="Hygon DCU (GPU类加速器)")
PM("J800", ["J800"], "晶禾测试", "TestEquipment")
PM("SSA600", ["SSA600系列"], "上海微电子", "Lithography")
PM("鲲鹏", ["鲲鹏"], "华为", "CPU")
PM("GB200 NVL72", ["GB200 NVL72"], "NVIDIA", "AIServer", note="rack-scale system (整机柜方案)")
PM("TWINSCAN NXT:2000i", ["NXT:2000i"], "ASML", "Lithography")
PM("TWINSCAN NXT:1970i", ["NXT:1970i"], "ASML", "Lithography")
PM("TWINSCAN NXT:1980i", ["NXT:1980i"], "ASML", "Lithography")
PM("海光C86", ["海光C86服务器处理器"], "海光信息", "CPU")
PM("衍知一体机", ["衍知系列大模型一体机", "衍知一体机"], "星衍智算", "LLMAppliance")
PM("FusionCube A3000", ["FusionCube A3000训/推超融合一体机"], "华为", "LLMAppliance")
PM("星火一体机", ["星火一体机"], "科大讯飞", "LLMAppliance", note="jointly launched with 华为")
PM("Quantum-2", ["Quantum-2"], "NVIDIA", "InfiniBandSwitch")
PM("ConnectX-7", ["ConnectX-7"], "NVIDIA", "NIC")
PM("CloudEngine", ["CloudEngine"], "华为", "EthernetSwitch")
PM("S9827", ["S9827"], "新华三", "EthernetSwitch")

# ---- product categories
P("GPU", ["GPU", "通用GPU"])
P("AIChip", ["AI芯片", "国产AI芯片", "昇腾芯片"])
P("AcceleratorCard", ["AI加速卡", "训练卡"])
P("AISoftwareStack", ["软件栈", "算子库适配服务"], note="GPU/NPU software stacks, CUDA-compatible layers, operator libraries")
P("AIFramework", [], note="deep-learning framework (MindSpore)")
P("Foundry", ["代工", "代工厂", "晶圓代工"], nomatch=("代工",))
P("AIServer", ["AI服务器", "AI训练服务器", "AI推理服务器", "AI算力服务器"])
P("Server", ["服务器", "通用服务器"], nomatch=("服务器",))
P("DataCenter", ["数据中心", "智算中心", "智算楼"], nomatch=("数据中心", "智算中心"))
P("CloudService", ["AI cloud"])
P("WaferTest", ["Wafer-level test"])
P("TestEquipment", ["automatic test system", "automatic test equipment", "SoC testers", "testers"], nomatch=("testers",))
P("ProbeCard", ["MEMS probe cards", "probe cards", "probe card", "probe-card"])
P("TestHandler", ["handlers"])
P("Prober", ["probers"])
P("ASIC", ["ASIC"])
P("PackagingTesting", ["outsourced packaging and test houses"])
P("SemiconductorEquipment", ["半导体设备", "半導體製造設備", "晶片製造設備", "chipmaking equipment",
                             "semiconductor equipment"])
P("Lithography", ["光刻机", "前道光刻机", "DUV光刻机", "EUV光刻机", "光刻機", "浸潤式DUV光刻機"])
P("LightSource", ["光源", "ArF准分子激光光源", "ArF准分子激光器"])
P("ProjectionLens", ["投影物镜", "镜头"])
P("WaferStage", ["双工件台", "工件台"])
P("OpticalComponent", ["精密光学镜片"])
P("InspectionEquipment", ["半导体检测设备"])
P("MaskInspectionEquipment", ["actinic EUV mask inspection systems"])
P("CoaterDeveloper", ["coater/developers"])
P("EtchEquipment", ["etch tools", "etch equipment"])
P("DepositionEquipment", ["deposition tools", "batch deposition furnaces"])
P("CleaningEquipment", ["single-wafer cleaning", "cleaning and etch tools"])
P("NAND", ["NAND"])
P("HBM", ["高頻寬記憶體（HBM）"])
P("Gallium", ["鎵"])
P("Germanium", ["鍺"])
P("Antimony", ["銻"])
P("SuperhardMaterial", ["超硬材料"])
P("ServerPowerSupply", ["服务器电源", "AI服务器电源"])
P("RackPowerShelf", ["机柜电源（Power Shelf）", "Power Shelf", "机柜电源"])
P("ServerChassis", ["服务器机箱", "GPU服务器机箱", "机箱"])
P("PowerSemiconductor", ["功率器件"])
P("MagneticComponent", ["磁性元器件"])
P("LLMAppliance", ["大模型一体机", "一体机"])
P("LLMDeploymentService", ["本地化部署服务", "大模型私有化部署"])
P("CPU", ["CPU", "服务器处理器", "处理器"])
P("InfiniBand", ["InfiniBand"], note="network fabric technology")
P("RoCE", ["RoCE", "RDMA over Converged Ethernet"], note="network fabric technology")
P("AIClusterNetwork", ["back-end networks"], note="GPU back-end (scale-out) network ports")
P("AICluster", ["AI clusters", "GPU clusters", "AI cluster"])
P("InfiniBandSwitch", ["InfiniBand switches"])
P("NIC", [], note="network adapters (ConnectX)")
P("EthernetSwitch", ["Ethernet switches", "data-centre switches"])
P("Switch", [], note="alt object for Ethernet switches")
P("OpticalModule", ["optical module"])

# ---- segments
E("Upstream", "Segment", ["上游"], None, nomatch=("上游",))
E("Midstream", "Segment", ["中游"], None, nomatch=("中游",))

# ---- metrics
M("成熟制程产能全球占比", ["成熟製程產能占全球比重"])
M("晶圆月产能", ["月產能"])
M("智能算力规模", ["智能算力规模"])
M("国产算力占比", ["国产算力占比"])
M("算力规模", ["算力规模"])
M("智能算力占比", ["智能算力占比"])
M("算力券年度发放总额", [], note="annual voucher budget of a city")
M("数据中心机架规模", ["在用标准机架", "在用机架", "标准机架规模", "标准机架"])
M("数据中心上架率", ["上架率"])
M("数据中心PUE平均值", ["平均PUE", "PUE平均"])
M("中国区营收占比", ["China revenue share"], note="share of a company's own revenue coming from China")
M("机箱年产能", ["机箱年产能"])
M("服务器电源年产能", ["服务器电源年产能"])
M("计划投资额", ["计划投资"])
M("初级镓产量全球占比", ["初級鎵"])

# ---- facilities
F("中芯国际临港厂", ["臨港廠"], note="SMIC's 12-inch fab in 临港")
F("华虹无锡Fab 9", ["Fab 9"], note="华虹半导体's second 12-inch fab in 无锡")
F("鹏城云脑Ⅱ", ["鹏城云脑Ⅱ"])
F("成都智算中心", ["成都智算中心"])
F("国家超算成都中心", ["国家超算成都中心"])
F("中国移动呼和浩特数据中心", ["中国移动呼和浩特数据中心"])
F("中国电信云计算内蒙古信息园", ["中国电信云计算内蒙古信息园"])
F("中国联通呼和浩特云数据中心", ["中国联通呼和浩特云数据中心"])
F("中国电信庆阳云计算大数据中心", ["中国电信庆阳云计算大数据中心"])
F("三星西安工厂", ["NAND fab in Xi'an"], note="Samsung's NAND fab in 西安")

# ---- regions
G("中国", ["中国", "中國大陸", "China", "国内"], nomatch=("国内",), subtype="country")
G("全球", ["全球"], None, subtype="world")
G("美国", ["美国", "美國", "US"], "US", nomatch=("US",), subtype="country")
G("日本", ["日本", "Japan"], "JP", subtype="country")
G("韩国", ["Korea"], "KR", subtype="country")
G("荷兰", ["荷蘭"], "NL", subtype="country")
G("德国", ["德国"], "DE", subtype="country")
G("马来西亚", ["马来西亚"], "MY", subtype="country")
G("新加坡", ["新加坡"], "SG", subtype="country")
G("圣迭戈", ["圣迭戈"], "US", subtype="city", note="San Diego")
G("上科亨", ["上科亨"], "DE", subtype="town", note="Oberkochen")
G("槟城", ["槟城"], "MY", subtype="state", note="Penang")
G("上海", ["上海市", "上海"], subtype="city")
G("北京", ["北京市", "北京", "Beijing"], subtype="city")
G("深圳", ["深圳市", "深圳"], subtype="city")
G("天津", ["天津"], subtype="city")
G("宁波", ["宁波"], subtype="city")
G("北仑区", ["北仑区"], subtype="district")
G("临港新片区", ["臨港"], subtype="district", note="上海臨港")
G("北京经济技术开发区", ["亦莊"], subtype="district", note="北京亦庄")
G("坪山区", ["坪山"], subtype="district")
G("西青区", ["西青"], subtype="district")
G("无锡", ["無錫", "Wuxi"], subtype="city")
G("合肥", ["合肥"], subtype="city")
G("合肥高新区", ["合肥高新区"], subtype="district")
G("厦门", ["廈門"], subtype="city")
G("苏州", ["蘇州", "Suzhou"], subtype="city")
G("苏州工业园区", ["Suzhou Industrial Park"], subtype="district")
G("杭州", ["杭州", "Hangzhou"], subtype="city")
G("余杭区", ["余杭区"], subtype="district")
G("南山区", ["深圳市南山区", "南山区"], subtype="district")
G("成都", ["成都市", "成都"], subtype="city")
G("郫都区", ["郫都区"], subtype="district")
G("天府新区", ["成都天府新区"], subtype="district")
G("西城区", ["北京市西城区"], subtype="district")
G("广州", ["广州"], subtype="city")
G("嘉定区", ["上海市嘉定区"], subtype="district")
G("四川", ["四川"], subtype="province")
G("江苏", ["江苏"], subtype="province")
G("南京", ["南京"], subtype="city")
G("长春", ["长春"], subtype="city")
G("宝安区", ["深圳市宝安区"], subtype="district")
G("惠州", ["惠州"], subtype="city")
G("仲恺高新区", ["仲恺高新区"], subtype="district")
G("广东", ["广东省"], subtype="province")
G("吉安", ["吉安"], subtype="city")
G("井冈山经济技术开发区", ["井冈山经济技术开发区"], subtype="district")
G("江西", ["江西省"], subtype="province")
G("西安", ["Xi'an"], subtype="city")
G("内蒙古", ["内蒙古"], subtype="hub/province")
G("甘肃", ["甘肃"], subtype="hub/province")
G("呼和浩特", ["呼和浩特市", "呼和浩特"], subtype="city")
G("和林格尔新区", ["和林格尔新区"], subtype="district")
G("盛乐经济园区", ["盛乐经济园区"], subtype="park")
G("和林格尔数据中心集群", ["和林格尔数据中心集群", "和林格尔集群"], subtype="cluster")
G("庆阳市", ["庆阳市", "庆阳", "Qingyang"], subtype="city")
G("西峰区", ["西峰区"], subtype="district")
G("庆阳东数西算产业园", ["东数西算产业园"], subtype="park")
G("庆阳数据中心集群", ["庆阳集群"], subtype="cluster")
G("武汉", ["武漢"], subtype="city")
G("芜湖", ["Wuhu"], subtype="city")
G("安徽", ["安徽省"], subtype="province")
G("徐汇区", ["上海市徐汇区"], subtype="district")

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
PREFIX = "headquarters, inferred from the place in the registered name"

# ---- 01 雪球 long post on domestic GPU software stacks (Markdown)
R("01", "GPU", "PART_OF_SEGMENT", "Upstream", "GPU处于算力产业链上游", scope="算力产业链")
F01b = "自研CANN异构计算架构"
R("01", "华为", "SUPPLIES", "AISoftwareStack", F01b, note="CANN (item headed 华为昇腾)")
R("01", "华为", "SUPPLIES", "AIFramework", F01b, tier="extended", note="配套MindSpore框架; maker not stated in the clause")
F01c = "昇腾910B由中芯国际代工"
R("01", "华为", "SUPPLIES", "AIChip", F01c, note="昇腾910B; the list item is headed 华为昇腾")
R("01", "中芯国际", "SUPPLIES", "Foundry", F01c)
R("01", "AIChip", "DEPENDS_ON", "Foundry", F01c, tier="extended", note="昇腾910B fabricated by 中芯国际")
for c in ["华鲲振宇", "宝德", "长江计算"]:
    R("01", c, "SUPPLIES", "AIServer", F01c, alt_object="Server", note="整机伙伴 of 昇腾")
F01d = "软件栈叫Neuware"
R("01", "寒武纪", "SUPPLIES", "AISoftwareStack", F01d, note="Neuware")
R("01", "寒武纪", "SUPPLIES", "AcceleratorCard", F01d, alt_object="AIChip", note="思元590训练卡")
F01e = "搭载思元系列的AI服务器"
R("01", "浪潮信息", "SUPPLIES", "AIServer", F01e)
R("01", "新华三", "SUPPLIES", "AIServer", F01e)
R("01", "AIServer", "DEPENDS_ON", "AIChip", F01e, alt=[F01c], alt_object="AcceleratorCard",
  note="搭载思元系列; the 昇腾 整机伙伴 sentence is supporting")
F01f = "MUSA架构，提供MUSIFY工具"
R("01", "摩尔线程", "SUPPLIES", "AISoftwareStack", F01f, note="MUSA / MUSIFY")
F01g = "MTT S4000早期由台积电代工"
R("01", "摩尔线程", "SUPPLIES", "GPU", F01g, note="MTT S4000")
R("01", "TSMC", "SUPPLIES", "Foundry", F01g, tier="extended", note="past supply (早期); production moved to domestic lines")
R("01", "美国实体清单", "RESTRICTS", "摩尔线程", F01g, date="2023-10", year=2023, qualifier="列入实体清单",
  note="公司 = 摩尔线程")
F01h = "MXMACA软件栈号称"
R("01", "沐曦", "SUPPLIES", "AISoftwareStack", F01h)
R("01", "沐曦", "SUPPLIES", "GPU", F01h, note="曦云C500; its foundry is not disclosed")
F01i = "BIRENSUPA平台"
R("01", "壁仞科技", "SUPPLIES", "AISoftwareStack", F01i)
R("01", "壁仞科技", "SUPPLIES", "GPU", F01i, note="旗舰BR100")
R("01", "美国实体清单", "RESTRICTS", "壁仞科技", F01i, date="2023-10", year=2023, qualifier="列入实体清单",
  note="date from 与摩尔线程同批 (2023年10月)")
R("01", "天数智芯", "SUPPLIES", "GPU", "天垓100是国内最早")
F01k = "芯衍科技（上海）为沐曦"
R("01", "芯衍科技", "SUPPLIES", "AISoftwareStack", F01k, note="算子库适配服务; 该公司未向寒武纪供货")
R("01", "芯衍科技", "LOCATED_IN", "上海", F01k, tier="extended", note="（上海） after the company name")
F01l = "云栈智能去年采购了2000张曦云C500"
R("01", "云栈智能", "LOCATED_IN", "北仑区", F01l, note="its 智算中心")
R("01", "云栈智能", "LOCATED_IN", "宁波", F01l, tier="extended", note="宁波北仑区")
R("01", "北仑区", "LOCATED_IN", "宁波", F01l, tier="extended")
R("01", "云栈智能", "SUPPLIES", "DataCenter", F01l, tier="extended",
  note="operates a 智算中心; it is a buyer of 曦云C500, not a GPU supplier")
F01m = "英伟达份额约70%"
SH01 = dict(year=2023, qualifier="≈", scope="中国AI加速卡市场", **PCT)
R("01", "NVIDIA", "HAS_MARKET_SHARE", "AcceleratorCard", F01m, value=70, **SH01)
R("01", "华为", "HAS_MARKET_SHARE", "AcceleratorCard", F01m, value=15, **SH01)
R("01", "NVIDIA", "SUPPLIES", "AcceleratorCard", F01m, note="from the market-share sentence")
R("01", "华为", "SUPPLIES", "AcceleratorCard", F01m, note="from the market-share sentence")
R("01", "AIChip", "LOCALIZATION_RATE", "中国", "国产AI芯片在国内新建智算中心采购中的占比", value=30, qualifier=">",
  scope="国内新建智算中心采购", **PCT, note="no year in the sentence (post dated 2024-09)")
F01o = "海光DCU走类ROCm路线"
R("01", "海光信息", "SUPPLIES", "GPU", F01o, alt_object="AIChip", note="海光DCU (comment by the author)")
R("01", "中科曙光", "SUPPLIES", "Server", F01o, note="its servers carry 海光DCU")
R("01", "Server", "DEPENDS_ON", "GPU", F01o, tier="extended", alt_object="AIChip", note="DCU 主要装在中科曙光的服务器里")

# ---- 02 Taiwanese business weekly on mature-node foundry (Traditional)
F02a = "成熟製程產能占全球比重約33%"
R("02", "中国", "MENTIONS_METRIC", "成熟制程产能全球占比", F02a, value=33, year=2024, qualifier="≈",
  scope="28奈米及以上成熟製程產能", source="業界統計", **PCT)
R("02", "中国", "MENTIONS_METRIC", "成熟制程产能全球占比", F02a, value=39, year=2027, modality="forecast",
  scope="28奈米及以上成熟製程產能", source="業界統計", **PCT)
F02b = "中芯國際在上海臨港"
for dist, city in [("临港新片区", "上海"), ("北京经济技术开发区", "北京"), ("坪山区", "深圳"), ("西青区", "天津")]:
    R("02", "中芯国际", "LOCATED_IN", dist, F02b, note="12-inch fab (12吋新廠)")
    R("02", "中芯国际", "LOCATED_IN", city, F02b, tier="extended", note="12-inch fab (city level)")
    R("02", dist, "LOCATED_IN", city, F02b, tier="extended")
R("02", "中芯国际临港厂", "MENTIONS_METRIC", "晶圆月产能", F02b, value=10, unit="萬片", modality="plan",
  tier="extended", note="planned monthly capacity of one fab (規劃月產能)")
R("02", "中芯国际临港厂", "LOCATED_IN", "临港新片区", F02b, tier="extended")
F02c = "華虹半導體在無錫的第二座12吋廠"
R("02", "华虹半导体", "LOCATED_IN", "无锡", F02c, note="12-inch fabs")
R("02", "华虹无锡Fab 9", "LOCATED_IN", "无锡", F02c)
R("02", "华虹半导体", "SUPPLIES", "Foundry", F02c, note="fab in production (已投產)")
F02d = "合肥的晶合集成則以面板驅動IC"
R("02", "晶合集成", "LOCATED_IN", "合肥", F02d)
R("02", "晶合集成", "SUPPLIES", "Foundry", F02d, alt=["第10名晶合集成"], note="DDIC代工; 聯詠 and 奇景 are customers")
F02e = "位於廈門的瀚昕積體電路"
R("02", "瀚昕積體電路", "LOCATED_IN", "厦门", F02e)
R("02", "瀚昕積體電路", "SUPPLIES", "Foundry", F02e, note="8吋代工報價")
SH02 = dict(year=2024, scope="2024年第二季全球晶圓代工營收（前十大）", source="TrendForce", **PCT)
TBL = [("TSMC", "第1名台積電", 62.3), ("Samsung", "第2名三星", 11.5), ("中芯国际", "第3名中芯國際", 5.7),
       ("UMC", "第4名聯電", 5.3), ("GlobalFoundries", "第5名格芯", 4.9), ("华虹集团", "第6名華虹集團", 2.2),
       ("Tower Semiconductor", "第7名高塔", 1.0), ("VIS", "第8名世界先進", 0.9), ("PSMC", "第9名力積電", 0.8),
       ("晶合集成", "第10名晶合集成", 0.8)]
for c, frag, v in TBL:
    R("02", c, "HAS_MARKET_SHARE", "Foundry", frag, value=v, **SH02)
    if c == "晶合集成":
        continue
    kw = dict(alt=["力積電則已於第三季調降"]) if c == "PSMC" else {}
    R("02", c, "SUPPLIES", "Foundry", frag, note="ranking table", **kw)
F02g = "其大陸子公司和艦芯片位於蘇州"
R("02", "和舰芯片", "LOCATED_IN", "苏州", F02g)
R("02", "和舰芯片", "SUPPLIES", "Foundry", F02g, note="主力仍為8吋晶圓代工")
R("02", "VIS", "LOCATED_IN", "新加坡", "世界先進則與恩智浦合資在新加坡", tier="extended", modality="plan",
  note="JV 12-inch fab with NXP under construction, volume production expected 2027")

# ---- 03 English investor-day transcript (ATE and probe cards)
F03a = "Wafer-level test needs two things"
R("03", "WaferTest", "DEPENDS_ON", "TestEquipment", F03a)
R("03", "WaferTest", "DEPENDS_ON", "ProbeCard", F03a)
F03b = "Advantest and Teradyne still dominate"
SH03 = dict(year=2023, qualifier="≈", scope="global SoC tester market", **PCT)
R("03", "Advantest", "SUPPLIES", "TestEquipment", F03b)
R("03", "Advantest", "HAS_MARKET_SHARE", "TestEquipment", F03b, value=58, **SH03)
R("03", "Teradyne", "SUPPLIES", "TestEquipment", F03b)
R("03", "Teradyne", "HAS_MARKET_SHARE", "TestEquipment", F03b, value=30, **SH03)
F03c = "Beijing-based Huafeng Test and Control"
F03d = "Huafeng is strongest in analog and power testers"
R("03", "华峰测控", "SUPPLIES", "TestEquipment", F03c, alt=[F03d])
R("03", "华峰测控", "LOCATED_IN", "北京", F03c, note="headquarters (Beijing-based)")
R("03", "长川科技", "SUPPLIES", "TestEquipment", F03c)
R("03", "长川科技", "LOCATED_IN", "杭州", F03c, note="headquarters (Hangzhou-based)")
R("03", "长川科技", "SUPPLIES", "TestHandler", F03d)
R("03", "长川科技", "SUPPLIES", "Prober", F03d)
F03e = "FormFactor leads the global probe-card market"
F03buy = "We buy them from Qiangyi and FormFactor"
R("03", "FormFactor", "SUPPLIES", "ProbeCard", F03e, alt=[F03buy])
R("03", "FormFactor", "HAS_MARKET_SHARE", "ProbeCard", F03e, value=40, qualifier="≈",
  scope="global probe-card market", **PCT, note="no year in the sentence")
R("03", "Technoprobe", "SUPPLIES", "ProbeCard", F03e)
R("03", "Micronics Japan", "SUPPLIES", "ProbeCard", F03e)
F03f = "Qiangyi Semiconductor, based in Suzhou"
R("03", "强一半导体", "SUPPLIES", "ProbeCard", F03f, alt=[F03buy], note="MEMS probe cards")
R("03", "强一半导体", "LOCATED_IN", "苏州", F03f, note="based in Suzhou")
F03g = "Our J800 tester is built on"
R("03", "晶禾测试", "SUPPLIES", "TestEquipment", F03g, note="J800 tester; 晶禾测试 does not make probe cards")
R("03", "J800", "DEPENDS_ON", "ASIC", F03g, note="in-house pin-electronics ASIC")
F03h = "Every J800 is assembled at our headquarters"
R("03", "晶禾测试", "LOCATED_IN", "苏州工业园区", F03h, note="headquarters and assembly")
R("03", "晶禾测试", "LOCATED_IN", "苏州", F03h, tier="extended", note="headquarters (city level)")
R("03", "苏州工业园区", "LOCATED_IN", "苏州", F03h, tier="extended")
R("03", "TestEquipment", "LOCALIZATION_RATE", "中国", "the localization rate in China was only about 10% in 2023",
  value=10, year=2023, qualifier="≈", scope="SoC testers", **PCT)
R("03", "TestEquipment", "LOCALIZATION_RATE", "中国", "For analog and mixed-signal testers it is already above 60%",
  value=60, qualifier=">", scope="analog and mixed-signal testers", **PCT,
  note="present tense; no year stated (investor day 2024)")
F03k = "Our customers include JCET"
R("03", "长电科技", "SUPPLIES", "PackagingTesting", F03k, tier="extended",
  note="described as an OSAT; a customer of 晶禾测试, not its supplier")
R("03", "通富微电", "SUPPLIES", "PackagingTesting", F03k, tier="extended",
  note="described as an OSAT; a customer of 晶禾测试, not its supplier")
R("03", "晶禾测试", "LOCATED_IN", "无锡", "We plan to open a second assembly plant in Wuxi", tier="extended",
  modality="plan", note="planned second plant (2026, subject to board approval)")

# ---- 04 policy interpretation of city compute vouchers
R("04", POL_SH, "ISSUED_BY", "上海市经济和信息化委员会", "上海市经济和信息化委员会印发的", tier="extended")
F04b = "该细则提出"
TG25 = dict(year=2025, modality="target")
R("04", POL_SH, "TARGETS", "智能算力规模", F04b, value=30, unit="EFLOPS", qualifier=">", alt_subject="上海",
  note="该细则 = 《上海市智能算力券实施细则（试行）》", **TG25)
R("04", POL_SH, "TARGETS", "国产算力占比", F04b, value=50, qualifier=">", scope="全市智能算力", alt_subject="上海",
  **PCT, **TG25)
R("04", "上海", "MENTIONS_METRIC", "智能算力规模", "截至2024年6月，上海智能算力规模约为15 EFLOPS", value=15,
  unit="EFLOPS", year=2024, qualifier="≈", date="2024-06")
R("04", "深圳", "MENTIONS_METRIC", "算力券年度发放总额", "每年发放总额5亿元的算力券", value=5, unit="亿元",
  tier="extended", note="policy budget, issued by 深圳市工业和信息化局")
F04e = "深圳提出，到2025年全市算力规模达到20 EFLOPS"
R("04", "深圳", "TARGETS", "算力规模", F04e, value=20, unit="EFLOPS", note="no policy named", **TG25)
R("04", "深圳", "TARGETS", "智能算力占比", F04e, value=60, qualifier=">", **PCT, **TG25)
F04f = "位于南山区的鹏城云脑Ⅱ"
R("04", "鹏城云脑Ⅱ", "LOCATED_IN", "南山区", F04f)
R("04", "鹏城云脑Ⅱ", "LOCATED_IN", "深圳", F04f, tier="extended", note="city from the section heading")
R("04", "南山区", "LOCATED_IN", "深圳", F04f, tier="extended")
F04g = "《成都市算力券管理办法》明确"
R("04", POL_CD, "TARGETS", "算力规模", F04g, value=10, unit="EFLOPS", qualifier=">", alt_subject="成都", **TG25)
R("04", POL_CD, "ISSUED_BY", "成都市新经济发展委员会", F04g, tier="extended")
F04h = "成都智算中心位于郫都区"
R("04", "成都智算中心", "LOCATED_IN", "郫都区", F04h)
R("04", "成都智算中心", "LOCATED_IN", "成都", F04h, tier="extended")
R("04", "郫都区", "LOCATED_IN", "成都", F04h, tier="extended")
R("04", "国家超算成都中心", "LOCATED_IN", "天府新区", F04h)
R("04", "国家超算成都中心", "LOCATED_IN", "成都", F04h, tier="extended")
R("04", "天府新区", "LOCATED_IN", "成都", F04h, tier="extended")
F04i = "杭州提出，2024年新增智算资源中国产算力占比不低于40%"
R("04", "杭州", "TARGETS", "国产算力占比", F04i, value=40, year=2024, qualifier=">=", scope="新增智算资源",
  modality="target", **PCT)
R("04", "杭州", "TARGETS", "国产算力占比", F04i, value=60, year=2026, qualifier=">=", scope="新增智算资源",
  modality="target", **PCT)
F04j = "本地企业钱塘云算计划明年在余杭区新建"
R("04", "钱塘云算", "LOCATED_IN", "余杭区", F04j, tier="extended", modality="plan",
  note="planned 智算中心, not started")
R("04", "钱塘云算", "LOCATED_IN", "杭州", F04j, tier="extended", note="本地企业 in the 杭州 section")
R("04", "余杭区", "LOCATED_IN", "杭州", F04j, tier="extended")

# ---- 05 中标候选人公示 (China Telecom AI-server centralised purchase)
F05a = "注册地址：北京市西城区金融大街31号"
R("05", "中国电信", "LOCATED_IN", "西城区", F05a, note="headquarters (注册地址)")
R("05", "中国电信", "LOCATED_IN", "北京", F05a, tier="extended",
  note="headquarters (city level); 北京 is also a delivery site")
R("05", "西城区", "LOCATED_IN", "北京", F05a, tier="extended")
F05b = "交付地点为中国电信在上海、北京、广州的智算资源池"
R("05", "中国电信", "LOCATED_IN", "上海", F05b, tier="extended", note="delivery site (智算资源池); 中国电信 is the buyer")
R("05", "中国电信", "LOCATED_IN", "广州", F05b, tier="extended", note="delivery site (智算资源池); 中国电信 is the buyer")
ROW05 = [("超聚变", "超聚变数字技术有限公司", 40, 1), ("中兴通讯", "中兴通讯股份有限公司", 35, 1),
         ("算擎科技", "标包1\t第三", 25, 1), ("新华三", "新华三技术有限公司", 50, 2),
         ("华鲲振宇", "四川华鲲振宇", 30, 2), ("算擎科技", "标包2\t第三", 20, 2),
         ("浪潮信息", "浪潮电子信息产业股份有限公司", 70, 3), ("宁畅", "宁畅信息产业", 30, 3)]
LOTNAME = {1: "标包1 AI训练服务器（国产AI芯片）", 2: "标包2 AI推理服务器（国产AI芯片）", 3: "标包3 AI推理服务器（英伟达H20）"}
seen = set()
for c, frag, v, lot in ROW05:
    if c not in seen:
        kw = dict(alt=["标包2\t第三"]) if c == "算擎科技" else {}
        R("05", c, "SUPPLIES", "AIServer", frag, note="中标候选人 (candidate) for an AI-server lot", **kw)
        seen.add(c)
    R("05", c, "HAS_MARKET_SHARE", "AIServer", frag, value=v, year=2024, tier="extended", **PCT,
      scope="中国电信2024—2025年AI算力服务器集中采购 " + LOTNAME[lot],
      note="中标份额 of one tender lot (candidate list), not a market share")
F05c = "标包1：AI训练服务器（搭载国产AI芯片）"
R("05", "AIServer", "DEPENDS_ON", "AIChip", F05c, alt=["标包2：AI推理服务器（搭载国产AI芯片）", "所投产品须基于昇腾910B"])
F05d = "标包3：AI推理服务器（搭载英伟达H20 GPU）"
R("05", "AIServer", "DEPENDS_ON", "GPU", F05d)
R("05", "NVIDIA", "SUPPLIES", "GPU", F05d, note="H20")
F05e = "所投产品须基于昇腾910B"
R("05", "AIServer", "DEPENDS_ON", "CPU", F05e, note="CPU须为鲲鹏或海光处理器")
R("05", "华为", "SUPPLIES", "AIChip", F05e, tier="extended", note="昇腾910B maker from common knowledge")
R("05", "华为", "SUPPLIES", "CPU", F05e, tier="extended", note="鲲鹏 maker from common knowledge")
R("05", "海光信息", "SUPPLIES", "CPU", F05e, note="海光处理器")
F05f = "其投标产品在位于上海市嘉定区的自有工厂组装"
R("05", "算擎科技", "LOCATED_IN", "嘉定区", F05f, note="own assembly plant")
R("05", "算擎科技", "LOCATED_IN", "上海", F05f, tier="extended", note="own assembly plant (city level)")
R("05", "嘉定区", "LOCATED_IN", "上海", F05f, tier="extended")
R("05", "算擎科技", "LOCATED_IN", "北京", F05f, tier="extended", note=PREFIX)
R("05", "宁畅", "LOCATED_IN", "北京", "宁畅信息产业", tier="extended", note=PREFIX)
R("05", "华鲲振宇", "LOCATED_IN", "四川", "四川华鲲振宇", tier="extended", note=PREFIX)
R("05", "云帆信息", "LOCATED_IN", "江苏", "江苏云帆信息技术有限公司参与标包2投标", tier="extended",
  note=PREFIX + "; its bid was rejected (no SUPPLIES)")

# ---- 06 technical explainer on the lithography supply chain
F06a = "光刻机属于半导体设备，处于芯片产业链上游"
R("06", "Lithography", "PART_OF_SEGMENT", "Upstream", F06a, scope="芯片产业链")
R("06", "Lithography", "SUBTYPE_OF", "SemiconductorEquipment", F06a, tier="extended")
F06b = "2023年ASML在全球光刻机市场的份额约为82%"
R("06", "ASML", "HAS_MARKET_SHARE", "Lithography", F06b, value=82, year=2023, qualifier="≈",
  scope="全球光刻机市场（按销售额）", **PCT)
R("06", "ASML", "SUPPLIES", "Lithography", F06b, alt=["ASML的DUV光刻机采用Cymer提供的ArF准分子激光光源"])
F06c = "三大子系统：光源、投影物镜和双工件台"
F06d = "ASML的DUV光刻机采用Cymer提供的ArF准分子激光光源"
F06f = "投影物镜均由德国蔡司独家提供"
R("06", "Lithography", "DEPENDS_ON", "LightSource", F06c, alt=[F06d])
R("06", "Lithography", "DEPENDS_ON", "ProjectionLens", F06c, alt=[F06f, "没有蔡司的镜头"])
R("06", "Lithography", "DEPENDS_ON", "WaferStage", F06c)
R("06", "Cymer", "SUPPLIES", "LightSource", F06d)
R("06", "Cymer", "LOCATED_IN", "圣迭戈", F06d, note="its factory (工厂)")
R("06", "Cymer", "LOCATED_IN", "美国", F06d, tier="extended", note="美国圣迭戈")
R("06", "圣迭戈", "LOCATED_IN", "美国", F06d, tier="extended")
F06e = "另一家光源厂商日本Gigaphoton"
R("06", "Gigaphoton", "SUPPLIES", "LightSource", F06e, note="尼康 is a customer")
R("06", "Gigaphoton", "LOCATED_IN", "日本", F06e, tier="extended", note="日本Gigaphoton (country of the firm)")
R("06", "Zeiss", "SUPPLIES", "ProjectionLens", F06f, alt=["没有蔡司的镜头"])
R("06", "Zeiss", "LOCATED_IN", "德国", F06f, tier="extended", note="德国蔡司 (country of the firm)")
F06g = "蔡司半导体光学业务的生产基地在德国上科亨"
R("06", "Zeiss", "LOCATED_IN", "上科亨", F06g, note="production base of its semiconductor optics")
R("06", "上科亨", "LOCATED_IN", "德国", F06g, tier="extended")
R("06", "ASML", "SUPPLIES", "WaferStage", "ASML的双工件台为自研", tier="extended", note="in-house (自研)")
F06i = "上海微电子是目前唯一量产前道光刻机的整机厂商"
R("06", "上海微电子", "SUPPLIES", "Lithography", F06i, note="SSA600系列")
R("06", "上海微电子", "LOCATED_IN", "上海", F06i, tier="extended", note="place in the company name")
F06j = "上海微电子的光源依赖北京科益虹源"
R("06", "科益虹源", "SUPPLIES", "LightSource", F06j, note="ArF准分子激光器")
R("06", "科益虹源", "LOCATED_IN", "北京", F06j, tier="extended", note="北京科益虹源 (place before the name)")
R("06", "国望光学", "SUPPLIES", "ProjectionLens", F06j)
R("06", "华卓精科", "SUPPLIES", "WaferStage", F06j)
F06k = "南京的茂莱光学主要为半导体检测设备提供精密光学镜片"
R("06", "茂莱光学", "SUPPLIES", "OpticalComponent", F06k, note="does not supply 上海微电子 in volume")
R("06", "茂莱光学", "LOCATED_IN", "南京", F06k)
R("06", "InspectionEquipment", "DEPENDS_ON", "OpticalComponent", F06k, tier="extended")
R("06", "晟光精密", "LOCATED_IN", "长春", "长春晟光精密计划2026年建成", tier="extended",
  note="place before the name; pilot line only planned")
R("06", "Lithography", "LOCALIZATION_RATE", "中国", "2023年中国光刻机国产化率不足2%", value=2, year=2023,
  qualifier="<", **PCT)

# ---- 07 English analyst note on Japanese and Korean equipment makers
F07a = "Tokyo Electron generated about 42%"
CR = dict(tier="extended", **PCT, note="company-level revenue share, not a market share")
R("07", "Tokyo Electron", "MENTIONS_METRIC", "中国区营收占比", F07a, value=42, year=2024, qualifier="≈",
  scope="fiscal year ended March 2024", **CR)
R("07", "Tokyo Electron", "MENTIONS_METRIC", "中国区营收占比", F07a, value=24, year=2022,
  scope="fiscal year ended March 2022 (two years earlier)", **CR)
F07b = "The company supplies coater/developers"
for o in ["CoaterDeveloper", "EtchEquipment", "DepositionEquipment"]:
    R("07", "Tokyo Electron", "SUPPLIES", o, F07b, note="the company = Tokyo Electron")
F07c = "SCREEN Holdings leads the global single-wafer cleaning market"
R("07", "SCREEN Holdings", "SUPPLIES", "CleaningEquipment", F07c)
R("07", "SCREEN Holdings", "HAS_MARKET_SHARE", "CleaningEquipment", F07c, value=40, qualifier="≈",
  scope="global single-wafer cleaning market", **PCT, note="no year in the sentence")
R("07", "SCREEN Holdings", "MENTIONS_METRIC", "中国区营收占比", "China accounted for roughly 45%", value=45,
  year=2024, qualifier="≈", scope="semiconductor equipment sales, fiscal year ended March 2024", **CR)
F07e = "Kokusai Electric, listed in Tokyo"
R("07", "Kokusai Electric", "SUPPLIES", "DepositionEquipment", F07e, note="batch deposition furnaces")
R("07", "Kokusai Electric", "MENTIONS_METRIC", "中国区营收占比", F07e, value=50, qualifier="≈",
  scope="share of sales from Chinese customers (close to half)", **CR)
R("07", "Lasertec", "SUPPLIES", "MaskInspectionEquipment", "Lasertec is the only supplier",
  alt_object="InspectionEquipment")
R("07", "Lasertec", "MENTIONS_METRIC", "中国区营收占比", "so its China revenue share stayed below 10%", value=10,
  qualifier="<", **CR)
R("07", "Wonik IPS", "SUPPLIES", "DepositionEquipment", "Wonik IPS sells deposition tools",
  note="Samsung and SK hynix are its customers")
F07i = "SEMES, Samsung's equipment arm"
R("07", "SEMES", "SUPPLIES", "CleaningEquipment", F07i)
R("07", "SEMES", "SUPPLIES", "EtchEquipment", F07i)
R("07", "三星西安工厂", "LOCATED_IN", "西安", F07i)
R("07", "Samsung", "SUPPLIES", "NAND", F07i, tier="extended", note="operates a NAND fab in Xi'an")
F07j = "added 23 types of chipmaking equipment"
R("07", POL_JP, "RESTRICTS", "SemiconductorEquipment", F07j, qualifier="23 types of chipmaking equipment",
  year=2023, date="2023-07-23")
R("07", POL_JP, "ISSUED_BY", "日本经济产业省", F07j, tier="extended")
R("07", "Tokyo Electron", "MENTIONS_METRIC", "中国区营收占比", "We expect China's share of Tokyo Electron's revenue",
  value=35, year=2026, qualifier="≈", modality="forecast", scope="fiscal year ending March 2026",
  source="Harbor Ridge Securities", **CR)
F07l = "NAURA and AMEC both ship etch tools"
R("07", "北方华创", "SUPPLIES", "EtchEquipment", F07l)
R("07", "中微公司", "SUPPLIES", "EtchEquipment", F07l)
R("07", "EtchEquipment", "LOCALIZATION_RATE", "中国", F07l, value=25, year=2023, qualifier="≈", **PCT)

# ---- 08 annual-report excerpt of an invented server power / chassis maker
F08a = "公司主要从事服务器电源、机柜电源"
R("08", "铂川电子", "SUPPLIES", "ServerPowerSupply", F08a, alt=["服务器电源：功率覆盖1600W至3200W"])
R("08", "铂川电子", "SUPPLIES", "RackPowerShelf", F08a, alt_object="ServerPowerSupply",
  alt=["33kW Power Shelf，主要配套GB200 NVL72"])
R("08", "铂川电子", "SUPPLIES", "ServerChassis", F08a)
R("08", "Server", "DEPENDS_ON", "ServerPowerSupply", F08a, tier="extended", note="产品主要用于通用服务器和AI服务器")
R("08", "AIServer", "DEPENDS_ON", "ServerPowerSupply", F08a, tier="extended", note="产品主要用于通用服务器和AI服务器")
R("08", "铂川电子", "PART_OF_SEGMENT", "Midstream", "公司所处行业位于算力产业链中游", scope="算力产业链",
  note="硬件配套环节")
R("08", "GB200 NVL72", "DEPENDS_ON", "RackPowerShelf", "33kW Power Shelf，主要配套GB200 NVL72",
  note="铂川电子 does not supply NVIDIA directly")
F08d = "由全资子公司铂川精密（惠州）有限公司生产"
R("08", "铂川精密", "SUPPLIES", "ServerChassis", F08d)
R("08", "铂川精密", "LOCATED_IN", "惠州", F08d, tier="extended", note=PREFIX)
F08e = "公司产品所需的功率器件"
R("08", "ServerPowerSupply", "DEPENDS_ON", "PowerSemiconductor", F08e, note="MOSFET、SiC器件")
for c in ["Infineon", "onsemi", "士兰微"]:
    R("08", c, "SUPPLIES", "PowerSemiconductor", F08e)
R("08", "铂川电子", "SUPPLIES", "MagneticComponent", F08e, tier="extended", note="以自产为主 (in-house)")
R("08", "ServerPowerSupply", "DEPENDS_ON", "MagneticComponent", F08e, tier="extended")
F08f = "公司生产基地分别位于深圳市宝安区"
for dist, city, prov in [("宝安区", "深圳", None), ("仲恺高新区", "惠州", "广东"),
                         ("井冈山经济技术开发区", "吉安", "江西")]:
    R("08", "铂川电子", "LOCATED_IN", dist, F08f, note="production base")
    R("08", "铂川电子", "LOCATED_IN", city, F08f, tier="extended",
      note="production base (city level)" + ("; also the place in the registered name" if city == "深圳" else ""))
    R("08", dist, "LOCATED_IN", city, F08f, tier="extended")
    if prov:
        R("08", city, "LOCATED_IN", prov, F08f, tier="extended")
R("08", "铂川电子", "MENTIONS_METRIC", "机箱年产能", "其中惠州基地机箱年产能约120万套", value=120, unit="万套",
  qualifier="≈", scope="惠州基地", tier="extended", note="company capacity figure")
F08h = "公司拟在马来西亚槟城设立海外工厂"
R("08", "铂川电子", "LOCATED_IN", "槟城", F08h, tier="extended", modality="plan", note="planned plant, site selection")
R("08", "槟城", "LOCATED_IN", "马来西亚", F08h, tier="extended")
F08i = "惠州AI服务器电源扩产项目"
R("08", "铂川电子", "MENTIONS_METRIC", "计划投资额", F08i, value=6.8, unit="亿元", modality="plan",
  scope="惠州AI服务器电源扩产项目", tier="extended")
R("08", "铂川电子", "MENTIONS_METRIC", "服务器电源年产能", F08i, value=80, unit="万台", modality="plan",
  scope="新增 (惠州扩产项目达产后)", tier="extended")
F08j = "深圳研发中心建设项目"
R("08", "铂川电子", "MENTIONS_METRIC", "计划投资额", F08j, value=1.5, unit="亿元", modality="plan",
  scope="深圳研发中心建设项目", tier="extended")
R("08", "铂川电子", "LOCATED_IN", "南山区", F08j, tier="extended", modality="plan", note="planned R&D centre")
R("08", "南山区", "LOCATED_IN", "深圳", F08j, tier="extended")

# ---- 09 provincial news broadcast transcript (东数西算 hubs)
F09a = "今天我们先把镜头对准东数西算的两个西部节点"
R("09", "东数西算", "DESIGNATES_HUB_NODE", "内蒙古", F09a, tier="extended")
R("09", "东数西算", "DESIGNATES_HUB_NODE", "甘肃", F09a, tier="extended")
F09b = "我现在是在呼和浩特市和林格尔新区"
R("09", "中国移动呼和浩特数据中心", "LOCATED_IN", "盛乐经济园区", F09b)
R("09", "中国移动呼和浩特数据中心", "LOCATED_IN", "和林格尔新区", F09b, tier="extended")
R("09", "中国电信云计算内蒙古信息园", "LOCATED_IN", "和林格尔新区", F09b, note="三大运营商都在这个新区")
R("09", "中国联通呼和浩特云数据中心", "LOCATED_IN", "和林格尔新区", F09b, note="三大运营商都在这个新区")
R("09", "盛乐经济园区", "LOCATED_IN", "和林格尔新区", F09b, tier="extended")
R("09", "和林格尔新区", "LOCATED_IN", "呼和浩特", F09b, tier="extended", note="呼和浩特市和林格尔新区")
R("09", "和林格尔数据中心集群", "LOCATED_IN", "和林格尔新区", F09b, tier="extended")
R("09", "中国移动呼和浩特数据中心", "MENTIONS_METRIC", "数据中心机架规模", F09b, value=1.6, unit="万架",
  qualifier=">", scope="已投产", tier="extended", note="single facility")
for c in ["中国移动", "中国电信", "中国联通"]:
    kw = dict(alt=["中国电信庆阳云计算大数据中心就建在"]) if c == "中国电信" else {}
    R("09", c, "SUPPLIES", "DataCenter", F09b, tier="extended", note="operates a data centre", **kw)
F09c = "截至今年9月底整个和林格尔集群在用标准机架16万架"
MM09 = dict(year=2024, date="2024-09")
R("09", "和林格尔数据中心集群", "MENTIONS_METRIC", "数据中心机架规模", F09c, value=16, unit="万架",
  scope="在用标准机架", **MM09)
R("09", "和林格尔数据中心集群", "MENTIONS_METRIC", "数据中心上架率", F09c, value=70, qualifier="≈", **PCT, **MM09)
R("09", "和林格尔数据中心集群", "MENTIONS_METRIC", "数据中心PUE平均值", F09c, value=1.2, qualifier="<", **MM09)
R("09", "和林格尔数据中心集群", "TARGETS", "数据中心机架规模", F09c, value=30, unit="万架", year=2025,
  modality="target", note="园区负责人说 (park management's goal)")
F09d = "本地企业和林云港数据运营着两栋智算楼"
R("09", "和林云港数据", "SUPPLIES", "DataCenter", F09d, note="operates two 智算楼; its customers are in 北京/上海")
R("09", "和林云港数据", "LOCATED_IN", "和林格尔新区", F09d, tier="extended", note="本地企业 (inferred)")
F09e = "中国电信庆阳云计算大数据中心就建在"
R("09", "中国电信庆阳云计算大数据中心", "LOCATED_IN", "庆阳东数西算产业园", F09e)
R("09", "中国电信庆阳云计算大数据中心", "LOCATED_IN", "西峰区", F09e, tier="extended")
R("09", "庆阳东数西算产业园", "LOCATED_IN", "西峰区", F09e, tier="extended")
R("09", "西峰区", "LOCATED_IN", "庆阳市", F09e, tier="extended", note="庆阳市西峰区")
MM09b = dict(year=2024, note="目前 (broadcast of 2024-11-08)")
R("09", "庆阳数据中心集群", "MENTIONS_METRIC", "数据中心机架规模", F09e, value=1.5, unit="万架", qualifier="≈",
  scope="在用机架", **MM09b)
R("09", "庆阳数据中心集群", "MENTIONS_METRIC", "数据中心上架率", F09e, value=40, qualifier="<", **PCT, **MM09b)
R("09", "庆阳数据中心集群", "MENTIONS_METRIC", "数据中心PUE平均值", F09e, value=1.25, qualifier="≈", **MM09b)
F09f = "庆阳规划到2025年底建成标准机架10万架"
R("09", "庆阳市", "TARGETS", "数据中心机架规模", F09f, value=10, unit="万架", year=2025, modality="target")
R("09", "陇算科技", "LOCATED_IN", "庆阳市", F09f, tier="extended", modality="plan", note="being set up (正在筹建)")

# ---- 10 Hong Kong newspaper on equipment controls and counter-measures (Traditional)
F10a = "美國商務部早於2020年12月把中芯國際列入實體清單"
R("10", "美国实体清单", "RESTRICTS", "中芯国际", F10a, date="2020-12", year=2020,
  qualifier="用於10納米及以下先進製程的美國設備推定拒絕")
R("10", "美国实体清单", "RESTRICTS", "SemiconductorEquipment", F10a, date="2020-12", year=2020, tier="extended",
  qualifier="US equipment for 10nm and below, to 中芯國際")
R("10", "美国实体清单", "ISSUED_BY", "美国商务部", F10a, tier="extended")
F10b = "2022年12月，美方再將武漢的長江存儲"
R("10", "美国实体清单", "RESTRICTS", "长江存储", F10b, date="2022-12", year=2022, qualifier="列入實體清單")
R("10", "美国实体清单", "RESTRICTS", "上海微电子", F10b, date="2022-12", year=2022, qualifier="列入實體清單")
R("10", "长江存储", "LOCATED_IN", "武汉", F10b)
R("10", "上海微电子", "SUPPLIES", "Lithography", F10b, note="國產光刻機廠商")
F10c = "2024年12月2日，美方公佈新一輪管制"
U24 = dict(year=2024, date="2024-12-02")
R("10", POL_US24, "RESTRICTS", "HBM", F10c, qualifier="高頻寬記憶體（HBM）", **U24)
R("10", POL_US24, "RESTRICTS", "SemiconductorEquipment", F10c, qualifier="24類晶片製造設備", **U24)
R("10", POL_US24, "ISSUED_BY", "美国", F10c, tier="extended", date="2024-12-02")
R("10", "长鑫存储", "LOCATED_IN", "合肥", F10c, note="not on the Entity List")
F10d = "荷蘭方面，政府自2023年9月1日起"
NL23 = dict(year=2023, date="2023-09-01")
R("10", POL_NL, "RESTRICTS", "Lithography", F10d, qualifier="NXT:2000i及更先進的浸潤式DUV光刻機須申領許可證", **NL23)
R("10", POL_NL, "RESTRICTS", "TWINSCAN NXT:2000i", F10d, tier="extended", qualifier="NXT:2000i及更先進", **NL23)
R("10", POL_NL, "ISSUED_BY", "荷兰", F10d, tier="extended")
R("10", "ASML", "SUPPLIES", "Lithography", F10d)
F10e = "2024年9月7日起，NXT:1970i及NXT:1980i亦納入"
NL24 = dict(year=2024, date="2024-09-07")
R("10", POL_NL24, "RESTRICTS", "Lithography", F10e, qualifier="NXT:1970i及NXT:1980i納入荷蘭許可範圍", **NL24)
R("10", POL_NL24, "RESTRICTS", "TWINSCAN NXT:1970i", F10e, tier="extended", qualifier="納入荷蘭許可範圍", **NL24)
R("10", POL_NL24, "RESTRICTS", "TWINSCAN NXT:1980i", F10e, tier="extended", qualifier="納入荷蘭許可範圍", **NL24)
R("10", POL_NL24, "ISSUED_BY", "荷兰", F10e, tier="extended")
F10f = "日本經濟產業省則自2023年7月23日起"
R("10", POL_JP, "RESTRICTS", "SemiconductorEquipment", F10f, qualifier="23類半導體製造設備", year=2023,
  date="2023-07-23")
R("10", POL_JP, "ISSUED_BY", "日本经济产业省", F10f, tier="extended")
F10g = "商務部與海關總署於2023年7月3日公佈"
GG = dict(year=2023, date="2023-08-01")
R("10", POL_GAGE, "RESTRICTS", "Gallium", F10g, qualifier="鎵相關物項出口管制", **GG)
R("10", POL_GAGE, "RESTRICTS", "Germanium", F10g, qualifier="鍺相關物項出口管制", **GG)
R("10", POL_GAGE, "ISSUED_BY", "商务部", F10g, tier="extended", date="2023-07-03")
R("10", POL_GAGE, "ISSUED_BY", "海关总署", F10g, tier="extended", date="2023-07-03")
F10h = "2024年12月3日，商務部再發公告"
C24 = dict(year=2024, date="2024-12-03", qualifier="原則上不予許可出口至美國")
for o in ["Gallium", "Germanium", "Antimony", "SuperhardMaterial"]:
    R("10", POL_CN24, "RESTRICTS", o, F10h, **C24)
R("10", POL_CN24, "ISSUED_BY", "商务部", F10h, tier="extended")
R("10", "中国", "MENTIONS_METRIC", "初级镓产量全球占比", "中國大陸供應全球約98%的初級鎵", value=98,
  qualifier="≈", **PCT, note="no year in the sentence")
F10j = "中芯國際在上海、北京的12吋廠部分產線或受影響"
R("10", "中芯国际", "LOCATED_IN", "上海", F10j, tier="extended", note="12-inch fabs, mentioned inside a hypothetical")
R("10", "中芯国际", "LOCATED_IN", "北京", F10j, tier="extended", note="12-inch fabs, mentioned inside a hypothetical")

# ---- 11 press release: LLM all-in-one appliances
R("11", "星衍智算", "SUPPLIES", "LLMAppliance", "今日发布衍知系列大模型一体机", alt=["公司已为渝信农商银行"])
F11a = "该系列基于华为昇腾910B AI芯片"
F11d = "华为推出了基于昇腾的FusionCube A3000"
F11f = "科大讯飞与华为联合推出的星火一体机"
R("11", "LLMAppliance", "DEPENDS_ON", "AIChip", F11a, alt=[F11d, F11f], note="该系列 = 衍知系列大模型一体机")
R("11", "LLMAppliance", "DEPENDS_ON", "CPU", F11a, note="搭载海光C86服务器处理器")
R("11", "华为", "SUPPLIES", "AIChip", F11a, note="华为昇腾910B AI芯片")
R("11", "海光信息", "SUPPLIES", "CPU", F11a, note="海光C86服务器处理器")
R("11", "宝德", "SUPPLIES", "LLMAppliance", F11a, note="contract manufacturer of the appliance (整机由宝德代工生产)")
R("11", "星衍智算", "SUPPLIES", "LLMDeploymentService", "公司已为渝信农商银行",
  alt=["专注于面向政企客户的大模型私有化部署"], note="本地化部署服务; the bank and the 政务服务中心 are customers")
F11c = "目前市场上的大模型一体机厂商主要有"
for c, alts in [("华为", [F11d]), ("浪潮信息", []), ("联想", []), ("中科曙光", []), ("科大讯飞", [F11f])]:
    R("11", c, "SUPPLIES", "LLMAppliance", F11c, alt=alts)
F11e = "分别采用英伟达GPU、昇腾芯片和海光DCU"
R("11", "LLMAppliance", "DEPENDS_ON", "GPU", F11e)
R("11", "NVIDIA", "SUPPLIES", "GPU", F11e)
R("11", "海光信息", "SUPPLIES", "GPU", F11e, alt_object="AIChip", note="海光DCU")
F11g = "华为份额约为30%"
SH11 = dict(year=2024, qualifier="≈", scope="2024年上半年国内大模型一体机出货量", source="第三方机构", **PCT)
R("11", "华为", "HAS_MARKET_SHARE", "LLMAppliance", F11g, value=30, **SH11)
R("11", "浪潮信息", "HAS_MARKET_SHARE", "LLMAppliance", F11g, value=15, **SH11)
F11h = "总部位于合肥高新区"
R("11", "星衍智算", "LOCATED_IN", "合肥高新区", F11h, note="headquarters")
R("11", "星衍智算", "LOCATED_IN", "合肥", F11h, tier="extended", note="headquarters (city level); also registered-name prefix")
R("11", "合肥高新区", "LOCATED_IN", "合肥", F11h, tier="extended")
R("11", "星衍智算", "LOCATED_IN", "徐汇区", F11h, note="R&D centre")
R("11", "星衍智算", "LOCATED_IN", "上海", F11h, tier="extended", note="R&D centre (city level)")
R("11", "徐汇区", "LOCATED_IN", "上海", F11h, tier="extended")

# ---- 12 English LinkedIn post: InfiniBand vs RoCE
F12a = "for Hexa Compute, a Beijing-based AI cloud start-up"
R("12", "六合算力", "LOCATED_IN", "北京", F12a, note="headquarters (Beijing-based); also a cluster site")
R("12", "六合算力", "SUPPLIES", "CloudService", F12a, note="AI cloud start-up")
R("12", "六合算力", "LOCATED_IN", "芜湖", F12a, tier="extended", note="GPU cluster site")
R("12", "六合算力", "LOCATED_IN", "庆阳市", F12a, tier="extended", note="GPU cluster site")
F12b = "Our first 2,048-GPU cluster is built on"
R("12", "AICluster", "DEPENDS_ON", "InfiniBandSwitch", F12b, note="NVIDIA Quantum-2 switches")
R("12", "AICluster", "DEPENDS_ON", "NIC", F12b, note="ConnectX-7 adapters")
R("12", "NVIDIA", "SUPPLIES", "InfiniBandSwitch", F12b, alt_object="Switch", note="Quantum-2 (ex-Mellanox line)")
R("12", "NVIDIA", "SUPPLIES", "NIC", F12b, note="ConnectX-7 (ex-Mellanox line)")
R("12", "InfiniBand", "HAS_MARKET_SHARE", "AIClusterNetwork", "By my count, InfiniBand carried most", value=60,
  qualifier="≈", scope="GPU back-end ports in Chinese AI clusters built before 2023", source="author's count", **PCT)
F12d = "RoCE (RDMA over Converged Ethernet) runs on ordinary Ethernet switches"
R("12", "RoCE", "DEPENDS_ON", "EthernetSwitch", F12d, alt_object="Switch", alt=["RoCE built on domestic switches"])
F12e = "Our second cluster relies on Huawei CloudEngine switches"
R("12", "AICluster", "DEPENDS_ON", "EthernetSwitch", F12e, alt_object="Switch")
for c in ["华为", "新华三", "中兴通讯"]:
    R("12", c, "SUPPLIES", "EthernetSwitch", F12e, alt_object="Switch")
R("12", "RoCE", "HAS_MARKET_SHARE", "AIClusterNetwork", "I estimate RoCE now takes roughly 55%", value=55,
  qualifier="≈", scope="new AI cluster ports in China", source="author's estimate", **PCT, note="no year (post of 2024/25)")
R("12", "AICluster", "DEPENDS_ON", "OpticalModule", "Every 400G or 800G port relies on a pluggable optical module")
F12h = "Ours come mostly from Innolight"
R("12", "中际旭创", "SUPPLIES", "OpticalModule", F12h, note="about 70% of the author's purchases (not a market share)")
R("12", "新易盛", "SUPPLIES", "OpticalModule", F12h)


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
