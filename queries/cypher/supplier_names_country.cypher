// name: supplier_names_country
// scope: api
// description: Per category of $ids, the names of its suppliers from country $country (derived SUPPLIER_OF); supplier_names with one filter, without the optional-filter terms the engine evaluates per row.
// params: $ids  category ids;  $country  ISO-2 code
MATCH (c)-[:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND c.country = $country
RETURN p.id AS category_id, collect(DISTINCT c.name) AS names
