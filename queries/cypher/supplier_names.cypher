// name: supplier_names
// scope: api
// description: Per category of $ids, the names of its suppliers (derived SUPPLIER_OF), optionally only domestic / foreign or one country.
// params: $ids;  $any_domestic;  $domestic;  $country;  $not_country  (as supplier_rows)
MATCH (c)-[:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND ($any_domestic OR c.domestic = $domestic) AND ($country = '' OR c.country = $country)
  AND ($not_country = '' OR c.country <> $not_country)
RETURN p.id AS category_id, collect(DISTINCT c.name) AS names
