/**
 * Folds the accents that Swedish text uses inconsistently (idé/ide, Renée, café, müsli) to plain
 * letters, keeping å, ä and ö, which are letters of their own in Swedish.
 */
const FOLD = /[\u00C0-\u00C3\u00C8-\u00CB\u00CC-\u00CF\u00D2-\u00D5\u00D9-\u00DC\u00E0-\u00E3\u00E8-\u00EB\u00EC-\u00EF\u00F2-\u00F5\u00F9-\u00FC\u00C7\u00E7\u00D1\u00F1]/g;

export function foldDiacritics(text: string): string {
  return text.replace(FOLD, (ch) => ch.normalize('NFD').replace(/\p{M}/gu, ''));
}
