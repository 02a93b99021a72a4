"""Names in lists: the items of a 「A、B、C」 list about companies (a known company among them, or a company
cue opening / closing the list), and the cells of a table column headed 公司/厂商/企业.
"""

from __future__ import annotations

import re

from computekg.ontology import EntityType

from ..words import NOT_NAMES
from .categories import looks_like_product
from .country import CN_CUE, COUNTRY_CUES, FOREIGN_CUE
from .evidence import COMPANY_CUE, clean_item, name_like
from .state import Discovery, discoverer

T = EntityType
_COLON_CUE = re.compile(rf"(国外|国内|海外|国产|境外)?(代表|主要|龙头|重点)?{COMPANY_CUE}(有|包括|为)?[：:]")
_TABLE_COMPANY_HEAD = re.compile(r"(公司|厂商|企业|供应商|代表|玩家|品牌|Company|Vendor|Supplier|Maker)", re.I)
_OPENER = re.compile(
    rf"(?:{COMPANY_CUE}(?:有|包括|包含|为|是|如)?[：:]?|主要有|包括|例如|比如|如|像|部署|签约|合作|分别为|分别是|是|为|"
    rf"来自|采购自|进口自|购自|依赖|由|以|：|:|，|,)"
)
_LIST_END = re.compile(
    r"(等|分别|四家|三家|两家|几家|均|都|占据|进入|合计|作为|在|，|,|的|构成|提供|基于|生产|推出|位居|位列|排名|处于|是|为)"
)



@discoverer("lists")
def discover_in_lists(d: Discovery) -> None:
    """Split every clause into 、-separated items; several cue-introduced lists on one line are separate."""
    for clause in re.finditer(r"[^。！？!?；;\n，,\t]*(?:[，,][^。！？!?；;\n，,\t]*){0,3}", d.view):
        text = clause.group()
        if "、" not in text and not re.search(r"(和|及|与)", text):
            continue
        cuts = [m.start() for m in _COLON_CUE.finditer(text)] or [0]
        if cuts[0] != 0:
            cuts.insert(0, 0)
        for i, c in enumerate(cuts):
            piece = text[c : cuts[i + 1] if i + 1 < len(cuts) else len(text)]
            _discover_in_list(d, clause.start() + c, piece)


def _list_span(text: str) -> tuple[int, int, str | None]:
    """(start, end, opener) of the list items in ``text``: after the last opener, up to 等/分别/a verb."""
    first_sep = text.find("、")
    if first_sep < 0:  # 「A 与 B 均为…」: the conjunction separates the items
        conj = re.search(r"(与|和|及)", text)
        first_sep = conj.start() if conj else len(text)
    start, opener = 0, None
    for m in _OPENER.finditer(text[:first_sep]):
        start, opener = m.end(), m.group()
    if "、" in text:
        tail_start = text.rfind("、") + 1
    else:
        conj = re.search(r"(与|和|及)", text)
        tail_start = conj.end() if conj else 0
    m_end = _LIST_END.search(text[tail_start:])
    return start, (tail_start + m_end.start() if m_end else len(text)), opener


def _items(offset: int, body: str, start: int) -> list[tuple[int, int, str, str | None]]:
    items, pos = [], 0
    for piece in re.split(r"(、|和|及|与|以及)", body):
        if piece in ("、", "和", "及", "与", "以及"):
            pos += len(piece)
            continue
        name, parent = clean_item(piece)
        if name:
            lead = piece.find(name[0]) if name[0] in piece else 0
            s = offset + start + pos + lead
            items.append((s, s + len(name), name, parent))
        pos += len(piece)
    return items


def _discover_in_list(d: Discovery, offset: int, text: str) -> None:
    """Treat the items of one 「A、B、C」 list as companies when the list is about companies."""
    if len(re.findall(r"[^、]+", text)) < 2 and not re.search(r"(和|及|与)", text):
        return
    start, end, opener = _list_span(text)
    body = text[start:end]
    if not body:
        return
    head = text[: max(0, start)]
    closing = text[end : end + 14]
    company_closing = re.match(rf"(等)?[^，。]{{0,6}}?{COMPANY_CUE}", closing)
    company_opening = bool(opener and re.search(COMPANY_CUE, opener)) or bool(re.search(rf"{COMPANY_CUE}[^，。]{{0,4}}$", head))
    items = _items(offset, body, start)
    if len(items) < 2:
        return
    window = d.known_between(offset + start, offset + end)
    known_companies = [k for k in window if k.type in (T.COMPANY, T.COMPANY_GROUP)]
    known_other = [k for k in window if k.type not in (T.COMPANY, T.COMPANY_GROUP)]
    cued = bool(company_closing or company_opening)
    if not (known_companies or cued):
        return
    if "、" not in text and not known_companies:
        return  # a bare 「A 和 B」 is too weak a cue without a known company in it
    if len(known_other) > len(known_companies) and not cued:
        return  # a list of categories/regions with one stray company
    # the cue nearest the list decides the country (「国外代表厂商：… 国内代表厂商：…」)
    peers = {ent.country for k in known_companies if (ent := d.lex.entity(k.type, k.name)) is not None and ent.country}
    ctx = text[max(0, start - 12) : start] + closing
    if not CN_CUE.search(ctx) and not FOREIGN_CUE.search(ctx) and not any(rx.search(ctx) for rx, _ in COUNTRY_CUES):
        ctx = d.view[max(0, offset - 10) : offset] + text[:start] + closing
    for s, e, name, parent in items:
        place = next((k for k in window if k.type == T.REGION and k.start == s and k.end < e
                      and (d.view[k.end] == "的" or d.view[k.end].isascii())), None)
        if place is not None:  # 「美国的MKS」, 「瑞典Edwards」: the country introduces the name (not 四川长虹)
            s = place.end + (d.view[place.end : place.end + 1] == "的")
            name = d.view[s:e]
        if d.free(s, e) and name_like(name, d.lex) and d.view[s:e] == name:
            d.add(s, e, name, ctx, 0.8 if cued else 0.7, parent, peers)


@discoverer("table_columns")
def discover_in_table_columns(d: Discovery) -> None:
    """Cells of a table column headed 公司/厂商/企业: every listed name is a company."""
    company_cols: set[int] = set()
    for line in re.finditer(r"[^\n]+", d.view):
        row = line.group()
        if "\t" not in row:
            company_cols = set()
            continue
        cells = list(re.finditer(r"[^\t]+", row))
        heads = {i for i, c in enumerate(cells) if _TABLE_COMPANY_HEAD.search(c.group()) and len(c.group().strip()) <= 12}
        if heads and not any(k.type in (T.COMPANY, T.COMPANY_GROUP) for k in d.known_between(line.start(), line.end())):
            company_cols = heads
            continue
        for i, cell in enumerate(cells):
            if i not in company_cols:
                continue
            for it in re.finditer(r"[^、,，/和及与\s]+", cell.group()):
                name, _ = clean_item(it.group())
                s = line.start() + cell.start() + it.start() + max(0, it.group().find(name[:1]))
                e = s + len(name)
                if len(name) >= 2 and d.free(s, e) and name not in NOT_NAMES and name_like(name, d.lex):
                    d.add(s, e, name, row, 0.85)


_ROW_SPLIT = re.compile(r"\t|\s*\|\s*|(?:^|(?<=[^\d.．]))\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨])\s*")


@discoverer("row_items")
def discover_row_items(d: Discovery) -> None:
    """Cells of a row (tabs, markdown pipes) and numbered items on one line are a list: beside a known
    company, the other short name-like cells are companies too (「覆铜板 生益科技 华正新材 台光电」)."""
    for line in re.finditer(r"[^\n]+", d.view):
        row = line.group()
        if not re.search(r"\t|\|", row) and not re.match(r"\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨])", row):
            continue
        cells = [(line.start() + m.start(), line.start() + m.end()) for m in re.finditer(r"[^\t|]+", row)] \
            if re.search(r"\t|\|", row) else _numbered_cells(line.start(), row)
        cells = [(s, e) for s, e in cells if d.view[s:e].strip()]
        if len(cells) < 2:
            continue
        known = [k for k in d.known_between(line.start(), line.end()) if k.type in (T.COMPANY, T.COMPANY_GROUP)]
        known += list(d.found_between(line.start(), line.end()))
        if not known:
            continue
        for s, e in _company_cells(d, cells, known):
            for it in re.finditer(r"[^、,，/和及与\s]+", d.view[s:e]):
                name, _ = clean_item(it.group())
                a = s + it.start() + max(0, it.group().find(name[:1]))
                b = a + len(name)
                if 2 <= len(name) <= 12 and d.free(a, b) and name not in NOT_NAMES and name_like(name, d.lex) \
                        and not d.lex.first_of(name, T.PRODUCT_CATEGORY, T.REGION, T.PRODUCT_MODEL) \
                        and not looks_like_product(name) and not _MEASURE.search(name):
                    d.add(a, b, name, row, 0.75)


_MEASURE = re.compile(r"\d\s*(?:nm|μm|um|mm|纳米|微米|%|G|T|W|层|寸)", re.I)


def _company_cells(d: Discovery, cells: list[tuple[int, int]], known: list) -> list[tuple[int, int]]:
    """The cells that hold the row's companies: those with a known name, and — in a row of one name per
    cell (「覆铜板 生益科技 华正新材 台光电」) — the other single-item cells too, never a cell that lists
    several items none of which is known (a product column, 「ArF/ArFi光刻胶」)."""
    with_known = [(s, e) for s, e in cells if any(s <= k.start < e for k in known)]
    shared = any(re.search(r"[、,，/和及与]", d.view[s:e].strip()) for s, e in with_known)
    if shared:
        return with_known
    return [(s, e) for s, e in cells if (s, e) in with_known or not re.search(r"[、,，/和及与]", d.view[s:e].strip())]


def _numbered_cells(offset: int, row: str) -> list[tuple[int, int]]:
    marks = list(re.finditer(r"(?:^|(?<=[^\d.．]))\s*(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨])\s*", row))
    if len(marks) < 2:
        return []
    return [(offset + m.end(), offset + (marks[i + 1].start() if i + 1 < len(marks) else len(row)))
            for i, m in enumerate(marks)]
