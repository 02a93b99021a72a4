"""Build tests/data/heldout8/gold.jsonl (blind held-out set 8).

Run: python3 tests/data/heldout8/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table-row line) of the document that contains it. The script
stops if a fragment matches zero or several sentences.
Format: ../shared/eval/README.md. Layout follows tests/data/heldout7.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h8_*") if p.suffix in (".txt", ".md"))
DOCS = {p.name: p.read_text(encoding="utf-8") for p in FILES}
KEY = {p.name[3:5]: p.name for p in FILES}          # "01" -> file name
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
C("NVIDIA", ["英伟达", "輝達"], "US")
C("AMD", ["AMD"], "US")
C("Intel", ["英特尔"], "US")
C("Broadcom", ["博通（Broadcom）"], "US")
C("Coherent", ["Coherent"], "US")
C("Lumentum", ["Lumentum"], "US")
C("Mitsubishi Electric", ["三菱电机（Mitsubishi Electric）", "三菱电机"], "JP")
C("Supermicro", ["美超微（Supermicro）", "美超微"], "US", note="customer (03)")
C("Google", ["Google"], "US", note="rumoured customer (03)")
C("Hon Hai", ["鴻海"], "TW", note="鸿海精密 / Foxconn; customer (03)")
C("Quanta", ["廣達"], "TW", note="广达电脑; customer (03)")
C("Asia Vital Components", ["奇鋐"], "TW", note="奇鋐科技 AVC")
C("Auras Technology", ["雙鴻"], "TW", note="双鸿科技")
C("Samsung", ["三星电子", "三星", "Samsung"], "KR")
C("SEMES", ["细美事（SEMES）"], "KR", parent="Samsung")
C("SK hynix", ["SK海力士"], "KR")
C("Solidigm", ["Solidigm"], "US", parent="SK hynix")
C("Micron", ["美光"], "US")
C("TSMC", ["台积电", "TSMC"], "TW")
C("Lam Research", ["泛林（Lam Research）", "泛林"], "US")
C("Applied Materials", ["应用材料（Applied Materials）"], "US")
C("DISCO", ["迪思科（DISCO）"], "JP")
C("Hanmi Semiconductor", ["韩美半导体（Hanmi）"], "KR")
C("Shinkawa", ["新川（Shinkawa）"], "JP")
C("Namics", ["纳美仕（Namics）"], "JP")
C("Resonac", ["力森诺科（Resonac）"], "JP")
C("UP Chemical", ["UP Chemical"], "KR", parent="雅克科技")
C("ASML", ["ASML"], "NL")
C("Canon", ["佳能"], "JP")
C("Nikon", ["尼康"], "JP")
C("Tokyo Electron", ["东京电子"], "JP")
C("SCREEN Holdings", ["SCREEN控股"], "JP")
C("Advantest", ["爱德万测试（Advantest）"], "JP")
C("ARM", ["ARM"], "GB", nomatch=("ARM",), note="architecture licensor (09); bare ARM also names the ISA")
C("VIA Technologies", ["威盛"], "TW", note="威盛电子; x86 licence source of 兆芯")

# ---- mainland Chinese companies (real)
C("中际旭创", ["中际旭创"])
C("新易盛", ["新易盛"])
C("源杰科技", ["源杰科技"])
C("天孚通信", ["天孚通信"])
C("光迅科技", ["光迅科技"])
C("中芯国际", ["SMIC", "中芯国际"])
C("长电科技", ["JCET"])
C("浪潮信息", ["Inspur", "浪潮信息"])
C("中国移动", ["China Mobile", "中国移动通信集团有限公司", "中国移动"])
C("中国电信", ["China Telecom", "中国电信"])
C("天翼云", ["天翼云科技有限公司"], parent="中国电信", note="procurement pending (11); not annotated")
C("上海集成电路产业投资基金", ["Shanghai Integrated Circuit Industry Investment Fund"], note="pre-IPO investor (02)")
C("英维克", ["深圳市英维克科技股份有限公司", "英維克", "英维克"], note="Envicool")
C("新华三", ["新华三技术有限公司", "H3C", "新华三"])
C("华为", ["华为"])
C("中微公司", ["中微公司"])
C("盛美上海", ["盛美上海"])
C("华海诚科", ["华海诚科"])
C("雅克科技", ["雅克科技"])
C("长鑫存储", ["长鑫存储"])
C("长江存储", ["长江存储"])
C("北方华创", ["北方华创"])
C("拓荆科技", ["拓荆科技"])
C("盐城市国有资本投资运营集团", ["盐城市国有资本投资运营集团"], note="state-owned co-investor (06)")
C("国家集成电路产业投资基金二期", ["国家集成电路产业投资基金二期"], note="大基金二期; co-investor (06)")
C("华虹集团", ["华虹集团"], note="customer (07)")
C("万国数据", ["GDS Holdings"])
C("世纪互联", ["VNET"])
C("字节跳动", ["ByteDance"], note="tenant, not a supplier (08)")
C("海光信息", ["海光信息", "海光"])
C("飞腾", ["飞腾"])
C("龙芯中科", ["龙芯中科", "龙芯"])
C("上海兆芯", ["上海兆芯", "兆芯"])
C("申威", ["申威"], note="excluded from the table (09)")
C("中科曙光", ["中科曙光"])
C("华鲲振宇", ["华鲲振宇"])
C("宝德", ["宝德"])
C("神州数码", ["神州数码"])
C("中国长城", ["中国长城"])
C("同方股份", ["同方股份"])
C("联想", ["联想"])
C("秦淮数据", ["秦淮数据"])
C("英特尔大连", ["英特尔半导体（大连）有限公司"], parent="Intel",
  note="Intel Semiconductor (Dalian); its fab was sold to SK hynix with Intel's NAND business")

# ---- invented companies
C("澜曜光电", ["苏州澜曜光电科技有限公司", "澜曜光电"], note="invented; silicon-photonics chip still in customer validation, no revenue")
C("锐湃通信", ["深圳市锐湃通信技术有限公司", "锐湃通信"], note="invented")
C("星瀚计算", ["Shanghai Xinghan Compute Technology Co Ltd", "Xinghan Compute"],
  note="invented; GPU designer (English press release only)")
C("Hongtu Capital", ["Hongtu Capital"], note="invented; pre-IPO investor (02), no relation")
C("Lingang Science Innovation Fund", ["Lingang Science Innovation Fund"],
  note="invented; pre-IPO investor (02), no relation")
C("鈦冠熱傳", ["鈦冠熱傳股份有限公司", "鈦冠熱傳"], "TW", note="invented; Taiwanese thermal company")
C("擎峰智算", ["北京擎峰智算科技有限公司", "擎峰"], note="invented; winning bidder lot 1")
C("存曜数据", ["杭州存曜数据技术有限公司", "存曜"], note="invented; winning bidder lot 2")
C("陇源数智", ["甘肃陇源数智工程有限公司", "陇源数智"], note="invented; consortium member lot 4 (installation)")
C("甘肃云擎", ["甘肃云擎信息技术有限公司"], note="invented; runner-up bidder, did not win")
C("陇正招标", ["甘肃陇正招标咨询有限公司"], note="invented; procurement agent")
C("硅衡装备", ["无锡硅衡微装备有限公司"], note="invented; only sampled (送样)")
C("晶叠材料", ["合肥晶叠半导体材料有限公司"], note="invented; plan only (拟投资)")
C("晶瀚半导体", ["上海晶瀚半导体股份有限公司", "晶瀚半导体"], note="invented")
C("芯港集成", ["盐城芯港集成电路有限公司", "芯港集成"], parent="晶瀚半导体",
  note="invented; project company to be set up, fab planned for 2026")
C("锐封半导体", ["江苏锐封半导体科技有限公司", "锐封半导体"], note="invented")
C("澄泓设备", ["上海澄泓半导体设备有限公司", "澄泓设备"], note="invented")
C("贺兰数据", ["Helan Data"], note="invented; Zhongwei-based data-centre start-up (English text only)")
C("黔数云谷", ["贵州黔数云谷科技有限公司"], note="invented")
C("曜石计算", ["深圳市曜石计算技术股份有限公司", "曜石计算"], note="invented; the announcing company (公司)")
C("曜石智造", ["东莞曜石智造有限公司"], parent="曜石计算", note="invented; wholly-owned manufacturing subsidiary")

# ---- organisations
O("LightCounting", ["LightCounting"], "US", note="research firm (source)")
O("IDC", ["IDC"], "US", note="research firm (International Data Corporation)")
O("TrendForce", ["TrendForce"], "TW", note="research firm (source)")
O("庆阳市数据局", ["庆阳市数据局"], "CN", note="purchaser (采购人)")
O("日本经济产业省", ["日本经济产业省", "经济产业省"], "JP", note="METI")
O("荷兰政府", ["荷兰政府"], "NL")
O("工信部", ["Ministry of Industry and Information Technology", "MIIT"], "CN")
O("美国商务部工业与安全局", ["美国商务部工业与安全局", "BIS"], "US")
O("全国算力枢纽产业联盟", ["全国算力枢纽产业联盟"], "CN", note="invented industry association (10)")

# ---- policies
POL_JP = "日本半导体制造设备出口管制（2023年7月23日）"
POL_NL = "荷兰先进半导体制造设备出口管制（2023年9月1日）"
POL_US22 = "美国对华芯片出口管制（2022年10月7日）"
POL_VEU23 = "美国VEU授权（2023年10月）"
POL_VEU25 = "美国撤销韩企在华工厂VEU资格（2025年8月29日）"
POL_AP = "《算力基础设施高质量发展行动计划》"
POL(POL_JP, ["《外汇及外国贸易法》相关省令修订案"], "JP", date="2023-07-23",
    note="published 2023-05-23, effective 2023-07-23; 23 item types, no country named")
POL(POL_NL, ["先进半导体制造设备出口管制新规"], "NL", date="2023-09-01",
    note="published 2023-06-30, effective 2023-09-01")
POL(POL_US22, ["对华芯片出口管制新规"], "US", date="2022-10-07")
POL(POL_VEU23, [], "US", date="2023-10",
    note="VEU status for Samsung / SK hynix China fabs (a waiver, not a restriction)")
POL(POL_VEU25, [], "US", date="2025-08-29",
    note="revocation of VEU status, effective 120 days after publication")
POL("美国实体清单", ["实体清单", "Entity List"], "US",
    note="US Entity List; each addition is one RESTRICTS record with its date")
POL(POL_AP, ["Action Plan for the High-Quality Development of Computing Power Infrastructure"], "CN",
    date="2023-10")
POL("东数西算", ["East Data, West Computing programme", "“东数西算”工程", "东数西算"], "CN", date="2022-02")

# ---- product models
PM("Quantum-X", ["Quantum-X"], "NVIDIA", "CPOSwitch", note="planned (01)")
PM("XH-300", ["XH-300"], "星瀚计算", "GPU")
PM("XH-60", ["XH-60"], "星瀚计算", "AcceleratorCard")
PM("XH-Link", ["XH-Link"], "星瀚计算", "Interconnect")
PM("NF5468", ["NF5468"], "浪潮信息", "AIServer")
PM("GB200", ["GB200"], "NVIDIA", "AIServer", note="GB200機櫃 (rack)")
PM("MI300", ["MI300"], "AMD", "AIChip")
PM("TPU", ["TPU"], "Google", "AIChip")
PM("QF-A910", ["QF-A910"], "擎峰智算", "AIServer")
PM("昇腾910B", ["昇腾910B"], "华为", "AIChip")
PM("昇腾", ["昇腾"], "华为", "AIChip")
PM("CY-9000", ["CY-9000"], "存曜数据", "Storage")
PM("S9855", ["S9855"], "新华三", "Switch")
PM("CoWoS", ["CoWoS"], "TSMC", "AdvancedPackaging")
PM("TWINSCAN NXT:2000i", ["TWINSCAN NXT:2000i"], "ASML", "Lithography")
PM("海光7390", ["海光7390"], "海光信息", "CPU")
PM("鲲鹏", ["鲲鹏"], "华为", "CPU")
PM("鲲鹏920", ["鲲鹏920"], "华为", "CPU")
PM("腾云S5000C", ["腾云S5000C"], "飞腾", "CPU")
PM("龙芯3C5000", ["龙芯3C5000"], "龙芯中科", "CPU")
PM("龙芯3C6000", ["3C6000"], "龙芯中科", "CPU")
PM("开胜KH-40000", ["开胜KH-40000"], "上海兆芯", "CPU")
PM("DCU", ["DCU"], "海光信息", "GPU", note="Hygon DCU (GPU类加速器)")
PM("YS-I800", ["YS-I800"], "曜石计算", "AIServer")

# ---- product categories
P("OpticalModule", ["光模块", "数通光模块"])
P("SiliconPhotonicsModule", ["硅光模块"])
P("SiliconPhotonicsChip", ["硅光芯片"])
P("LaserChip", [], note="alt object for EML and CW laser chips")
P("EMLChip", ["EML芯片", "EML"])
P("CWLaserChip", ["CW激光器芯片", "CW光源"])
P("CPO", ["CPO"])
P("CPOSwitch", ["CPO交换机"])
P("Switch", ["交换机"])
P("OpticalEngine", ["光引擎"])
P("PassiveOpticalComponent", ["无源光器件"])
P("GPU", ["GPU", "GPUs", "training GPU"])
P("AcceleratorCard", ["accelerator card", "AI accelerator card", "加速卡", "AI加速卡"])
P("AIChip", ["AI处理器"])
P("Interconnect", ["interconnect"])
P("Foundry", ["foundry", "晶圆代工", "代工"], nomatch=("代工",))
P("AdvancedPackaging", ["2.5D packaging", "先进封装", "2.5D封装"])
P("PackagingTesting", ["封装测试", "封测"], nomatch=("封测",))
P("HBM", ["HBM", "HBM2e"])
P("AIServer", ["AI server", "AI训练服务器", "训练服务器", "AI推理服务器", "推理服务器", "AI服务器", "AI伺服器"])
P("Server", ["服务器"], nomatch=("服务器",))
P("DataCenter", ["data-centre", "数据中心", "互联网数据中心"], nomatch=("数据中心",))
P("CloudService", ["云计算"])
P("TelecomService", ["移动通信"])
P("ServerCooling", ["伺服器散熱產品"])
P("ColdPlate", ["水冷板（cold plate）", "水冷板"])
P("Manifold", ["分歧管（manifold）"])
P("VaporChamber", ["3D VC均熱板"])
P("CDU", ["CDU（冷卻液分配單元）", "CDU", "冷板式液冷CDU"])
P("RackLiquidCooling", ["機櫃級液冷系統"])
P("DataCenterLiquidCooling", ["機房液冷"])
P("ImmersionCooling", ["浸沒式液冷"])
P("AirCoolingModule", ["氣冷散熱模組"])
P("ServerFan", ["伺服器風扇"])
P("Storage", ["分布式存储", "全闪存分布式存储系统"])
P("LiquidCoolingPiping", ["二次侧管路"])
P("DRAM", ["DRAM", "DRAM裸片"])
P("NAND", ["NAND", "NAND闪存"])
P("TSV", ["TSV（硅通孔）", "TSV"])
P("Interposer", ["硅中介层"])
P("EtchEquipment", ["深硅刻蚀机", "刻蚀设备"])
P("ElectroplatingEquipment", ["TSV电镀设备", "电镀设备", "TSV电镀机"])
P("WaferThinningEquipment", ["减薄"])
P("DicingEquipment", ["切割"])
P("TCBonder", ["热压键合机（TCB）", "键合机"])
P("MoldedUnderfill", ["液态塑封料"])
P("NCF", ["非导电薄膜（NCF）", "NCF"])
P("EpoxyMoldingCompound", ["环氧塑封料"])
P("Precursor", ["前驱体"])
P("DepositionEquipment", ["薄膜沉积设备"])
P("Lithography", ["光刻机", "光刻及曝光相关设备", "浸没式DUV光刻机"])
P("CoaterDeveloper", ["涂胶显影设备"])
P("CleaningEquipment", ["清洗设备", "单片清洗机"])
P("AnnealingEquipment", ["热处理设备"])
P("InspectionEquipment", ["检测设备"])
P("TestEquipment", ["测试设备", "半导体测试机"])
P("SemiconductorEquipment", ["半导体制造设备", "半导体设备"])
P("CPU", ["CPU", "服务器CPU"])
P("ChipArchitectureIP", ["ARM架构授权"], note="instruction-set / architecture licences")

# ---- segments
E("Upstream", "Segment", ["上游"], None, nomatch=("上游",))
E("Midstream", "Segment", ["中游"], None)

# ---- metrics
M("全球光模块前十厂商数量", ["前十大厂商"])
M("水冷板月产能", ["月產能"])
M("AI服务器液冷渗透率", ["液冷滲透率"])
M("智能算力规模", ["智能算力规模", "intelligent (AI) computing", "intelligent computing capacity"])
M("集成电路产业规模", ["集成电路产业规模"])
M("集成电路企业数量", ["集成电路企业"])
M("集成电路产业产值", ["集成电路产业产值"])
M("晶圆月产能", ["月产能"])
M("年封装能力", ["年封装能力"])
M("计划投资额", ["总投资"])
M("算力规模", ["total computing capacity", "total capacity"])
M("数据中心机架规模", ["standard racks", "在用机架", "rack facility"])
M("国家枢纽节点数据中心机架规模", ["在用标准机架"])
M("国家枢纽节点数据中心PUE", ["average PUE of data centres in the national hub nodes"])
M("数据中心PUE平均值", ["平均PUE", "national average"])
M("新建数据中心平均PUE", ["新建数据中心平均PUE"])
M("数据中心上架率", ["上架率", "utilisation rate"])
M("智能算力占比", ["intelligent-computing share", "intelligent share"])
M("存力规模", ["storage capacity"])
M("服务器年产能", ["年产能"])
M("占公司DRAM产量比重", ["DRAM总产量"])
M("占公司NAND产量比重", ["NAND产量"])

# ---- facilities
F("中国移动呼和浩特智算中心", ["intelligent computing centre in Hohhot"],
  note="China Mobile's intelligent computing centre in Hohhot (02)")
F("庆阳市东数西算智算中心", ["庆阳市东数西算智算中心"], note="the procured project (一期)")
F("中国电信京津冀大数据智能算力中心", ["京津冀大数据智能算力中心"])
F("三星西安工厂", ["三星西安工厂", "西安工厂"])
F("SK海力士无锡工厂", ["SK海力士无锡工厂", "无锡工厂"])
F("SK海力士大连工厂", ["大连工厂"], note="former Intel Dalian fab, run by Solidigm")
F("三星苏州封测工厂", ["封装测试工厂"])

# ---- regions
G("中国", ["中国", "中国大陆", "国内", "China", "mainland China", "大陸"], nomatch=("国内", "大陸"),
  subtype="country")
G("全球", ["全球"], None, subtype="world")
G("美国", ["美国", "US"], "US", nomatch=("US",), subtype="country")
G("日本", ["日本"], "JP", subtype="country")
G("韩国", ["韩国"], "KR", subtype="country")
G("荷兰", ["荷兰"], "NL", subtype="country")
G("泰国", ["泰国", "泰國"], "TH", subtype="country")
G("越南", ["越南"], "VN", subtype="country")
G("北寧省", ["北寧省"], "VN", subtype="province", note="Bac Ninh")
G("春武里府", ["春武里府"], "TH", subtype="province", note="Chonburi")
G("台灣", ["台灣"], "TW", subtype="country/region")
G("桃園市", ["桃園"], "TW", subtype="city")
G("觀音區", ["觀音"], "TW", subtype="district")
G("苏州", ["苏州"], subtype="city")
G("深圳", ["深圳"], subtype="city")
G("上海", ["上海", "Shanghai", "SHANGHAI"], subtype="city")
G("浦东新区", ["Pudong New Area"], subtype="district")
G("张江科学城", ["Zhangjiang Science City"], subtype="district")
G("呼和浩特", ["Hohhot", "呼和浩特"], subtype="city")
G("北京", ["北京市", "北京"], subtype="city")
G("海淀区", ["海淀区"], subtype="district")
G("西城区", ["西城区"], subtype="district")
G("杭州", ["杭州"], subtype="city")
G("甘肃", ["甘肃省", "甘肃", "Gansu"], subtype="province")
G("庆阳市", ["庆阳市"], subtype="city")
G("西峰区", ["西峰区"], subtype="district")
G("庆阳东数西算产业园", ["东数西算产业园"], subtype="park")
G("庆阳数据中心集群", ["庆阳数据中心集群", "庆阳集群"], subtype="cluster")
G("无锡", ["无锡"], subtype="city")
G("合肥", ["合肥"], subtype="city")
G("盐城经济技术开发区", ["盐城经济技术开发区", "盐城经开区"], subtype="district")
G("盐城市", ["盐城市"], subtype="city")
G("江苏", ["江苏"], subtype="province")
G("临港新片区", ["临港新片区"], subtype="district")
G("长三角", ["Yangtze River Delta hub", "长三角"], subtype="hub")
G("京津冀", ["Beijing-Tianjin-Hebei", "京津冀"], subtype="hub")
G("粤港澳大湾区", ["Guangdong-Hong Kong-Macao Greater Bay Area", "粤港澳大湾区"], subtype="hub")
G("成渝", ["Chengdu-Chongqing", "成渝"], subtype="hub")
G("内蒙古", ["Inner Mongolia", "内蒙古"], subtype="hub/province")
G("贵州", ["Guizhou", "贵州"], subtype="hub/province")
G("宁夏", ["Ningxia", "宁夏"], subtype="hub/province")
G("中卫数据中心集群", ["Zhongwei cluster"], subtype="cluster")
G("中卫", ["Zhongwei", "中卫"], subtype="city")
G("乌兰察布", ["Ulanqab"], subtype="city")
G("和林格尔新区", ["和林格尔新区"], subtype="district")
G("张家口", ["张家口"], subtype="city")
G("怀来县", ["怀来县"], subtype="county")
G("河北", ["河北"], subtype="province")
G("贵安新区", ["贵安新区"], subtype="district")
G("东莞", ["东莞"], subtype="city")
G("哈尔滨", ["哈尔滨"], subtype="city")
G("贵阳", ["贵阳"], subtype="city")
G("松山湖", ["松山湖"], subtype="district")
G("西安", ["西安"], subtype="city")
G("大连", ["大连"], subtype="city")

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

# ---- 01 brokerage morning brief (光模块 / CPO / 硅光)
R("01", "OpticalModule", "PART_OF_SEGMENT", "Upstream", "光模块位于算力产业链上游", scope="算力产业链")
F01 = "北美头部云厂商已向中际旭创、新易盛追加"
R("01", "中际旭创", "SUPPLIES", "OpticalModule", F01, alt=["中际旭创以约17%的份额位居第一"])
R("01", "新易盛", "SUPPLIES", "OpticalModule", F01, alt=["中际旭创以约17%的份额位居第一"])
SH01 = dict(year=2023, qualifier="≈", scope="全球以太网光模块市场", source="LightCounting", **PCT)
F01b = "中际旭创以约17%的份额位居第一"
R("01", "中际旭创", "HAS_MARKET_SHARE", "OpticalModule", F01b, value=17, **SH01)
R("01", "Coherent", "HAS_MARKET_SHARE", "OpticalModule", F01b, value=14, **SH01)
R("01", "新易盛", "HAS_MARKET_SHARE", "OpticalModule", F01b, value=7, **SH01)
R("01", "Coherent", "SUPPLIES", "OpticalModule", F01b, note="from the market-share sentence")
R("01", "中国", "MENTIONS_METRIC", "全球光模块前十厂商数量", "前十大厂商中有7家来自中国", value=7, unit="家",
  year=2023, tier="extended", note="year from the preceding clause")
F01c = "对EML与CW光源需求旺盛"
R("01", "OpticalModule", "DEPENDS_ON", "EMLChip", F01c, alt_object="LaserChip", note="800G/1.6T单模光模块")
R("01", "OpticalModule", "DEPENDS_ON", "CWLaserChip", F01c, alt_object="LaserChip", note="800G/1.6T单模光模块")
F01d = "源杰科技的CW激光器芯片已向国内模块厂小批量供货"
R("01", "源杰科技", "SUPPLIES", "CWLaserChip", F01d, alt_object="LaserChip")
R("01", "Lumentum", "SUPPLIES", "EMLChip", F01d)
R("01", "Mitsubishi Electric", "SUPPLIES", "EMLChip", F01d)
R("01", "EMLChip", "LOCALIZATION_RATE", "中国", F01d, value=10, qualifier="<", **PCT,
  note="国内EML芯片国产化率不足10%; no year in the sentence (brief dated 2024-11-18)")
F01e = "已推出51.2T的CPO交换机"
R("01", "Broadcom", "SUPPLIES", "CPOSwitch", F01e, alt_object="Switch")
F01f = "天孚通信为海外客户提供CPO所需的光引擎与无源光器件"
R("01", "天孚通信", "SUPPLIES", "OpticalEngine", F01f)
R("01", "天孚通信", "SUPPLIES", "PassiveOpticalComponent", F01f)
R("01", "CPO", "DEPENDS_ON", "OpticalEngine", F01f)
R("01", "CPO", "DEPENDS_ON", "PassiveOpticalComponent", F01f)
R("01", "澜曜光电", "LOCATED_IN", "苏州", "苏州澜曜光电科技有限公司", tier="extended", note=PREFIX)
F01g = "光迅科技的400G硅光模块已实现批量出货"
R("01", "光迅科技", "SUPPLIES", "SiliconPhotonicsModule", F01g, alt_object="OpticalModule")
R("01", "光迅科技", "SUPPLIES", "SiliconPhotonicsChip", F01g, tier="extended",
  note="in-house capability (具备硅光芯片自研能力)")
F01h = "锐湃通信主营400G/800G数通光模块"
R("01", "锐湃通信", "SUPPLIES", "OpticalModule", F01h)
R("01", "锐湃通信", "LOCATED_IN", "泰国", F01h, tier="extended", note="plant planned to start production in early 2025")
R("01", "锐湃通信", "LOCATED_IN", "深圳", "深圳市锐湃通信技术有限公司", tier="extended", note=PREFIX)

# ---- 02 English IPO press release (invented GPU designer)
R("02", "星瀚计算", "SUPPLIES", "GPU", "a designer of general-purpose GPUs",
  alt=["Xinghan Compute designs the XH-300 training GPU"])
R("02", "星瀚计算", "SUPPLIES", "AcceleratorCard", "Xinghan Compute designs the XH-300 training GPU",
  note="XH-60 inference accelerator card")
R("02", "星瀚计算", "SUPPLIES", "Interconnect", "develops GPUs, accelerator cards and the XH-Link", tier="extended",
  note="boilerplate (About section)")
F02 = "Both chips are fabricated by SMIC"
R("02", "中芯国际", "SUPPLIES", "Foundry", F02)
R("02", "长电科技", "SUPPLIES", "AdvancedPackaging", F02)
R("02", "GPU", "DEPENDS_ON", "Foundry", F02, tier="extended", note="fabless designer; chips fabricated by SMIC")
R("02", "GPU", "DEPENDS_ON", "AdvancedPackaging", F02, tier="extended", note="2.5D packaging of the XH-300")
F02b = "Each XH-300 integrates four stacks of HBM2e"
R("02", "Samsung", "SUPPLIES", "HBM", F02b)
R("02", "GPU", "DEPENDS_ON", "HBM", F02b)
F02c = "Its customers include Inspur"
R("02", "浪潮信息", "SUPPLIES", "AIServer", F02c, note="NF5468 AI server line")
R("02", "AIServer", "DEPENDS_ON", "GPU", F02c, note="Inspur builds the XH-300 into its NF5468 AI servers")
R("02", "中国移动", "SUPPLIES", "DataCenter", F02c, tier="extended",
  note="operates an intelligent computing centre; here a customer")
R("02", "中国移动呼和浩特智算中心", "LOCATED_IN", "呼和浩特", F02c)
F02d = "Founded in 2019 and headquartered in Zhangjiang Science City"
R("02", "星瀚计算", "LOCATED_IN", "张江科学城", F02d, note="headquarters")
R("02", "星瀚计算", "LOCATED_IN", "上海", F02d, tier="extended", note="headquarters (city level)",
  alt=["Xinghan Compute is a Shanghai-based fabless chip company"])
R("02", "张江科学城", "LOCATED_IN", "浦东新区", F02d, tier="extended")
R("02", "浦东新区", "LOCATED_IN", "上海", F02d, tier="extended")
R("02", "星瀚计算", "HAS_MARKET_SHARE", "AcceleratorCard", "According to IDC", value=3.8, year=2024,
  qualifier="≈", scope="中国AI加速卡市场（按出货量）", source="IDC", **PCT)

# ---- 03 Taiwanese earnings-call transcript (Traditional)
F03 = "水冷板（cold plate）出貨量較上季成長約一倍"
R("03", "鈦冠熱傳", "SUPPLIES", "ColdPlate", F03)
R("03", "AIServer", "DEPENDS_ON", "ColdPlate", F03, tier="extended", note="終端則是輝達的GB200機櫃")
R("03", "NVIDIA", "SUPPLIES", "AIServer", F03, tier="extended", note="輝達的GB200機櫃 (rack-scale system)")
R("03", "鈦冠熱傳", "SUPPLIES", "ServerCooling", "伺服器散熱產品占營收比重首度超過六成", tier="extended",
  note="generic product group; the specific products are annotated separately")
R("03", "鈦冠熱傳", "SUPPLIES", "Manifold", "我們也已開始向美超微")
R("03", "鈦冠熱傳", "SUPPLIES", "VaporChamber", "3D VC均熱板目前仍以AMD")
R("03", "AMD", "SUPPLIES", "AIChip", "3D VC均熱板目前仍以AMD", tier="extended", note="AMD的MI300平台")
F03b = "越南北寧省廠區的水冷板產線已在9月量產"
R("03", "鈦冠熱傳", "LOCATED_IN", "北寧省", F03b, note="production base (水冷板產線)")
R("03", "北寧省", "LOCATED_IN", "越南", F03b, tier="extended")
R("03", "鈦冠熱傳", "MENTIONS_METRIC", "水冷板月产能", F03b, value=4, unit="萬片", qualifier="≈", tier="extended",
  scope="越南北寧省廠區", note="company capacity figure")
F03c = "泰國春武里府的新廠預計2025年第二季投產"
R("03", "鈦冠熱傳", "LOCATED_IN", "春武里府", F03c, tier="extended", note="planned plant (預計投產)")
R("03", "春武里府", "LOCATED_IN", "泰国", F03c, tier="extended")
F03d = "台灣桃園觀音廠則持續生產"
R("03", "鈦冠熱傳", "LOCATED_IN", "觀音區", F03d, note="plant (觀音廠)")
R("03", "觀音區", "LOCATED_IN", "桃園市", F03d, tier="extended")
R("03", "桃園市", "LOCATED_IN", "台灣", F03d, tier="extended")
R("03", "鈦冠熱傳", "SUPPLIES", "AirCoolingModule", F03d)
R("03", "鈦冠熱傳", "SUPPLIES", "ServerFan", F03d)
F03e = "我們預估AI伺服器的液冷滲透率"
R("03", "全球", "MENTIONS_METRIC", "AI服务器液冷渗透率", F03e, value=10, year=2024, qualifier="≈", tier="extended",
  note="company estimate; no region named; 今年 = 2024", **PCT)
R("03", "全球", "MENTIONS_METRIC", "AI服务器液冷渗透率", F03e, value=25, alt_value=30, year=2025, modality="forecast",
  tier="extended", note="company forecast, range 25%–30%; no region named", **PCT)
F03f = "奇鋐與雙鴻在水冷板領域起步較早"
R("03", "Asia Vital Components", "SUPPLIES", "ColdPlate", F03f)
R("03", "Auras Technology", "SUPPLIES", "ColdPlate", F03f)
F03g = "大陸的英維克在CDU和機房液冷方面很強"
R("03", "英维克", "SUPPLIES", "CDU", F03g)
R("03", "英维克", "SUPPLIES", "DataCenterLiquidCooling", F03g)
R("03", "英维克", "LOCATED_IN", "中国", F03g, tier="extended", note="大陸的英維克 (country)")

# ---- 04 government procurement award notice
F04a = "包1（AI训练服务器）"
R("04", "擎峰智算", "SUPPLIES", "AIServer", F04a, note="QF-A910训练服务器")
R("04", "AIServer", "DEPENDS_ON", "AcceleratorCard", F04a, alt_object="AIChip", note="搭载昇腾910B加速卡")
R("04", "华为", "SUPPLIES", "AcceleratorCard", F04a, tier="extended", alt_object="AIChip",
  note="昇腾910B maker from common knowledge; the text names no maker")
R("04", "擎峰智算", "LOCATED_IN", "海淀区", F04a, note="注册地址")
R("04", "擎峰智算", "LOCATED_IN", "北京", F04a, tier="extended", note="注册地址 (city level)")
R("04", "海淀区", "LOCATED_IN", "北京", F04a, tier="extended")
F04b = "包2（分布式存储）"
R("04", "存曜数据", "SUPPLIES", "Storage", F04b, note="CY-9000全闪存分布式存储系统")
R("04", "存曜数据", "LOCATED_IN", "杭州", F04b, tier="extended", note=PREFIX)
F04c = "包3（计算网络）"
R("04", "新华三", "SUPPLIES", "Switch", F04c)
R("04", "中际旭创", "SUPPLIES", "OpticalModule", F04c)
R("04", "Switch", "DEPENDS_ON", "OpticalModule", F04c, tier="extended", note="配套光模块")
F04d = "包4（液冷基础设施）"
R("04", "英维克", "SUPPLIES", "CDU", F04d)
R("04", "英维克", "LOCATED_IN", "深圳", F04d, tier="extended", note=PREFIX)
R("04", "陇源数智", "SUPPLIES", "LiquidCoolingPiping", F04d, tier="extended", note="installation work (管路施工)")
R("04", "陇源数智", "LOCATED_IN", "甘肃", F04d, tier="extended", note=PREFIX)
R("04", "甘肃云擎", "LOCATED_IN", "甘肃", "包1中标候选人第二名为", tier="extended", note=PREFIX)
R("04", "陇正招标", "LOCATED_IN", "甘肃", "采购代理机构：甘肃陇正招标咨询有限公司", tier="extended", note=PREFIX)
F04e = "本项目位于甘肃省庆阳市西峰区东数西算产业园"
FAC04 = "庆阳市东数西算智算中心"
R("04", FAC04, "LOCATED_IN", "庆阳东数西算产业园", F04e, note="本项目 = the 智算中心 (title)")
for g in ["西峰区", "庆阳市", "甘肃"]:
    R("04", FAC04, "LOCATED_IN", g, F04e, tier="extended", note="higher level of 甘肃省庆阳市西峰区东数西算产业园")
R("04", FAC04, "LOCATED_IN", "庆阳数据中心集群", F04e, tier="extended", note="起步区 of the cluster")
R("04", "庆阳东数西算产业园", "LOCATED_IN", "西峰区", F04e, tier="extended")
R("04", "西峰区", "LOCATED_IN", "庆阳市", F04e, tier="extended")
R("04", "庆阳市", "LOCATED_IN", "甘肃", F04e, tier="extended")
R("04", "庆阳数据中心集群", "LOCATED_IN", "庆阳市", F04e, tier="extended")
R("04", "东数西算", "DESIGNATES_HUB_NODE", "甘肃", F04e, tier="extended", note="国家枢纽节点（甘肃）")
R("04", FAC04, "MENTIONS_METRIC", "智能算力规模", F04e, value=1500, unit="P", qualifier="≈", scope="FP16",
  modality="plan", tier="extended", note="planned capacity when fully built (全部建成后)")

# ---- 05 知乎 Q&A on HBM
F05 = "先说结论"
R("05", "HBM", "DEPENDS_ON", "DRAM", F05)
R("05", "HBM", "DEPENDS_ON", "TSV", F05)
R("05", "HBM", "DEPENDS_ON", "AdvancedPackaging", F05)
R("05", "HBM", "DEPENDS_ON", "Interposer", F05, tier="extended", note="放到硅中介层上")
R("05", "HBM", "SUBTYPE_OF", "DRAM", F05, tier="extended", note="HBM本质上是…DRAM裸片垂直堆叠")
F05a = "深孔刻蚀"
R("05", "TSV", "DEPENDS_ON", "EtchEquipment", F05a)
R("05", "Lam Research", "SUPPLIES", "EtchEquipment", F05a, note="深硅刻蚀机")
R("05", "中微公司", "SUPPLIES", "EtchEquipment", F05a, note="对应机台")
F05b = "电镀填孔"
R("05", "TSV", "DEPENDS_ON", "ElectroplatingEquipment", F05b)
for c in ["Applied Materials", "Lam Research", "盛美上海"]:
    R("05", c, "SUPPLIES", "ElectroplatingEquipment", F05b)
F05c = "减薄与切割"
R("05", "DISCO", "SUPPLIES", "WaferThinningEquipment", F05c)
R("05", "DISCO", "SUPPLIES", "DicingEquipment", F05c)
R("05", "DISCO", "LOCATED_IN", "日本", F05c, tier="extended", note="country of the company")
R("05", "HBM", "DEPENDS_ON", "WaferThinningEquipment", F05c, tier="extended")
R("05", "HBM", "DEPENDS_ON", "DicingEquipment", F05c, tier="extended")
F05d = "热压键合机（TCB）大量采购自"
F05d2 = "三星用的是TC-NCF工艺"
R("05", "HBM", "DEPENDS_ON", "TCBonder", F05d, tier="extended", alt=[F05d2])
R("05", "Hanmi Semiconductor", "SUPPLIES", "TCBonder", F05d)
R("05", "Hanmi Semiconductor", "LOCATED_IN", "韩国", F05d, tier="extended", note="country of the company")
R("05", "SEMES", "SUPPLIES", "TCBonder", F05d2)
R("05", "Shinkawa", "SUPPLIES", "TCBonder", F05d2)
R("05", "Shinkawa", "LOCATED_IN", "日本", F05d2, tier="extended", note="country of the company")
F05e = "MR-MUF用的液态塑封料"
R("05", "Namics", "SUPPLIES", "MoldedUnderfill", F05e)
R("05", "Namics", "LOCATED_IN", "日本", F05e, tier="extended", note="country of the company")
R("05", "HBM", "DEPENDS_ON", "MoldedUnderfill", F05e, tier="extended", note="MR-MUF process")
F05f = "TC-NCF用的非导电薄膜"
R("05", "Resonac", "SUPPLIES", "NCF", F05f)
R("05", "Resonac", "LOCATED_IN", "日本", F05f, tier="extended", note="country of the company")
R("05", "HBM", "DEPENDS_ON", "NCF", F05f, tier="extended", note="TC-NCF process")
R("05", "华海诚科", "SUPPLIES", "EpoxyMoldingCompound", "国内的华海诚科做环氧塑封料",
  note="its HBM-grade granular compound is not yet in volume production")
F05g = "前驱体方面"
R("05", "雅克科技", "SUPPLIES", "Precursor", F05g, note="through its subsidiary UP Chemical")
R("05", "UP Chemical", "SUPPLIES", "Precursor", F05g)
R("05", "UP Chemical", "LOCATED_IN", "韩国", F05g, tier="extended", note="韩国子公司")
F05h = "2024年SK海力士占全球HBM市场约52%的份额"
SH05 = dict(year=2024, qualifier="≈", scope="全球HBM市场", source="TrendForce", **PCT)
for c, v in [("SK hynix", 52), ("Samsung", 40), ("Micron", 8)]:
    R("05", c, "HAS_MARKET_SHARE", "HBM", F05h, value=v, **SH05)
    R("05", c, "SUPPLIES", "HBM", F05h)
R("05", "TSMC", "SUPPLIES", "AdvancedPackaging", "假如台积电CoWoS产能再翻一倍", tier="extended",
  note="presupposed by a hypothetical (CoWoS capacity)")
R("05", "硅衡装备", "LOCATED_IN", "无锡", "无锡硅衡微装备有限公司", tier="extended", note=PREFIX)
R("05", "晶叠材料", "LOCATED_IN", "合肥", "合肥晶叠半导体材料有限公司", tier="extended", note=PREFIX)

# ---- 06 local-government investment news (12-inch fab + packaging)
F06a = "晶瀚半导体目前在上海临港新片区运营"
R("06", "晶瀚半导体", "SUPPLIES", "Foundry", F06a)
R("06", "晶瀚半导体", "LOCATED_IN", "临港新片区", F06a, note="operating 12-inch production line")
R("06", "临港新片区", "LOCATED_IN", "上海", F06a, tier="extended")
R("06", "晶瀚半导体", "LOCATED_IN", "上海", "盐城经济技术开发区与上海晶瀚半导体股份有限公司", tier="extended",
  note=PREFIX)
F06b = "共同出资设立盐城芯港集成电路有限公司"
R("06", "芯港集成", "LOCATED_IN", "盐城市", F06b, tier="extended", note=PREFIX + "; company to be set up")
R("06", "芯港集成", "LOCATED_IN", "盐城经济技术开发区", F06b, tier="extended",
  note="planned fab in the 经开区 (signing with the 经开区)")
R("06", "芯港集成", "MENTIONS_METRIC", "计划投资额", "晶圆项目总投资260亿元", value=260, unit="亿元",
  modality="plan", tier="extended")
R("06", "芯港集成", "MENTIONS_METRIC", "晶圆月产能", "一期拟建设月产能3万片", value=3, unit="万片",
  modality="plan", scope="一期, 12英寸", tier="extended")
R("06", "芯港集成", "MENTIONS_METRIC", "晶圆月产能", "二期将视市场情况扩产", value=6, unit="万片",
  modality="plan", scope="二期, 12英寸", tier="extended")
F06c = "首批工艺设备中"
R("06", "中微公司", "SUPPLIES", "EtchEquipment", F06c)
R("06", "北方华创", "SUPPLIES", "DepositionEquipment", F06c)
R("06", "拓荆科技", "SUPPLIES", "DepositionEquipment", F06c)
F06d = "光刻机则仍在与ASML和佳能洽谈"
R("06", "ASML", "SUPPLIES", "Lithography", F06d, tier="extended", note="only in negotiation; no purchase contract")
R("06", "Canon", "SUPPLIES", "Lithography", F06d, tier="extended", note="only in negotiation; no purchase contract")
F06e = "封装项目由江苏锐封半导体科技有限公司"
R("06", "锐封半导体", "LOCATED_IN", "盐城经济技术开发区", F06e, tier="extended", note="planned packaging base")
R("06", "锐封半导体", "LOCATED_IN", "江苏", F06e, tier="extended", note=PREFIX)
R("06", "锐封半导体", "MENTIONS_METRIC", "计划投资额", F06e, value=42, unit="亿元", modality="plan", tier="extended")
R("06", "锐封半导体", "MENTIONS_METRIC", "年封装能力", F06e, value=36, unit="亿颗", qualifier="≈",
  modality="plan", tier="extended")
F06f = "锐封半导体目前在无锡运营一座封测厂"
R("06", "锐封半导体", "SUPPLIES", "AdvancedPackaging", F06f, alt_object="PackagingTesting",
  note="倒装（Flip-Chip）封装服务 from the existing 无锡 plant")
R("06", "锐封半导体", "LOCATED_IN", "无锡", F06f, note="existing packaging plant")
R("06", "盐城市", "TARGETS", "集成电路产业规模", "到2027年，全市集成电路产业规模力争突破500亿元", value=500,
  unit="亿元", year=2027, qualifier=">", modality="target")
F06g = "盐城经开区已集聚集成电路企业43家"
R("06", "盐城经济技术开发区", "MENTIONS_METRIC", "集成电路企业数量", F06g, value=43, unit="家")
R("06", "盐城经济技术开发区", "MENTIONS_METRIC", "集成电路产业产值", F06g, value=186, unit="亿元", year=2023)
R("06", "盐城经济技术开发区", "LOCATED_IN", "盐城市", "盐城市副市长在签约仪式上表示", tier="extended",
  note="implied (盐城经开区 / 全市)")

# ---- 07 Japan's equipment export controls + Dutch follow-up
JP = dict(year=2023, date="2023-07-23")
F07a = "日本经济产业省今年5月23日公布"
R("07", POL_JP, "RESTRICTS", "SemiconductorEquipment", F07a, qualifier="先进芯片制造所需的23个品类半导体制造设备", **JP)
R("07", POL_JP, "ISSUED_BY", "日本经济产业省", F07a, tier="extended", date="2023-05-23")
F07b = "从类别看，23个品类包括"
for o, q in [("DepositionEquipment", "薄膜沉积设备11种"), ("Lithography", "光刻及曝光相关设备4种"),
             ("EtchEquipment", "刻蚀设备3种"), ("CleaningEquipment", "清洗设备3种"),
             ("AnnealingEquipment", "热处理设备1种"), ("InspectionEquipment", "检测设备1种")]:
    kw = dict(alt=["用于制造GAA晶体管结构的刻蚀设备"]) if o == "EtchEquipment" else {}
    R("07", POL_JP, "RESTRICTS", o, F07b, qualifier=q, **JP, **kw)
R("07", POL_JP, "RESTRICTS", "CoaterDeveloper", "用于极紫外（EUV）工艺的涂胶显影设备",
  qualifier="用于极紫外（EUV）工艺的涂胶显影设备", **JP)
F07c = "东京电子是全球涂胶显影设备龙头"
R("07", "Tokyo Electron", "SUPPLIES", "CoaterDeveloper", F07c)
R("07", "Tokyo Electron", "SUPPLIES", "EtchEquipment", F07c)
R("07", "Tokyo Electron", "SUPPLIES", "DepositionEquipment", F07c)
R("07", "Tokyo Electron", "HAS_MARKET_SHARE", "CoaterDeveloper", F07c, value=90, qualifier="≈",
  scope="全球涂胶显影设备市场", **PCT, note="接近90%; no year in the sentence")
R("07", "Tokyo Electron", "LOCATED_IN", "日本", F07c, tier="extended", note="受影响的日本企业")
R("07", "SCREEN Holdings", "SUPPLIES", "CleaningEquipment", "SCREEN控股以清洗设备见长")
R("07", "SCREEN Holdings", "LOCATED_IN", "日本", "SCREEN控股以清洗设备见长", tier="extended",
  note="listed among 受影响的日本企业")
F07d = "尼康和佳能则是ArF及KrF光刻机的主要供应商"
R("07", "Nikon", "SUPPLIES", "Lithography", F07d)
R("07", "Canon", "SUPPLIES", "Lithography", F07d)
R("07", "Advantest", "SUPPLIES", "TestEquipment", "测试设备并不在此次清单内")
NL = dict(year=2023, date="2023-09-01")
F07e = "荷兰政府已于6月30日公布"
R("07", POL_NL, "RESTRICTS", "Lithography", F07e, qualifier="最先进的浸没式DUV光刻机（TWINSCAN NXT:2000i及后续机型）", **NL)
R("07", POL_NL, "RESTRICTS", "TWINSCAN NXT:2000i", F07e, qualifier="TWINSCAN NXT:2000i及后续机型", **NL)
R("07", POL_NL, "ISSUED_BY", "荷兰政府", F07e, tier="extended", date="2023-06-30")
R("07", "ASML", "SUPPLIES", "Lithography", F07e, note="浸没式DUV光刻机")
R("07", "ASML", "LOCATED_IN", "荷兰", F07e, tier="extended", note="country of the company (荷兰方面)")
F07f = "2023年国内清洗设备国产化率约为34%"
LR07 = dict(year=2023, source="行业统计", **PCT)
R("07", "CleaningEquipment", "LOCALIZATION_RATE", "中国", F07f, value=34, qualifier="≈", **LR07)
R("07", "EtchEquipment", "LOCALIZATION_RATE", "中国", F07f, value=22, qualifier="≈", **LR07)
R("07", "Lithography", "LOCALIZATION_RATE", "中国", F07f, value=2, qualifier="<", **LR07)
F07g = "目前盛美上海、北方华创和上海澄泓半导体设备有限公司均可提供清洗设备"
for c in ["盛美上海", "北方华创", "澄泓设备"]:
    R("07", c, "SUPPLIES", "CleaningEquipment", F07g)
R("07", "澄泓设备", "LOCATED_IN", "上海", F07g, tier="extended", note=PREFIX)

# ---- 08 English think-tank excerpt
F08a = "put total computing capacity at 180 EFLOPS"
SRC08 = dict(source="MIIT")
R("08", "中国", "MENTIONS_METRIC", "算力规模", F08a, value=180, unit="EFLOPS", year=2022, **SRC08)
R("08", "中国", "MENTIONS_METRIC", "算力规模", F08a, value=230, unit="EFLOPS", year=2023, **SRC08)
R("08", "中国", "MENTIONS_METRIC", "智能算力规模", F08a, value=70, unit="EFLOPS", year=2023, qualifier="≈", **SRC08)
F08b = "MIIT also counted 8.1 million standard racks"
R("08", "中国", "MENTIONS_METRIC", "数据中心机架规模", F08b, value=8.1, unit="million standard racks", year=2023,
  scope="在用", **SRC08)
R("08", "中国", "MENTIONS_METRIC", "数据中心机架规模", F08b, value=6.5, unit="million standard racks", year=2022,
  scope="在用", **SRC08)
F08c = "By our estimate, the Yangtze River Delta hub"
EST = dict(year=2023, qualifier="≈", unit="EFLOPS", source="Meridian Institute estimate")
R("08", "长三角", "MENTIONS_METRIC", "算力规模", F08c, value=48, **EST)
R("08", "京津冀", "MENTIONS_METRIC", "算力规模", F08c, value=41, **EST)
R("08", "粤港澳大湾区", "MENTIONS_METRIC", "算力规模", F08c, value=35, **EST)
R("08", "成渝", "MENTIONS_METRIC", "算力规模", "Chengdu-Chongqing stood at about 17 EFLOPS", value=17, **EST,
  note="year 2023 from the preceding sentence")
R("08", "内蒙古", "MENTIONS_METRIC", "算力规模", "with Inner Mongolia the largest at around 14 EFLOPS", value=14, **EST,
  note="year 2023 from the section")
F08d = "The average PUE of data centres in the national hub nodes fell to 1.36"
R("08", "中国", "MENTIONS_METRIC", "国家枢纽节点数据中心PUE", F08d, value=1.36, year=2023,
  scope="国家枢纽节点数据中心平均PUE")
R("08", "中国", "MENTIONS_METRIC", "数据中心PUE平均值", F08d, value=1.48, year=2023, scope="national average")
F08e = "The Zhongwei cluster in Ningxia reported the lowest figure"
R("08", "中卫数据中心集群", "MENTIONS_METRIC", "数据中心PUE平均值", F08e, value=1.19, year=2023,
  note="year 2023 from the preceding sentence")
R("08", "中卫数据中心集群", "LOCATED_IN", "宁夏", F08e, tier="extended")
R("08", "中卫数据中心集群", "LOCATED_IN", "中卫", F08e, tier="extended", note="implied by the cluster name")
F08f = "Guizhou reported an average utilisation rate of 58%"
R("08", "贵州", "MENTIONS_METRIC", "数据中心上架率", F08f, value=58, year=2023, **PCT)
R("08", "内蒙古", "MENTIONS_METRIC", "数据中心上架率", F08f, value=52, year=2023, **PCT)
R("08", "中国", "MENTIONS_METRIC", "数据中心上架率", F08f, value=60, year=2023, qualifier="≈", **PCT)
R("08", "东数西算", "TARGETS", "数据中心上架率", "the floor of 65% that the East Data, West Computing programme",
  value=65, qualifier=">=", scope="western hub data-centre clusters", modality="target", **PCT,
  note="a floor (minimum); no year in the sentence")
F08g = "calls for total capacity above 300 EFLOPS by 2025"
TG08 = dict(year=2025, modality="target")
R("08", POL_AP, "TARGETS", "算力规模", F08g, value=300, unit="EFLOPS", qualifier=">", **TG08)
R("08", POL_AP, "TARGETS", "智能算力占比", F08g, value=35, **PCT, **TG08)
R("08", POL_AP, "TARGETS", "存力规模", F08g, value=1800, unit="EB", qualifier=">", **TG08)
R("08", POL_AP, "ISSUED_BY", "工信部", F08g, tier="extended", date="2023-10",
  note="MIIT and five other departments")
R("08", "中国", "MENTIONS_METRIC", "算力规模", "On current trends we forecast total capacity", value=290,
  alt_value=320, unit="EFLOPS", year=2025, modality="forecast", source="Meridian Institute",
  note="range 290–320")
R("08", "中国", "MENTIONS_METRIC", "智能算力占比", "We also expect the intelligent share", value=40, year=2025,
  qualifier="≈", modality="forecast", source="Meridian Institute", **PCT)
R("08", "中国电信", "MENTIONS_METRIC", "智能算力规模", "China Telecom alone aims", value=21, unit="EFLOPS",
  year=2024, modality="target", tier="extended", note="company target")
F08h = "GDS Holdings and VNET both run data-centre campuses in Ulanqab"
R("08", "万国数据", "SUPPLIES", "DataCenter", F08h)
R("08", "世纪互联", "SUPPLIES", "DataCenter", F08h)
R("08", "万国数据", "LOCATED_IN", "乌兰察布", F08h, note="data-centre campus")
R("08", "世纪互联", "LOCATED_IN", "乌兰察布", F08h, note="data-centre campus")
F08i = "Helan Data, a start-up based in Zhongwei"
R("08", "贺兰数据", "SUPPLIES", "DataCenter", F08i)
R("08", "贺兰数据", "LOCATED_IN", "中卫", F08i, note="headquarters (based in)")
R("08", "贺兰数据", "MENTIONS_METRIC", "数据中心机架规模", F08i, value=6000, unit="racks", year=2023,
  tier="extended", note="single facility")
R("08", "中卫", "LOCATED_IN", "宁夏", F08e, tier="extended", note="The Zhongwei cluster in Ningxia")

# ---- 09 Markdown comparison table of domestic server CPUs
R("09", "CPU", "PART_OF_SEGMENT", "Upstream", "CPU处于算力产业链上游", scope="算力产业链")
R("09", "Server", "DEPENDS_ON", "CPU", "CPU处于算力产业链上游", note="是服务器中最核心的芯片")
F09 = "2023年国内服务器CPU国产化率约为15%"
R("09", "CPU", "LOCALIZATION_RATE", "中国", F09, value=15, year=2023, qualifier="≈", scope="服务器CPU", **PCT)
R("09", "CPU", "LOCALIZATION_RATE", "中国", F09, value=100, year=2023, qualifier="≈", scope="党政信创领域（服务器CPU）",
  tier="extended", note="已接近100%", **PCT)
ROW = {"hg": "| 海光信息 |", "kp": "| 华为（鲲鹏） |", "ft": "| 飞腾 |", "lx": "| 龙芯中科 |", "zx": "| 上海兆芯 |"}
SH09 = dict(year=2023, qualifier="≈", scope="2023年国产服务器CPU出货（估算）", **PCT)
for c, k, v in [("海光信息", "hg", 41), ("华为", "kp", 29), ("飞腾", "ft", 19), ("龙芯中科", "lx", 6), ("上海兆芯", "zx", 4)]:
    kw = dict(alt=["但其CPU目前仍在正常出货"]) if c == "海光信息" else {}
    R("09", c, "SUPPLIES", "CPU", ROW[k], scope="表 国产服务器CPU", **kw)
    R("09", c, "HAS_MARKET_SHARE", "CPU", ROW[k], value=v, **SH09)
R("09", "TSMC", "SUPPLIES", "Foundry", ROW["zx"], note="兆芯 row; the 鲲鹏 and 飞腾 rows say supply stopped")
R("09", "AMD", "SUPPLIES", "ChipArchitectureIP", ROW["hg"], tier="extended", note="x86（源自AMD授权）")
R("09", "ARM", "SUPPLIES", "ChipArchitectureIP", ROW["kp"], tier="extended", alt=[ROW["ft"]], note="ARM架构授权")
R("09", "VIA Technologies", "SUPPLIES", "ChipArchitectureIP", ROW["zx"], tier="extended", note="x86（源自威盛授权）")
CUST = "customer column 主要服务器整机客户 (server makers buying the CPU)"
for c, rows in [("中科曙光", ["hg"]), ("浪潮信息", ["hg", "ft"]), ("新华三", ["hg"]), ("华鲲振宇", ["kp"]),
                ("宝德", ["kp", "lx"]), ("神州数码", ["kp"]), ("中国长城", ["ft"]), ("同方股份", ["ft", "lx", "zx"]),
                ("联想", ["zx"])]:
    R("09", c, "SUPPLIES", "Server", ROW[rows[0]], tier="extended", alt=[ROW[x] for x in rows[1:]], note=CUST)
R("09", "海光信息", "SUPPLIES", "GPU", "海光的DCU（GPU类加速器）也不在比较范围内", tier="extended",
  alt_object="AIChip", note="DCU mentioned only as excluded from the table")
F09b = "飞腾也在2021年4月被美国列入实体清单"
R("09", "美国实体清单", "RESTRICTS", "飞腾", F09b, date="2021-04", year=2021)
R("09", "美国实体清单", "ISSUED_BY", "美国", F09b, tier="extended")
R("09", "美国实体清单", "RESTRICTS", "海光信息", "海光虽然早在2019年6月就被列入实体清单", date="2019-06", year=2019)

# ---- 10 industry-association news on the 8 hubs
F10a = "《监测》显示"
MM10 = dict(year=2024, date="2024-06", source="全国算力枢纽产业联盟《监测》")
R("10", "中国", "MENTIONS_METRIC", "国家枢纽节点数据中心机架规模", F10a, value=190, unit="万架", qualifier=">",
  scope="8个国家算力枢纽节点在用标准机架", **MM10)
R("10", "中国", "MENTIONS_METRIC", "数据中心上架率", F10a, value=63, qualifier="≈", scope="8个国家算力枢纽节点平均",
  **PCT, **MM10)
R("10", "中国", "MENTIONS_METRIC", "新建数据中心平均PUE", F10a, value=1.28, scope="8个国家算力枢纽节点", **MM10)
for h in ["京津冀", "长三角", "粤港澳大湾区", "成渝", "内蒙古", "贵州", "甘肃", "宁夏"]:
    R("10", "东数西算", "DESIGNATES_HUB_NODE", h, F10a, tier="extended",
      note="8个国家算力枢纽节点; the programme is named later in the article")
R("10", "DataCenter", "PART_OF_SEGMENT", "Midstream", "数据中心处于算力产业链中游", scope="算力产业链")
HUB = [("京津冀", "京津冀枢纽在用机架约46万架", 46, 71, 1.33), ("长三角", "长三角枢纽在用机架约52万架", 52, 74, 1.31),
       ("粤港澳大湾区", "粤港澳大湾区枢纽在用机架约29万架", 29, 76, 1.35), ("成渝", "成渝枢纽在用机架约18万架", 18, 61, 1.30),
       ("内蒙古", "内蒙古枢纽在用机架约21万架", 21, 55, 1.22), ("贵州", "贵州枢纽在用机架约15万架", 15, 58, 1.21),
       ("宁夏", "宁夏枢纽在用机架约8万架", 8, 49, 1.16), ("甘肃", "甘肃枢纽在用机架约4万架", 4, None, 1.25)]
for h, frag, racks, util, pue in HUB:
    R("10", h, "MENTIONS_METRIC", "数据中心机架规模", frag, value=racks, unit="万架", qualifier="≈", scope="在用", **MM10)
    if util is not None:
        R("10", h, "MENTIONS_METRIC", "数据中心上架率", frag, value=util, **PCT, **MM10)
    R("10", h, "MENTIONS_METRIC", "数据中心PUE平均值", frag, value=pue, **MM10)
F10b = "按照“东数西算”工程要求"
TG10 = dict(year=2025, modality="target")
R("10", "东数西算", "TARGETS", "数据中心上架率", F10b, value=65, qualifier=">", scope="西部枢纽数据中心集群平均上架率",
  **PCT, **TG10)
R("10", "东数西算", "TARGETS", "国家枢纽节点数据中心PUE", F10b, value=1.25, qualifier="<", scope="东部枢纽集群", **TG10)
R("10", "东数西算", "TARGETS", "国家枢纽节点数据中心PUE", F10b, value=1.2, qualifier="<", scope="西部枢纽集群", **TG10)
F10c = "中国电信在内蒙古和林格尔新区建设"
R("10", "中国电信京津冀大数据智能算力中心", "LOCATED_IN", "和林格尔新区", F10c)
R("10", "中国电信京津冀大数据智能算力中心", "LOCATED_IN", "内蒙古", F10c, tier="extended")
R("10", "和林格尔新区", "LOCATED_IN", "内蒙古", F10c, tier="extended")
R("10", "中国电信", "SUPPLIES", "DataCenter", F10c, tier="extended", note="builds and operates the 算力中心")
F10d = "秦淮数据位于河北张家口怀来县的数据中心园区"
R("10", "秦淮数据", "SUPPLIES", "DataCenter", F10d)
R("10", "秦淮数据", "LOCATED_IN", "怀来县", F10d, note="data-centre campus")
R("10", "怀来县", "LOCATED_IN", "张家口", F10d, tier="extended")
R("10", "张家口", "LOCATED_IN", "河北", F10d, tier="extended")
F10e = "贵州黔数云谷科技有限公司在贵安新区运营的智算中心"
R("10", "黔数云谷", "SUPPLIES", "DataCenter", F10e, tier="extended", note="operates a 智算中心")
R("10", "黔数云谷", "LOCATED_IN", "贵安新区", F10e, note="operates a 智算中心 there")
R("10", "黔数云谷", "LOCATED_IN", "贵州", F10e, tier="extended", note=PREFIX)

# ---- 11 major-contract announcement (invented server maker)
F11a = "向中国移动供应AI推理服务器"
R("11", "曜石计算", "SUPPLIES", "AIServer", F11a, alt=["基于昇腾AI处理器的推理服务器整机"])
R("11", "曜石计算", "LOCATED_IN", "深圳", F11a, tier="extended", note=PREFIX)
R("11", "曜石计算", "HAS_MARKET_SHARE", "AIServer", "公司中标份额为15.03%", value=15.03,
  scope="中国移动2024-2025年新型智算中心（试验网）采购标包2", tier="extended", **PCT,
  note="share of one tender lot, not of a market")
F11b = "基于昇腾AI处理器的推理服务器整机"
R("11", "AIServer", "DEPENDS_ON", "AIChip", F11b)
R("11", "华为", "SUPPLIES", "AIChip", F11b, tier="extended", note="昇腾 maker from common knowledge")
R("11", "中国移动", "LOCATED_IN", "西城区", "注册地址：北京市西城区金融大街29号", note="headquarters (注册地址)")
R("11", "中国移动", "LOCATED_IN", "北京", "注册地址：北京市西城区金融大街29号", tier="extended",
  note="headquarters (city level)")
R("11", "西城区", "LOCATED_IN", "北京", "注册地址：北京市西城区金融大街29号", tier="extended")
for g in ["呼和浩特", "哈尔滨", "贵阳"]:
    R("11", "中国移动", "LOCATED_IN", g, "交付地点：中国移动指定的", tier="extended",
      note="unnamed 智算中心 of the customer (delivery sites)")
F11c = "主营业务：移动通信、互联网数据中心、云计算等服务"
R("11", "中国移动", "SUPPLIES", "TelecomService", F11c)
R("11", "中国移动", "SUPPLIES", "DataCenter", F11c)
R("11", "中国移动", "SUPPLIES", "CloudService", F11c)
F11d = "公司AI服务器主要由位于东莞松山湖的全资子公司"
R("11", "曜石智造", "SUPPLIES", "AIServer", F11d)
R("11", "曜石智造", "LOCATED_IN", "松山湖", F11d, note="production site")
R("11", "曜石智造", "LOCATED_IN", "东莞", F11d, tier="extended", note="东莞松山湖 / registered-name prefix")
R("11", "松山湖", "LOCATED_IN", "东莞", F11d, tier="extended")
R("11", "曜石智造", "MENTIONS_METRIC", "服务器年产能", F11d, value=6, unit="万台", qualifier="≈", tier="extended",
  note="company capacity figure")

# ---- 12 Korean memory makers' China fabs and the VEU decisions
F12a = "届时，美国半导体设备厂商向三星西安工厂"
F12first = "撤销三星电子和SK海力士在华工厂"
V25 = dict(year=2025, date="2025-08-29")
R("12", POL_VEU25, "RESTRICTS", "SemiconductorEquipment", F12a,
  qualifier="向三星西安工厂、SK海力士无锡工厂和大连工厂出口美国半导体设备需逐案申请许可证", alt=[F12first], **V25)
R("12", POL_VEU25, "RESTRICTS", "Samsung", F12first, tier="extended", qualifier="在华工厂VEU资格被撤销", **V25)
R("12", POL_VEU25, "RESTRICTS", "SK hynix", F12first, tier="extended", qualifier="在华工厂VEU资格被撤销", **V25)
R("12", POL_VEU25, "RESTRICTS", "英特尔大连", "同时被移出VEU名单的还有", tier="extended", qualifier="移出VEU名单",
  **V25)
R("12", POL_VEU25, "ISSUED_BY", "美国商务部工业与安全局", F12first, tier="extended", date="2025-08-29")
R("12", "三星西安工厂", "LOCATED_IN", "西安", F12a)
R("12", "SK海力士无锡工厂", "LOCATED_IN", "无锡", F12a)
R("12", "SK海力士大连工厂", "LOCATED_IN", "大连", F12a)
R("12", "Solidigm", "SUPPLIES", "NAND", "同时被移出VEU名单的还有", tier="extended",
  note="operates the Dalian NAND fab (目前由SK海力士旗下的Solidigm运营)")
F12b = "SK海力士无锡工厂生产DRAM"
R("12", "SK hynix", "SUPPLIES", "DRAM", F12b)
R("12", "SK海力士无锡工厂", "MENTIONS_METRIC", "占公司DRAM产量比重", F12b, value=40, qualifier="≈", **PCT,
  tier="extended", note="share of the company's own output, not a market share")
F12c = "大连工厂生产NAND闪存"
R("12", "SK hynix", "SUPPLIES", "NAND", F12c)
R("12", "SK海力士大连工厂", "MENTIONS_METRIC", "占公司NAND产量比重", F12c, value=20, qualifier="≈", **PCT,
  tier="extended", note="share of SK hynix's own NAND output")
F12d = "三星西安工厂是其唯一的海外NAND生产基地"
R("12", "Samsung", "SUPPLIES", "NAND", F12d)
R("12", "三星西安工厂", "MENTIONS_METRIC", "占公司NAND产量比重", F12d, value=40, qualifier="≈", **PCT,
  tier="extended", note="share of Samsung's own NAND output")
F12e = "三星在苏州还有一座封装测试工厂"
R("12", "三星苏州封测工厂", "LOCATED_IN", "苏州", F12e)
R("12", "Samsung", "SUPPLIES", "PackagingTesting", F12e, tier="extended", note="in-house packaging and test plant")
F12f = "2022年10月7日美国出台对华芯片出口管制新规"
U22 = dict(year=2022, date="2022-10-07")
R("12", POL_US22, "RESTRICTS", "SemiconductorEquipment", F12f,
  qualifier="用于生产18纳米及以下DRAM、128层及以上NAND的设备", **U22)
R("12", POL_US22, "RESTRICTS", "DRAM", F12f, tier="extended", qualifier="manufacturing equipment for ≤18nm DRAM", **U22)
R("12", POL_US22, "RESTRICTS", "NAND", F12f, tier="extended", qualifier="manufacturing equipment for ≥128-layer NAND",
  **U22)
R("12", POL_US22, "ISSUED_BY", "美国", F12f, tier="extended", date="2022-10-07")
R("12", POL_VEU23, "ISSUED_BY", "美国商务部工业与安全局", "2023年10月，BIS将两家公司的在华工厂纳入VEU名单",
  tier="extended", date="2023-10")
F12g = "长江存储的NAND、长鑫存储的DRAM近两年市占率持续提升"
R("12", "长江存储", "SUPPLIES", "NAND", F12g)
R("12", "长鑫存储", "SUPPLIES", "DRAM", F12g)
R("12", "长鑫存储", "HAS_MARKET_SHARE", "DRAM", F12g, value=6, year=2024, qualifier="≈", **PCT,
  scope="全球DRAM市场（2024年第四季度）", source="TrendForce", note="已接近6%")
R("12", "美国实体清单", "RESTRICTS", "长江存储", "长江存储已于2022年12月被列入实体清单", date="2022-12", year=2022)


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
