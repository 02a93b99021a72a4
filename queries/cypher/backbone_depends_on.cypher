// name: backbone_depends_on
// scope: api
// description: DEPENDS_ON edges between categories with their fact ids (the first fact of a pair is used for paths).
// params: (none)
MATCH (a:ProductCategory)-[r:DEPENDS_ON]->(b:ProductCategory)
RETURN a.id AS a, b.id AS b, r.fact_id AS fact_id
