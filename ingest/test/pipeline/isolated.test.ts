/**
 * Reading and analysing in worker threads: the same results in the same order whatever the number of
 * workers, and a file over its time or memory limit fails alone while the files after it go on.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseFiles, type AnalyseOptions, type AnalysedFile } from '../../src/pipeline/analysed.js';
import { listInputs } from '../../src/read/index.js';
import { longPlanText } from '../../testing/oversized.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'strategigrafen-isolated-'));
  await cp('ingest/test/fixtures/mixed', join(dir, 'mixed'), { recursive: true });
  await cp('ingest/test/fixtures/bad', join(dir, 'bad'), { recursive: true });
  // a long plan, sorted between the good files: seconds to analyse, and some hundred MB of heap
  await writeFile(join(dir, 'mixed', 'lerum-klimatplan.txt'), longPlanText(4_000_000));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function analyse(folder: string, options: AnalyseOptions): Promise<AnalysedFile[]> {
  const results: AnalysedFile[] = [];
  for await (const result of analyseFiles(await listInputs([join(dir, folder)]), options)) results.push(result);
  return results;
}

const outcome = (result: AnalysedFile) => ('document' in result ? 'ok' : 'error' in result ? result.code : 'skipped');

describe('analyseFiles in worker threads', () => {
  it('gives the same results, in input order, with 0, 1 or 2 workers', async () => {
    const inProcess = await analyse('bad', { workers: 0 });
    expect(inProcess.map((r) => r.path)).toEqual([
      'bad/binary-garbage.txt',
      'bad/corrupt.pdf',
      'bad/empty.txt',
      'bad/encrypted.pdf',
      'bad/inga-mal.txt',
      'bad/lerum-upphandling.txt',
      'bad/okand-kommun.md',
      'bad/tabell.xlsx',
    ]);
    expect(inProcess.map(outcome)).toEqual(['binary', 'corrupt-pdf', 'empty', 'encrypted-pdf', 'ok', 'ok', 'ok', 'skipped']);
    expect(await analyse('bad', { workers: 1 })).toEqual(inProcess);
    expect(await analyse('bad', { workers: 2 })).toEqual(inProcess);
  }, 60_000);

  it('fails a file that takes longer than the time limit, alone; the files after it go on', async () => {
    const results = await analyse('mixed', { workers: 2, fileTimeoutS: 1 });
    expect(results.map((r) => [r.path, outcome(r)])).toEqual([
      ['mixed/lerum-hallbarhet.docx', 'ok'],
      ['mixed/lerum-inflytande.html', 'ok'],
      ['mixed/lerum-klimatplan.txt', 'timed-out'],
      ['mixed/lerum-kreativitet.pdf', 'ok'],
      ['mixed/norrvik-besoksnaringsprogram.md', 'ok'],
      ['mixed/solvik-upphandlingspolicy.txt', 'ok'],
    ]);
    expect(results[2]).toEqual({
      path: 'mixed/lerum-klimatplan.txt',
      code: 'timed-out',
      error:
        'mixed/lerum-klimatplan.txt: reading and analysing it took more than 1 s, the limit per file; it was stopped and the other files went on. ' +
        'Split the document into parts, or raise the limit with --file-timeout-s.',
    });
  }, 60_000);

  it('fails a file that needs more memory than the limit, alone; a fresh worker takes the next file', async () => {
    // one worker: the file after the failing one can only be analysed by its replacement
    const results = await analyse('mixed', { workers: 1, fileMemoryMb: 64 });
    expect(results.map(outcome)).toEqual(['ok', 'ok', 'out-of-memory', 'ok', 'ok', 'ok']);
    expect(results[2]).toMatchObject({
      code: 'out-of-memory',
      error:
        'mixed/lerum-klimatplan.txt: reading and analysing it needed more than 64 MB of memory, the limit per file; it was stopped and the other files went on. ' +
        'Split the document into parts, or raise the limit with --file-memory-mb.',
    });
  }, 60_000);

  it('analyses the long plan when the limits allow it', async () => {
    const [plan] = await analyse('mixed', { workers: 1 }).then((all) => all.filter((r) => r.path.endsWith('klimatplan.txt')));
    expect(plan && 'document' in plan && plan.document.goals.length).toBeGreaterThan(1000);
  }, 120_000);

  it('stops the run with the reason when no worker can even start', async () => {
    await expect(analyse('bad', { workers: 2, fileMemoryMb: 16 })).rejects.toThrow(
      'the analysis worker did not start: it needed more than 16 MB to load the analyser (raise --file-memory-mb)',
    );
  }, 60_000);
});
