/** The analysis step of the pipeline: the analyser, plus the rule that synthetic text never lands on a real municipality. */
import type { AnalysedDocument } from '@strategigrafen/schema';
import { analyseDocument } from '../analyse/index.js';
import { findFictionalMunicipality } from '../synth/gazetteer.js';
import type { SourceDocument } from '../types.js';

export function analyseSource(source: SourceDocument): AnalysedDocument {
  const doc = analyseDocument(source);
  if (!source.synthetic && !doc.synthetic) return doc;
  // generated text names fictional municipalities only; whatever the analyser read into it, attribute it to those
  return { ...doc, synthetic: true, municipality: findFictionalMunicipality(doc.title, doc.text), organisation: null };
}

/** Things worth telling the user about a document that was nevertheless ingested. */
export function warningsFor(doc: AnalysedDocument): string[] {
  const where = doc.path ?? doc.title;
  const warnings: string[] = [];
  if (!doc.municipality && !doc.organisation) {
    warnings.push(`${where}: no municipality or organisation recognised; ingested without a publisher.`);
  }
  if (!doc.goals.length) warnings.push(`${where}: no goals found; ingested without goals.`);
  return warnings;
}
