import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSchema, printSdl } from './schema.js';

const COMMITTED = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

describe('the committed SDL', () => {
  it('matches the schema the code builds (run "npm run sdl -w graph-api" after changing the API)', async () => {
    const sdl = printSdl(await createSchema());
    expect(readFileSync(COMMITTED, 'utf8')).toBe(sdl);
  });

  it('has every query the explorer relies on', async () => {
    const query = (await createSchema()).getQueryType()!.getFields();
    for (const name of ['municipalities', 'municipality', 'counties', 'county', 'organisations', 'organisation', 'themes', 'theme', 'documents', 'document', 'goals', 'goal', 'search', 'compare', 'similarMunicipalities', 'stats']) {
      expect(query, name).toHaveProperty(name);
    }
  });
});
