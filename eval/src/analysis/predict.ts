/**
 * Predictions for the labelled documents: the product's own analysis, run exactly as
 * `ingest --dry-run` runs it (same readers, same analyser), or the "sentences with ska/skall"
 * baseline the issue measured against.
 */
import { analyseInputs, collectInputs } from '@strategigrafen/ingest';
import type { LabelledDocument } from '../corpus.js';
import type { Prediction } from './score.js';

/**
 * `sources` (document id → the URL it was found at): analysed as if fetched from there, the way `ingest <url>`
 * reads a document, so that the publisher's web address counts as evidence; without it, from the text alone.
 */
export async function predictWithAnalysis(documents: readonly LabelledDocument[], sources?: ReadonlyMap<string, string>): Promise<Map<string, Prediction>> {
  const predictions = new Map<string, Prediction>();
  const inputs = await collectInputs({ paths: documents.map((d) => d.path) });
  if (sources) {
    inputs.files.forEach((file, i) => {
      const url = sources.get(documents[i]!.label.id);
      if (url) file.provenance = { ...file.provenance, sourceUrl: url };
    });
  }
  let k = 0;
  // results come in the order the paths are given
  for await (const result of analyseInputs(inputs)) {
    const id = documents[k++]!.label.id;
    const doc = result.document;
    predictions.set(id, {
      municipality: doc?.municipality?.code ?? null,
      organisation: doc?.organisation?.name ?? null,
      kind: doc?.kind ?? null,
      themes: (doc?.themes ?? []).map((t) => t.id),
      goals: (doc?.goals ?? []).map((g) => ({ text: g.text, measurable: g.measurable })),
    });
  }
  return predictions;
}

const MODAL = /(?<![\p{L}])(?:ska|skall)(?![\p{L}])/iu;

/** Every sentence (split at . ! ? and line breaks) that contains "ska" or "skall"; no publisher, no themes. */
export function predictWithBaseline(documents: readonly LabelledDocument[]): Map<string, Prediction> {
  const predictions = new Map<string, Prediction>();
  for (const d of documents) {
    const sentences = d.text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d])|\n+/u).map((s) => s.trim()).filter(Boolean);
    predictions.set(d.label.id, {
      municipality: null,
      organisation: null,
      kind: null,
      themes: [],
      goals: sentences.filter((s) => MODAL.test(s)).map((text) => ({ text, measurable: /\d/.test(text) })),
    });
  }
  return predictions;
}
