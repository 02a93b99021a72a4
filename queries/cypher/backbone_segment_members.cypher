// name: backbone_segment_members
// scope: api
// description: PART_OF_SEGMENT links from categories to segments.
// params: (none)
MATCH (p:ProductCategory)-[:PART_OF_SEGMENT]->(s:Segment)
RETURN p.id AS cat, s.id AS seg
