// name: segment_suppliers
// description: Companies supplying any category of a chain segment (categories PART_OF_SEGMENT, with their subtypes).
// params: $segment  segment name, e.g. "Hardware"
// example: computekg query segment_suppliers --param segment=Hardware
MATCH (cat:ProductCategory)-[:PART_OF_SEGMENT]->(seg:Segment {name: $segment})
MATCH (sub:ProductCategory)-[:SUBTYPE_OF*0..]->(cat)
MATCH (c)-[:SUPPLIES]->(sub)
RETURN c.name AS company, c.country AS country, c.domestic AS domestic, collect(DISTINCT sub.name) AS categories
ORDER BY company
