import { describe, expect, it } from 'vitest';
import { NetworkBuilder } from './network.ts';

const node = (id: string, weight = 0.5) => ({ id, kind: 'goal' as const, label: id, href: `/mal/${id}`, weight });

describe('NetworkBuilder', () => {
  it('keeps one node per id with the highest weight, and one edge per pair', () => {
    const net = new NetworkBuilder();
    net.node(node('a', 0.2));
    net.node(node('a', 0.9));
    net.node(node('b'));
    net.edge({ source: 'a', target: 'b', kind: 'similar', weight: 0.3 });
    net.edge({ source: 'b', target: 'a', kind: 'similar', weight: 0.7 });
    const built = net.build();
    expect(built.nodes.map((n) => [n.id, n.weight])).toEqual([
      ['a', 0.9],
      ['b', 0.5],
    ]);
    expect(built.edges).toEqual([{ source: 'a', target: 'b', kind: 'similar', weight: 0.7 }]);
  });

  it('stops at the node and edge limits and counts what it left out', () => {
    const net = new NetworkBuilder({ nodes: 3, edges: 2 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) net.node(node(id));
    expect(net.has('d')).toBe(false);
    expect(net.edge({ source: 'a', target: 'b', kind: 'has', weight: 1 })).toBe(true);
    expect(net.edge({ source: 'a', target: 'c', kind: 'has', weight: 1 })).toBe(true);
    expect(net.edge({ source: 'b', target: 'c', kind: 'has', weight: 1 })).toBe(false);
    const built = net.build();
    expect(built.nodes).toHaveLength(3);
    expect(built.edges).toHaveLength(2);
    expect(built.omitted).toBe(2);
  });

  it('ignores edges to missing nodes and self-loops', () => {
    const net = new NetworkBuilder();
    net.node(node('a'));
    expect(net.edge({ source: 'a', target: 'zz', kind: 'has', weight: 1 })).toBe(false);
    expect(net.edge({ source: 'a', target: 'a', kind: 'has', weight: 1 })).toBe(false);
    expect(net.build().edges).toEqual([]);
  });
});
