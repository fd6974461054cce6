/**
 * The seed page format: a title line, a "Relevanta dokument" list of related document titles
 * (one per paragraph), then "Transkript:" and the document's body.
 */
export interface SeedPage {
  title: string;
  relatedTitles: string[];
  body: string;
}

const RELATED_HEADING = /^Relevanta dokument\s*:?\s*$/im;
const TRANSCRIPT_HEADING = /^Transkript\s*:\s*$/im;

export function isSeedPage(text: string): boolean {
  return RELATED_HEADING.test(text) && TRANSCRIPT_HEADING.test(text);
}

/** Splits a seed page; returns null when the text is not in that format. Expects normalised text (\n breaks). */
export function parseSeedPage(text: string): SeedPage | null {
  const related = RELATED_HEADING.exec(text);
  const transcript = TRANSCRIPT_HEADING.exec(text);
  if (!related || !transcript || transcript.index < related.index) return null;
  const title = text.slice(0, related.index).trim().split('\n')[0]?.trim() ?? '';
  const listed = text
    .slice(related.index + related[0].length, transcript.index)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return {
    title,
    relatedTitles: [...new Set(listed)],
    body: text.slice(transcript.index + transcript[0].length),
  };
}
