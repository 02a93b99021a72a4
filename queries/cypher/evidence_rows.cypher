// name: evidence_rows
// scope: api
// description: Every fact of one predicate between the nodes $sids and $oids, with value, provenance and conflict flag.
// params: $sids  subject ids;  $oids  object ids;  {{subject}} {{predicate}} {{object}}  labels and type
MATCH (a:{{subject}})-[r:{{predicate}}]->(b:{{object}})
WHERE a.id IN $sids AND b.id IN $oids
RETURN a.name AS subject, b.name AS object, r.value AS value, r.unit AS unit, r.year AS year,
       r.scope AS scope, r.qualifier AS qualifier, r.date AS date, r.modality AS modality,
       r.origin AS origin, r.doc AS doc, r.evidence AS evidence, r.span_start AS span_start,
       r.span_end AS span_end, r.page AS page, r.rule AS rule, r.confidence AS confidence, r.conflict AS stored_conflict,
       r.fact_id AS fact_id, a.id AS subject_id, b.id AS object_id
