/**
 * UI language: Swedish first, English on request. The choice is persisted in localStorage and
 * mirrored on <html lang> so screen readers and hyphenation follow it.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages.en.ts';
import { sv, type MessageKey, type Message } from './messages.sv.ts';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'strategigrafen.lang';
const CATALOGUES: Record<Language, Record<MessageKey, Message>> = { sv, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export interface I18n {
  lang: Language;
  setLang: (lang: Language) => void;
  t: Translate;
  /** numbers formatted for the current language (thin spaces in Swedish) */
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string;
  /** a data value with a translation under `${prefix}.${value}` (document kinds, goal levels), else the value itself */
  label: (prefix: 'kind' | 'level', value: string) => string;
}

/** Fills `{name}` placeholders; a message with `one`/`other` forms picks one by `{count}`. */
export function translate(lang: Language, key: MessageKey, params: Params = {}): string {
  const message = CATALOGUES[lang][key];
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(params.count ?? 0);
    template = new Intl.PluralRules(lang).select(count) === 'one' ? message.one : message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(lang) : value;
  });
}

export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'sv' || stored === 'en') return stored;
  } catch {
    // storage can be disabled (private mode, strict cookie settings); Swedish is the default
  }
  return 'sv';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [lang, setLangState] = useState<Language>(() => initial ?? storedLanguage());

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not persisted, but the switch still applies for this visit
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      formatNumber: (n, options) => n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', options),
      label: (prefix, value) => {
        const key = `${prefix}.${value}`;
        return key in sv ? translate(lang, key as MessageKey) : value;
      },
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() must be used inside <I18nProvider>');
  return i18n;
}

export type { MessageKey };
