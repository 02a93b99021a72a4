// name: label_exists
// scope: api
// description: One node of a label, if there is any (whether a store has derived tables, which supplier labels are worth querying).
// params: {{label}}  a node label of the schema
MATCH (n:{{label}})
RETURN n.id AS id
LIMIT 1
