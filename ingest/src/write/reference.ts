/**
 * The graph's fixed part: constraints and indexes, the 21 counties, the 290 municipalities with their
 * seats' coordinates, the theme taxonomy and the concept thesaurus. Written with MERGE on every run, so
 * it is idempotent and follows changes to the gazetteer, taxonomy or thesaurus.
 */
import { CONCEPTS, COUNTIES, THEMES, allMunicipalities, applyMigrations } from '@strategigrafen/schema';
import type { Graph } from '@strategigrafen/graph-db';
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
    const concepts = CONCEPTS.map((c) => ({ id: c.id, prefLabelSv: c.prefLabelSv, prefLabelEn: c.prefLabelEn, altLabels: [...c.altLabels], definition: c.definition ?? null, themes: [...c.themes], broader: c.broader }));
    await tx.run(cypher.CONCEPTS, { rows: concepts });
    const narrower = concepts.filter((c) => c.broader !== null);
    await tx.run(cypher.CONCEPT_BROADER, { rows: narrower });
    await tx.run(cypher.STALE_CONCEPT_BROADER, { pairs: narrower.map((c) => `${c.id}>${c.broader}`) });
  });
}
