import type { GraphReader } from '../db/reader.js';
import { GOAL_ORDER } from '../db/fragments.js';
import { byKey, type Loaders } from '../loaders.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import type { Page } from '../pagination/connection.js';
import { PAGE_PER_KEY, toGoal, type GoalRow } from '../goal/goal.service.js';
import type { Goal } from '../goal/goal.type.js';
import type { Concept } from './concept.type.js';

const CONCEPT_ROW = `c {.id, labelSv: c.prefLabelSv, labelEn: coalesce(c.prefLabelEn, c.prefLabelSv), altLabels: coalesce(c.altLabels, []), .definition,
  broaderId: head([(c)-[:BROADER]->(b:Concept) | b.id]), themeIds: [(c)-[:IN_THEME]->(t:Theme) | t.id]}`;

const BY_IDS = `
UNWIND $ids AS key
MATCH (c:Concept {id: key})
RETURN ${CONCEPT_ROW} AS row`;

// the goal's own concepts, in the order the thesaurus lists them under their themes
const OF_GOALS = `
UNWIND $ids AS key
MATCH (:Goal {id: key})-[:MENTIONS]->(c:Concept)
WITH key, c ORDER BY c.prefLabelSv
RETURN key, collect(${CONCEPT_ROW}) AS concepts`;

// goals that mention the concept or a narrower one, newest documents first
const GOALS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (:Concept {id: key})<-[:BROADER*0..]-(:Concept)<-[:MENTIONS]-(g:Goal)<-[:HAS_GOAL]-(d:Document)
  WITH DISTINCT d, g ORDER BY ${GOAL_ORDER}
${PAGE_PER_KEY}`;

export class ConceptService {
  constructor(
    private readonly db: GraphReader,
    private readonly loaders: Loaders,
  ) {}

  byId(id: string): Promise<Concept | null> {
    return this.loaders
      .get<string, Concept | null>('concept', null, async (ids) => {
        const rows = await this.db.rows<{ row: Concept }>(BY_IDS, { ids });
        return byKey(ids, rows, (r) => r.row.id, null, (r) => r.row);
      })
      .load(id);
  }

  ofGoal(goalId: string): Promise<Concept[]> {
    return this.loaders
      .get<string, Concept[]>('goalConcepts', null, async (ids) => {
        const rows = await this.db.rows<{ key: string; concepts: Concept[] }>(OF_GOALS, { ids });
        return byKey(ids, rows, (r) => r.key, [], (r) => r.concepts);
      })
      .load(goalId);
  }

  goals(conceptId: string, page: PageRequest): Promise<Page<Goal>> {
    const params = pageParams(page);
    return this.loaders
      .get<string, Page<Goal>>('conceptGoals', params, async (keys) => {
        const rows = await this.db.rows<{ key: string; total: number; items: GoalRow[] }>(GOALS, { keys, ...params });
        return byKey(keys, rows, (r) => r.key, { total: 0, items: [] }, (r) => ({ total: r.total, items: r.items.map(toGoal) }));
      })
      .load(conceptId);
  }
}
