"""Reader: decoding, front matter, markup, Traditional Chinese and the offset map."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from computekg.ingest.reader import ReadError, read_source, source_from_text
from computekg.ingest.sentences import split_sentences


def _spans_ok(src) -> None:
    for s in split_sentences(src.view):
        a, b = src.original_span(s.start, s.end)
        assert 0 <= a <= b <= len(src.original)


def test_front_matter_is_metadata_not_text() -> None:
    src = source_from_text("a.md", "---\ntitle: 标题\ndate: 2024-01-02\n---\n正文：海光信息供应GPU。")
    assert src.meta["title"] == "标题"
    assert "title" not in src.view and src.view.startswith("正文")


def test_broken_front_matter_keeps_body_with_warning() -> None:
    src = source_from_text("a.md", "---\ntitle: [unclosed\n---\n正文。")
    assert "_warning" in src.meta and src.view == "正文。"


def test_html_stripped_with_offsets_into_original() -> None:
    raw = "<p>英伟达&amp;AMD 供应 <b>GPU</b>。</p><script>alert(1)</script>"
    src = source_from_text("a.html", raw)
    assert src.view == "英伟达&AMD供应GPU。"
    i = src.view.index("GPU")
    a, b = src.original_span(i, i + 3)
    assert raw[a:b] == "GPU"
    assert "alert" not in src.view


def test_traditional_chinese_is_normalized_but_offsets_hit_original() -> None:
    raw = "臺積電為輝達代工。"
    src = source_from_text("t.txt", raw)
    assert src.view == "台积电为辉达代工。"
    a, b = src.original_span(0, 3)
    assert raw[a:b] == "臺積電"


def test_wrapped_pdf_line_is_joined_but_headings_are_not() -> None:
    raw = "与世界发展趋势一致，中国智能算力正处于高速增长阶段，2018-2023 年间，我国智能\n\n算力占比由 11% 增长至 65%。\n\n（一）标题\n\n正文。"
    src = source_from_text("p.txt", raw)
    assert "我国智能算力占比由11%增长至65%。" in src.view
    assert "（一）标题\n正文。" in src.view


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes("国内代表厂商：海光信息、景嘉微。".encode(encoding))
    src = read_source(f)
    assert "海光信息" in src.view


def test_binary_and_empty_files_are_read_errors(tmp_path: Path) -> None:
    b = tmp_path / "b.txt"
    b.write_bytes(bytes(range(256)) * 10)
    e = tmp_path / "e.txt"
    e.write_bytes(b"  \n")
    with pytest.raises(ReadError, match="binary"):
        read_source(b)
    with pytest.raises(ReadError, match="empty"):
        read_source(e)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_maps_back_inside_the_original(text: str) -> None:
    src = source_from_text("h.txt", text)
    assert len(src.offsets) == len(src.view)
    for i, off in enumerate(src.offsets):
        assert 0 <= off < len(text)
        if i:
            assert off > src.offsets[i - 1]
    _spans_ok(src)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(list("海光信息供应GPU，。、英伟达 \n\t<p>&amp;臺積電")), max_size=120))
def test_view_characters_come_from_their_original_positions(chars: list[str]) -> None:
    text = "".join(chars)
    src = source_from_text("h.txt", text)
    from computekg.ingest.reader import _t2s

    for i, off in enumerate(src.offsets):
        v = src.view[i]
        o = text[off]
        assert v == o or v == _t2s().convert(o) or (v == " " and o.isspace()) or o in "&<" or v == "\n"


def test_record_lines_are_not_joined_as_wrapped_text() -> None:
    raw = ("第一中标候选人：云岫智算科技(郑州)有限公司　投标报价：48,600.00万元\n"
           "第二中标候选人：浪潮电子信息产业股份有限公司　投标报价：49,210.00万元\n")
    src = source_from_text("r.txt", raw)
    assert src.view.count("\n") == 1
    assert src.view.split("\n")[1].startswith("第二中标候选人")
