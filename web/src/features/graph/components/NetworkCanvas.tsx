/**
 * Draws a Network with sigma.js (WebGL) after a ForceAtlas2 layout. The canvas is for the eye;
 * the view lists the same nodes as links for keyboard and screen-reader users.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import Sigma from 'sigma';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { Network, NodeKind } from '../network.ts';

export const KIND_COLOURS: Record<NodeKind, string> = {
  municipality: '#1f4e5f',
  theme: '#c48a12',
  goal: '#7a8f99',
};

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** A stable pseudo-random number in [0, 1) from a string, so the layout is the same on every visit. */
function hash01(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

export function toGraph(network: Network): Graph {
  const graph = new Graph({ type: 'undirected' });
  network.nodes.forEach((n) => {
    const ring = n.focus ? 0 : n.kind === 'theme' ? 1 : n.kind === 'municipality' ? 2 : 3;
    const angle = hash01(n.id) * Math.PI * 2;
    graph.addNode(n.id, {
      x: ring * Math.cos(angle) + hash01(`${n.id}x`) * 0.1,
      y: ring * Math.sin(angle) + hash01(`${n.id}y`) * 0.1,
      size: (n.kind === 'goal' ? 3 : 6) + n.weight * (n.kind === 'goal' ? 4 : 10) + (n.focus ? 4 : 0),
      label: n.label,
      color: KIND_COLOURS[n.kind],
      href: n.href,
      forceLabel: n.focus || n.kind !== 'goal',
    });
  });
  network.edges.forEach((e) => {
    graph.addEdge(e.source, e.target, { size: 0.5 + e.weight * 2.5, color: e.kind === 'similar' ? '#d9a93c' : '#c5ccd0', weight: e.weight });
  });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, { iterations: 150, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 100 } });
  }
  return graph;
}

export function NetworkCanvas({ network, label }: { network: Network; label: string }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const [failed, setFailed] = useState(() => !webglAvailable());

  useEffect(() => {
    if (failed || !container.current) return;
    let renderer: Sigma | null = null;
    try {
      const graph = toGraph(network);
      let hovered: string | null = null;
      renderer = new Sigma(graph, container.current, {
        labelFont: 'system-ui, sans-serif',
        labelSize: 12,
        labelColor: { color: '#1d2327' },
        labelRenderedSizeThreshold: 7,
        minCameraRatio: 0.2,
        maxCameraRatio: 4,
        nodeReducer: (node, data) => {
          if (!hovered || node === hovered || graph.areNeighbors(node, hovered)) return { ...data, highlighted: node === hovered };
          return { ...data, color: '#e1e5e7', label: null };
        },
        edgeReducer: (edge, data) => (hovered && !graph.hasExtremity(edge, hovered) ? { ...data, hidden: true } : data),
      });
      const active = renderer;
      active.on('enterNode', ({ node }) => {
        hovered = node;
        container.current?.style.setProperty('cursor', 'pointer');
        active.refresh();
      });
      active.on('leaveNode', () => {
        hovered = null;
        container.current?.style.removeProperty('cursor');
        active.refresh();
      });
      active.on('clickNode', ({ node }) => {
        const href = graph.getNodeAttribute(node, 'href') as string | undefined;
        if (href) void navigate(href);
      });
    } catch {
      // e.g. a WebGL context that exists but cannot be used
      setFailed(true);
    }
    return () => renderer?.kill();
  }, [network, navigate, failed]);

  if (failed) {
    return (
      <p className="state state-empty" role="note">
        {t('graph.noWebgl')}
      </p>
    );
  }
  return <div ref={container} className="graph-canvas" role="img" aria-label={label} data-nodes={network.nodes.length} data-edges={network.edges.length} />;
}
