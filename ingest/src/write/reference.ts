/**
 * The graph's fixed part: constraints and indexes, the 21 counties, the 290 municipalities with their
 * seats' coordinates, and the theme taxonomy. Written with MERGE on every run, so it is idempotent and
 * follows changes to the gazetteer or taxonomy.
 */
import { COUNTIES, THEMES, allMunicipalities, applyMigrations } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/neo4j-local/gateway';
import * as cypher from './cypher.js';

export async function writeReferenceData(graph: Graph): Promise<void> {
  await applyMigrations({ run: (statement) => graph.write(statement) });
  const municipalities = allMunicipalities().map(({ code, name, countyCode, seat, lat, lon }) => ({ code, name, countyCode, seat, lat, lon }));
  const themes = THEMES.map(({ id, labelSv, labelEn, description, terms, parentId }) => ({ id, labelSv, labelEn, description, terms: [...terms], parentId }));
  const parents = themes.filter((t) => t.parentId !== null);
  await graph.writeTransaction(async (tx) => {
    await tx.run(cypher.COUNTIES, { rows: COUNTIES.map(({ code, name, region }) => ({ code, name, region })) });
    await tx.run(cypher.MUNICIPALITIES, { rows: municipalities });
    await tx.run(cypher.THEMES, { rows: themes });
    await tx.run(cypher.THEME_PARENTS, { rows: parents });
    await tx.run(cypher.STALE_THEME_PARENTS, { pairs: parents.map((t) => `${t.id}>${t.parentId}`) });
  });
}
