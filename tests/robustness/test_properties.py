"""Property-based tests of the text pipeline: arbitrary text never crashes extraction, and every
fact's evidence is the exact original span of one sentence of the normalized view."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from computekg.ingest.pipeline import extract_source
from computekg.ingest.reader import ReadError, decode_bytes, read_source, source_from_text
from computekg.ingest.sentences import split_sentences

FRAGMENTS = [
    "寒武纪", "海光信息", "英伟达", "浪潮信息", "中际旭创", "臺積電", "華為", "GPU", "AI芯片", "光模块", "服务器",
    "向", "供应", "采购", "市场份额约为", "12.5%", "2023年", "据报道，", "。", "，", "；", "！", "\n", "\n\n",
    "\t", " ", "\u3000", "\r\n", "\x00", "\x0b", "\x1b", "\ufeff", "\u200b", "¹", "ＧＰＵ", "１０％",
    "<p>", "</p>", "<br>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&amp;", "&#20013;",
    "&lt;b&gt;", "<!--", "-->", "<", ">", "</", "<![CDATA[", "---\n", "title: x\n", "NVIDIA supplies GPUs. ",
    "\"}) DETACH DELETE n //", "'; MATCH (n) DELETE n; //", "$param", "\\", "𠀀", "€",
]

texts = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=40).map("".join),
)
names = st.sampled_from(["a.txt", "b.md", "c.html", "d.htm", "e", "f.weird"])

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(name: str, text: str) -> None:
    source = source_from_text(name, text)
    assert len(source.offsets) == len(source.view)
    assert all(0 <= o < len(text) for o in source.offsets)
    assert source.offsets == sorted(source.offsets)
    extraction = extract_source(source)  # must not raise
    spans = {source.original_span(s.start, s.end) for s in split_sentences(source.view)}
    for fact in extraction.facts:
        ev = fact.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        # documented: the evidence sentence is exactly the original text of the span (markup included
        # for HTML) ...
        assert text[ev.start : ev.end] == ev.sentence
        # ... and the span is the original extent of one sentence of the normalized view
        assert (ev.start, ev.end) in spans
        assert ev.doc == name


@SETTINGS
@given(names, texts)
def test_extract_never_raises_and_evidence_is_original_span(name: str, text: str) -> None:
    _check(name, text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS[:24]), min_size=5, max_size=80).map("".join))
def test_fact_rich_text(text: str) -> None:
    _check("rich.txt", text)
    _check("rich.html", f"<html><body><p>{text}</p></body></html>")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decoding_arbitrary_bytes_fails_only_with_read_error(data: bytes) -> None:
    try:
        text, enc = decode_bytes(data)
    except ReadError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str) and enc


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300), names)
def test_read_source_arbitrary_files(tmp_path: Path, data: bytes, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    try:
        source = read_source(p)
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        extract_source(source)
