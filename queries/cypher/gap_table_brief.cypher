// name: gap_table_brief
// scope: api
// description: The key columns of the materialized gap table (what a terminal shows), highest gap first.
// params: (none)
// rank: gap_score DESC, category (precomputed by the build)
MATCH (p:CategoryStats)
WHERE p.gap_rank > $offset AND p.gap_rank <= $offset + $limit
RETURN p.category AS category, p.name_zh AS name_zh, p.name_en AS name_en, p.segments AS segments,
       p.n_domestic AS n_domestic, p.n_foreign AS n_foreign, p.n_unknown AS n_unknown,
       p.top_foreign_supplier AS top_foreign_supplier, p.foreign_share AS foreign_share,
       p.localization_rate AS localization_rate, p.export_control AS export_control, p.foreign AS foreign,
       p.low_localization AS low_localization, p.upstream_risk AS upstream_risk, p.gap_score AS gap_score,
       p.id AS category_id
ORDER BY p.gap_rank
