import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus.js';
import { sha1, type DocumentLabel, type LabelSet } from './labels.js';

// our own text, standing in for a rebuilt development document
const TEXT = 'Mål\n\nNorrvik ska ha rent vatten i alla sjöar.';
const label = (id: string): DocumentLabel => ({
  id,
  file: `${id}.txt`,
  textSha1: sha1(TEXT),
  split: 'tune',
  topic: 'miljöprogram',
  kind: 'program',
  publisher: { municipality: null, organisation: null, joint: [] },
  themes: [],
  goals: [],
});

describe('the development folder', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'strategigrafen-corpus-'));
    await writeFile(join(folder, 'same.txt'), TEXT);
    await writeFile(join(folder, 'final-newline.txt'), `${TEXT}\n`);
    await writeFile(join(folder, 'changed.txt'), TEXT.replace('rent', 'klart'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads the files whose text is the labelled one, a final line break more or less, and names the others', async () => {
    const labels: LabelSet = { version: 1, documents: ['same', 'final-newline', 'changed', 'gone'].map(label) };
    const corpus = await loadCorpus(folder, labels);
    expect(corpus.documents.map((d) => d.label.id)).toEqual(['same', 'final-newline']);
    // the text scored is the labelled one, so that the goal offsets hold
    expect(corpus.documents.every((d) => d.text === TEXT)).toBe(true);
    expect(corpus.problems).toEqual([
      expect.stringMatching(/^changed\.txt: differs from the labelled text/),
      expect.stringMatching(/^gone\.txt: missing from /),
    ]);
  });
});
