"""Files → :class:`SourceText`: decoded original text plus a normalized *view* with an offset map.

Every later step works on the view (Simplified Chinese, markup removed, whitespace folded) and
maps positions back through :attr:`SourceText.offsets`, so evidence spans always point into the
original decoded file text. For PDF and Word files the original is the text extracted from them
(:mod:`.reader_formats`); a PDF's page starts are kept, so :meth:`SourceText.page_at` names the
page of any span. Saved web pages keep only the article's lines in the view (trafilatura).

>>> st = source_from_text("a.txt", "臺積電 供應 GPU。")
>>> st.view
'台积电供应GPU。'
>>> st.original[slice(*st.original_span(0, 3))]
'臺積電'
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .reader_formats import FormatError, docx_text, looks_like_web_page, main_content, pdf_text, strip_markup

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".text", "", ".pdf", ".docx"}
MAX_BYTES = 64 * 1024 * 1024
# The extractor's NLP tokenizer refuses longer texts (spaCy ``max_length``); say so up front.
MAX_CHARS = 1_000_000


class ReadError(Exception):
    """A file that cannot be ingested; the message is one line naming the problem."""


@dataclass
class SourceText:
    doc: str  # file name, used as the document id
    original: str  # decoded file text; evidence spans index into this
    view: str  # normalized text the rules read
    offsets: list[int]  # view index → original index
    meta: dict = field(default_factory=dict)
    encoding: str = "utf-8"
    path: str = ""
    pages: list[int] = field(default_factory=list)  # original offset where each page starts (PDF)

    def page_at(self, original_offset: int) -> int | None:
        r"""1-based page of an original offset (e.g. ``Evidence.start``); None when the file has no pages.

        >>> SourceText("a.pdf", "p1\fp2", "p1\np2", [0, 1, 3, 4], pages=[0, 3]).page_at(3)
        2
        """
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, original_offset))

    def to_original(self, view_index: int) -> int:
        """Original offset of a view position (``len(view)`` maps to the end of the text)."""
        if view_index >= len(self.offsets):
            return len(self.original)
        return self.offsets[view_index]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering view ``[start, end)``."""
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.offsets[end - 1] + 1

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.original.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with/without BOM), UTF-16 (BOM) or GB18030/GBK; reject binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM is mostly ASCII-zero interleaved; anything else with NULs is binary.
        # ASCII in UTF-16-LE has its NUL at odd offsets, in UTF-16-BE at even ones: try the likelier first.
        head = data[:4096]
        be_first = head[0::2].count(0) > head[1::2].count(0)
        for enc in ("utf-16-be", "utf-16-le") if be_first else ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_textual(text):
                return text, enc
        raise ReadError("binary file (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _looks_textual(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _looks_textual(str(best)):
        return str(best), best.encoding
    # Mostly UTF-8 with a few bad bytes: keep what is readable.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(8, len(text) // 50):
        return text, "utf-8 (with replacement)"
    raise ReadError("undecodable bytes: not UTF-8, UTF-16 or GB18030 text")


def _looks_textual(text: str) -> bool:
    if not text:
        return True
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / min(len(text), 20000) < 0.02


# ---------------------------------------------------------------- front matter

_FRONT = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, int, str | None]:
    """Return (metadata, body start offset, warning). Broken YAML keeps the body, with a warning."""
    m = _FRONT.match(text)
    if not m:
        return {}, 0, None
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        return {}, m.end(), f"front matter ignored: {first}"
    if not isinstance(meta, dict):
        return {}, m.end(), "front matter ignored: not a mapping"
    return {str(k): v for k, v in meta.items()}, m.end(), None


# ---------------------------------------------------------------- markup

_HTML_HINT = re.compile(r"<(p|div|br|span|strong|table|html|body|script|a|img)\b[^>]*>", re.I)


# ---------------------------------------------------------------- normalization


@cache
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_TRAD_PROBE = re.compile(r"[們這個來說時為與會於並從對過還產業際數據臺灣體導術電網於應]")


def to_simplified(chars: list[str]) -> list[str]:
    """Traditional → Simplified, one character for one character (keeps the offset map exact)."""
    text = "".join(chars)
    if not _TRAD_PROBE.search(text):
        return chars
    conv = _t2s().convert(text)
    if len(conv) == len(text):
        return list(conv)
    cv = _t2s()
    return [c if len(c := cv.convert(ch)) == 1 else ch for ch in chars]


_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ％．"}
_FULLWIDTH[ord("\u3000")] = ord(" ")
_SUPERSCRIPTS = set("¹²³⁴⁵⁶⁷⁸⁹⁰")
_SENT_END = set("。！？!?；;：:」”』）).")


_RECORD = re.compile(r"^[^，。：:\s]{1,12}[：:]")


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "&+#")


def fold_whitespace(chars: list[str], offs: list[int]) -> tuple[str, list[int]]:
    """Drop spaces except between two ASCII words; keep line structure.

    A line break inside a wrapped paragraph (long line, no sentence-final punctuation, followed by
    more text) is removed, so PDF-extracted sentences are read whole. Footnote superscripts go.
    """
    chars = [ch.translate(_FULLWIDTH) for ch in chars]
    n = len(chars)
    out: list[str] = []
    out_offs: list[int] = []
    i = 0
    line_len = 0
    while i < n:
        ch = chars[i]
        if ch in _SUPERSCRIPTS:
            i += 1
            continue
        if ch in " \t\xa0\u2002\u2003\u2009\u200b\ufeff":
            if ch == "\t":
                out.append("\t")
                out_offs.append(offs[i])
                i += 1
                continue
            j = i
            while j < n and chars[j] in " \xa0\u2002\u2003\u2009\u200b\ufeff":
                j += 1
            prev = out[-1] if out else ""
            nxt = chars[j] if j < n else ""
            # keep one space inside English text (words, "market. On", "A100, A800"), none around CJK
            if prev and nxt and prev.isascii() and nxt.isascii() and not prev.isspace() and not nxt.isspace() and (
                _is_ascii_word(prev) or _is_ascii_word(nxt)
            ):
                out.append(" ")
                out_offs.append(offs[i])
            i = j
            continue
        if ch in "\r\n\f\v":
            j = i
            breaks = 0
            while j < n and chars[j] in "\r\n\f\v \t\xa0\u3000":
                breaks += chars[j] == "\n"
                j += 1
            prev = out[-1] if out else ""
            nxt = chars[j] if j < n else ""
            line = "".join(out[-line_len:]) if line_len else ""
            ascii_line = sum(c.isascii() for c in line) > 0.8 * len(line) if line else False
            wrapped = (
                line_len >= (60 if ascii_line else 28)  # an English line under 60 characters is a heading, not a wrap
                and not _RECORD.match(line)  # 「第一中标候选人：…」: one record per line
                and prev
                and prev not in _SENT_END
                and nxt
                and not nxt.isspace()
                and nxt not in "（(一二三四五六七八九十图表0123456789-•·"
                and "\t" not in out[-line_len:]
            )
            if wrapped:
                if _is_ascii_word(prev) and _is_ascii_word(nxt):
                    out.append(" ")
                    out_offs.append(offs[i])
            elif out and out[-1] != "\n":
                out.append("\n")
                out_offs.append(offs[i])
                line_len = 0
            i = j
            continue
        out.append(ch)
        out_offs.append(offs[i])
        line_len += 1
        i += 1
    while out and out[-1] in "\n ":
        out.pop()
        out_offs.pop()
    return "".join(out), out_offs


def build_view(original: str, body_start: int, *, markup: bool) -> tuple[str, list[int]]:
    if markup:
        chars, offs = strip_markup(original, body_start)
    else:
        chars = list(original[body_start:])
        offs = list(range(body_start, len(original)))
        chars, offs = markdown_tables_to_tabs(chars, offs)
    chars = to_simplified(chars)
    return fold_whitespace(chars, offs)


_MD_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_MD_RULE = re.compile(r"^[\s|:\-]+$")


def markdown_tables_to_tabs(chars: list[str], offs: list[int]) -> tuple[list[str], list[int]]:
    r"""Markdown table rows become tab-separated rows (the shape table rules read); rule lines go.

    >>> "".join(markdown_tables_to_tabs(list("| A | B |\n|---|---|\n| 1 | 2 |"), list(range(29)))[0])
    ' A \t B \n\n 1 \t 2 '
    """
    text = "".join(chars)
    if "|" not in text:
        return chars, offs
    keep = [True] * len(chars)
    out_chars = list(chars)
    for m in _MD_ROW.finditer(text):
        row = m.group()
        if _MD_RULE.fullmatch(row):
            for i in range(m.start(), m.end()):
                keep[i] = False
            continue
        pipes = [m.start() + i for i, ch in enumerate(row) if ch == "|"]
        for k, i in enumerate(pipes):
            if k == 0 or k == len(pipes) - 1:
                keep[i] = False
            else:
                out_chars[i] = "\t"
    return [c for c, k in zip(out_chars, keep, strict=True) if k], [o for o, k in zip(offs, keep, strict=True) if k]


# ---------------------------------------------------------------- entry points


def source_from_text(doc: str, text: str, *, path: str = "", encoding: str = "utf-8",
                     extracted: bool = False) -> SourceText:
    """Build a :class:`SourceText` from already-decoded text (``extracted``: text taken out of a PDF or
    Word file, which has neither front matter nor markup)."""
    meta, body_start, warning = ({}, 0, None) if extracted else split_front_matter(text)
    if warning:
        meta["_warning"] = warning
    markup = not extracted and _is_markup(doc, text, body_start)
    view, offsets = build_view(text, body_start, markup=markup)
    if markup and looks_like_web_page(text):
        view, offsets = keep_main_content(view, offsets, main_content(text))
    return SourceText(doc=doc, original=text, view=view, offsets=offsets, meta=meta, encoding=encoding, path=path)


def _squash(text: str) -> str:
    """Whitespace-free Simplified form, to compare the view with trafilatura's text."""
    chars = to_simplified(list(text))
    return "".join(ch.translate(_FULLWIDTH) for ch in chars if not ch.isspace())


def keep_main_content(view: str, offsets: list[int], article: str | None) -> tuple[str, list[int]]:
    """Drop the view lines that are not part of ``article`` (navigation, footers, side bars).

    Lines are compared without whitespace; a short line (< 6 characters) must equal an article line.
    The view keeps a subsequence of its characters, so the offset map stays exact. Without an
    article, or when it matches under a fifth of the text, the whole view is kept.
    """
    if not article:
        return view, offsets
    body = _squash(article)
    short = {_squash(ln) for ln in article.splitlines()}
    out: list[str] = []
    out_offs: list[int] = []
    start = 0
    for line in view.split("\n"):
        end = start + len(line)
        key = _squash(line)
        if key and (key in short if len(key) < 6 else key in body):
            if out:
                out.append("\n")
                out_offs.append(offsets[start - 1])  # the newline before this line
            out.extend(line)
            out_offs.extend(offsets[start:end])
        start = end + 1
    if len(out) * 5 < len(view):
        return view, offsets
    return "".join(out), out_offs


def _is_markup(doc: str, text: str, body_start: int) -> bool:
    return Path(doc).suffix.lower() in {".html", ".htm"} or bool(
        _HTML_HINT.search(text[body_start : body_start + 20000]))


# Characters the view drops from plain text (whitespace is folded, footnote superscripts removed).
_DROPPED = " \xa0\u2002\u2003\u2009\u200b\ufeff\r\n\f\v\u3000" + "".join(_SUPERSCRIPTS)


def _too_long(n: int, at_least: str = "") -> ReadError:
    return ReadError(f"document too long ({at_least}{n:,} characters > {MAX_CHARS:,}); split it into smaller files")


def read_source(path: Path) -> SourceText:
    """Read one file; raises :class:`ReadError` with a one-line reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise ReadError(f"file too large ({size // (1024 * 1024)} MiB > {MAX_BYTES // (1024 * 1024)} MiB)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith(b"%PDF-") or path.suffix.lower() in (".pdf", ".docx"):
        return _read_extracted(path, data)
    text, encoding = decode_bytes(data)
    text = text.replace("\r\n", "\n")
    if len(text) > MAX_CHARS and not _is_markup(path.name, text, split_front_matter(text)[1]):
        # cheap lower bound of the view length: skip building a view that would be refused anyway
        least = len(text) - sum(text.count(c) for c in _DROPPED)
        if least > MAX_CHARS:
            raise _too_long(least, "at least ")
    source = source_from_text(path.name, text, path=str(path), encoding=encoding)
    if not source.view.strip():
        raise ReadError("no text content after removing markup and front matter")
    if len(source.view) > MAX_CHARS:
        raise _too_long(len(source.view))
    return source


def _read_extracted(path: Path, data: bytes) -> SourceText:
    """A PDF or Word file: its extracted text is the original (see :mod:`.reader_formats`)."""
    pages: list[int] = []
    try:
        if data.startswith(b"%PDF-") or path.suffix.lower() == ".pdf":
            if not data.startswith(b"%PDF-"):
                raise FormatError("not a PDF file (no %PDF- header)")
            text, pages, meta = pdf_text(data)
            kind = "pdf"
        else:
            text, meta = docx_text(data)
            kind = "docx"
    except FormatError as exc:
        raise ReadError(str(exc)) from None
    if len(text) > MAX_CHARS:
        raise _too_long(len(text))
    source = source_from_text(path.name, text, path=str(path), encoding=kind, extracted=True)
    source.meta.update(meta)
    source.pages = pages
    if not source.view.strip():
        raise ReadError(f"no text content in this {kind.upper()} file")
    return source


def iter_paths(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Expand folders (recursively, sorted) into document files; report missing paths. Hidden files
    and Office lock files (``~$report.docx``) in folders are not documents."""
    files: list[Path] = []
    missing: list[tuple[Path, str]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith((".", "~$")) and f.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(f)
        elif p.is_file():
            files.append(p)
        else:
            missing.append((p, "no such file or directory"))
    return files, missing
