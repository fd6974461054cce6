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
 * Municipal companies carry the SCB code of the municipality that owns them. The list of companies is
 * short and curated: a company name alone does not reveal its owner.
 */
import type { OrganisationKind, OrganisationRef } from '@strategigrafen/schema';
import { COUNTIES, MUNICIPALITIES, countyShortNames } from '@strategigrafen/schema';
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
const ANY_COUNTY = alternation([...COUNTIES.map((c) => c.name), ...COUNTIES.flatMap((c) => countyShortNames(c.code))]);

/** Short county names that are not also a municipality's name: "Värmland" yes, "Uppsala" and "Gotland" no. */
const BARE_COUNTY_NAMES = COUNTIES.flatMap((c) => countyShortNames(c.code)).filter((n) => !MUNICIPALITY_NAMES.has(n));

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

  // county administrative boards and regions
  explicit(words([`Länsstyrelsen(?:\\s+i)?\\s+(${ANY_COUNTY})(?:\\s+län)?`], 'giu'), (m) => lansstyrelse(countyIn(m))),
  explicit(words(['Västra\\s+Götalandsregionen', 'Region\\s+Västra\\s+Götaland', 'VGR', 'VG\\s?20\\d\\d']), () => region('14')),
  // "Region Gävleborg", "Region Jönköpings län", "Regionförbundet i Kalmar län", "Landstinget i Värmland"
  explicit(words([`(?:Region|Regionförbundet|Landstinget)(?:\\s+i)?\\s+(${ANY_COUNTY})(?:\\s+län)?`], 'giu'), (m) => region(countyIn(m))),
  explicit(words([`(${ANY_COUNTY})\\s+läns\\s+landsting`], 'giu'), (m) => region(countyIn(m))),

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
  weak(words([`(${ANY_COUNTY})(?:\\s+län)?`]), (m) => (isCountyForm(m[0]) ? region(countyIn(m)) : null)),
  weak(words(['för\\s+(?:det\\s+)?(svenskt|svenska)\\s+(\\p{Ll}+)']), (m) => organisation(`${capitalise(m[1] ?? '')} ${m[2] ?? ''}`, 'national')),
];

/** "Jämtlands län" or a county name that is not also a municipality's ("Värmland", not "Uppsala"). */
function isCountyForm(text: string): boolean {
  const t = text.replace(/\s+/g, ' ');
  return / län$/.test(t) ? COUNTY_BY_NAME.has(norm(t)) : BARE_COUNTY_NAMES.includes(t);
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
