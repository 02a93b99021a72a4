// name: chokepoint_table
// scope: api
// description: Chokepoints materialized at build time: categories whose loss reaches the most downstream categories, weighted by foreign dominance.
// params: (none)
// rank: chokepoint_score DESC, n_downstream DESC, category (precomputed by the build)
MATCH (p:CategoryStats)
WHERE p.chokepoint_rank > $offset AND p.chokepoint_rank <= $offset + $limit
RETURN p.category AS category, p.name_zh AS name_zh, p.name_en AS name_en, p.segments AS segments,
       p.n_downstream AS n_downstream, p.downstream AS downstream, p.foreign AS foreign,
       p.foreign_source AS foreign_source, p.n_domestic AS n_domestic, p.n_foreign AS n_foreign,
       p.top_foreign_supplier AS top_foreign_supplier, p.export_control AS export_control,
       p.chokepoint_score AS chokepoint_score, p.id AS category_id
ORDER BY p.chokepoint_rank
