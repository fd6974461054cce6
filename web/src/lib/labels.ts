/** Data values shown in the current UI language. */
import type { Language } from '../i18n/i18n.tsx';

export interface Labelled {
  labelSv: string;
  labelEn: string;
}

export function themeLabel(theme: Labelled, lang: Language): string {
  return lang === 'en' ? theme.labelEn : theme.labelSv;
}

/** "0.734" → "73 %" in Swedish, "73%" in English */
export function percent(share: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A score or weight with two decimals */
export function decimal(value: number, lang: Language, digits = 2): string {
  return new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Absolute URL of a view, for exports that are read outside the explorer */
export function absolute(path: string): string {
  return new URL(path, window.location.origin).toString();
}
