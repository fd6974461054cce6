import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs, MissingPathError, readTree, type ReadOutcome } from '../../src/read/index.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'strategigrafen-tree-'));
  const files: Record<string, string> = {
    'corpus/b.txt': 'B\n\nText b.',
    'corpus/a.md': '# A\n\nText a.',
    'corpus/sub/c.html': '<h1>C</h1><p>Text c.</p>',
    'corpus/sub/data.csv': 'x,y',
    'corpus/.hidden.txt': 'dold',
    'corpus/.git/config.txt': 'dold',
    'corpus/~$lås.docx': 'låsfil',
    'corpus/urls.txt': '# dokument att hämta\nhttps://www.lerum.se/strategi.pdf\n',
    'corpus/sub/region.urls.txt': 'https://www.regionhalland.se/plan.pdf\n',
    'single.xlsx': 'inte text',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), content);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listInputs', () => {
  it('walks folders recursively in sorted order, skipping hidden files, lock files and URL lists, paths relative to the given path’s parent', async () => {
    const files = await listInputs([join(root, 'corpus')]);
    expect(files.map((f) => f.path)).toEqual(['corpus/a.md', 'corpus/b.txt', 'corpus/sub/c.html', 'corpus/sub/data.csv']);
    expect(files.every((f) => !f.explicit && f.absolute.startsWith(root))).toBe(true);
  });

  it('takes files as given', async () => {
    const [file] = await listInputs([join(root, 'corpus/sub/c.html')]);
    expect(file).toMatchObject({ path: 'c.html', explicit: true });
  });

  it('names every path that does not exist', async () => {
    const error = await listInputs([join(root, 'corpus'), join(root, 'saknas'), join(root, 'borta.txt')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPathError);
    expect((error as MissingPathError).missing).toEqual([join(root, 'saknas'), join(root, 'borta.txt')]);
    expect((error as Error).message).toContain('do not exist');
  });
});

describe('readTree', () => {
  async function collect(paths: string[], readAhead?: number): Promise<ReadOutcome[]> {
    const out: ReadOutcome[] = [];
    for await (const outcome of readTree(paths, { readAhead })) out.push(outcome);
    return out;
  }

  it('yields every file in order, reading ahead; unsupported files in folders are skipped with a message', async () => {
    for (const ahead of [1, 3, 16]) {
      const outcomes = await collect([join(root, 'corpus')], ahead);
      expect(outcomes.map((o) => o.file.path)).toEqual(['corpus/a.md', 'corpus/b.txt', 'corpus/sub/c.html', 'corpus/sub/data.csv']);
      expect(outcomes.map((o) => ('source' in o ? o.source.title : null))).toEqual(['A', 'B', 'C', null]);
      const skipped = outcomes[3]!;
      expect('skipped' in skipped && skipped.skipped).toMatch(/^corpus\/sub\/data\.csv: \.csv files are not supported\. Supported: \.txt/);
    }
  });

  it('reports an unsupported file the user named directly as an error', async () => {
    const [outcome] = await collect([join(root, 'single.xlsx')]);
    expect(outcome && 'error' in outcome && outcome.error.code).toBe('unsupported');
  });
});
