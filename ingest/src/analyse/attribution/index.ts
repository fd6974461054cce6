/**
 * Who published a document: a municipality, or another body (region, county administrative board,
 * municipal company, joint body of municipalities, university, national body).
 *
 * The title decides when it can; the body only when the title names no one.
 *  1. Title, named bodies: the first official municipality form ("Lerums kommun") or named organisation
 *     ("Region Gävleborg", "Koncernen Stockholm Business Region", "Skellefteå Kraft AB") in the title.
 *  2. Title, joint: a list of municipalities, a valley or a region named after one ("… längs Skellefteå
 *     älvdal", "Karlstadsregionen") → no municipality; the joint body or region if one is named.
 *  3. Title, bare names: the municipality the title names most often by its bare name ("Ett hållbart
 *     Varberg", "Linköpings personalpolitiska program", "Näringslivsstrategi för Mora"); a tie → none.
 *     But when the opening of the body lists that municipality among the members of a joint effort
 *     ("Karlstads turismstrategiska plan" of "kommunerna Forshaga, Grums, Hammarö, Karlstad och Kil"), the
 *     document is joint.
 *  4. Title, places and sectors: a county ("Överenskommelsen Värmland" → Region Värmland) or a national
 *     sector ("… för svenskt vattenbruk").
 *  5. Title, garbled or ASCII-folded "<Name> kommun" ("Sötenä s kömmun" → Sotenäs).
 *  6. Body, joint: the opening lists the municipalities behind the document → none (or the joint body),
 *     unless the body clearly belongs to a municipality outside the list that it names officially twice.
 *  7. Body, a contest of evidence, each candidate scored:
 *       municipality: official form 10; bare name, seat, colloquial name or demonym 1;
 *       organisation: a named region, county board, company or joint body 3 (a national body or
 *       university 1: they are cited far more often than they publish);
 *       region: a county named as a place ("i Norrbotten", "Kalmar läns") 1, plus one per regional word
 *       ("länet", "regionen", "regionala utvecklingsstrategin", RUS, RUP), at most as many as it was named.
 *     A company and the municipality that owns it are no rivals; the company wins when it is named more
 *     often than its owner is named officially. In order:
 *       a. a leader of at least 10 and twice the runner-up (a Lerum document that mentions Göteborg in
 *          passing stays Lerum's; a text that merely lists places gets none);
 *       b. as before, a municipality that leads the other municipalities so, unless an organisation scores
 *          as high (a Lerum document that cites VGR twice stays Lerum's);
 *       c. as before, a named organisation mentioned at least 3 times and twice as often as any other;
 *       d. garbled "<Name> kommun", by the rule of a;
 *       e. a weaker leader: at least 3 and twice the runner-up ("Region Västerbotten" once and
 *          "Västerbotten" and "regionen" around it);
 *       f. a short page that names one municipality and no other possible publisher, however few times.
 * Otherwise none: a missing municipality is better than a wrong one.
 *
 * Where the document was found (sourceUrl) counts too: on a municipality's or region's own site the
 * document is that body's, unless the text clearly says otherwise (steps 1–6 and 7a–d; not the weaker 7e–f).
 *
 * A municipal company's document gets both the company (organisation) and its owner (municipality):
 * the explorer groups documents by municipality, and the company relation is kept in the organisation's
 * partOfMunicipality. Regions, county boards, joint bodies, universities and national bodies get no
 * municipality — except Region Gotland, which is the municipality 0980 and gets both.
 */
import type { MunicipalityRef, OrganisationRef } from '@strategigrafen/schema';
import { municipalityByCode } from '@strategigrafen/schema';
import { findGarbledMunicipalityMentions } from './garbled-mentions.js';
import { findJointMentions, type JointMention } from './joint-mentions.js';
import { findMunicipalityMentions, type MunicipalityMention } from './municipality-mentions.js';
import { REGION_GOTLAND, findOrganisationMentions } from './organisation-mentions.js';
import { attributionFromUrl } from './provenance.js';

export { slugify } from './ascii.js';

export interface Attribution {
  municipality: MunicipalityRef | null;
  organisation: OrganisationRef | null;
}

export interface AttributionContext {
  /** where the document was found, if known: a municipality's or region's own site is evidence */
  sourceUrl?: string | null;
}

/** How firmly the text names its publisher: a clear decision overrides the document's web host, a weak one does not. */
interface Decision {
  attribution: Attribution;
  clear: boolean;
}

/** How much of a long body is read: the first pages name the publisher; the rest only adds time. */
const BODY_LIMIT = 100_000;
/** The part of the body where a joint document says whose it is. */
const OPENING_LIMIT = 2500;
/** A page this short that names one municipality and nothing else is that municipality's. */
const SHORT_PAGE = 4000;
const STRONG_WEIGHT = 10;
const WEAK_WEIGHT = 1;
const MIN_BODY_SCORE = 10;
const MIN_ORGANISATION_MENTIONS = 3;
/** In the body, the leader must score at least twice the runner-up. */
const BODY_LEAD = 2;
const NAMED_BODY_WEIGHT = 3;
const CITED_BODY_WEIGHT = 1;
const MIN_WEAK_SCORE = 3;

const NONE: Attribution = { municipality: null, organisation: null };

function municipality(code: string): MunicipalityRef | null {
  const m = municipalityByCode(code);
  return m ? { code: m.code, name: m.name } : null;
}

function byMunicipality(code: string): Attribution {
  return { municipality: municipality(code), organisation: null };
}

function byOrganisation(organisation: OrganisationRef): Attribution {
  const owner = organisation.partOfMunicipality ? municipality(organisation.partOfMunicipality) : null;
  return { municipality: owner, organisation };
}

const clear = (attribution: Attribution): Decision => ({ attribution, clear: true });
const weak = (attribution: Attribution): Decision => ({ attribution, clear: false });

interface Span {
  start: number;
  end: number;
}

/** Mentions that are not part of an organisation's name ("Region Uppsala", "Lunds universitet", "Umeå Energi"). */
function outside<T extends Span>(mentions: T[], spans: readonly Span[]): T[] {
  return mentions.filter((m) => !spans.some((o) => m.start < o.end && o.start < m.end));
}

/**
 * The key with the highest score if it leads clearly: at least `min`, at least `factor` × the runner-up, no tie.
 * A runner-up that agrees with the leader (a company and the municipality that owns it) is no rival.
 */
function clearLeader(
  scores: Map<string, number>,
  min: number,
  factor = 1,
  agree: (a: string, b: string) => boolean = () => false,
): string | null {
  const [first, ...rest] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < min) return null;
  const second = rest.find(([k]) => !agree(first[0], k));
  if (second && (first[1] === second[1] || first[1] < factor * second[1])) return null;
  return first[0];
}

function tally(mentions: MunicipalityMention[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const m of mentions) {
    scores.set(m.code, (scores.get(m.code) ?? 0) + (m.strength === 'strong' ? STRONG_WEIGHT : WEAK_WEIGHT));
  }
  return scores;
}

/**
 * The joint body named in the text ("Kommunalförbundet …", "Norrbottens Kommuner"), if any. A title that
 * names a region after its city ("… för Stockholmsregionen") may be the region's own document: then a
 * region named in the text counts too ("Region Stockholm").
 */
function jointBody(texts: string[], options: { region?: boolean } = {}): Attribution {
  const publishes = (kind: OrganisationRef['kind']) => kind === 'other' || (options.region === true && kind === 'region');
  for (const text of texts) {
    const body = findOrganisationMentions(text).find((o) => o.strength === 'explicit' && publishes(o.organisation.kind));
    if (body) return { municipality: null, organisation: body.organisation };
  }
  return NONE;
}

type TitleLevel = 'named' | 'bare' | 'place' | 'garbled';

function fromTitle(title: string): { attribution: Attribution; level: TitleLevel } | { joint: JointMention[] } | null {
  const organisations = findOrganisationMentions(title);
  const mentions = outside(findMunicipalityMentions(title, { title: true }), organisations);

  const firstOfficial = mentions.find((m) => m.strength === 'strong');
  const firstNamedBody = organisations.find((o) => o.strength === 'explicit');
  if (firstOfficial && (!firstNamedBody || firstOfficial.start < firstNamedBody.start)) {
    return { attribution: byMunicipality(firstOfficial.code), level: 'named' };
  }
  if (firstNamedBody) return { attribution: byOrganisation(firstNamedBody.organisation), level: 'named' };

  const joint = outside(findJointMentions(title, { title: true }), organisations);
  if (joint.length) return { joint };

  // only weak mentions are left: the most frequent bare name, if it has no equal
  const bare = clearLeader(tally(mentions), WEAK_WEIGHT);
  if (bare) return { attribution: byMunicipality(bare), level: 'bare' };

  const place = organisations[0];
  if (place) return { attribution: byOrganisation(place.organisation), level: 'place' };

  const garbled = clearLeader(tally(findGarbledMunicipalityMentions(title)), STRONG_WEIGHT);
  return garbled ? { attribution: byMunicipality(garbled), level: 'garbled' } : null;
}

/** Words by which a region's own documents speak of it without naming it. */
const REGIONAL_WORDS = /(?<![\p{L}])(?:länet|länets|regionen|regionens|vår region|regional[at]?\s+utveckling\p{L}*)(?![\p{L}])/giu;
const REGIONAL_ACRONYMS = /(?<![\p{L}])(?:RUS|RUP|RUFS)(?![\p{L}])/gu;

const key = { municipality: (code: string) => `m:${code}`, organisation: (id: string) => `o:${id}` };

function fromBody(body: string): Decision | null {
  const organisations = findOrganisationMentions(body);
  const mentions = outside(findMunicipalityMentions(body), organisations);

  // the contest: municipalities, named organisations and regions named as places
  const scores = new Map<string, number>();
  const add = (k: string, n: number) => scores.set(k, (scores.get(k) ?? 0) + n);
  for (const [code, score] of tally(mentions)) add(key.municipality(code), score);
  const orgById = new Map<string, OrganisationRef>();
  const regionMentions = new Map<string, number>();
  for (const o of organisations) {
    const { id, kind } = o.organisation;
    orgById.set(id, o.organisation);
    if (o.strength === 'explicit') add(key.organisation(id), kind === 'national' || kind === 'university' ? CITED_BODY_WEIGHT : NAMED_BODY_WEIGHT);
    else if (kind === 'region') add(key.organisation(id), WEAK_WEIGHT);
    if (kind === 'region') regionMentions.set(id, (regionMentions.get(id) ?? 0) + 1);
  }
  const regionalWords = (body.match(REGIONAL_WORDS)?.length ?? 0) + (body.match(REGIONAL_ACRONYMS)?.length ?? 0);
  for (const [id, n] of regionMentions) add(key.organisation(id), Math.min(regionalWords, n));

  const decide = (k: string): Attribution => {
    if (k.startsWith('m:')) return byMunicipality(k.slice(2));
    const org = orgById.get(k.slice(2));
    return org ? byOrganisation(org) : NONE;
  };

  const owner = (k: string) => (k.startsWith('m:') ? k.slice(2) : orgById.get(k.slice(2))?.partOfMunicipality);
  const agree = (a: string, b: string) => owner(a) !== undefined && owner(a) === owner(b);

  // a company named more often than its owner is named officially: the company's document
  const named = organisations.filter((o) => o.strength === 'explicit');
  const counts = new Map<string, number>();
  for (const o of named) counts.set(o.organisation.id, (counts.get(o.organisation.id) ?? 0) + 1);
  const ownCompany = (k: string): string => {
    if (!k.startsWith('m:')) return k;
    const official = mentions.filter((m) => m.code === k.slice(2) && m.strength === 'strong').length;
    const company = [...counts].filter(([id]) => orgById.get(id)?.partOfMunicipality === k.slice(2)).sort((a, b) => b[1] - a[1])[0];
    return company && company[1] > official ? key.organisation(company[0]) : k;
  };

  const leader = clearLeader(scores, MIN_BODY_SCORE, BODY_LEAD, agree);
  if (leader) return clear(decide(ownCompany(leader)));
  // among municipalities alone, a clear leader that no organisation outscores: "Lerums kommun … VGR … VGR"
  const municipalityLeader = clearLeader(tally(mentions), MIN_BODY_SCORE, BODY_LEAD);
  if (municipalityLeader) {
    const k = key.municipality(municipalityLeader);
    const rival = Math.max(0, ...[...scores].filter(([o]) => o.startsWith('o:') && !agree(k, o)).map(([, n]) => n));
    if ((scores.get(k) ?? 0) > rival) return clear(decide(ownCompany(k)));
  }

  const orgId = clearLeader(counts, MIN_ORGANISATION_MENTIONS, BODY_LEAD);
  const org = named.find((o) => o.organisation.id === orgId);
  if (org) return clear(byOrganisation(org.organisation));

  const garbled = clearLeader(tally(findGarbledMunicipalityMentions(body)), MIN_BODY_SCORE, BODY_LEAD);
  if (garbled) return clear(byMunicipality(garbled));

  const weakLeader = clearLeader(scores, MIN_WEAK_SCORE, BODY_LEAD, agree);
  if (weakLeader) return weak(decide(ownCompany(weakLeader)));

  // a short page that names one municipality, and no other municipality or body that might publish
  const publishers = [...scores.keys()].filter((k) => {
    const kind = orgById.get(k.slice(2))?.kind;
    return k.startsWith('m:') || (kind !== 'national' && kind !== 'university');
  });
  const only = publishers.length === 1 ? publishers[0]! : null;
  if (only?.startsWith('m:') && body.length <= SHORT_PAGE) return weak(decide(only));
  return null;
}

/** Whether a joint sign covers this municipality (or, with no municipality given, exists at all). */
const covers = (joint: JointMention[], code?: string) => joint.some((j) => code === undefined || j.codes.includes(code));

function decideFromText(title: string, body: string): Decision | null {
  const opening = body.slice(0, OPENING_LIMIT);
  const titled = fromTitle(title);
  if (titled && 'joint' in titled) {
    // a region named after one city ("Stockholmsregionen"), not a list of municipalities, may be the region's
    return clear(jointBody([title, opening], { region: titled.joint.every((j) => j.codes.length === 1) }));
  }
  if (titled?.level === 'named') return clear(titled.attribution);

  const organisations = findOrganisationMentions(opening);
  const joint = outside(findJointMentions(opening), organisations);
  if (titled) {
    const code = titled.attribution.municipality?.code;
    if (titled.level === 'bare' && code && covers(joint, code)) return clear(jointBody([opening]));
    return clear(titled.attribution);
  }
  const decided = fromBody(body);
  if (covers(joint) && !standsApart(decided, joint, body)) return clear(jointBody([opening]));
  return decided;
}

/**
 * Whether the body's decision is a municipality that the text names officially at least twice outside
 * its lists of municipalities: "Lerums kommun … tillsammans med kommunerna Alingsås och Partille … Lerums
 * kommun" is Lerum's, not a joint document.
 */
function standsApart(decided: Decision | null, joint: JointMention[], body: string): boolean {
  const code = decided?.clear ? decided.attribution.municipality?.code : undefined;
  if (!code || covers(joint, code)) return false;
  const official = findMunicipalityMentions(body).filter((m) => m.code === code && m.strength === 'strong');
  return outside(official, joint).length >= 2;
}

/**
 * Credits name the people and firms who made the document and those who paid for it, not its publisher:
 * a colophon ("Layout och form: Byrå AB, Kalmar", "Tryck: …", "Foto: …") up to the next credit or the line's
 * end, and a funder ("… med stöd av Tillväxtverket", "delfinansierad av …") up to the clause's end. They
 * are blanked out, offsets kept.
 */
const CREDIT_LABEL = String.raw`(?:[Ll]ayout|[Tt]ryck|[Tt]ryckeri|[Ff]oto|[Ff]otografier|[Ff]otograf|[Ii]llustrationer|[Ii]llustration|[Oo]mslagsbild|[Oo]mslagsfoto|[Gg]rafisk form|[Ff]ormgivning)`;
const COLOPHON = new RegExp(String.raw`(?<![\p{L}])${CREDIT_LABEL}(?:[\p{Ll}\s]{0,30}?):[^\n]*?(?=(?<![\p{L}])${CREDIT_LABEL}[\p{Ll}\s]{0,30}?:|\n|$)`, 'gu');
const FUNDER = /(?<![\p{L}])(?:(?:med|fått|får|erhållit|beviljats) (?:ekonomiskt |finansiellt )?stöd (?:av|från)|(?:del|med)?finansierad?e? av|(?:del|med)?finansierat av|bekostad av)\s[^.;:\n()]*/giu;

function withoutCredits(text: string): string {
  return text.replace(COLOPHON, blank).replace(FUNDER, blank);
}

const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/** Region Gotland is both the municipality 0980 and its region. */
function withGotland(a: Attribution): Attribution {
  return a.municipality?.code === '0980' && !a.organisation ? { ...a, organisation: REGION_GOTLAND } : a;
}

/** The municipality and/or organisation that published a document with this title and body text. */
export function attributeDocument(title: string, text: string, context: AttributionContext = {}): Attribution {
  const decision = decideFromText(withoutCredits(title.normalize('NFC')), withoutCredits(text.slice(0, BODY_LIMIT).normalize('NFC')));
  if (decision?.clear) return withGotland(decision.attribution);
  const host = attributionFromUrl(context.sourceUrl);
  return withGotland(host ?? decision?.attribution ?? NONE);
}
