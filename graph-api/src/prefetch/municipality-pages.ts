/**
 * Municipality → documents → goals → themes in one Cypher query. A municipality resolver that sees its
 * documents asked for (and below them their goals, and their themes) fetches all those pages at once, with
 * nested COLLECT subqueries and SKIP/LIMIT per level, each row projected for the fields asked for at its level
 * only, and attaches the pages to the objects they belong to (src/prefetch/attached.ts): the field resolvers find
 * them there and query no further. Orders, cursors and totals are those of the loaders' own queries
 * (DocumentService.ofMunicipality, GoalService.ofDocument, GoalService.themes).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphReader } from '../db/reader.js';
import { documentRow, goalRow, MUNICIPALITY_ROW, tagRow } from '../db/fragments.js';
import { filterParams, MUNICIPALITY_DOCUMENTS, toDocument } from '../document/document.service.js';
import { DocumentOrder, type DocumentFilter } from '../document/document.input.js';
import type { Document } from '../document/document.type.js';
import { toGoal, type GoalRow } from '../goal/goal.service.js';
import { toMunicipality, type MunicipalityService } from '../municipality/municipality.service.js';
import type { Municipality } from '../municipality/municipality.type.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import { toThemeTags, type StoredTag, type Taxonomy } from '../theme/taxonomy.js';
import { checkDocumentKind, checkYears } from '../validate.js';
import { attach } from './attached.js';
import { asksFor, childField, descend, fieldNames, selectionOf, type PageOf, type Selection } from './selection.js';

/** What the query asks for below a municipality, as far as one Cypher query answers it. */
export interface MunicipalityPagesPlan {
  /** `fields`: those asked for at each level, which its rows are projected for */
  documents: { filter: DocumentFilter; orderBy: DocumentOrder; page: PageRequest; fields: Set<string> };
  /** the goals of each document, when asked for, and their themes, when asked for */
  goals: { page: PageRequest; fields: Set<string>; themes: { fields: Set<string> } | null } | null;
  /** whether each document's goalCount is asked for */
  goalCounts: boolean;
}

/**
 * The plan for the municipalities the field being resolved returns (a Municipality, or a connection of them:
 * `edges.node`); null when their documents are not asked for, or not in a way this query answers
 * (several argument sets, arguments the resolvers will reject): the loaders then do it.
 */
export function planMunicipalityPages(info: GraphQLResolveInfo, pageOf: PageOf, path: string[] = []): MunicipalityPagesPlan | null {
  const root = selectionOf(info);
  const municipality = root && descend(root, ...path);
  const documents = municipality && childField(municipality, 'documents');
  if (!documents) return null;
  try {
    const filter = (documents.args.filter ?? {}) as DocumentFilter;
    if (filter.text) return null;
    checkDocumentKind(filter.kind);
    checkYears(filter.yearFrom, filter.yearTo);
    const orderBy = (documents.args.orderBy as DocumentOrder | undefined) ?? DocumentOrder.TITLE;
    const document = descend(documents.selection, 'edges', 'node');
    return {
      documents: { filter, orderBy, page: pageOf(documents.args), fields: document ? fieldNames(document) : new Set() },
      goals: goalsPlan(document, pageOf),
      goalCounts: document !== null && asksFor(document, 'goalCount'),
    };
  } catch {
    return null;
  }
}

function goalsPlan(document: Selection | null, pageOf: PageOf): MunicipalityPagesPlan['goals'] {
  const goals = document && childField(document, 'goals');
  if (!goals) return null;
  const goal = descend(goals.selection, 'edges', 'node');
  const themes = goal && childField(goal, 'themes');
  return { page: pageOf(goals.args), fields: goal ? fieldNames(goal) : new Set(), themes: themes && { fields: fieldNames(themes.selection) } };
}

/** One row per municipality: its row, its page of documents, and for each document its page of goals with their theme tags. */
const municipalityPages = (plan: MunicipalityPagesPlan) => `
UNWIND $codes AS key
MATCH (m:Municipality {code: key})
${MUNICIPALITY_DOCUMENTS}
RETURN key, ${MUNICIPALITY_ROW} AS municipality, size(rows) AS total, [d IN rows[$skip..$skip + $limit] | {
  document: ${documentRow(plan.documents.fields)},
  goalTotal: CASE WHEN $goals OR $goalCounts THEN COUNT { (d)-[:HAS_GOAL]->(:Goal) } ELSE 0 END,
  goals: CASE WHEN $goals THEN COLLECT {
    MATCH (d)-[:HAS_GOAL]->(g:Goal)
    WITH d, g ORDER BY g.position, g.id
    SKIP $goalSkip LIMIT $goalLimit
    RETURN {
      goal: ${goalRow(plan.goals?.fields ?? [])},
      tags: CASE WHEN $themes THEN COLLECT {
        MATCH (g)-[a:ABOUT]->(t:Theme)
        WITH a, t ORDER BY a.weight DESC, t.id
        RETURN ${tagRow(plan.goals?.themes?.fields ?? [])}
      } ELSE [] END
    }
  } ELSE [] END
}] AS items`;

interface Row {
  key: string;
  municipality: Municipality;
  total: number;
  items: { document: Document; goalTotal: number; goals: { goal: GoalRow; tags: StoredTag[] }[] }[];
}

/** Runs plans for a request. */
export class MunicipalityPages {
  constructor(
    private readonly db: GraphReader,
    private readonly services: { municipalities: MunicipalityService; taxonomy: () => Promise<Taxonomy> },
  ) {}

  /**
   * Runs the plan for these municipalities; returns the municipalities found, by code, each carrying its pages
   * for the resolvers below it (and primes the municipality loader with a copy that does not).
   */
  async fetch(codes: readonly string[], plan: MunicipalityPagesPlan): Promise<Map<string, Municipality>> {
    const taxonomy = await this.services.taxonomy();
    const goalPage = pageParams(plan.goals?.page ?? { skip: 0, limit: 0 });
    const rows = await this.db.rows<Row>(municipalityPages(plan), {
      codes,
      f: { ...filterParams(plan.documents.filter, taxonomy), municipality: null },
      orderBy: plan.documents.orderBy,
      ...pageParams(plan.documents.page),
      goals: plan.goals !== null,
      goalCounts: plan.goalCounts,
      themes: Boolean(plan.goals?.themes),
      goalSkip: goalPage.skip,
      goalLimit: goalPage.limit,
    });
    const found = new Map<string, Municipality>();
    for (const row of rows) {
      const municipality = toMunicipality(row.municipality);
      this.services.municipalities.prime(municipality);
      const documents = row.items.map((item) => {
        const document = toDocument(item.document);
        if (!plan.goals) return plan.goalCounts ? attach(document, { goalCount: item.goalTotal }) : document;
        const goals = item.goals.map((x) => {
          const goal = toGoal(Object.assign(x.goal, { documentId: document.id }));
          return plan.goals!.themes ? attach(goal, { themes: toThemeTags(x.tags, taxonomy) }) : goal;
        });
        return attach(document, { goalCount: item.goalTotal, goals: { total: item.goalTotal, items: goals } });
      });
      found.set(row.key, attach({ ...municipality }, { documents: { total: row.total, items: documents } }));
    }
    return found;
  }
}
