/**
 * Deterministic filler prose for tests and benchmarks of the linker: sentences of Swedish-looking
 * words drawn from a seeded generator, so that two independently generated texts share no
 * five-word sequence by accident. Synthetic; never attributed to a real municipality.
 */
export type Random = () => number;

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'sk', 'st', 'tr', 'fr', 'gr', 'kl', 'sp', 'sn', 'bl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö'];
const CODAS = ['', 'n', 'r', 'l', 'k', 't', 'g', 'nd', 'st', 'rk', 'ng', 'ss'];

export function pseudoWord(random: Random): string {
  const syllables = 1 + Math.floor(random() * 3);
  let word = '';
  for (let s = 0; s < syllables; s++) {
    word += ONSETS[Math.floor(random() * ONSETS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]! + CODAS[Math.floor(random() * CODAS.length)]!;
  }
  return word;
}

/** A paragraph of `words` pseudo-words in sentences of 6–14 words. */
export function prose(random: Random, words: number): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, 6 + Math.floor(random() * 9));
    const sentence = Array.from({ length }, () => pseudoWord(random)).join(' ');
    sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.');
    left -= length;
  }
  return sentences.join(' ');
}
