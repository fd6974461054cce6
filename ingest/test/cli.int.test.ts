/** npm run ingest, as a user runs it: exit codes, the dry run's JSON Lines, and a real ingest into the test Neo4j. */
import { execFile } from 'node:child_process';
import type { Graph } from '@strategigrafen/graph-db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetDatabase, testGraph, testTarget } from '../../test/neo4j.js';
import { count } from './graph-dump.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `database` points it at the test Neo4j, otherwise at a port where nothing answers. */
function ingest(args: string[], database = false): Promise<Run> {
  const target = testTarget();
  const env = {
    ...process.env,
    NEO4J_URI: database ? target.uri : 'bolt://127.0.0.1:1',
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
  };
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'ingest/src/cli/main.ts', ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const LINE_KEYS = ['area', 'fetchedAt', 'fileName', 'goals', 'kind', 'municipality', 'organisation', 'path', 'relatedTitles', 'sourceUrl', 'themes', 'title', 'year'];

let graph: Graph;

beforeAll(async () => {
  graph = testGraph();
  await resetDatabase(graph);
});

afterAll(async () => {
  await graph?.close();
});

describe('usage errors exit with 2', () => {
  it.each([
    [[], /nothing to ingest: give files, folders or URLs, --urls <file> or --crawl <url>/],
    [['--bogus', 'samples'], /unknown option '--bogus'/],
    [['--dry-run', 'samples', 'finns/inte'], /"finns\/inte" does not exist/],
    [['finns-inte.txt'], /"finns-inte.txt" does not exist/],
    [['--batch-size', '0', 'samples'], /--batch-size <n>.*must be a whole number above 0/],
  ])('ingest %j', async (args, message) => {
    const run = await ingest(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});

describe('--dry-run --json', () => {
  it('prints one JSON object per input document and nothing else, without a database', async () => {
    const run = await ingest(['--dry-run', '--json', 'samples']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(doc).sort()).toEqual(LINE_KEYS);
    expect(doc).toMatchObject({
      path: 'samples/seed/lerum-naringslivsstrategi-forklaring.txt',
      title: 'Förklaringsdokument till näringslivsstrategi för Lerums kommun',
      municipality: { code: '1441', name: 'Lerum' },
      organisation: null,
    });
    expect(doc.relatedTitles).toHaveLength(96);
    const themes = doc.themes as { id: string; weight: number }[];
    expect(themes.map((t) => t.id)).toEqual(expect.arrayContaining(['business-climate', 'collaboration-dialogue']));
    for (const t of themes) expect(Object.keys(t).sort()).toEqual(['id', 'weight']);
    const goals = doc.goals as Record<string, unknown>[];
    expect(goals.length).toBeGreaterThan(10);
    for (const goal of goals) expect(Object.keys(goal).sort()).toEqual(['actor', 'concepts', 'end', 'level', 'measurable', 'start', 'target', 'text', 'themes']);
  });

  it('gives failed files an error line and exits with 1', async () => {
    const run = await ingest(['--dry-run', '--json', 'ingest/test/fixtures/mixed', 'ingest/test/fixtures/bad']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.path)).toEqual([
      'mixed/lerum-hallbarhet.docx',
      'mixed/lerum-inflytande.html',
      'mixed/lerum-kreativitet.pdf',
      'mixed/norrvik-besoksnaringsprogram.md',
      'mixed/solvik-upphandlingspolicy.txt',
      'bad/binary-garbage.txt',
      'bad/corrupt.pdf',
      'bad/empty.txt',
      'bad/encrypted.pdf',
      'bad/inga-mal.txt',
      'bad/lerum-upphandling.txt',
      'bad/okand-kommun.md',
    ]);
    const failed = lines.filter((l) => 'error' in l);
    expect(failed.map((l) => l.path)).toEqual(['bad/binary-garbage.txt', 'bad/corrupt.pdf', 'bad/empty.txt', 'bad/encrypted.pdf']);
    for (const l of failed) expect(l.error).toMatch(new RegExp(`^${String(l.path).replace('.', '\\.')}: `));
    expect(lines.find((l) => l.path === 'mixed/lerum-kreativitet.pdf')).toMatchObject({ municipality: { code: '1441', name: 'Lerum' } });
    expect(run.stderr).toContain('bad/tabell.xlsx: .xlsx files are not supported.');
  });
});

describe('ingesting into the database', () => {
  it('--reset empties the graph, says so, and exits with 0 when every file went in', async () => {
    await graph.write("CREATE (:Document {id: 'stale', title: 'Left over'})");
    const run = await ingest(['--reset', 'samples'], true);
    expect(run.stderr).toMatch(/Reset: deleted \d+ nodes/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/files\s*│\s*1\b/);
    expect(run.stdout).toMatch(/docs\/s/);
    expect(await count(graph, "(:Document {id: 'stale'})")).toBe(0);
    expect(await count(graph, "(:Municipality {code: '1441'})-[:PUBLISHED]->(:Document {path: 'samples/seed/lerum-naringslivsstrategi-forklaring.txt'})")).toBe(1);
  });

  it('exits with 1 and names each failed file and why, having written the good ones', async () => {
    const run = await ingest(['ingest/test/fixtures/bad'], true);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Failed (4):');
    for (const file of ['binary-garbage.txt: the file is not text', 'corrupt.pdf: the PDF cannot be read', 'empty.txt: the file is empty', 'encrypted.pdf: the PDF is password-protected']) {
      expect(run.stderr).toContain(`bad/${file}`);
    }
    expect(run.stderr).toContain('Skipped (1):');
    expect(run.stderr).toContain('Warnings (2):');
    expect(await count(graph, "(d:Document) WHERE d.path IN ['bad/inga-mal.txt', 'bad/lerum-upphandling.txt', 'bad/okand-kommun.md']")).toBe(3);
  });
});
