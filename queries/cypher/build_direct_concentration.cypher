// name: build_direct_concentration
// scope: build
// description: Per category with SUPPLIES facts: distinct domestic / foreign / unknown suppliers and the summed market shares of foreign and domestic holders.
// params: (none)
MATCH (c)-[:SUPPLIES]->(cat:ProductCategory)
WITH cat,
     count(DISTINCT CASE WHEN c.domestic = true THEN c.id END) AS domestic_suppliers,
     count(DISTINCT CASE WHEN c.domestic = false THEN c.id END) AS foreign_suppliers,
     count(DISTINCT CASE WHEN c.domestic IS NULL THEN c.id END) AS unknown_suppliers
OPTIONAL MATCH (x)-[s:HAS_MARKET_SHARE]->(cat)
RETURN cat.id AS category_id, domestic_suppliers, foreign_suppliers, unknown_suppliers,
       sum(CASE WHEN x.domestic = false THEN s.value ELSE 0.0 END) AS foreign_share,
       sum(CASE WHEN x.domestic = true THEN s.value ELSE 0.0 END) AS domestic_share
