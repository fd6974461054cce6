import type { MeasurableTarget } from '@strategigrafen/schema';

/**
 * The measurable target of a goal, if it has one. Kinds, in order of preference:
 *  - ranking:    "topp 5 i Svenskt Näringslivs ranking", "bland de 50 bästa", "plats 20"
 *  - percentage: "öka med 10 %", "75 procent av företagen"
 *  - number:     a count with a unit that can be counted ("500 nya arbetstillfällen", "100 företag"), a
 *                measure ("100 Mbit/s", "50 MW") or a value on a scale ("3,5 på en 6-gradig skala")
 *  - benchmark:  a level set by a comparison that is published and can be checked ("nå rikssnittet",
 *                "ligga över länsgenomsnittet", "i nivå med riket")
 *  - deadline:   a year the goal is to be reached by ("till 2025", "senast 2030", "miljökommun 2025")
 * A deadline next to another kind is kept as that target's `deadline`. A year inside a reference in brackets
 * ("(Avfallsplan 2024–2031)") is where the goal comes from, not when it is to be reached.
 */
const RANKING = [
  /\btopp[ -]?(\d{1,3})\b(?:\s+(?:i|på|bland)\s+[^.;:]*?\brank\p{L}*)?/iu,
  /\bbland (?:de|landets|Sveriges|länets) (\d{1,3}) (?:bästa|främsta|högst rankade)\b(?: \p{L}+){0,3}/iu,
  /\b(?:plats|placering) (?:nummer |nr )?(\d{1,3})\b(?: (?:i|på) [^.;:]*?\brank\p{L}*)?/iu,
];
const PERCENTAGE = /(\d{1,3}(?:[,.]\d+)?)\s?(?:%|procent)(?:\s+(?:av|fler|färre|lägre|högre)(?:\s+\p{L}+){0,2})?/iu;
const COUNTABLE =
  'företag|nya företag|arbetstillfällen|jobb|nya jobb|invånare|bostäder|lägenheter|besökare|gästnätter|elever|deltagare|' +
  'anställda|medarbetare|platser|etableringar|nyetableringar|kronor|kr|mkr|miljoner|miljarder|hektar|kvadratmeter|kvm|' +
  'dagar|veckor|timmar|träffar|besök|företagsbesök|evenemang|studenter|praktikplatser|lärlingar|utbildningsplatser|' +
  'medborgare|personer|hushåll|barn|ungdomar|unga|resor|fordon|laddplatser|ton|kilo|kg|km|kilometer|meter|mil|' +
  'mbit/s|gbit/s|kw|mw|gw|kwh|mwh|gwh|twh';
const NUMBER = new RegExp(`(?<![\\d/§-])\\b(\\d{1,3}(?:[  ]\\d{3})+|\\d+(?:,\\d+)?)\\s+(?:nya\\s+)?(${COUNTABLE})(?![\\p{L}])`, 'iu');
/** "minst 8 svåra hämtställen", "högst 20 elever per grupp": a bound on a count of anything */
const BOUND = /(?<!\p{L})(?:minst|högst|max(?:imalt)?|som mest|som minst|fler än|färre än)\s+(\d{1,3}(?:[  ]\d{3})+|\d+(?:,\d+)?)\s+((?:\p{L}+\s+)?\p{L}+)/iu;
/** "1–2 ggr per år", "4 gånger om året": how often */
const FREQUENCY = /(?<![\d,])(\d+)(?:\s*[-–]\s*(\d+))?\s*(?:ggr|gånger)\s+(?:per|om|i)\s+(år|året|månad|månaden|vecka|veckan|termin|terminen|kvartal)(?!\p{L})/iu;
const SCALE = /(?<![\d,])(\d+(?:,\d+)?)\s+(?:på|av)\s+en\s+(\d+)-gradig\s+skala/iu;
/** "nå rikssnittet", "över länsgenomsnittet", "i nivå med riket", "en riksgenomsnittlig placering" */
const BENCHMARK =
  /(?<!\p{L})(?:nå|når|uppnå|över|under|bättre än|i nivå med|i paritet med)\s+(?:minst\s+)?(?:riks|läns|rikets|länets|landets)\s?(?:snitt|genomsnitt|medel)\p{L}*|\b(?:riks|läns)genomsnittliga?\s+(?:placering|nivå)|\bi nivå med (?:riket|länet)\b/iu;
/** a reference in brackets that names a document: "(Avfallsplan 2024–2031)", "(prop. 2008/09:1)" */
const REFERENCE = /\((?=[^()]*(?:plan|program|strategi|policy|prop\.|SFS|kap\.))[^()]*\)/giu;
const DEADLINE = /(?<![\p{L}\p{N}])(?:(?:senast|till|före|innan|fram till|inför|år|by|under|inom)\s+(?:år\s+)?)?(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/giu;
const EXPLICIT_DEADLINE = /^(?:senast|till|före|innan|fram till|inför|år|by)\b|[-–]/iu;

/** a number that is a year ("2025"), not a count */
const isYear = (digits: string): boolean => /^(?:19|20)\d{2}$/.test(digits);

function numberOf(text: string): number {
  return Number(text.replace(/[  ]/g, '').replace(',', '.'));
}

/** A year the goal should be reached by: after "till/senast/före…", the end of a range, or at the very end of the goal. */
function deadlineOf(goal: string): { year: number; text: string } | null {
  const plain = goal.replace(REFERENCE, '').replace(/[\s.!]+$/, '').trimEnd();
  for (const match of plain.matchAll(DEADLINE)) {
    const year = Number(match[1]);
    const atEnd = match.index + match[0].length === plain.length;
    if (EXPLICIT_DEADLINE.test(match[0]) || atEnd) return { year, text: match[0].trim() };
  }
  return null;
}

export function measurableTarget(goal: string): MeasurableTarget | null {
  const deadline = deadlineOf(goal);
  const withDeadline = (target: MeasurableTarget): MeasurableTarget =>
    deadline ? { ...target, deadline: deadline.year } : target;

  for (const pattern of RANKING) {
    const m = pattern.exec(goal);
    if (m) return withDeadline({ text: m[0].trim(), kind: 'ranking', value: Number(m[1]) });
  }
  const percentage = PERCENTAGE.exec(goal);
  if (percentage) {
    return withDeadline({ text: percentage[0].trim(), kind: 'percentage', value: numberOf(percentage[1]!), unit: '%' });
  }
  const number = NUMBER.exec(goal);
  if (number && !isYear(number[1]!)) {
    return withDeadline({ text: number[0].trim(), kind: 'number', value: numberOf(number[1]!), unit: number[2]!.toLowerCase() });
  }
  const bound = BOUND.exec(goal);
  if (bound && !isYear(bound[1]!)) {
    return withDeadline({ text: bound[0].trim(), kind: 'number', value: numberOf(bound[1]!), unit: bound[2]!.toLowerCase() });
  }
  const frequency = FREQUENCY.exec(goal);
  if (frequency) return withDeadline({ text: frequency[0].trim(), kind: 'number', value: Number(frequency[2] ?? frequency[1]), unit: `gånger per ${frequency[3]!.replace(/(?:et|en)$/u, '')}` });
  const scale = SCALE.exec(goal);
  if (scale) return withDeadline({ text: scale[0].trim(), kind: 'number', value: numberOf(scale[1]!), unit: `av ${scale[2]}` });
  const benchmark = BENCHMARK.exec(goal);
  if (benchmark) return withDeadline({ text: benchmark[0].trim(), kind: 'benchmark' });
  if (deadline) return { text: deadline.text, kind: 'deadline', value: deadline.year, deadline: deadline.year };
  return null;
}
