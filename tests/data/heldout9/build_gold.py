"""Build tests/data/heldout9/gold.jsonl (blind held-out set 9).

Run: python3 tests/data/heldout9/build_gold.py
Entities and relations are declared below. Evidence strings are not typed in
full: each relation gives a fragment, and `sent()` returns the one sentence
(or ；-clause, or table-row line) of the document that contains it. The script
stops if a fragment matches zero or several sentences.
For the .html passage, sentences are taken from the text between tags, so each
evidence string is a verbatim substring of the raw file.
Format: ../shared/eval/README.md. Layout follows tests/data/heldout8.
"""
import collections
import json
import pathlib
import re

HERE = pathlib.Path(__file__).parent
FILES = sorted(p for p in HERE.glob("h9_*") if p.suffix in (".txt", ".md", ".html"))
DOCS = {p.name: p.read_text(encoding="utf-8") for p in FILES}
KEY = {p.name[3:5]: p.name for p in FILES}          # "01" -> file name
ENGLISH = {n for n in DOCS if n.endswith("_en.txt")}
HTML = {n for n in DOCS if n.endswith(".html")}

# ----------------------------------------------------------------- sentences
# list markers stripped from the start of a sentence:
# 一、 1、 （1） （一） 1. ● • ▪️ 👉 ✅ - # > 问： 答： Q（…）： A（…）： 第一条
MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+、|（\d+）|（[一二三四五六七八九十]+）|\d+\.\s+|"
                    r"[●•▪👉✅🔚]\ufe0f?\s*|-\s+|#+\s*|>\s*|问：|答：|[QA](?:（[^）]*）)?[：:]\s*|"
                    r"第[一二三四五六七八九十]+条\s*)")


def split_sentences(name):
    out = []
    raw = DOCS[name]
    chunks = re.split(r"<[^>]+>", raw) if name in HTML else [raw]
    for chunk in chunks:
        for line in chunk.split("\n"):
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
C("NVIDIA", ["英伟达", "輝達", "NVIDIA", "Nvidia"], "US")
C("AMD", ["AMD"], "US")
C("Intel", ["英特尔"], "US", note="restricted in procurement (10)")
C("TSMC", ["台积电", "TSMC"], "TW")
C("Samsung", ["三星"], "KR")
C("SK hynix", ["SK海力士"], "KR")
C("Micron", ["美光"], "US")
C("Solidigm", ["Solidigm"], "US", parent="SK hynix")
C("Marvell", ["Marvell"], "US")
C("Silicon Motion", ["慧荣科技"], "TW", note="慧荣科技 SMI")
C("SiFive", ["SiFive"], "US")
C("Andes Technology", ["晶心科技（Andes）", "晶心科技"], "TW")
C("Ventana Micro Systems", ["Ventana"], "US", note="Veyron V2 only taped out (流片); no SUPPLIES")
C("Delta Electronics", ["Delta Electronics", "Delta"], "TW", note="台达电")
C("Lite-On Technology", ["Lite-On Technology", "Lite-On"], "TW", note="光宝科")
C("Infineon", ["Infineon"], "DE")
C("onsemi", ["onsemi"], "US")
C("Navitas Semiconductor", ["Navitas Semiconductor", "Navitas"], "US")
C("Powerchip", ["Powerchip"], "TW", note="力积电; planned future GaN foundry for Navitas (03), not annotated")
C("Wolfspeed", ["Wolfspeed"], "US")
C("X-FAB", ["X-FAB"], "DE")
C("Vertiv", ["Vertiv"], "US")
C("Schneider Electric", ["Schneider Electric"], "FR")
C("Quanta", ["廣達"], "TW", note="广达电脑")
C("Wistron", ["緯創"], "TW", note="纬创资通")
C("Wiwynn", ["緯穎"], "TW", parent="Wistron", note="纬颖科技")
C("Inventec", ["英業達"], "TW", note="英业达")
C("Hon Hai", ["鴻海"], "TW", note="鸿海精密 / Foxconn")
C("Ingrasys", ["鴻佰科技"], "TW", parent="Hon Hai", note="鸿佰科技")
C("Microsoft", ["微軟"], "US", note="customer (04)")
C("Amazon", ["亞馬遜"], "US", note="customer (04)")
C("Meta", ["Meta"], "US", note="customer (04)")
C("Supermicro", ["Supermicro"], "US")
C("Dell", ["戴尔"], "US")
C("DayOne", ["DayOne"], "SG", parent="万国数据", note="GDS International, renamed DayOne")
C("stc", ["沙特电信公司（stc）"], "SA", note="Saudi Telecom; JV partner of 阿里云 (05)")
C("Broadcom", ["Broadcom"], "US")
C("Cisco", ["思科"], "US")
C("Arista", ["Arista"], "US")
C("MKS Instruments", ["MKS Instruments, Inc."], "US")
C("Edwards", ["Edwards Limited（爱德华）"], "GB", note="Edwards vacuum (Atlas Copco group)")
C("VAT", ["VAT"], "CH", note="VAT Group, vacuum valves")
C("Advanced Energy", ["Advanced Energy"], "US", note="not a supplier of the issuer (07)")
C("Corning", ["康寧（Corning）", "康寧"], "US")
C("Sumitomo Electric", ["住友電工"], "JP")
C("Heraeus", ["賀利氏（Heraeus）"], "DE")

# ---- mainland Chinese companies (real)
C("阿里巴巴", ["阿里巴巴", "Alibaba"])
C("平头哥", ["平头哥"], parent="阿里巴巴")
C("芯来科技", ["芯来科技"])
C("赛昉科技", ["赛昉科技"])
C("算能", ["算能", "Sophgo"])
C("中芯国际", ["中芯国际", "SMIC"])
C("江波龙", ["江波龙"])
C("联芸科技", ["联芸科技"])
C("长江存储", ["长江存储"])
C("忆联", ["忆联"])
C("英韧科技", ["英韧科技"])
C("德明利", ["德明利"])
C("阿里云", ["阿里云", "阿里雲"], parent="阿里巴巴")
C("中国电信", ["中国电信", "中國電信"])
C("中国移动", ["China Mobile", "中国移动", "中國移動"])
C("中国联通", ["中国联通"])
C("字节跳动", ["字节跳动", "ByteDance"])
C("火山引擎", ["火山引擎"], parent="字节跳动", note="customer (08)")
C("腾讯", ["Tencent"])
C("腾讯云", ["腾讯云"], parent="腾讯")
C("华为", ["华为", "華為", "Huawei"])
C("华为云", ["华为云"], parent="华为")
C("英诺赛科", ["Innoscience"], note="Innoscience (GaN)")
C("天岳先进", ["SICC (Shandong Tianyue)"], note="SICC, 山东天岳")
C("科华数据", ["Kehua Data"])
C("中恒电气", ["Zhongheng Electric"])
C("麦格米特", ["Megmeet"])
C("浪潮信息", ["Inspur", "浪潮信息"], parent="浪潮集团")
C("浪潮集团", ["Inspur Group"])
C("万国数据", ["万国数据"])
C("盛科通信", ["盛科通信"])
C("新华三", ["新华三"])
C("锐捷网络", ["锐捷网络"])
C("富创精密", ["沈阳富创精密设备股份有限公司"])
C("新莱应材", ["昆山新莱洁净应用材料股份有限公司"])
C("英杰电气", ["四川英杰电气股份有限公司"])
C("中科仪", ["中国科学院沈阳科学仪器股份有限公司"], note="中科科仪 / SKY Technology, dry vacuum pumps")
C("华虹半导体", ["华虹半导体"], note="customer (07)")
C("超聚变", ["超聚变"])
C("海光信息", ["海光"])
C("飞腾", ["飞腾"])
C("龙芯中科", ["龙芯"])
C("上海兆芯", ["兆芯"])
C("申威", ["申威"], note="explicitly excluded from the catalogue (10)")
C("麒麟软件", ["麒麟软件"])
C("统信软件", ["统信软件"])
C("麒麟信安", ["麒麟信安"])
C("中国长城", ["中国长城"])
C("中科曙光", ["中科曙光"])
C("华鲲振宇", ["华鲲振宇"])
C("湘江鲲鹏", ["湘江鲲鹏"])
C("宝德", ["宝德"])
C("长飞光纤", ["長飛光纖光纜股份有限公司", "長飛"], note="YOFC")
C("亨通光电", ["江蘇亨通光電股份有限公司"])
C("中天科技", ["江蘇中天科技股份有限公司"])
C("烽火通信", ["烽火通信科技股份有限公司", "烽火通信"])
C("菲利华", ["湖北菲利華石英玻璃股份有限公司"])
C("中兴通讯", ["中興通訊"])
C("智谱", ["Zhipu AI"], note="AI model developer")
C("寒武纪", ["寒武纪"])
C("长鑫存储", ["长鑫存储"], note="HBM3 only sampling (12)")
C("长电科技", ["长电科技"])
C("通富微电", ["通富微电"])
C("盛合晶微", ["盛合晶微"])
C("燧原科技", ["燧原"])
C("沐曦", ["沐曦"])
C("壁仞科技", ["壁仞"])
C("昆仑芯", ["昆仑芯"], note="Baidu's chip unit (parent not named in the text)")

# ---- invented companies
C("睿擎微电子", ["睿擎微电子"], note="invented; RISC-V server SoC RQ-9000 (small-batch shipments)")
C("澄芯科技", ["澄芯科技"], note="invented; CX-V64 still in development (研发中), no SUPPLIES")
C("忆存科技", ["忆存科技"], note="invented; enterprise-SSD maker, HQ 合肥高新区")
C("Voltreon", ["Voltreon"], "US", note="invented; San Jose SiC MOSFET designer, fabbed at X-FAB")
C("Halden Energy", ["Halden Energy"], "TW", note="invented; Taoyuan battery-pack / BBU maker")
C("柔佛云港", ["柔佛云港（Johor CloudPort）"], "MY", note="invented; Malaysian data-centre operator")
C("海岳数据", ["海岳数据"], note="invented; Shenzhen-based operator of a 智算中心 on Batam")
C("曦联科技", ["曦联科技"], note="invented; switch-chip start-up, only taped out (no SUPPLIES)")
C("云岚网络", ["云岚网络"], note="invented; white-box switch ODM")
C("芯研装备", ["芯研装备科技(上海)股份有限公司"], note="invented; the issuer (发行人) in 07")
C("瓷衡精密", ["瓷衡精密陶瓷(苏州)有限公司"], note="invented; ceramic parts for ESCs")
C("青城智算", ["内蒙古青城智算科技有限公司", "青城智算"], note="invented; operator of 乌兰察布青城智算中心")
C("凌犀计算", ["Lingxi Computing", "Lingxi"], note="invented; Shenzhen server integrator added to the Entity List")
C("麓云计算机", ["长沙麓云计算机有限公司", "麓云计算机"], note="invented; 长沙 server assembler")
C("瀚光光纤", ["蘇州瀚光光纖科技股份有限公司"], note="invented; the H-share issuer (本集團) in 11")
C("衡芯智算", ["衡芯智算"], note="invented; domestic AI training-card designer")
C("芯拓封装", ["芯拓封装"], note="invented; new test-service supplier, no Ascend orders yet")

# ---- organisations
O("北京开源芯片研究院", ["北京开源芯片研究院"], "CN", note="maintains the 香山 open-source core (01)")
O("柔佛州投资局", ["柔佛州投资局"], "MY", note="source (05)")
O("美国商务部", ["Commerce Department"], "US")
O("美国商务部工业与安全局", ["Bureau of Industry and Security"], "US")
O("国家互联网信息办公室", ["Cyberspace Administration of China"], "CN")
O("湖南省财政厅", ["湖南省财政厅", "省财政厅"], "CN")
O("湖南省工业和信息化厅", ["湖南省工业和信息化厅"], "CN")
O("弗若斯特沙利文", ["弗若斯特沙利文"], "US", note="Frost & Sullivan (source)")
O("欧盟", ["歐盟"], "EU")

# ---- policies
POL_EL = "美国实体清单"
POL_H20 = "美国对华H20及MI308出口许可要求（2025年4月）"
POL_US23 = "美国对华AI芯片出口管制（2023年10月17日）"
POL_CNH20 = "中国监管部门叫停H20新订单（2025年8月）"
POL_HN = "《湖南省信息技术应用创新产品推广应用实施办法（2025—2027年）》"
POL_SG = "新加坡暂停审批新建数据中心（2019年）"
POL_EU = "欧盟对华光缆反倾销税（2021年11月）"
POL(POL_EL, ["Entity List"], "US", note="US Entity List; each addition is one RESTRICTS record with its date")
POL(POL_H20, ["licence requirement"], "US", date="2025-04-09",
    note="Commerce told Nvidia on 2025-04-09 (disclosed 04-15); also applied to AMD MI308")
POL(POL_US23, ["October 2023 rules"], "US", date="2023-10-17")
POL(POL_CNH20, [], "CN", date="2025-08",
    note="Chinese regulators told ByteDance, Alibaba, Tencent not to place new H20 orders (reported via unnamed sources)")
POL(POL_HN, [POL_HN, "本办法"], "CN", nomatch=("本办法",), date="2025-06-10",
    note="in force 2025-07-01 to 2027-12-31; 湘财采〔2025〕18号")
POL("《湖南省信创产品目录》", ["《湖南省信创产品目录》"], "CN", note="the catalogue named in 第二条")
POL("东数西算", ["“东数西算”工程", "东数西算"], "CN", date="2022-02")
POL(POL_SG, [], "SG", date="2019", note="moratorium on new data centres, partly lifted after 2022")
POL(POL_EU, ["反傾銷稅"], "EU", date="2021-11")

# ---- product models
PM("玄铁C920", ["玄铁C920"], "平头哥", "CPUCoreIP")
PM("NA900", ["NA900"], "芯来科技", "CPUCoreIP")
PM("SiFive P670", ["SiFive P670"], "SiFive", "CPUCoreIP")
PM("香山", ["香山"], "北京开源芯片研究院", "CPUCoreIP", note="open-source core; no commercial server chip yet")
PM("SG2042", ["SG2042"], "算能", "CPU")
PM("SG2044", ["SG2044"], "算能", "CPU", note="sampling; foundry rumoured to move onshore")
PM("Veyron V2", ["Veyron V2"], "Ventana Micro Systems", "CPU", note="taped out only")
PM("RQ-9000", ["RQ-9000"], "睿擎微电子", "CPU", note="invented model")
PM("CX-V64", ["CX-V64"], "澄芯科技", "CPU", note="invented model, in development")
PM("WM7000", ["WM7000"], "江波龙", "SSDController", note="model number written for this set")
PM("GB200 NVL72", ["GB200 NVL72", "GB200"], "NVIDIA", "AIServer", note="rack-scale system (機櫃 / rack)")
PM("GB300", ["GB300"], "NVIDIA", "AIServer", note="planned shipments (04)")
PM("Grace", ["Grace CPU"], "NVIDIA", "CPU")
PM("Blackwell", ["Blackwell GPU", "Blackwell"], "NVIDIA", "GPU")
PM("H200", ["HGX H200", "H200"], "NVIDIA", "GPU")
PM("MI300X", ["MI300X"], "AMD", "GPU")
PM("鲲鹏", ["鲲鹏"], "华为", "CPU")
PM("鲲鹏920", ["鲲鹏920"], "华为", "CPU")
PM("昇腾", ["昇腾"], "华为", "AIChip")
PM("昇腾910B", ["昇腾910B", "Ascend 910B"], "华为", "AIChip")
PM("昇腾910C", ["910C", "Ascend 910C"], "华为", "AIChip")
PM("DCU", ["海光DCU"], "海光信息", "GPU", note="Hygon DCU, mapped to GPU as in the seed")
PM("思元590", ["思元590"], "寒武纪", "AIChip")
PM("HBM2E", ["HBM2E"], "Samsung", "HBM")
PM("Tomahawk 5", ["Tomahawk 5"], "Broadcom", "SwitchChip")
PM("Teralynx 10", ["Teralynx 10"], "Marvell", "SwitchChip")
PM("Silicon One", ["Silicon One"], "Cisco", "SwitchChip")
PM("Arctic", ["Arctic系列"], "盛科通信", "SwitchChip")
PM("Spectrum-X", ["Spectrum-X"], "NVIDIA", "Switch")
PM("H20", ["H20"], "NVIDIA", "GPU")
PM("MI308", ["MI308"], "AMD", "GPU")
PM("A800", ["A800"], "NVIDIA", "GPU")
PM("H800", ["H800"], "NVIDIA", "GPU")
PM("B30A", ["B30A"], "NVIDIA", "GPU", note="not approved for China")
PM("RTX Pro 6000D", ["RTX Pro 6000D"], "NVIDIA", "GPU", note="hypothetical only")
PM("银河麒麟", ["银河麒麟"], "麒麟软件", "OperatingSystem")
PM("统信UOS", ["统信UOS"], "统信软件", "OperatingSystem")

# ---- product categories
P("CPUCoreIP", ["RISC-V处理器IP", "处理器IP", "高性能处理器核", "处理器核"],
  note="licensable processor cores (IP); alt ChipArchitectureIP")
P("CPU", ["CPU", "服务器CPU", "处理器", "服务器芯片"], nomatch=("处理器",))
P("Foundry", ["代工", "代工厂", "foundry"], nomatch=("代工",))
P("EnterpriseSSD", ["企业级SSD", "企业级PCIe SSD", "企业级SATA SSD"])
P("SSDController", ["SSD主控芯片", "主控芯片", "主控"], nomatch=("主控",))
P("NAND", ["NAND晶圆", "NAND颗粒", "NAND"])
P("PowerShelf", ["power shelves", "power-shelf", "54V shelf"])
P("SiCPowerDevice", ["silicon carbide (SiC) MOSFETs", "SiC MOSFETs", "SiC devices"])
P("GaNPowerDevice", ["gallium nitride (GaN) transistors", "GaN parts", "GaN chips"])
P("SiCSubstrate", ["SiC substrates"])
P("BBU", ["Battery backup units (BBUs)", "BBUs"])
P("UPS", ["UPS systems"])
P("Busway", ["busways"])
P("HVDCPowerSystem", ["HVDC systems", "high-voltage direct current (HVDC)"])
P("ServerPSU", ["server power supplies", "individual power supplies"])
P("AIServer", ["AI伺服器", "AI機櫃", "AI服务器", "GPU服务器"])
P("Server", ["伺服器", "雲端伺服器", "通用型伺服器", "服务器", "server maker", "server integrator"],
  nomatch=("伺服器", "服务器"))
P("ServerBoard", ["運算板（compute tray）", "HGX基板"])
P("GPU", ["GPU", "GPUs"])
P("AIChip", ["AI芯片", "AI chip", "accelerators", "AI accelerator", "国产AI芯片"])
P("AcceleratorCard", ["加速卡", "训练卡"])
P("DataCenter", ["数据中心", "智算中心"], nomatch=("数据中心",))
P("CloudService", ["云计算"])
P("TelecomService", ["算力网络骨干"], note="network connectivity (08, extended)")
P("SwitchChip", ["商用以太网交换芯片", "以太网交换芯片", "交换芯片"])
P("Switch", ["800G交换机", "白盒交换机", "数据中心交换机", "交换机"])
P("EtchEquipment", ["等离子体刻蚀设备"])
P("DepositionEquipment", ["薄膜沉积设备"])
P("RFPowerSupply", ["射频电源"])
P("MassFlowController", ["质量流量控制器"])
P("VacuumPump", ["干式真空泵", "真空泵"])
P("Valve", ["真空阀门", "隔膜阀", "阀门"])
P("PrecisionMetalParts", ["精密金属结构件"], note="chambers and precision metal parts")
P("UHPPiping", ["超高纯管路"])
P("CeramicParts", ["陶瓷部件", "陶瓷件"])
P("QuartzParts", ["石英件"])
P("OperatingSystem", ["国产操作系统", "操作系统"])
P("OpticalFiberPreform", ["光纖預製棒"])
P("OpticalFiber", ["G.652.D單模光纖", "G.654.E超低損耗光纖", "光纖"], nomatch=("光纖",))
P("OpticalCable", ["光纜"])
P("MPOCableAssembly", ["高密度MPO光纜組件"])
P("OpticalTransportEquipment", ["相干光傳輸設備"])
P("QuartzTube", ["石英套管"])
P("SiliconTetrachloride", ["高純四氯化矽"])
P("HBM", ["HBM", "HBM3"])
P("AdvancedPackaging", ["先进封装", "2.5D封装"])
P("Interposer", ["硅中介层"])
P("ChipTesting", ["芯片测试"], note="test services; alt PackagingTesting")
P("PackagingTesting", [], note="alt object for ChipTesting")

# ---- segments
E("Upstream", "Segment", ["最上游"], None)

# ---- metrics
M("RISC-V芯片出货量", ["RISC-V芯片出货量"])
M("数据中心容量", ["数据中心容量"])
M("智能算力规模", ["智能算力规模", "智能算力"])
M("算力规模", ["算力规模"])
M("数据中心设计PUE", ["设计PUE"])
M("数据中心机架规模", ["标准机架"])
M("绿电使用比例", ["绿电使用比例"])
M("网络时延", ["网络时延"])
M("计划投资额", ["总投资"])
M("党政机关办公终端国产化率", ["党政机关办公终端国产化率"])
M("省属国企新增服务器国产化率", ["新增服务器国产化率"])
M("政务云新增算力智能算力占比", ["智能算力占比"])
M("光纤预制棒产能", ["光纖預製棒產能"])

# ---- facilities
F("阿里云新山数据中心", ["第三座数据中心"], "MY", note="Alibaba Cloud's third data centre in Malaysia, hosted by 柔佛云港")
F("DayOne士乃数据中心园区", ["数据中心园区"], "MY")
F("华为云利雅得节点", ["华为云利雅得节点"], "SA")
F("阿里云stc合资数据中心", ["合资的数据中心"], "SA")
F("海岳数据巴淡岛智算中心", ["智算中心一期"], "ID")
F("乌兰察布青城智算中心", ["乌兰察布青城智算中心"], note="一期 opened 2025-04-26")

# ---- regions
G("中国", ["中国", "中國", "China", "国内", "國內"], nomatch=("国内", "國內"), subtype="country")
G("全球", ["全球"], None, subtype="world")
G("美国", ["美国", "美國", "US"], "US", nomatch=("US",), subtype="country")
G("杭州", ["杭州"], subtype="city")
G("上海", ["上海"], subtype="city")
G("北京", ["北京", "Beijing", "BEIJING"], subtype="city")
G("合肥", ["合肥"], subtype="city")
G("合肥高新区", ["合肥高新区"], subtype="district")
G("台北", ["Taipei"], "TW", subtype="city")
G("桃园", ["Taoyuan"], "TW", subtype="city")
G("珠海", ["Zhuhai"], subtype="city")
G("山东", ["Shandong"], subtype="province")
G("圣何塞", ["San Jose"], "US", subtype="city")
G("加利福尼亚州", ["California", "加州"], "US", subtype="state")
G("拉伯克", ["Lubbock"], "US", subtype="city")
G("得克萨斯州", ["Texas"], "US", subtype="state")
G("弗里蒙特", ["佛利蒙"], "US", subtype="city", note="Fremont")
G("田纳西州", ["田納西州"], "US", subtype="state")
G("墨西哥", ["墨西哥"], "MX", subtype="country")
G("瓜达拉哈拉", ["瓜達拉哈拉"], "MX", subtype="city")
G("马来西亚", ["马来西亚"], "MY", subtype="country")
G("柔佛州", ["柔佛州", "柔佛"], "MY", subtype="state")
G("新山", ["新山"], "MY", subtype="city", note="Johor Bahru")
G("士乃", ["士乃"], "MY", subtype="town", note="Senai / Sedenak area")
G("新加坡", ["新加坡"], "SG", subtype="country")
G("沙特", ["沙特"], "SA", subtype="country")
G("利雅得", ["利雅得"], "SA", subtype="city")
G("达曼", ["达曼"], "SA", subtype="city")
G("印度尼西亚", ["印度尼西亚"], "ID", subtype="country")
G("巴淡岛", ["巴淡岛"], "ID", subtype="island/city")
G("深圳", ["深圳", "Shenzhen"], subtype="city")
G("泰国", ["泰国"], "TH", subtype="country", note="rumour only (05)")
G("春武里", ["春武里"], "TH", subtype="province", note="rumour only (05)")
G("香港", ["Hong Kong"], subtype="SAR")
G("澳门", ["Macau"], subtype="SAR")
G("内蒙古", ["内蒙古"], subtype="hub/province")
G("乌兰察布", ["乌兰察布市", "乌兰察布"], subtype="city")
G("集宁区", ["集宁区"], subtype="district")
G("集宁区大数据产业园", ["集宁区大数据产业园"], subtype="park")
G("和林格尔数据中心集群", ["和林格尔数据中心集群"], subtype="cluster")
G("湖南", ["湖南省", "湖南"], subtype="province")
G("长沙", ["长沙"], subtype="city")
G("长沙经济技术开发区", ["长沙经济技术开发区"], subtype="district")
G("四川", ["四川"], subtype="province")
G("沈阳", ["沈阳"], subtype="city")
G("昆山", ["昆山"], subtype="city")
G("苏州", ["苏州", "蘇州市", "蘇州"], subtype="city")
G("江苏", ["江蘇省", "江蘇"], subtype="province")
G("吴江区", ["吳江區", "吳江"], subtype="district")
G("湖北", ["湖北"], subtype="province")
G("潜江", ["潛江"], subtype="city")
G("克雷塔罗", ["克雷塔羅"], "MX", subtype="city", note="Querétaro")
G("摩洛哥", ["摩洛哥"], "MA", subtype="country")
G("丹吉尔", ["丹吉爾"], "MA", subtype="city", note="Tangier; planned plant only")

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

# ---- 01 brokerage report: RISC-V IP and server SoCs (flattened table)
R("01", "CPUCoreIP", "PART_OF_SEGMENT", "Upstream", "处理器IP位于芯片设计产业链的最上游", scope="芯片设计产业链")
F01a = "海外RISC-V处理器IP以SiFive和晶心科技"
F01b = "SiFive份额约为30%"
ROW01 = {"sg2042": "SG2042  算能", "sg2044": "SG2044  算能", "veyron": "Veyron V2  Ventana",
         "rq": "RQ-9000  睿擎微电子", "cx": "CX-V64  澄芯科技"}
R("01", "SiFive", "SUPPLIES", "CPUCoreIP", F01a, alt=[F01b, ROW01["cx"]],
  note="the CX-V64 row names SiFive P670 as the core source")
R("01", "Andes Technology", "SUPPLIES", "CPUCoreIP", F01a, alt=[F01b])
R("01", "平头哥", "SUPPLIES", "CPUCoreIP", F01a, alt=["平头哥的玄铁C920已授权给多家SoC厂商", ROW01["sg2042"]])
R("01", "芯来科技", "SUPPLIES", "CPUCoreIP", F01a, alt=[ROW01["rq"]])
R("01", "赛昉科技", "SUPPLIES", "CPUCoreIP", F01a)
SH01 = dict(year=2024, qualifier="≈", scope="全球RISC-V处理器IP市场", source="东岳证券测算", **PCT)
R("01", "SiFive", "HAS_MARKET_SHARE", "CPUCoreIP", F01b, value=30, **SH01)
R("01", "Andes Technology", "HAS_MARKET_SHARE", "CPUCoreIP", F01b, value=25, **SH01)
R("01", "CPUCoreIP", "LOCALIZATION_RATE", "中国", "本土IP占比（即IP国产化率）约为45%", value=45, qualifier="≈",
  scope="国内SoC厂商采用的RISC-V处理器IP", **PCT, note="no year in the sentence (2024 in the preceding one)")
R("01", "平头哥", "LOCATED_IN", "杭州", "平头哥是阿里巴巴旗下的芯片公司", note="headquarters")
R("01", "芯来科技", "LOCATED_IN", "上海", "芯来科技和赛昉科技的总部均在上海", note="headquarters")
R("01", "赛昉科技", "LOCATED_IN", "上海", "芯来科技和赛昉科技的总部均在上海", note="headquarters")
R("01", "算能", "SUPPLIES", "CPU", "算能基于该核设计了64核服务器芯片SG2042", alt=[ROW01["sg2042"]],
  note="SG2042 量产; SG2044 only 送样")
R("01", "CPU", "DEPENDS_ON", "CPUCoreIP", "算能基于该核设计了64核服务器芯片SG2042", tier="extended",
  alt=[ROW01["rq"]], note="SoC designed on a licensed core (table column 处理器核来源)")
R("01", "TSMC", "SUPPLIES", "Foundry", ROW01["sg2042"], alt=[ROW01["veyron"]], note="代工厂 column")
R("01", "睿擎微电子", "SUPPLIES", "CPU", ROW01["rq"], note="小批量出货")
R("01", "中芯国际", "SUPPLIES", "Foundry", ROW01["rq"], note="代工厂 column")
R("01", "全球", "MENTIONS_METRIC", "RISC-V芯片出货量", "2030年全球RISC-V芯片出货量将达到160亿颗", value=160,
  unit="亿颗", year=2030, modality="forecast", source="行业机构")

# ---- 02 investor Q&A: enterprise SSD, controllers, NAND
F02a = "公司企业级SSD同时采用自研主控与第三方主控"
F02b = "公司NAND晶圆主要向三星"
F02c = "前三名为三星、Solidigm和忆联"
F02d = "主控芯片主要采用英韧科技的方案"
R("02", "江波龙", "SUPPLIES", "EnterpriseSSD", F02a, alt=["公司自研的WM7000主控已在部分企业级PCIe SSD中量产导入"],
  note="公司 = 江波龙")
R("02", "EnterpriseSSD", "DEPENDS_ON", "SSDController", F02a, alt=[F02d])
R("02", "Marvell", "SUPPLIES", "SSDController", F02a)
R("02", "Silicon Motion", "SUPPLIES", "SSDController", F02a)
R("02", "江波龙", "SUPPLIES", "SSDController", "公司自研的WM7000主控", tier="extended",
  note="in-house controller used in its own SSDs")
for c in ["Samsung", "Micron", "SK hynix", "长江存储"]:
    kw = dict(alt=[F02d]) if c == "长江存储" else {}
    R("02", c, "SUPPLIES", "NAND", F02b, note="NAND wafers bought by 江波龙", **kw)
R("02", "EnterpriseSSD", "DEPENDS_ON", "NAND", F02d, note="NAND颗粒主要来自长江存储 (忆存科技)")
R("02", "联芸科技", "SUPPLIES", "SSDController", "公司营收主要来自消费级SSD主控芯片",
  note="consumer SSD controllers; its enterprise controller is still in customer validation")
SH02 = dict(year=2024, qualifier="≈", scope="中国企业级SSD市场（按出货容量）", source="第三方机构", **PCT)
for c, v in [("Samsung", 30), ("Solidigm", 17), ("忆联", 11), ("忆存科技", 5)]:
    R("02", c, "HAS_MARKET_SHARE", "EnterpriseSSD", F02c, value=v, **SH02,
      **(dict(note="公司份额约为5% (公司 = 忆存科技)") if c == "忆存科技" else {}))
    kw = dict(alt=["公司为阿里云、中国电信等客户提供企业级SSD"]) if c == "忆存科技" else {}
    R("02", c, "SUPPLIES", "EnterpriseSSD", F02c, **kw)
R("02", "英韧科技", "SUPPLIES", "SSDController", F02d)
R("02", "忆存科技", "LOCATED_IN", "合肥高新区", "公司总部及SSD模组产线均位于合肥高新区",
  note="headquarters and SSD module line")
R("02", "忆存科技", "LOCATED_IN", "合肥", "公司总部及SSD模组产线均位于合肥高新区", tier="extended")
R("02", "合肥高新区", "LOCATED_IN", "合肥", "公司总部及SSD模组产线均位于合肥高新区", tier="extended")
R("02", "德明利", "SUPPLIES", "EnterpriseSSD", "公司企业级SATA SSD已小批量出货",
  note="SATA shipping in small batches; PCIe only planned")

# ---- 03 English trade press: power shelves, SiC/GaN, BBU, UPS, HVDC
F03a = "fed at 54V DC from power shelves"
F03b = "both headquartered in Taipei"
F03c = "Industry estimates put Delta's share"
F03d = "Each shelf relies on silicon carbide"
F03e = "Infineon and onsemi supply most of the SiC devices"
F03f = "SiC MOSFETs in turn depend on SiC substrates"
F03g = "Voltreon, a start-up headquartered in San Jose"
F03h = "are supplied by Lite-On and by Halden Energy"
F03i = "Vertiv, by contrast, does not make BBUs"
F03j = "Schneider Electric and Vertiv lead the market"
F03k = "Kehua Data and Zhongheng Electric supply HVDC systems"
R("03", "GB200 NVL72", "DEPENDS_ON", "PowerShelf", F03a, alt_subject="AIServer")
R("03", "NVIDIA", "SUPPLIES", "AIServer", F03a, tier="extended", note="NVIDIA's GB200 NVL72 rack platform")
R("03", "Delta Electronics", "SUPPLIES", "PowerShelf", F03b, alt=[F03c])
R("03", "Lite-On Technology", "SUPPLIES", "PowerShelf", F03b, alt=[F03c])
R("03", "Delta Electronics", "LOCATED_IN", "台北", F03b, note="headquarters")
R("03", "Lite-On Technology", "LOCATED_IN", "台北", F03b, note="headquarters")
SH03 = dict(year=2024, qualifier="≈", scope="AI power-shelf market", source="industry estimates", **PCT)
R("03", "Delta Electronics", "HAS_MARKET_SHARE", "PowerShelf", F03c, value=60, **SH03)
R("03", "Lite-On Technology", "HAS_MARKET_SHARE", "PowerShelf", F03c, value=20, **SH03)
R("03", "PowerShelf", "DEPENDS_ON", "SiCPowerDevice", F03d)
R("03", "PowerShelf", "DEPENDS_ON", "GaNPowerDevice", F03d)
R("03", "Infineon", "SUPPLIES", "SiCPowerDevice", F03e)
R("03", "onsemi", "SUPPLIES", "SiCPowerDevice", F03e)
R("03", "Navitas Semiconductor", "SUPPLIES", "GaNPowerDevice", F03e)
R("03", "英诺赛科", "SUPPLIES", "GaNPowerDevice", F03e)
R("03", "TSMC", "SUPPLIES", "Foundry", "its GaN chips have been made by TSMC",
  note="GaN foundry for Navitas; the exit by 2027 and the move to Powerchip are plans, not annotated")
R("03", "英诺赛科", "LOCATED_IN", "珠海", "Innoscience, based in Zhuhai", note="headquarters (based in)")
R("03", "SiCPowerDevice", "DEPENDS_ON", "SiCSubstrate", F03f)
R("03", "天岳先进", "SUPPLIES", "SiCSubstrate", F03f)
R("03", "Wolfspeed", "SUPPLIES", "SiCSubstrate", F03f)
R("03", "天岳先进", "LOCATED_IN", "山东", F03f, tier="extended", note="from the name Shandong Tianyue")
R("03", "Voltreon", "SUPPLIES", "SiCPowerDevice", F03g, alt=["sells only discrete devices"],
  note="designs its own SiC MOSFETs; does not build power shelves")
R("03", "Voltreon", "LOCATED_IN", "圣何塞", F03g, note="headquarters")
R("03", "Voltreon", "LOCATED_IN", "加利福尼亚州", F03g, tier="extended", note="headquarters (state)")
R("03", "圣何塞", "LOCATED_IN", "加利福尼亚州", F03g, tier="extended")
R("03", "X-FAB", "SUPPLIES", "Foundry", F03g, note="fabricates Voltreon's SiC MOSFETs")
R("03", "X-FAB", "LOCATED_IN", "拉伯克", F03g, note="plant")
R("03", "拉伯克", "LOCATED_IN", "得克萨斯州", F03g, tier="extended")
R("03", "Lite-On Technology", "SUPPLIES", "BBU", F03h)
R("03", "Halden Energy", "SUPPLIES", "BBU", F03h)
R("03", "Halden Energy", "LOCATED_IN", "桃园", F03h, note="headquarters (based in)")
R("03", "Vertiv", "SUPPLIES", "UPS", F03i, alt=[F03j])
R("03", "Vertiv", "SUPPLIES", "Busway", F03i)
R("03", "Schneider Electric", "SUPPLIES", "UPS", F03j)
SH03b = dict(qualifier="≈", scope="large UPS systems market", **PCT,
             note="no year in the sentence (article dated 2025-05-14)")
R("03", "Schneider Electric", "HAS_MARKET_SHARE", "UPS", F03j, value=24, **SH03b)
R("03", "Vertiv", "HAS_MARKET_SHARE", "UPS", F03j, value=21, **SH03b)
R("03", "科华数据", "SUPPLIES", "HVDCPowerSystem", F03k)
R("03", "中恒电气", "SUPPLIES", "HVDCPowerSystem", F03k)
R("03", "麦格米特", "SUPPLIES", "ServerPSU", F03k, note="Inspur is the customer")

# ---- 04 Taiwanese news: ODM monthly revenue and rack shipments
F04a = "AI伺服器主要客戶為微軟"
F04b = "廣達的AI伺服器主要在美國加州佛利蒙與田納西州廠區組裝"
F04c = "緯創為輝達生產GB200所需的運算板"
F04d = "該公司主要為Meta與微軟供應雲端伺服器"
F04e = "伺服器出貨以通用型伺服器為主"
F04f = "鴻海旗下鴻佰科技負責AI伺服器機櫃組裝"
F04g = "法人預估，2024年全球AI伺服器出貨中"
F04h = "GB200機櫃需搭配輝達Grace CPU與Blackwell GPU"
R("04", "Quanta", "SUPPLIES", "AIServer", F04a, alt=[F04b, F04g], note="GB200機櫃已自11月起小量出貨")
R("04", "Quanta", "SUPPLIES", "Server", F04a, tier="extended", note="伺服器占營收比重已超過六成")
R("04", "Quanta", "LOCATED_IN", "弗里蒙特", F04b, note="assembly plant")
R("04", "Quanta", "LOCATED_IN", "田纳西州", F04b, note="assembly plant")
R("04", "Quanta", "LOCATED_IN", "加利福尼亚州", F04b, tier="extended", note="assembly plant (state)")
R("04", "弗里蒙特", "LOCATED_IN", "加利福尼亚州", F04b, tier="extended")
R("04", "加利福尼亚州", "LOCATED_IN", "美国", F04b, tier="extended")
R("04", "田纳西州", "LOCATED_IN", "美国", F04b, tier="extended")
R("04", "Wistron", "SUPPLIES", "ServerBoard", F04c, note="compute trays and HGX baseboards for NVIDIA (customer)")
R("04", "GB200 NVL72", "DEPENDS_ON", "ServerBoard", F04c, note="GB200所需的運算板")
R("04", "Wiwynn", "SUPPLIES", "Server", F04d, note="該公司 = 緯穎")
R("04", "Wiwynn", "SUPPLIES", "AIServer", F04d, note="其AI機櫃")
R("04", "AIServer", "DEPENDS_ON", "GPU", F04d, alt_object="AIChip", note="AMD MI300X and NVIDIA HGX H200 platforms")
R("04", "AMD", "SUPPLIES", "GPU", F04d, alt_object="AIChip", note="MI300X")
R("04", "NVIDIA", "SUPPLIES", "GPU", F04d, alt=[F04h], note="HGX H200; Blackwell GPU")
R("04", "NVIDIA", "SUPPLIES", "CPU", F04h, note="Grace CPU")
R("04", "NVIDIA", "SUPPLIES", "AIServer", "輝達GB200 NVL72機櫃進入量產", tier="extended",
  note="GB200 NVL72 rack platform, assembled by the ODMs")
R("04", "Inventec", "SUPPLIES", "Server", F04e, note="GB300 racks only planned (not annotated)")
R("04", "Ingrasys", "SUPPLIES", "AIServer", F04f)
R("04", "Hon Hai", "SUPPLIES", "AIServer", F04g, alt=[F04f])
R("04", "Hon Hai", "LOCATED_IN", "瓜达拉哈拉", F04f, tier="extended", note="GB200 rack plant under construction (預計明年投產)")
R("04", "瓜达拉哈拉", "LOCATED_IN", "墨西哥", F04f, tier="extended")
SH04 = dict(year=2024, qualifier="≈", scope="全球AI伺服器出貨", source="法人預估", **PCT)
R("04", "Hon Hai", "HAS_MARKET_SHARE", "AIServer", F04g, value=40, **SH04)
R("04", "Quanta", "HAS_MARKET_SHARE", "AIServer", F04g, value=30, **SH04)
R("04", "Wistron", "HAS_MARKET_SHARE", "AIServer", F04g, value=15, **SH04, tier="extended",
  note="緯創（含緯穎）: group figure including the subsidiary")
R("04", "Wistron", "SUPPLIES", "AIServer", F04g, tier="extended",
  note="only via the group share (含緯穎); Wistron itself does not assemble racks (不做整櫃組裝)")
R("04", "GB200 NVL72", "DEPENDS_ON", "CPU", F04h, alt_object="Grace")
R("04", "GB200 NVL72", "DEPENDS_ON", "GPU", F04h, alt_object="Blackwell")

# ---- 05 news: Chinese cloud firms' data centres abroad
F05a = "阿里云在柔佛州新山启用了"
F05b = "万国数据旗下的DayOne"
F05c = "柔佛州已投运数据中心容量超过600MW"
F05d = "新加坡自2019年起暂停审批新建数据中心"
F05e = "腾讯云在新加坡设有三个可用区"
F05f = "华为云利雅得节点已于2023年开服"
F05g = "阿里云与沙特电信公司（stc）合资的数据中心位于利雅得"
F05h = "腾讯云计划于2026年在沙特达曼启用首个数据中心"
F05i = "海岳数据在巴淡岛建设的智算中心一期已投运"
F05j = "海岳数据为多家中国企业的海外业务提供算力托管"
R("05", "阿里云新山数据中心", "LOCATED_IN", "新山", F05a)
R("05", "阿里云新山数据中心", "LOCATED_IN", "柔佛州", F05a, tier="extended")
R("05", "新山", "LOCATED_IN", "柔佛州", F05a, tier="extended")
R("05", "柔佛州", "LOCATED_IN", "马来西亚", F05a, tier="extended")
R("05", "阿里云", "LOCATED_IN", "新山", F05a, tier="extended", note="its data centre (hosted by 柔佛云港)")
R("05", "柔佛云港", "SUPPLIES", "DataCenter", F05a, note="builds and hosts the data centre")
R("05", "柔佛云港", "LOCATED_IN", "柔佛州", F05a, tier="extended", note="当地运营商")
R("05", "阿里云", "SUPPLIES", "CloudService", F05a, tier="extended",
  note="cloud vendor by name (the article is about 中国云厂商); here a tenant of 柔佛云港")
R("05", "DayOne", "SUPPLIES", "DataCenter", F05b)
R("05", "万国数据", "SUPPLIES", "DataCenter", F05b, tier="extended", note="through its subsidiary DayOne")
R("05", "DayOne士乃数据中心园区", "LOCATED_IN", "士乃", F05b)
R("05", "DayOne士乃数据中心园区", "LOCATED_IN", "柔佛州", F05b, tier="extended")
R("05", "士乃", "LOCATED_IN", "柔佛州", F05b, tier="extended")
R("05", "柔佛州", "MENTIONS_METRIC", "数据中心容量", F05c, value=600, unit="MW", qualifier=">", year=2024,
  source="柔佛州投资局")
R("05", "新加坡", "MENTIONS_METRIC", "数据中心容量", F05d, value=1.4, unit="GW", qualifier="≈",
  note="目前; no year in the sentence")
R("05", POL_SG, "RESTRICTS", "DataCenter", F05d, tier="extended", date="2019", year=2019,
  qualifier="暂停审批新建数据中心（2022年后以绿色数据中心试点方式有限放开）")
R("05", POL_SG, "ISSUED_BY", "新加坡", F05d, tier="extended")
R("05", "腾讯云", "LOCATED_IN", "新加坡", F05e, note="three availability zones in leased facilities; no own data centre planned")
R("05", "腾讯云", "SUPPLIES", "CloudService", F05e, tier="extended", note="可用区")
R("05", "华为云利雅得节点", "LOCATED_IN", "利雅得", F05f)
R("05", "利雅得", "LOCATED_IN", "沙特", F05g, tier="extended")
R("05", "华为云", "SUPPLIES", "CloudService", F05f, tier="extended", note="operates the Riyadh cloud node")
R("05", "Server", "DEPENDS_ON", "CPU", F05f, alt_object="鲲鹏", note="节点服务器全部基于鲲鹏")
R("05", "Server", "DEPENDS_ON", "AIChip", F05f, alt_object="昇腾", note="节点服务器全部基于…昇腾; no NVIDIA GPUs")
R("05", "华为", "SUPPLIES", "CPU", F05f, tier="extended", note="鲲鹏 maker from common knowledge")
R("05", "华为", "SUPPLIES", "AIChip", F05f, tier="extended", note="昇腾 maker from common knowledge")
R("05", "阿里云stc合资数据中心", "LOCATED_IN", "利雅得", F05g)
R("05", "腾讯云", "LOCATED_IN", "达曼", F05h, tier="extended", modality="plan", note="planned for 2026")
R("05", "达曼", "LOCATED_IN", "沙特", F05h, tier="extended")
R("05", "海岳数据巴淡岛智算中心", "LOCATED_IN", "巴淡岛", F05i)
R("05", "巴淡岛", "LOCATED_IN", "印度尼西亚", F05i, tier="extended")
R("05", "海岳数据", "LOCATED_IN", "巴淡岛", F05i, tier="extended", note="its 智算中心")
R("05", "海岳数据", "SUPPLIES", "DataCenter", F05i, alt=[F05j], note="builds the 智算中心 and offers 算力托管")
R("05", "海岳数据", "LOCATED_IN", "深圳", F05j, note="headquarters (其总部)")
R("05", "Supermicro", "SUPPLIES", "AIServer", F05i)
R("05", "Dell", "SUPPLIES", "AIServer", F05i)
R("05", "AIServer", "DEPENDS_ON", "GPU", F05i, alt_object="H200", note="搭载英伟达H200")
R("05", "NVIDIA", "SUPPLIES", "GPU", F05i, note="H200")

# ---- 06 WeChat article: switch chips and 800G switches
F06a = "一台64口800G交换机需要一颗51.2T交换芯片"
F06b = "商用以太网交换芯片市场高度集中"
F06c = "Broadcom的Tomahawk 5是目前800G交换机最主流的51.2T芯片"
F06d = "盛科通信的Arctic系列最高支持25.6T交换容量"
F06e = "中国数据中心交换机市场（2024年，按销售额）"
F06f = "海外云厂商的800G交换机主要由Arista和英伟达提供"
F06g = "英伟达的Spectrum-X以太网平台"
F06h = "锐捷网络为字节跳动、阿里巴巴定制白盒交换机"
R("06", "Switch", "DEPENDS_ON", "SwitchChip", F06a)
SH06 = dict(year=2024, qualifier="≈", scope="商用以太网交换芯片市场", **PCT)
R("06", "Broadcom", "HAS_MARKET_SHARE", "SwitchChip", F06b, value=70, **SH06,
  note="range given by other sources: 65%–72%")
R("06", "Marvell", "HAS_MARKET_SHARE", "SwitchChip", F06b, value=8, alt_value=10, **SH06, note="range 8%～10%")
R("06", "Cisco", "HAS_MARKET_SHARE", "SwitchChip", F06b, value=7, **SH06, note="Silicon One")
R("06", "Broadcom", "SUPPLIES", "SwitchChip", F06b, alt=[F06c])
R("06", "Marvell", "SUPPLIES", "SwitchChip", F06b, alt=[F06c])
R("06", "Cisco", "SUPPLIES", "SwitchChip", F06b)
R("06", "盛科通信", "SUPPLIES", "SwitchChip", F06d, note="新华三 and 锐捷网络 are its customers; 51.2T still in R&D")
R("06", "SwitchChip", "LOCALIZATION_RATE", "中国", "国内商用以太网交换芯片国产化率仅约5%", value=5, qualifier="≈",
  year=2024, scope="国内商用以太网交换芯片（按销售额）", **PCT)
R("06", "华为", "SUPPLIES", "Switch", "华为交换机采用自研交换芯片", alt=[F06e])
R("06", "华为", "SUPPLIES", "SwitchChip", "华为交换机采用自研交换芯片", tier="extended",
  note="in-house only: 华为不对外销售交换芯片")
SH06b = dict(year=2024, qualifier="≈", scope="中国数据中心交换机市场（按销售额）", **PCT)
for c, v in [("华为", 36), ("新华三", 33), ("锐捷网络", 13)]:
    R("06", c, "HAS_MARKET_SHARE", "Switch", F06e, value=v, **SH06b)
R("06", "新华三", "SUPPLIES", "Switch", F06e)
R("06", "锐捷网络", "SUPPLIES", "Switch", F06e, alt=[F06h])
R("06", "Arista", "SUPPLIES", "Switch", F06f)
R("06", "NVIDIA", "SUPPLIES", "Switch", F06f, alt=[F06g])
R("06", "Arista", "HAS_MARKET_SHARE", "Switch", F06f, value=20, alt_value=23, qualifier="≈",
  scope="全球数据中心交换机市场", **PCT, note="range 20%～23%; no year in the sentence")
R("06", "NVIDIA", "SUPPLIES", "SwitchChip", F06g, note="Spectrum-X includes its own switch chips")
R("06", "云岚网络", "SUPPLIES", "Switch", F06h, note="ODM for white-box switches")

# ---- 07 reply to an exchange inquiry letter: equipment sub-components
F07a = "MKS Instruments, Inc.，采购射频电源"
F07b = "Edwards Limited（爱德华），采购干式真空泵"
F07c = "沈阳富创精密设备股份有限公司，采购腔体"
F07d = "昆山新莱洁净应用材料股份有限公司，采购超高纯管路"
F07e = "瓷衡精密陶瓷(苏州)有限公司，采购静电卡盘用陶瓷部件"
F07f = "发行人主要产品为等离子体刻蚀设备和薄膜沉积设备"
F07g = "根据行业协会统计，2024年国内半导体设备用射频电源国产化率约为12%"
F07h = "发行人采购的射频电源中国产占比"
F07i = "国产干式真空泵主要来自中国科学院沈阳科学仪器股份有限公司"
R("07", "芯研装备", "SUPPLIES", "EtchEquipment", F07f, note="发行人 = 芯研装备")
R("07", "芯研装备", "SUPPLIES", "DepositionEquipment", F07f)
R("07", "芯研装备", "LOCATED_IN", "上海", "关于芯研装备科技(上海)股份有限公司", tier="extended", note=PREFIX)
for eq in ["EtchEquipment", "DepositionEquipment"]:
    for part in ["RFPowerSupply", "VacuumPump", "Valve"]:
        R("07", eq, "DEPENDS_ON", part, F07f, note="价值量最高的零部件")
R("07", "MKS Instruments", "SUPPLIES", "RFPowerSupply", F07a, note="top-5 supplier of the issuer")
R("07", "MKS Instruments", "SUPPLIES", "MassFlowController", F07a)
R("07", "Edwards", "SUPPLIES", "VacuumPump", F07b)
R("07", "富创精密", "SUPPLIES", "PrecisionMetalParts", F07c, note="腔体及精密金属结构件")
R("07", "富创精密", "LOCATED_IN", "沈阳", F07c, tier="extended", note=PREFIX)
R("07", "新莱应材", "SUPPLIES", "UHPPiping", F07d)
R("07", "新莱应材", "SUPPLIES", "Valve", F07d, note="隔膜阀")
R("07", "新莱应材", "LOCATED_IN", "昆山", F07d, tier="extended", note=PREFIX)
R("07", "瓷衡精密", "SUPPLIES", "CeramicParts", F07e)
R("07", "瓷衡精密", "LOCATED_IN", "苏州", F07e, tier="extended", note=PREFIX)
LR07 = dict(year=2024, scope="国内半导体设备用零部件", source="行业协会", **PCT)
R("07", "RFPowerSupply", "LOCALIZATION_RATE", "中国", F07g, value=12, qualifier="≈", **LR07)
R("07", "VacuumPump", "LOCALIZATION_RATE", "中国", F07g, value=18, qualifier="≈", **LR07)
R("07", "Valve", "LOCALIZATION_RATE", "中国", F07g, value=5, qualifier="<", **LR07, note="真空阀门不足5%")
R("07", "QuartzParts", "LOCALIZATION_RATE", "中国", F07g, value=70, qualifier="≈", **LR07)
R("07", "CeramicParts", "LOCALIZATION_RATE", "中国", F07g, value=40, qualifier="≈", **LR07)
for y, v in [(2022, 6), (2024, 23)]:
    R("07", "RFPowerSupply", "LOCALIZATION_RATE", "中国", F07h, value=v, year=y, scope="发行人采购的射频电源",
      tier="extended", **PCT, note="the issuer's own purchases, not a national rate")
R("07", "英杰电气", "SUPPLIES", "RFPowerSupply", F07h)
R("07", "英杰电气", "LOCATED_IN", "四川", F07h, tier="extended", note=PREFIX)
R("07", "中科仪", "SUPPLIES", "VacuumPump", F07i)
R("07", "中科仪", "LOCATED_IN", "沈阳", F07i, tier="extended", note=PREFIX)
R("07", "VAT", "SUPPLIES", "Valve", F07i, note="真空阀门仍全部采购自VAT")

# ---- 08 saved web page: 智算中心 opening in 乌兰察布
FAC = "乌兰察布青城智算中心"
F08a = "该中心位于乌兰察布市集宁区大数据产业园"
F08b = "一期共部署AI服务器1250台"
F08c = "一期建成后智能算力达到2 EFLOPS"
F08d = "项目总投资约38亿元"
F08e = "中心至北京的网络时延低于10毫秒"
F08f = "乌兰察布市已建成标准机架约10万个"
R("08", FAC, "LOCATED_IN", "集宁区大数据产业园", F08a)
R("08", FAC, "LOCATED_IN", "和林格尔数据中心集群", F08a, note="组成部分 of the cluster")
R("08", FAC, "LOCATED_IN", "集宁区", F08a, tier="extended")
R("08", FAC, "LOCATED_IN", "乌兰察布", F08a, tier="extended")
R("08", FAC, "LOCATED_IN", "内蒙古", F08a, tier="extended")
R("08", "集宁区大数据产业园", "LOCATED_IN", "集宁区", F08a, tier="extended")
R("08", "集宁区", "LOCATED_IN", "乌兰察布", F08a, tier="extended")
R("08", "乌兰察布", "LOCATED_IN", "内蒙古", F08a, tier="extended")
R("08", "和林格尔数据中心集群", "LOCATED_IN", "内蒙古", F08a, tier="extended")
R("08", "东数西算", "DESIGNATES_HUB_NODE", "内蒙古", F08a, tier="extended", note="内蒙古枢纽节点")
R("08", "青城智算", "SUPPLIES", "DataCenter", "项目由内蒙古青城智算科技有限公司投资建设和运营",
  note="builds and operates the 智算中心")
R("08", "青城智算", "LOCATED_IN", "内蒙古", "项目由内蒙古青城智算科技有限公司投资建设和运营", tier="extended", note=PREFIX)
R("08", "超聚变", "SUPPLIES", "AIServer", F08b)
R("08", "浪潮信息", "SUPPLIES", "AIServer", F08b)
R("08", "AIServer", "DEPENDS_ON", "AcceleratorCard", F08b, alt_object="AIChip", note="昇腾910B加速卡")
R("08", "AIServer", "DEPENDS_ON", "GPU", F08b, alt_object="AIChip", note="海光DCU")
R("08", "华为", "SUPPLIES", "AcceleratorCard", F08b, alt_object="AIChip", note="华为昇腾910B加速卡")
R("08", "海光信息", "SUPPLIES", "GPU", F08b, alt_object="AIChip", note="海光DCU")
R("08", FAC, "MENTIONS_METRIC", "智能算力规模", F08c, value=2, unit="EFLOPS", date="2025-04", alt=["智能算力达2 EFLOPS"],
  note="FP16; phase 1")
R("08", FAC, "MENTIONS_METRIC", "数据中心设计PUE", F08c, value=1.15, note="design value")
R("08", FAC, "MENTIONS_METRIC", "数据中心机架规模", F08c, value=3000, unit="个", qualifier="≈")
R("08", FAC, "MENTIONS_METRIC", "智能算力规模", "届时智能算力将提升至5 EFLOPS", value=5, unit="EFLOPS", year=2026,
  modality="plan", tier="extended", note="phase 2 planned for end-2026")
R("08", FAC, "MENTIONS_METRIC", "计划投资额", F08d, value=38, unit="亿元", qualifier="≈", tier="extended")
R("08", FAC, "MENTIONS_METRIC", "绿电使用比例", F08d, value=80, qualifier=">", tier="extended", **PCT)
R("08", FAC, "MENTIONS_METRIC", "网络时延", F08e, value=10, unit="毫秒", qualifier="<", tier="extended",
  note="latency to Beijing")
R("08", "中国移动", "SUPPLIES", "TelecomService", F08e, tier="extended", note="network backbone the centre connects to")
R("08", "中国联通", "SUPPLIES", "TelecomService", F08e, tier="extended", note="network backbone the centre connects to")
R("08", "乌兰察布", "MENTIONS_METRIC", "数据中心机架规模", F08f, value=10, unit="万个", qualifier="≈", year=2024)
R("08", "乌兰察布", "MENTIONS_METRIC", "算力规模", F08f, value=12, unit="EFLOPS", year=2024)
R("08", "乌兰察布", "TARGETS", "智能算力规模", "乌兰察布市智能算力规模力争突破20 EFLOPS", value=20, unit="EFLOPS",
  qualifier=">", year=2025, modality="target", scope="按照当地规划")

# ---- 09 English wire story: US licence rule, Entity List, China's H20 guidance
F09a = "A US licence requirement on Nvidia's H20"
F09b = "Nvidia said on April 15 that the Commerce Department"
F09c = "AMD said the same requirement applied to its MI308"
F09d = "which barred sales of the A800 and H800 to China"
F09e = "On January 15 it added Sophgo"
F09f = "On March 25 it added six subsidiaries of Inspur Group"
F09g = "This month Chinese regulators told ByteDance"
F09h = "Nvidia's share of China's AI accelerator market"
F09i = "Huawei, whose Ascend 910C is built by SMIC"
H20 = dict(year=2025, date="2025-04-09")
R("09", POL_H20, "RESTRICTS", "H20", F09b, alt=[F09a], qualifier="exports to China (incl. Hong Kong and Macau) need a licence",
  **H20)
R("09", POL_H20, "RESTRICTS", "MI308", F09c, alt=[F09a], qualifier="same licence requirement", **H20)
R("09", POL_H20, "ISSUED_BY", "美国商务部", F09b, tier="extended", date="2025-04-09")
R("09", "NVIDIA", "SUPPLIES", "AIChip", F09a, alt_object="GPU", note="H20 accelerator")
R("09", "AMD", "SUPPLIES", "AIChip", F09a, alt_object="GPU", alt=[F09c], note="MI308 accelerator")
U23 = dict(year=2023, date="2023-10-17")
R("09", POL_US23, "RESTRICTS", "A800", F09d, qualifier="sales to China barred", **U23)
R("09", POL_US23, "RESTRICTS", "H800", F09d, qualifier="sales to China barred", **U23)
R("09", POL_EL, "RESTRICTS", "算能", F09e, date="2025-01-15", year=2025)
R("09", POL_EL, "RESTRICTS", "智谱", F09e, date="2025-01-15", year=2025)
R("09", POL_EL, "RESTRICTS", "浪潮集团", F09f, date="2025-03-25", year=2025, qualifier="six subsidiaries of Inspur Group")
R("09", POL_EL, "RESTRICTS", "凌犀计算", F09f, date="2025-03-25", year=2025)
R("09", POL_EL, "ISSUED_BY", "美国商务部工业与安全局", "The Bureau of Industry and Security has also kept adding", tier="extended")
R("09", "算能", "LOCATED_IN", "北京", F09e, note="a Beijing chip designer (headquarters)")
R("09", "TSMC", "SUPPLIES", "Foundry", F09e, note="made the Ascend 910B die routed via Sophgo")
R("09", "华为", "SUPPLIES", "AIChip", F09i, alt=[F09e], note="Ascend 910C / 910B")
R("09", "中芯国际", "SUPPLIES", "Foundry", F09i)
R("09", "浪潮集团", "SUPPLIES", "Server", F09f, note="China's largest server maker")
R("09", "凌犀计算", "SUPPLIES", "Server", F09f, note="server integrator")
R("09", "凌犀计算", "LOCATED_IN", "深圳", F09f, note="a Shenzhen server integrator (headquarters)")
R("09", POL_CNH20, "RESTRICTS", "H20", F09g, date="2025-08", year=2025, alt=["Beijing is now pushing its own companies away"],
  qualifier="ByteDance, Alibaba and Tencent told not to place new H20 orders",
  note="reported via people familiar with the matter; 'This month' = August (dateline Aug 20)")
R("09", POL_CNH20, "ISSUED_BY", "中国", F09g, tier="extended", note="Chinese regulators (unnamed)")
SH09 = dict(qualifier="≈", scope="中国AI加速器市场", source="Jensen Huang", alt_object="GPU", **PCT)
R("09", "NVIDIA", "HAS_MARKET_SHARE", "AIChip", F09h, value=95, year=2022, **SH09)
R("09", "NVIDIA", "HAS_MARKET_SHARE", "AIChip", F09h, value=50, year=2024, **SH09)

# ---- 10 provincial 信创 notice (第一条…第六条)
F10a = "的服务器CPU包括飞腾、鲲鹏、海光、龙芯和兆芯五个系列"
F10b = "目录内操作系统包括麒麟软件的银河麒麟"
F10c = "目录内服务器整机厂商包括中国长城"
F10d = "麓云计算机位于长沙经济技术开发区"
F10e = "湘江鲲鹏为华为鲲鹏生态合作伙伴"
F10t1 = "全省党政机关办公终端国产化率达到100%"
F10t2 = "省属国有企业新增服务器国产化率不低于60%"
F10t3 = "智能算力占比2027年达到30%以上"
F10r = "原则上不再采购采用境外CPU的产品"
F10r2 = "确需采购采用英特尔、AMD处理器产品的"
for c in ["飞腾", "海光信息", "龙芯中科", "上海兆芯"]:
    R("10", c, "SUPPLIES", "CPU", F10a, scope="《湖南省信创产品目录》",
      **(dict(alt=[F10d]) if c in ("飞腾", "海光信息") else {}))
R("10", "华为", "SUPPLIES", "CPU", F10a, tier="extended", alt=[F10e], note="鲲鹏 series; maker named only as 华为鲲鹏生态")
for c in ["麒麟软件", "统信软件", "麒麟信安"]:
    R("10", c, "SUPPLIES", "OperatingSystem", F10b, scope="《湖南省信创产品目录》")
for c in ["中国长城", "中科曙光", "华鲲振宇", "湘江鲲鹏", "宝德", "麓云计算机"]:
    kw = {"麓云计算机": dict(alt=[F10d]), "湘江鲲鹏": dict(alt=[F10e])}.get(c, {})
    R("10", c, "SUPPLIES", "Server", F10c, scope="《湖南省信创产品目录》", **kw)
R("10", "麓云计算机", "LOCATED_IN", "长沙经济技术开发区", F10d)
R("10", "麓云计算机", "LOCATED_IN", "长沙", F10c, tier="extended", note=PREFIX)
R("10", "长沙经济技术开发区", "LOCATED_IN", "长沙", F10d, tier="extended")
R("10", "长沙", "LOCATED_IN", "湖南", F10c, tier="extended", note="长沙 firm listed in a 湖南 catalogue")
R("10", "Server", "DEPENDS_ON", "CPU", F10d, alt=[F10e], note="基于飞腾和海光CPU的服务器; 服务器采用鲲鹏920处理器")
TG10 = dict(modality="target", alt_subject="湖南", **PCT)
R("10", POL_HN, "TARGETS", "党政机关办公终端国产化率", F10t1, value=100, year=2025, **TG10)
R("10", POL_HN, "TARGETS", "省属国企新增服务器国产化率", F10t2, value=60, year=2026, qualifier=">=", **TG10)
R("10", POL_HN, "TARGETS", "省属国企新增服务器国产化率", F10t2, value=80, year=2027, qualifier=">=", **TG10)
R("10", POL_HN, "TARGETS", "政务云新增算力智能算力占比", F10t3, value=30, year=2027, qualifier=">",
  scope="省级政务云新增算力", **TG10)
R("10", "湖南", "MENTIONS_METRIC", "党政机关办公终端国产化率", "截至2024年底，全省党政机关办公终端国产化率约为86%",
  value=86, year=2024, qualifier="≈", **PCT)
R("10", POL_HN, "RESTRICTS", "CPU", F10r, alt_object="Server", date="2025-07-01", year=2025,
  qualifier="采用境外CPU的服务器、台式计算机等通用设备原则上不再采购")
R("10", POL_HN, "RESTRICTS", "Intel", F10r2, tier="extended", date="2025-07-01", year=2025,
  qualifier="采购采用英特尔处理器的产品须报省财政厅审核")
R("10", POL_HN, "RESTRICTS", "AMD", F10r2, tier="extended", date="2025-07-01", year=2025,
  qualifier="采购采用AMD处理器的产品须报省财政厅审核")
R("10", POL_HN, "ISSUED_BY", "湖南省财政厅", "现将《湖南省信息技术应用创新产品推广应用实施办法", tier="extended",
  date="2025-06-10", note="issuers named in the header and signature")
R("10", POL_HN, "ISSUED_BY", "湖南省工业和信息化厅", "现将《湖南省信息技术应用创新产品推广应用实施办法", tier="extended",
  date="2025-06-10", note="issuers named in the header and signature")

# ---- 11 Hong Kong prospectus excerpt (Traditional): fibre preform, fibre, cable, DCI
HG = "瀚光光纤"
F11a = "本集團是中國領先的光纖預製棒、光纖及光纜製造商"
F11b = "2024年光纖預製棒產能約為1,800噸"
F11c = "本集團在中國排名第五，市場份額約為6.2%"
F11d = "排名前四的長飛光纖光纜股份有限公司"
F11e = "於全球光纖預製棒市場"
F11f = "中國光纖預製棒的國產化率已由2015年的約50%"
F11g = "光纖預製棒的主要原材料為高純四氯化矽和石英套管"
F11h = "本集團的石英套管主要採購自賀利氏"
F11i = "本集團向中國移動、中國電信等電信運營商供應"
F11j = "DCI線路上的相干光傳輸設備主要由華為"
F11k = "本集團於蘇州吳江及湖北潛江設有光纖生產基地"
F11l = "位於摩洛哥丹吉爾的光纜廠尚處於規劃階段"
F11m = "歐盟自2021年11月起對原產於中國的光纜徵收反傾銷稅"
R("11", HG, "SUPPLIES", "OpticalFiberPreform", F11a, alt=[F11c], note="本集團 = 瀚光光纤")
R("11", HG, "SUPPLIES", "OpticalFiber", F11a, alt=[F11i])
R("11", HG, "SUPPLIES", "OpticalCable", F11a, alt=[F11i])
R("11", HG, "SUPPLIES", "MPOCableAssembly", F11i, alt_object="OpticalCable", note="for DCI")
R("11", HG, "LOCATED_IN", "吴江区", F11a, alt=[F11k], note="headquarters (總部位於江蘇省蘇州市吳江區)")
R("11", HG, "LOCATED_IN", "苏州", F11a, tier="extended", note="headquarters (city); also the registered-name prefix")
R("11", HG, "LOCATED_IN", "江苏", F11a, tier="extended", note="headquarters (province)")
R("11", "吴江区", "LOCATED_IN", "苏州", F11a, tier="extended")
R("11", "苏州", "LOCATED_IN", "江苏", F11a, tier="extended")
R("11", HG, "MENTIONS_METRIC", "光纤预制棒产能", F11b, value=1800, unit="噸", qualifier="≈", year=2024,
  tier="extended", note="company capacity figure")
R("11", HG, "HAS_MARKET_SHARE", "OpticalFiberPreform", F11c, value=6.2, qualifier="≈", year=2024,
  scope="中國光纖預製棒市場（按產量）", source="弗若斯特沙利文", **PCT)
for c in ["长飞光纤", "亨通光电", "中天科技", "烽火通信"]:
    kw = dict(alt=[F11e]) if c == "长飞光纤" else {}
    R("11", c, "SUPPLIES", "OpticalFiberPreform", F11d, note="top-4 by preform output in China", **kw)
R("11", "亨通光电", "LOCATED_IN", "江苏", F11d, tier="extended", note=PREFIX)
R("11", "中天科技", "LOCATED_IN", "江苏", F11d, tier="extended", note=PREFIX)
SH11 = dict(qualifier="≈", scope="全球光纖預製棒市場", **PCT,
            note="no year in the sentence (2024 in the preceding one)")
for c, v in [("长飞光纤", 17), ("Corning", 14), ("Sumitomo Electric", 8)]:
    R("11", c, "HAS_MARKET_SHARE", "OpticalFiberPreform", F11e, value=v, **SH11)
R("11", "Corning", "SUPPLIES", "OpticalFiberPreform", F11e, note="本集團並無向康寧採購任何原材料 is not a denial of its products")
R("11", "Sumitomo Electric", "SUPPLIES", "OpticalFiberPreform", F11e)
R("11", "OpticalFiberPreform", "LOCALIZATION_RATE", "中国", F11f, value=50, qualifier="≈", year=2015, **PCT)
R("11", "OpticalFiberPreform", "LOCALIZATION_RATE", "中国", F11f, value=95, qualifier=">", year=2024, **PCT)
R("11", "OpticalFiberPreform", "DEPENDS_ON", "SiliconTetrachloride", F11g)
R("11", "OpticalFiberPreform", "DEPENDS_ON", "QuartzTube", F11g)
R("11", "Heraeus", "SUPPLIES", "QuartzTube", F11h)
R("11", "菲利华", "SUPPLIES", "QuartzTube", F11h)
R("11", "菲利华", "LOCATED_IN", "湖北", F11h, tier="extended", note=PREFIX)
for c in ["华为", "中兴通讯", "烽火通信"]:
    R("11", c, "SUPPLIES", "OpticalTransportEquipment", F11j, note="the issuer does not make coherent DCI equipment")
R("11", HG, "LOCATED_IN", "潜江", F11k, note="fibre production base")
R("11", "潜江", "LOCATED_IN", "湖北", F11k, tier="extended")
R("11", HG, "LOCATED_IN", "克雷塔罗", "並於墨西哥克雷塔羅設有光纜廠", note="cable plant")
R("11", "克雷塔罗", "LOCATED_IN", "墨西哥", "並於墨西哥克雷塔羅設有光纜廠", tier="extended")
R("11", HG, "LOCATED_IN", "丹吉尔", F11l, tier="extended", modality="plan", note="planned cable plant")
R("11", "丹吉尔", "LOCATED_IN", "摩洛哥", F11l, tier="extended")
R("11", POL_EU, "RESTRICTS", "OpticalCable", F11m, date="2021-11", year=2021,
  qualifier="anti-dumping duties on optical cable originating in China")
R("11", POL_EU, "ISSUED_BY", "欧盟", F11m, tier="extended")

# ---- 12 brokerage call minutes: domestic AI accelerators' supply chain
F12a = "昇腾910B和910C主要在中芯国际N+2工艺上生产"
F12b = "海光DCU过去由台积电代工"
F12c = "衡芯智算的第一代训练卡采用中芯国际14nm工艺"
F12d = "目前国产卡用的HBM主要是此前囤积的三星HBM2E"
F12e = "2.5D封装主要由长电科技和通富微电完成"
F12f = "芯拓封装是今年新进入的供应商"
F12g = "2024年国内AI芯片市场中英伟达、华为、寒武纪、海光的份额分别为"
F12h = "预计2025年国产AI芯片自给率将提升到40%左右"
R("12", "中芯国际", "SUPPLIES", "Foundry", F12a, alt=[F12c], note="N+2 for 昇腾 / 思元590; 14nm for 衡芯智算")
R("12", "TSMC", "SUPPLIES", "Foundry", F12b, tier="extended", note="past supply for 海光DCU; moved onshore after 2024")
R("12", "衡芯智算", "SUPPLIES", "AcceleratorCard", F12c, alt_object="AIChip", note="小批量出货")
R("12", "Samsung", "SUPPLIES", "HBM", F12d, note="stockpiled HBM2E")
R("12", "AIChip", "DEPENDS_ON", "HBM", F12d, alt_subject="AcceleratorCard", note="国产卡用的HBM")
R("12", "长电科技", "SUPPLIES", "AdvancedPackaging", F12e)
R("12", "通富微电", "SUPPLIES", "AdvancedPackaging", F12e)
R("12", "盛合晶微", "SUPPLIES", "Interposer", F12e, alt_object="AdvancedPackaging")
R("12", "AIChip", "DEPENDS_ON", "AdvancedPackaging", F12e, tier="extended", note="2.5D封装 of domestic AI chips")
R("12", "芯拓封装", "SUPPLIES", "ChipTesting", F12f, alt_object="PackagingTesting",
  note="new supplier doing chip testing; no 昇腾 orders yet")
SH12 = dict(year=2024, scope="国内AI芯片市场（按出货量）", source="会议专家", **PCT)
for c, v in [("NVIDIA", 55), ("华为", 23), ("寒武纪", 6), ("海光信息", 5)]:
    R("12", c, "HAS_MARKET_SHARE", "AIChip", F12g, value=v, **SH12)
    kw = {"华为": dict(alt=[F12a]), "寒武纪": dict(alt=[F12a]), "海光信息": dict(alt=[F12b])}.get(c, {})
    R("12", c, "SUPPLIES", "AIChip", F12g, **kw)
for c in ["燧原科技", "沐曦", "壁仞科技", "昆仑芯"]:
    R("12", c, "SUPPLIES", "AIChip", F12g, note="其余为…等厂商")
R("12", "AIChip", "LOCALIZATION_RATE", "中国", F12h, value=40, qualifier="≈", year=2025, modality="forecast",
  scope="国产AI芯片自给率", source="会议专家", **PCT)


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
