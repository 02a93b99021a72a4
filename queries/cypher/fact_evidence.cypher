// name: fact_evidence
// scope: library
// description: The evidence behind a fact - document, sentence and character span - for subject, predicate, object.
// params: $subject  subject name;  $predicate  e.g. "SUPPLIES";  $object  object name
// rank: doc, span_start
// example: computekg query fact_evidence --param subject=海光信息 --param predicate=SUPPLIES --param object=GPU
MATCH (s {name: $subject})-[r]->(o {name: $object})
WHERE type(r) = $predicate
RETURN s.name AS subject, type(r) AS predicate, o.name AS object, r.value AS value, r.year AS year,
       r.doc AS doc, r.evidence AS evidence, r.span_start AS span_start, r.span_end AS span_end,
       r.rule AS rule, r.confidence AS confidence
ORDER BY doc, span_start
