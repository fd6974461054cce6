/** A full, order-independent dump of the graph's content, to compare two states property by property. */
import type { Graph } from '@strategigrafen/graph-db';

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/** Every node (labels and properties) and relationship (type, end keys, properties), sorted; IngestRun records left out. */
export async function dumpGraph(graph: Graph): Promise<GraphDump> {
  const nodes = await graph.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE NOT n:IngestRun RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await graph.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) WHERE NOT a:IngestRun
     RETURN type(r) AS type, labels(a)[0] + ':' + coalesce(a.id, a.code) AS from, labels(b)[0] + ':' + coalesce(b.id, b.code) AS to, properties(r) AS props`,
  );
  return {
    nodes: nodes.map((n) => stable({ labels: [...n.labels].sort(), ...n.props })).sort(),
    relationships: relationships.map((r) => stable(r)).sort(),
  };
}

/** JSON with object keys sorted, so that equal content gives equal strings */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

export async function count(graph: Graph, pattern: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await graph.read<{ n: number }>(`MATCH ${pattern} RETURN count(*) AS n`, params);
  return row?.n ?? 0;
}
