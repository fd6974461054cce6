/** The pipeline without a database: what the analysis makes of each file, as JSON Lines records. */
import type { AnalysedDocument, MeasurableTarget } from '@strategigrafen/schema';
import { listInputs } from '../read/index.js';
import { analyseFiles } from './analysed.js';

export interface DryRunResult {
  path: string;
  document: AnalysedDocument | null;
  /** why the file could not be read or analysed */
  error: string | null;
  /** why the file was not even tried (unsupported type inside a folder) */
  skipped: string | null;
  warnings: string[];
}

export async function* analysePaths(paths: readonly string[], options: { maxFileMb?: number } = {}): AsyncGenerator<DryRunResult> {
  for await (const file of analyseFiles(await listInputs(paths), options)) {
    if ('skipped' in file) yield { path: file.path, document: null, error: null, skipped: file.skipped, warnings: [] };
    else if ('error' in file) yield { path: file.path, document: null, error: file.error, skipped: null, warnings: [] };
    else yield { path: file.path, document: file.document, error: null, skipped: null, warnings: file.warnings };
  }
}

/** One line of `ingest --dry-run --json`. */
export interface JsonLine {
  path: string;
  title: string | null;
  municipality: { code: string; name: string } | null;
  organisation: { name: string; kind: string } | null;
  kind: string | null;
  area: string | null;
  year: number | null;
  themes: { id: string; weight: number }[];
  goals: {
    text: string;
    actor: string | null;
    level: string;
    themes: { id: string; weight: number }[];
    concepts: string[];
    measurable: boolean;
    target: MeasurableTarget | null;
    /** where the goal stands in the document's text */
    start: number;
    end: number;
  }[];
  relatedTitles: string[];
  /** only on a file that failed */
  error?: string;
}

export function toJsonLine(result: DryRunResult): JsonLine {
  const doc = result.document;
  const line: JsonLine = {
    path: result.path,
    title: doc?.title ?? null,
    municipality: doc?.municipality ? { code: doc.municipality.code, name: doc.municipality.name } : null,
    organisation: doc?.organisation ? { name: doc.organisation.name, kind: doc.organisation.kind } : null,
    kind: doc?.kind ?? null,
    area: doc?.area ?? null,
    year: doc?.year ?? null,
    themes: (doc?.themes ?? []).map(({ id, weight }) => ({ id, weight })),
    goals: (doc?.goals ?? []).map((goal) => ({
      text: goal.text,
      actor: goal.actor,
      level: goal.level,
      themes: goal.themes.map(({ id, weight }) => ({ id, weight })),
      concepts: goal.concepts,
      measurable: goal.measurable,
      target: goal.target,
      start: goal.start,
      end: goal.end,
    })),
    relatedTitles: doc?.relatedTitles ?? [],
  };
  if (result.error) line.error = result.error;
  return line;
}
