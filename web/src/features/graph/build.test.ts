import { describe, expect, it } from 'vitest';
import type { MunicipalityNetworkQuery } from '../../gql/graphql.ts';
import { municipalityNetwork, shorten } from './build.ts';

type Municipality = NonNullable<MunicipalityNetworkQuery['municipality']>;

const theme = (id: string) => ({ id, labelSv: `Tema ${id}`, labelEn: `Theme ${id}` });

describe('municipalityNetwork', () => {
  const m: Municipality = {
    code: '1441',
    name: 'Lerum',
    themeProfile: [
      { share: 1, theme: theme('procurement') },
      { share: 0.5, theme: theme('tourism') },
    ],
    goals: {
      edges: [
        {
          node: {
            id: 'g1',
            text: 'Den kommunala upphandlingen ska förbättra möjligheterna för företag inom närområdet.',
            themes: [{ weight: 0.8, theme: { id: 'procurement' } }],
            similar: { edges: [{ score: 0.6, node: { id: 'g2', text: 'Kommunen ska förbättra möjligheterna för lokala företag.', municipality: { code: 'S002', name: 'Åsbacka' } } }] },
          },
        },
      ],
    },
  };

  it('links the municipality to its themes and goals, and goals to similar goals elsewhere', () => {
    const net = municipalityNetwork(m, 'sv');
    expect(net.nodes.map((n) => [n.id, n.kind, n.focus ?? false])).toEqual([
      ['m:1441', 'municipality', true],
      ['t:procurement', 'theme', false],
      ['t:tourism', 'theme', false],
      ['g:g1', 'goal', false],
      ['g:g2', 'goal', false],
      ['m:S002', 'municipality', false],
    ]);
    const edges = net.edges.map((e) => `${e.source}-${e.kind}-${e.target}`);
    expect(edges).toEqual(['m:1441-addresses-t:procurement', 'm:1441-addresses-t:tourism', 'm:1441-has-g:g1', 'g:g1-about-t:procurement', 'g:g1-similar-g:g2', 'm:S002-has-g:g2']);
    expect(net.nodes.find((n) => n.id === 't:procurement')?.label).toBe('Tema procurement');
    expect(municipalityNetwork(m, 'en').nodes.find((n) => n.id === 't:procurement')?.label).toBe('Theme procurement');
    expect(net.nodes.find((n) => n.id === 'g:g2')?.href).toBe('/mal/g2');
  });

  it('shortens long goal texts for labels', () => {
    expect(shorten('kort')).toBe('kort');
    const long = shorten('Den kommunala upphandlingen ska förbättra möjligheterna för företag inom närområdet.');
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith('…')).toBe(true);
  });
});
