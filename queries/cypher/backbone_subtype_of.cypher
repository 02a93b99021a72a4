// name: backbone_subtype_of
// scope: api
// description: SUBTYPE_OF edges between categories (child, parent) with their fact ids.
// params: (none)
MATCH (a:ProductCategory)-[r:SUBTYPE_OF]->(b:ProductCategory)
RETURN a.id AS a, b.id AS b, r.fact_id AS fact_id
