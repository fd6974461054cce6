/**
 * The network the Graph view draws, built from API data with hard limits on size: a force layout
 * and a reader both stop being useful beyond a few hundred nodes.
 */
export type NodeKind = 'municipality' | 'theme' | 'goal';
export type EdgeKind = 'addresses' | 'about' | 'has' | 'similar';

export interface NetNode {
  id: string;
  kind: NodeKind;
  label: string;
  href: string;
  /** 0..1, drives the node's size */
  weight: number;
  /** the node the network was built around */
  focus?: boolean;
}

export interface NetEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  /** 0..1 */
  weight: number;
}

export interface Network {
  nodes: NetNode[];
  edges: NetEdge[];
  /** nodes left out because a limit was reached */
  omitted: number;
}

export const NETWORK_LIMITS = { nodes: 160, edges: 400 } as const;

/** Collects nodes and edges, ignoring duplicates and anything beyond the limits. */
export class NetworkBuilder {
  private readonly nodes = new Map<string, NetNode>();
  private readonly edges = new Map<string, NetEdge>();
  private omitted = 0;

  constructor(private readonly limits: { nodes: number; edges: number } = NETWORK_LIMITS) {}

  /** Adds a node (or raises an existing node's weight); false when the node limit stops it. */
  node(node: NetNode): boolean {
    const existing = this.nodes.get(node.id);
    if (existing) {
      existing.weight = Math.max(existing.weight, node.weight);
      existing.focus ||= node.focus;
      return true;
    }
    if (this.nodes.size >= this.limits.nodes) {
      this.omitted += 1;
      return false;
    }
    this.nodes.set(node.id, { ...node });
    return true;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Adds an edge between two nodes already in the network; the stronger of duplicate edges wins. */
  edge(edge: NetEdge): boolean {
    if (edge.source === edge.target || !this.nodes.has(edge.source) || !this.nodes.has(edge.target)) return false;
    const key = [edge.source, edge.target].sort().join('→');
    const existing = this.edges.get(key);
    if (existing) {
      existing.weight = Math.max(existing.weight, edge.weight);
      return true;
    }
    if (this.edges.size >= this.limits.edges) return false;
    this.edges.set(key, { ...edge });
    return true;
  }

  build(): Network {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], omitted: this.omitted };
  }
}

export const nodeId = {
  municipality: (code: string) => `m:${code}`,
  theme: (id: string) => `t:${id}`,
  goal: (id: string) => `g:${id}`,
};
