import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, renderWithProviders, scriptedEndpoint } from '../../../test/render.tsx';
import { DocumentText } from './DocumentText.tsx';

const HOSTILE = 'Inledning <script>window.__pwned = 1</script> och <img src="x" onerror="window.__pwned = 2"> mer text. Kommunen ska <b onmouseover="alert(1)">upphandla</b> hållbart.';
const GOAL_START = HOSTILE.indexOf('Kommunen ska');

declare global {
  interface Window {
    __pwned?: number;
  }
}

describe('document text', () => {
  it('renders markup in a document as inert text', async () => {
    const { container } = renderWithProviders(
      <DocumentText text={HOSTILE} goals={[{ id: 'g1', position: 0, start: GOAL_START, end: HOSTILE.length, themes: [{ theme: { id: 'procurement', labelSv: 'Offentlig upphandling', labelEn: 'Public procurement' } }] }]} />,
    );
    const text = await screen.findByText(/Inledning/);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onerror], [onmouseover]')).toBeNull();
    expect(text.closest('.doc-text')?.textContent).toContain('<script>window.__pwned = 1</script>');
    expect(window.__pwned).toBeUndefined();
  });

  it('marks each goal where it stands, tagged and linked', async () => {
    renderWithProviders(<DocumentText text={HOSTILE} goals={[{ id: 'g1', position: 0, start: GOAL_START, end: HOSTILE.length, themes: [{ theme: { id: 'procurement', labelSv: 'Offentlig upphandling', labelEn: 'Public procurement' } }] }]} />);
    const goal = await screen.findByRole('link', { name: 'Mål 1: öppna målet' });
    expect(goal.getAttribute('href')).toBe('/mal/g1');
    const mark = goal.closest('mark');
    expect(mark?.id).toBe('mal-1');
    expect(mark?.textContent?.startsWith('Kommunen ska <b onmouseover="alert(1)">upphandla</b> hållbart.')).toBe(true);
    expect(screen.getByRole('link', { name: 'Offentlig upphandling' }).getAttribute('href')).toBe('/tema/procurement');
  });

  it('keeps a hostile title and text inert on the document page', async () => {
    const endpoint = scriptedEndpoint({
      data: {
        document: {
          id: 'd1',
          title: 'Plan <img src=x onerror="window.__pwned=3">',
          kind: 'plan',
          area: null,
          year: 2024,
          adoptedBy: null,
          adoptedOn: null,
          dnr: null,
          path: null,
          hasText: true,
          synthetic: true,
          text: HOSTILE,
          goalCount: 0,
          sections: [{ heading: '<script>alert(1)</script>', start: 0, end: 40 }, { heading: null, start: 40, end: HOSTILE.length }],
          municipality: null,
          organisation: null,
          themes: [],
          goals: { totalCount: 0, edges: [] },
          related: { totalCount: 0, edges: [] },
          reusedPassages: { totalCount: 0, edges: [] },
        },
      },
    });
    const { container } = renderRoute('/dokument/d1', endpoint);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Plan <img src=x onerror="window.__pwned=3">');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('<script>alert(1)</script>');
    expect(container.querySelector('main script, main img')).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('Syntetisk testtext');
    expect(window.__pwned).toBeUndefined();
  });
});
