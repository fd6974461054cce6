/**
 * Swedish compounds split with the Hunspell dictionary: "kompetensförsörjningen" → kompetens +
 * försörjning, "utbildningsnivå" → utbildning + nivå, "bredbandsutbyggnaden" → bredband + utbyggnad.
 *
 * The dictionary says which stems may stand where in a compound: flag X (first), U (middle), Y (last),
 * and, through suffix rules, the linking forms a stem takes before another part ("företag" → "företags-",
 * "skola" → "skol-", "vecka" → "vecko-"). A word is split into the fewest parts that cover it: first and
 * middle parts in one of their linking forms, then one last part, which may be inflected
 * ("…försörjningen"). Ties go to the split whose shortest part is longest. Parts shorter than three
 * letters are never cut out: they would match inside too many words.
 */
import dictionary from 'dictionary-sv';
import { dictionaryStems } from './dictionary.js';

const MIN_PART = 3;
const MAX_PARTS = 4;
const MAX_WORD = 40;
/** a part is split again only when it is this long and its own parts are not short ("näringsliv", "landsbygd" stay whole) */
const MIN_NESTED_WORD = 10;
const MIN_NESTED_PART = 4;
/** inflectional endings of a compound's last part, longest first */
const INFLECTIONS = ['ernas', 'arnas', 'ornas', 'erna', 'arna', 'orna', 'ens', 'ets', 'ers', 'ars', 'ors', 'en', 'et', 'er', 'ar', 'or', 'na', 'n', 't', 'r', 's', 'a', 'e'];
/** suffix flags that make a stem's form before another part (dictionary-sv's .aff: "myr-", "yrkes-", "vecko-" …) */
const LINKING_FLAGS = new Set(['z', 'g', 'y', 'h', 'x', 'w', 'v', 'f', 'u', 'i', 't', 's', 'r', 'b']);
/** derivational endings that are words too but never a compound's last part */
const NOT_A_HEAD = new Set(['ande', 'ende', 'het', 'ning', 'else', 'skap', 'tion', 'ism', 'isk', 'lig', 'ing', 'are', 'ering']);

interface Rule {
  strip: string;
  add: string;
  condition: RegExp;
}

interface Tables {
  /** form a part takes before another part → the stem */
  modifiers: Map<string, string>;
  /** stems that may end a compound */
  heads: Set<string>;
}

let tables: Tables | undefined;

function linkingRules(): Map<string, Rule[]> {
  const rules = new Map<string, Rule[]>();
  const aff = new TextDecoder('utf-8').decode(dictionary.aff);
  for (const line of aff.split('\n')) {
    const m = /^SFX\s+(\S)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
    if (!m || !LINKING_FLAGS.has(m[1]!) || /^[YN]$/.test(m[2]!)) continue;
    const add = m[3]!.split('/')[0]!;
    const list = rules.get(m[1]!) ?? [];
    list.push({ strip: m[2] === '0' ? '' : m[2]!, add: add === '0' ? '' : add, condition: new RegExp(`${m[4]!}$`, 'u') });
    rules.set(m[1]!, list);
  }
  return rules;
}

function buildTables(): Tables {
  const modifiers = new Map<string, string>();
  const heads = new Set<string>();
  const rules = linkingRules();
  const addModifier = (form: string, stem: string): void => {
    if (form.length >= MIN_PART && !modifiers.has(form)) modifiers.set(form, stem);
  };
  const stems = [...dictionaryStems()].filter(([stem]) => stem.length >= MIN_PART && stem.length <= 20 && /^[a-zåäöé]+$/u.test(stem));
  for (const [stem, flags] of stems) if (flags.includes('Y')) heads.add(stem);
  // a form the dictionary lists only inside compounds ("arbets", "skol", "kvinno", "invånar") stands for its word
  const baseOf = (stem: string): string => {
    const bare = stem.replace(/s$/u, '');
    for (const c of [stem, `${stem}e`, `${stem}a`, stem.replace(/o$/u, 'a'), bare, `${bare}e`, `${bare}a`]) if (heads.has(c)) return c;
    return stem;
  };
  // the stems themselves first, then the genitive link, which is productive beyond what the dictionary lists
  // ("företags-", "näringslivs-"), then the linking forms of the suffix rules
  for (const [stem, flags] of stems) if (flags.includes('X') || flags.includes('U')) addModifier(stem, baseOf(stem));
  for (const stem of heads) if (stem.length >= 4 && !stem.endsWith('s')) addModifier(`${stem}s`, stem);
  for (const [stem, flags] of stems) {
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (rule.condition.test(stem) && stem.endsWith(rule.strip)) addModifier(stem.slice(0, stem.length - rule.strip.length) + rule.add, baseOf(stem));
      }
    }
  }
  return { modifiers, heads };
}

/** The base form of a last part, possibly inflected, or null. */
function headBase(part: string, heads: ReadonlySet<string>): string | null {
  if (heads.has(part)) return part;
  for (const ending of INFLECTIONS) {
    if (part.length - ending.length < MIN_PART || !part.endsWith(ending)) continue;
    const stripped = part.slice(0, -ending.length);
    for (const candidate of [stripped, `${stripped}a`, `${stripped}e`]) if (heads.has(candidate)) return candidate;
  }
  return null;
}

/**
 * The dictionary base form of a word, if the dictionary knows it as a noun or another part-of-compound
 * word, possibly inflected ("försörjningen" → "försörjning", "bostäder" stays unknown), else null.
 */
export function lemmaOf(word: string): string | null {
  tables ??= buildTables();
  return headBase(word, tables.heads);
}

const memo = new Map<string, string[] | null>();
const MEMO_LIMIT = 200_000;

/** The base forms of a compound's parts, or null for a word that is not a compound of known parts. Lower case in. */
export function compoundParts(word: string): string[] | null {
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  tables ??= buildTables();
  const result = split(word, tables);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}

function split(word: string, tables: Tables): string[] | null {
  const parts = bestSplit(word, tables);
  // a word the dictionary lists whole splits only into parts that are words in their own right
  // ("utbildningsnivå", "företagsklimat"), not into fragments ("livs|medel", "eko|logisk")
  const lemma = headBase(word, tables.heads) ?? (dictionaryStems().has(word) ? word : null);
  if (parts && lemma !== null && parts.some((p) => p.length < MIN_NESTED_PART)) return null;
  return parts;
}

function bestSplit(word: string, { modifiers, heads }: Tables): string[] | null {
  const n = word.length;
  if (n < 2 * MIN_PART || n > MAX_WORD) return null;
  const reach: ({ parts: string[]; shortest: number } | undefined)[] = new Array(n + 1);
  reach[0] = { parts: [], shortest: Infinity };
  let best: { parts: string[]; shortest: number } | null = null;
  for (let i = 0; i < n; i++) {
    const here = reach[i];
    if (!here || here.parts.length >= MAX_PARTS) continue;
    if (i > 0) {
      const head = word.slice(i);
      const base = NOT_A_HEAD.has(head) ? null : headBase(head, heads);
      if (base !== null && head.length >= MIN_PART) {
        const candidate = { parts: [...here.parts, base], shortest: Math.min(here.shortest, head.length) };
        if (!best || candidate.parts.length < best.parts.length || (candidate.parts.length === best.parts.length && candidate.shortest > best.shortest)) best = candidate;
      }
    }
    for (let end = i + MIN_PART; end <= n - MIN_PART; end++) {
      const stem = modifiers.get(word.slice(i, end));
      if (stem === undefined) continue;
      const candidate = { parts: [...here.parts, stem], shortest: Math.min(here.shortest, end - i) };
      const existing = reach[end];
      if (!existing || candidate.parts.length < existing.parts.length || (candidate.parts.length === existing.parts.length && candidate.shortest > existing.shortest)) reach[end] = candidate;
    }
  }
  if (!best || best.parts.length < 2) return null;
  // a part that is itself a compound the dictionary lists whole ("bostadsförsörjning") splits further
  return best.parts.flatMap((part) => {
    if (part.length < MIN_NESTED_WORD) return [part];
    const inner = bestSplit(part, { modifiers, heads });
    return inner && inner.every((p) => p.length >= MIN_NESTED_PART) ? inner : [part];
  });
}
