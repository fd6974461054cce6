import { defineConfig } from 'vitest/config';

/**
 * One root config, one project per kind of test:
 *  - unit: pure logic, parallel, no database
 *  - integration (*.int.test.ts): against the real test Neo4j that scripts/test.ts provides; run one file at a time
 *  - web: component tests in jsdom
 *  - e2e (*.e2e.test.ts): the explorer in headless Chromium against the real API and Neo4j
 * `npm test` (scripts/test.ts) runs them in that order.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{schema,neo4j-local,ingest,graph-api}/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          setupFiles: ['test/require-test-neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
