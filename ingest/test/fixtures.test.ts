import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtures, FIXTURES } from './fixtures/build.js';

describe('committed test fixtures', () => {
  it('are exactly what ingest/test/fixtures/build.ts makes (run it after changing the builder or the seed page)', async () => {
    const built = await buildFixtures();
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(8);
    for (const [name, bytes] of Object.entries(built)) {
      const committed = await readFile(join(FIXTURES, name));
      expect(committed.equals(bytes), name).toBe(true);
    }
  });

  it('include binary garbage that really has NUL bytes', async () => {
    expect((await readFile(join(FIXTURES, 'bad/binary-garbage.txt'))).includes(0)).toBe(true);
  });
});
