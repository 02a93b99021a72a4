// name: gap_table_ranks
// scope: api
// description: Every row of the substitution-gap table materialized at build time, as its rank and category id (a page's rows are then read by id).
// params: (none)
// rank: gap_rank (gap_score DESC, category; precomputed by the build)
MATCH (p:CategoryStats)
WHERE p.in_gap_table
RETURN p.gap_rank AS rank, p.id AS category_id
ORDER BY rank
