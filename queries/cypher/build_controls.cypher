// name: build_controls
// scope: build
// description: Every distinct (policy, restricted item, date) with the item's label and the category it counts as (itself, or a model's category).
// params: (none)
MATCH (pol:Policy)-[r:RESTRICTS]->(item)
OPTIONAL MATCH (item)-[:INSTANCE_OF*0..1]->(cat:ProductCategory)
RETURN DISTINCT pol.id AS policy_id, pol.name AS policy, item.id AS item_id, item.name AS restricted,
       labels(item)[0] AS kind, r.date AS date, cat.id AS category_id
