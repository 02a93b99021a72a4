// name: build_segment_suppliers
// scope: build
// description: Per (supplier, segment): the categories of the segment (PART_OF_SEGMENT and their subtypes) it has SUPPLIES facts for, and how many facts.
// params: (none)
MATCH (cat:ProductCategory)-[:PART_OF_SEGMENT]->(seg:Segment)
MATCH (sub:ProductCategory)-[:SUBTYPE_OF*0..]->(cat)
WITH DISTINCT seg, sub
MATCH (c)-[r:SUPPLIES]->(sub)
WITH seg, c, sub, count(r) AS n
RETURN seg.id AS segment_id, c.id AS company_id, labels(c)[0] AS label, collect(sub.name) AS categories,
       sum(n) AS n
