/**
 * The diarienummer (registration number) of a document: "Dnr KS 2012/817", "Diarienummer: KS 2012/817",
 * "Dnr 2016-KS-249", "Dnr KA 2016/281", "Dnr 03/18", or without a label when it has the usual shape of
 * an upper-case register code, a year and a number ("KS 2017/150"). Returned as written, spaces collapsed.
 */

export interface Dnr {
  dnr: string;
  /** offsets of the number in the text it was found in */
  start: number;
  end: number;
  /** the registration year, when the number carries a four-digit one */
  year: number | null;
}

const CODE = '[A-ZÅÄÖ]{1,6}';
const ID = `\\d{4}-${CODE}-\\d{1,5}|(?:${CODE}(?:\\s{1,3}|-)?)?\\d{2,4}[/.:-]\\d{1,5}(?:[/.:-]\\d{1,5})?`;
const LABELLED = new RegExp(`(?<![\\p{L}])(?:dnr|diarienummer|diarienr)\\.?\\s*:?\\s*(${ID})(?![\\p{N}])`, 'giu');
const UNLABELLED = /(?<![\p{L}\p{N}])([A-ZÅÄÖ]{2,4}\s(?:19|20)\d{2}\/\d{1,5})(?![\p{N}])/gu;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/;

function found(match: RegExpExecArray): Dnr {
  const id = match[1]!;
  const start = match.index + match[0].length - id.length;
  const year = YEAR.exec(id);
  return { dnr: id.replace(/\s+/g, ' '), start, end: start + id.length, year: year ? Number(year[1]) : null };
}

/** All diarienummer in the text, labelled ones first. */
export function findDnrs(text: string): Dnr[] {
  const labelled = [...text.matchAll(LABELLED)].map(found);
  const unlabelled = [...text.matchAll(UNLABELLED)]
    .map(found)
    .filter((u) => !labelled.some((l) => u.start < l.end && l.start < u.end));
  return [...labelled, ...unlabelled];
}
