/**
 * npm run eval:analysis -- <folder> [labels.json]
 *
 * Runs the analysis (the same code as `ingest --dry-run`) on the labelled development documents in
 * <folder> and prints, for the tuning and the frozen split, municipality accuracy, goal precision and
 * recall, theme micro-P/R/F1 and measurable-target accuracy against the targets, then the worst
 * tuning documents. The frozen split's documents are never listed: they are for reporting only.
 */
import { resolve } from 'node:path';
import { Command } from 'commander';
import { DEFAULT_SOURCES, loadCorpus, loadSources } from '../corpus.js';
import { loadLabels, type Split } from '../labels.js';
import { predictWithAnalysis, predictWithBaseline } from './predict.js';
import { figuresTable, worstDocuments } from './report.js';
import { figures, scoreDocument, type DocumentScore } from './score.js';

const here = process.env.INIT_CWD ?? process.cwd();
const defaultLabels = resolve(import.meta.dirname, '../../labels.json');

const program = new Command()
  .name('eval:analysis')
  .description('Score the analysis on the labelled development set')
  .argument('<folder>', 'folder with the development documents (see eval/README.md)')
  .argument('[labels]', 'label file', defaultLabels)
  .option('--baseline', 'score the "sentences with ska/skall" baseline instead of the analysis')
  .option('--worst <n>', 'how many of the worst tuning documents to list', '12')
  .option('--detail', 'list the missed and extra goals of the worst tuning documents')
  .option('--only <ids>', 'score only these document ids (comma-separated)')
  .option('--with-sources [file]', 'read each document as fetched from the URL it was found at (eval/sources.tsv): its web address is evidence of its publisher')
  .action(async (folder: string, labelsPath: string, options: { baseline?: boolean; worst: string; detail?: boolean; only?: string; withSources?: string | boolean }) => {
    const labels = await loadLabels(resolve(here, labelsPath));
    if (options.only) {
      const only = new Set(options.only.split(','));
      labels.documents = labels.documents.filter((d) => only.has(d.id));
    }
    const corpus = await loadCorpus(resolve(here, folder), labels);
    for (const problem of corpus.problems) console.error(`warning: ${problem}`);
    if (corpus.documents.length === 0) {
      console.error('No labelled document could be read; nothing to score.');
      process.exitCode = 2;
      return;
    }
    const sources = options.withSources ? await loadSources(typeof options.withSources === 'string' ? resolve(here, options.withSources) : DEFAULT_SOURCES) : undefined;
    const predictions = options.baseline ? predictWithBaseline(corpus.documents) : await predictWithAnalysis(corpus.documents, sources);
    const scores = corpus.documents.map((d) => scoreDocument(d, predictions.get(d.label.id)!));
    const of = (split: Split): DocumentScore[] => scores.filter((s) => s.split === split);
    console.log(options.baseline ? 'Baseline: sentences with "ska"/"skall"\n' : sources ? 'Analysis (as ingest --dry-run of each document fetched from its URL)\n' : 'Analysis (as ingest --dry-run)\n');
    console.log(figuresTable([['tune', figures(of('tune'))], ['frozen', figures(of('frozen'))], ['all', figures(scores)]]));
    const worst = worstDocuments(of('tune'), Number(options.worst), Boolean(options.detail));
    if (worst) console.log(`\nWorst tuning documents:\n${worst}`);
  });

await program.parseAsync();
