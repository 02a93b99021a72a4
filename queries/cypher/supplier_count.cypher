// name: supplier_count
// scope: api
// description: How many distinct supplier names the derived SUPPLIER_OF table has for categories $ids (filters as supplier_ranks).
// params: $ids;  $any_domestic;  $domestic;  $country;  $not_country  (as supplier_ranks)
MATCH (c)-[:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND ($any_domestic OR c.domestic = $domestic) AND ($country = '' OR c.country = $country)
  AND ($not_country = '' OR c.country <> $not_country)
RETURN count(DISTINCT c.name) AS n
