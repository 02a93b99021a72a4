// name: gap_table
// scope: api
// description: The substitution-gap table materialized at build time, highest gap first.
// params: (none)
// rank: gap_score DESC, category (precomputed by the build)
MATCH (p:CategoryStats)
WHERE p.gap_rank > $offset AND p.gap_rank <= $offset + $limit
RETURN p.category AS category, p.name_zh AS name_zh, p.name_en AS name_en, p.segments AS segments,
       p.n_domestic AS n_domestic, p.domestic_suppliers AS domestic_suppliers, p.n_foreign AS n_foreign,
       p.foreign_suppliers AS foreign_suppliers, p.n_unknown AS n_unknown, p.foreign_share AS foreign_share,
       p.foreign_share_company AS foreign_share_company, p.foreign_share_year AS foreign_share_year,
       p.foreign_share_scope AS foreign_share_scope, p.foreign_share_doc AS foreign_share_doc,
       p.foreign_shares AS foreign_shares, p.top_foreign_supplier AS top_foreign_supplier,
       p.localization_rate AS localization_rate, p.localization_qualifier AS localization_qualifier,
       p.localization_year AS localization_year, p.localization_doc AS localization_doc,
       p.localization_target AS localization_target, p.export_controls AS export_controls,
       p.export_control_date AS export_control_date, p.foreign AS foreign, p.foreign_source AS foreign_source,
       p.low_localization AS low_localization, p.export_control AS export_control, p.own_risk AS own_risk,
       p.upstream_risk AS upstream_risk, p.upstream_from AS upstream_from, p.upstream_depth AS upstream_depth,
       p.gap_score AS gap_score, p.facts AS facts, p.id AS category_id
ORDER BY p.gap_rank
