// name: supplier_count_all
// scope: api
// description: How many distinct supplier names the derived SUPPLIER_OF table has for categories $ids (supplier_count without filters).
// params: $ids  category ids
MATCH (c)-[:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids
RETURN count(DISTINCT c.name) AS n
