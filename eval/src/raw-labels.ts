/**
 * Working labels → stored labels. Working labels are one JSON file per document, kept outside the
 * repository, with each goal quoted as it stands in the text; the repository keeps eval/labels.json,
 * where a goal is an offset, a length and a sha1, and eval/sources.tsv, where each document can be found
 * again. A quoted goal that
 * does not occur in its document stops the build with its file and text named.
 */
import { sha1, splitOf, type DocumentLabel, type Publisher } from './labels.js';

export interface RawLabel {
  id: string;
  url: string;
  query: string;
  rank?: number;
  topic: string;
  kind: string;
  publisher: Partial<Publisher>;
  themes: string[];
  goals: { text: string; measurable: boolean }[];
}

/** Where a quoted goal stands: the first occurrence after the previous goal, else the first anywhere. */
export function locate(text: string, quote: string, from: number): number {
  const after = text.indexOf(quote, from);
  return after >= 0 ? after : text.indexOf(quote);
}

export function toLabel(raw: RawLabel, text: string, split = splitOf(raw.id)): DocumentLabel {
  let from = 0;
  const goals = raw.goals.map((goal) => {
    const quote = goal.text.trim();
    const start = locate(text, quote, from);
    if (start < 0) throw new Error(`${raw.id}: goal not found in the text: "${quote.slice(0, 80)}"`);
    from = start + quote.length;
    return { start, length: quote.length, sha1: sha1(quote), measurable: Boolean(goal.measurable) };
  });
  goals.sort((a, b) => a.start - b.start);
  return {
    id: raw.id,
    file: `${raw.id}.txt`,
    textSha1: sha1(text),
    split,
    topic: raw.topic,
    kind: raw.kind,
    publisher: { municipality: raw.publisher.municipality ?? null, organisation: raw.publisher.organisation ?? null, joint: raw.publisher.joint ?? [] },
    themes: [...new Set(raw.themes)],
    goals,
  };
}
