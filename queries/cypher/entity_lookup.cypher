// name: entity_lookup
// scope: api
// description: Nodes of one label whose id, name, Chinese / English name or an alias is one of $v.
// params: $v  candidate spellings;  {{label}}  the node label
MATCH (n:{{label}})
WHERE n.id IN $v OR n.name IN $v OR n.name_zh IN $v OR n.name_en IN $v
   OR any(x IN $v WHERE x IN n.aliases)
RETURN n.id AS id, n.name AS name, n.name_zh AS name_zh, n.name_en AS name_en, n.aliases AS aliases
