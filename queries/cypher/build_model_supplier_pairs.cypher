// name: build_model_supplier_pairs
// scope: build
// description: Per (company, category) of $ids: SUPPLIES facts to product models INSTANCE_OF the category, the models, and the best evidence key (as build_supplier_pairs).
// params: $ids  category ids;  $sep  field separator of the key
MATCH (c:Company)-[r:SUPPLIES]->(m:ProductModel)-[:INSTANCE_OF]->(p:ProductCategory)
WHERE p.id IN $ids
WITH c, p, collect(DISTINCT r.fact_id) AS facts, count(r) AS n,
     min(CASE WHEN r.origin = 'reference' THEN '1' ELSE '0' END
         + toString(1000000000000 + toInteger(round((1000.0 - coalesce(r.confidence, 0.0)) * 100000000.0)))
         + coalesce(r.doc, '') + $sep + toString(1000000000000 + coalesce(r.span_start, 0)) + $sep
         + coalesce(r.fact_id, '') + $sep + coalesce('=' + r.doc, '') + $sep
         + coalesce('=' + toString(r.span_start), '') + $sep + coalesce('=' + toString(r.span_end), '') + $sep
         + coalesce('=' + r.evidence, '')) AS best,
     collect(DISTINCT m.name) AS vias
RETURN c.id AS company_id, c.name AS name, c.name_zh AS name_zh, c.name_en AS name_en, c.country AS country,
       c.domestic AS domestic, p.id AS category_id, facts, n, best, vias
