/** From API answers to a Network: which nodes and links to draw around the selection. */
import type { GoalNetworkQuery, MunicipalityNetworkQuery, ThemeNetworkQuery } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/i18n.tsx';
import { themeLabel } from '../../lib/labels.ts';
import { paths } from '../../lib/paths.ts';
import { NetworkBuilder, nodeId, type Network } from './network.ts';

/** how many goals / municipalities a network starts from (each brings its neighbours) */
export const SEEDS = { goals: 40, municipalities: 25 } as const;
const THEMES_SHOWN = 12;

/** Goal labels are long sentences; the node shows the start, the list below the whole text. */
export function shorten(text: string, max = 48): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

type Municipality = NonNullable<MunicipalityNetworkQuery['municipality']>;

export function municipalityNetwork(m: Municipality, lang: Language): Network {
  const net = new NetworkBuilder();
  const self = nodeId.municipality(m.code);
  net.node({ id: self, kind: 'municipality', label: m.name, href: paths.municipality(m.code), weight: 1, focus: true });
  for (const p of m.themeProfile.slice(0, THEMES_SHOWN)) {
    const id = nodeId.theme(p.theme.id);
    if (net.node({ id, kind: 'theme', label: themeLabel(p.theme, lang), href: paths.theme(p.theme.id), weight: p.share })) {
      net.edge({ source: self, target: id, kind: 'addresses', weight: p.share });
    }
  }
  for (const { node: goal } of m.goals.edges) {
    const gid = nodeId.goal(goal.id);
    if (!net.node({ id: gid, kind: 'goal', label: shorten(goal.text), href: paths.goal(goal.id), weight: 0.4 })) continue;
    net.edge({ source: self, target: gid, kind: 'has', weight: 0.3 });
    for (const tag of goal.themes) net.edge({ source: gid, target: nodeId.theme(tag.theme.id), kind: 'about', weight: tag.weight });
    for (const s of goal.similar.edges) {
      const other = s.node;
      const oid = nodeId.goal(other.id);
      if (!net.node({ id: oid, kind: 'goal', label: shorten(other.text), href: paths.goal(other.id), weight: 0.3 })) continue;
      net.edge({ source: gid, target: oid, kind: 'similar', weight: s.score });
      if (other.municipality) {
        const mid = nodeId.municipality(other.municipality.code);
        if (net.node({ id: mid, kind: 'municipality', label: other.municipality.name, href: paths.municipality(other.municipality.code), weight: 0.5 })) {
          net.edge({ source: mid, target: oid, kind: 'has', weight: 0.3 });
        }
      }
    }
  }
  return net.build();
}

type Theme = NonNullable<ThemeNetworkQuery['theme']>;

export function themeNetwork(theme: Theme, lang: Language): Network {
  const net = new NetworkBuilder();
  const self = nodeId.theme(theme.id);
  net.node({ id: self, kind: 'theme', label: themeLabel(theme, lang), href: paths.theme(theme.id), weight: 1, focus: true });
  for (const edge of theme.municipalities.edges) {
    const mid = nodeId.municipality(edge.node.code);
    if (!net.node({ id: mid, kind: 'municipality', label: edge.node.name, href: paths.municipality(edge.node.code), weight: edge.share })) continue;
    net.edge({ source: mid, target: self, kind: 'addresses', weight: edge.share });
    for (const { node: goal } of edge.goals.edges) {
      const gid = nodeId.goal(goal.id);
      if (!net.node({ id: gid, kind: 'goal', label: shorten(goal.text), href: paths.goal(goal.id), weight: 0.4 })) continue;
      net.edge({ source: mid, target: gid, kind: 'has', weight: 0.3 });
      for (const tag of goal.themes) {
        const tid = nodeId.theme(tag.theme.id);
        // other themes of these goals: how this theme connects to the rest of the taxonomy
        if (net.node({ id: tid, kind: 'theme', label: themeLabel(tag.theme, lang), href: paths.theme(tag.theme.id), weight: 0.3 })) {
          net.edge({ source: gid, target: tid, kind: 'about', weight: tag.weight });
        }
      }
    }
  }
  return net.build();
}

type Goal = NonNullable<GoalNetworkQuery['goal']>;

export function goalNetwork(goal: Goal, lang: Language): Network {
  const net = new NetworkBuilder();
  const self = nodeId.goal(goal.id);
  net.node({ id: self, kind: 'goal', label: shorten(goal.text), href: paths.goal(goal.id), weight: 1, focus: true });
  const addGoal = (g: { id: string; municipality?: { code: string; name: string } | null; themes: Goal['themes'] }, gid: string) => {
    if (g.municipality) {
      const mid = nodeId.municipality(g.municipality.code);
      if (net.node({ id: mid, kind: 'municipality', label: g.municipality.name, href: paths.municipality(g.municipality.code), weight: 0.6 })) {
        net.edge({ source: mid, target: gid, kind: 'has', weight: 0.4 });
      }
    }
    for (const tag of g.themes) {
      const tid = nodeId.theme(tag.theme.id);
      if (net.node({ id: tid, kind: 'theme', label: themeLabel(tag.theme, lang), href: paths.theme(tag.theme.id), weight: 0.5 })) {
        net.edge({ source: gid, target: tid, kind: 'about', weight: tag.weight });
      }
    }
  };
  addGoal(goal, self);
  for (const s of goal.similar.edges) {
    const gid = nodeId.goal(s.node.id);
    if (!net.node({ id: gid, kind: 'goal', label: shorten(s.node.text), href: paths.goal(s.node.id), weight: s.score })) continue;
    net.edge({ source: self, target: gid, kind: 'similar', weight: s.score });
    addGoal(s.node, gid);
  }
  return net.build();
}
