/**
 * Who adopted the document and when: "Antagen av kommunfullmäktige 25 januari 2016" → kommunfullmäktige,
 * 2016-01-25; "Antaget av kommunstyrelsen 2010-" → kommunstyrelsen, 2010; "Antagen av KF" →
 * kommunfullmäktige; "FASTSTÄLLD AV KOMMUNFULLMÄKTIGE"; "Beslutad i KS 2016-02-24 § 23".
 * The date must follow the body directly (after "den", "§ n", commas): in "Antagen av KF , 145. Vision 2030"
 * 145 is a paragraph number and 2030 a target year, so the date is unknown.
 * Dates are ISO (yyyy-mm-dd), or yyyy when only the year is written. The title is read before the body.
 */

export interface Adoption {
  adoptedBy: string | null;
  adoptedOn: string | null;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const VERB = '(?<![\\p{L}])(?:antagen|antaget|antagna|fastställd|fastställt|fastställda|beslutad|beslutat|beslutade|godkänd|godkänt|godkända|reviderad|reviderat)';
/** "barn- och utbildningsnämnden", "bygg-, miljö- och hälsoskyddsnämnden" are names of one committee */
const COMMITTEE = '(?:\\p{L}+-(?:,\\s*\\p{L}+-)*\\s+och\\s+)?\\p{L}*nämnden';
const BODY = `(kommunfullmäktige|kommunstyrelsen|regionfullmäktige|regionstyrelsen|landstingsfullmäktige|fullmäktige|KF|KS|RF|RS|${COMMITTEE}|styrelsen)(?![\\p{L}])`;
/** "antagen av kommunfullmäktige", "beslutad i KS", "Antagen: KF" */
const ADOPTED_BY = new RegExp(`${VERB}(?:\\s+(?:av|i)\\s+|\\s*:\\s*)${BODY}`, 'iu');
/** "Antagen 2016-01-25", "Fastställd: 25 januari 2016" (no body named) */
const ADOPTED_ON_ONLY = new RegExp(`${VERB}\\s*:?\\s*(?=\\d)`, 'iu');

const DATE_LEAD = /^[\s,:]*(?:den\s+|datum\s+)?(?:(?:§|paragraf)\s*\d+\s*,?\s*)?/iu;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const WRITTEN_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})(?!\\d)`, 'iu');
const YEAR_ONLY = /^((?:19|20)\d{2})(?![\d/])/;

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  kf: 'kommunfullmäktige',
  ks: 'kommunstyrelsen',
  rf: 'regionfullmäktige',
  rs: 'regionstyrelsen',
};

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  const valid = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A date at the very start of `rest` (after "den", "§ 12," …), or null. */
function dateAt(rest: string): string | null {
  const s = rest.slice((DATE_LEAD.exec(rest)?.[0] ?? '').length, 80);
  const iso = ISO_DATE.exec(s);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const written = WRITTEN_DATE.exec(s);
  if (written) return isoDate(Number(written[3]), MONTHS.indexOf(written[2]!.toLowerCase()) + 1, Number(written[1]));
  const year = YEAR_ONLY.exec(s);
  return year ? year[1]! : null;
}

function adoptionIn(text: string): Adoption | null {
  const withBody = ADOPTED_BY.exec(text);
  if (withBody) {
    const written = withBody[1]!.replace(/\s+/g, ' ').toLowerCase();
    const rest = text.slice(withBody.index + withBody[0].length);
    return { adoptedBy: ABBREVIATIONS[written] ?? written, adoptedOn: dateAt(rest) };
  }
  const dateOnly = ADOPTED_ON_ONLY.exec(text);
  if (dateOnly) {
    const on = dateAt(text.slice(dateOnly.index + dateOnly[0].length));
    if (on) return { adoptedBy: null, adoptedOn: on };
  }
  return null;
}

export function readAdoption(title: string, text: string): Adoption {
  return adoptionIn(title) ?? adoptionIn(text) ?? { adoptedBy: null, adoptedOn: null };
}
