/**
 * How Swedish texts write the names of municipalities and counties: genitives, variant spellings,
 * and which names are too ordinary to be trusted on their own.
 */
import { COUNTIES, type CountyFact } from './counties.js';

/**
 * Municipalities whose name is also an ordinary Swedish word, a common first name or surname, or a
 * common noun in its definite form. A bare mention of these ("Mark och lokaler", "Vara en attraktiv
 * arbetsgivare", "Per Lund") says nothing about the municipality; they count only in unambiguous
 * forms such as "Mora kommun", "Sala kommuns" or a title naming the place ("Näringslivsstrategi för Mora").
 * Reviewed one by one against all 290 names:
 *  - ordinary words: Mark (ground), Ale (ale; also a name), Vara (to be; goods), Berg (mountain),
 *    Kil (wedge), Boden (the shed), Klippan (the rock), Säter (summer pasture), Älvdalen (the river valley)
 *  - first names / surnames: Nora, Mora, Lund, Berg, Norberg, Dorotea, Vilhelmina, Sala
 *  - short names easily produced by OCR, abbreviations or foreign words: Eda, Hjo, Bjuv, Habo, Orsa, Tierp
 * Deliberately not listed: Bollnäs, Ljusdal and the like — no ordinary reading, so a bare mention is a
 * (weak) signal for the municipality.
 */
export const AMBIGUOUS_MUNICIPALITY_NAMES: ReadonlySet<string> = new Set([
  'Ale',
  'Berg',
  'Bjuv',
  'Boden',
  'Dorotea',
  'Eda',
  'Habo',
  'Hjo',
  'Kil',
  'Klippan',
  'Lund',
  'Mark',
  'Mora',
  'Nora',
  'Norberg',
  'Orsa',
  'Sala',
  'Säter',
  'Tierp',
  'Vara',
  'Vilhelmina',
  'Älvdalen',
]);

/**
 * Other ways texts write a municipality's own name, keyed by SCB code: the old genitive stem of Falun
 * ("Falu kommun"), hyphens written as spaces, and the former name of Region Gotland.
 */
export const MUNICIPALITY_NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  '0139': ['Upplands Bro'],
  '0114': ['Upplands-Väsby'],
  '1438': ['Dals Ed'],
  '2023': ['Malung Sälen'],
  '2080': ['Falu'],
  '0980': ['Region Gotland'],
};

/**
 * Colloquial and abbreviated names that web pages, newsletters and social media use for a municipality's
 * main town ("Ö-vik", "Sthlm", "Gbg"), keyed by SCB code. They are weak evidence, like a bare name, and
 * never form an official "<name> kommun".
 */
export const MUNICIPALITY_COLLOQUIAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  '0180': ['Sthlm'],
  '0580': ['Lkpg'],
  '0680': ['Jkpg'],
  '1283': ['Hbg'],
  '1480': ['Gbg'],
  '2284': ['Ö-vik', 'Övik'],
};

/**
 * Seats whose name is itself an ordinary word or shared by several places ("Handen" = the hand, "Ed",
 * "Broby"): they are not used as aliases of their municipality.
 */
export const AMBIGUOUS_SEAT_NAMES: ReadonlySet<string> = new Set(['Ed', 'Handen', 'Broby']);

/** The Swedish genitive of a place name: "Lerums", but "Borås", "Kalix" unchanged. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** The county's short name as used in "Region Jämtland", "Länsstyrelsen Skåne": "Jämtlands län" → "Jämtland". */
export function countyShortName(county: Pick<CountyFact, 'name'>): string {
  return county.name.replace(/ län$/, '').replace(/s$/, '');
}

/** Extra short names of counties/landscapes used in region names, keyed by county code. */
export const COUNTY_NAME_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  '04': ['Sörmland'],
  '23': ['Jämtland Härjedalen'],
};

/** All short names a county is known by, longest first ("Jämtland Härjedalen" before "Jämtland"). */
export function countyShortNames(code: string): string[] {
  const county = COUNTIES.find((c) => c.code === code);
  if (!county) return [];
  return [countyShortName(county), ...(COUNTY_NAME_VARIANTS[code] ?? [])].sort((a, b) => b.length - a.length);
}
