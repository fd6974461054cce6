/**
 * npm run ingest -- <paths…> [--dry-run [--json]] [--reset] [--force] [--batch-size n] [--max-file-mb n] [--no-links] [--verbose]
 *
 * Exit codes: 0 every file went in, 1 some files failed (each named, with the reason) or the run
 * failed, 2 usage errors (no paths, unknown option, a path that does not exist).
 * stdout carries the result (the summary table, or JSON Lines with --dry-run --json); everything
 * else goes to stderr.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { resolveNeo4j } from '@strategigrafen/neo4j-local';
import { Graph } from '@strategigrafen/neo4j-local/gateway';
import { analysePaths, ingestPaths, toJsonLine, type DryRunResult } from '../pipeline/index.js';
import { checkPaths, DEFAULT_MAX_FILE_MB, MissingPathError } from '../read/index.js';
import { DEFAULT_BATCH_SIZE } from '../write/index.js';
import { dryRunTable, fileReport, progressBar, summaryTable } from './report.js';

interface Options {
  dryRun: boolean;
  json: boolean;
  reset: boolean;
  force: boolean;
  batchSize: number;
  maxFileMb: number;
  links: boolean;
  verbose: boolean;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function positiveNumber(integer: boolean) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new InvalidArgumentError(integer ? 'must be a whole number above 0.' : 'must be a number above 0.');
    }
    return n;
  };
}

function command(): Command {
  return new Command('ingest')
    .description('Read strategy documents (.txt .md .html .pdf .docx, folders recursively), analyse them and write the graph.')
    .argument('<paths...>', 'files or folders to ingest')
    .option('--dry-run', 'analyse only; no database', false)
    .option('--json', 'machine-readable output on stdout (JSON Lines with --dry-run, one summary object otherwise)', false)
    .option('--reset', 'empty the graph before ingesting', false)
    .option('--force', 'rewrite documents even when they are stored unchanged', false)
    .option('--batch-size <n>', 'documents per transaction', positiveNumber(true), DEFAULT_BATCH_SIZE)
    .option('--max-file-mb <n>', 'refuse larger files', positiveNumber(false), DEFAULT_MAX_FILE_MB)
    .option('--no-links', 'skip recomputing similarity and reuse links')
    .option('--verbose', 'list every file that failed, was skipped or has warnings, and log each file', false)
    .exitOverride()
    .configureOutput({ writeOut: (text) => process.stderr.write(text), writeErr: (text) => process.stderr.write(text) });
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const program = command();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const paths = program.args;
  const options = program.opts<Options>();
  try {
    await checkPaths(paths); // before any database is started
    return options.dryRun ? await dryRun(paths, options) : await ingest(paths, options);
  } catch (error) {
    if (error instanceof MissingPathError) {
      log(`ingest: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

async function dryRun(paths: string[], options: Options): Promise<number> {
  let failed = 0;
  const results: DryRunResult[] = [];
  for await (const result of analysePaths(paths, { maxFileMb: options.maxFileMb })) {
    if (result.error) failed++;
    if (options.json) {
      if (result.skipped) log(result.skipped);
      else process.stdout.write(`${JSON.stringify(toJsonLine(result))}\n`);
      for (const warning of result.warnings) if (options.verbose) log(warning);
    } else results.push(result);
  }
  if (!options.json) {
    process.stdout.write(`${dryRunTable(results)}\n`);
    const report = fileReport(
      {
        failures: results.filter((r) => r.error).map((r) => ({ error: r.error! })),
        skipped: results.filter((r) => r.skipped).map((r) => ({ reason: r.skipped! })),
        warnings: results.flatMap((r) => r.warnings.map((warning) => ({ warning }))),
      },
      options.verbose,
    );
    for (const line of report) log(line);
  }
  return failed ? EXIT_FAILED : EXIT_OK;
}

async function ingest(paths: string[], options: Options): Promise<number> {
  const neo4j = await resolveNeo4j('dev', { log: options.verbose ? log : undefined });
  const graph = Graph.connect(neo4j.target);
  const bar = progressBar(!options.json && !options.verbose);
  try {
    if (options.reset) log('Reset: emptying the graph before ingesting…');
    const summary = await ingestPaths(graph, paths, {
      reset: options.reset,
      force: options.force,
      batchSize: options.batchSize,
      maxFileMb: options.maxFileMb,
      links: options.links,
      log: options.verbose ? log : undefined,
      onProgress: (p) => {
        bar.update(p);
        if (options.verbose) log(`[${p.done}/${p.total}] ${p.path}`);
      },
      onLinking: (documents) => {
        bar.stop();
        if (!options.json) log(`Linking ${documents} new documents (similar goals, reused text)…`);
      },
    });
    bar.stop();
    if (summary.resetNodes !== null) log(`Reset: deleted ${summary.resetNodes} nodes (and their relationships) before ingesting.`);
    if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stdout.write(`${summaryTable(summary)}\n`);
    for (const line of fileReport({ failures: summary.failures, skipped: summary.skippedFiles, warnings: summary.warnings }, options.verbose)) log(line);
    return summary.failed ? EXIT_FAILED : EXIT_OK;
  } finally {
    bar.stop();
    await graph.close();
    await neo4j.stop();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(EXIT_FAILED);
  },
);
