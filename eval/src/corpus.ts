/** The development folder: the labelled documents' texts, checked against the labels before anything is scored. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha1, type DocumentLabel, type LabelSet } from './labels.js';

export interface LabelledDocument {
  label: DocumentLabel;
  path: string;
  text: string;
}

export interface Corpus {
  documents: LabelledDocument[];
  /** labelled documents whose file is missing or differs from the labelled text */
  problems: string[];
}

/** Reads every labelled document from the folder; a missing or changed file is a problem, not a crash. */
export async function loadCorpus(folder: string, labels: LabelSet): Promise<Corpus> {
  const documents: LabelledDocument[] = [];
  const problems: string[] = [];
  for (const label of labels.documents) {
    const path = join(folder, label.file);
    const read = await readFile(path, 'utf8').catch(() => null);
    if (read === null) {
      problems.push(`${label.file}: missing from ${folder}; rebuild it as eval/README.md describes.`);
      continue;
    }
    // a file saved by an editor may have gained or lost its final line break; the labels' offsets do not move
    const bare = read.replace(/\n+$/u, '');
    const text = [read, bare, `${bare}\n`].find((t) => sha1(t.replace(/\u00a0/g, ' ')) === label.textSha1);
    if (text === undefined) problems.push(`${label.file}: differs from the labelled text (sha1 ${sha1(read).slice(0, 10)}…, labelled ${label.textSha1.slice(0, 10)}…).`);
    else documents.push({ label, path, text });
  }
  return { documents, problems };
}

/** eval/sources.tsv: where each development document was found (id → URL). */
export const DEFAULT_SOURCES = resolve(import.meta.dirname, '../sources.tsv');

export async function loadSources(path: string): Promise<Map<string, string>> {
  const [header, ...rows] = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim());
  const columns = header!.split('\t');
  const id = columns.indexOf('id');
  const url = columns.indexOf('url');
  if (id < 0 || url < 0) throw new Error(`${path}: expected a tab-separated file with the columns id and url.`);
  return new Map(rows.map((row) => row.split('\t')).map((cells) => [cells[id]!, cells[url]!]));
}
