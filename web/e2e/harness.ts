/**
 * The end-to-end setup: a fresh test database with the sample graph, the real API serving the
 * built explorer (web/dist) on a free port, and headless Chromium.
 *
 * The sample corpus has full text for one municipality only (Lerum); similar goals need goals in
 * two. So the setup adds a few documents from the synthetic corpus generator: they belong to its
 * invented municipalities (Norrvik, Åsbacka, …, codes S0xx), say "Syntetiskt dokument" in their
 * text and are flagged synthetic — no real municipality is credited with them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '@strategigrafen/graph-db';
import { analyseSource, ingestPaths, synthDocuments, writeDocuments } from '@strategigrafen/ingest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp, defaultConfig, type App } from '@strategigrafen/graph-api';
import { resetDatabase, testGraph } from '../../test/neo4j.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const WEB_DIST = join(HERE, '../dist');
export const SAMPLES = join(HERE, '../../samples');
export const RESULTS = join(HERE, '../test-results');
export const SYNTHETIC_DOCUMENTS = 12;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Explorer {
  url: string;
  graph: Graph;
  app: App;
  close(): Promise<void>;
}

export async function startExplorer(): Promise<Explorer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`${WEB_DIST}/index.html is missing: build the explorer first (npm run build -w web); npm test does this before the browser suite.`);
  }
  const graph = testGraph();
  await resetDatabase(graph);
  const run = await ingestPaths(graph, [SAMPLES]);
  if (run.failures.length) throw new Error(`The sample corpus did not ingest cleanly:\n${run.failures.map((f) => `${f.path}: ${f.error}`).join('\n')}`);
  await writeDocuments(graph, [...synthDocuments(SYNTHETIC_DOCUMENTS, 'web-e2e')].map(analyseSource));
  const app = await createApp({ graph, config: defaultConfig(), webDist: WEB_DIST });
  const url = await app.listen(0, '127.0.0.1');
  return {
    url,
    graph,
    app,
    close: async () => {
      await app.close();
      await graph.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Fails on uncaught page errors and console errors, which a passing test must not hide. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}
