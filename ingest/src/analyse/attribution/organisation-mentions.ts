/**
 * Finds bodies other than municipalities that a text names: county administrative boards, regions,
 * municipal companies, universities and national bodies.
 *
 *  - explicit: the body's own name ("Länsstyrelsen Jämtlands län", "Region Gävleborg",
 *    "Västra Götalandsregionen", "VG2020", "Koncernen Stockholm Business Region", "Stokab",
 *    "Business Region Göteborg AB", "Universitetsbiblioteket", "Lunds universitet", "Arena för Tillväxt");
 *  - weak: a place or sector that points to a body without naming it: a county ("Jämtlands län",
 *    "Överenskommelsen Värmland" → the county's region) or a national sector ("för svenskt vattenbruk").
 *
 * Municipal companies carry the SCB code of the municipality that owns them. Companies named after a
 * municipality are found by pattern over the gazetteer's names — "Skellefteå Kraft AB", "Göteborgs Hamn",
 * "Umeå Energi", "Uppsala Vatten och Avfall", "Halmstad Business Region", "Kalmarhem", "Mölndalsbostäder",
 * "Destination Ystad", "Visit Växjö" — and owned by that municipality (its name written as the gazetteer
 * spells it, with its capital). A destination company named after another place ("Visit Hemavan Tärnaby")
 * is a company of no known owner; one named after a county ("Visit Skåne") belongs to the county. A few
 * companies whose name does not reveal the owner are listed.
 *
 * Regional bodies: "Region Gävleborg", "Region Värmlands", "Regionförbundet i Kalmar län",
 * "Landstinget Dalarna", "Stockholms läns landsting" (the last three by the name the text uses, as they are
 * the bodies the regions replaced). Joint bodies of municipalities (kind "other"): "Kommunalförbundet X",
 * "Göteborgsregionens kommunalförbund", "Kommunförbundet Norrbotten", "Norrbottens Kommuner".
 */
import type { OrganisationKind, OrganisationRef } from '@strategigrafen/schema';
import {
  AMBIGUOUS_MUNICIPALITY_NAMES,
  COUNTIES,
  MUNICIPALITIES,
  MUNICIPALITY_NAME_VARIANTS,
  MUNICIPALITY_SEATS,
  countyShortNames,
  genitive,
} from '@strategigrafen/schema';
import { slugify } from './ascii.js';

export interface OrganisationMention {
  organisation: OrganisationRef;
  start: number;
  end: number;
  strength: 'explicit' | 'weak';
}

function organisation(name: string, kind: OrganisationKind, partOf: { municipality?: string; county?: string } = {}) {
  const ref: OrganisationRef = { id: slugify(name), name, kind };
  if (partOf.municipality) ref.partOfMunicipality = partOf.municipality;
  if (partOf.county) ref.partOfCounty = partOf.county;
  return ref;
}

interface Pattern {
  regex: RegExp;
  strength: OrganisationMention['strength'];
  /** the organisation a match names; null to ignore the match */
  organisation: (match: RegExpMatchArray) => OrganisationRef | null;
}

const alternation = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const MUNICIPALITY_NAMES = new Set(MUNICIPALITIES.map((m) => m.name));
const norm = (s: string) => s.replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** County by any of its names: "Jämtlands län", "Jämtland", "Jämtland Härjedalen", "Sörmland". */
const COUNTY_BY_NAME = new Map<string, string>();
for (const c of COUNTIES) {
  COUNTY_BY_NAME.set(norm(c.name), c.code);
  for (const short of countyShortNames(c.code)) COUNTY_BY_NAME.set(norm(short), c.code);
}
const countyCode = (name: string) => COUNTY_BY_NAME.get(norm(name));
/** The gazetteer's spelling of a county name written in any case: "KALMAR LÄN" → "Kalmar län". */
const COUNTY_SPELLING = new Map<string, string>();
for (const c of COUNTIES) for (const n of [c.name, ...countyShortNames(c.code)]) COUNTY_SPELLING.set(norm(n), n);
const FULL_COUNTY_NAMES = alternation(COUNTIES.map((c) => c.name));
const ANY_COUNTY = alternation([...COUNTIES.map((c) => c.name), ...COUNTIES.flatMap((c) => countyShortNames(c.code))]);

/** Short county names that are not also a municipality's name: "Värmland" yes, "Uppsala" and "Gotland" no. */
const BARE_COUNTY_NAMES = COUNTIES.flatMap((c) => countyShortNames(c.code)).filter((n) => !MUNICIPALITY_NAMES.has(n));
/** "Norrbottens", "Skånes": the genitive that names an association of a county's municipalities */
const BARE_COUNTY_GENITIVES = alternation(BARE_COUNTY_NAMES.map((n) => genitive(n)));

/** The region of a county ("13" → Region Halland); null for Gotland, whose region is the municipality. */
export function regionOrganisation(countyCode: string): OrganisationRef | null {
  return region(countyCode);
}

/** Region Gotland: the municipality 0980, which also carries the region's tasks. */
export const REGION_GOTLAND: OrganisationRef = organisation('Region Gotland', 'region', { municipality: '0980', county: '09' });

function region(code: string | undefined): OrganisationRef | null {
  const county = COUNTIES.find((c) => c.code === code);
  // Gotland's region is the municipality itself (Region Gotland, 0980): not an organisation
  if (!county || county.code === '09') return null;
  return organisation(county.region, 'region', { county: county.code });
}

function lansstyrelse(code: string | undefined): OrganisationRef | null {
  const county = COUNTIES.find((c) => c.code === code);
  return county ? organisation(`Länsstyrelsen ${county.name}`, 'länsstyrelse', { county: county.code }) : null;
}

const company = (name: string, owner: string) => () => organisation(name, 'company', { municipality: owner });

/** Municipality names as companies write them, with and without the genitive: "Göteborg", "Göteborgs", "Falu". */
const OWNER_BY_SPELLING = new Map<string, string>();
for (const m of MUNICIPALITIES) {
  for (const name of [m.name, ...(MUNICIPALITY_NAME_VARIANTS[m.code] ?? [])]) {
    if (name.startsWith('Region ')) continue;
    OWNER_BY_SPELLING.set(name, m.code);
    OWNER_BY_SPELLING.set(genitive(name), m.code);
  }
}
const OWNER_NAMES = alternation([...OWNER_BY_SPELLING.keys()]);
const AMBIGUOUS_CODES = new Set(MUNICIPALITIES.filter((m) => AMBIGUOUS_MUNICIPALITY_NAMES.has(m.name)).map((m) => m.code));
/** Places a destination company may be named after: municipalities and their seats ("Destination Sälen" is not one). */
const PLACE_OWNER = new Map<string, string>(MUNICIPALITIES.map((m) => [m.name, m.code]));
for (const [code, seat] of Object.entries(MUNICIPALITY_SEATS)) if (!PLACE_OWNER.has(seat.seat)) PLACE_OWNER.set(seat.seat, code);

/**
 * What follows a municipality's name in the name of a company it owns, as a separate word: "Umeå Energi",
 * "Göteborgs Hamn", "Uppsala Vatten och Avfall", "Halmstad Business Region", "Stockholms Stadshus AB".
 */
const COMPANY_WORDS = [
  'Energi\\s+(?:och|&)\\s+Miljö',
  'Energi\\s+(?:och|&)\\s+Vatten',
  'Vatten\\s+(?:och|&)\\s+(?:Avfall|Miljö)',
  'Business\\s+Region',
  'Energi',
  'Elnät',
  'Fjärrvärme',
  'Kraft',
  'Vatten',
  'Hamn',
  'Stadsnät',
  'Bostäder',
  'Bostads\\s+AB',
  'Fastigheter',
  'Kommunfastigheter',
  'Parkering',
  'Renhållning',
  // "Stockholms Stadshus" alone is the building
  'Stadshus\\s+AB',
];
/**
 * ... and written together with it: "Kalmarhem", "Mölndalsbostäder", "Skövdebostäder", "Stockholmshamnar";
 * not for names that are ordinary words ("Berghem" is a place).
 */
const COMPANY_ENDINGS = ['hem', 'bostäder', 'fastigheter', 'lokaler', 'hamnar'];
const COMPOUND_OWNER_NAMES = alternation([...OWNER_BY_SPELLING].filter(([, code]) => !AMBIGUOUS_CODES.has(code)).map(([name]) => name));
/** not "Karlstads Energi- och klimatstrategi" or "Lerums Energi och klimat": a topic, not a company */
const NOT_A_TOPIC = '(?!-|\\s+(?:och|&)\\s+\\p{Ll})';

function ownedCompany(m: RegExpMatchArray): OrganisationRef | null {
  const owner = OWNER_BY_SPELLING.get((m[1] ?? '').replace(/\s+/g, ' '));
  if (!owner) return null;
  const name = m[0].replace(/\s+/g, ' ').replace(/\s+AB$/, '');
  return organisation(name, 'company', { municipality: owner });
}

/** "Visit Hemavan Tärnaby", "Destination Ystad AB", "Visit Skåne": a destination company, owned where the name says. */
function destinationCompany(m: RegExpMatchArray): OrganisationRef | null {
  const prefix = m[1] ?? '';
  const words = (m[2] ?? '').split(/\s+/).filter((w) => w !== 'AB');
  if (!words.length) return null;
  // the longest run of leading words that names a municipality, seat or county: "Visit Skåne Region …" → Skåne
  for (let n = words.length; n >= 1; n--) {
    const place = words.slice(0, n).join(' ');
    const name = `${prefix} ${place}`;
    const owner = PLACE_OWNER.get(place);
    if (owner) return organisation(name, 'company', { municipality: owner });
    const county = BARE_COUNTY_NAMES.includes(place) ? countyCode(place) : undefined;
    if (county) return organisation(name, 'company', { county });
  }
  const name = `${prefix} ${words.join(' ')}`;
  return name === 'Visit Sweden' ? organisation(name, 'national') : organisation(name, 'company');
}

/** "Regionförbundet i Kalmar län", "Landstinget Dalarna": the body the region replaced, by the name the text uses. */
function formerRegionalBody(m: RegExpMatchArray): OrganisationRef | null {
  const code = countyCode(m[2] ?? '');
  if (!code || code === '09') return null;
  const kind = (m[1] ?? '').toLocaleLowerCase('sv').startsWith('landsting') ? 'Landstinget' : 'Regionförbundet';
  const county = COUNTY_SPELLING.get(norm(m[2] ?? '')) ?? m[2] ?? '';
  return organisation(`${kind}${m[0].match(/\s+i\s+/i) ? ' i' : ''} ${county}`, 'region', { county: code });
}

const joint = (m: RegExpMatchArray) => organisation(m[0].replace(/\s+/g, ' '), 'other');
const named = (name: string, kind: OrganisationKind) => () => organisation(name, kind);
const asWritten = (kind: OrganisationKind) => (m: RegExpMatchArray) => organisation(m[0].replace(/\s+/g, ' '), kind);

const NOT_IN_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_IN_WORD_AFTER = '(?![\\p{L}\\p{N}])';
/** A regex for any of the alternatives, as whole words. */
const words = (alternatives: readonly string[], flags = 'gu') =>
  new RegExp(`${NOT_IN_WORD_BEFORE}(?:${alternatives.join('|')})${NOT_IN_WORD_AFTER}`, flags);
const explicit = (regex: RegExp, organisation: Pattern['organisation']): Pattern => ({ regex, strength: 'explicit', organisation });
const weak = (regex: RegExp, organisation: Pattern['organisation']): Pattern => ({ regex, strength: 'weak', organisation });
const countyIn = (m: RegExpMatchArray) => countyCode(m[1] ?? '');

/** In order of precedence: where two matches overlap, the earlier pattern in this list wins. */
const PATTERNS: readonly Pattern[] = [
  // municipal companies (curated; "koncernen" = the group)
  explicit(words(['(?:[Kk]oncernen\\s+)?Stockholm\\s+Business\\s+Region(?:\\s+AB)?']), company('Stockholm Business Region', '0180')),
  explicit(words(['(?:[Kk]oncernen\\s+)?Stokab(?:\\s+AB)?']), company('Stokab', '0180')),
  explicit(words(['(?:BRG\\s+)?Business\\s+Region\\s+Göteborg(?:\\s+AB)?', 'BRG']), company('Business Region Göteborg', '1480')),
  explicit(words(['Göteborg\\s*&\\s*Co']), company('Göteborg & Co', '1480')),
  // companies named after their owner: "Skellefteå Kraft AB", "Göteborgs Hamn", "Kalmarhem"
  explicit(
    new RegExp(`${NOT_IN_WORD_BEFORE}(${OWNER_NAMES})\\s+(?:${COMPANY_WORDS.join('|')})(?:\\s+AB)?${NOT_A_TOPIC}${NOT_IN_WORD_AFTER}`, 'gu'),
    ownedCompany,
  ),
  explicit(
    new RegExp(`${NOT_IN_WORD_BEFORE}(${COMPOUND_OWNER_NAMES})(?:${COMPANY_ENDINGS.join('|')})(?:\\s+AB)?${NOT_IN_WORD_AFTER}`, 'gu'),
    ownedCompany,
  ),
  explicit(
    new RegExp(`${NOT_IN_WORD_BEFORE}(Destination|Visit)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})${NOT_IN_WORD_AFTER}`, 'gu'),
    destinationCompany,
  ),

  // county administrative boards and regions
  explicit(words([`Länsstyrelsen(?:\\s+i)?\\s+(${ANY_COUNTY})(?:\\s+län)?`], 'giu'), (m) => lansstyrelse(countyIn(m))),
  explicit(words(['Västra\\s+Götalandsregionens?', 'Region\\s+Västra\\s+Götalands?', 'VGR', 'VG\\s?20\\d\\d']), () => region('14')),
  // "Region Gävleborg", "Region Jönköpings län", "Region Värmlands vision"
  explicit(words([`Region\\s+(${ANY_COUNTY})s?`], 'giu'), (m) => region(countyIn(m))),
  // "Regionförbundet i Kalmar län", "Landstinget i Värmland", "Landstinget Dalarnas"; "Stockholms läns landsting"
  explicit(words([`(Regionförbundet|Landstinget)(?:\\s+i)?\\s+(${ANY_COUNTY})s?`], 'giu'), (m) => formerRegionalBody(m)),
  explicit(words([`(${FULL_COUNTY_NAMES})s\\s+landstings?`], 'giu'), (m) => {
    const code = countyIn(m);
    const county = COUNTIES.find((c) => c.code === code);
    return county && code !== '09' ? organisation(`${county.name}s landsting`, 'region', { county: county.code }) : null;
  }),

  // joint bodies of several municipalities
  explicit(words(['(?:Kommunalförbundet|Samordningsförbundet)(?:\\s+\\p{Lu}[\\p{L}-]*){1,4}']), joint),
  explicit(words(['(?:\\p{Lu}[\\p{L}-]*\\s+){1,4}kommunalförbund']), joint),
  explicit(words([`Kommunförbundet\\s+(?:${ANY_COUNTY})`]), joint),
  // "Norrbottens Kommuner", also "Norrbottens Kommuners mål"
  explicit(words([`(?:${BARE_COUNTY_GENITIVES})\\s+Kommuner(?:s|na|nas)?`]), (m) =>
    organisation(m[0].replace(/\s+/g, ' ').replace(/(Kommuner)\p{Ll}*$/u, '$1'), 'other'),
  ),

  // universities: "Universitetet i Uppsala", "Högskolan Väst", "Lunds universitet", "Södertörns högskola"
  explicit(words(['Universitetsbiblioteket']), named('Universitetsbiblioteket', 'university')),
  explicit(
    words([
      'Sveriges\\s+lantbruksuniversitet',
      'Karolinska\\s+[Ii]nstitutet',
      'Kungliga\\s+Tekniska\\s+högskolan',
      'Chalmers(?:\\s+tekniska\\s+högskola)?',
      'Linnéuniversitetet',
      'Mittuniversitetet',
      '(?:Universitetet|Högskolan)\\s+(?:i\\s+)?\\p{Lu}\\p{Ll}+',
      '(?:\\p{Lu}\\p{Ll}+s|Malmö)\\s+(?:universitet|högskola)',
    ]),
    asWritten('university'),
  ),

  // national bodies, also in the genitive ("Tillväxtverkets rapport")
  explicit(words(['Arena\\s+för\\s+[Tt]illväxt']), named('Arena för Tillväxt', 'national')),
  explicit(
    words([`(${['Tillväxtverket', 'Jordbruksverket', 'Vinnova', 'Arbetsförmedlingen', 'Naturvårdsverket', 'Boverket', 'Trafikverket', 'Energimyndigheten', 'Näringsdepartementet'].join('|')})s?`]),
    (m) => organisation(m[1] ?? m[0], 'national'),
  ),
  explicit(
    words(['Sveriges\\s+[Kk]ommuner\\s+och\\s+(?:[Ll]andsting|[Rr]egioner)', 'SKL', 'SKR']),
    named('Sveriges Kommuner och Regioner', 'national'),
  ),

  // weak: a county named as a place, a national sector
  weak(words([`(${ANY_COUNTY})(?:s|\\s+läns?)?`]), (m) => (isCountyForm(m[0]) ? region(countyIn(m)) : null)),
  weak(words(['för\\s+(?:det\\s+)?(svenskt|svenska)\\s+(\\p{Ll}+)']), (m) => organisation(`${capitalise(m[1] ?? '')} ${m[2] ?? ''}`, 'national')),
];

/**
 * "Jämtlands län", "Kalmar läns" or a county name that is not also a municipality's, also in the genitive
 * ("Värmland", "Norrbottens"; not "Uppsala").
 */
function isCountyForm(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').replace(/ läns$/, ' län');
  if (/ län$/.test(t)) return COUNTY_BY_NAME.has(norm(t));
  return BARE_COUNTY_NAMES.includes(t) || (t.endsWith('s') && BARE_COUNTY_NAMES.includes(t.slice(0, -1)));
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/** All organisation mentions in the text, in order, without overlaps. */
export function findOrganisationMentions(text: string): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      const org = pattern.organisation(match);
      if (org) found.push({ organisation: org, start, end, strength: pattern.strength });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
