/**
 * Municipality → documents → goals → themes in one Cypher query. A municipality resolver that sees its
 * documents asked for (and below them their goals, and their themes) fetches all those pages at once, with
 * nested COLLECT subqueries and SKIP/LIMIT per level, and primes the loaders the field resolvers read from:
 * they then find their pages and query no further. Orders, cursors and totals are those of the loaders'
 * own queries (DocumentService.ofMunicipality, GoalService.ofDocument, GoalService.themes).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphReader } from '../db/reader.js';
import { DOCUMENT_ROW, GOAL_ROW, MUNICIPALITY_ROW } from '../db/fragments.js';
import { filterParams, MUNICIPALITY_DOCUMENTS, toDocument, type DocumentService } from '../document/document.service.js';
import { DocumentOrder, type DocumentFilter } from '../document/document.input.js';
import type { Document } from '../document/document.type.js';
import { toGoal, type GoalRow, type GoalService } from '../goal/goal.service.js';
import { toMunicipality, type MunicipalityService } from '../municipality/municipality.service.js';
import type { Municipality } from '../municipality/municipality.type.js';
import { pageParams, type PageRequest } from '../pagination/cursor.js';
import { toThemeTags, type StoredTag, type Taxonomy } from '../theme/taxonomy.js';
import { checkDocumentKind, checkYears } from '../validate.js';
import { asksFor, childField, descend, selectionOf, type PageOf, type Selection } from './selection.js';

/** What the query asks for below a municipality, as far as one Cypher query answers it. */
export interface MunicipalityPagesPlan {
  documents: { filter: DocumentFilter; orderBy: DocumentOrder; page: PageRequest };
  /** the goals of each document, when asked for */
  goals: { page: PageRequest; themes: boolean } | null;
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
      documents: { filter, orderBy, page: pageOf(documents.args) },
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
  return { page: pageOf(goals.args), themes: goal !== null && asksFor(goal, 'themes') };
}

/** One row per municipality: its row, its page of documents, and for each document its page of goals with their theme tags. */
const MUNICIPALITY_PAGES = `
UNWIND $codes AS key
MATCH (m:Municipality {code: key})
${MUNICIPALITY_DOCUMENTS}
RETURN key, ${MUNICIPALITY_ROW} AS municipality, size(rows) AS total, [d IN rows[$skip..$skip + $limit] | {
  document: ${DOCUMENT_ROW},
  goalTotal: CASE WHEN $goals OR $goalCounts THEN COUNT { (d)-[:HAS_GOAL]->(:Goal) } ELSE 0 END,
  goals: CASE WHEN $goals THEN COLLECT {
    MATCH (d)-[:HAS_GOAL]->(g:Goal)
    WITH d, g ORDER BY g.position, g.id
    SKIP $goalSkip LIMIT $goalLimit
    RETURN {
      goal: ${GOAL_ROW},
      tags: CASE WHEN $themes THEN COLLECT {
        MATCH (g)-[a:ABOUT]->(t:Theme)
        WITH a, t ORDER BY a.weight DESC, t.id
        RETURN {weight: a.weight, terms: a.terms, themeId: t.id}
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

/** Runs plans for a request, priming the loaders of its services with every page read. */
export class MunicipalityPages {
  constructor(
    private readonly db: GraphReader,
    private readonly services: { municipalities: MunicipalityService; documents: DocumentService; goals: GoalService; taxonomy: () => Promise<Taxonomy> },
  ) {}

  /** Runs the plan for these municipalities and primes the loaders; returns the municipalities found, by code. */
  async fetch(codes: readonly string[], plan: MunicipalityPagesPlan): Promise<Map<string, Municipality>> {
    const { municipalities, documents, goals } = this.services;
    const taxonomy = await this.services.taxonomy();
    const goalPage = pageParams(plan.goals?.page ?? { skip: 0, limit: 0 });
    const rows = await this.db.rows<Row>(MUNICIPALITY_PAGES, {
      codes,
      f: { ...filterParams(plan.documents.filter, taxonomy), municipality: null },
      orderBy: plan.documents.orderBy,
      ...pageParams(plan.documents.page),
      goals: plan.goals !== null,
      goalCounts: plan.goalCounts,
      themes: plan.goals?.themes ?? false,
      goalSkip: goalPage.skip,
      goalLimit: goalPage.limit,
    });
    const found = new Map<string, Municipality>();
    for (const row of rows) {
      const municipality = toMunicipality(row.municipality);
      found.set(row.key, municipality);
      municipalities.prime(municipality);
      const page = { total: row.total, items: row.items.map((item) => toDocument(item.document)) };
      await documents.primeOfMunicipality(row.key, plan.documents.filter, plan.documents.orderBy, plan.documents.page, page);
      for (const item of row.items) {
        // Document.goalCount reads the size of an empty page
        if (plan.goalCounts) goals.primeOfDocument(item.document.id, { skip: 0, limit: 0 }, { total: item.goalTotal, items: [] });
        if (!plan.goals) continue;
        const items = item.goals.map((x) => toGoal(x.goal));
        goals.primeOfDocument(item.document.id, plan.goals.page, { total: item.goalTotal, items });
        if (plan.goals.themes) item.goals.forEach((x, i) => goals.primeThemes(items[i]!.id, toThemeTags(x.tags, taxonomy)));
      }
    }
    return found;
  }
}
