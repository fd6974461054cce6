/** npm run sdl -w graph-api: prints the schema to schema/schema.graphql (or checks it with --check). */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema, printSdl } from '../src/schema.js';

export const SDL_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

const sdl = printSdl(await createSchema());
if (process.argv.includes('--check')) {
  const committed = readFileSync(SDL_FILE, 'utf8');
  if (committed !== sdl) {
    console.error(`${SDL_FILE} is out of date; run: npm run sdl -w graph-api`);
    process.exit(1);
  }
  console.log(`${SDL_FILE} is up to date.`);
} else {
  writeFileSync(SDL_FILE, sdl);
  console.log(`Wrote ${SDL_FILE}`);
}
