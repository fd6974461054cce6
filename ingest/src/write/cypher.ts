/**
 * The writer's Cypher. Every statement takes a whole batch as $rows and UNWINDs it, so a batch of
 * documents costs a handful of statements, never one per document, goal or edge.
 * Documents reach CREATE only after the writer has checked that they are new (or removed their old
 * version) in the same transaction; the unique constraints would reject a duplicate anyway.
 */

/**
 * Which of the batch's document ids exist, with the title-only documents they list as related (a seed
 * page whose list changed has the same id, as the id hashes title and text only); and which stored
 * documents have a path of the batch but another id (changed files).
 */
export const FIND_EXISTING = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, [(d)-[:RELATED_TO]->(r:Document) WHERE r.path IS NULL | r.id] AS related,
  d {.path, .fileName, .sourceUrl, .fetchedAt, .sourceSha256, .published} AS location`;

/** an unchanged document's location as the input has it now: a moved or renamed file, or a document fetched again */
export const UPDATE_LOCATIONS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
SET d += row.props`;

/** which of the given fetched documents (path = URL) the graph holds with exactly these bytes and still published */
export const FIND_CURRENT_SOURCES = `
UNWIND $rows AS row
MATCH (d:Document {path: row.path})
WHERE d.sourceSha256 = row.sha256 AND d.published = true
RETURN row.path AS path`;

/** documents gone from their URL: kept, marked as no longer published (once) */
export const MARK_UNPUBLISHED = `
UNWIND $urls AS url
MATCH (d:Document {path: url})
WHERE d.published IS NULL OR d.published = true
SET d.published = false, d.unpublishedAt = $at
RETURN count(d) AS marked`;

export const FIND_REPLACED = `
UNWIND $paths AS path
MATCH (d:Document {path: path})
WHERE NOT d.id IN $ids
RETURN d.id AS id, d.path AS path`;

/** removes documents with their goals (the title-only documents they listed may now be orphans: see DELETE_ORPHANS) */
export const DELETE_DOCUMENTS = `
UNWIND $ids AS id
MATCH (old:Document {id: id})
CALL (old) {
  MATCH (old)-[:HAS_GOAL]->(goal:Goal)
  DETACH DELETE goal
}
DETACH DELETE old`;

/** The part of a document row below the document itself: its theme tags, its goals and their theme tags. */
export const CREATE_THEMES_AND_GOALS = `
CALL (doc, row) {
  UNWIND row.themes AS tag
  MATCH (theme:Theme {id: tag.id})
  CREATE (doc)-[:ADDRESSES {weight: tag.weight, terms: tag.terms}]->(theme)
}
CALL (doc, row) {
  UNWIND row.goals AS g
  CREATE (doc)-[:HAS_GOAL]->(goal:Goal)
  SET goal = g.props
  WITH goal, g
  CALL (goal, g) {
    UNWIND g.themes AS tag
    MATCH (theme:Theme {id: tag.id})
    CREATE (goal)-[:ABOUT {weight: tag.weight, terms: tag.terms}]->(theme)
  }
  CALL (goal, g) {
    UNWIND g.concepts AS conceptId
    MATCH (concept:Concept {id: conceptId})
    CREATE (goal)-[:MENTIONS]->(concept)
  }
}`;

export const CREATE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (doc:Document)
SET doc = row.props
WITH doc, row
CALL (doc, row) {
  WITH * WHERE row.municipality IS NOT NULL
  // reference data holds every real municipality; a synthetic corpus brings its own, marked as such
  MERGE (m:Municipality {code: row.municipality.code})
    ON CREATE SET m.name = row.municipality.name, m.synthetic = true
  CREATE (m)-[:PUBLISHED]->(doc)
}
CALL (doc, row) {
  WITH * WHERE row.organisation IS NOT NULL
  MERGE (o:Organisation {id: row.organisation.id})
  SET o.name = row.organisation.name, o.kind = row.organisation.kind
  CREATE (o)-[:PUBLISHED]->(doc)
  WITH o, row
  OPTIONAL MATCH (m:Municipality {code: row.organisation.partOfMunicipality})
  OPTIONAL MATCH (c:County {code: row.organisation.partOfCounty})
  FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | MERGE (o)-[:PART_OF]->(m))
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (o)-[:PART_OF]->(c))
}
${CREATE_THEMES_AND_GOALS}`;

export const CREATE_RELATED = `
UNWIND $rows AS row
MATCH (from:Document {id: row.from}), (to:Document {id: row.to})
CREATE (from)-[:RELATED_TO]->(to)`;

/**
 * title-only documents (no file, no text) that no document lists any more, also those a crashed run left
 * behind; a document with text is never an orphan, wherever it came from
 */
export const DELETE_ORPHANS = `
MATCH (doc:Document)
WHERE doc.path IS NULL AND NOT coalesce(doc.hasText, false) AND NOT EXISTS { ()-[:RELATED_TO]->(doc) }
CALL (doc) {
  MATCH (doc)-[:HAS_GOAL]->(goal:Goal)
  DETACH DELETE goal
}
DETACH DELETE doc
RETURN count(*) AS removed`;

export const START_RUN = `
CREATE (run:IngestRun {id: $id, startedAt: $startedAt, paths: $paths, files: $files, status: 'running'})`;

/** runs that never finished (killed, or their machine went down): a new run means they are over */
export const INTERRUPT_RUNS = `
MATCH (run:IngestRun) WHERE run.finishedAt IS NULL AND coalesce(run.status, 'running') = 'running'
SET run.status = 'interrupted', run.interruptedAt = $at
RETURN count(run) AS interrupted`;

/** documents written by a run that did not get to link them */
export const PENDING_LINKS = `
MATCH (doc:Document {linkPending: true})
RETURN doc.id AS id`;

export const MARK_LINKED = `
UNWIND $ids AS id
MATCH (doc:Document {id: id})
REMOVE doc.linkPending`;

export const RECORD_INGESTED = `
MATCH (run:IngestRun {id: $runId})
UNWIND $rows AS row
MATCH (doc:Document {id: row.id})
CREATE (run)-[:INGESTED {change: row.change, path: row.path}]->(doc)`;

export const FINISH_RUN = `
MATCH (run:IngestRun {id: $id})
SET run += $summary`;

export const COUNTIES = `
UNWIND $rows AS row
MERGE (c:County {code: row.code})
SET c.name = row.name, c.region = row.region`;

export const MUNICIPALITIES = `
UNWIND $rows AS row
MERGE (m:Municipality {code: row.code})
SET m.name = row.name, m.seat = row.seat, m.lat = row.lat, m.lon = row.lon
WITH m, row
MATCH (c:County {code: row.countyCode})
MERGE (m)-[:IN_COUNTY]->(c)`;

export const THEMES = `
UNWIND $rows AS row
MERGE (t:Theme {id: row.id})
SET t.labelSv = row.labelSv, t.labelEn = row.labelEn, t.description = row.description, t.terms = row.terms`;

/** parent links as the taxonomy has them now: missing ones created, stale ones removed */
export const THEME_PARENTS = `
UNWIND $rows AS row
MATCH (child:Theme {id: row.id}), (parent:Theme {id: row.parentId})
MERGE (child)-[:SUBTHEME_OF]->(parent)`;

export const STALE_THEME_PARENTS = `
MATCH (child:Theme)-[r:SUBTHEME_OF]->(parent:Theme)
WHERE NOT child.id + '>' + parent.id IN $pairs
DELETE r`;

export const CONCEPTS = `
UNWIND $rows AS row
MERGE (c:Concept {id: row.id})
SET c.prefLabelSv = row.prefLabelSv, c.prefLabelEn = row.prefLabelEn, c.altLabels = row.altLabels, c.definition = row.definition
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (c)-[old:IN_THEME]->(:Theme)
  DELETE old
}
CALL (c, row) {
  UNWIND row.themes AS themeId
  MATCH (t:Theme {id: themeId})
  MERGE (c)-[:IN_THEME]->(t)
}`;

/** broader links as the thesaurus has them now: missing ones created, stale ones removed */
export const CONCEPT_BROADER = `
UNWIND $rows AS row
MATCH (narrower:Concept {id: row.id}), (broader:Concept {id: row.broader})
MERGE (narrower)-[:BROADER]->(broader)`;

export const STALE_CONCEPT_BROADER = `
MATCH (narrower:Concept)-[r:BROADER]->(broader:Concept)
WHERE NOT narrower.id + '>' + broader.id IN $pairs
DELETE r`;
