// name: gap_table_rows
// scope: api
// description: Rows of the substitution-gap table materialized at build time, each as one JSON string (every column), by category id (gap_table_ranks gives the ids of a page).
// params: $ids  category ids
UNWIND $ids AS i
MATCH (p:CategoryStats {id: i})
RETURN p.id AS category_id, p.gap_row AS gap_row
