/**
 * The Swedish Hunspell dictionary (dictionary-sv, from Den stora svenska ordlistan's word list): every
 * stem with its affix flags. The analysis uses it for morphology that no hand-written list would cover:
 * which words are verbs and how they inflect (verbs.ts), and which words may stand first, inside or
 * last in a compound.
 *
 * Parsed once, on first use (about 150,000 stems).
 */
import dictionary from 'dictionary-sv';

let stems: Map<string, string> | undefined;

/** stem → its flags ('' for none), as the .dic file lists them; a stem listed twice gets both flag sets */
export function dictionaryStems(): ReadonlyMap<string, string> {
  if (stems) return stems;
  const map = new Map<string, string>();
  const text = new TextDecoder('utf-8').decode(dictionary.dic);
  let start = text.indexOf('\n') + 1; // the first line is the entry count
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    map.set(word, (map.get(word) ?? '') + flags);
  }
  stems = map;
  return map;
}

/** The flags of a stem, or undefined when the dictionary does not list it. */
export function flagsOf(stem: string): string | undefined {
  return dictionaryStems().get(stem);
}
