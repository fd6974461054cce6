/** The municipality page in jsdom against a scripted API. Municipalities, documents and goals are invented. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, scriptedEndpoint } from '../../../test/render.tsx';

const procurement = { id: 'procurement', labelSv: 'Offentlig upphandling', labelEn: 'Public procurement' };
const tourism = { id: 'tourism', labelSv: 'Besöksnäring', labelEn: 'Tourism' };

const municipalityData = {
  municipality: {
    code: 'S001',
    name: 'Norrvik',
    documentCount: 2,
    goalCount: 3,
    county: { code: 'S0', name: 'Påhittade län', region: null },
    themeProfile: [
      { weight: 1.25, share: 1, documentCount: 2, goalCount: 2, theme: procurement },
      { weight: 0.5, share: 0.4, documentCount: 1, goalCount: 1, theme: tourism },
    ],
    documents: {
      totalCount: 2,
      edges: [
        { node: { id: 'd-plan', title: 'Upphandlingsplan för Norrvik', kind: 'plan', year: 2024, hasText: true, goalCount: 2, synthetic: true, organisation: null } },
        { node: { id: 'd-old', title: 'Besöksstrategi', kind: 'strategi', year: 2019, hasText: false, goalCount: 0, synthetic: false, organisation: { name: 'Norrvik Turism AB' } } },
      ],
    },
    organisations: { edges: [{ node: { id: 'o-turism', name: 'Norrvik Turism AB', kind: 'bolag' } }] },
  },
  similarMunicipalities: {
    edges: [
      {
        score: 0.734,
        themeSimilarity: 0.8,
        similarGoalCount: 5,
        node: { code: 'S003', name: 'Solvik', county: { name: 'Påhittade län' } },
        sharedThemes: [procurement, tourism],
      },
    ],
  },
  municipalities: {
    edges: [
      { node: { code: 'S001', name: 'Norrvik' } },
      { node: { code: 'S003', name: 'Solvik' } },
    ],
  },
};

const goalsData = {
  municipality: {
    code: 'S001',
    goals: {
      totalCount: 3,
      edges: [
        { node: { id: 'g1', text: 'Kommunen ska upphandla hållbart.', level: 'GOAL', measurable: false, themes: [{ weight: 0.9, theme: procurement }], document: { id: 'd-plan', title: 'Upphandlingsplan för Norrvik' } } },
        { node: { id: 'g2', text: 'Andelen lokala leverantörer ska öka till 30 procent.', level: 'TARGET', measurable: true, themes: [{ weight: 0.6, theme: procurement }, { weight: 0.4, theme: tourism }], document: { id: 'd-plan', title: 'Upphandlingsplan för Norrvik' } } },
        { node: { id: 'g3', text: 'Kommunen ska vara en god arbetsgivare.', level: 'GOAL', measurable: false, themes: [], document: { id: 'd-plan', title: 'Upphandlingsplan för Norrvik' } } },
      ],
    },
  },
};

function municipalityApi() {
  return scriptedEndpoint((operation) => (operation === 'MunicipalityGoals' ? { data: goalsData } : { data: municipalityData }));
}

const region = (name: string) => screen.getByRole('region', { name });

describe('municipality page', () => {
  it('shows the municipality with its profile, goals by theme, documents, similar municipalities and organisations', async () => {
    renderRoute('/kommun/S001', municipalityApi());
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Norrvik');
    expect(screen.getByText('Kommun i Påhittade län').className).toBe('kicker');
    expect(screen.getByRole('link', { name: 'Visa nätverk' }).getAttribute('href')).toBe('/natverk?kommun=S001');
    expect(screen.getByRole('note').textContent).toContain('Påhittad kommun');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Temaprofil', 'Mål per tema', 'Dokument', 'Liknande kommuner', 'Organisationer']);

    const profile = region('Temaprofil');
    expect((await within(profile).findByRole('img')).getAttribute('aria-label')).toBe('Stapeldiagram: temaprofil för Norrvik');
    expect(within(profile).getByRole('link', { name: 'Besöksnäring' }).getAttribute('href')).toBe('/tema/tourism');

    const goals = region('Mål per tema');
    await within(goals).findByRole('link', { name: 'Kommunen ska upphandla hållbart.' });
    // a goal about two themes is listed under both; a goal without theme under "Utan tema", last
    expect([...goals.querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['Offentlig upphandling (2)', 'Besöksnäring (1)', 'Utan tema (1)']);
    expect(within(goals).getAllByRole('link', { name: /lokala leverantörer/ })).toHaveLength(2);

    const documents = region('Dokument');
    const rows = within(documents).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Upphandlingsplan för Norrviksyntetiskt', 'Besöksstrategibara titel']);
    expect(within(rows[1]!).getAllByRole('cell')[2]!.textContent).toBe('Norrvik Turism AB');

    const similar = region('Liknande kommuner');
    expect(within(similar).getByRole('link', { name: 'Solvik' }).getAttribute('href')).toBe('/kommun/S003');
    expect(within(similar).getByRole('link', { name: 'Jämför med Solvik' }).getAttribute('href')).toBe('/jamfor?kommuner=S001%2CS003');

    expect(within(region('Organisationer')).getByRole('cell', { name: 'bolag' }).closest('tr')?.textContent).toBe('Norrvik Turism ABbolag');
  });

  it('filters goals by theme through the URL', async () => {
    const endpoint = municipalityApi();
    const { router } = renderRoute('/kommun/S001', endpoint);
    fireEvent.change(await screen.findByLabelText('Tema'), { target: { value: 'tourism' } });
    await waitFor(() => expect(router.state.location.search).toBe('?tema=tourism'));
    await waitFor(() => expect(endpoint.calls.filter((c) => c.operation === 'MunicipalityGoals').at(-1)?.variables).toEqual({ code: 'S001', theme: 'tourism' }));
    await waitFor(() => expect([...region('Mål per tema').querySelectorAll('summary')].map((s) => s.textContent)).toEqual(['Besöksnäring (1)']));
  });
});
