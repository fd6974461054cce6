/**
 * npm run eval:similar -- <folder> [labels.json] [pairs.json]
 *
 * Feeds every labelled goal of the development set (its own text, its document's publisher, its themes
 * as the analysis tags them, its section heading and its document's themes) to the similar-goal engine
 * the linker runs, and scores the labelled pairs: hit@1, hit@5 and MRR of the counterparts, and how
 * many hard negatives would be linked — for the tuning and the frozen pairs. Extraction is not the limit here: the goals are the labelled ones.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { analyseDocument, DEFAULT_PLAN, SimilarGoals, tagThemes, type GoalText } from '@strategigrafen/ingest';
import { loadCorpus } from '../corpus.js';
import { goalTexts, loadLabels, type Publisher } from '../labels.js';
import { goalKey, loadPairs, pairSplit } from './pairs.js';
import { similarFigures, type PairOutcome } from './score.js';

const here = process.env.INIT_CWD ?? process.cwd();
const defaults = { labels: resolve(import.meta.dirname, '../../labels.json'), pairs: resolve(import.meta.dirname, '../../pairs.json') };

/** The publisher keys the linker compares (link/graph/publishers.ts): municipality codes, else the organisation. */
function owners(p: Publisher): string[] {
  if (p.municipality) return [p.municipality];
  if (p.joint.length) return [...p.joint];
  return p.organisation ? [`org:${p.organisation}`] : [];
}

const TARGETS = { hitAt5: 0.8, hardNegativeShare: 0.1 };

const program = new Command()
  .name('eval:similar')
  .argument('<folder>', 'folder with the development documents')
  .argument('[labels]', 'label file', defaults.labels)
  .argument('[pairs]', 'pair file', defaults.pairs)
  .option('--misses <n>', 'list this many tuning pairs ranked worst', '0')
  .action(async (folder: string, labelsPath: string, pairsPath: string, options: { misses: string }) => {
    const labels = await loadLabels(resolve(here, labelsPath));
    const pairs = await loadPairs(resolve(here, pairsPath), labels);
    const corpus = await loadCorpus(resolve(here, folder), labels);
    for (const problem of corpus.problems) console.error(`warning: ${problem}`);
    const goals: GoalText[] = [];
    const textOf = new Map<string, string>();
    for (const d of corpus.documents) {
      const texts = goalTexts(d.label, d.text);
      // the goal's context as the linker reads it from the graph: its section heading, its document's themes
      const analysed = analyseDocument({ path: d.path, title: null, text: d.text, relatedTitles: [] });
      const headingAt = (offset: number) => analysed.sections.findLast((s) => s.start <= offset)?.heading ?? null;
      d.label.goals.forEach((g, i) => {
        const id = goalKey({ doc: d.label.id, start: g.start, length: g.length });
        const text = texts[i]!.replace(/\s+/g, ' ');
        textOf.set(id, text);
        goals.push({
          id,
          text,
          owners: owners(d.label.publisher),
          themes: tagThemes(text),
          section: headingAt(g.start),
          document: d.label.id,
          documentThemes: analysed.themes,
        });
      });
    }
    const engine = new SimilarGoals(goals);
    const rankOf = (from: string, to: string): number | null => {
      const r = engine.ranked(from, 50).findIndex((g) => g.id === to);
      return r < 0 ? null : r + 1;
    };
    const outcomes: PairOutcome[] = pairs.pairs
      .filter((p) => textOf.has(goalKey(p.a)) && textOf.has(goalKey(p.b)))
      .map((pair) => {
        const [a, b] = [goalKey(pair.a), goalKey(pair.b)];
        const ranks = [rankOf(a, b), rankOf(b, a)].filter((r): r is number => r !== null);
        const linked = engine.links(a, DEFAULT_PLAN).some((g) => g.id === b) || engine.links(b, DEFAULT_PLAN).some((g) => g.id === a);
        return { pair, split: pairSplit(pair), rank: ranks.length ? Math.min(...ranks) : null, linked };
      });
    const linkedGoals = goals.filter((g) => engine.links(g.id, DEFAULT_PLAN).length > 0).length;
    const rows = (['tune', 'frozen'] as const).map((split) => [split, similarFigures(outcomes.filter((o) => o.split === split))] as const);
    const f = (x: number) => x.toFixed(2);
    console.log(`Similar goals: ${goals.length} labelled goals, ${linkedGoals} with at least one link (${f(linkedGoals / goals.length)})\n`);
    console.log('split    similar  hit@1  hit@5   MRR  similar linked  hard negatives linked');
    for (const [split, x] of rows) {
      const hit5 = `${f(x.hitAt5)} ${x.hitAt5 >= TARGETS.hitAt5 ? 'met' : 'not met'}`;
      const neg = `${x.hardNegativesLinked} of ${x.hardNegatives} ${x.hardNegativesLinked <= TARGETS.hardNegativeShare * x.hardNegatives ? 'met' : 'not met'}`;
      console.log(`${split.padEnd(8)} ${String(x.similar).padStart(7)}  ${f(x.hitAt1)}  ${hit5.padEnd(12)} ${f(x.mrr)}  ${f(x.similarLinked).padStart(14)}  ${neg}`);
    }
    console.log(`targets: hit@5 ≥ ${TARGETS.hitAt5}, at most ${TARGETS.hardNegativeShare * 100} % of hard negatives linked`);
    const misses = Number(options.misses);
    if (misses > 0) {
      const worst = outcomes.filter((o) => o.split === 'tune' && (o.pair.kind === 'similar' ? o.rank === null || o.rank > 5 : o.linked)).slice(0, misses);
      for (const o of worst) {
        console.log(`\n${o.pair.kind} rank ${o.rank ?? '-'}${o.linked ? ' linked' : ''}: ${o.pair.note ?? ''}`);
        console.log(`  a: ${textOf.get(goalKey(o.pair.a))}\n  b: ${textOf.get(goalKey(o.pair.b))}`);
        console.log(`  shared: ${engine.explain(goalKey(o.pair.a), goalKey(o.pair.b)).join(', ')}`);
        // what a ranks above b: the goals a user would see instead
        for (const r of engine.ranked(goalKey(o.pair.a), 3)) console.log(`    ${r.score.toFixed(3)} ${textOf.get(r.id)?.slice(0, 110)} [${engine.explain(goalKey(o.pair.a), r.id).join(', ')}]`);
      }
    }
  });

await program.parseAsync();
