import { describe, expect, it } from 'vitest';
import type { LabelledDocument } from '../corpus.js';
import { sha1, type DocumentLabel } from '../labels.js';
import { figures, scoreDocument } from './score.js';

// A short document of our own (not a real municipality's text).
const text = 'Plan för Exempelby\n\nKommunen ska bygga 200 bostäder till 2030. Bostadsbristen är stor. Alla ska ha ett tryggt boende.';

function label(goals: string[], measurable: boolean[]): DocumentLabel {
  return {
    id: 'exempel',
    file: 'exempel.txt',
    textSha1: sha1(text),
    split: 'tune',
    topic: 'bostadsförsörjning',
    kind: 'plan',
    publisher: { municipality: '0180', organisation: null, joint: [] },
    themes: ['housing'],
    goals: goals.map((g, i) => ({ start: text.indexOf(g), length: g.length, sha1: sha1(g), measurable: measurable[i]! })),
  };
}

describe('scoring a document', () => {
  const doc: LabelledDocument = {
    path: '/dev/null',
    text,
    label: label(['Kommunen ska bygga 200 bostäder till 2030.', 'Alla ska ha ett tryggt boende.'], [true, false]),
  };

  it('counts matched, missed and extra goals, themes and the publisher', () => {
    const s = scoreDocument(doc, {
      municipality: '0180',
      organisation: null,
      kind: 'plan',
      themes: ['housing', 'safety'],
      goals: [
        { text: 'Kommunen ska bygga 200 bostäder till 2030.', measurable: true },
        { text: 'Bostadsbristen är stor.', measurable: false },
      ],
    });
    expect(s.goals).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.themes).toMatchObject({ tp: 1, fp: 1, fn: 0, extra: ['safety'] });
    expect(s.measurable).toEqual({ right: 1, of: 1 });
    expect(s.municipalityRight).toBe(true);
    const f = figures([s]);
    expect(f.goals.precision).toBe(0.5);
    expect(f.goals.recall).toBe(0.5);
    expect(f.themes.f1).toBeCloseTo(2 / 3);
  });

  it('refuses a label whose span no longer matches the text', () => {
    const changed = { ...doc, text: text.replace('200', '300') };
    expect(() => scoreDocument(changed, { municipality: null, organisation: null, kind: null, themes: [], goals: [] })).toThrow(/does not match its sha1/);
  });
});
