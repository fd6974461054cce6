/**
 * npm run eval:search -- <folder> [judgements.json] [--worst n] [--reset|--no-reset]
 *
 * Starts its own Neo4j (profile bench, port EVAL_NEO4J_PORT or 7690, its own data directory, heap ≤ 1 GiB)
 * unless EVAL_NEO4J_URI names one, applies the graph schema, ingests <folder>, and for every judged query
 * runs the product's search (the API's GraphQL resolver, in-process) and the bare full-text index the
 * old way (words ANDed, as the old default, and ORed). Each system's hits become a ranking of documents
 * (a goal hit stands for its document, first occurrence wins), scored by nDCG@10 against the graded
 * judgements, for the tuning and the frozen queries (a third, by a hash of the query text). Then the
 * worst tuning queries. Target (issue #10): the product at least 0.10 above the bare index.
 */
import { readdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Command } from 'commander';
import { Graph, targetFromEnv, type Neo4jTarget } from '@strategigrafen/graph-db';
import { startLocal } from '@strategigrafen/neo4j-local';
import { applyMigrations } from '@strategigrafen/schema';
import { ingestPaths } from '@strategigrafen/ingest';
import type { Split } from '../labels.js';
import { loadJudgements, querySplit, type JudgedQuery } from './judgements.js';
import { CUTOFF, firstOccurrence, mean, ndcg } from './score.js';
import { bareLucene, bareSearch, loadGraphApi, ProductSearch, type ParsedQueryShape, type RankedHit } from './systems.js';

const here = process.env.INIT_CWD ?? process.cwd();
const defaultJudgements = resolve(import.meta.dirname, '../../search-judgements.json');
const TARGET_GAIN = 0.1;
const SYSTEMS = ['bareAnd', 'bareOr', 'product'] as const;
type System = (typeof SYSTEMS)[number];

interface Outcome {
  query: JudgedQuery;
  split: Split;
  ndcg: Record<System, number>;
  ranked: Record<System, string[]>;
  parsed: ParsedQueryShape;
}

async function neo4j(log: (line: string) => void): Promise<{ target: Neo4jTarget; own: boolean; stop: () => Promise<void> }> {
  const target = targetFromEnv('EVAL_NEO4J_');
  if (target) return { target, own: false, stop: async () => {} };
  const port = Number(process.env.EVAL_NEO4J_PORT ?? 7690);
  const server = await startLocal({ profile: 'bench', port, heapMb: 1024, pageCacheMb: 128, log });
  return { target: server.target, own: true, stop: server.stop };
}

/** Development-set id of a hit: the file name without .txt when it is one of the folder's documents; any other document is a 0. */
function keyOf(hit: RankedHit, ids: ReadonlySet<string>): string {
  const id = hit.path ? basename(hit.path).replace(/\.txt$/, '') : null;
  return id && ids.has(id) ? id : `other:${hit.documentId}`;
}

const f = (x: number) => x.toFixed(2);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

const program = new Command()
  .name('eval:search')
  .description('nDCG@10 of the search against the bare full-text index on graded judgements')
  .argument('<folder>', 'folder with the development documents (<id>.txt)')
  .argument('[judgements]', 'judgement file', defaultJudgements)
  .option('--worst <n>', 'how many of the worst tuning queries to list', '8')
  .option('--ablation', 'also score the product with each part of its ranking turned off')
  .option('--reset', 'empty the graph before ingesting (default with its own Neo4j)')
  .option('--no-reset', 'keep what the graph holds and ingest on top (default with EVAL_NEO4J_URI)')
  .action(async (folder: string, judgementsPath: string, options: { worst: string; reset?: boolean; ablation?: boolean }) => {
    const dir = resolve(here, folder);
    const judged = await loadJudgements(resolve(here, judgementsPath));
    const ids = new Set((await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')));
    const judgedIds = new Set(judged.queries.flatMap((q) => Object.keys(q.judgements)));
    console.error(`${ids.size} documents in ${dir}, ${[...ids].filter((id) => judgedIds.has(id)).length} of them judged relevant to some query; ${judged.queries.length} queries.`);
    const unknown = [...new Set(judged.queries.flatMap((q) => Object.keys(q.judgements)).filter((id) => !ids.has(id)))];
    if (unknown.length) console.error(`warning: ${unknown.length} judged documents are not in ${dir}: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}`);

    const log = (line: string) => console.error(line);
    const db = await neo4j(log);
    const graph = Graph.connect(db.target);
    let product: ProductSearch | undefined;
    try {
      await applyMigrations({ run: (cypher) => graph.write(cypher) });
      await graph.write('CALL db.awaitIndexes(300)');
      const started = performance.now();
      const run = await ingestPaths(graph, [dir], { reset: options.reset ?? db.own });
      log(`Ingested ${run.ok} of ${run.files} files (${run.documents} written, ${run.unchanged} unchanged, ${run.goals} goals) in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
      for (const failure of run.failures) log(`warning: ${failure.path}: ${failure.error}`);
      await graph.write('CALL db.awaitIndexes(300)');

      const api = await loadGraphApi();
      product = await ProductSearch.start(api, graph);
      const outcomes: Outcome[] = [];
      for (const query of judged.queries) {
        const parsed = api.parseQuery(query.query);
        const rank = (hits: RankedHit[]) => firstOccurrence(hits.map((h) => keyOf(h, ids)));
        const answer = await product.search(query.query);
        const ranked: Record<System, string[]> = {
          bareAnd: rank(await bareSearch(graph, bareLucene(parsed, 'AND'))),
          bareOr: rank(await bareSearch(graph, bareLucene(parsed, 'OR'))),
          product: rank(answer.hits),
        };
        const scores = Object.fromEntries(SYSTEMS.map((s) => [s, ndcg(ranked[s], query.judgements)])) as Record<System, number>;
        outcomes.push({ query, split: querySplit(query.query), ndcg: scores, ranked, parsed: answer.parsedQuery });
      }
      report(outcomes, Number(options.worst));
      if (options.ablation) await ablation(api, product, judged.queries, ids, outcomes);
    } finally {
      await product?.close();
      await graph.close();
      await db.stop();
    }
  });

/** The parts of the ranking, each turned off in turn (graph-api/src/search/ranking.ts). */
const ABLATIONS: [string, Record<string, number | boolean>][] = [
  ['no title boost', { title: 0 }],
  ['no all-words boost', { allWords: 0 }],
  ['no phrase boost', { phrase: 0 }],
  ['no concept expansion', { expansion: 0, narrower: 0 }],
  ['no narrower concepts', { narrower: 0 }],
  ['no theme boost', { theme: 0 }],
  ['no theme hits', { themeHits: 0 }],
  ['no themes at all', { theme: 0, themeHits: 0 }],
  ['no score scaling', { normalise: false }],
  ['bare ANY (nothing)', { title: 0, allWords: 0, phrase: 0, expansion: 0, narrower: 0, theme: 0, themeHits: 0, normalise: false }],
];

async function ablation(api: Awaited<ReturnType<typeof loadGraphApi>>, product: ProductSearch, queries: JudgedQuery[], ids: ReadonlySet<string>, outcomes: Outcome[]): Promise<void> {
  const saved = { ...api.weights };
  const of = (split: Split, scores: number[]) => mean(scores.filter((_, i) => querySplit(queries[i]!.query) === split));
  const full = outcomes.map((o) => o.ndcg.product);
  console.log(`\nAblation (product nDCG@${CUTOFF} with one part of the ranking off; the full ranking first):`);
  console.log(`${'variant'.padEnd(24)}  tune  frozen`);
  console.log(`${'full ranking'.padEnd(24)}  ${f(of('tune', full))}  ${f(of('frozen', full))}`);
  try {
    for (const [name, change] of ABLATIONS) {
      Object.assign(api.weights, saved, change);
      const scores: number[] = [];
      for (const query of queries) {
        const answer = await product.search(query.query);
        scores.push(ndcg(firstOccurrence(answer.hits.map((h) => keyOf(h, ids))), query.judgements));
      }
      console.log(`${name.padEnd(24)}  ${f(of('tune', scores))}  ${f(of('frozen', scores))}`);
    }
  } finally {
    Object.assign(api.weights, saved);
  }
}

function report(outcomes: Outcome[], worst: number): void {
  console.log(`Search: nDCG@${CUTOFF} on ${outcomes.length} judged queries (graded, gains 2^rel − 1)\n`);
  console.log('split    queries  bare AND  bare OR  product  vs AND  vs OR   target (product ≥ best bare + 0.10)');
  let allMet = true;
  for (const split of ['tune', 'frozen'] as const) {
    const of = outcomes.filter((o) => o.split === split);
    const m = Object.fromEntries(SYSTEMS.map((s) => [s, mean(of.map((o) => o.ndcg[s]))])) as Record<System, number>;
    const bare = Math.max(m.bareAnd, m.bareOr);
    const met = m.product >= bare + TARGET_GAIN;
    allMet &&= met;
    console.log(
      `${split.padEnd(8)} ${String(of.length).padStart(7)}  ${f(m.bareAnd).padStart(8)}  ${f(m.bareOr).padStart(7)}  ${f(m.product).padStart(7)}  ${signed(m.product - m.bareAnd).padStart(6)}  ${signed(m.product - m.bareOr).padStart(5)}   ${met ? 'met' : 'not met'} (${signed(m.product - bare)})`,
    );
  }
  console.log(`\nTarget: product nDCG@${CUTOFF} at least ${TARGET_GAIN} above the better bare full-text index (bare OR or bare AND), on the same queries: ${allMet ? 'met' : 'not met'}.`);

  if (worst > 0) {
    const tuning = outcomes.filter((o) => o.split === 'tune').sort((a, b) => a.ndcg.product - b.ndcg.product).slice(0, worst);
    console.log(`\nWorst tuning queries (product nDCG@${CUTOFF}; bare OR in brackets):`);
    for (const o of tuning) {
      const j = o.query.judgements;
      const top = o.ranked.product.slice(0, CUTOFF).map((id) => `${id.startsWith('other:') ? 'other' : id}=${j[id] ?? 0}`);
      const rankOf = (id: string) => o.ranked.product.indexOf(id);
      const missed = Object.entries(j)
        .filter(([id, g]) => g >= 2 && (rankOf(id) < 0 || rankOf(id) >= CUTOFF))
        .map(([id, g]) => `${id}=${g}@${rankOf(id) < 0 ? '-' : rankOf(id) + 1}`);
      console.log(`\n"${o.query.query}" ${f(o.ndcg.product)} (${f(o.ndcg.bareOr)})${o.query.note ? ` — ${o.query.note}` : ''}`);
      const expanded = (o.parsed.expanded ?? []).map((e) => `${e.from} → ${e.concept} (${e.terms.slice(0, 6).join(', ')}${e.terms.length > 6 ? ', …' : ''})`);
      if (expanded.length) console.log(`  expanded: ${expanded.join('; ')}`);
      if (o.parsed.themes?.length) console.log(`  themes: ${o.parsed.themes.map((t) => `${t.id} (${t.from})`).join(', ')}`);
      console.log(`  top ${CUTOFF}: ${top.join(' ')}`);
      if (missed.length) console.log(`  grade ≥ 2 below ${CUTOFF}: ${missed.join(' ')}`);
    }
  }
}

await program.parseAsync();
