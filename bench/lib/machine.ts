import { existsSync, readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import type { Graph } from '@strategigrafen/graph-db';

export interface MachineInfo {
  date: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  neo4j: string;
  os: string;
  /** one line for RESULTS.md */
  summary: string;
}

export async function machineInfo(graph: Graph): Promise<MachineInfo> {
  const [component] = await graph.read<{ version: string; edition: string }>('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition');
  const osRelease = existsSync('/etc/os-release') ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] : undefined;
  const info = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    neo4j: component ? `Neo4j ${component.version} ${component.edition}` : 'Neo4j (unknown version)',
    os: `${osRelease ?? type()} (${type()} ${release()})`,
  };
  return { ...info, summary: `${info.cores} cores (${info.cpu}), ${info.memoryGb} GiB RAM, ${info.os}, Node ${info.node}, ${info.neo4j}` };
}
