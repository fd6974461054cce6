/** The pipeline without a database: what the analysis makes of each file, as JSON Lines records. */
import type { AnalysedDocument, MeasurableTarget } from '@strategigrafen/schema';
import type { DocumentProvenance } from '../types.js';
import { analyseFiles, type AnalyseOptions } from './analysed.js';
import { collectInputs, type IngestInputs } from './inputs.js';

export interface DryRunResult {
  path: string;
  document: AnalysedDocument | null;
  /** why the file could not be read or analysed */
  error: string | null;
  /** why the file was not even tried (unsupported type inside a folder) */
  skipped: string | null;
  warnings: string[];
  /** where the document came from (its URL, when fetched) */
  provenance: DocumentProvenance | null;
}

export async function* analysePaths(paths: readonly string[], options: AnalyseOptions = {}): AsyncGenerator<DryRunResult> {
  yield* analyseInputs(await collectInputs({ paths }), options);
}

/**
 * The dry run of collected inputs: URLs that could not be fetched first (as failed rows), then every
 * file and fetched document analysed. Nothing is written to a graph (fetched bytes do land in the store).
 */
export async function* analyseInputs(inputs: IngestInputs, options: AnalyseOptions = {}): AsyncGenerator<DryRunResult> {
  const none = { document: null, warnings: [], provenance: null };
  for (const failure of inputs.failures) yield { ...none, path: failure.path, error: failure.error, skipped: null };
  for (const skip of inputs.skipped) yield { ...none, path: skip.path, error: null, skipped: skip.reason };
  const provenance = new Map(inputs.files.map((file) => [file.path, file.provenance]));
  for await (const file of analyseFiles(inputs.files, options)) {
    const where = provenance.get(file.path) ?? null;
    if ('skipped' in file) yield { ...none, path: file.path, error: null, skipped: file.skipped };
    else if ('error' in file) yield { ...none, path: file.path, error: file.error, skipped: null, provenance: where };
    else yield { path: file.path, document: file.document, error: null, skipped: null, warnings: file.warnings, provenance: where };
  }
}

/** One line of `ingest --dry-run --json`. */
export interface JsonLine {
  path: string;
  /** the URL a fetched document came from; null for local files */
  sourceUrl: string | null;
  /** when it was downloaded (ISO); null for local files */
  fetchedAt: string | null;
  /** its original file name; null for web pages */
  fileName: string | null;
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
    sourceUrl: result.provenance?.sourceUrl ?? null,
    fetchedAt: result.provenance?.fetchedAt ?? null,
    fileName: result.provenance?.fileName ?? null,
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
