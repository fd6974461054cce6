import type { MeasurableTarget } from '@strategigrafen/schema';

/**
 * The measurable target of a goal, if it has one. Kinds, in order of preference:
 *  - ranking:    "topp 5 i Svenskt Näringslivs ranking", "bland de 50 bästa", "plats 20"
 *  - percentage: "öka med 10 %", "75 procent av företagen"
 *  - number:     a count with a unit that can be counted ("500 nya arbetstillfällen", "100 företag")
 *  - deadline:   a year the goal is to be reached by ("till 2025", "senast 2030", "miljökommun 2025")
 * A deadline next to another kind is kept as that target's `deadline`.
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
  'dagar|veckor|timmar|träffar|besök|företagsbesök|evenemang|studenter|praktikplatser|lärlingar|utbildningsplatser';
const NUMBER = new RegExp(`(?<![\\d/§-])\\b(\\d{1,3}(?:[  ]\\d{3})+|\\d+)\\s+(?:nya\\s+)?(${COUNTABLE})\\b`, 'iu');
const DEADLINE = /(?<![\p{L}\p{N}])(?:(?:senast|till|före|innan|fram till|inför|år|by|under|inom)\s+(?:år\s+)?)?(?:\d{4}\s*[-–]\s*)?((?:19|20)\d{2})\b/giu;
const EXPLICIT_DEADLINE = /^(?:senast|till|före|innan|fram till|inför|år|by)\b|[-–]/iu;

function numberOf(text: string): number {
  return Number(text.replace(/[  ]/g, '').replace(',', '.'));
}

/** A year the goal should be reached by: after "till/senast/före…", the end of a range, or at the very end of the goal. */
function deadlineOf(goal: string): { year: number; text: string } | null {
  const plain = goal.replace(/[.!]+$/, '').trimEnd();
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
  if (number && !/^(?:19|20)\d{2}$/.test(number[1]!)) {
    return withDeadline({ text: number[0].trim(), kind: 'number', value: numberOf(number[1]!), unit: number[2]!.toLowerCase() });
  }
  if (deadline) return { text: deadline.text, kind: 'deadline', value: deadline.year, deadline: deadline.year };
  return null;
}
