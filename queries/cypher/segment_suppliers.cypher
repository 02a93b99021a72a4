// name: segment_suppliers
// scope: library
// description: Companies supplying any category of a chain segment (categories PART_OF_SEGMENT, with their subtypes), with their SUPPLIES facts there.
// params: $segment  segment name, e.g. "Upstream"
// rank: facts DESC, company (most evidence first; precomputed by the build)
// example: computekg query segment_suppliers --param segment=Upstream
MATCH (c)-[s:SUPPLIER_OF]->(seg:Segment {name: $segment})
WHERE s.rank > $offset AND s.rank <= $offset + $limit
RETURN c.name AS company, c.country AS country, c.domestic AS domestic, s.categories AS categories,
       s.n_supplies AS facts
ORDER BY s.rank
