// name: supplier_ranks
// scope: api
// description: The answer order (rank) of the derived SUPPLIER_OF rows for categories $ids, optionally only domestic / foreign companies or one country: a page of it picks the rows supplier_details fetches.
// params: $ids  category ids;  $any_domestic  true = no filter;  $domestic  wanted flag;  $country  ISO-2 code or '';  $not_country  leave out this country ('' = none)
// rank: rank (share DESC with unknown last, name, category; precomputed by the build)
MATCH (c)-[s:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND ($any_domestic OR c.domestic = $domestic) AND ($country = '' OR c.country = $country)
  AND ($not_country = '' OR c.country <> $not_country)
RETURN s.rank AS rank
ORDER BY rank
