// name: backbone_segments
// scope: api
// description: Every chain segment with its names and aliases.
// params: (none)
MATCH (s:Segment)
RETURN s.id AS id, s.name AS name, s.name_zh AS name_zh, s.name_en AS name_en, s.aliases AS aliases
