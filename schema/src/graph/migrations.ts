/**
 * The graph model's constraints and indexes, as idempotent Cypher (IF NOT EXISTS), applied in order
 * on every start. Constraints come before any MERGE so that MERGE on a key uses the index.
 */
export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT county_code IF NOT EXISTS FOR (n:County) REQUIRE n.code IS UNIQUE',
  'CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (n:Municipality) REQUIRE n.code IS UNIQUE',
  'CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT goal_id IF NOT EXISTS FOR (n:Goal) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (n:Theme) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (n:IngestRun) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX municipality_name IF NOT EXISTS FOR (n:Municipality) ON (n.name)',
  'CREATE INDEX document_path IF NOT EXISTS FOR (n:Document) ON (n.path)',
  'CREATE INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title)',
  'CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind)',
  'CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year)',
  'CREATE INDEX goal_level IF NOT EXISTS FOR (n:Goal) ON (n.level)',
  'CREATE INDEX ingest_run_started IF NOT EXISTS FOR (n:IngestRun) ON (n.startedAt)',
  "CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (n:Document) ON EACH [n.title, n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } }",
  "CREATE FULLTEXT INDEX goal_text IF NOT EXISTS FOR (n:Goal) ON EACH [n.text] OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } }",
];

/** The minimal surface of a Neo4j session/driver that migrations need, so this module stays driver-free. */
export interface CypherRunner {
  run(cypher: string): Promise<unknown>;
}

export async function applyMigrations(runner: CypherRunner): Promise<number> {
  for (const statement of MIGRATIONS) await runner.run(statement);
  return MIGRATIONS.length;
}
