import { defineConfig } from 'vitest/config';

/**
 * One root config, one project per kind of test:
 *  - unit: pure logic, parallel, no database
 *  - integration (*.int.test.ts): against the real test Neo4j that scripts/test.ts provides; run one file at a time
 *  - web: component tests in jsdom
 *  - e2e (*.e2e.test.ts): the explorer in headless Chromium against the real API and Neo4j
 * `npm test` (scripts/test.ts) runs them in that order.
 */
/**
 * graphql ships both ESM (index.mjs) and CJS (index.js). Vite would give our sources the ESM copy while
 * Apollo and type-graphql, loaded by Node, get the CJS one: two GraphQLError classes, and errors lose their codes.
 * Resolving our imports to the CJS entry keeps one instance (as plain Node/tsx does).
 */
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['{schema,graph-db,neo4j-local,ingest,graph-api,eval}/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        resolve: oneGraphql,
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
      {
        extends: './web/vite.config.ts',
        test: {
          name: 'web',
          root: './web',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['web/e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          setupFiles: ['test/require-test-neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
