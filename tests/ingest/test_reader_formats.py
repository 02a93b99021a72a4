"""Real inputs: PDF (Chinese text layer, pages, running headers, scanned), DOCX and saved web pages.

Every file is made by the test. ``python tests/ingest/test_reader_formats.py`` prints the PDF library
comparison quoted in README "Inputs" (pdfminer.six vs pypdf vs pdfplumber on generated Chinese PDFs).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from computekg.ingest.reader import ReadError, read_source
from computekg.ingest.sentences import split_sentences

PARAS = [
    "国内代表厂商：海光信息、景嘉微、摩尔线程、壁仞科技等，在GPU领域持续投入研发，并推出了多款产品。",
    "据第三方机构统计，2023年英伟达在中国AI芯片市场的份额约为66%，华为约为18%，AMD约为6%。",
    "2022年10月7日，美国商务部发布出口管制新规，限制向中国出口A100、H100等高端GPU芯片。",
    "光刻机几乎全部依赖进口，国产化率不足5%；薄膜沉积设备和离子注入机的国产化率也低于5%。",
    "中际旭创、新易盛是全球领先的光模块供应商，800G光模块已批量出货，2024年出货量预计增长超过100%。",
    "AI服务器搭载的GPU与HBM高度依赖海外供应，浪潮信息、中科曙光、华为等厂商正在推进国产算力平台。",
]
TABLE = [("类别", "国外代表厂商", "国内代表厂商"), ("GPU", "英伟达、AMD", "海光信息、景嘉微"),
         ("CPU", "英特尔、AMD", "海光信息、龙芯中科")]
WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


# ------------------------------------------------------------------------------------ PDF makers


def _canvas(path: Path, font: str = "cid"):
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if font == "cid":  # Adobe-GB1 font that needs no font file (not embedded)
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        name = "STSong-Light"
    else:  # an embedded TrueType subset
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("WQY", str(WQY), subfontIndex=0))
        name = "WQY"
    c = canvas.Canvas(str(path), pagesize=A4)
    return c, name, A4


def _wrap(text: str, n: int) -> list[str]:
    """Lines of at most ``n`` characters, never breaking inside a Latin word or number (as typesetting)."""
    lines = []
    while text:
        cut = min(n, len(text))
        while 0 < cut < len(text) and text[cut - 1].isascii() and text[cut].isascii() and text[cut].isalnum():
            cut -= 1
        cut = cut or n
        lines.append(text[:cut])
        text = text[cut:]
    return lines


def make_pdf(path: Path, layout: str, font: str = "cid") -> list[list[str]]:
    """Write a Chinese PDF of one layout; return the paragraphs of each page (the truth)."""
    c, name, (w, h) = _canvas(path, font)
    truth: list[list[str]] = []
    if layout == "pages":  # two pages, wrapped paragraphs, a running header and page numbers
        for i, paras in enumerate((PARAS[:3], PARAS[3:])):
            c.setFont(name, 11)
            c.drawString(60, h - 30, "算力产业周报")
            y = h - 70
            for p in paras:
                for line in _wrap(p, 30):
                    c.drawString(60, y, line)
                    y -= 16
                y -= 12
            c.drawString(w / 2, 30, f"第 {i + 1} 页")
            c.showPage()
            truth.append(paras)
    elif layout in ("columns", "columns_interleaved"):  # two columns, drawn column- or line-wise
        c.setFont(name, 10)
        left = [ln for p in PARAS[:3] for ln in [*_wrap(p, 22), ""]]
        right = [ln for p in PARAS[3:] for ln in [*_wrap(p, 22), ""]]
        if layout == "columns":
            for x, lines in ((50, left), (310, right)):
                for i, ln in enumerate(lines):
                    c.drawString(x, h - 60 - 14 * i, ln)
        else:
            for i in range(max(len(left), len(right))):
                for x, lines in ((50, left), (310, right)):
                    if i < len(lines):
                        c.drawString(x, h - 60 - 14 * i, lines[i])
        c.showPage()
        truth.append(PARAS)
    elif layout in ("table", "table_columnwise"):
        c.setFont(name, 10)
        order = [(r, k) for r in range(3) for k in range(3)]
        if layout == "table_columnwise":
            order = [(r, k) for k in range(3) for r in range(3)]
        for r, k in order:
            c.drawString((60, 160, 330)[k], h - 60 - 18 * r, TABLE[r][k])
        c.showPage()
        truth.append(["".join(row) for row in TABLE])
    elif layout == "bottom_up":  # paragraphs drawn in reverse order of their place on the page
        c.setFont(name, 10)
        placed, y = [], h - 60
        for p in PARAS:
            placed.append((y, _wrap(p, 30)))
            y -= 15 * len(placed[-1][1]) + 10
        for y, lines in reversed(placed):
            for i, ln in enumerate(lines):
                c.drawString(60, y - 15 * i, ln)
        c.showPage()
        truth.append(PARAS)
    elif layout == "scanned":  # an image of a page, no text layer
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(Image.new("RGB", (200, 280), (240, 240, 240))), 50, 100, 400, 560)
        c.showPage()
    c.save()
    return truth


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------------------------ PDF tests


def test_pdf_pages_wrapped_lines_and_running_header(tmp_path: Path):
    f = tmp_path / "weekly.pdf"
    truth = make_pdf(f, "pages")
    src = read_source(f)
    assert src.encoding == "pdf" and len(src.pages) == 2
    for page_no, paras in enumerate(truth, start=1):
        for p in paras:
            start = src.original.index(p)  # every paragraph intact: wrapped lines were joined
            assert src.page_at(start) == page_no
            assert p in src.view
    assert "算力产业周报" not in src.original and "第 1 页" not in src.original  # header, page numbers
    # sentences of the view map back onto the extracted text exactly
    for s in split_sentences(src.view):
        a, b = src.original_span(s.start, s.end)
        assert _squash(src.original[a:b]) == _squash(s.text)


def test_pdf_with_embedded_truetype_font(tmp_path: Path):
    if not WQY.exists():
        pytest.skip(f"needs {WQY} (apt-get install fonts-wqy-microhei)")
    f = tmp_path / "ttf.pdf"
    make_pdf(f, "pages", font="ttf")
    assert all(p in read_source(f).view for p in PARAS)


def test_pdf_two_columns_in_reading_order(tmp_path: Path):
    f = tmp_path / "cols.pdf"
    make_pdf(f, "columns_interleaved")  # drawn line by line across both columns
    view = read_source(f).view
    positions = [view.find(p) for p in PARAS]
    assert -1 not in positions and positions == sorted(positions)


def test_scanned_pdf_is_a_one_line_no_text_layer_error(tmp_path: Path):
    f = tmp_path / "scan.pdf"
    make_pdf(f, "scanned")
    with pytest.raises(ReadError, match="no text layer") as err:
        read_source(f)
    assert "\n" not in str(err.value)


def test_broken_and_fake_pdfs_are_read_errors(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    fake = tmp_path / "fake.pdf"
    fake.write_text("这不是PDF。", encoding="utf-8")
    for f in (broken, fake):
        with pytest.raises(ReadError) as err:
            read_source(f)
        assert "\n" not in str(err.value)


def test_pdf_through_the_pipeline_spans_index_the_extracted_text(tmp_path: Path):
    from computekg.api import extract_corpus

    f = tmp_path / "weekly.pdf"
    make_pdf(f, "pages")
    result = extract_corpus([f])
    assert not result.errors and result.facts
    src = read_source(f)
    for fact in result.facts:
        ev = fact.evidence
        assert src.original[ev.start : ev.end] == ev.sentence
    assert any(f.subject == "NVIDIA" and f.predicate == "HAS_MARKET_SHARE" and f.value == 66 for f in result.facts)


# ------------------------------------------------------------------------------------ DOCX


def test_docx_paragraphs_and_table_rows(tmp_path: Path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.core_properties.title = "芯片周报"
    d.add_heading("一、GPU", level=1)
    d.add_paragraph(PARAS[0])
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(TABLE):
        for k, cell in enumerate(row):
            table.cell(r, k).text = cell
    d.add_paragraph(PARAS[2])
    f = tmp_path / "weekly.docx"
    d.save(f)
    src = read_source(f)
    assert src.meta["title"] == "芯片周报" and src.pages == [] and src.page_at(0) is None
    assert PARAS[0] in src.view and PARAS[2] in src.view
    assert "GPU\t英伟达、AMD\t海光信息、景嘉微" in src.view  # a table row, cells tab-separated
    assert src.view.index(PARAS[0]) < src.view.index("类别") < src.view.index(PARAS[2])  # document order
    i = src.view.index("海光信息")
    a, b = src.original_span(i, i + 4)
    assert src.original[a:b] == "海光信息"


def test_not_a_docx_is_a_read_error(tmp_path: Path):
    f = tmp_path / "x.docx"
    f.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError, match="not a readable DOCX"):
        read_source(f)


def test_folders_list_pdf_and_docx_but_not_office_lock_files(tmp_path: Path):
    from computekg.ingest.reader import iter_paths

    for name in ("a.pdf", "b.docx", "~$b.docx", ".hidden.pdf", "c.png"):
        (tmp_path / name).write_bytes(b"x")
    files, missing = iter_paths([tmp_path])
    assert [f.name for f in files] == ["a.pdf", "b.docx"] and missing == []


# ------------------------------------------------------------------------------------ web pages

PAGE = """<!DOCTYPE html><html><head><title>芯片周报</title></head><body>
<header><div class="logo">算力观察网</div><nav><a href="/">首页</a> | <a href="/chips">芯片频道</a> | 登录注册</nav></header>
<div class="breadcrumb">首页 &gt; 芯片 &gt; 正文</div>
<main><article><h1>国产GPU厂商加速布局</h1>
<p>{}</p><p>{}</p><p>{}</p>
<p>业内人士表示，国产GPU在生态建设方面仍需时间，软件栈与开发者社区是竞争的关键。</p>
</article></main>
<aside class="sidebar"><h3>热门文章</h3><ul><li>英伟达发布新一代GPU，性能提升两倍</li><li>光模块行业景气度持续上行</li></ul></aside>
<footer><p>版权所有 © 2024 算力观察网 京ICP备12345678号</p><p>联系我们 | 广告合作</p></footer>
</body></html>""".format(*PARAS[:3])


def test_saved_web_page_keeps_the_article_only(tmp_path: Path):
    pytest.importorskip("trafilatura")
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    src = read_source(f)
    for p in PARAS[:3]:
        assert p in src.view
    for boilerplate in ("首页", "芯片频道", "登录注册", "热门文章", "性能提升两倍", "版权所有", "广告合作"):
        assert boilerplate not in src.view, boilerplate
    # the view is a subsequence of the HTML file: offsets stay exact
    assert all(src.original[o] == ch for o, ch in zip(src.offsets, src.view, strict=True) if ch != "\n")
    assert src.offsets == sorted(set(src.offsets))


def test_plain_html_fragment_is_not_trimmed():
    from computekg.ingest.reader import source_from_text

    src = source_from_text("a.html", "<body><p>首页</p><p>" + PARAS[0] + "</p></body>")
    assert src.view.startswith("首页")  # no navigation markup: nothing is treated as boilerplate


# ------------------------------------------------------------------------------------ measurement


def compare_pdf_libraries(folder: Path) -> list[tuple[str, int, int, int, int]]:
    """Per library: (name, sentences intact, sentences, files in reading order, files) on generated PDFs."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    def by_pdfminer(p: Path) -> str:
        return "".join(e.get_text() for page in extract_pages(p) for e in page if isinstance(e, LTTextContainer))

    def by_pypdf(p: Path) -> str:
        import pypdf

        return "".join(pg.extract_text() or "" for pg in pypdf.PdfReader(p).pages)

    def by_pdfplumber(p: Path) -> str:
        import pdfplumber

        with pdfplumber.open(p) as pdf:
            return "".join(pg.extract_text() or "" for pg in pdf.pages)

    layouts = ["pages", "columns", "columns_interleaved", "table", "table_columnwise", "bottom_up"]
    fonts = ["cid", "ttf"] if WQY.exists() else ["cid"]
    files = []
    for font in fonts:
        for layout in layouts:
            path = folder / f"{font}_{layout}.pdf"
            files.append((path, [s for page in make_pdf(path, layout, font) for s in page]))
    rows = []
    def by_reader(p: Path) -> str:
        return read_source(p).original

    libraries = (("pdfminer.six", by_pdfminer), ("pypdf", by_pypdf), ("pdfplumber", by_pdfplumber),
                 ("computekg reader (pdfminer.six)", by_reader))
    for name, fn in libraries:
        intact = total = ordered = 0
        for path, sentences in files:
            text = _squash(fn(path))
            where = [text.find(_squash(s)) for s in sentences]
            intact += sum(w >= 0 for w in where)
            total += len(sentences)
            ordered += -1 not in where and where == sorted(where)
        rows.append((name, intact, total, ordered, len(files)))
    return rows


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'library':32} sentences intact   files in reading order")
        for name, intact, total, ordered, n in compare_pdf_libraries(Path(tmp)):
            print(f"{name:32} {intact:3}/{total:<3} {intact / total:6.1%}   {ordered:2}/{n}")
    sys.exit(0)
