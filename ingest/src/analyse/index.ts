// PLACEHOLDER — replaced by the analysis work (issue 3). Signature is the contract.
import { createHash } from 'node:crypto';
import type { AnalysedDocument } from '@strategigrafen/schema';
import type { SourceDocument } from '../types.js';

export function documentId(title: string, text: string): string {
  return createHash('sha256').update(`${title.normalize('NFC').trim()}\n${text.normalize('NFC').trim()}`).digest('hex');
}

export function analyseDocument(source: SourceDocument): AnalysedDocument {
  const title = source.title ?? source.text.split('\n').find((l) => l.trim())?.trim() ?? source.path ?? '';
  return {
    id: documentId(title, source.text),
    path: source.path,
    title,
    text: source.text,
    hasText: source.text.trim().length > 0,
    sections: [],
    municipality: null,
    organisation: null,
    kind: 'övrigt',
    area: null,
    year: null,
    adoptedBy: null,
    adoptedOn: null,
    dnr: null,
    themes: [],
    goals: [],
    relatedTitles: source.relatedTitles,
    synthetic: source.synthetic ?? false,
  };
}
