import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute, scriptedEndpoint } from '../test/render.tsx';

const unavailable = {
  data: null,
  errors: [{ message: 'The graph database is not reachable right now (it may be restarting). Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
};

describe('error states', () => {
  it('explains that the database is down when the API answers SERVICE_UNAVAILABLE, and retries', async () => {
    const endpoint = scriptedEndpoint(unavailable);
    const { router } = renderRoute('/', endpoint);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Databasen är inte tillgänglig just nu');
    expect(alert.textContent).not.toContain('not reachable'); // the UI speaks Swedish, not the server's English
    const before = endpoint.calls.filter((c) => c.operation === 'Start').length;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(endpoint.calls.filter((c) => c.operation === 'Start').length).toBe(before + 1));
    // the page around the error still works: the search box opens the search
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: /Sök i strategidokument/ });
    fireEvent.change(box, { target: { value: 'upphandling' } });
    const scroll = vi.spyOn(window, 'scrollTo').mockImplementation(() => {}); // a new view scrolls to the top; jsdom has no scrolling
    fireEvent.submit(box.form!);
    await waitFor(() => expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sok?q=upphandling'));
    scroll.mockRestore();
  });

  it('says the server cannot be reached when the request itself fails', async () => {
    renderRoute('/', scriptedEndpoint(new TypeError('Failed to fetch')));
    expect((await screen.findByRole('alert')).textContent).toContain('Kan inte nå Strategigrafens server');
  });

  it('says "not found" for an unknown municipality, without a retry button', async () => {
    renderRoute('/kommun/0000', scriptedEndpoint({ data: { municipality: null }, errors: [{ message: 'No municipality with code "0000".', extensions: { code: 'NOT_FOUND' } }] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Hittades inte');
    expect(screen.queryByRole('button', { name: 'Försök igen' })).toBeNull();
  });

  it('shows the server’s explanation for bad input', async () => {
    renderRoute('/sok?q=%22', scriptedEndpoint({ data: null, errors: [{ message: 'The query has an unclosed quote.', extensions: { code: 'BAD_USER_INPUT' } }] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Frågan kunde inte tolkas');
    expect(alert.textContent).toContain('The query has an unclosed quote.');
  });

  it('shows a loading state while waiting', async () => {
    renderRoute('/karta', scriptedEndpoint('pending'));
    const statuses = await screen.findAllByRole('status');
    expect(statuses.some((s) => s.textContent?.includes('Laddar'))).toBe(true);
  });
});
