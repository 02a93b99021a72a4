// name: build_supplier_pairs
// scope: build
// description: Per (company, category) of $ids: the facts of one relationship type, how many, and the best evidence as one sortable key (document facts first, then confidence, doc, span, fact id; the raw doc, span and sentence follow).
// params: $ids  category ids;  $sep  field separator of the key;  {{label}} supplier label;  {{rel}} SUPPLIES or HAS_MARKET_SHARE
MATCH (c:{{label}})-[r:{{rel}}]->(p:ProductCategory)
WHERE p.id IN $ids
WITH c, p, collect(DISTINCT r.fact_id) AS facts, count(r) AS n,
     min(CASE WHEN r.origin = 'reference' THEN '1' ELSE '0' END
         + toString(1000000000000 + toInteger(round((1000.0 - coalesce(r.confidence, 0.0)) * 100000000.0)))
         + coalesce(r.doc, '') + $sep + toString(1000000000000 + coalesce(r.span_start, 0)) + $sep
         + coalesce(r.fact_id, '') + $sep + coalesce('=' + r.doc, '') + $sep
         + coalesce('=' + toString(r.span_start), '') + $sep + coalesce('=' + toString(r.span_end), '') + $sep
         + coalesce('=' + r.evidence, '')) AS best
RETURN c.id AS company_id, c.name AS name, c.name_zh AS name_zh, c.name_en AS name_en, c.country AS country,
       c.domestic AS domestic, p.id AS category_id, facts, n, best
