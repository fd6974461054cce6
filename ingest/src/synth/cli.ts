/**
 * npm run corpus:synth -- --docs 10000 [--out dir] [--seed 1] [--force]
 * Writes the synthetic benchmark corpus as .txt files (title line, blank line, body), one folder per
 * fictional municipality. Never part of samples/ or npm start.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { synthDocuments } from './generate.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1.');
  return n;
}

const program = new Command('corpus:synth')
  .description('Generate the synthetic corpus (fictional municipalities, text marked synthetic) for benchmarks.')
  .requiredOption('--docs <n>', 'number of documents', positiveInt)
  .option('--out <dir>', 'output folder (default bench/out/synth-<docs>-seed<seed>)')
  .option('--seed <seed>', 'random seed; the same seed gives the same corpus', '1')
  .option('--force', 'replace the output folder if it already has files', false)
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) });

async function main(): Promise<number> {
  try {
    program.parse();
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode ?? 2;
    return code === 0 ? 0 : 2;
  }
  const { docs, seed, force } = program.opts<{ docs: number; seed: string; force: boolean; out?: string }>();
  const out = program.opts<{ out?: string }>().out ?? join('bench', 'out', `synth-${docs}-seed${seed}`);
  const existing = await readdir(out).catch(() => []);
  if (existing.length && !force) {
    console.error(`${out} already has files. Use --force to replace them, or choose another --out.`);
    return 2;
  }
  if (existing.length) await rm(out, { recursive: true, force: true });
  const started = performance.now();
  let bytes = 0;
  for (const doc of synthDocuments(docs, seed)) {
    const file = join(out, doc.path!.replace(/^synth\//, ''));
    const content = `${doc.title}\n\n${doc.text}\n`;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    bytes += Buffer.byteLength(content);
  }
  const seconds = (performance.now() - started) / 1000;
  console.error(`Wrote ${docs} synthetic documents (${(bytes / 1024 / 1024).toFixed(1)} MB) to ${out} in ${seconds.toFixed(1)} s.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
