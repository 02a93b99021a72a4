"""Build tests/data/heldout11/gold.jsonl (blind held-out set 11).

Run: python3 tests/data/heldout11/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table-row line) of the document that contains it. The script
stops if a fragment matches zero or several sentences.
Format: ../shared/eval/README.md. Layout follows tests/data/heldout8.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h11_*") if p.suffix in (".txt", ".md"))
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


INV = "invented"

# ---- foreign companies (English canonical; Taiwanese firms are foreign, TW)
C("Vertiv", ["维谛技术（Vertiv）", "维谛技术"], "US")
C("Cummins", ["康明斯（Cummins）"], "US")
C("Mitsubishi Heavy Industries", ["三菱重工"], "JP")
C("Samsung", ["三星", "Samsung Electronics", "Samsung"], "KR")
C("SK hynix", ["SK海力士", "SK hynix"], "KR")
C("Solidigm", ["Solidigm"], "US", parent="SK hynix")
C("Micron", ["美光", "Micron"], "US")
C("Renesas", ["瑞萨电子（Renesas）"], "JP")
C("Rambus", ["Rambus"], "US")
C("NVIDIA", ["英伟达", "輝達", "NVIDIA"], "US")
C("Unimicron", ["欣興"], "TW", note="欣兴电子")
C("Nan Ya PCB", ["南電"], "TW", note="南亚电路板")
C("Kinsus", ["景碩"], "TW", note="景硕科技")
C("Zhen Ding Technology", ["臻鼎-KY"], "TW", note="parent of 鹏鼎控股")
C("Gold Circuit Electronics", ["金像電"], "TW", note="金像电子")
C("Tripod Technology", ["健鼎"], "TW", note="健鼎科技")
C("Ajinomoto", ["味之素（Ajinomoto）"], "JP")
C("Quanta", ["廣達"], "TW", note="customer of 聯泓電路 (04)")
C("Inventec", ["英業達"], "TW", note="customer of 聯泓電路 (04)")
C("SCREEN Holdings", ["SCREEN控股"], "JP")
C("Tokyo Electron", ["东京电子"], "JP")
C("Applied Materials", ["应用材料"], "US")
C("Ebara", ["荏原（Ebara）"], "JP")
C("CMC Materials", ["卡博特（CMC Materials）"], "US", note="formerly Cabot Microelectronics; now part of Entegris")
C("DuPont", ["杜邦"], "US")
C("Kioxia", ["Kioxia"], "JP")
C("Western Digital", ["Western Digital"], "US")
C("TSMC", ["台积电"], "TW")
C("GlobalFoundries", ["格芯（GlobalFoundries）"], "US")

# ---- mainland Chinese companies (real)
C("华为", ["华为", "Huawei"])
C("海思", ["海思"], parent="华为")
C("科华数据", ["科华数据"])
C("万国数据", ["万国数据", "GDS Holdings"])
C("秦淮数据", ["秦淮数据"])
C("字节跳动", ["字节跳动"], note="customer (01)")
C("宁德时代", ["宁德时代"])
C("潍柴动力", ["潍柴动力"])
C("长鑫存储", ["长鑫存储", "长鑫", "CXMT"])
C("长江存储", ["长江存储", "YMTC"])
C("澜起科技", ["澜起科技"])
C("江波龙", ["江波龙"])
C("雷克沙", ["雷克沙（Lexar）"], parent="江波龙", note="Lexar brand, owned by 江波龙 (Longsys); no relation annotated")
C("佰维存储", ["佰维存储"])
C("德明利", ["德明利"])
C("浪潮信息", ["浪潮信息", "Inspur"])
C("新华三", ["新华三", "H3C"])
C("算能科技", ["算能科技（SOPHGO）"])
C("中国星网", ["中国星网"], note="customer (03)")
C("长光卫星", ["长光卫星"], note="customer (03)")
C("航天宏图", ["航天宏图"], note="customer (03)")
C("鹏鼎控股", ["鵬鼎控股"], parent="Zhen Ding Technology", note="Avary Holding, Shenzhen-listed")
C("超聚变", ["xFusion"])
C("海光信息", ["Hygon", "海光信息", "海光"])
C("锐捷网络", ["Ruijie Networks"])
C("新易盛", ["Eoptolink"])
C("中际旭创", ["Innolight"])
C("英维克", ["Envicool"])
C("智谱", ["Zhipu AI"], note="customer (05)")
C("盛美上海", ["盛美上海"])
C("北方华创", ["北方华创"])
C("至纯科技", ["至纯科技"])
C("华海清科", ["华海清科"])
C("安集科技", ["安集科技"])
C("鼎龙股份", ["鼎龙股份"])
C("中芯国际", ["中芯国际"])
C("中国联通", ["中国联通"], note="customer (07)")
C("百度智能云", ["百度智能云"], note="customer (07); cloud unit of 百度")
C("中国电信", ["中国电信"])
C("中国移动", ["中国移动"])
C("黄河上游水电", ["黄河上游水电开发有限责任公司"])
C("国网青海电力", ["国网青海省电力公司"], note="State Grid Qinghai")
C("中兴通讯", ["中兴通讯"])
C("寒武纪", ["寒武纪"])
C("中科曙光", ["中科曙光"])
C("曙光数创", ["曙光数创"], parent="中科曙光")
C("沐曦", ["沐曦"])
C("壁仞科技", ["壁仞"])
C("摩尔线程", ["摩尔线程（Moore Threads）"])
C("燧原科技", ["燧原科技（Enflame）"])

# ---- invented companies
C("擎源电能", ["深圳擎源电能科技有限公司"], note=INV + "; HVDC and lithium backup supplier (01), 该公司")
C("朔川动力", ["江苏朔川动力设备有限公司"], note=INV + "; genset still sampling, no orders (01)")
C("芯存微电子", ["深圳芯存微电子股份有限公司", "芯存微电子"], note=INV + "; RDIMM module maker, makes no DRAM (02)")
C("岚储科技", ["岚储科技"], note=INV + "; CXL module only at sample stage (02)")
C("星衡智联", ["西安星衡智联科技有限公司", "星衡智联"], note=INV + "; satellite/edge computing boxes (03)")
C("蓉芯智造", ["成都蓉芯智造电子有限公司", "蓉芯智造"], note=INV + "; contract assembler (03)")
C("天枢芯", ["北京天枢芯科技有限公司"], note=INV + "; rad-hard AI chip only planned (03)")
C("鼎晟載板", ["鼎晟載板科技股份有限公司"], "TW", note=INV + "; Nantong plant planned, no shipments (04)")
C("聯泓電路", ["聯泓電路", "聯泓"], "TW", note=INV + "; mid-sized PCB maker, Taoyuan only (04)")
C("青岚云", ["Qinglan Cloud"], note=INV + "; GPU cloud provider, the blog's author (05)")
C("澈川半导体", ["无锡澈川半导体装备有限公司"], note=INV + "; cleaning tool not yet accepted (06)")
C("磐拓精密", ["上海磐拓精密机械有限公司"], note=INV + "; CMP tool only planned (06)")
C("凌算科技", ["凌算(北京)科技股份有限公司", "凌算科技"], note=INV + "; fabless AI-chip designer, the announcing 公司 (07)")
C("华芯封装", ["江苏华芯先进封装有限公司", "华芯封装"], note=INV + "; 2.5D packaging contractor (07)")
C("青海绿算", ["青海绿算数据科技有限公司"], note=INV + "; planned liquid-cooled AI DC (09)")
C("玄穹智算", ["玄穹智算"], note=INV + "; rumoured start-up (10), no relation")

# ---- organisations (sources, issuers)
O("赛迪顾问", ["赛迪顾问"], "CN", note="research firm (source)")
O("CFM闪存市场", ["CFM闪存市场"], "CN", note="research firm (source)")
O("Prismark", ["Prismark"], "US", note="research firm (source)")
O("TrendForce", ["TrendForce"], "TW", note="research firm (source)")
O("Counterpoint", ["Counterpoint"], "US", note="research firm (source)")
O("美国商务部", ["US Commerce Department"], "US")
O("青海省发展和改革委员会", ["省发展改革委"], "CN")
O("青海省能源局", ["省能源局"], "CN")
O("青海省工业和信息化厅", ["省工业和信息化厅"], "CN")

# ---- policies
POL_HBM = "美国对华HBM及半导体设备出口管制（2024年12月2日）"
POL(POL_HBM, ["December rule"], "US", date="2024-12-02")
POL_QH = "《青海省算力基础设施与绿色电力协同发展实施方案（2024—2026年）》"
POL(POL_QH, ["青海省算力基础设施与绿色电力协同发展实施方案（2024—2026年）", "本方案"], "CN", note="invented policy (09)")
POL("东数西算", ["东数西算"], "CN")

# ---- product categories
GEN = ("服务器", "伺服器", "数据中心", "模组")
P("UPS", ["不间断电源（UPS）", "UPS", "模块化UPS"])
P("HVDC", ["高压直流（HVDC）电源"])
P("LithiumBattery", ["锂电池备电", "锂电备电柜"])
P("BatteryCell", ["电芯"])
P("LeadAcidBattery", ["铅酸电池"])
P("DieselGenerator", ["柴油发电机组", "柴发"])
P("PrecisionAirConditioning", ["精密空调"])
P("DataCenter", ["数据中心", "data-centre operator"], nomatch=("数据中心",))
P("DRAM", ["DRAM", "DDR5颗粒", "DRAM颗粒"])
P("NAND", ["NAND flash", "NAND", "232-layer NAND"])
P("HBM", ["HBM", "high-bandwidth memory (HBM)", "HBM3存储颗粒"])
P("MemoryModule", ["DDR5服务器内存条", "RDIMM", "DRAM modules", "模组"], nomatch=("模组",))
P("RCD", ["寄存时钟驱动器（RCD）", "RCD"])
P("PMIC", ["电源管理芯片（PMIC）"])
P("SSD", ["企业级SSD", "固态硬盘"])
P("EmbeddedStorage", ["嵌入式存储"])
P("CXLMemoryExpander", ["CXL内存扩展模块"])
P("AIChip", ["AI处理器", "AI芯片", "AI训练芯片", "AI-chip"])
P("AIModule", [], note="Jetson-class embedded AI module")
P("SpaceborneComputer", ["星载计算单元"])
P("EdgeComputingDevice", ["边缘计算盒", "地面站边缘计算设备"])
P("EMS", ["整机组装"], note="contract assembly")
P("ABFSubstrate", ["ABF載板"])
P("BTSubstrate", ["BT載板"])
P("HDIBoard", ["HDI板"])
P("FPC", ["軟板"])
P("PCB", ["PCB", "硬板", "多層板", "伺服器板"])
P("BuildUpFilm", ["增層膜"])
P("Server", ["服务器", "伺服器", "servers"], nomatch=GEN)
P("AIServer", ["AI伺服器", "昇腾服务器", "training nodes"])
P("AcceleratorCard", ["accelerators", "AI训练加速卡", "加速卡"])
P("GPU", ["GPU", "DCU", "DCUs"])
P("CloudService", ["GPU capacity", "training clusters"])
P("Switch", ["Network fabric"])
P("OpticalModule", ["400G optical modules"])
P("ColdPlateLiquidCooling", ["cold-plate liquid cooling"])
P("ImmersionCooling", ["浸没式液冷"])
P("CleaningEquipment", ["清洗设备", "晶背清洗设备"])
P("CMPEquipment", ["化学机械抛光（CMP）设备", "CMP设备"])
P("WetEtchEquipment", ["湿法刻蚀"])
P("ElectroplatingEquipment", ["电镀设备"])
P("CMPSlurry", ["抛光液"])
P("CMPPad", ["抛光垫"])
P("AdvancedPackaging", ["2.5D先进封装", "先进封装"])
P("WaferLevelPackaging", ["晶圆级封装"])
P("ChipTesting", ["芯片测试"])
P("PackagingTesting", ["back-end plant"])
P("Foundry", ["代工"], nomatch=("代工",))
P("SemiconductorEquipment", ["chipmaking equipment", "chipmaking tools", "American tools"])
P("GDDR6", ["GDDR6"])
P("GreenPower", ["绿电直供", "绿电"])

# ---- product models
PM("QB-S10", ["QB-S10"], "星衡智联", "SpaceborneComputer")
PM("QB-G200", ["QB-G200"], "星衡智联", "EdgeComputingDevice")
PM("昇腾310B", ["昇腾310B"], "华为", "AIChip")
PM("BM1684X", ["BM1684X"], "算能科技", "AIChip")
PM("Jetson", ["Jetson"], "NVIDIA", "AIModule")
PM("昇腾910B", ["Ascend 910B", "昇腾910B"], "华为", "AIChip")
PM("H20", ["H20"], "NVIDIA", "GPU")
PM("H100", ["H100"], "NVIDIA", "GPU")
PM("H800", ["H800"], "NVIDIA", "GPU")
PM("LS-T2", ["LS-T2"], "凌算科技", "AIChip", note="invented model")
PM("思元590", ["思元590"], "寒武纪", "AIChip")
PM("深算二号", ["深算二号"], "海光信息", "GPU")
PM("曦云C500", ["曦云C500"], "沐曦", "GPU")
PM("BR100", ["BR100"], "壁仞科技", "GPU")
PM("MTT S4000", ["MTT S4000"], "摩尔线程", "GPU")
PM("邃思", ["邃思"], "燧原科技", "AIChip")

# ---- regions
G("中国", ["中国大陆", "国内", "China"], nomatch=("国内", "China"), subtype="country")
G("深圳", ["深圳"], subtype="city")
G("乌兰察布", ["乌兰察布"], subtype="city")
G("江苏", ["江苏", "江蘇", "Jiangsu"], subtype="province")
G("西安", ["西安", "Xi'an"], subtype="city")
G("陕西", ["Shaanxi"], subtype="province")
G("成都", ["成都"], subtype="city")
G("北京", ["北京"], subtype="city")
G("昆山", ["昆山"], subtype="city")
G("苏州", ["蘇州", "Suzhou"], subtype="city")
G("淮安", ["淮安"], subtype="city")
G("常熟", ["常熟"], subtype="city")
G("无锡", ["無錫", "无锡", "Wuxi"], subtype="city")
G("南通", ["南通"], subtype="city")
G("桃园", ["桃園"], "TW", subtype="city")
G("越南", ["越南"], "VN", subtype="country")
G("芜湖", ["Wuhu"], subtype="city")
G("安徽", ["Anhui"], subtype="province")
G("长三角", ["Yangtze River Delta hub"], subtype="hub")
G("庆阳", ["Qingyang"], subtype="city")
G("甘肃", ["Gansu"], subtype="province")
G("和林格尔", ["Helinger"], subtype="county")
G("内蒙古", ["Inner Mongolia"], subtype="province")
G("上海", ["上海", "Shanghai"], subtype="city")
G("贵阳", ["Guiyang"], subtype="city")
G("宁夏", ["Ningxia"], subtype="province")
G("新吴区", ["新吴区"], subtype="district")
G("海淀区", ["海淀区"], subtype="district")
G("临港新片区", ["临港新片区"], subtype="district")
G("大连", ["Dalian"], subtype="city")
G("辽宁", ["Liaoning"], subtype="province")
G("重庆", ["Chongqing"], subtype="city")
G("四日市", ["Yokkaichi"], "JP", subtype="city")
G("北上", ["Kitakami"], "JP", subtype="city")
G("青海", ["青海省", "全省"], nomatch=("全省",), subtype="province")
G("西宁", ["西宁市", "西宁"], subtype="city")
G("海南藏族自治州", ["海南藏族自治州"], subtype="prefecture")
G("共和县", ["共和县"], subtype="county")
G("海东市", ["海东市"], subtype="city")

# ---- facilities
F("青岚云芜湖集群", ["Wuhu site", "Our largest cluster"])
F("青岚云庆阳集群", ["Qingyang site"])
F("青岚云和林格尔集群", ["Helinger site"])
F("西宁（南川）算力产业园", ["西宁（南川）算力产业园"])

# ---- metrics
M("数据中心锂电池备电渗透率", ["锂电池备电在国内数据中心的渗透率"])
M("服务器DDR5渗透率", ["服务器DDR5渗透率"])
M("服务器DDR5内存条出货量环比增速", ["出货量环比增长"])
M("星载计算单元年交付能力", ["年交付能力"])
M("载板月产能", ["月產能"])
M("GPU加速卡数量", ["GPU fleet"])
M("数据中心PUE", ["PUE", "annual PUE"], note="site or fleet PUE")
M("清洗设备市场规模", ["清洗设备市场规模"])
M("芯片年交付量", ["全年交付"])
M("算力规模", ["算力总规模"])
M("智能算力占比", ["智能算力占比"])
M("新建数据中心PUE", ["新建大型及以上数据中心PUE"])
M("数据中心绿电使用比例", ["数据中心绿电使用比例"])
M("数据中心标准机架规模", ["数据中心标准机架规模"])
M("智算项目投资补贴比例", [])
M("单个项目补贴上限", [])
M("算力项目电价优惠", [])
M("智算中心规模", [])
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

# ---- 01 data-centre power: UPS, HVDC, lithium backup, gensets
SH01 = dict(year=2023, qualifier="≈", scope="国内数据中心UPS市场", source="赛迪顾问", **PCT)
F01a = "华为以约24%的份额居首"
R("01", "华为", "HAS_MARKET_SHARE", "UPS", F01a, value=24, **SH01)
R("01", "科华数据", "HAS_MARKET_SHARE", "UPS", F01a, value=16, **SH01)
R("01", "Vertiv", "HAS_MARKET_SHARE", "UPS", F01a, value=13, **SH01)
R("01", "华为", "SUPPLIES", "UPS", F01a, note="from the market-share sentence")
F01b = "公司模块化UPS已批量交付给万国数据"
R("01", "科华数据", "SUPPLIES", "UPS", F01b, alt=[F01a])
F01c = "维谛技术则主要向运营商和金融客户提供"
R("01", "Vertiv", "SUPPLIES", "UPS", F01c, alt=[F01a])
R("01", "Vertiv", "SUPPLIES", "PrecisionAirConditioning", F01c)
R("01", "万国数据", "SUPPLIES", "DataCenter", F01b, tier="extended", note="customer of 科华数据; named as 运营商 only")
R("01", "秦淮数据", "SUPPLIES", "DataCenter", F01b, tier="extended", note="customer of 科华数据; named as 运营商 only")
F01d = "为字节跳动乌兰察布园区提供高压直流"
R("01", "擎源电能", "SUPPLIES", "HVDC", F01d, note="字节跳动 is the customer")
R("01", "擎源电能", "LOCATED_IN", "深圳", F01d, tier="extended", note=PREFIX)
R("01", "字节跳动", "LOCATED_IN", "乌兰察布", F01d, tier="extended", note="customer's campus")
F01e = "电芯主要采购自宁德时代"
R("01", "擎源电能", "SUPPLIES", "LithiumBattery", F01e, note="该公司 → 擎源电能; 锂电备电柜")
R("01", "宁德时代", "SUPPLIES", "BatteryCell", F01e, alt_object="LithiumBattery")
R("01", "LithiumBattery", "DEPENDS_ON", "BatteryCell", F01e, tier="extended")
F01f = "是国内大型数据中心柴油发电机组的主要供应方"
for c in ["Cummins", "Mitsubishi Heavy Industries", "潍柴动力"]:
    R("01", c, "SUPPLIES", "DieselGenerator", F01f)
R("01", "朔川动力", "LOCATED_IN", "江苏", "江苏朔川动力设备有限公司表示", tier="extended", note=PREFIX)
F01g = "锂电池备电在国内数据中心的渗透率仍不足20%"
R("01", "中国", "MENTIONS_METRIC", "数据中心锂电池备电渗透率", F01g, value=20, qualifier="<", **PCT,
  note="no year in the sentence (article dated 2024-09-12)")
R("01", "中国", "MENTIONS_METRIC", "数据中心锂电池备电渗透率", "到2026年这一比例有望提升至35%左右", value=35,
  qualifier="≈", year=2026, modality="forecast", **PCT)

# ---- 02 brokerage note: DDR5 modules
R("02", "中国", "MENTIONS_METRIC", "服务器DDR5渗透率", "DDR5在国内服务器内存中的渗透率已超过50%", value=50,
  qualifier=">", year=2024, source="CFM闪存市场", **PCT, note="2024年第二季度")
R("02", "中国", "MENTIONS_METRIC", "服务器DDR5内存条出货量环比增速", "DDR5在国内服务器内存中的渗透率已超过50%",
  value=45, qualifier="≈", year=2024, source="CFM闪存市场", **PCT, tier="extended", note="2024Q2 quarter-on-quarter")
R("02", "中国", "MENTIONS_METRIC", "服务器DDR5渗透率", "我们预计2025年国内服务器DDR5渗透率", value=80, qualifier="≈",
  year=2025, modality="forecast", **PCT)
F02a = "国内模组厂的DDR5颗粒主要来自三星、SK海力士和美光"
for c in ["Samsung", "SK hynix", "Micron"]:
    R("02", c, "SUPPLIES", "DRAM", F02a)
R("02", "MemoryModule", "DEPENDS_ON", "DRAM", F02a, tier="extended")
F02b = "长鑫存储的DDR5颗粒已开始向部分模组厂供货"
R("02", "长鑫存储", "SUPPLIES", "DRAM", F02b)
R("02", "长鑫存储", "HAS_MARKET_SHARE", "DRAM", F02b, value=5, qualifier="<", **PCT,
  scope="国内模组厂DDR5颗粒采购", note="no year in the sentence")
F02c = "DDR5 RDIMM需搭载寄存时钟驱动器"
R("02", "MemoryModule", "DEPENDS_ON", "RCD", F02c, note="DDR5 RDIMM")
R("02", "MemoryModule", "DEPENDS_ON", "PMIC", F02c, note="DDR5 RDIMM")
for c in ["澜起科技", "Renesas", "Rambus"]:
    R("02", c, "SUPPLIES", "RCD", F02c)
F02d = "江波龙、佰维存储、德明利均已推出DDR5服务器内存条"
R("02", "江波龙", "SUPPLIES", "MemoryModule", F02d, alt=["| 江波龙 |"])
R("02", "佰维存储", "SUPPLIES", "MemoryModule", F02d, alt=["| 佰维存储 |"])
R("02", "德明利", "SUPPLIES", "MemoryModule", F02d)
F02e = "深圳芯存微电子股份有限公司为浪潮信息"
R("02", "芯存微电子", "SUPPLIES", "MemoryModule", F02e, alt=["| 芯存微电子 |"],
  note="浪潮信息 and 新华三 are customers; 该公司 makes no DRAM")
R("02", "芯存微电子", "LOCATED_IN", "深圳", F02e, tier="extended", note=PREFIX)
SH02 = dict(year=2023, qualifier="≈", scope="国内服务器内存模组市场", **PCT)
R("02", "江波龙", "HAS_MARKET_SHARE", "MemoryModule", "| 江波龙 |", value=9, **SH02)
R("02", "佰维存储", "HAS_MARKET_SHARE", "MemoryModule", "| 佰维存储 |", value=6, **SH02)
R("02", "芯存微电子", "HAS_MARKET_SHARE", "MemoryModule", "| 芯存微电子 |", value=3, **SH02)
R("02", "江波龙", "SUPPLIES", "SSD", "| 江波龙 |")
R("02", "佰维存储", "SUPPLIES", "EmbeddedStorage", "| 佰维存储 |")

# ---- 03 press release: satellite / edge computing boxes
F03a = "包括面向低轨卫星的星载计算单元QB-S10"
R("03", "星衡智联", "SUPPLIES", "SpaceborneComputer", F03a)
R("03", "星衡智联", "SUPPLIES", "EdgeComputingDevice", F03a, alt=["并向航天宏图供应地面站边缘计算设备"])
F03b = "QB-S10采用华为昇腾310B AI处理器"
R("03", "SpaceborneComputer", "DEPENDS_ON", "AIChip", F03b, alt_subject="QB-S10")
R("03", "华为", "SUPPLIES", "AIChip", F03b)
F03c = "QB-G200则搭载两颗算能科技"
R("03", "EdgeComputingDevice", "DEPENDS_ON", "AIChip", F03c, alt_subject="QB-G200")
R("03", "EdgeComputingDevice", "DEPENDS_ON", "SSD", F03c, alt_subject="QB-G200")
R("03", "算能科技", "SUPPLIES", "AIChip", F03c)
R("03", "长江存储", "SUPPLIES", "SSD", F03c)
R("03", "NVIDIA", "SUPPLIES", "AIModule", "公司此前的产品使用过英伟达Jetson模组", tier="extended",
  note="past use only; no longer used")
F03d = "公司的整机组装由位于成都的合作伙伴"
R("03", "蓉芯智造", "SUPPLIES", "EMS", F03d)
R("03", "蓉芯智造", "LOCATED_IN", "成都", F03d)
F03e = "在西安和深圳设有研发中心"
R("03", "星衡智联", "LOCATED_IN", "西安", F03e, note="R&D centre; also the registered-name prefix")
R("03", "星衡智联", "LOCATED_IN", "深圳", F03e, note="R&D centre")
R("03", "天枢芯", "LOCATED_IN", "北京", "并与北京天枢芯科技有限公司联合开发", tier="extended", note=PREFIX)
R("03", "星衡智联", "MENTIONS_METRIC", "星载计算单元年交付能力", "年交付能力提升到500套", value=500, unit="套",
  year=2025, modality="plan", tier="extended", note="company capacity plan")

# ---- 04 Traditional Chinese: Taiwanese ABF / PCB makers' mainland plants
F04a = "台灣載板三雄欣興、南電與景碩"
for c in ["Unimicron", "Nan Ya PCB", "Kinsus"]:
    R("04", c, "SUPPLIES", "ABFSubstrate", F04a)
F04b = "欣興在江蘇昆山設有載板與HDI板廠"
R("04", "Unimicron", "LOCATED_IN", "昆山", F04b, note="plant")
R("04", "Unimicron", "LOCATED_IN", "江苏", F04b, tier="extended")
R("04", "昆山", "LOCATED_IN", "江苏", F04b, tier="extended")
R("04", "Unimicron", "SUPPLIES", "HDIBoard", F04b)
R("04", "Nan Ya PCB", "LOCATED_IN", "昆山", "南電的大陸生產基地同樣位於昆山", note="plant")
R("04", "Kinsus", "LOCATED_IN", "苏州", "景碩則在蘇州設有子公司", note="subsidiary")
R("04", "Nan Ya PCB", "SUPPLIES", "BTSubstrate", "BT載板比重已降至三成以下")
F04c = "臻鼎-KY旗下的鵬鼎控股在深圳、淮安設有大型廠區"
R("04", "鹏鼎控股", "LOCATED_IN", "深圳", F04c, note="plant")
R("04", "鹏鼎控股", "LOCATED_IN", "淮安", F04c, note="plant")
R("04", "鹏鼎控股", "SUPPLIES", "FPC", F04c)
R("04", "鹏鼎控股", "SUPPLIES", "PCB", F04c, note="硬板")
F04d = "金像電在蘇州常熟生產伺服器用多層PCB"
R("04", "Gold Circuit Electronics", "LOCATED_IN", "常熟", F04d, note="plant")
R("04", "Gold Circuit Electronics", "LOCATED_IN", "苏州", F04d, tier="extended")
R("04", "常熟", "LOCATED_IN", "苏州", F04d, tier="extended")
R("04", "Gold Circuit Electronics", "SUPPLIES", "PCB", F04d, note="NVIDIA is the buyer")
F04e = "健鼎的無錫廠則以伺服器與網通用多層板為主"
R("04", "Tripod Technology", "LOCATED_IN", "无锡", F04e, note="plant")
R("04", "Tripod Technology", "SUPPLIES", "PCB", F04e)
F04f = "ABF載板所需的增層膜幾乎全數來自日本味之素"
R("04", "ABFSubstrate", "DEPENDS_ON", "BuildUpFilm", F04f)
R("04", "Ajinomoto", "SUPPLIES", "BuildUpFilm", F04f)
R("04", "Ajinomoto", "HAS_MARKET_SHARE", "BuildUpFilm", F04f, value=100, qualifier="≈", **PCT,
  scope="ABF載板增層膜供應", tier="extended", note="幾乎全數; no year")
F04g = "其位於江蘇南通的新廠預計2025年第三季試產"
R("04", "鼎晟載板", "LOCATED_IN", "南通", F04g, tier="extended", note="planned plant; no shipments yet")
R("04", "南通", "LOCATED_IN", "江苏", F04g, tier="extended")
R("04", "鼎晟載板", "MENTIONS_METRIC", "载板月产能", F04g, value=300, unit="萬顆", year=2025, modality="plan",
  tier="extended", note="planned capacity of one company")
F04h = "所有伺服器板均在桃園生產"
R("04", "聯泓電路", "LOCATED_IN", "桃园", F04h, note="production site; no mainland plant")
R("04", "聯泓電路", "SUPPLIES", "PCB", F04h, note="廣達 and 英業達 are customers")
R("04", "Quanta", "SUPPLIES", "Server", F04h, tier="extended", note="described as 伺服器代工廠")
R("04", "Inventec", "SUPPLIES", "Server", F04h, tier="extended", note="described as 伺服器代工廠")
F04i = "其中欣興約占18%"
R("04", "Unimicron", "HAS_MARKET_SHARE", "ABFSubstrate", F04i, value=18, qualifier="≈", year=2023,
  scope="全球ABF載板市場", source="Prismark", **PCT)
R("04", "AIServer", "DEPENDS_ON", "ABFSubstrate", "AI伺服器與高階網通設備帶動ABF載板需求回溫", tier="extended",
  note="demand link only")

# ---- 05 English corporate blog: GPU-cluster expansion
F05a = "Our largest cluster is in Wuhu"
R("05", "青岚云", "LOCATED_IN", "芜湖", F05a, note="GPU cluster")
R("05", "青岚云", "LOCATED_IN", "安徽", F05a, tier="extended")
R("05", "芜湖", "LOCATED_IN", "安徽", F05a, tier="extended")
R("05", "芜湖", "LOCATED_IN", "长三角", F05a, tier="extended")
R("05", "青岚云芜湖集群", "LOCATED_IN", "芜湖", F05a, tier="extended")
R("05", "万国数据", "SUPPLIES", "DataCenter", F05a, note="buildings leased to Qinglan Cloud")
R("05", "青岚云芜湖集群", "MENTIONS_METRIC", "GPU加速卡数量", F05a, value=11000, unit="accelerators",
  qualifier="≈", tier="extended")
F05b = "The second site is in Qingyang"
R("05", "青岚云", "LOCATED_IN", "庆阳", F05b, note="GPU cluster")
R("05", "庆阳", "LOCATED_IN", "甘肃", F05b, tier="extended")
R("05", "青岚云", "LOCATED_IN", "和林格尔", F05b, note="GPU cluster")
R("05", "和林格尔", "LOCATED_IN", "内蒙古", F05b, tier="extended")
R("05", "青岚云", "LOCATED_IN", "甘肃", F05b, tier="extended")
R("05", "青岚云", "LOCATED_IN", "内蒙古", F05b, tier="extended")
R("05", "青岚云", "LOCATED_IN", "上海", "A smaller low-latency inference zone opened in Shanghai", note="inference zone")
R("05", "青岚云", "LOCATED_IN", "贵阳", "We plan to open a fifth region in Guiyang", tier="extended",
  note="planned region")
R("05", "青岚云", "MENTIONS_METRIC", "GPU加速卡数量", "has grown its GPU fleet", value=26000, unit="accelerators",
  qualifier=">", tier="extended", note="company-level figure")
F05c = "Most of the training nodes are servers from Inspur and xFusion"
R("05", "浪潮信息", "SUPPLIES", "AIServer", F05c, alt_object="Server")
R("05", "超聚变", "SUPPLIES", "AIServer", F05c, alt_object="Server")
R("05", "AIServer", "DEPENDS_ON", "AcceleratorCard", F05c, note="each carrying eight accelerators")
F05d = "Huawei Ascend 910B cards"
R("05", "华为", "SUPPLIES", "AcceleratorCard", F05d, alt_object="AIChip")
R("05", "海光信息", "SUPPLIES", "GPU", F05d, alt_object="AIChip", note="Hygon DCU")
R("05", "NVIDIA", "SUPPLIES", "GPU", F05d, note="H20; H100/H800 explicitly not operated")
F05e = "Network fabric comes from H3C and Ruijie Networks"
R("05", "新华三", "SUPPLIES", "Switch", F05e)
R("05", "锐捷网络", "SUPPLIES", "Switch", F05e)
R("05", "新易盛", "SUPPLIES", "OpticalModule", F05e)
R("05", "中际旭创", "SUPPLIES", "OpticalModule", F05e)
F05f = "The Qingyang site reached an annual PUE"
R("05", "青岚云庆阳集群", "MENTIONS_METRIC", "数据中心PUE", F05f, value=1.16, year=2024)
R("05", "青岚云和林格尔集群", "MENTIONS_METRIC", "数据中心PUE", F05f, value=1.19, year=2024)
R("05", "青岚云庆阳集群", "LOCATED_IN", "庆阳", F05f, tier="extended")
R("05", "青岚云和林格尔集群", "LOCATED_IN", "和林格尔", F05f, tier="extended")
F05g = "The Wuhu site, which relies on cold-plate"
R("05", "青岚云芜湖集群", "MENTIONS_METRIC", "数据中心PUE", F05g, value=1.24, year=2024,
  note="year from the preceding sentence")
R("05", "英维克", "SUPPLIES", "ColdPlateLiquidCooling", F05g)
R("05", "青岚云", "MENTIONS_METRIC", "数据中心PUE", "Our target is to bring every GPU region below 1.2",
  value=1.2, qualifier="<", year=2026, modality="target", tier="extended", note="company target, not a policy")
R("05", "青岚云", "SUPPLIES", "CloudService", "Qinglan Cloud rents training clusters to Zhipu AI",
  alt=["We also sell GPU capacity to other firms."], note="Zhipu AI and the start-ups are customers")

# ---- 06 industry report: wet-process and CMP equipment
F06a = "2024年中国大陆清洗设备市场规模约为260亿元"
R("06", "中国", "MENTIONS_METRIC", "清洗设备市场规模", F06a, value=260, unit="亿元", qualifier="≈", year=2024)
R("06", "CleaningEquipment", "LOCALIZATION_RATE", "中国", F06a, value=32, qualifier="≈", year=2024, **PCT)
F06b = "CMP设备国产化率约为35%"
R("06", "CMPEquipment", "LOCALIZATION_RATE", "中国", F06b, value=35, qualifier="≈", year=2024, **PCT,
  note="year from the preceding ；-clause")
R("06", "CMPEquipment", "LOCALIZATION_RATE", "中国", F06b, value=15, year=2021, **PCT)
F06c = "湿法刻蚀与电镀设备的国产化率仍不足20%"
R("06", "WetEtchEquipment", "LOCALIZATION_RATE", "中国", F06c, value=20, qualifier="<", **PCT, note="no year")
R("06", "ElectroplatingEquipment", "LOCALIZATION_RATE", "中国", F06c, value=20, qualifier="<", **PCT, note="no year")
SH06 = dict(year=2024, qualifier="≈", scope="中国大陆清洗设备招标（按中标台数）", **PCT)
for c, v, frag in [("盛美上海", 28, "盛美上海，份额约28%"), ("北方华创", 18, "北方华创，份额约18%"),
                   ("SCREEN Holdings", 17, "SCREEN控股，份额约17%"), ("至纯科技", 9, "至纯科技，份额约9%"),
                   ("Tokyo Electron", 8, "东京电子，份额约8%")]:
    R("06", c, "HAS_MARKET_SHARE", "CleaningEquipment", frag, value=v, **SH06)
    R("06", c, "SUPPLIES", "CleaningEquipment", frag, note="from the ranking")
F06d = "华海清科是国内唯一实现12英寸CMP设备规模化量产的厂商"
SH06b = dict(year=2024, qualifier="≈", scope="中国大陆CMP设备市场", **PCT)
for c, v in [("华海清科", 40), ("Applied Materials", 45), ("Ebara", 10)]:
    R("06", c, "HAS_MARKET_SHARE", "CMPEquipment", F06d, value=v, **SH06b)
    R("06", c, "SUPPLIES", "CMPEquipment", F06d)
F06e = "CMP工艺依赖抛光液和抛光垫"
R("06", "CMPEquipment", "DEPENDS_ON", "CMPSlurry", F06e, note="CMP工艺")
R("06", "CMPEquipment", "DEPENDS_ON", "CMPPad", F06e, note="CMP工艺")
F06f = "安集科技供应抛光液"
R("06", "安集科技", "SUPPLIES", "CMPSlurry", F06f)
R("06", "鼎龙股份", "SUPPLIES", "CMPPad", F06f)
R("06", "CMC Materials", "SUPPLIES", "CMPSlurry", F06f, note="foreign consumables supplier; split by item not stated")
R("06", "DuPont", "SUPPLIES", "CMPPad", F06f, note="foreign consumables supplier; split by item not stated")
R("06", "CMC Materials", "SUPPLIES", "CMPPad", F06f, tier="extended")
R("06", "DuPont", "SUPPLIES", "CMPSlurry", F06f, tier="extended")
R("06", "澈川半导体", "LOCATED_IN", "无锡", "无锡澈川半导体装备有限公司已研制出", tier="extended", note=PREFIX)
R("06", "磐拓精密", "LOCATED_IN", "上海", "上海磐拓精密机械有限公司计划", tier="extended", note=PREFIX)
R("06", "CleaningEquipment", "LOCALIZATION_RATE", "中国", "清洗设备国产化率将提升至50%以上", value=50,
  qualifier=">", year=2027, modality="forecast", **PCT)

# ---- 07 exchange announcement: major supplier contract
F07a = "由华芯封装为公司AI训练芯片LS-T2提供"
R("07", "华芯封装", "SUPPLIES", "AdvancedPackaging", F07a, alt=["主营业务为先进封装"])
R("07", "华芯封装", "SUPPLIES", "ChipTesting", F07a, alt=["主营业务为先进封装"])
R("07", "华芯封装", "SUPPLIES", "WaferLevelPackaging", "主营业务为先进封装")
R("07", "AIChip", "DEPENDS_ON", "AdvancedPackaging", F07a, alt_subject="LS-T2")
R("07", "凌算科技", "SUPPLIES", "AIChip", F07a, alt=["公司为无晶圆厂（Fabless）芯片设计企业"],
  note="公司 → 凌算科技; LS-T2")
F07b = "注册地址为江苏省无锡市新吴区"
R("07", "华芯封装", "LOCATED_IN", "新吴区", F07b, note="headquarters (注册地址)")
R("07", "华芯封装", "LOCATED_IN", "无锡", F07b, tier="extended", note="headquarters (city level)")
R("07", "华芯封装", "LOCATED_IN", "江苏", F07b, tier="extended", note="headquarters (province level)")
R("07", "新吴区", "LOCATED_IN", "无锡", F07b, tier="extended")
R("07", "无锡", "LOCATED_IN", "江苏", F07b, tier="extended")
F07c = "LS-T2的晶圆由中芯国际代工"
R("07", "中芯国际", "SUPPLIES", "Foundry", F07c)
R("07", "SK hynix", "SUPPLIES", "HBM", F07c)
R("07", "AIChip", "DEPENDS_ON", "HBM", F07c, alt_subject="LS-T2")
R("07", "AIChip", "DEPENDS_ON", "Foundry", F07c, alt_subject="LS-T2", tier="extended")
R("07", "凌算科技", "MENTIONS_METRIC", "芯片年交付量", "公司计划2025年全年交付不少于8万颗", value=8, unit="万颗",
  qualifier=">=", year=2025, modality="plan", tier="extended", note="company delivery plan")
R("07", "凌算科技", "SUPPLIES", "AcceleratorCard", "公司目前向中国联通、百度智能云提供AI训练加速卡",
  note="中国联通 and 百度智能云 are customers")
F07d = "公司总部位于北京市海淀区"
R("07", "凌算科技", "LOCATED_IN", "海淀区", F07d, note="headquarters")
R("07", "凌算科技", "LOCATED_IN", "北京", F07d, tier="extended", note="headquarters (city level)")
R("07", "海淀区", "LOCATED_IN", "北京", F07d, tier="extended")
R("07", "凌算科技", "LOCATED_IN", "临港新片区", F07d, note="production and test centre")
R("07", "凌算科技", "LOCATED_IN", "上海", F07d, tier="extended", note="production and test centre (city level)")
R("07", "临港新片区", "LOCATED_IN", "上海", F07d, tier="extended")

# ---- 08 English wire: Korean/Japanese memory makers' China plants
F08a = "Samsung Electronics produces NAND flash at its fab in Xi'an"
R("08", "Samsung", "SUPPLIES", "NAND", F08a)
R("08", "Samsung", "LOCATED_IN", "西安", F08a, note="NAND fab")
R("08", "西安", "LOCATED_IN", "陕西", F08a, tier="extended")
R("08", "Samsung", "LOCATED_IN", "苏州", F08a, note="memory packaging plant")
R("08", "Samsung", "SUPPLIES", "PackagingTesting", F08a, tier="extended", note="in-house packaging")
F08b = "SK hynix makes DRAM in Wuxi"
R("08", "SK hynix", "SUPPLIES", "DRAM", F08b)
R("08", "SK hynix", "SUPPLIES", "NAND", F08b)
R("08", "SK hynix", "LOCATED_IN", "无锡", F08b, note="DRAM fab")
R("08", "无锡", "LOCATED_IN", "江苏", F08b, tier="extended")
R("08", "Solidigm", "SUPPLIES", "NAND", F08b)
R("08", "Solidigm", "LOCATED_IN", "大连", F08b, note="NAND fab")
R("08", "SK hynix", "LOCATED_IN", "大连", F08b, tier="extended", note="through its subsidiary Solidigm")
R("08", "大连", "LOCATED_IN", "辽宁", F08b, tier="extended")
F08c = "The company also runs a back-end plant in Chongqing"
R("08", "SK hynix", "LOCATED_IN", "重庆", F08c, note="The company → SK hynix; back-end plant")
R("08", "SK hynix", "SUPPLIES", "PackagingTesting", F08c, tier="extended", note="in-house back-end")
F08d = "The rules published by the US Commerce Department"
H08 = dict(year=2024, date="2024-12-02")
R("08", POL_HBM, "RESTRICTS", "HBM", F08d, qualifier="HBM shipments to Chinese buyers (HBM2E and newer)",
  alt=["limits sales of HBM2E"], **H08)
R("08", POL_HBM, "RESTRICTS", "SemiconductorEquipment", F08d, qualifier="24 types of chipmaking equipment", **H08)
R("08", POL_HBM, "ISSUED_BY", "美国商务部", F08d, tier="extended", date="2024-12-02")
R("08", "Samsung", "SUPPLIES", "HBM", "Samsung, which supplies HBM to several Chinese AI-chip designers",
  note="the Chinese designers are customers")
F08e = "Japan's Kioxia, the third-largest NAND maker"
R("08", "Kioxia", "SUPPLIES", "NAND", F08e)
R("08", "Kioxia", "HAS_MARKET_SHARE", "NAND", F08e, value=15, qualifier="≈", year=2024, scope="全球NAND市场",
  source="TrendForce", **PCT)
F08f = "Its chips are made in Yokkaichi and Kitakami"
R("08", "Kioxia", "LOCATED_IN", "四日市", F08f, note="Its → Kioxia; fab")
R("08", "Kioxia", "LOCATED_IN", "北上", F08f, note="fab")
R("08", "Western Digital", "SUPPLIES", "NAND", F08f, tier="extended", note="joint production partner")
R("08", "Western Digital", "LOCATED_IN", "四日市", F08f, tier="extended", note="joint fab")
R("08", "Western Digital", "LOCATED_IN", "北上", F08f, tier="extended", note="joint fab")
F08g = "Micron, whose Xi'an plant assembles and tests DRAM modules"
R("08", "Micron", "LOCATED_IN", "西安", F08g, note="assembly and test plant")
R("08", "Micron", "SUPPLIES", "MemoryModule", F08g)
R("08", "Micron", "SUPPLIES", "PackagingTesting", F08g, tier="extended")
F08h = "CXMT lifted its share of global DRAM output"
R("08", "长鑫存储", "SUPPLIES", "DRAM", F08h)
R("08", "长鑫存储", "HAS_MARKET_SHARE", "DRAM", F08h, value=5, qualifier="≈", year=2024, scope="全球DRAM产量",
  source="Counterpoint", **PCT, note="'last year' in a 2025-01-09 story")
R("08", "长江存储", "SUPPLIES", "NAND", F08h, note="phone makers are customers")
R("08", "长鑫存储", "HAS_MARKET_SHARE", "DRAM", "CXMT could reach 10% by 2026", value=10, year=2026,
  modality="forecast", scope="全球DRAM产量", **PCT, tier="extended", note="analyst 'could'")

# ---- 09 provincial policy: compute subsidy and green power (Qinghai)
for o in ["青海省发展和改革委员会", "青海省能源局", "青海省工业和信息化厅"]:
    R("09", POL_QH, "ISSUED_BY", o, "制定本方案", tier="extended")
T09 = dict(modality="target", alt_subject="青海")
F09a = "全省算力总规模达到15 EFLOPS以上"
R("09", POL_QH, "TARGETS", "算力规模", F09a, value=15, unit="EFLOPS", qualifier=">", year=2026, **T09)
R("09", POL_QH, "TARGETS", "智能算力占比", F09a, value=70, qualifier=">=", year=2026, **PCT, **T09)
F09b = "新建大型及以上数据中心PUE控制在1.2以下"
R("09", POL_QH, "TARGETS", "新建数据中心PUE", F09b, value=1.2, qualifier="<", year=2026, **T09,
  note="year from the preceding ；-clause")
R("09", POL_QH, "TARGETS", "数据中心绿电使用比例", F09b, value=80, qualifier=">", year=2026, **PCT, **T09)
R("09", POL_QH, "TARGETS", "数据中心标准机架规模", "全省数据中心标准机架规模达到5万架", value=5, unit="万架",
  year=2025, **T09)
F09c = "截至2023年底，全省算力总规模约为3.5 EFLOPS"
R("09", "青海", "MENTIONS_METRIC", "算力规模", F09c, value=3.5, unit="EFLOPS", qualifier="≈", year=2023)
R("09", "青海", "MENTIONS_METRIC", "数据中心绿电使用比例", F09c, value=62, qualifier="≈", year=2023, **PCT)
F09d = "建设西宁（南川）算力产业园"
R("09", "西宁（南川）算力产业园", "LOCATED_IN", "西宁", F09d)
R("09", "西宁", "LOCATED_IN", "青海", F09d, tier="extended")
R("09", "中国电信", "LOCATED_IN", "西宁（南川）算力产业园", F09d, tier="extended", note="supported to build; plan")
R("09", "中国移动", "LOCATED_IN", "西宁（南川）算力产业园", F09d, tier="extended", note="supported to build; plan")
F09e = "在海南藏族自治州共和县依托光伏基地"
R("09", "共和县", "LOCATED_IN", "海南藏族自治州", F09e, tier="extended")
R("09", "海南藏族自治州", "LOCATED_IN", "青海", F09e, tier="extended")
R("09", "海东市", "LOCATED_IN", "青海", "海东市重点发展灾备与冷数据存储", tier="extended")
R("09", "青海", "MENTIONS_METRIC", "智算项目投资补贴比例", "按实际投资额的10%给予补贴", value=10, **PCT,
  tier="extended", note="subsidy rule of the policy")
R("09", "青海", "MENTIONS_METRIC", "单个项目补贴上限", "按实际投资额的10%给予补贴", value=5000, unit="万元",
  qualifier="<", tier="extended", note="最高不超过")
R("09", "青海", "MENTIONS_METRIC", "算力项目电价优惠", "再降低0.05元/千瓦时", value=0.05, unit="元/千瓦时",
  tier="extended", note="for projects with >50% domestic AI chips")
F09f = "鼓励黄河上游水电开发有限责任公司"
R("09", "黄河上游水电", "SUPPLIES", "GreenPower", F09f, tier="extended", note="encouraged, not stated as fact")
R("09", "国网青海电力", "SUPPLIES", "GreenPower", F09f, tier="extended", note="encouraged, not stated as fact")
F09g = "支持青海绿算数据科技有限公司在共和县建设液冷智算中心"
R("09", "青海绿算", "LOCATED_IN", "共和县", F09g, tier="extended", note="planned data centre")
R("09", "青海绿算", "LOCATED_IN", "青海", F09g, tier="extended", note=PREFIX)
R("09", "青海绿算", "MENTIONS_METRIC", "智算中心规模", F09g, value=1000, unit="P", year=2025, modality="plan",
  tier="extended", note="首期")

# ---- 10 forum thread: domestic AI accelerators, foundries, HBM (rumours excluded)
F10a = "华为昇腾910B：由海思设计"
R("10", "海思", "SUPPLIES", "AIChip", F10a, note="designer of 昇腾910B")
R("10", "华为", "SUPPLIES", "AIChip", F10a, tier="extended", note="parent of 海思")
R("10", "中芯国际", "SUPPLIES", "Foundry", F10a, note="公开报道称 (reported), not a rumour")
R("10", "Samsung", "SUPPLIES", "HBM", F10a, note="此前 (past stock)")
R("10", "AIChip", "DEPENDS_ON", "HBM", F10a, alt_subject="昇腾910B")
R("10", "AIChip", "DEPENDS_ON", "Foundry", F10a, alt_subject="昇腾910B", tier="extended")
R("10", "寒武纪", "SUPPLIES", "AcceleratorCard", "加速卡主要卖给互联网厂商和运营商", alt_object="AIChip",
  note="寒武纪 has no fab (negation)")
F10b = "海光信息的DCU兼容类CUDA生态"
R("10", "海光信息", "SUPPLIES", "GPU", F10b, alt_object="AIChip", note="DCU")
R("10", "中科曙光", "SUPPLIES", "Server", F10b, tier="extended")
R("10", "Server", "DEPENDS_ON", "GPU", F10b, tier="extended")
F10c = "两家都是GPU设计公司"
R("10", "沐曦", "SUPPLIES", "GPU", F10c)
R("10", "壁仞科技", "SUPPLIES", "GPU", F10c)
R("10", "TSMC", "SUPPLIES", "Foundry", F10c, note="BR100最初由台积电代工")
F10d = "全功能GPU，显存用的是GDDR6而不是HBM"
R("10", "摩尔线程", "SUPPLIES", "GPU", F10d)
R("10", "GPU", "DEPENDS_ON", "GDDR6", F10d, alt_subject="MTT S4000", tier="extended")
F10e = "早期是在格芯（GlobalFoundries）流片"
R("10", "燧原科技", "SUPPLIES", "AIChip", F10e, note="邃思; not made by 中芯国际 (negation)")
R("10", "GlobalFoundries", "SUPPLIES", "Foundry", F10e, note="早期 (early tape-outs)")
F10f = "我们机房去年上的是浪潮信息的昇腾服务器"
R("10", "浪潮信息", "SUPPLIES", "AIServer", F10f)
R("10", "曙光数创", "SUPPLIES", "ImmersionCooling", F10f)
R("10", "AIServer", "DEPENDS_ON", "AIChip", F10f, tier="extended", note="昇腾服务器")
R("10", "NVIDIA", "SUPPLIES", "GPU", "目前H20还能买到", tier="extended", note="H20; ban rumour denied")
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
