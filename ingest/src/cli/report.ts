/** What the CLI shows a person: the progress bar, the summary table and the per-file report. */
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import type { FetchEvent } from '../fetch/index.js';
import type { DryRunResult, IngestProgress, IngestSummary } from '../pipeline/index.js';

/** how many per-file lines of one kind are printed before "… and N more" (all of them with --verbose) */
const LIST_LIMIT = 20;

export interface Progress {
  update(progress: IngestProgress): void;
  stop(): void;
}

/** A progress bar with documents/s on stderr; silent when stderr is not a terminal. */
export function progressBar(enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: 'Ingesting {bar} {value}/{total} files | {rate} docs/s | {failed} failed | ETA {eta_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 200,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    update(p) {
      if (stopped) return;
      const payload = { rate: (p.ok / Math.max(p.elapsedMs / 1000, 1e-3)).toFixed(1), failed: p.failed };
      if (!started) {
        bar.start(p.total, 0, payload);
        started = true;
      }
      bar.update(p.done, payload);
    },
    stop() {
      if (started && !stopped) bar.stop();
      stopped = true;
    },
  };
}

export function summaryTable(summary: IngestSummary): string {
  const table = new Table({ head: ['Ingest', ''], colAligns: ['left', 'right'], style: { head: [], border: [] } });
  const seconds = summary.durationMs / 1000;
  table.push(
    ['files', summary.files],
    ['ok', summary.ok],
    ['failed', summary.failed],
    ['skipped', summary.skipped],
    ['documents written', summary.documents],
    ['unchanged', summary.unchanged],
    ['copies (stored once)', summary.copies],
    ['replaced (changed files)', summary.replaced],
    ['relocated (moved files)', summary.relocated],
    ...(summary.fetched
      ? [
          ['fetched (downloaded)', summary.fetched.bodies],
          ['not modified (304)', summary.fetched.notModified],
          ['no longer published', summary.unpublished],
        ]
      : []),
    ['goals', summary.goals],
    ['themes', summary.themes],
    ['related docs', summary.relatedDocuments],
    ['links (similar + reuse)', summary.links.similarLinks + summary.links.reuseLinks],
    ...(summary.resumedDocuments ? [['linked for an interrupted run', summary.resumedDocuments]] : []),
    ['duration', `${seconds.toFixed(1)} s`],
    ['  of which linking', `${(summary.linkingMs / 1000).toFixed(1)} s`],
    ['docs/s', summary.docsPerSecond.toFixed(1)],
    ['peak memory (RSS)', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`],
  );
  return table.toString();
}

export function dryRunTable(results: DryRunResult[]): string {
  const table = new Table({ head: ['file', 'municipality / organisation', 'kind', 'year', 'themes', 'goals'], style: { head: [], border: [] } });
  for (const r of results) {
    const d = r.document;
    if (!d) {
      table.push([r.path, { colSpan: 5, content: r.error ? `FAILED: ${r.error}` : `skipped: ${r.skipped}` }]);
      continue;
    }
    const publisher = d.organisation?.name ?? (d.municipality ? `${d.municipality.name} (${d.municipality.code})` : '—');
    table.push([r.path, publisher, d.kind, d.year ?? '—', d.themes.slice(0, 4).map((t) => t.id).join(', ') || '—', d.goals.length]);
  }
  return table.toString();
}

/** Lines naming each failed, skipped or warned-about file, and why. */
export function fileReport(
  lists: { failures: { error: string }[]; skipped: { reason: string }[]; warnings: { warning: string }[] },
  verbose: boolean,
): string[] {
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`${title} (${items.length}):`);
    const shown = verbose ? items : items.slice(0, LIST_LIMIT);
    for (const item of shown) lines.push(`  ${item}`);
    if (shown.length < items.length) lines.push(`  … and ${items.length - shown.length} more (--verbose lists all)`);
  };
  section('Failed', lists.failures.map((f) => f.error));
  section('Skipped', lists.skipped.map((s) => s.reason));
  section('Warnings', lists.warnings.map((w) => w.warning));
  return lines;
}

const FETCH_EVENT: Record<FetchEvent['kind'], string> = {
  fetched: 'fetched',
  'not-modified': 'not modified',
  gone: 'gone (404/410)',
  disallowed: 'disallowed by robots.txt',
  failed: 'failed',
  skipped: 'skipped',
};

/** one line per URL asked for, with --verbose */
export function fetchLine(event: FetchEvent): string {
  return `[fetch] ${FETCH_EVENT[event.kind]}: ${event.url}`;
}
