/**
 * Signs that a document belongs to several municipalities together, so that no single one is its publisher:
 *
 *  - a list of municipalities as the members of something: "kommunerna Forshaga, Grums, Hammarö, Karlstad
 *    och Kil", "Falköping, Hjo, Karlsborg och Skövde kommuner", "Lessebo, Markaryds och Växjö kommuner"
 *    (two or more, with the plural "kommuner(na)" right before or after), or a bare list of three or more
 *    when the text speaks of doing something together ("gemensam", "tillsammans", "samverkan", …);
 *  - in a title, a river valley named after a municipality ("Turistisk samverkan längs Skellefteå älvdal")
 *    or a region named after one ("Karlstadsregionen", "Göteborgs-regionen": the municipalities around it).
 *
 * In a list, names that are ordinary words (Hjo, Kil, Mora) count, since the list says what they are; but
 * a list needs at least two names that are not.
 */
import { municipalityByName } from '@strategigrafen/schema';
import { findMunicipalityMentions, type MunicipalityMention } from './municipality-mentions.js';

export interface JointMention {
  /** SCB codes of the municipalities the sign names (one for a valley or a region named after one) */
  codes: string[];
  start: number;
  end: number;
}

/** What may stand between two names of a list: commas, "och", "samt", dashes, slashes, line breaks. */
const LIST_GAP = /^[\s,;]*(?:(?:och|samt|&|\/|[-–—+•])[\s,;]*)?$/iu;
const PLURAL_BEFORE = /(?<![\p{L}])kommuner(?:na|nas)?\s*:?\s*$/iu;
const PLURAL_AFTER = /^\s*kommuner(?:na|nas)?(?![\p{L}])/iu;
const TOGETHER = new RegExp(
  `(?<![\\p{L}])(?:${['gemensam', 'tillsammans', 'samverka', 'samarbet', 'kommunövergripande', 'mellankommunal', 'kommunalförbund'].join('|')})\\p{L}*`,
  'iu',
);
const MIN_PLURAL_LIST = 2;
const MIN_BARE_LIST = 3;

/** Runs of municipality mentions separated only by list punctuation. */
function runs(text: string, mentions: MunicipalityMention[]): MunicipalityMention[][] {
  const result: MunicipalityMention[][] = [];
  let current: MunicipalityMention[] = [];
  for (const m of mentions) {
    const last = current[current.length - 1];
    if (last && LIST_GAP.test(text.slice(last.end, m.start))) current.push(m);
    else {
      if (current.length) result.push(current);
      current = [m];
    }
  }
  if (current.length) result.push(current);
  return result;
}

function listMentions(text: string): JointMention[] {
  const found: JointMention[] = [];
  const together = TOGETHER.test(text);
  for (const run of runs(text, findMunicipalityMentions(text, { lists: true }))) {
    const codes = [...new Set(run.map((m) => m.code))];
    const plain = new Set(run.filter((m) => !m.ambiguous).map((m) => m.code));
    if (plain.size < 2) continue;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const plural = PLURAL_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || PLURAL_AFTER.test(text.slice(end));
    if ((plural && codes.length >= MIN_PLURAL_LIST) || (together && codes.length >= MIN_BARE_LIST)) {
      found.push({ codes, start, end });
    }
  }
  return found;
}

/** "Skellefteå älvdal", "Karlstadsregionen", "Göteborgs-regionen": a place of several municipalities named after one. */
const NAMED_AFTER_ONE = /(?<![\p{L}])(\p{Lu}[\p{L}]*?(?:\s+\p{Lu}[\p{L}]*?)?)(?:\s+älvdal(?:en|ens)?|-?regionen(?:s)?)(?![\p{L}])/gu;

function placesOfSeveral(text: string): JointMention[] {
  const found: JointMention[] = [];
  for (const match of text.matchAll(NAMED_AFTER_ONE)) {
    const name = match[1] ?? '';
    const m = municipalityByName(name) ?? municipalityByName(name.replace(/s$/, ''));
    if (m) found.push({ codes: [m.code], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export interface JointOptions {
  /** the text is a title: valleys and regions named after a municipality count too */
  title?: boolean;
}

export function findJointMentions(text: string, options: JointOptions = {}): JointMention[] {
  const found = listMentions(text);
  if (options.title) found.push(...placesOfSeveral(text));
  return found.sort((a, b) => a.start - b.start);
}
