// name: foreign_concentration
// description: Per category, how many domestic / foreign / unknown-country suppliers it has, and the known market shares (%) held by foreign and domestic companies.
// params: (none)
// example: computekg query foreign_concentration --format table
MATCH (c)-[:SUPPLIES]->(cat:ProductCategory)
WITH cat,
     count(DISTINCT CASE WHEN c.domestic = true THEN c.id END) AS domestic_suppliers,
     count(DISTINCT CASE WHEN c.domestic = false THEN c.id END) AS foreign_suppliers,
     count(DISTINCT CASE WHEN c.domestic IS NULL THEN c.id END) AS unknown_suppliers
OPTIONAL MATCH (x)-[s:HAS_MARKET_SHARE]->(cat)
RETURN cat.name AS category, domestic_suppliers, foreign_suppliers, unknown_suppliers,
       sum(CASE WHEN x.domestic = false THEN s.value ELSE 0.0 END) AS foreign_share,
       sum(CASE WHEN x.domestic = true THEN s.value ELSE 0.0 END) AS domestic_share
ORDER BY foreign_suppliers DESC, category
