import { spawn } from 'node:child_process';
import type { BenchContext } from './context.js';

export interface RunningApis {
  /** the project's GraphQL endpoint */
  ours: string;
  /** the same API with its aggregate cache off */
  cold: string;
  /** the @neo4j/graphql-generated endpoint */
  generated: string;
  stop(): void;
}

/** Starts bench/api-server.ts in a child process and waits for its URLs. */
export async function startApis(context: BenchContext): Promise<RunningApis> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-server.ts', JSON.stringify(context.target)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const urls = await new Promise<Omit<RunningApis, 'stop'>>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as Omit<RunningApis, 'stop'>);
    });
    child.on('exit', (code) => reject(new Error(`The API server process exited (${code}) before it was ready:\n${out}`)));
  });
  return { ...urls, stop: () => child.stdin.end() };
}
