/**
 * npm run test:reliability [-- --only api|ingest]
 *
 * The reliability suite of issue #12: the API under load and abuse (api.ts) and the ingest under crashes and
 * hostile files (ingest.ts). Each part starts what it needs (its own Neo4j, the real API in this
 * process), prints its figures and a table of checks; the exit code is 1 when any check failed.
 * Not part of `npm test` (it takes a few minutes and loads the machine); run it before a release.
 */
import { parseArgs } from 'node:util';
import { apiReliability } from './api.js';
import { printChecks, type Check } from './checks.js';
import { ingestReliability } from './ingest.js';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const parts: Record<string, (log: (line: string) => void) => Promise<Check[]>> = { api: apiReliability, ingest: ingestReliability };
if (values.only && !parts[values.only]) {
  console.error(`--only takes one of: ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}

const log = (line: string) => console.log(line);
const checks: Check[] = [];
const started = Date.now();
for (const [name, part] of Object.entries(parts)) {
  if (values.only && values.only !== name) continue;
  console.log(`\n== reliability: ${name} ==`);
  checks.push(...(await part(log)));
}
console.log(`\n== reliability: checks (${Math.round((Date.now() - started) / 1000)} s) ==`);
printChecks(checks, log);
const failed = checks.filter((c) => !c.ok);
console.log(failed.length ? `\n${failed.length} of ${checks.length} checks FAILED.` : `\nAll ${checks.length} checks passed.`);
process.exit(failed.length ? 1 : 0);
