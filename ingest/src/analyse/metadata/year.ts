/**
 * The year a document belongs to, in order of trust:
 *  1. the adoption date ("Antagen av kommunfullmäktige 25 januari 2016" → 2016);
 *  2. a year in the title that dates the document ("Verksamhetsplan 2011", "Handlingsplan näringslivsfunktionen
 *     2019", "Näringslivsprogram 2016–2020" → 2016) — but not a target year: a year after vision, strategi,
 *     agenda, framtidsbild, målbild, mål, mot, inför, till or år names the horizon ("Vision 2030",
 *     "Plattform för Strategi 2020", "Mål 2025"), and a year fused into a name ("VG2020") is part of the name;
 *  3. the year of the diarienummer ("KS 2012/817" → 2012), the year the matter was registered;
 *  4. otherwise unknown (null). Years in a diarienummer in the title are not read as title years.
 */
import type { Dnr } from './dnr.js';

const TITLE_YEAR = /(?<![\p{L}\p{N}/.:-])((?:19[5-9]|20\d)\d)(?:\s*[-–—]\s*(?:19|20)?\d{2})?(?![\p{L}\p{N}/])/gu;
/** The word before a target year: "Vision 2030", "Näringslivsstrategi 2020", "mot 2025", "Mål 2030". */
const TARGET_BEFORE = /(?:(?:vision|strategi|agenda|framtidsbild|målbild)\p{L}*|(?<![\p{L}])(?:mål|mot|inför|till|år|horisont))\s*$/iu;

function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** The first year in the title that dates the document rather than naming a target. */
export function titleYear(title: string, dnrSpans: readonly { start: number; end: number }[] = []): number | null {
  const text = blankOut(title, dnrSpans);
  for (const m of text.matchAll(TITLE_YEAR)) {
    const isRange = m[0].length > 4;
    if (!isRange && TARGET_BEFORE.test(text.slice(0, m.index))) continue;
    return Number(m[1]);
  }
  return null;
}

/** @param titleDnrs the diarienummer found in the title, whose years are not title years */
export function documentYear(title: string, adoptedOn: string | null, titleDnrs: readonly Dnr[], dnr: Dnr | null): number | null {
  if (adoptedOn) return Number(adoptedOn.slice(0, 4));
  return titleYear(title, titleDnrs) ?? dnr?.year ?? null;
}
