// name: supplier_names_domestic
// scope: api
// description: Per category of $ids, the names of its domestic (or, $domestic = false, foreign) suppliers (derived SUPPLIER_OF); supplier_names with one filter.
// params: $ids  category ids;  $domestic  wanted flag
MATCH (c)-[:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND c.domestic = $domestic
RETURN p.id AS category_id, collect(DISTINCT c.name) AS names
