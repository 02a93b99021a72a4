// name: entity_lookup
// scope: api
// description: Nodes of one label whose id, name, Chinese / English name or one of its aliases is one of $v.
// params: $v  candidate spellings;  {{label}}  the node label
MATCH (n:{{label}})
WHERE n.id IN $v OR n.name IN $v OR n.name_zh IN $v OR n.name_en IN $v
RETURN n.id AS id, n.name AS name, n.name_zh AS name_zh, n.name_en AS name_en, n.aliases AS aliases
UNION
MATCH (n:{{label}})
UNWIND n.aliases AS alias
WITH n, alias WHERE alias IN $v
RETURN n.id AS id, n.name AS name, n.name_zh AS name_zh, n.name_en AS name_en, n.aliases AS aliases
