"""Build tests/data/heldout7/gold.jsonl (blind held-out set 7).

Run: python3 tests/data/heldout7/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table row line) of the document that contains it. The script
fails if a fragment matches zero or several sentences.
Format: ../shared/eval/README.md. Layout follows tests/data/heldout5.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h7_*") if p.suffix in (".txt", ".md"))
DOCS = {p.name: p.read_text(encoding="utf-8") for p in FILES}
KEY = {p.name[3:5]: p.name for p in FILES}          # "01" -> file name
ENGLISH = {n for n in DOCS if n.endswith("_en.txt")}

# ----------------------------------------------------------------- sentences
# list markers stripped from the start of a sentence: 1、 （1） （一） 1. • - # > 问： 答：
MARKER = re.compile(r"^(?:\d+、|（\d+）|（[一二三四五六七八九十]+）|\d+\.\s+|•\s*|-\s+|#+\s*|>\s*|问：|答：)")


def split_sentences(name):
    out = []
    for line in DOCS[name].split("\n"):
        if not line.strip():
            continue
        if name in ENGLISH:
            parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(\"$]|x[A-Z])", line)   # x: "xFusion"
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


def M(canonical, aliases, **kw):
    E(canonical, "Metric", aliases, None, **kw)


def F(canonical, aliases, country="CN", **kw):
    E(canonical, "Facility", aliases, country, **kw)


def PM(canonical, aliases, maker, category):
    E(canonical, "ProductModel", aliases, None, maker=maker, category=category)


# ---- foreign companies (English canonical; Taiwanese firms count as foreign, TW)
C("Tokyo Ohka Kogyo", ["东京应化", "TOK"], "JP", note="东京应化工业 TOK")
C("JSR", ["JSR"], "JP")
C("DuPont", ["杜邦", "DuPont"], "US")
C("Shin-Etsu Chemical", ["信越化学"], "JP")
C("Sumitomo Chemical", ["住友化学"], "JP")
C("Intel", ["英特尔"], "US")
C("NVIDIA", ["英伟达", "Nvidia", "輝達", "NVIDIA"], "US")
C("AMD", ["Advanced Micro Devices", "AMD", "超微"], "US",
  note="超微 in the Taiwanese article (06) = Advanced Micro Devices")
C("Samsung", ["三星", "Samsung Electronics"], "KR")
C("SK hynix", ["SK海力士", "SK Hynix"], "KR")
C("Solidigm", ["Solidigm"], "US", parent="SK hynix")
C("Micron", ["美光"], "US")
C("Kioxia", ["铠侠", "Kioxia"], "JP")
C("Western Digital", ["西部数据"], "US")
C("TSMC", ["台積電"], "TW")
C("Broadcom", ["博通", "Broadcom"], "US")
C("Marvell", ["邁威爾", "Marvell", "美满电子"], "US")
C("Google", ["Google"], "US", note="ASIC customer of Broadcom, not a supplier")
C("Amazon", ["亞馬遜"], "US", note="customer")
C("AWS", ["AWS"], "US", parent="Amazon", note="customer")
C("Grand Process Technology", ["弘塑"], "TW", note="弘塑科技 GPTC")
C("Scientech", ["辛耘"], "TW")
C("All Ring Tech", ["萬潤"], "TW")
C("Gallant Micro", ["均華"], "TW", note="均华精密 Gallant Micro. Machining")
C("ASE Technology Holding", ["日月光投控"], "TW")
C("SPIL", ["矽品"], "TW", parent="ASE Technology Holding")
C("Amkor", ["艾克爾", "Amkor"], "US", note="cooperation with TSMC only; no product named")
C("MKS Instruments", ["MKS"], "US")
C("Advanced Energy", ["Advanced Energy", "AE"], "US")
C("Atlas Copco", ["阿特拉斯·科普柯"], "SE")
C("Edwards", ["Edwards"], "GB", parent="Atlas Copco")
C("Ebara", ["荏原", "Ebara"], "JP")
C("Shinko Electric", ["新光电气"], "JP")
C("Kyocera", ["京瓷"], "JP")
C("HORIBA", ["HORIBA", "堀场"], "JP")

# ---- mainland Chinese companies (real)
C("彤程新材", ["彤程新材"])
C("北京科华", ["北京科华"], parent="彤程新材")
C("晶瑞电材", ["晶瑞电材"])
C("徐州博康", ["徐州博康"])
C("鼎龙股份", ["鼎龙股份"])
C("南大光电", ["南大光电"])
C("上海新阳", ["上海新阳"])
C("海光信息", ["海光信息"])
C("华为", ["华为", "Huawei"])
C("长鑫存储", ["长鑫存储", "长鑫存储技术有限公司", "ChangXin Memory Technologies", "CXMT"])
C("长江存储", ["长江存储", "长江存储科技有限责任公司"])
C("中国电信", ["中国电信"], note="customer (02)")
C("湖南联通", ["湖南联通"], note="provincial branch of 中国联通; co-builder of a facility (09)")
C("华鲲振宇", ["华鲲振宇"])
C("宝德计算", ["宝德"])
C("寒武纪", ["寒武纪", "Cambricon"])
C("百度", ["Baidu"])
C("昆仑芯", ["昆仑芯", "Kunlunxin"], parent="百度")
C("中科曙光", ["中科曙光"], note="customer of 海光 (04)")
C("沐曦", ["沐曦", "MetaX"])
C("壁仞科技", ["壁仞科技"])
C("摩尔线程", ["摩尔线程"])
C("阿里巴巴", ["Alibaba"])
C("平头哥", ["T-Head"], parent="阿里巴巴")
C("腾讯", ["Tencent", "腾讯"])
C("字节跳动", ["ByteDance"], note="buyer / tenant, not a supplier")
C("中芯国际", ["Semiconductor Manufacturing International Corp", "SMIC", "中芯国际"])
C("长电科技", ["長電科技"])
C("通富微电", ["通富微電"])
C("联芸科技", ["联芸科技"])
C("浪潮信息", ["浪潮信息", "Inspur Electronic Information"])
C("中兴通讯", ["中兴通讯"], note="customer (07)")
C("天翼云", ["天翼云科技有限公司"], note="customer (07)")
C("忆恒创源", ["忆恒创源"])
C("中孚信息", ["中孚信息"])
C("华虹半导体", ["华虹半导体", "华虹"])
C("紫光股份", ["Unisplendour"])
C("新华三", ["H3C"], parent="紫光股份")
C("工业富联", ["Foxconn Industrial Internet", "FII"])
C("超聚变", ["xFusion", "超聚变"])
C("万国数据", ["GDS Holdings"])
C("世纪互联", ["VNET"])
C("秦淮数据", ["Chindata"])
C("汉钟精机", ["汉钟精机"])
C("中科仪", ["中科仪"])
C("英杰电气", ["英杰电气"])
C("恒运昌", ["恒运昌"])

# ---- invented companies (25)
C("宸微材料", ["宸微材料", "苏州宸微光电材料股份有限公司"], note="invented")
C("宁波璟芯", ["宁波璟芯光电材料有限公司"], note="invented; plan only, not yet sampling")
C("麓岳信息", ["湖南麓岳信息技术股份有限公司"], note="invented; the reporting company (公司)")
C("麓岳智算", ["麓岳智算（贵安）有限公司"], parent="麓岳信息", note="invented; subsidiary")
C("恒钰电子", ["深圳市恒钰电子有限公司"], note="invented")
C("澈纳通信", ["江苏澈纳通信科技有限公司"], note="invented")
C("鲁岳算力", ["泰安鲁岳算力科技有限公司"], note="invented; only guided (引导) to a new business")
C("海峰智算", ["青岛海峰智算有限公司"], note="invented; only encouraged (鼓励)")
C("溯衡微电子", ["杭州溯衡微电子有限公司"], note="invented")
C("砚芯半导体", ["深圳市砚芯半导体有限公司"], note="invented; plan only, not taped out")
C("坤海智算", ["Kunhai Intelligent Computing", "坤海智算", "Kunhai"], note="invented")
C("芯澜封测", ["江蘇芯瀾封測科技有限公司"], note="invented; rumour only, denied")
C("澄储科技", ["合肥澄储科技股份有限公司"], note="invented; the issuer (发行人)")
C("芯沅电子", ["深圳市芯沅电子有限公司"], note="invented")
C("蓝湾云", ["北京蓝湾云数据有限公司"], note="invented; customer")
C("甬承数据", ["宁波甬承数据服务有限公司"], note="invented; customer")
C("忆岭半导体", ["珠海忆岭半导体有限公司"], note="invented")
C("芯湃存储", ["成都芯湃存储科技有限公司"], note="invented; plan only")
C("晟铂智能", ["无锡晟铂智能装备有限公司"], note="invented")
C("锐沣算力", ["长沙锐沣算力科技有限公司", "锐沣算力"], note="invented")
C("钰晶新材", ["江西钰晶新材料股份有限公司"], note="invented")
C("云舟计算", ["Yunzhou Computing", "云舟计算"], note="invented")
C("云朔数据", ["内蒙古云朔数据科技有限公司", "云朔数据"], note="invented")
C("岚锋半导体", ["苏州岚锋半导体设备股份有限公司", "岚锋半导体"], note="invented")
C("瓷恒精密陶瓷", ["无锡瓷恒精密陶瓷有限公司"], note="invented")

# ---- organisations
E("山东省人民政府办公厅", "Organization", ["山东省人民政府办公厅"], "CN")
E("山东省发展和改革委员会", "Organization", ["省发展改革委"], "CN")
E("山东省大数据局", "Organization", ["省大数据局"], "CN")
E("美国商务部", "Organization", ["美国商务部", "Commerce Department"], "US")
E("美国商务部工业与安全局", "Organization", ["Bureau of Industry and Security", "BIS"], "US",
  parent="美国商务部")
E("呼和浩特市数据局", "Organization", ["呼和浩特市数据局"], "CN")
E("IDC", "Organization", ["IDC"], "US", note="research firm (International Data Corporation)")
E("TECHCET", "Organization", ["TECHCET"], "US", note="research firm")
E("TrendForce", "Organization", ["TrendForce"], "TW", note="research firm")

# ---- policies
PLAN_SD = "《山东省算力基础设施“十四五”发展规划》"
E(PLAN_SD, "Policy", [PLAN_SD, "山东省算力基础设施“十四五”发展规划"], "CN", date="2022")
E("美国实体清单", "Policy", ["实体清单", "Entity List"], "US",
  note="US Entity List; each addition is one RESTRICTS record with its date")
POL23 = "美国对华AI芯片出口管制（2023年10月17日）"
POLHBM = "美国对华HBM出口管制（2024年12月）"
POL25 = "美国对华AI芯片出口许可要求（2025年4月9日）"
E(POL23, "Policy", [], "US", date="2023-10-17")
E(POLHBM, "Policy", [], "US", date="2024-12")
E(POL25, "Policy", [], "US", date="2025-04-09",
  note="license requirement notified to Nvidia (H20) and AMD (MI308)")

# ---- product models
PM("H20", ["H20"], "NVIDIA", "AcceleratorCard")
PM("A800", ["A800"], "NVIDIA", "GPU")
PM("H800", ["H800"], "NVIDIA", "GPU")
PM("L40S", ["L40S"], "NVIDIA", "GPU")
PM("MI308", ["MI308"], "AMD", "AIChip")
PM("MI300", ["MI300"], "AMD", "AIChip")
PM("昇腾", ["昇腾"], "华为", "AIChip")
PM("昇腾910B", ["昇腾910B", "Ascend 910B"], "华为", "AIChip")
PM("昇腾910C", ["Ascend 910C"], "华为", "AIChip")
PM("Atlas 800", ["Atlas 800"], "华为", "AIServer")
PM("思元590", ["思元590"], "寒武纪", "AIChip")
PM("深算DCU", ["深算系列DCU"], "海光信息", "GPU")
PM("曦云C500", ["曦云C500"], "沐曦", "GPU")
PM("BR100", ["BR100"], "壁仞科技", "GPU")
PM("MTT S4000", ["MTT S4000"], "摩尔线程", "GPU")
PM("昆仑芯P800", ["Kunlun P800"], "昆仑芯", "AIChip")
PM("CoWoS", ["CoWoS"], "TSMC", "AdvancedPackaging")
PM("XDFOI", ["XDFOI"], "长电科技", "AdvancedPackaging")

# ---- product categories
P("Photoresist", ["光刻胶", "半导体光刻胶"])
P("GIlinePhotoresist", ["g/i线光刻胶", "i线光刻胶"])
P("KrFPhotoresist", ["KrF光刻胶"])
P("ArFPhotoresist", ["ArF/ArFi光刻胶", "ArF光刻胶"])
P("EUVPhotoresist", ["EUV光刻胶"])
P("PhotoresistResin", ["树脂", "高端树脂"])
P("PAG", ["光致产酸剂（PAG）", "PAG"])
P("HighPuritySolvent", ["高纯溶剂"])
P("Lithography", ["光刻机"])
P("CoaterDeveloper", ["涂胶显影设备"])
P("Foundry", ["晶圆制造", "先进制程代工", "代工"], nomatch=("代工",))
P("Server", ["服务器", "通用服务器", "servers", "general-purpose servers", "whitebox servers"])
P("AIServer", ["AI服务器", "训练服务器", "AI servers", "H20-based servers", "AI服务器整机柜"])
P("Storage", ["存储设备"])
P("CPU", ["CPU", "处理器"])
P("GPU", ["GPU", "GPUs", "全功能GPU"])
P("AcceleratorCard", ["加速卡", "GPU加速卡", "AI加速卡", "训练卡", "推理卡"])
P("AIChip", ["AI芯片", "国产AI芯片", "AI晶片", "推理芯片", "训练芯片", "artificial intelligence chip",
             "AI accelerators", "accelerator", "AI加速器", "inference chips"])
P("DRAM", ["DRAM", "DRAM颗粒", "内存颗粒", "DRAM缓存颗粒"])
P("HBM", ["HBM", "high-bandwidth memory", "高带宽内存（HBM）"])
P("MemoryModule", ["内存", "服务器内存模组", "企业级DRAM模组"], nomatch=("内存",))
P("SSD", ["固态硬盘", "企业级SSD", "企业级固态硬盘（SSD）"])
P("SSDController", ["主控芯片", "高端主控芯片"])
P("NAND", ["NAND Flash", "NAND Flash颗粒", "SLC NAND"])
P("NORFlash", ["NOR Flash"])
P("MemoryChip", ["存储芯片"], note="DRAM and NAND are its subtypes (08)")
P("Motherboard", ["服务器主板"])
P("PCBA", ["PCBA贴片加工"])
P("OpticalModule", ["光模块"])
P("ComputeLeasing", ["算力租赁", "算力租赁服务"])
P("DataCenter", ["数据中心", "third-party data-centre operators"])
P("CloudService", ["cloud providers", "云厂商"])
P("AdvancedPackaging", ["先進封裝", "2.5D先進封裝", "2.5D封裝方案", "oS（on Substrate）製程"])
P("Interposer", ["矽中介層（interposer）", "中介層"])
P("WetProcessEquipment", ["濕製程設備"])
P("DispensingEquipment", ["點膠"])
P("InspectionEquipment", ["AOI檢測設備"])
P("DieBonder", ["黏晶機（die bonder）"])
P("ASIC", ["ASIC"])
P("PackagingTesting", ["封測服務"])
P("SputteringTarget", ["高纯靶材", "高纯铝靶材"])
P("EtchEquipment", ["刻蚀机", "电感耦合等离子体（ICP）刻蚀机"])
P("StripEquipment", ["去胶设备"])
P("RFPowerSupply", ["射频电源"])
P("VacuumPump", ["真空泵", "干泵"])
P("ElectrostaticChuck", ["静电卡盘"])
P("MassFlowController", ["质量流量计（MFC）", "MFC"])
P("CeramicParts", ["腔体陶瓷件"])

# ---- segments
E("Upstream", "Segment", ["上游"], None, nomatch=("上游",))
E("Midstream", "Segment", ["中游"], None, nomatch=("中游",))

# ---- metrics
M("半导体光刻胶市场规模", ["半导体光刻胶市场规模"])
M("半导体光刻胶市场规模增速", [])
M("服务器市场规模", ["服务器市场规模"])
M("AI服务器占比", ["AI服务器占比"])
M("数据中心机架规模", ["在用数据中心标准机架"])
M("算力规模", ["算力总规模", "算力规模"])
M("智能算力占比", ["智能算力占比"])
M("数据中心上架率", ["平均上架率", "数据中心平均上架率"])
M("新建大型数据中心PUE", ["新建大型及以上数据中心PUE"])
M("存力总规模", ["存力总规模"])
M("AI加速卡出货量", ["AI加速卡出货量"])
M("CoWoS月产能", ["CoWoS月產能"])
M("新增智能算力", ["新增智能算力"])
M("资本开支", ["capex"])
M("云和AI基础设施投入", [])
M("服务器装机能力", ["服务器装机能力"])
M("新建数据中心平均PUE", ["新建数据中心平均PUE"])
M("数据中心绿电占比", ["绿电占比"])
M("年平均气温", ["年平均气温"])
M("自然冷却时间", ["自然冷却时间"])

# ---- facilities
F("麓岳贵安智算中心", ["麓岳贵安智算中心"], note="invented")
F("国家超级计算济南中心", ["国家超级计算济南中心"])
F("台积电竹南先进封测六厂", ["竹南先進封測六廠（AP6）", "AP6"], "TW")
F("台积电台中先进封测五厂", ["台中先進封測五廠（AP5）", "AP5"], "TW")
F("台积电嘉义先进封测七厂", ["嘉義AP7", "AP7"], "TW")
F("华虹无锡Fab 9", ["Fab 9"])
F("岳麓山智算中心", ["岳麓山智算中心"], note="invented")
F("腾讯贵安七星数据中心", ["七星数据中心"])
F("中国移动（呼和浩特）数据中心", ["中国移动（呼和浩特）数据中心"])
F("中国电信京津冀大数据智能算力中心内蒙古分中心", ["中国电信京津冀大数据智能算力中心内蒙古分中心"])
F("中国联通和林格尔数据中心", ["中国联通和林格尔数据中心"])
F("敕勒川智算中心", ["敕勒川智算中心"], note="invented")

# ---- regions
G("中国", ["中国", "中国大陆", "China", "我国", "中國大陸", "国内"], nomatch=("国内",), subtype="country")
G("全球", ["全球"], None, subtype="world")
G("美国", ["美国", "US", "美國"], "US", subtype="country")
G("日本", ["日本"], "JP", subtype="country")
G("瑞典", ["瑞典"], "SE", subtype="country")
G("江苏省", ["江苏省"], subtype="province")
G("邳州市", ["邳州市"], subtype="city")
G("苏州市", ["Suzhou", "苏州"], subtype="city")
G("宁波市", ["宁波"], subtype="city")
G("宁波前湾新区", ["宁波前湾新区"], subtype="district")
G("湖南省", ["湖南省", "湖南"], subtype="province")
G("长沙经济技术开发区", ["长沙经济技术开发区"], subtype="district")
G("湘潭市", ["湘潭市"], subtype="city")
G("贵州省", ["贵州省"], subtype="province")
G("贵安新区", ["贵安新区"], subtype="district")
G("深圳市", ["深圳", "Shenzhen"], subtype="city")
G("东莞市", ["Dongguan"], subtype="city")
G("山东省", ["山东省"], subtype="province")
G("济南市", ["济南市", "济南"], subtype="city")
G("历城区", ["历城区"], subtype="district")
G("青岛市", ["青岛"], subtype="city")
G("枣庄市", ["枣庄"], subtype="city")
G("临沂市", ["临沂"], subtype="city")
G("泰安市", ["泰安"], subtype="city")
G("杭州市", ["杭州"], subtype="city")
G("浙江省", ["浙江"], subtype="province")
G("上海市", ["上海", "上海市", "Shanghai"], subtype="city")
G("北京市", ["北京"], subtype="city")
G("天津市", ["天津"], subtype="city")
G("Santa Clara", ["Santa Clara"], "US", subtype="city")
G("California", ["California"], "US", subtype="state")
G("竹南镇", ["竹南"], "TW", subtype="town")
G("台中市", ["台中"], "TW", subtype="city")
G("嘉义", ["嘉義"], "TW", subtype="city")
G("新竹县", ["新竹縣"], "TW", subtype="county")
G("湖口乡", ["湖口鄉"], "TW", subtype="town")
G("亚利桑那州", ["亞利桑那州"], "US", subtype="state")
G("合肥市", ["合肥市", "合肥"], subtype="city")
G("合肥高新区", ["合肥市高新区"], subtype="district")
G("浦东新区", ["浦东新区"], subtype="district")
G("张江科学城", ["张江科学城"], subtype="district")
G("河北省", ["河北省"], subtype="province")
G("廊坊市", ["廊坊市"], subtype="city")
G("湖北省", ["湖北省"], subtype="province")
G("武汉市", ["武汉市"], subtype="city")
G("东湖新技术开发区", ["东湖新技术开发区"], subtype="district")
G("安徽省", ["安徽省"], subtype="province")
G("珠海市", ["珠海"], subtype="city")
G("成都市", ["成都"], subtype="city")
G("无锡市", ["无锡"], subtype="city")
G("无锡高新区", ["无锡高新区"], subtype="district")
G("北京亦庄", ["北京亦庄"], subtype="district")
G("江西省", ["江西"], subtype="province")
G("长沙市", ["长沙市", "长沙"], subtype="city")
G("岳麓区", ["岳麓区"], subtype="district")
G("呼和浩特市", ["呼和浩特市", "呼和浩特"], subtype="city")
G("和林格尔新区", ["和林格尔新区", "和林格尔"], subtype="district")
G("和林格尔数据中心集群", ["和林格尔数据中心集群"], subtype="cluster",
  note="national data-centre cluster of the 内蒙古 hub")
G("内蒙古自治区", ["内蒙古", "Inner Mongolia", "自治区"], nomatch=("自治区",), subtype="province")
G("乌兰察布市", ["Ulanqab"], subtype="city")

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

# ---- 01 photoresist (brokerage deep report, Markdown table)
R("01", "Photoresist", "PART_OF_SEGMENT", "Upstream", "属于半导体产业链上游的材料环节", scope="半导体产业链")
for o in ["Lithography", "CoaterDeveloper", "Photoresist"]:
    R("01", "Foundry", "DEPENDS_ON", o, "三者协同", note="晶圆制造的光刻工序")
for o in ["PhotoresistResin", "PAG", "HighPuritySolvent"]:
    R("01", "Photoresist", "DEPENDS_ON", o, "光刻胶的主要原材料包括")
SH01 = dict(year=2024, qualifier="≈", scope="全球半导体光刻胶市场", source="TECHCET", **PCT)
for c, v in [("Tokyo Ohka Kogyo", 26), ("JSR", 21), ("DuPont", 14), ("Shin-Etsu Chemical", 13),
             ("Sumitomo Chemical", 11)]:
    R("01", c, "HAS_MARKET_SHARE", "Photoresist", "据TECHCET统计", value=v, **SH01)
    R("01", c, "SUPPLIES", "Photoresist", "据TECHCET统计", tier="extended",
      note="inferred from the market share")
R("01", "全球", "MENTIONS_METRIC", "半导体光刻胶市场规模", "据TECHCET统计", value=26, unit="亿美元",
  qualifier="≈", year=2024, source="TECHCET")
R("01", "中国", "MENTIONS_METRIC", "半导体光刻胶市场规模", "同年中国大陆半导体光刻胶市场规模", value=38,
  unit="亿元", qualifier="≈", year=2024, note="同年 = 2024 (preceding clause)")
R("01", "中国", "MENTIONS_METRIC", "半导体光刻胶市场规模增速", "同年中国大陆半导体光刻胶市场规模", value=12,
  qualifier="≈", year=2024, note="同比增长", **PCT)
LR01 = dict(year=2024, scope="中国大陆（表3，估算）", **PCT)
R("01", "GIlinePhotoresist", "LOCALIZATION_RATE", "中国", "| g/i线光刻胶 |", value=20, qualifier="≈", **LR01)
R("01", "KrFPhotoresist", "LOCALIZATION_RATE", "中国", "| KrF光刻胶 |", value=5, alt_value=8,
  note="range 5%–8%", **LR01)
R("01", "ArFPhotoresist", "LOCALIZATION_RATE", "中国", "| ArF/ArFi光刻胶 |", value=1, qualifier="<", **LR01)
R("01", "EUVPhotoresist", "LOCALIZATION_RATE", "中国", "| EUV光刻胶 |", value=0, **LR01)
T3 = "表3 国内代表厂商"
R("01", "彤程新材", "SUPPLIES", "GIlinePhotoresist", "| g/i线光刻胶 |", scope=T3)
R("01", "晶瑞电材", "SUPPLIES", "GIlinePhotoresist", "| g/i线光刻胶 |", scope=T3)
R("01", "宸微材料", "SUPPLIES", "GIlinePhotoresist", "| g/i线光刻胶 |", scope=T3,
  alt=["已向国内多家8英寸晶圆厂稳定供应i线光刻胶"])
R("01", "彤程新材", "SUPPLIES", "KrFPhotoresist", "| KrF光刻胶 |", scope=T3)
R("01", "徐州博康", "SUPPLIES", "KrFPhotoresist", "| KrF光刻胶 |", scope=T3)
R("01", "鼎龙股份", "SUPPLIES", "KrFPhotoresist", "| KrF光刻胶 |", scope=T3)
R("01", "南大光电", "SUPPLIES", "ArFPhotoresist", "| ArF/ArFi光刻胶 |", scope=T3,
  alt=["南大光电的ArF光刻胶已通过多家客户认证"])
R("01", "上海新阳", "SUPPLIES", "ArFPhotoresist", "| ArF/ArFi光刻胶 |", scope=T3)
R("01", "北京科华", "SUPPLIES", "KrFPhotoresist", "北京科华是国内KrF光刻胶出货量最大",
  note="subsidiary (子公司) of 彤程新材")
R("01", "宸微材料", "LOCATED_IN", "苏州市", "已向国内多家8英寸晶圆厂稳定供应i线光刻胶", tier="extended",
  note=PREFIX)
R("01", "徐州博康", "LOCATED_IN", "邳州市", "徐州博康位于江苏省邳州市")
R("01", "邳州市", "LOCATED_IN", "江苏省", "徐州博康位于江苏省邳州市", tier="extended")
R("01", "宁波璟芯", "LOCATED_IN", "宁波市", "宁波璟芯光电材料有限公司拟投资", tier="extended",
  note=PREFIX + "; the 前湾新区 project is only planned")

# ---- 02 server maker annual report
R("02", "麓岳信息", "SUPPLIES", "Server", "公司主营业务为服务器", note="subject 公司 = 麓岳信息")
R("02", "麓岳信息", "SUPPLIES", "Storage", "公司主营业务为服务器")
R("02", "麓岳信息", "SUPPLIES", "AIServer", "AI服务器则分别基于", alt=["其中AI服务器收入占比提升至46%"])
R("02", "Server", "PART_OF_SEGMENT", "Midstream", "公司主营业务为服务器", tier="extended",
  alt_subject="麓岳信息", scope="算力产业链", note="所处行业属于算力产业链中游的计算设备制造环节")
R("02", "中国", "MENTIONS_METRIC", "服务器市场规模", "2024年中国服务器市场规模约为310亿美元", value=310,
  unit="亿美元", qualifier="≈", year=2024, source="IDC")
R("02", "中国", "MENTIONS_METRIC", "AI服务器占比", "2024年中国服务器市场规模约为310亿美元", value=40,
  qualifier=">", year=2024, source="IDC", **PCT)
R("02", "Server", "DEPENDS_ON", "CPU", "公司通用服务器主要搭载", alt=["服务器的核心部件包括"])
R("02", "海光信息", "SUPPLIES", "CPU", "公司通用服务器主要搭载", alt=["公司前五名供应商依次为"])
R("02", "Intel", "SUPPLIES", "CPU", "公司通用服务器主要搭载")
R("02", "AIServer", "DEPENDS_ON", "AcceleratorCard", "公司通用服务器主要搭载")
R("02", "NVIDIA", "SUPPLIES", "AcceleratorCard", "公司通用服务器主要搭载", alt_object="GPU",
  alt=["公司前五名供应商依次为"], note="H20加速卡; 英伟达（GPU加速卡） in the supplier list")
R("02", "华为", "SUPPLIES", "AcceleratorCard", "公司通用服务器主要搭载", alt_object="AIChip",
  note="华为昇腾910B加速卡")
R("02", "麓岳信息", "HAS_MARKET_SHARE", "Server", "公司在中国x86服务器市场的份额", value=3.2, qualifier="≈",
  year=2024, scope="中国x86服务器市场", source="IDC", **PCT)
R("02", "麓岳信息", "LOCATED_IN", "长沙经济技术开发区", "公司生产基地位于长沙经济技术开发区",
  note="production base")
R("02", "麓岳信息", "LOCATED_IN", "湖南省", "湖南麓岳信息技术股份有限公司2024年年度报告", tier="extended",
  note=PREFIX)
R("02", "麓岳智算", "SUPPLIES", "ComputeLeasing", "全资子公司麓岳智算")
R("02", "麓岳智算", "SUPPLIES", "DataCenter", "全资子公司麓岳智算", tier="extended",
  note="operates (负责运营) the 智算中心")
R("02", "麓岳智算", "LOCATED_IN", "贵安新区", "全资子公司麓岳智算", tier="extended",
  note="place in the subsidiary's registered name")
R("02", "麓岳贵安智算中心", "LOCATED_IN", "贵安新区", "全资子公司麓岳智算")
R("02", "贵安新区", "LOCATED_IN", "贵州省", "全资子公司麓岳智算", tier="extended")
R("02", "长鑫存储", "SUPPLIES", "DRAM", "公司前五名供应商依次为", alt=["内存颗粒方面"])
R("02", "恒钰电子", "SUPPLIES", "Motherboard", "公司前五名供应商依次为", scope="服务器主板代工")
R("02", "澈纳通信", "SUPPLIES", "OpticalModule", "公司前五名供应商依次为")
R("02", "恒钰电子", "LOCATED_IN", "深圳市", "公司前五名供应商依次为", tier="extended", note=PREFIX)
R("02", "澈纳通信", "LOCATED_IN", "江苏省", "公司前五名供应商依次为", tier="extended", note=PREFIX)
R("02", "Samsung", "SUPPLIES", "DRAM", "内存颗粒方面")
R("02", "SK hynix", "SUPPLIES", "DRAM", "内存颗粒方面")
for o in ["GPU", "MemoryModule", "SSD"]:
    R("02", "Server", "DEPENDS_ON", o, "服务器的核心部件包括")

# ---- 03 provincial plan (government document)
R("03", PLAN_SD, "ISSUED_BY", "山东省人民政府办公厅", "山东省人民政府办公厅关于印发", tier="extended")
MM03 = dict(year=2023)
F03 = "截至2023年底，全省在用数据中心标准机架"
R("03", "山东省", "MENTIONS_METRIC", "数据中心机架规模", F03, value=32, unit="万架", **MM03)
R("03", "山东省", "MENTIONS_METRIC", "算力规模", F03, value=9.5, unit="EFLOPS", qualifier="≈", **MM03)
R("03", "山东省", "MENTIONS_METRIC", "智能算力占比", F03, value=28, qualifier="≈", **MM03, **PCT)
R("03", "山东省", "MENTIONS_METRIC", "数据中心上架率", F03, value=58, **MM03, **PCT)
R("03", "国家超级计算济南中心", "LOCATED_IN", "历城区", "国家超级计算济南中心位于")
R("03", "历城区", "LOCATED_IN", "济南市", "国家超级计算济南中心位于", tier="extended")
R("03", "济南市", "LOCATED_IN", "山东省", "国家超级计算济南中心位于", tier="extended",
  note="province from the plan title (全省 = 山东省)")
R("03", "浪潮信息", "LOCATED_IN", "济南市", "龙头企业集聚济南")
R("03", "中孚信息", "LOCATED_IN", "济南市", "龙头企业集聚济南")
R("03", "浪潮信息", "SUPPLIES", "Server", "龙头企业集聚济南", alt=["支持浪潮信息做强服务器"])
R("03", "浪潮信息", "SUPPLIES", "Storage", "支持浪潮信息做强服务器", tier="extended",
  note="policy support wording (支持…做强服务器、存储)")
TG = dict(modality="target", alt_subject="山东省")
F25 = "到2025年，全省算力总规模超过15"
F27 = "到2027年，全省算力总规模达到25"
R("03", PLAN_SD, "TARGETS", "算力规模", F25, value=15, unit="EFLOPS", qualifier=">", year=2025, **TG)
R("03", PLAN_SD, "TARGETS", "智能算力占比", F25, value=35, qualifier=">", year=2025, note="35%以上", **TG, **PCT)
R("03", PLAN_SD, "TARGETS", "新建大型数据中心PUE", F25, value=1.25, qualifier="<", year=2025,
  scope="新建大型及以上数据中心", **TG)
R("03", PLAN_SD, "TARGETS", "数据中心上架率", F25, value=65, qualifier=">=", year=2025, note="不低于65%",
  **TG, **PCT)
R("03", PLAN_SD, "TARGETS", "算力规模", F27, value=25, unit="EFLOPS", year=2027, **TG)
R("03", PLAN_SD, "TARGETS", "存力总规模", F27, value=40, unit="EB", qualifier=">", year=2027, **TG)
R("03", PLAN_SD, "TARGETS", "数据中心上架率", F27, value=70, qualifier=">", year=2027, note="70%以上",
  **TG, **PCT)
R("03", "鲁岳算力", "LOCATED_IN", "泰安市", "引导泰安鲁岳算力", tier="extended", note=PREFIX)
R("03", "海峰智算", "LOCATED_IN", "青岛市", "鼓励青岛海峰智算", tier="extended", note=PREFIX)

# ---- 04 WeChat explainer on domestic AI chips
R("04", "中国", "MENTIONS_METRIC", "AI加速卡出货量", "根据IDC发布的数据", value=270, unit="万张",
  qualifier="≈", year=2024, source="IDC")
SH04 = dict(year=2024, qualifier="≈", scope="中国AI加速卡市场（出货量）", source="IDC", **PCT)
R("04", "NVIDIA", "HAS_MARKET_SHARE", "AcceleratorCard", "根据IDC发布的数据", value=70, **SH04)
R("04", "华为", "HAS_MARKET_SHARE", "AcceleratorCard", "根据IDC发布的数据", value=23, alt_subject="昇腾",
  note="华为昇腾", **SH04)
for c in ["NVIDIA", "华为"]:
    R("04", c, "SUPPLIES", "AcceleratorCard", "根据IDC发布的数据", tier="extended",
      note="inferred from the market share")
for c in ["寒武纪", "海光信息", "昆仑芯"]:
    R("04", c, "SUPPLIES", "AcceleratorCard", "根据IDC发布的数据", tier="extended",
      note="only a combined share (合计约7%) is given")
R("04", "华为", "SUPPLIES", "AIChip", "华为昇腾是国产阵营的绝对主力", alt=["其昇腾910B已大量部署"])
for c in ["华为", "华鲲振宇", "宝德计算"]:
    R("04", c, "SUPPLIES", "AIServer", "其昇腾910B已大量部署", note="Atlas 800训练服务器")
R("04", "AIServer", "DEPENDS_ON", "AIChip", "其昇腾910B已大量部署", tier="extended",
  note="搭载昇腾的Atlas 800训练服务器")
R("04", "寒武纪", "SUPPLIES", "AIChip", "该公司的思元590", note="subject 该公司 = 寒武纪")
R("04", "海光信息", "SUPPLIES", "GPU", "深算系列DCU", alt_object="AIChip", note="DCU mapped to GPU as in seed")
R("04", "沐曦", "SUPPLIES", "GPU", "GPU创业公司里", alt_object="AcceleratorCard", alt=["沐曦的曦云C500"])
R("04", "壁仞科技", "SUPPLIES", "GPU", "GPU创业公司里", alt_object="AcceleratorCard",
  note="TSMC can no longer fabricate BR100: no TSMC SUPPLIES Foundry")
R("04", "摩尔线程", "SUPPLIES", "GPU", "GPU创业公司里", alt_object="AcceleratorCard",
  alt=["摩尔线程总部位于北京"])
R("04", "摩尔线程", "LOCATED_IN", "北京市", "摩尔线程总部位于北京", note="headquarters")
R("04", "溯衡微电子", "SUPPLIES", "AIChip", "杭州溯衡微电子有限公司专注推理芯片", alt_object="AcceleratorCard",
  note="推理芯片 / 推理卡 delivered")
R("04", "溯衡微电子", "LOCATED_IN", "杭州市", "杭州溯衡微电子有限公司专注推理芯片", tier="extended", note=PREFIX)
R("04", "砚芯半导体", "LOCATED_IN", "深圳市", "深圳市砚芯半导体有限公司则计划", tier="extended",
  note=PREFIX + "; its training chip is only planned")
R("04", "AIChip", "DEPENDS_ON", "Foundry", "国产AI芯片高度依赖")
R("04", "AIChip", "DEPENDS_ON", "HBM", "国产AI芯片高度依赖")

# ---- 05 US export rules (English wire)
LIC = "exports to China require a license"
R("05", POL25, "RESTRICTS", "H20", "Nvidia said on Tuesday", date="2025-04-09", year=2025, qualifier=LIC)
R("05", POL25, "RESTRICTS", "MI308", "Advanced Micro Devices said separately", date="2025-04-09", year=2025,
  qualifier=LIC, note="covered by the same requirement")
for o in ["A800", "H800", "L40S"]:
    R("05", POL23, "RESTRICTS", o, "A rule issued by", date="2023-10-17", year=2023, qualifier="sales to China blocked")
R("05", POL23, "ISSUED_BY", "美国商务部工业与安全局", "A rule issued by", tier="extended")
R("05", POLHBM, "RESTRICTS", "HBM", "In December 2024 BIS", date="2024-12", year=2024,
  qualifier="exports of HBM to China restricted")
R("05", POLHBM, "ISSUED_BY", "美国商务部工业与安全局", "In December 2024 BIS", tier="extended")
R("05", "美国实体清单", "RESTRICTS", "中芯国际", "Huawei's Ascend chips are made by", date="2020-12", year=2020,
  qualifier="列入实体清单")
R("05", "NVIDIA", "SUPPLIES", "AIChip", "Nvidia said on Tuesday", alt_object="GPU",
  alt=["A rule issued by"])
R("05", "NVIDIA", "LOCATED_IN", "Santa Clara", "The Santa Clara, California-based company",
  note="headquarters")
R("05", "Santa Clara", "LOCATED_IN", "California", "The Santa Clara, California-based company", tier="extended")
R("05", "AMD", "SUPPLIES", "AIChip", "Advanced Micro Devices said separately", alt_object="AcceleratorCard",
  note="MI308 accelerator")
R("05", "Samsung", "SUPPLIES", "HBM", "Analysts said that rule hit Samsung")
R("05", "SK hynix", "SUPPLIES", "HBM", "Analysts said that rule hit Samsung")
R("05", "长鑫存储", "SUPPLIES", "DRAM", "ChangXin Memory Technologies",
  note="its HBM is still under development: no SUPPLIES HBM")
R("05", "坤海智算", "SUPPLIES", "Server", "A Shenzhen-based server maker", alt=["The company, which assembles servers"])
R("05", "坤海智算", "SUPPLIES", "AIServer", "A Shenzhen-based server maker", tier="extended",
  note="H20-based servers; it has stopped taking orders for them")
R("05", "坤海智算", "LOCATED_IN", "深圳市", "A Shenzhen-based server maker", note="headquarters")
R("05", "坤海智算", "LOCATED_IN", "东莞市", "The company, which assembles servers", note="assembly plant")
R("05", "华为", "SUPPLIES", "AIChip", "Huawei's Ascend chips are made by", alt=["A Shenzhen-based server maker"])
R("05", "中芯国际", "SUPPLIES", "Foundry", "Huawei's Ascend chips are made by")
R("05", "AIChip", "DEPENDS_ON", "Foundry", "Huawei's Ascend chips are made by", tier="extended")

# ---- 06 CoWoS (Traditional Chinese trade press)
R("06", "TSMC", "SUPPLIES", "AdvancedPackaging", "台積電目前在竹南", scope="CoWoS", alt=["供應鏈指出"])
R("06", "TSMC", "MENTIONS_METRIC", "CoWoS月产能", "供應鏈指出", value=3.5, unit="萬片", qualifier="≈",
  year=2024, tier="extended", note="company subject; 2024年底")
R("06", "TSMC", "MENTIONS_METRIC", "CoWoS月产能", "供應鏈指出", value=7, unit="萬片", qualifier="≈",
  year=2025, tier="extended", note="company subject; 2025年底")
R("06", "TSMC", "MENTIONS_METRIC", "CoWoS月产能", "供應鏈指出", value=9, unit="萬片", year=2026,
  modality="forecast", tier="extended", note="company subject; 2026年底可望上看")
R("06", "AIChip", "DEPENDS_ON", "AdvancedPackaging", "高階AI晶片幾乎都必須透過CoWoS")
R("06", "AIChip", "DEPENDS_ON", "HBM", "高階AI晶片幾乎都必須透過CoWoS", tier="extended")
R("06", "台积电竹南先进封测六厂", "LOCATED_IN", "竹南镇", "台積電目前在竹南")
R("06", "台积电台中先进封测五厂", "LOCATED_IN", "台中市", "台積電目前在竹南")
R("06", "台积电嘉义先进封测七厂", "LOCATED_IN", "嘉义", "台積電目前在竹南", tier="extended",
  note="equipment installation only planned from 2026")
R("06", "TSMC", "HAS_MARKET_SHARE", "AdvancedPackaging", "法人估算", value=90, qualifier=">",
  scope="2.5D先進封裝市場", note="超過九成", **PCT)
R("06", "Broadcom", "SUPPLIES", "ASIC", "博通（Broadcom）與邁威爾")
R("06", "Marvell", "SUPPLIES", "ASIC", "博通（Broadcom）與邁威爾")
R("06", "AMD", "SUPPLIES", "AIChip", "MI300系列AI加速器", alt_object="AcceleratorCard")
R("06", "AdvancedPackaging", "DEPENDS_ON", "Interposer", "CoWoS製程需要矽中介層", alt_subject="CoWoS")
R("06", "AdvancedPackaging", "DEPENDS_ON", "HBM", "CoWoS製程需要矽中介層", alt_subject="CoWoS")
R("06", "TSMC", "SUPPLIES", "Interposer", "CoWoS製程需要矽中介層", tier="extended", note="in-house (自製)")
for c in ["SK hynix", "Micron", "Samsung"]:
    R("06", c, "SUPPLIES", "HBM", "CoWoS製程需要矽中介層")
R("06", "Grand Process Technology", "SUPPLIES", "WetProcessEquipment", "設備方面")
R("06", "Scientech", "SUPPLIES", "WetProcessEquipment", "設備方面")
R("06", "All Ring Tech", "SUPPLIES", "DispensingEquipment", "設備方面")
R("06", "All Ring Tech", "SUPPLIES", "InspectionEquipment", "設備方面")
R("06", "Gallant Micro", "SUPPLIES", "DieBonder", "設備方面")
R("06", "Grand Process Technology", "LOCATED_IN", "湖口乡", "弘塑總部位於新竹縣湖口鄉", note="headquarters")
R("06", "湖口乡", "LOCATED_IN", "新竹县", "弘塑總部位於新竹縣湖口鄉", tier="extended")
R("06", "SPIL", "SUPPLIES", "AdvancedPackaging", "日月光投控旗下矽品", scope="CoWoS oS (on Substrate)")
R("06", "芯澜封测", "LOCATED_IN", "江苏省", "江蘇芯瀾封測科技有限公司", tier="extended",
  note=PREFIX + "; its line is rumoured and unconfirmed")
R("06", "长电科技", "SUPPLIES", "AdvancedPackaging", "大陸的長電科技與通富微電", scope="XDFOI 2.5D")
R("06", "通富微电", "SUPPLIES", "AdvancedPackaging", "大陸的長電科技與通富微電", scope="2.5D")
R("06", "通富微电", "SUPPLIES", "PackagingTesting", "大陸的長電科技與通富微電", note="for AMD (customer)")

# ---- 07 IPO prospectus (enterprise SSD)
R("07", "澄储科技", "SUPPLIES", "SSD", "发行人是一家企业级固态硬盘", note="发行人 = 澄储科技")
R("07", "澄储科技", "LOCATED_IN", "合肥高新区", "发行人总部位于合肥市高新区", note="headquarters")
R("07", "合肥高新区", "LOCATED_IN", "合肥市", "发行人总部位于合肥市高新区", tier="extended")
R("07", "澄储科技", "LOCATED_IN", "张江科学城", "发行人总部位于合肥市高新区", note="R&D centre")
R("07", "张江科学城", "LOCATED_IN", "浦东新区", "发行人总部位于合肥市高新区", tier="extended")
R("07", "浦东新区", "LOCATED_IN", "上海市", "发行人总部位于合肥市高新区", tier="extended")
for o in ["NAND", "SSDController", "DRAM"]:
    R("07", "SSD", "DEPENDS_ON", o, "企业级SSD的核心原材料为")
R("07", "长江存储", "SUPPLIES", "NAND", "主要采购自长江存储", alt=["1\t长江存储科技有限责任公司"])
R("07", "Kioxia", "SUPPLIES", "NAND", "主要采购自长江存储", alt=["2\t铠侠"])
R("07", "Marvell", "SUPPLIES", "SSDController", "主要采购自长江存储", alt=["3\t美满电子"])
R("07", "联芸科技", "SUPPLIES", "SSDController", "主要采购自长江存储")
R("07", "长鑫存储", "SUPPLIES", "DRAM", "主要采购自长江存储", alt=["5\t长鑫存储技术有限公司"])
R("07", "芯沅电子", "SUPPLIES", "PCBA", "4\t深圳市芯沅电子有限公司", scope="前五名供应商表")
R("07", "芯沅电子", "LOCATED_IN", "深圳市", "4\t深圳市芯沅电子有限公司", tier="extended", note=PREFIX)
R("07", "澄储科技", "HAS_MARKET_SHARE", "SSD", "根据TrendForce数据", value=4.1, qualifier="≈", year=2024,
  scope="中国企业级SSD市场", source="TrendForce", **PCT)
for c in ["华为", "忆恒创源"]:
    R("07", c, "SUPPLIES", "SSD", "根据TrendForce数据", tier="extended",
      note="inferred from the market ranking (前两位)")
R("07", "蓝湾云", "LOCATED_IN", "廊坊市", "其位于河北省廊坊市的数据中心", note="its data centre; a customer")
R("07", "廊坊市", "LOCATED_IN", "河北省", "其位于河北省廊坊市的数据中心", tier="extended")
R("07", "蓝湾云", "SUPPLIES", "DataCenter", "其位于河北省廊坊市的数据中心", tier="extended",
  note="owns a data centre; appears as a customer")
R("07", "蓝湾云", "LOCATED_IN", "北京市", "其位于河北省廊坊市的数据中心", tier="extended", note=PREFIX)
R("07", "甬承数据", "LOCATED_IN", "宁波市", "发行人前五大客户为", tier="extended", note=PREFIX)

# ---- 08 storage-chip white paper
R("08", "MemoryChip", "PART_OF_SEGMENT", "Upstream", "存储芯片是算力基础设施的关键上游环节", scope="算力产业链",
  alt_subject="Storage")
R("08", "MemoryModule", "DEPENDS_ON", "DRAM", "服务器内存模组和企业级SSD")
R("08", "SSD", "DEPENDS_ON", "NAND", "服务器内存模组和企业级SSD")
R("08", "DRAM", "SUBTYPE_OF", "MemoryChip", "服务器内存模组和企业级SSD", tier="extended")
R("08", "NAND", "SUBTYPE_OF", "MemoryChip", "服务器内存模组和企业级SSD", tier="extended")
R("08", "AIServer", "DEPENDS_ON", "DRAM", "AI服务器的DRAM用量")
R("08", "AIServer", "DEPENDS_ON", "HBM", "AI服务器的DRAM用量")
SHD = dict(year=2024, qualifier="≈", scope="全球DRAM市场", **PCT)
for c, v in [("Samsung", 41), ("SK hynix", 34), ("Micron", 20)]:
    R("08", c, "HAS_MARKET_SHARE", "DRAM", "三星、SK海力士和美光三家合计", value=v, **SHD)
    R("08", c, "SUPPLIES", "DRAM", "三星、SK海力士和美光三家合计", tier="extended",
      note="inferred from the market share")
SHN = dict(year=2024, scope="全球NAND Flash市场", **PCT)
for c, v in [("Samsung", 35), ("SK hynix", 20), ("Kioxia", 16), ("Micron", 12), ("Western Digital", 11)]:
    kw = dict(note="含Solidigm") if c == "SK hynix" else {}
    R("08", c, "HAS_MARKET_SHARE", "NAND", "NAND Flash市场集中度略低", value=v, qualifier="≈", **SHN, **kw)
    R("08", c, "SUPPLIES", "NAND", "NAND Flash市场集中度略低", tier="extended",
      note="inferred from the market share")
R("08", "长江存储", "HAS_MARKET_SHARE", "NAND", "NAND Flash市场集中度略低", value=5, alt_value=7,
  note="range 5%—7%", **SHN)
R("08", "长江存储", "SUPPLIES", "NAND", "是国内NAND Flash的龙头企业")
R("08", "长江存储", "LOCATED_IN", "东湖新技术开发区", "是国内NAND Flash的龙头企业", note="headquarters")
R("08", "东湖新技术开发区", "LOCATED_IN", "武汉市", "是国内NAND Flash的龙头企业", tier="extended")
R("08", "武汉市", "LOCATED_IN", "湖北省", "是国内NAND Flash的龙头企业", tier="extended")
R("08", "美国实体清单", "RESTRICTS", "长江存储", "2022年12月，长江存储被", date="2022-12", year=2022,
  qualifier="列入实体清单")
R("08", "美国实体清单", "ISSUED_BY", "美国商务部", "2022年12月，长江存储被", tier="extended")
R("08", "长鑫存储", "SUPPLIES", "DRAM", "是国内最大的DRAM厂商")
R("08", "长鑫存储", "LOCATED_IN", "合肥市", "是国内最大的DRAM厂商", note="headquarters")
R("08", "合肥市", "LOCATED_IN", "安徽省", "是国内最大的DRAM厂商", tier="extended")
LR08 = dict(year=2024, **PCT)
R("08", "DRAM", "LOCALIZATION_RATE", "中国", "我国DRAM国产化率约为15%", value=15, qualifier="≈", **LR08)
R("08", "NAND", "LOCALIZATION_RATE", "中国", "我国DRAM国产化率约为15%", value=10, qualifier="≈", **LR08)
R("08", "DRAM", "LOCALIZATION_RATE", "中国", "我国DRAM国产化率约为15%", value=5, qualifier="<",
  scope="服务器用高端DRAM", **LR08)
R("08", "忆岭半导体", "SUPPLIES", "NAND", "珠海忆岭半导体有限公司专注", scope="SLC NAND")
R("08", "忆岭半导体", "SUPPLIES", "NORFlash", "珠海忆岭半导体有限公司专注")
R("08", "忆岭半导体", "LOCATED_IN", "珠海市", "珠海忆岭半导体有限公司专注", tier="extended", note=PREFIX)
R("08", "芯湃存储", "LOCATED_IN", "成都市", "成都芯湃存储科技有限公司计划", tier="extended",
  note=PREFIX + "; its DRAM module is only planned")

# ---- 09 news flashes
R("09", "晟铂智能", "SUPPLIES", "AIServer", "6月9日，无锡晟铂", alt=["该公司主营AI服务器整机柜集成"])
R("09", "晟铂智能", "SUPPLIES", "Server", "该公司主营AI服务器整机柜集成", tier="extended",
  note="此前主要为运营商提供通用服务器 (past business)")
R("09", "晟铂智能", "LOCATED_IN", "无锡市", "6月9日，无锡晟铂", tier="extended", note=PREFIX)
R("09", "华虹无锡Fab 9", "LOCATED_IN", "无锡高新区", "位于无锡高新区的Fab 9")
R("09", "无锡高新区", "LOCATED_IN", "无锡市", "位于无锡高新区的Fab 9", tier="extended")
R("09", "华虹半导体", "SUPPLIES", "Foundry", "该厂由华虹半导体运营", alt=["位于无锡高新区的Fab 9"])
R("09", "华虹半导体", "LOCATED_IN", "无锡高新区", "位于无锡高新区的Fab 9", tier="extended",
  note="its named fab (Fab 9) is there")
R("09", "锐沣算力", "LOCATED_IN", "岳麓区", "锐沣算力负责该中心的日常运维", note="headquarters")
R("09", "岳麓区", "LOCATED_IN", "长沙市", "锐沣算力负责该中心的日常运维", tier="extended")
R("09", "锐沣算力", "SUPPLIES", "DataCenter", "锐沣算力负责该中心的日常运维", tier="extended",
  note="operation and maintenance (运维) of the 智算中心")
R("09", "岳麓山智算中心", "MENTIONS_METRIC", "新增智能算力", "长沙锐沣算力科技有限公司与湖南联通共建",
  value=1000, unit="PFLOPS", year=2025, tier="extended", note="facility subject; phase 2 added capacity")
R("09", "钰晶新材", "SUPPLIES", "SputteringTarget", "公司高纯铝靶材目前主要供应国内晶圆厂",
  note="it does not supply Micron (negated)")
R("09", "钰晶新材", "LOCATED_IN", "江西省", "江西钰晶新材料股份有限公司发布澄清公告", tier="extended", note=PREFIX)
R("09", "腾讯贵安七星数据中心", "LOCATED_IN", "贵安新区", "腾讯位于贵州省贵安新区")
R("09", "贵安新区", "LOCATED_IN", "贵州省", "腾讯位于贵州省贵安新区", tier="extended")
R("09", "腾讯", "SUPPLIES", "DataCenter", "腾讯位于贵州省贵安新区", tier="extended", note="owner of the data centre")

# ---- 10 cloud capex (English analyst note)
R("10", "阿里巴巴", "MENTIONS_METRIC", "云和AI基础设施投入", "Alibaba plans to spend", value=380, unit="RMB bn",
  qualifier=">=", modality="plan", tier="extended", note="at least RMB380bn over the next three years")
R("10", "腾讯", "MENTIONS_METRIC", "资本开支", "Tencent's 2024 capex", value=76.8, unit="RMB bn", qualifier="≈",
  year=2024, tier="extended")
BIG4 = "AI accelerators bought in 2024 by the big four Chinese cloud providers"
R("10", "NVIDIA", "HAS_MARKET_SHARE", "AIChip", "We estimate that Nvidia's H20", value=60, qualifier="≈",
  year=2024, scope=BIG4, alt_object="AcceleratorCard", note="H20", **PCT)
R("10", "华为", "HAS_MARKET_SHARE", "AIChip", "We estimate that Nvidia's H20", value=25, qualifier="≈",
  year=2024, scope=BIG4, alt_object="AcceleratorCard", note="Ascend 910B", **PCT)
R("10", "NVIDIA", "SUPPLIES", "AIChip", "We estimate that Nvidia's H20", alt_object="AcceleratorCard")
R("10", "华为", "SUPPLIES", "AIChip", "We estimate that Nvidia's H20", alt_object="AcceleratorCard")
R("10", "昆仑芯", "SUPPLIES", "AIChip", "Baidu stands out")
R("10", "百度", "SUPPLIES", "AIChip", "Baidu stands out", tier="extended",
  note="its own Kunlun chips, designed by its subsidiary")
R("10", "平头哥", "SUPPLIES", "AIChip", "Alibaba's chip unit T-Head")
for c in ["阿里巴巴", "腾讯", "字节跳动", "百度"]:
    R("10", c, "SUPPLIES", "CloudService", "We estimate that Nvidia's H20", tier="extended",
      note="appositive: the big four cloud providers")
R("10", "浪潮信息", "SUPPLIES", "AIServer", "Inspur Electronic Information supplied")
R("10", "浪潮信息", "HAS_MARKET_SHARE", "AIServer", "Inspur Electronic Information supplied", value=40,
  qualifier="≈", scope="AI servers bought by the four cloud providers", **PCT)
R("10", "新华三", "SUPPLIES", "AIServer", "Inspur Electronic Information supplied")
R("10", "工业富联", "SUPPLIES", "AIServer", "Inspur Electronic Information supplied")
R("10", "云舟计算", "SUPPLIES", "Server", "Smaller ODMs such as Suzhou-based", scope="whitebox servers")
R("10", "云舟计算", "LOCATED_IN", "苏州市", "Smaller ODMs such as Suzhou-based", note="headquarters (Suzhou-based)")
R("10", "超聚变", "SUPPLIES", "Server", "xFusion, spun off from Huawei", scope="general-purpose servers",
  note="does not supply Nvidia-based AI servers to the four (negated)")
R("10", "万国数据", "SUPPLIES", "DataCenter", "GDS Holdings, headquartered in Shanghai",
  note="third-party data-centre operator (preceding sentence)")
R("10", "世纪互联", "SUPPLIES", "DataCenter", "GDS Holdings, headquartered in Shanghai")
R("10", "万国数据", "LOCATED_IN", "上海市", "GDS Holdings, headquartered in Shanghai", note="headquarters")
R("10", "秦淮数据", "SUPPLIES", "DataCenter", "Chindata, which runs hyperscale campuses")
R("10", "秦淮数据", "LOCATED_IN", "乌兰察布市", "Chindata, which runs hyperscale campuses", note="campuses")
R("10", "乌兰察布市", "LOCATED_IN", "内蒙古自治区", "Chindata, which runs hyperscale campuses", tier="extended")
R("10", "CloudService", "DEPENDS_ON", "DataCenter", "The cloud providers lease much of their capacity",
  tier="extended")
R("10", "寒武纪", "SUPPLIES", "AIChip", "If Washington restricts the H20", tier="extended",
  note="named only inside a hypothetical")

# ---- 11 东数西算 node city (local news)
R("11", "和林格尔新区", "LOCATED_IN", "呼和浩特市", "位于呼和浩特市南部的和林格尔新区", tier="extended")
MM11 = dict(year=2024, source="呼和浩特市数据局")
F11 = "记者从呼和浩特市数据局了解到"
R("11", "呼和浩特市", "MENTIONS_METRIC", "服务器装机能力", F11, value=150, unit="万台", **MM11)
R("11", "呼和浩特市", "MENTIONS_METRIC", "算力规模", F11, value=3.5, unit="万P", qualifier=">", **MM11)
R("11", "呼和浩特市", "MENTIONS_METRIC", "智能算力占比", F11, value=90, qualifier=">", **MM11, **PCT)
F11b = "和林格尔数据中心集群内新建数据中心平均PUE"
YN = "year 2024 from the preceding sentence (截至2024年底)"
R("11", "和林格尔数据中心集群", "MENTIONS_METRIC", "新建数据中心平均PUE", F11b, value=1.15, year=2024,
  alt_subject="呼和浩特市", note=YN)
R("11", "和林格尔数据中心集群", "MENTIONS_METRIC", "数据中心上架率", F11b, value=70, qualifier="≈", year=2024,
  alt_subject="呼和浩特市", note=YN, **PCT)
R("11", "中国移动（呼和浩特）数据中心", "LOCATED_IN", "和林格尔数据中心集群", "是集群内规模最大的项目",
  alt_object="呼和浩特市", note="集群内")
R("11", "中国电信京津冀大数据智能算力中心内蒙古分中心", "LOCATED_IN", "和林格尔数据中心集群",
  "也已相继投运", tier="extended", note="implied by context (项目一个接一个)")
R("11", "中国联通和林格尔数据中心", "LOCATED_IN", "和林格尔新区", "也已相继投运", tier="extended",
  note="from the facility name")
R("11", "云朔数据", "SUPPLIES", "ComputeLeasing", "民营企业方面")
R("11", "云朔数据", "SUPPLIES", "DataCenter", "民营企业方面", tier="extended", note="operates (运营) the 智算中心")
R("11", "云朔数据", "LOCATED_IN", "内蒙古自治区", "民营企业方面", tier="extended", note=PREFIX + " (本地企业)")
R("11", "敕勒川智算中心", "LOCATED_IN", "和林格尔数据中心集群", "民营企业方面", tier="extended",
  note="implied by context")
R("11", "浪潮信息", "SUPPLIES", "Server", "民营企业方面")
R("11", "超聚变", "SUPPLIES", "Server", "民营企业方面")
F11c = "和林格尔年平均气温约6"
R("11", "和林格尔新区", "MENTIONS_METRIC", "数据中心绿电占比", F11c, value=60, qualifier=">",
  alt_subject="和林格尔数据中心集群", **PCT)
R("11", "和林格尔新区", "MENTIONS_METRIC", "年平均气温", F11c, value=6, unit="℃", qualifier="≈", tier="extended")
R("11", "和林格尔新区", "MENTIONS_METRIC", "自然冷却时间", F11c, value=10, unit="个月", qualifier=">",
  tier="extended")
F11d = "按照自治区规划"
TG11 = dict(modality="target", alt_subject="内蒙古自治区", note="unnamed regional plan (自治区规划)")
R("11", "和林格尔数据中心集群", "TARGETS", "算力规模", F11d, value=5, unit="万P", qualifier=">", year=2025, **TG11)
R("11", "和林格尔数据中心集群", "TARGETS", "数据中心绿电占比", F11d, value=80, year=2025, **TG11, **PCT)

# ---- 12 equipment CEO interview
R("12", "岚锋半导体", "SUPPLIES", "EtchEquipment", "编者按")
R("12", "岚锋半导体", "SUPPLIES", "StripEquipment", "编者按")
R("12", "岚锋半导体", "LOCATED_IN", "苏州市", "编者按", tier="extended", note=PREFIX)
for o in ["RFPowerSupply", "VacuumPump", "ElectrostaticChuck", "MassFlowController"]:
    R("12", "EtchEquipment", "DEPENDS_ON", o, "一台刻蚀机有上千个零部件")
F12 = "射频电源主要来自美国的MKS"
for c, o in [("MKS Instruments", "RFPowerSupply"), ("Advanced Energy", "RFPowerSupply"),
             ("Edwards", "VacuumPump"), ("Ebara", "VacuumPump"),
             ("Shinko Electric", "ElectrostaticChuck"), ("Kyocera", "ElectrostaticChuck"),
             ("HORIBA", "MassFlowController"), ("MKS Instruments", "MassFlowController")]:
    R("12", c, "SUPPLIES", o, F12)
for c, g in [("MKS Instruments", "美国"), ("Advanced Energy", "美国"), ("Atlas Copco", "瑞典"),
             ("Ebara", "日本"), ("Shinko Electric", "日本"), ("Kyocera", "日本")]:
    R("12", c, "LOCATED_IN", g, F12, tier="extended", note="country of the company")
R("12", "汉钟精机", "SUPPLIES", "VacuumPump", "真空泵进步最快", scope="干泵")
R("12", "中科仪", "SUPPLIES", "VacuumPump", "真空泵进步最快", scope="干泵")
R("12", "VacuumPump", "LOCALIZATION_RATE", "中国", "真空泵进步最快", value=30, qualifier="≈", tier="extended",
  scope="岚锋半导体新机台", note="company-level rate, not national", **PCT)
R("12", "ElectrostaticChuck", "LOCALIZATION_RATE", "中国", "静电卡盘最难", value=0, tier="extended",
  scope="岚锋半导体", note="百分之百进口; company-level", **PCT)
for c in ["英杰电气", "恒运昌"]:
    R("12", c, "SUPPLIES", "RFPowerSupply", "射频电源方面", tier="extended",
      note="validated (已通过验证) but not yet in volume use")
R("12", "瓷恒精密陶瓷", "SUPPLIES", "CeramicParts", "无锡瓷恒精密陶瓷有限公司", note="小批量供货")
R("12", "瓷恒精密陶瓷", "LOCATED_IN", "无锡市", "无锡瓷恒精密陶瓷有限公司", note="无锡的一家陶瓷企业")
R("12", "EtchEquipment", "DEPENDS_ON", "CeramicParts", "无锡瓷恒精密陶瓷有限公司", tier="extended")


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
