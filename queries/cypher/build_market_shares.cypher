// name: build_market_shares
// scope: build
// description: Every market-share fact with a value held by a supplier of one label in a category of $ids.
// params: $ids  category ids;  {{label}} supplier label
MATCH (c:{{label}})-[r:HAS_MARKET_SHARE]->(p:ProductCategory)
WHERE p.id IN $ids AND r.value IS NOT NULL
RETURN c.id AS company_id, c.name AS company, c.domestic AS domestic, p.id AS category_id, r.value AS value,
       r.year AS year, r.scope AS scope, r.doc AS doc, r.modality AS modality, r.unit AS unit, r.fact_id AS fact_id
