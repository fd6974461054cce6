/** The "goals like my draft" box in jsdom against a scripted API. Texts and municipalities are synthetic. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, scriptedEndpoint, type Answer } from '../test/render.tsx';
import { GoalsLikeBox } from './GoalsLikeBox.tsx';

const DRAFT = 'Det ska bli lättare att ta sig till våra turistmål med buss och cykel';

const match = {
  score: 0.6204,
  sharedTerms: ['kollektivtrafiken', 'cykelvägarna'],
  node: {
    id: 'g-solvik-3',
    text: 'Kommunen ska förbättra kollektivtrafiken och cykelvägarna till besöksmålen.',
    position: 2,
    municipality: { code: 'S003', name: 'Solvik' },
    document: { id: 'd-solvik', title: 'Besöksnäringsstrategi för Solvik', year: 2024, synthetic: true },
  },
};

const answer = (edges: unknown[], engine = 'SIMILAR') => ({ data: { goalsLike: { engine, totalCount: edges.length, edges } } });

const municipalities = {
  data: {
    municipalities: {
      edges: [
        { node: { code: 'S001', name: 'Norrvik' } },
        { node: { code: 'S003', name: 'Solvik' } },
      ],
    },
  },
};

function api(goalsLike: Answer) {
  return scriptedEndpoint((operation, variables) => (operation === 'GoalsLikeMunicipalities' ? municipalities : typeof goalsLike === 'function' ? goalsLike(operation, variables) : goalsLike));
}

const likeCalls = (endpoint: ReturnType<typeof api>) => endpoint.calls.filter((c) => c.operation === 'GoalsLike');

function write(text: string) {
  fireEvent.change(screen.getByLabelText('Ditt mål'), { target: { value: text } });
}

describe('GoalsLikeBox', () => {
  it('lists the goals like a draft with municipality, document, score and the shared words marked', async () => {
    const endpoint = api(answer([match]));
    renderWithProviders(<GoalsLikeBox id="goals-like" />, endpoint);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Skriv ett mål – se hur andra kommuner formulerat det');
    expect(likeCalls(endpoint)).toHaveLength(0);

    write(`  ${DRAFT}  `);
    fireEvent.click(screen.getByRole('button', { name: 'Visa liknande mål' }));
    const row = (await screen.findByRole('link', { name: /förbättra kollektivtrafiken/ })).closest('tr')!;
    expect(likeCalls(endpoint)).toEqual([{ operation: 'GoalsLike', variables: { text: DRAFT, first: 10, filter: null } }]);

    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toMatch(/62\s?%/);
    expect([...cells[1]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['kollektivtrafiken', 'cykelvägarna']);
    expect(within(row).getByRole('link', { name: /förbättra kollektivtrafiken/ }).getAttribute('href')).toBe('/mal/g-solvik-3');
    expect(within(row).getByRole('link', { name: 'Solvik' }).getAttribute('href')).toBe('/kommun/S003');
    expect(within(row).getByRole('link', { name: 'Besöksnäringsstrategi för Solvik' }).getAttribute('href')).toBe('/dokument/d-solvik#mal-3');
    expect(row.textContent).toContain('syntetiskt');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('1 liknande mål');
    // the answer is announced: it sits in a polite live region
    expect(row.closest('[aria-live="polite"]')).toBeTruthy();
  });

  it('submits on Ctrl+Enter, leaves out the goal page\'s own municipality unless told otherwise', async () => {
    const endpoint = api(answer([match]));
    renderWithProviders(<GoalsLikeBox id="goals-like" own={{ code: 'S001', name: 'Norrvik' }} />, endpoint);
    write(DRAFT);
    fireEvent.keyDown(screen.getByLabelText('Ditt mål'), { key: 'Enter', ctrlKey: true });
    await screen.findByRole('link', { name: 'Solvik' });
    expect(likeCalls(endpoint).at(-1)!.variables).toEqual({ text: DRAFT, first: 10, filter: { municipality: 'S001' } });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Utelämna mål från Norrvik' }));
    fireEvent.keyDown(screen.getByLabelText('Ditt mål'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(likeCalls(endpoint).at(-1)!.variables).toEqual({ text: DRAFT, first: 10, filter: null }));
    // a plain Enter is a new line, not a search
    const before = likeCalls(endpoint).length;
    fireEvent.keyDown(screen.getByLabelText('Ditt mål'), { key: 'Enter' });
    expect(likeCalls(endpoint)).toHaveLength(before);
  });

  it('lets the start page name the user\'s own municipality, whose goals are then left out', async () => {
    const endpoint = api(answer([match]));
    renderWithProviders(<GoalsLikeBox id="goals-like" pickOwn />, endpoint);
    const picker = await screen.findByLabelText('Min kommun (dess egna mål utelämnas)');
    fireEvent.change(picker, { target: { value: 'S001' } });
    write(DRAFT);
    fireEvent.click(screen.getByRole('button', { name: 'Visa liknande mål' }));
    await screen.findByRole('link', { name: 'Solvik' });
    expect(likeCalls(endpoint).at(-1)!.variables).toMatchObject({ filter: { municipality: 'S001' } });
  });

  it('asks for a draft instead of sending an empty one', () => {
    const endpoint = api(answer([match]));
    renderWithProviders(<GoalsLikeBox id="goals-like" />, endpoint);
    write('   ');
    fireEvent.click(screen.getByRole('button', { name: 'Visa liknande mål' }));
    expect(screen.getByRole('alert').textContent).toBe('Skriv ett mål först.');
    expect(screen.getByLabelText('Ditt mål').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Ditt mål'));
    expect(likeCalls(endpoint)).toHaveLength(0);
  });

  it('shows loading, empty and error states like the other views', async () => {
    renderWithProviders(<GoalsLikeBox id="goals-like" />, api('pending'));
    write(DRAFT);
    fireEvent.click(screen.getByRole('button', { name: 'Visa liknande mål' }));
    expect((await screen.findByRole('status')).textContent).toContain('Laddar');
  });

  it('says so when nothing is like the draft', async () => {
    renderWithProviders(<GoalsLikeBox id="goals-like" />, api(answer([])));
    write('Något helt annat');
    fireEvent.click(screen.getByRole('button', { name: 'Visa liknande mål' }));
    expect((await screen.findByText('Inga liknande mål hittades')).closest('[aria-live="polite"]')).toBeTruthy();
  });

  it('explains that the database is down, and tries again', async () => {
    const endpoint = api({ data: null, errors: [{ message: 'The graph database is not reachable right now.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    renderWithProviders(<GoalsLikeBox id="goals-like" />, endpoint);
    write(DRAFT);
    fireEvent.click(screen.getByRole('button', { name: 'Visa liknande mål' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Databasen är inte tillgänglig just nu');
    const before = likeCalls(endpoint).length;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(likeCalls(endpoint).length).toBe(before + 1));
  });

  it('marks answers from the full-text fallback, and speaks English', async () => {
    renderWithProviders(<GoalsLikeBox id="goals-like" />, api(answer([match], 'FULLTEXT')), 'en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Write a goal – see how other municipalities put it');
    fireEvent.change(screen.getByLabelText('Your goal'), { target: { value: DRAFT } });
    fireEvent.click(screen.getByRole('button', { name: 'Show similar goals' }));
    expect((await screen.findByRole('note')).textContent).toContain('still being prepared');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('1 similar goal');
  });
});
