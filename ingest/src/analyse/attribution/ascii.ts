/**
 * Letter-for-letter ASCII folding (å, ä → a; ö → o; é → e …), used where Swedish letters cannot be
 * trusted: garbled PDF text ("Sötenä s kömmun"), ASCII-only files ("Goteborgs Stad") and slugs.
 * Unlike NFD stripping it keeps the string's length, so offsets in the folded text are offsets in the original.
 */
const LETTERS: Readonly<Record<string, string>> = {
  å: 'a', ä: 'a', á: 'a', à: 'a', â: 'a', ã: 'a', æ: 'a',
  Å: 'A', Ä: 'A', Á: 'A', À: 'A', Â: 'A', Ã: 'A', Æ: 'A',
  ö: 'o', ó: 'o', ò: 'o', ô: 'o', õ: 'o', ø: 'o',
  Ö: 'O', Ó: 'O', Ò: 'O', Ô: 'O', Õ: 'O', Ø: 'O',
  é: 'e', è: 'e', ê: 'e', ë: 'e', É: 'E', È: 'E', Ê: 'E', Ë: 'E',
  í: 'i', ì: 'i', î: 'i', ï: 'i', Í: 'I', Ì: 'I', Î: 'I', Ï: 'I',
  ú: 'u', ù: 'u', û: 'u', ü: 'u', Ú: 'U', Ù: 'U', Û: 'U', Ü: 'U',
  ç: 'c', Ç: 'C', ñ: 'n', Ñ: 'N', ý: 'y', Ý: 'Y',
};

export function toAsciiLetters(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (ch) => LETTERS[ch] ?? ch);
}

/** A stable id from a name: lower-case ASCII words joined by hyphens ("Region Gävleborg" → "region-gavleborg"). */
export function slugify(name: string): string {
  return toAsciiLetters(name.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
