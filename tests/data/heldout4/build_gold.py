"""Writes gold.jsonl for heldout4 from the declarations below.

Entity `docs` = alias string matching with longest-match masking (generic aliases
left out) plus the documents of the entity's relations.  Entity `tier` = core if
the entity takes part in a core relation, extended if only in extended ones,
mention otherwise.  Run: python3 tests/data/heldout4/build_gold.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
D = {
    1: "h4_01_power.txt", 2: "h4_02_storage.txt", 3: "h4_03_notice.txt",
    4: "h4_04_taiwan.txt", 5: "h4_05_english.txt", 6: "h4_06_eastwest.txt",
}
TEXT = {n: (HERE / f).read_text(encoding="utf-8") for n, f in D.items()}
GENERIC = {"芯片", "国内", "主控", "全国"}

ENTS = []


def E(canonical, type_, aliases, country=None, **opt):
    ENTS.append(dict(kind="entity", canonical=canonical, type=type_, aliases=aliases, country=country, **opt))


RELS = []


def R(doc, s, p, o, ev, tier="core", **opt):
    r = dict(kind="relation", subject=s, predicate=p, object=o)
    for k in ("value", "unit", "year", "qualifier"):
        if k in opt:
            r[k] = opt.pop(k)
    r.update(doc=D[doc], evidence=ev, tier=tier)
    r.update(opt)
    RELS.append(r)


def share(doc, comp, cat, val, ev, scope, year=None, q=None, tier="core", **opt):
    kw = dict(value=val, unit="%", scope=scope)
    if year is not None:
        kw["year"] = year
    if q is not None:
        kw["qualifier"] = q
    kw.update(opt)
    R(doc, comp, "HAS_MARKET_SHARE", cat, ev, tier=tier, **kw)


# ---------------------------------------------------------------- shared entities
E("中国", "Region", ["中国", "China", "国内", "全国"], "CN", subtype="country")
E("美国", "Region", ["美國", "US"], "US", subtype="country")
E("日本", "Region", ["日本"], "JP", subtype="country")
E("台灣", "Region", ["台灣"], "TW", subtype="region", note="Traditional spelling kept as printed")
E("NVIDIA", "Company", ["NVIDIA", "輝達"], "US")
E("TSMC", "Company", ["TSMC", "台積電"], "TW")
E("华为", "Company", ["Huawei"], "CN")
E("GPU", "ProductCategory", ["GPU", "GPUs", "高端GPU", "高階GPU"])
E("CPU", "ProductCategory", ["CPU"])
E("AIChip", "ProductCategory", ["AI-accelerator", "AI accelerators", "inference accelerator", "AI芯片"])
E("ASIC", "ProductCategory", ["AI training ASICs"])
E("HBM", "ProductCategory", ["HBM", "high-bandwidth memory"])
E("AdvancedPackaging", "ProductCategory", ["先进封装", "先進封裝", "CoWoS封裝", "CoWoS"])
E("AIServer", "ProductCategory", ["AI伺服器", "GPU伺服器", "AI训练服务器"])
E("OpticalModule", "ProductCategory", ["光模块", "光收發模組"])
E("智能算力规模", "Metric", ["智能算力规模"])
E("数据中心标准机架数", "Metric", ["标准机架"])
E("数据中心PUE平均值", "Metric", ["平均PUE", "数据中心平均PUE"])

# ---------------------------------------------------------------- doc 1: power
E("科华数据", "Company", ["科华数据"], "CN")
E("Vertiv", "Company", ["Vertiv", "维谛技术"], "US")
E("Schneider Electric", "Company", ["施耐德电气"], "FR")
E("恒源电能", "Company", ["恒源电能"], "CN", note="invented")
E("中恒电气", "Company", ["中恒电气"], "CN")
E("华曜电气", "Company", ["华曜电气"], "CN", note="invented")
E("北辰储能", "Company", ["北辰储能科技", "北辰储能"], "CN", note="invented")
E("Cummins", "Company", ["康明斯"], "US")
E("Caterpillar", "Company", ["卡特彼勒"], "US")
E("MTU", "Company", ["MTU"], "DE", note="Rolls-Royce Power Systems brand; parent not named in text")
E("擎川动力", "Company", ["擎川动力"], "CN", note="invented")
E("常州", "Region", ["常州"], "CN", subtype="city")
E("UPS", "ProductCategory", ["UPS", "模块化UPS"])
E("HVDC", "ProductCategory", ["HVDC", "高压直流", "直流供电方案"])
E("EnergyStorage", "ProductCategory", ["储能系统", "磷酸铁锂储能系统"])
E("DieselGenerator", "ProductCategory", ["柴油发电机组", "发电机组"])
E("IGBT", "ProductCategory", ["IGBT", "IGBT功率器件"])
E("数据中心UPS市场规模", "Metric", ["UPS市场规模"])
E("数据中心UPS市场规模同比增速", "Metric", ["同比增长"])
E("新建数据中心PUE平均值", "Metric", ["新建数据中心的平均PUE"])

s = "据行业机构统计，2023年中国数据中心UPS市场规模约为98亿元，同比增长14%。"
R(1, "中国", "MENTIONS_METRIC", "数据中心UPS市场规模", s, value=98, unit="亿元", year=2023, qualifier="≈")
R(1, "中国", "MENTIONS_METRIC", "数据中心UPS市场规模同比增速", s, value=14, unit="%", year=2023)
s = "2023年，科华数据以约21%的份额居首，Vertiv（维谛技术）位列第二，份额约为17%，施耐德电气与恒源电能分别为12%和8%。"
hy = "恒源电能成立于2011年，总部位于常州，其模块化UPS已进入多家互联网企业的数据中心，这些互联网企业是客户而非供应商。"
sc = "中国数据中心UPS市场"
for comp, v, q in (("科华数据", 21, "≈"), ("Vertiv", 17, "≈"), ("Schneider Electric", 12, None), ("恒源电能", 8, None)):
    if comp == "恒源电能":
        R(1, comp, "SUPPLIES", "UPS", s, evidence_alt=[hy])
    else:
        R(1, comp, "SUPPLIES", "UPS", s)
    share(1, comp, "UPS", v, s, sc, 2023, q)
R(1, "恒源电能", "LOCATED_IN", "常州", hy, note="headquarters")
s = "高压直流（HVDC）方面，240V/336V直流供电方案主要由中恒电气和华曜电气提供，两家企业合计占据国内HVDC市场一半以上的份额。"
R(1, "中恒电气", "SUPPLIES", "HVDC", s)
R(1, "华曜电气", "SUPPLIES", "HVDC", s)
R(1, "北辰储能", "SUPPLIES", "EnergyStorage", "储能方面，北辰储能科技为西部某大型数据中心园区提供了10MWh磷酸铁锂储能系统，用于削峰填谷。")
s = "柴油发电机组的主要供应商包括康明斯、卡特彼勒和MTU，国产品牌擎川动力的份额不足5%。"
for comp in ("Cummins", "Caterpillar", "MTU"):
    R(1, comp, "SUPPLIES", "DieselGenerator", s)
share(1, "擎川动力", "DieselGenerator", 5, s, "数据中心柴油发电机组市场", q="<",
      note="market not named further; no year in the sentence")
R(1, "擎川动力", "SUPPLIES", "DieselGenerator", s, tier="extended",
  note="inferred from the stated market share; the 2025 product is a plan (trap)")
s = "业内人士指出，数据中心UPS依赖IGBT功率器件，而IGBT的国产化率约为35%。"
R(1, "UPS", "DEPENDS_ON", "IGBT", s)
R(1, "IGBT", "LOCALIZATION_RATE", "中国", s, value=35, unit="%", qualifier="≈")
R(1, "中国", "MENTIONS_METRIC", "新建数据中心PUE平均值", "另据测算，2023年国内新建数据中心的平均PUE约为1.38。",
  value=1.38, year=2023, qualifier="≈")

# ---------------------------------------------------------------- doc 2: storage
E("SK hynix", "Company", ["SK hynix"], "KR")
E("Samsung", "Company", ["三星"], "KR")
E("Micron", "Company", ["美光"], "US")
E("长鑫存储", "Company", ["长鑫存储"], "CN")
E("长江存储", "Company", ["长江存储"], "CN")
E("澄芯存储", "Company", ["澄芯存储"], "CN", note="invented")
E("睿存微电子", "Company", ["睿存微电子"], "CN", note="invented")
E("北岳存储", "Company", ["北岳存储"], "CN", note="invented; plan only (trap)")
E("Northvale Memory", "Company", ["Northvale Memory"], "SG", note="invented")
E("阿里云", "Company", ["阿里云"], "CN", note="customer only (trap)")
E("杭州", "Region", ["杭州"], "CN", subtype="city")
E("新加坡", "Region", ["新加坡"], "SG", subtype="country")
E("DRAM", "ProductCategory", ["DRAM"])
E("NAND", "ProductCategory", ["NAND", "NAND闪存颗粒", "NAND颗粒"])
E("EnterpriseSSD", "ProductCategory", ["企业级SSD"])
E("StorageController", "ProductCategory", ["存储控制器", "主控芯片", "主控"])
E("CXLMemoryModule", "ProductCategory", ["CXL内存扩展模块"])

tnote = "year from the table caption 表1 主要存储供应商（2023年全球份额）"
rows = [("SK hynix", "HBM", 53, None, "| SK hynix | HBM | 53% |", "全球HBM市场"),
        ("Samsung", "HBM", 38, None, "| 三星 | HBM | 38% |", "全球HBM市场"),
        ("Micron", "HBM", 9, None, "| 美光 | HBM | 9% |", "全球HBM市场"),
        ("长鑫存储", "DRAM", 3, "≈", "| 长鑫存储 | DRAM | 约3% |", "全球DRAM市场"),
        ("长江存储", "NAND", 5, "≈", "| 长江存储 | NAND | 约5% |", "全球NAND市场"),
        ("澄芯存储", "EnterpriseSSD", 1.2, None, "| 澄芯存储 | 企业级SSD | 1.2% |", "全球企业级SSD市场")]
cx = "国内方面，澄芯存储的企业级SSD采用睿存微电子的主控芯片，并搭载长江存储的NAND颗粒。"
note_hbm = "注：SK hynix在HBM市场份额居首，三星位列第二。"
for comp, cat, v, q, row, scope in rows:
    alt = {}
    if comp in ("长江存储", "澄芯存储"):
        alt = dict(evidence_alt=[cx])
    R(2, comp, "SUPPLIES", cat, row, scope="表1 主要存储供应商", **alt)
    salt = dict(evidence_alt=[note_hbm]) if comp in ("SK hynix", "Samsung") else {}
    share(2, comp, cat, v, row, scope, 2023, q, note=tnote, **salt)
rc = "睿存微电子是一家成立于2019年的存储控制器设计公司，总部位于杭州，其PCIe 5.0主控已小批量出货。"
R(2, "睿存微电子", "SUPPLIES", "StorageController", cx, evidence_alt=[rc])
R(2, "睿存微电子", "LOCATED_IN", "杭州", rc, note="headquarters")
nv = "总部位于新加坡的初创公司Northvale Memory主要提供CXL内存扩展模块，其客户包括阿里云，阿里云并不向其供货。"
R(2, "Northvale Memory", "SUPPLIES", "CXLMemoryModule", nv)
R(2, "Northvale Memory", "LOCATED_IN", "新加坡", nv, note="headquarters")
s = "因此，高端GPU的供给在很大程度上依赖HBM，HBM又依赖先进封装。"
R(2, "GPU", "DEPENDS_ON", "HBM", s,
  evidence_alt=["一台8卡AI训练服务器的DRAM容量通常是普通服务器的数倍，而每颗高端GPU需要与4到8颗HBM堆叠封装在一起。"])
R(2, "HBM", "DEPENDS_ON", "AdvancedPackaging", s)
s = "企业级SSD则依赖NAND闪存颗粒和存储控制器。"
R(2, "EnterpriseSSD", "DEPENDS_ON", "NAND", s)
R(2, "EnterpriseSSD", "DEPENDS_ON", "StorageController", s)
s = "据估算，2023年中国企业级SSD的国产化率约为18%，而HBM的国产化率接近于零。"
R(2, "EnterpriseSSD", "LOCALIZATION_RATE", "中国", s, value=18, unit="%", year=2023, qualifier="≈")
R(2, "HBM", "LOCALIZATION_RATE", "中国", s, value=0, unit="%", year=2023, qualifier="≈", note="接近于零")

# ---------------------------------------------------------------- doc 3: government notice
P3 = "《芜湖市智算中心集群建设行动方案（2024—2026年）》"
E(P3, "Policy", [P3], "CN", date="2024-03-15")
E("芜湖市数据资源管理局", "Organization", ["芜湖市数据资源管理局"], "CN")
E("芜湖市", "Region", ["芜湖市"], "CN", subtype="city", note="also referred to as 全市")
E("鸠江区", "Region", ["鸠江区"], "CN", subtype="district")
E("弋江区", "Region", ["弋江区"], "CN", subtype="district")
E("湾沚区", "Region", ["湾沚区"], "CN", subtype="district")
E("江城智算中心", "Facility", ["江城智算中心"], "CN", note="invented")
E("长江云谷数据中心", "Facility", ["长江云谷数据中心"], "CN", note="invented")
E("皖江智算中心", "Facility", ["皖江智算中心"], "CN", note="invented; planned")
E("云岫智算", "Company", ["云岫智算"], "CN", note="invented; builder of a planned facility, no supply fact")
E("中国电信", "Company", ["中国电信"], "CN", note="中国电信芜湖分公司 is a cooperation partner only (trap)")
E("新建数据中心PUE", "Metric", ["新建数据中心PUE"])
E("绿电使用比例", "Metric", ["绿电使用比例"])
E("机架数", "Metric", ["机架"], note="facility-level rack count")
E("算力规模", "Metric", ["规划算力"], note="facility-level planned compute")

R(3, P3, "ISSUED_BY", "芜湖市数据资源管理局", "芜湖市数据资源管理局关于印发" + P3 + "的通知",
  tier="extended", date="2024-03-15")
s = "截至2023年底，全市在用数据中心标准机架达到1.6万架，智能算力规模达到2.4EFLOPS，数据中心平均PUE为1.36。"
R(3, "芜湖市", "MENTIONS_METRIC", "数据中心标准机架数", s, value=1.6, unit="万架", year=2023, note="全市 = 芜湖市")
R(3, "芜湖市", "MENTIONS_METRIC", "智能算力规模", s, value=2.4, unit="EFLOPS", year=2023)
R(3, "芜湖市", "MENTIONS_METRIC", "数据中心PUE平均值", s, value=1.36, year=2023)
s = "鸠江区的江城智算中心已建成投运，总规模约3000个机架"
R(3, "江城智算中心", "LOCATED_IN", "鸠江区", s)
R(3, "江城智算中心", "MENTIONS_METRIC", "机架数", s, tier="extended", value=3000, unit="个", qualifier="≈",
  note="facility, not region, as subject")
R(3, "长江云谷数据中心", "LOCATED_IN", "弋江区", "弋江区的长江云谷数据中心一期已封顶。")
s = "到2025年，全市智能算力规模达到6EFLOPS，标准机架达到3万架，新建数据中心PUE降至1.25以下"
R(3, P3, "TARGETS", "智能算力规模", s, value=6, unit="EFLOPS", year=2025, modality="target", alt_subject="芜湖市")
R(3, P3, "TARGETS", "数据中心标准机架数", s, value=3, unit="万架", year=2025, modality="target", alt_subject="芜湖市")
R(3, P3, "TARGETS", "新建数据中心PUE", s, value=1.25, year=2025, qualifier="<", modality="target", alt_subject="芜湖市")
s = "到2026年，智能算力规模力争突破10EFLOPS，绿电使用比例不低于50%。"
R(3, P3, "TARGETS", "智能算力规模", s, value=10, unit="EFLOPS", year=2026, qualifier=">", modality="target", alt_subject="芜湖市")
R(3, P3, "TARGETS", "绿电使用比例", s, value=50, unit="%", year=2026, qualifier=">=", modality="target", alt_subject="芜湖市")
s = "支持云岫智算在湾沚区建设皖江智算中心，规划算力5EFLOPS"
R(3, "皖江智算中心", "LOCATED_IN", "湾沚区", s, tier="extended", modality="plan", note="planned facility")
R(3, "皖江智算中心", "MENTIONS_METRIC", "算力规模", s, tier="extended", value=5, unit="EFLOPS", modality="plan",
  note="planned facility; facility subject")

# ---------------------------------------------------------------- doc 4: Traditional Chinese, Taiwan
E("Foxconn", "Company", ["鴻海", "Foxconn"], "TW", note="Hon Hai Precision")
E("Quanta", "Company", ["廣達"], "TW")
E("Wistron", "Company", ["緯創"], "TW")
E("Inventec", "Company", ["英業達"], "TW")
E("Microsoft", "Company", ["Microsoft"], "US", note="customer only (trap)")
E("Meta", "Company", ["Meta"], "US", note="customer only (trap)")
E("Amazon", "Company", ["Amazon"], "US", note="customer only (trap)")
E("ASE", "Company", ["日月光投控"], "TW")
E("SPIL", "Company", ["矽品"], "TW", parent="ASE")
E("Ibiden", "Company", ["Ibiden", "揖斐電"], "JP")
E("Unimicron", "Company", ["欣興電子", "欣興"], "TW")
E("Nan Ya PCB", "Company", ["南亞電路板"], "TW")
E("Lianxing Precision", "Company", ["聯晟精密", "Lianxing Precision"], "TW", note="invented; future plan only (trap)")
E("Coherent", "Company", ["Coherent"], "US")
E("Mitsubishi Electric", "Company", ["Mitsubishi Electric"], "JP")
E("Hongshuo Photonics", "Company", ["宏碩光通", "Hongshuo Photonics"], "TW", note="invented")
E("Soarwin Technology", "Company", ["翔霖科技", "Soarwin Technology"], "TW", note="invented")
E("新竹", "Region", ["新竹"], "TW", subtype="city")
E("H100", "ProductModel", ["H100"], "US", maker="NVIDIA", category="GPU")
E("B200", "ProductModel", ["B200"], "US", maker="NVIDIA", category="GPU")
E("PackagingTesting", "ProductCategory", ["後段封裝與測試服務"])
E("ABFSubstrate", "ProductCategory", ["ABF載板"])
E("LaserChip", "ProductCategory", ["雷射晶片"])
E("OpticalLens", "ProductCategory", ["光學透鏡"])
E("PassiveComponent", "ProductCategory", ["被動元件"])

s = "根據研調機構估計，2024年全球AI伺服器組裝市場中，鴻海（Foxconn）以約40%的份額居首，廣達位列第二，份額約為28%，緯創與英業達分別為15%和6%。"
for comp, v, q in (("Foxconn", 40, "≈"), ("Quanta", 28, "≈"), ("Wistron", 15, None), ("Inventec", 6, None)):
    R(4, comp, "SUPPLIES", "AIServer", s, note="assembly (組裝)")
    share(4, comp, "AIServer", v, s, "全球AI伺服器組裝市場", 2024, q)
s = "先進封裝方面，台積電的CoWoS產能仍供不應求，輝達（NVIDIA）的H100與B200均採用台積電的CoWoS封裝。"
R(4, "TSMC", "SUPPLIES", "AdvancedPackaging", s, note="CoWoS")
R(4, "H100", "DEPENDS_ON", "AdvancedPackaging", s, tier="extended", note="model-level use of CoWoS")
R(4, "B200", "DEPENDS_ON", "AdvancedPackaging", s, tier="extended", note="model-level use of CoWoS")
R(4, "SPIL", "SUPPLIES", "PackagingTesting", "日月光投控旗下的矽品也提供部分後段封裝與測試服務。")
s = "ABF載板是高階GPU與CPU封裝不可或缺的材料。"
R(4, "GPU", "DEPENDS_ON", "ABFSubstrate", s)
R(4, "CPU", "DEPENDS_ON", "ABFSubstrate", s)
s = "全球ABF載板的主要供應商包括日本的Ibiden（揖斐電）、台灣的欣興電子與南亞電路板，三家合計市占超過六成，其中欣興以約27%的市占率居首。"
for comp in ("Ibiden", "Unimicron", "Nan Ya PCB"):
    R(4, comp, "SUPPLIES", "ABFSubstrate", s)
share(4, "Unimicron", "ABFSubstrate", 27, s, "全球ABF載板市場", q="≈", note="no year in the sentence")
R(4, "Ibiden", "LOCATED_IN", "日本", s, tier="extended", note="country attribute (日本的Ibiden)")
R(4, "Unimicron", "LOCATED_IN", "台灣", s, tier="extended", note="country attribute")
R(4, "Nan Ya PCB", "LOCATED_IN", "台灣", s, tier="extended", note="country attribute")
s = "光通訊元件部分，800G光收發模組的雷射晶片多由美國Coherent與日本的Mitsubishi Electric提供"
R(4, "Coherent", "SUPPLIES", "LaserChip", s)
R(4, "Mitsubishi Electric", "SUPPLIES", "LaserChip", s)
R(4, "OpticalModule", "DEPENDS_ON", "LaserChip", s, tier="extended", note="inferred from 光收發模組的雷射晶片")
R(4, "Coherent", "LOCATED_IN", "美国", s, tier="extended", note="country attribute")
R(4, "Mitsubishi Electric", "LOCATED_IN", "日本", s, tier="extended", note="country attribute")
s = "台灣的宏碩光通（Hongshuo Photonics）則供應光收發模組所需的光學透鏡與被動元件，並與翔霖科技（Soarwin Technology）合作開發CPO（共同封裝光學）光引擎。"
R(4, "Hongshuo Photonics", "SUPPLIES", "OpticalLens", s)
R(4, "Hongshuo Photonics", "SUPPLIES", "PassiveComponent", s)
R(4, "OpticalModule", "DEPENDS_ON", "OpticalLens", s, tier="extended", note="光收發模組所需的光學透鏡")
R(4, "OpticalModule", "DEPENDS_ON", "PassiveComponent", s, tier="extended", note="光收發模組所需的被動元件")
R(4, "Hongshuo Photonics", "LOCATED_IN", "台灣", s, tier="extended", note="country attribute")
R(4, "Soarwin Technology", "LOCATED_IN", "新竹", "翔霖科技總部位於新竹。", note="headquarters")

# ---------------------------------------------------------------- doc 5: English brief
E("壁仞科技", "Company", ["Biren Technology", "壁仞科技", "Biren"], "CN")
E("摩尔线程", "Company", ["Moore Threads"], "CN")
E("沐曦", "Company", ["MetaX"], "CN")
E("天数智芯", "Company", ["Iluvatar CoreX"], "CN")
E("燧原科技", "Company", ["Enflame"], "CN")
E("腾讯", "Company", ["Tencent"], "CN", note="investor and customer only (trap)")
E("中芯国际", "Company", ["SMIC"], "CN")
E("Hexa Silicon", "Company", ["Hexa Silicon"], "CN", note="invented; only an English name is given, so it is kept")
E("Corvane Systems", "Company", ["Corvane Systems"], "US", note="invented")
E("上海", "Region", ["Shanghai"], "CN", subtype="city")
E("加利福尼亚州", "Region", ["California"], "US", subtype="state")
E("BR100", "ProductModel", ["BR100"], "CN", maker="壁仞科技", category="GPU")
E("MTT S4000", "ProductModel", ["MTT S4000"], "CN", maker="摩尔线程", category="GPU")
E("A100", "ProductModel", ["A100"], "US", maker="NVIDIA", category="GPU")
E("A800", "ProductModel", ["A800"], "US", maker="NVIDIA", category="GPU")
E("H800", "ProductModel", ["H800"], "US", maker="NVIDIA", category="GPU")
E("昇腾", "ProductModel", ["Ascend"], "CN", maker="华为", category="AIChip")
E("FoundryService", "ProductCategory", ["foundries", "foundry", "Foundry", "7nm-class capacity"])
E("EDA", "ProductCategory", ["EDA verification software"])
PA = "美国对华芯片出口管制（2022年10月7日）"
PB = "美国对华AI芯片出口管制（2023年10月17日）"
PC = "美国实体清单"
PD = "美国对华HBM出口管制（2024年12月）"
E(PA, "Policy", ["US rules of 7 October 2022"], "US", date="2022-10-07")
E(PB, "Policy", ["update of 17 October 2023"], "US", date="2023-10-17")
E(PC, "Policy", ["Entity List"], "US")
E(PD, "Policy", ["restricted exports of high-bandwidth memory"], "US", date="2024-12")

R(5, "AIChip", "DEPENDS_ON", "FoundryService",
  "China's GPU and AI-accelerator designers depend on external foundries for leading-edge wafers.",
  tier="extended", alt_subject="GPU", note="subject is a group of designers; read as category dependency")
R(5, "壁仞科技", "SUPPLIES", "GPU", "Biren Technology (壁仞科技) launched its BR100 GPU in 2022")
R(5, "摩尔线程", "SUPPLIES", "GPU", "Moore Threads supplies the MTT S4000 data-centre GPU")
s = "MetaX and Iluvatar CoreX sell general-purpose GPUs, while Enflame designs AI training ASICs and counts Tencent as an investor and customer, not a supplier."
R(5, "沐曦", "SUPPLIES", "GPU", s)
R(5, "天数智芯", "SUPPLIES", "GPU", s)
R(5, "燧原科技", "SUPPLIES", "ASIC", s, alt_object="AIChip")
s = "The US rules of 7 October 2022 restricted exports of advanced computing chips such as NVIDIA's A100 and H100 to China."
R(5, PA, "RESTRICTS", "A100", s, qualifier="advanced computing chips", date="2022-10-07")
R(5, PA, "RESTRICTS", "H100", s, qualifier="advanced computing chips", date="2022-10-07")
s = "The update of 17 October 2023 extended the restrictions to the A800 and H800."
R(5, PB, "RESTRICTS", "A800", s, date="2023-10-17")
R(5, PB, "RESTRICTS", "H800", s, date="2023-10-17")
s = "On the same day Biren and Moore Threads were added to the Entity List, which cut off their access to TSMC's advanced nodes."
R(5, PC, "RESTRICTS", "壁仞科技", s, tier="extended", date="2023-10-17", note="company object; date from 'the same day'")
R(5, PC, "RESTRICTS", "摩尔线程", s, tier="extended", date="2023-10-17", note="company object; date from 'the same day'")
R(5, PD, "RESTRICTS", "HBM", "In December 2024 the US also restricted exports of high-bandwidth memory (HBM) to China.",
  qualifier="high-bandwidth memory (HBM)", date="2024-12")
hx = "Hexa Silicon, a Shanghai-based start-up founded in 2021, says its inference accelerator is manufactured by SMIC."
R(5, "中芯国际", "SUPPLIES", "FoundryService", "SMIC provides 7nm-class capacity to several domestic designers.",
  evidence_alt=[hx])
R(5, "Hexa Silicon", "SUPPLIES", "AIChip", hx, alt_object="ASIC")
R(5, "Hexa Silicon", "LOCATED_IN", "上海", hx, note="Shanghai-based")
s = "The California-based Corvane Systems supplies EDA verification software to Chinese chip designers."
R(5, "Corvane Systems", "SUPPLIES", "EDA", s)
R(5, "Corvane Systems", "LOCATED_IN", "加利福尼亚州", s, note="California-based")
s = "We estimate that the localization rate of AI accelerators in China's data-centre market reached about 34% in 2024, up from roughly 15% in 2022."
R(5, "AIChip", "LOCALIZATION_RATE", "中国", s, value=34, unit="%", year=2024, qualifier="≈", scope="中国数据中心AI加速器市场")
R(5, "AIChip", "LOCALIZATION_RATE", "中国", s, value=15, unit="%", year=2022, qualifier="≈", scope="中国数据中心AI加速器市场")
s = "Huawei's Ascend series held about 23% of that market in 2024, the largest share among domestic vendors."
share(5, "华为", "AIChip", 23, s, "中国数据中心AI加速器市场", 2024, "≈", note="share of the Ascend (昇腾) series; 'that market' = China's data-centre market")
R(5, "华为", "SUPPLIES", "AIChip", s, tier="extended", note="inferred from Ascend market share")

# ---------------------------------------------------------------- doc 6: 东数西算
E("东数西算", "Policy", ["东数西算", "东数西算工程"], "CN", date="2022-02")
E("国家发展改革委", "Organization", ["国家发展改革委"], "CN")
for r_ in ("京津冀", "长三角", "粤港澳大湾区", "成渝"):
    E(r_, "Region", [r_], "CN", subtype="hub")
E("内蒙古", "Region", ["内蒙古"], "CN", subtype="province")
E("贵州", "Region", ["贵州"], "CN", subtype="province")
E("甘肃", "Region", ["甘肃"], "CN", subtype="province")
E("宁夏", "Region", ["宁夏"], "CN", subtype="province")
E("宁夏中卫集群", "Region", ["宁夏中卫集群", "中卫集群"], "CN", subtype="数据中心集群")
E("贵州贵安集群", "Region", ["贵州贵安集群"], "CN", subtype="数据中心集群")
E("甘肃庆阳集群", "Region", ["甘肃庆阳集群"], "CN", subtype="数据中心集群")
E("银川", "Region", ["银川"], "CN", subtype="city")
E("贵阳", "Region", ["贵阳"], "CN", subtype="city")
E("成都", "Region", ["成都"], "CN", subtype="city")
E("Upstream", "Segment", ["上游"])
E("Midstream", "Segment", ["中游"])
E("Downstream", "Segment", ["下游"])
E("Chip", "ProductCategory", ["芯片"])
E("Server", "ProductCategory", ["服务器"])
E("DataCenter", "ProductCategory", ["数据中心建设运营", "第三方数据中心服务商"])
E("CloudService", "ProductCategory", ["云服务"])
E("ComputeSchedulingPlatform", "ProductCategory", ["算力调度平台"])
E("互联网", "Industry", ["互联网"])
E("金融", "Industry", ["金融"])
E("政务", "Industry", ["政务"])
E("中科曙光", "Company", ["中科曙光"], "CN")
E("浪潮信息", "Company", ["浪潮信息"], "CN")
E("中际旭创", "Company", ["中际旭创"], "CN")
E("新易盛", "Company", ["新易盛"], "CN")
E("西岭数据", "Company", ["西岭数据"], "CN", note="invented")
E("云衢科技", "Company", ["云衢科技"], "CN", note="invented")
E("星枢网络", "Company", ["星枢网络"], "CN", note="invented")
E("三大电信运营商", "CompanyGroup", ["三大电信运营商"], "CN", note="cooperation partner only (trap)")
E("数据中心平均上架率", "Metric", ["平均上架率"])
E("国家算力枢纽节点数量", "Metric", ["国家算力枢纽节点"])
E("国家数据中心集群数量", "Metric", ["国家数据中心集群"])

s = "2022年2月，国家发展改革委等部门联合印发通知，同意在京津冀、长三角、粤港澳大湾区、成渝、内蒙古、贵州、甘肃、宁夏等8地启动建设国家算力枢纽节点，并规划了10个国家数据中心集群，东数西算工程由此全面启动。"
for r_ in ("京津冀", "长三角", "粤港澳大湾区", "成渝", "内蒙古", "贵州", "甘肃", "宁夏"):
    R(6, "东数西算", "DESIGNATES_HUB_NODE", r_, s, tier="extended", date="2022-02")
R(6, "东数西算", "ISSUED_BY", "国家发展改革委", s, tier="extended", date="2022-02", note="国家发展改革委等部门")
R(6, "中国", "MENTIONS_METRIC", "国家算力枢纽节点数量", s, tier="extended", value=8, unit="个", year=2022)
R(6, "中国", "MENTIONS_METRIC", "国家数据中心集群数量", s, tier="extended", value=10, unit="个", year=2022)
s = "从建设成效看，截至2024年6月，宁夏中卫集群已建成标准机架约7.2万架，平均PUE为1.12"
R(6, "宁夏中卫集群", "MENTIONS_METRIC", "数据中心标准机架数", s, value=7.2, unit="万架", year=2024, qualifier="≈", date="2024-06")
R(6, "宁夏中卫集群", "MENTIONS_METRIC", "数据中心PUE平均值", s, value=1.12, year=2024, date="2024-06")
R(6, "贵州贵安集群", "MENTIONS_METRIC", "智能算力规模", "贵州贵安集群的智能算力规模达到30EFLOPS。", value=30, unit="EFLOPS",
  year=2024, date="2024-06", note="date from the preceding clause of the same sentence (截至2024年6月)")
R(6, "甘肃庆阳集群", "TARGETS", "数据中心标准机架数", "甘肃庆阳集群提出，到2025年标准机架规模将达到15万架。",
  value=15, unit="万架", year=2025, modality="target")
R(6, "宁夏中卫集群", "LOCATED_IN", "宁夏", s, tier="extended", note="from the name")
R(6, "贵州贵安集群", "LOCATED_IN", "贵州", "贵州贵安集群的智能算力规模达到30EFLOPS。", tier="extended", note="from the name")
R(6, "甘肃庆阳集群", "LOCATED_IN", "甘肃", "甘肃庆阳集群提出，到2025年标准机架规模将达到15万架。", tier="extended", note="from the name")
s = "从产业链看，算力网络上游为芯片、服务器、光模块等硬件，中游为数据中心建设运营与云服务，下游则是互联网、金融、政务等行业应用。"
for c in ("Chip", "Server", "OpticalModule"):
    R(6, c, "PART_OF_SEGMENT", "Upstream", s)
for c in ("DataCenter", "CloudService"):
    R(6, c, "PART_OF_SEGMENT", "Midstream", s)
for c in ("互联网", "金融", "政务"):
    R(6, c, "PART_OF_SEGMENT", "Downstream", s, tier="extended")
s = "上游的服务器主要由中科曙光、浪潮信息提供，光模块供应商包括中际旭创和新易盛。"
R(6, "中科曙光", "SUPPLIES", "Server", s)
R(6, "浪潮信息", "SUPPLIES", "Server", s)
R(6, "中际旭创", "SUPPLIES", "OpticalModule", s)
R(6, "新易盛", "SUPPLIES", "OpticalModule", s)
s = "中游的西岭数据总部位于银川，是中卫集群内第二大的第三方数据中心服务商"
R(6, "西岭数据", "LOCATED_IN", "银川", s, note="headquarters")
R(6, "西岭数据", "SUPPLIES", "DataCenter", s, note="rank only, no share value")
s = "云衢科技总部位于贵阳，为政务客户提供云服务。"
R(6, "云衢科技", "LOCATED_IN", "贵阳", s, note="headquarters")
R(6, "云衢科技", "SUPPLIES", "CloudService", s)
s = "星枢网络（总部位于成都）专注算力调度平台，与三大电信运营商合作，但其本身并非电信运营商。"
R(6, "星枢网络", "LOCATED_IN", "成都", s, note="headquarters")
R(6, "星枢网络", "SUPPLIES", "ComputeSchedulingPlatform", s)
R(6, "中国", "MENTIONS_METRIC", "数据中心平均上架率", "有机构测算，2023年全国数据中心平均上架率约为58%，而西部部分集群不足40%。",
  value=58, unit="%", year=2023, qualifier="≈", note="全国 = 中国; the <40% of 部分西部集群 has no single subject")


# ---------------------------------------------------------------- docs and tiers
def alias_docs():
    pairs = sorted(((a, e["canonical"]) for e in ENTS for a in e["aliases"] if a not in GENERIC),
                   key=lambda x: -len(x[0]))
    found = {e["canonical"]: set() for e in ENTS}
    for n, t in TEXT.items():
        mask = [False] * len(t)
        for a, c in pairs:
            i = t.find(a)
            while i >= 0:
                if not any(mask[i:i + len(a)]):
                    found[c].add(D[n])
                    for j in range(i, i + len(a)):
                        mask[j] = True
                i = t.find(a, i + 1)
    return found


found = alias_docs()
for r in RELS:
    for k in ("subject", "object"):
        found[r[k]].add(r["doc"])
out = []
for e in ENTS:
    tiers = {r["tier"] for r in RELS if e["canonical"] in (r["subject"], r["object"])}
    e["docs"] = sorted(found[e["canonical"]])
    e["tier"] = "core" if "core" in tiers else "extended" if tiers else "mention"
    out.append(e)
with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
    for x in out + RELS:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(out), "entities,", len(RELS), "relations")
