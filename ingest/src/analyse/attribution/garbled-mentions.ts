/**
 * A last resort for text whose Swedish letters were mangled on the way out of a PDF
 * ("Nä ringslivssträtegi fö r Sötenä s kömmun") or stripped to ASCII ("Goteborgs Stad"):
 * compare "<Word> kommun"/"<Word> stad" letter-folded to ASCII against the folded names.
 * Only the official form counts here, and the word must start with a capital, so ordinary text
 * ("att vara kommun…") does not qualify. Folded names that collide (Habo/Håbo) are never matched.
 */
import { MUNICIPALITIES, MUNICIPALITY_NAME_VARIANTS, genitive } from '@strategigrafen/schema';
import { toAsciiLetters } from './ascii.js';
import type { MunicipalityMention } from './municipality-mentions.js';

const key = (s: string) => toAsciiLetters(s).toLowerCase().replace(/[\s-]+/g, '');

function foldedNames(): Map<string, string | null> {
  const byKey = new Map<string, string | null>();
  const add = (k: string, code: string) => byKey.set(k, byKey.has(k) && byKey.get(k) !== code ? null : code);
  for (const m of MUNICIPALITIES) {
    for (const name of [m.name, ...(MUNICIPALITY_NAME_VARIANTS[m.code] ?? [])]) {
      add(key(name), m.code);
      add(key(genitive(name)), m.code);
    }
  }
  return byKey;
}

/** folded name or genitive → code, or null where two municipalities fold to the same letters */
const FOLDED: ReadonlyMap<string, string | null> = foldedNames();

/**
 * Up to three words (a name may be split by a stray space: "Sötenä s") before "kommun"/"stad", in
 * folded lower case. Folding keeps offsets, so matches index the original text.
 */
const BEFORE_SUFFIX = /((?:[a-z]+[\s-]+){1,3})(?:kommuns?|stads?)(?![a-z])/g;

export function findGarbledMunicipalityMentions(text: string): MunicipalityMention[] {
  const folded = toAsciiLetters(text).toLowerCase();
  if (folded.length !== text.length) return [];
  const mentions: MunicipalityMention[] = [];
  for (const match of folded.matchAll(BEFORE_SUFFIX)) {
    const words = [...(match[1] ?? '').matchAll(/[a-z]+/g)];
    // try the shortest run of words ending just before the suffix first: "sotena s" → "s", "sotenas"
    for (let n = 1; n <= words.length; n++) {
      const run = words.slice(words.length - n);
      const first = run[0]!;
      const start = match.index + first.index;
      const code = FOLDED.get(run.map((w) => w[0]).join(''));
      if (code === undefined) continue;
      if (code !== null && /\p{Lu}/u.test(text.charAt(start))) {
        mentions.push({ code, start, end: match.index + match[0].length, strength: 'strong' });
      }
      break;
    }
  }
  return mentions;
}
