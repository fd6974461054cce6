/**
 * npm run eval:labels -- <raw-folder> <docs-folder> [--add]
 *
 * Rebuilds eval/labels.json and eval/sources.tsv from working labels (raw-labels.ts). A document keeps
 * the split it was given when it first entered labels.json; new documents get theirs from splitOf(id).
 * With --add the raw folder holds a new batch only: the documents already labelled are kept as they are
 * and the batch's are added (or replace those with the same id).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadLabels, type DocumentLabel, type LabelSet } from './labels.js';
import { toLabel, type RawLabel } from './raw-labels.js';

const tsvCell = (s: string): string => s.replace(/[\t\n\r]+/g, ' ');

async function main(): Promise<void> {
  const here = process.env.INIT_CWD ?? process.cwd();
  const args = process.argv.slice(2);
  const add = args.includes('--add');
  const [rawArg, docsArg] = args.filter((a) => a !== '--add');
  if (!rawArg || !docsArg) {
    console.error('usage: npm run eval:labels -- <raw-folder> <docs-folder> [--add]');
    process.exit(2);
  }
  const labelsPath = resolve(import.meta.dirname, '../labels.json');
  const previous = await loadLabels(labelsPath).catch(() => null);
  const splits = new Map(previous?.documents.map((d) => [d.id, d.split]) ?? []);
  const rawFolder = resolve(here, rawArg);
  const files = (await readdir(rawFolder)).filter((f) => f.endsWith('.json')).sort();
  const documents: DocumentLabel[] = [];
  const sources: string[] = ['id\turl\tquery\trank\ttopic\ttext_sha1'];
  for (const file of files) {
    const raw = JSON.parse(await readFile(join(rawFolder, file), 'utf8')) as RawLabel;
    const text = await readFile(join(resolve(here, docsArg), `${raw.id}.txt`), 'utf8');
    const label = toLabel(raw, text, splits.get(raw.id));
    documents.push(label);
    sources.push([raw.id, raw.url, raw.query, String(raw.rank ?? ''), raw.topic, label.textSha1].map(tsvCell).join('\t'));
  }
  const sourcesPath = resolve(import.meta.dirname, '../sources.tsv');
  if (add) {
    // the documents labelled before, with their rows of sources.tsv, unless the batch relabels them
    const batch = new Set(documents.map((d) => d.id));
    const kept = (previous?.documents ?? []).filter((d) => !batch.has(d.id));
    const keptRows = (await readFile(sourcesPath, 'utf8')).split('\n').slice(1).filter((row) => row && !batch.has(row.split('\t')[0]!));
    documents.unshift(...kept);
    sources.splice(1, 0, ...keptRows);
    documents.sort((a, b) => a.id.localeCompare(b.id));
    const rows = sources.slice(1).sort((a, b) => a.localeCompare(b));
    sources.splice(1, sources.length - 1, ...rows);
  }
  const set: LabelSet = { version: 1, documents };
  await writeFile(labelsPath, `${JSON.stringify(set, null, 1)}\n`);
  await writeFile(sourcesPath, `${sources.join('\n')}\n`);
  const goals = documents.reduce((n, d) => n + d.goals.length, 0);
  const frozen = documents.filter((d) => d.split === 'frozen').length;
  console.log(`${documents.length} documents (${frozen} frozen), ${goals} goals → eval/labels.json, eval/sources.tsv`);
}

await main();
