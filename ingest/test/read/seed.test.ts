import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeedPage, readSource } from '../../src/read/index.js';

const SEED = 'samples/seed/lerum-naringslivsstrategi-forklaring.txt';
const TITLE = 'Förklaringsdokument till näringslivsstrategi för Lerums kommun';

describe('the seed page reader', () => {
  it('splits a seed page into title, related titles and body', () => {
    const page = parseSeedPage('Titel\n\nRelevanta dokument\nA\n\nB\n\nA\n\nTranskript:\n\nTitel\n\nBrödtext.');
    expect(page?.title).toBe('Titel');
    expect(page?.relatedTitles).toEqual(['A', 'B']);
    expect(page?.body.trim()).toBe('Titel\n\nBrödtext.');
  });

  it('says null for text that is not a seed page', () => {
    expect(parseSeedPage('Näringslivsstrategi\n\nTranskript:\nbara brödtext')).toBeNull();
    expect(parseSeedPage('Vanlig text.')).toBeNull();
  });

  it('reads the Lerum seed page', async () => {
    const source = await readSource(SEED, { path: 'seed/lerum.txt' });
    expect(source.path).toBe('seed/lerum.txt');
    expect(source.title).toBe(TITLE);
    expect(source.synthetic).toBe(false);
    // every non-empty line of the list, once each
    const raw = readFileSync(SEED, 'utf8');
    const listed = raw.slice(raw.indexOf('Relevanta dokument') + 18, raw.indexOf('Transkript:')).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(source.relatedTitles).toEqual([...new Set(listed)]);
    expect(source.relatedTitles.length).toBeGreaterThan(90);
    expect(source.relatedTitles).toContain('Näringslivsstrategi för Botkyrka kommun');
    expect(source.relatedTitles).toContain('Agendan för tillväxt. Näringslivspolicy för Trelleborgs kommun Policy 1 (5) KS 2017/150');
    // the transcript repeats the title as its first line; the body does not
    expect(source.text.startsWith('Förklaringsdokument till reviderad näringslivsstrategi för Lerums kommun.')).toBe(true);
    expect(source.text).toContain('Den kommunala upphandlingen ska: - Förbättra möjligheterna');
    expect(source.text).not.toContain('Relevanta dokument');
    expect(source.text).not.toContain('Transkript:');
  });
});
