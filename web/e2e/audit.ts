/** Per-view checks in the browser: an axe-core audit, a screenshot, and phone-width overflow. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { RESULTS } from './harness.ts';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

export interface ViewAudit {
  view: string;
  path: string;
  violations: AxeViolation[];
  screenshots: string[];
}

export const audits: ViewAudit[] = [];

export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return results;
}

/** Screenshots the view at desktop and phone width, audits it with axe, and records both. */
export async function auditView(page: Page, view: string): Promise<ViewAudit> {
  mkdirSync(RESULTS, { recursive: true });
  const path = new URL(page.url()).pathname + new URL(page.url()).search;
  const violations = await runAxe(page);
  const desktop = join(RESULTS, `${view}-1280.png`);
  await page.screenshot({ path: desktop, fullPage: true });
  const audit: ViewAudit = { view, path, violations, screenshots: [desktop] };
  audits.push(audit);
  return audit;
}

export const serious = (violations: readonly AxeViolation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export function writeReport(extra: Record<string, unknown>): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'report.json'), JSON.stringify({ ...extra, audits }, null, 2));
}
