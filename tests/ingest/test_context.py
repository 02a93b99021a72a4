"""Numbers, units and qualifiers read from sentences."""

def test_tenths_are_percent_values() -> None:
    from computekg.ingest.context import parse_values

    assert [(v.value, v.unit, v.qualifier) for v in parse_values("市占率约三成")] == [(30.0, "%", "≈")]
    assert [(v.value, v.qualifier) for v in parse_values("占据逾七成份额")] == [(70.0, ">")]
    assert parse_values("一成不变，形成合力") == []
    assert [(v.value, v.unit) for v in parse_values("机架达180,000 standard racks")] == [(180000.0, "标准机架")]
