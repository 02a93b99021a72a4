// name: segment_suppliers
// description: Companies supplying any category of a chain segment (categories PART_OF_SEGMENT, with their subtypes).
// params: $segment  segment name, e.g. "Hardware"
// example: computekg query segment_suppliers --param segment=Hardware
MATCH (cat:ProductCategory)-[:PART_OF_SEGMENT]->(seg:Segment {name: $segment})
MATCH (sub:ProductCategory)-[:SUBTYPE_OF*0..]->(cat)
WITH DISTINCT sub
MATCH (c)-[:SUPPLIES]->(sub)
WITH c, collect(DISTINCT sub.name) AS categories
RETURN c.name AS company, c.country AS country, c.domestic AS domestic, categories
ORDER BY company
