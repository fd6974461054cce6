import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, scriptedEndpoint } from '../test/render.tsx';
import { en } from './messages.en.ts';
import { sv } from './messages.sv.ts';
import { translate } from './i18n.tsx';

describe('translate', () => {
  it('fills placeholders and picks plural forms', () => {
    expect(translate('sv', 'search.hits', { count: 1 })).toBe('1 träff');
    expect(translate('sv', 'search.hits', { count: 12 })).toBe('12 träffar');
    expect(translate('en', 'count.municipalities', { count: 1 })).toBe('1 municipality');
    expect(translate('en', 'count.municipalities', { count: 2 })).toBe('2 municipalities');
    expect(translate('sv', 'search.titleFor', { q: 'upphandling' })).toBe('Sökning: upphandling');
  });

  it('formats numbers the Swedish way in Swedish', () => {
    expect(translate('sv', 'count.goals', { count: 12345 })).toBe('12\u00a0345 mål');
    expect(translate('en', 'count.goals', { count: 12345 })).toBe('12,345 goals');
  });

  it('has every Swedish message in English and no placeholder lost in translation', () => {
    const placeholders = (m: unknown) => [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(en[key], key).toBeDefined();
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });
});

describe('language switch', () => {
  it('is Swedish first, switches the whole UI to English, follows on <html lang> and is remembered', async () => {
    const endpoint = scriptedEndpoint({ data: null, errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    const first = renderRoute('/jamfor', endpoint);
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Karta' }).getAttribute('href')).toBe('/karta');
    expect(document.documentElement.lang).toBe('sv');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jämför kommuner');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    const navEn = screen.getByRole('navigation', { name: 'Main menu' });
    expect(within(navEn).getByRole('link', { name: 'Map' }).getAttribute('href')).toBe('/karta');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Compare municipalities');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('strategigrafen.lang')).toBe('en');
    first.unmount();

    // a later visit starts in English
    renderRoute('/jamfor', endpoint);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Compare municipalities');
    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Jämför kommuner');
    expect(document.documentElement.lang).toBe('sv');
  });
});
