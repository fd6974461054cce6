/**
 * npm run ingest -- <paths or URLs…> [--urls list.txt] [--crawl <url> [--depth n]] [--dry-run [--json]] [--reset] [--force]
 *   [--batch-size n] [--max-file-mb n] [--no-links] [--verbose] [limits per file, politeness options: see --help]
 *
 * Exit codes: 0 every file and URL went in, 1 some failed (each named, with the reason: dead links
 * included) or the run failed, 2 usage errors (nothing to ingest, unknown option, a path that does
 * not exist, an unreadable --urls file).
 * stdout carries the result (the summary table, or JSON Lines with --dry-run --json); everything
 * else goes to stderr.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { resolveNeo4j } from '@strategigrafen/neo4j-local';
import { Graph } from '@strategigrafen/graph-db';
import { DEFAULT_FETCH_POLICY, DEFAULT_STORE_DIR, isUrlArgument, parseUrlList, type FetchPolicy } from '../fetch/index.js';
import { analyseInputs, collectInputs, ingestInputs, toJsonLine, type DryRunResult, type InputSpec } from '../pipeline/index.js';
import type { AnalyseOptions } from '../pipeline/analysed.js';
import { DEFAULT_FILE_MEMORY_MB, DEFAULT_FILE_TIMEOUT_S, defaultWorkers } from '../pipeline/isolated.js';
import { checkPaths, DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_UNPACKED_MB, MissingPathError } from '../read/index.js';
import { DEFAULT_BATCH_SIZE } from '../write/index.js';
import { dryRunTable, fetchLine, fileReport, progressBar, summaryTable } from './report.js';

interface Options {
  dryRun: boolean;
  json: boolean;
  reset: boolean;
  force: boolean;
  batchSize: number;
  maxFileMb: number;
  maxUnpackedMb: number;
  maxTextChars: number;
  fileTimeoutS: number;
  fileMemoryMb: number;
  workers: number;
  links: boolean;
  verbose: boolean;
  urls: string[];
  crawl: string[];
  depth: number;
  store: string;
  userAgent: string;
  delayMs: number;
  concurrency: number;
  timeoutS: number;
  retries: number;
  maxRedirects: number;
  maxPages: number;
  allowPrivateHosts: boolean;
}

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(min === 0 ? 'must be a whole number, 0 or more.' : `must be a whole number above ${min - 1}.`);
    return n;
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number above 0.');
  return n;
}

const repeat = (value: string, previous: string[]) => [...previous, value];

function command(): Command {
  const policy = DEFAULT_FETCH_POLICY;
  return new Command('ingest')
    .description(
      'Read strategy documents (.txt .md .html .pdf .docx, folders recursively, or fetched from http(s) URLs), analyse them and write the graph.',
    )
    .argument('[inputs...]', 'files, folders or http(s):// URLs of documents to ingest')
    .option('--urls <file>', 'fetch and ingest the URLs listed in a file (one a line, # comments); repeatable', repeat, [])
    .option('--crawl <url>', 'crawl a site from this page, following links on the same site to PDF, DOCX and HTML documents; repeatable', repeat, [])
    .option('--depth <n>', 'link hops a crawl follows from its start page', wholeNumber(0), 1)
    .option('--dry-run', 'analyse only; no database (URLs are still fetched, into the store)', false)
    .option('--json', 'machine-readable output on stdout (JSON Lines with --dry-run, one summary object otherwise)', false)
    .option('--reset', 'empty the graph before ingesting', false)
    .option('--force', 'rewrite documents even when they are stored unchanged', false)
    .option('--batch-size <n>', 'documents per transaction', wholeNumber(1), DEFAULT_BATCH_SIZE)
    .option('--max-file-mb <n>', 'refuse larger files and cut off larger downloads', positiveNumber, DEFAULT_MAX_FILE_MB)
    .option('--no-links', 'skip recomputing similarity and reuse links')
    .option('--verbose', 'list every file that failed, was skipped or has warnings, and log each file and URL', false)
    .optionsGroup('Limits per file (a file over one fails with the reason; the others go on):')
    .option('--max-unpacked-mb <n>', 'refuse a .docx that unpacks to more (a decompression bomb), counted while unpacking, before it is parsed', positiveNumber, DEFAULT_MAX_UNPACKED_MB)
    .option('--max-text-chars <n>', 'refuse a document with more characters of text, before it is analysed', wholeNumber(1), DEFAULT_MAX_TEXT_CHARS)
    .option('--file-timeout-s <n>', 'stop reading and analysing a file after this many seconds', positiveNumber, DEFAULT_FILE_TIMEOUT_S)
    .option('--file-memory-mb <n>', 'stop reading and analysing a file that needs more memory (the heap of its worker thread)', wholeNumber(64), DEFAULT_FILE_MEMORY_MB)
    .option('--workers <n>', 'files read and analysed at once, each in its own worker thread (0: in the main thread, without the time and memory limits)', wholeNumber(0), defaultWorkers())
    .optionsGroup('Fetching (politeness and limits):')
    .option('--store <dir>', 'where fetched documents are kept (content-addressed, with their URL records)', DEFAULT_STORE_DIR)
    .option('--user-agent <text>', 'the User-Agent sent, with a contact URL', policy.userAgent)
    .option('--delay-ms <n>', "wait at least this long between two requests to one host (a longer robots.txt Crawl-delay wins)", wholeNumber(0), policy.delayMs)
    .option('--concurrency <n>', 'requests in flight to one host', wholeNumber(1), policy.perHostConcurrency)
    .option('--timeout-s <n>', 'give up on a response (headers, or the next part of the body) after this many seconds', positiveNumber, policy.timeoutMs / 1000)
    .option('--retries <n>', 'tries again after timeouts, dropped connections, 429 and 5xx, with exponential backoff', wholeNumber(0), policy.retries)
    .option('--max-redirects <n>', 'redirects followed per URL', wholeNumber(0), policy.maxRedirects)
    .option('--max-pages <n>', 'pages and documents fetched per crawl', wholeNumber(1), policy.maxPages)
    .option('--allow-private-hosts', 'allow loopback, private and link-local addresses (for a local test server)', false)
    .exitOverride()
    .configureOutput({ writeOut: (text) => process.stderr.write(text), writeErr: (text) => process.stderr.write(text) });
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** npm runs scripts from the repository root; paths the user typed are relative to where they typed them */
function userPath(path: string): string {
  const base = process.env.INIT_CWD;
  return base && !isAbsolute(path) && resolve(base) !== process.cwd() ? resolve(base, path) : path;
}

async function inputSpec(args: string[], options: Options): Promise<InputSpec> {
  const paths = args.filter((arg) => !isUrlArgument(arg)).map(userPath);
  const urls = args.filter(isUrlArgument);
  for (const list of options.urls) {
    const text = await readFile(userPath(list), 'utf8').catch((error: unknown) => {
      throw new UsageError(`--urls ${list}: cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    });
    urls.push(...parseUrlList(text));
  }
  if (!paths.length && !urls.length && !options.crawl.length) {
    throw new UsageError('nothing to ingest: give files, folders or URLs, --urls <file> or --crawl <url> (--help lists the options).');
  }
  await checkPaths(paths); // before anything is fetched or any database is started
  const policy: Partial<FetchPolicy> = {
    userAgent: options.userAgent,
    delayMs: options.delayMs,
    perHostConcurrency: options.concurrency,
    timeoutMs: options.timeoutS * 1000,
    retries: options.retries,
    maxRedirects: options.maxRedirects,
    maxPages: options.maxPages,
    maxBytes: Math.round(options.maxFileMb * 1024 * 1024),
    allowPrivateHosts: options.allowPrivateHosts,
  };
  return {
    paths,
    urls,
    crawls: options.crawl.map((url) => ({ url, depth: options.depth })),
    store: userPath(options.store),
    policy,
    onFetch: options.verbose ? (event) => log(fetchLine(event)) : undefined,
  };
}

async function main(argv: string[]): Promise<number> {
  const program = command();
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.unknownOption') {
        const option = /'([^']+)'/.exec(error.message)?.[1] ?? '-…';
        log(`ingest: if ${option} is a file, write it as ./${option}, or put -- before it: npm run ingest -- -- ${option}`);
      }
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  const options = program.opts<Options>();
  try {
    const spec = await inputSpec(program.args, options);
    return options.dryRun ? await dryRun(spec, options) : await ingest(spec, options);
  } catch (error) {
    if (error instanceof MissingPathError || error instanceof UsageError) {
      log(`ingest: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function fetchingNote(spec: InputSpec, options: Options): void {
  const urls = spec.urls?.length ?? 0;
  if (!urls && !spec.crawls?.length) return;
  const what = [urls ? `${urls} URL${urls === 1 ? '' : 's'}` : '', ...(spec.crawls ?? []).map((c) => `a crawl of ${c.url} (depth ${c.depth})`)].filter(Boolean).join(' and ');
  if (!options.json || options.verbose) log(`Fetching ${what} into ${spec.store}…`);
}

function analyseOptions(options: Options): AnalyseOptions {
  const { maxFileMb, maxUnpackedMb, maxTextChars, fileTimeoutS, fileMemoryMb, workers } = options;
  return { maxFileMb, maxUnpackedMb, maxTextChars, fileTimeoutS, fileMemoryMb, workers };
}

async function dryRun(spec: InputSpec, options: Options): Promise<number> {
  fetchingNote(spec, options);
  const inputs = await collectInputs(spec);
  let failed = 0;
  const results: DryRunResult[] = [];
  for await (const result of analyseInputs(inputs, analyseOptions(options))) {
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

async function ingest(spec: InputSpec, options: Options): Promise<number> {
  fetchingNote(spec, options);
  const inputs = await collectInputs(spec);
  const neo4j = await resolveNeo4j('dev', { log: options.verbose ? log : undefined });
  const graph = Graph.connect(neo4j.target);
  const bar = progressBar(!options.json && !options.verbose);
  try {
    if (options.reset) log('Reset: emptying the graph before ingesting…');
    const summary = await ingestInputs(graph, inputs, {
      reset: options.reset,
      force: options.force,
      batchSize: options.batchSize,
      ...analyseOptions(options),
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
    if (summary.interruptedRuns) {
      log(
        `An earlier run did not finish (killed or stopped): marked interrupted.${summary.resumedDocuments ? ` The ${summary.resumedDocuments} documents it wrote without linking were linked now.` : ''}`,
      );
    }
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
