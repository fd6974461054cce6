/**
 * npm test: unit tests, then integration tests against a real Neo4j (started here on its own port
 * and data directory, isolated from the dev database), then the browser suite.
 * TEST_NEO4J_URI points the integration tests at an existing server instead — its data will be wiped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { targetFromEnv, type Neo4jTarget } from '@strategigrafen/graph-db';
import { localPort, startLocal } from '@strategigrafen/neo4j-local';

function vitest(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

async function testNeo4j(): Promise<{ target: Neo4jTarget; stop: () => Promise<void> }> {
  const target = targetFromEnv('TEST_NEO4J_');
  if (target) return { target, stop: async () => {} };
  const server = await startLocal({ profile: 'test', port: localPort('test'), heapMb: 1024, pageCacheMb: 256, log: console.log });
  return { target: server.target, stop: server.stop };
}

async function main(): Promise<number> {
  const extra = process.argv.slice(2);
  const failures: string[] = [];
  if (vitest(['--project', 'unit', ...extra]) !== 0) failures.push('unit');
  if (vitest(['--project', 'web', ...extra]) !== 0) failures.push('web');

  let neo4j;
  try {
    neo4j = await testNeo4j();
  } catch (err) {
    console.error(`\nCannot run the integration tests: no Neo4j.\n${err instanceof Error ? err.message : err}`);
    return 1;
  }
  try {
    const env = { STRATEGIGRAFEN_TEST_NEO4J_URI: neo4j.target.uri, TEST_NEO4J_USER: neo4j.target.user, TEST_NEO4J_PASSWORD: neo4j.target.password };
    if (vitest(['--project', 'integration', '--no-file-parallelism', ...extra], env) !== 0) failures.push('integration');
    if (existsSync('web/e2e') && !process.env.SKIP_E2E) {
      // the browser suite drives the built explorer (web/dist), served by the API
      const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { stdio: 'inherit' });
      if (build.status !== 0) failures.push('web build');
      else if (vitest(['--project', 'e2e', '--no-file-parallelism', ...extra], env) !== 0) failures.push('e2e');
    }
  } finally {
    await neo4j.stop();
  }
  if (failures.length) {
    console.error(`\nFailed: ${failures.join(', ')}`);
    return 1;
  }
  console.log('\nAll test suites passed.');
  return 0;
}

main().then((code) => process.exit(code), (err) => { console.error(err); process.exit(1); });
