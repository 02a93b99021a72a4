"""Binary document formats → plain text for :mod:`computekg.ingest.reader`.

For a PDF or a Word file the "original" text that evidence spans index into is the text extracted
here (the same text ``extract`` prints as evidence), so it is built deterministically:

- **PDF** (pdfminer.six layout analysis, chosen by measurement — see README "Inputs"): text boxes in
  reading order, a box's wrapped lines joined, boxes separated by a blank line, pages by ``\\f``;
  running headers/footers repeated on most pages and bare page numbers are dropped. Page start
  offsets are returned so a span can name its page. No text at all → "no text layer".
- **DOCX** (python-docx): body paragraphs and table rows (cells tab-separated, the shape the table
  rules read) in document order, one per line.
- **HTML**: :func:`strip_markup` keeps every text character with its offset in the file.
- **Saved web pages**: :func:`main_content` asks trafilatura for the article text; the reader then
  keeps only the view lines that belong to it, so offsets still point into the HTML file.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from html.parser import HTMLParser

_SENT_END = tuple("。！？!?；;：:」”』）)")
_PAGE_NUMBER = re.compile(r"^[\s\-–—·|]*(第\s*\d+\s*页(\s*[/／共]\s*\d+\s*页?)?|\d+\s*(/|of)\s*\d+|page\s*\d+|\d+)[\s\-–—·|]*$", re.I)


class FormatError(Exception):
    """A document this module cannot turn into text (one-line reason)."""


# ------------------------------------------------------------------------------------------ PDF


def _join_lines(lines: list[tuple[str, float, float]], left: float, right: float) -> str:
    """Join a text box's lines: a line that (nearly) reaches the box's right edge and does not end a
    sentence was wrapped by the layout, so it continues on the next line without a break. ("Nearly":
    digits and Latin letters are narrower than Chinese characters, so ragged lines fall short.)"""
    out = ""
    for i, (text, x1, char_w) in enumerate(lines):
        out += text
        if i == len(lines) - 1:
            break
        nxt = lines[i + 1][0]
        reach = max(2.5 * char_w, 0.25 * (right - left))
        wrapped = x1 >= right - reach and not text.endswith(_SENT_END)
        if not wrapped:
            out += "\n"
        elif text[-1:].isascii() and text[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum():
            out += " "
    return out


def _page_boxes(page) -> list[str]:
    from pdfminer.layout import LTTextBox, LTTextLine

    boxes = []
    for box in page:
        if not isinstance(box, LTTextBox):
            continue
        lines = []
        for line in box:
            if isinstance(line, LTTextLine):
                text = line.get_text().replace("\n", "").rstrip()
                if text.strip():
                    chars = max(1, len(text.strip()))
                    lines.append((text, line.x1, max(1.0, line.width / chars)))
        if lines:
            boxes.append(_join_lines(lines, box.x0, box.x1))
    return boxes


def _boilerplate_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Leave out page numbers and the header/footer boxes that repeat at the top or bottom of pages."""
    edges = Counter(
        _boilerplate_key(b) for boxes in pages for b in {*(boxes[:1]), *(boxes[-1:])}
    )
    repeated = {k for k, n in edges.items() if n >= 2 and n * 2 >= len(pages)} if len(pages) > 1 else set()
    kept = []
    for boxes in pages:
        keep = []
        for i, b in enumerate(boxes):
            edge = i == 0 or i == len(boxes) - 1
            if edge and (_boilerplate_key(b) in repeated or _PAGE_NUMBER.match(b)):
                continue
            keep.append(b)
        kept.append(keep)
    return kept


def pdf_text(data: bytes) -> tuple[str, list[int], dict]:
    """Text of a PDF's text layer, the start offset of every page in it, and metadata (title)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psparser import PSException

    try:
        pages = [_page_boxes(p) for p in extract_pages(io.BytesIO(data), laparams=LAParams())]
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise FormatError("encrypted PDF: a password is needed to read it") from None
    except (PSException, ValueError, KeyError, TypeError, AttributeError, AssertionError) as exc:
        raise FormatError(f"not a readable PDF ({type(exc).__name__}: {str(exc)[:80]})".rstrip()) from None
    if not pages:
        raise FormatError("not a readable PDF (no pages)")
    if not any(b.strip() for boxes in pages for b in boxes):
        raise FormatError(f"no text layer ({len(pages)} page(s) of images, a scanned PDF?); run OCR first")
    text, starts = "", []
    for i, boxes in enumerate(_drop_running_lines(pages)):
        if i:
            text += "\f"
        starts.append(len(text))
        text += "\n\n".join(boxes)
    return text, starts, _pdf_meta(data)


def _pdf_meta(data: bytes) -> dict:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    try:
        info = PDFDocument(PDFParser(io.BytesIO(data))).info
    except Exception:  # noqa: BLE001 - metadata is optional
        return {}
    for entry in info or []:
        title = entry.get("Title")
        if isinstance(title, bytes):
            title = title.decode("utf-16" if title.startswith(b"\xfe\xff") else "latin-1", errors="replace")
        if isinstance(title, str) and title.strip():
            return {"title": title.strip()}
    return {}


# ------------------------------------------------------------------------------------------ DOCX


def docx_text(data: bytes) -> tuple[str, dict]:
    """Paragraphs and table rows of a Word file, in document order; metadata (title, date)."""
    import zipfile

    try:
        import docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise FormatError(f"not a readable DOCX ({type(exc).__name__}: {str(exc)[:80]})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or text != cells[-1]:  # a merged cell repeats: keep it once
                        cells.append(text)
                lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    props = document.core_properties
    meta = {"title": props.title or None, "date": props.created.date().isoformat() if props.created else None}
    return "\n".join(lines), {k: v for k, v in meta.items() if v}


# ------------------------------------------------------------------------------------------ HTML

_BLOCK_TAGS = {
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table",
    "section", "article", "ul", "ol", "blockquote", "pre", "hr", "title", "header", "footer",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head"}


class _Stripper(HTMLParser):
    """Collects (text, original offset) pieces; block tags become newlines."""

    def __init__(self, source: str, base: int) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.base = base
        self.pieces: list[tuple[str, int, int]] = []  # text, orig start, orig length (for refs)
        self.skip = 0
        self._cells_in_row = 0  # table cells become tab-separated, as in a text table
        self._line_starts = [0]
        for i, ch in enumerate(source):
            if ch == "\n":
                self._line_starts.append(i + 1)

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.base + self._line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in ("td", "th"):
            if self._cells_in_row:
                self.pieces.append(("\t", self._pos(), 0))
            self._cells_in_row += 1
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self._cells_in_row = 0
            self.pieces.append(("\n", self._pos(), 0))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCK_TAGS:
            self.pieces.append(("\n", self._pos(), 0))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.pieces.append(("\n", self._pos(), 0))

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.pieces.append((data, self._pos(), -1))

    def handle_entityref(self, name: str) -> None:
        if not self.skip:
            self.pieces.append((html.unescape(f"&{name};"), self._pos(), len(name) + 2))

    def handle_charref(self, name: str) -> None:
        if not self.skip:
            self.pieces.append((html.unescape(f"&#{name};"), self._pos(), len(name) + 3))


def strip_markup(text: str, start: int) -> tuple[list[str], list[int]]:
    """Characters and their original offsets for ``text[start:]`` with HTML removed."""
    body = text[start:]
    parser = _Stripper(body, start)
    failed = False
    try:
        parser.feed(body)
        parser.close()
    except Exception:  # malformed markup: fall back to a regex strip below
        failed = True
    chars: list[str] = []
    offs: list[int] = []
    if failed:  # not when the markup merely holds no text (a bare <script> must not leak into the view)
        for m in re.finditer(r"<[^>]*>|([^<]+)", body):
            if m.group(1):
                for i, ch in enumerate(m.group(1)):
                    chars.append(ch)
                    offs.append(start + m.start(1) + i)
        return chars, offs
    for piece, pos, reflen in parser.pieces:
        if reflen == -1:  # raw data: one-to-one
            for i, ch in enumerate(piece):
                chars.append(ch)
                offs.append(pos + i)
        else:
            for ch in piece:
                chars.append(ch)
                offs.append(pos)
    return chars, offs



_BOILERPLATE_HINT = re.compile(
    r"<(nav|footer|header|aside|menu)\b|<\w+[^>]*\b(class|id)\s*=\s*[\"'][^\"']*"
    r"(navbar|menu|footer|sidebar|breadcrumb|comment|copyright|related|share)",
    re.I,
)


def looks_like_web_page(html: str) -> bool:
    """A saved web page with navigation, headers, footers or sidebars around the article."""
    return bool(_BOILERPLATE_HINT.search(html))


def main_content(html: str) -> str | None:
    """The article text of a web page according to trafilatura (None when it finds none)."""
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        text = trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True,
                                   deduplicate=False, with_metadata=False)
    except Exception:  # noqa: BLE001 - keep the whole page rather than lose it
        return None
    return text if text and text.strip() else None
