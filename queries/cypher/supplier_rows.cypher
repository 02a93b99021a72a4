// name: supplier_rows
// scope: api
// description: One row per (company, category) from the derived SUPPLIER_OF table, for categories $ids, optionally only domestic / foreign companies or one country.
// params: $ids  category ids;  $any_domestic  true = no filter;  $domestic  wanted flag;  $country  ISO-2 code or '';  $not_country  leave out this country ('' = none)
// rank: share DESC (unknown last), name, category (precomputed by the build)
MATCH (c)-[s:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND ($any_domestic OR c.domestic = $domestic) AND ($country = '' OR c.country = $country)
  AND ($not_country = '' OR c.country <> $not_country)
RETURN c.name AS name, c.name_zh AS name_zh, c.name_en AS name_en, c.country AS country, c.domestic AS domestic,
       p.name AS category, p.name_zh AS category_zh, s.via AS via, s.share AS share, s.share_year AS share_year,
       s.share_scope AS share_scope, s.share_doc AS share_doc, s.doc AS doc, s.evidence AS evidence,
       s.span_start AS span_start, s.span_end AS span_end, s.n_facts AS n_facts, s.facts AS facts,
       c.id AS company_id, p.id AS category_id
ORDER BY s.rank
