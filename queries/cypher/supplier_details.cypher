// name: supplier_details
// scope: api
// description: The derived SUPPLIER_OF rows of categories $ids with the given ranks (one page of supplier_ranks), with company and category columns.
// params: $ids  category ids;  $ranks  the ranks of the page
// rank: rank
MATCH (c)-[s:SUPPLIER_OF]->(p:ProductCategory)
WHERE p.id IN $ids AND s.rank IN $ranks
RETURN c.name AS name, c.name_zh AS name_zh, c.name_en AS name_en, c.country AS country, c.domestic AS domestic,
       p.name AS category, p.name_zh AS category_zh, s.via AS via, s.share AS share, s.share_year AS share_year,
       s.share_scope AS share_scope, s.share_doc AS share_doc, s.doc AS doc, s.evidence AS evidence,
       s.span_start AS span_start, s.span_end AS span_end, s.n_facts AS n_facts, s.facts AS facts,
       c.id AS company_id, p.id AS category_id
ORDER BY s.rank
