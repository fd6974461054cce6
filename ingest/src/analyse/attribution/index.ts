/**
 * Who published a document: a municipality, or another body (region, county administrative board,
 * municipal company, university, national body).
 *
 * The title decides when it can; the body only when the title names no one.
 *  1. Title, named bodies: the first official municipality form ("Lerums kommun") or named organisation
 *     ("Region Gävleborg", "Koncernen Stockholm Business Region") in the title.
 *  2. Title, bare names: the municipality the title names most often by its bare name ("Ett hållbart
 *     Varberg", "Linköpings personalpolitiska program", "Näringslivsstrategi för Mora"); a tie → none.
 *  3. Title, places and sectors: a county ("Överenskommelsen Värmland" → Region Värmland) or a national
 *     sector ("… för svenskt vattenbruk").
 *  4. Title, garbled or ASCII-folded "<Name> kommun" ("Sötenä s kömmun" → Sotenäs).
 *  5. Body: municipality mentions weighed by form and frequency — an official form counts 10, a bare
 *     name 1; the leader needs a score of at least 10 and twice the runner-up, so a Lerum document that
 *     mentions Göteborg in passing stays Lerum's and a text that merely lists places gets none.
 *  6. Body: a named organisation mentioned at least 3 times and twice as often as any other.
 *  7. Body: garbled "<Name> kommun", by the same rule as 5.
 * Otherwise none: a missing municipality is better than a wrong one.
 *
 * A municipal company's document gets both the company (organisation) and its owner (municipality):
 * the explorer groups documents by municipality, and the company relation is kept in the organisation's
 * partOfMunicipality. Regions, county boards, universities and national bodies get no municipality.
 */
import type { MunicipalityRef, OrganisationRef } from '@strategigrafen/schema';
import { municipalityByCode } from '@strategigrafen/schema';
import { findGarbledMunicipalityMentions } from './garbled-mentions.js';
import { findMunicipalityMentions, type MunicipalityMention } from './municipality-mentions.js';
import { findOrganisationMentions, type OrganisationMention } from './organisation-mentions.js';

export { slugify } from './ascii.js';

export interface Attribution {
  municipality: MunicipalityRef | null;
  organisation: OrganisationRef | null;
}

/** How much of a long body is read: the first pages name the publisher; the rest only adds time. */
const BODY_LIMIT = 100_000;
const STRONG_WEIGHT = 10;
const WEAK_WEIGHT = 1;
const MIN_BODY_SCORE = 10;
const MIN_ORGANISATION_MENTIONS = 3;
/** In the body, the leader must score at least twice the runner-up. */
const BODY_LEAD = 2;

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

/** Municipality mentions that are not part of an organisation's name ("Region Uppsala", "Lunds universitet"). */
function outside(mentions: MunicipalityMention[], organisations: OrganisationMention[]): MunicipalityMention[] {
  return mentions.filter((m) => !organisations.some((o) => m.start < o.end && o.start < m.end));
}

/** The key with the highest score if it leads clearly: at least `min`, at least `factor` × the runner-up, no tie. */
function clearLeader(scores: Map<string, number>, min: number, factor = 1): string | null {
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < min) return null;
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

function fromTitle(title: string): Attribution | null {
  const organisations = findOrganisationMentions(title);
  const mentions = outside(findMunicipalityMentions(title, { title: true }), organisations);

  const firstOfficial = mentions.find((m) => m.strength === 'strong');
  const firstNamedBody = organisations.find((o) => o.strength === 'explicit');
  if (firstOfficial && (!firstNamedBody || firstOfficial.start < firstNamedBody.start)) {
    return byMunicipality(firstOfficial.code);
  }
  if (firstNamedBody) return byOrganisation(firstNamedBody.organisation);

  // only weak mentions are left: the most frequent bare name, if it has no equal
  const bare = clearLeader(tally(mentions), WEAK_WEIGHT);
  if (bare) return byMunicipality(bare);

  const place = organisations[0];
  if (place) return byOrganisation(place.organisation);

  const garbled = clearLeader(tally(findGarbledMunicipalityMentions(title)), STRONG_WEIGHT);
  return garbled ? byMunicipality(garbled) : null;
}

function fromBody(body: string): Attribution | null {
  const organisations = findOrganisationMentions(body);
  const mentions = outside(findMunicipalityMentions(body), organisations);

  const leader = clearLeader(tally(mentions), MIN_BODY_SCORE, BODY_LEAD);
  if (leader) return byMunicipality(leader);

  const named = organisations.filter((o) => o.strength === 'explicit');
  const counts = new Map<string, number>();
  for (const o of named) counts.set(o.organisation.id, (counts.get(o.organisation.id) ?? 0) + 1);
  const orgId = clearLeader(counts, MIN_ORGANISATION_MENTIONS, BODY_LEAD);
  const org = named.find((o) => o.organisation.id === orgId);
  if (org) return byOrganisation(org.organisation);

  const garbled = clearLeader(tally(findGarbledMunicipalityMentions(body)), MIN_BODY_SCORE, BODY_LEAD);
  return garbled ? byMunicipality(garbled) : null;
}

/** The municipality and/or organisation that published a document with this title and body text. */
export function attributeDocument(title: string, text: string): Attribution {
  return fromTitle(title.normalize('NFC')) ?? fromBody(text.slice(0, BODY_LIMIT).normalize('NFC')) ?? NONE;
}
