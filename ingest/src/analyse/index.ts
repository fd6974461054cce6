/**
 * The analyser: from a source document's text to everything the graph knows about it.
 * Pure functions only (no I/O); the lexicon and theme matcher are built once on first use.
 *
 *   title ─┬─ attribution (municipality / organisation)   attribution/
 *          ├─ metadata (kind, area, year, adoption, dnr)   metadata/
 *          └─ themes (title weighted higher)               themes/
 *   text ──┬─ sections and sentences                        text/
 *          ├─ goals, each with its own themes and target    goals/
 *          └─ themes
 */
import { createHash } from 'node:crypto';
import type { AnalysedDocument, AnalysedGoal } from '@strategigrafen/schema';
import type { SourceDocument } from '../types.js';
import { attributeDocument } from './attribution/index.js';
import { conceptIds } from './concepts/index.js';
import { extractGoals } from './goals/index.js';
import { readMetadata } from './metadata/index.js';
import { structureText } from './text/structure.js';
import { titleLine } from './text/title.js';
import { tagDocumentThemes, tagThemes } from './themes/index.js';

/** The document's identity: sha256 (hex) of the NFC-normalised, trimmed title, a newline and the text. */
export function documentId(title: string, text: string): string {
  return createHash('sha256').update(`${title.normalize('NFC').trim()}\n${text.normalize('NFC').trim()}`).digest('hex');
}

const MAX_TITLE_LENGTH = 200;

/** The first line with some words in it, for documents whose format gives no title. */
function firstMeaningfulLine(text: string): string | null {
  const line = titleLine(text);
  if (!line) return null;
  return line.length > MAX_TITLE_LENGTH ? `${line.slice(0, MAX_TITLE_LENGTH).replace(/\s+\S*$/, '')}…` : line;
}

function fileTitle(path: string | null): string {
  if (!path) return '';
  const name = path.split('/').pop() ?? path;
  return name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
}

export function analyseDocument(source: SourceDocument): AnalysedDocument {
  const text = source.text;
  const title = source.title?.trim() || firstMeaningfulLine(text) || fileTitle(source.path);
  const { municipality, organisation } = attributeDocument(title, text, { sourceUrl: source.sourceUrl });
  const metadata = readMetadata(title, text);
  const structure = structureText(text);
  const actorNames = [municipality?.name, organisation?.name].filter((n): n is string => Boolean(n));
  const goals: AnalysedGoal[] = extractGoals(structure, { actorNames, title }).map((goal) => ({
    ...goal,
    themes: tagThemes(goal.text),
    concepts: conceptIds(goal.text),
  }));
  return {
    id: documentId(title, text),
    path: source.path,
    title,
    text,
    hasText: text.trim().length > 0,
    sections: structure.sections,
    municipality,
    organisation,
    kind: metadata.kind,
    area: metadata.area,
    year: metadata.year,
    adoptedBy: metadata.adoptedBy,
    adoptedOn: metadata.adoptedOn,
    dnr: metadata.dnr,
    themes: tagDocumentThemes({
      title,
      sentences: structure.sentences.map((s) => s.text),
      headings: structure.sections.flatMap((s) => (s.heading ? [s.heading] : [])),
      goals: goals.map((g) => g.text),
    }),
    goals,
    relatedTitles: source.relatedTitles,
    synthetic: source.synthetic ?? false,
  };
}

/** A document known only by its title (a seed page's related document): no text, no goals, themes from the title. */
export function analyseTitleOnly(title: string): AnalysedDocument {
  return analyseDocument({ path: null, title, text: '', relatedTitles: [] });
}
