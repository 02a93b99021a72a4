// name: build_restrictions
// scope: build
// description: RESTRICTS facts on categories, and on product models (reported for the model's category).
// params: (none)
MATCH (pol:Policy)-[r:RESTRICTS]->(p:ProductCategory)
RETURN pol.name AS policy, p.id AS cat, p.name AS target, r.date AS date, r.year AS year, r.doc AS doc,
       r.fact_id AS fact_id
UNION ALL
MATCH (pol:Policy)-[r:RESTRICTS]->(m:ProductModel)-[:INSTANCE_OF]->(p:ProductCategory)
RETURN pol.name AS policy, p.id AS cat, m.name AS target, r.date AS date, r.year AS year, r.doc AS doc,
       r.fact_id AS fact_id
