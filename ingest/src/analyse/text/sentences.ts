import { markerLength } from './markers.js';
import { runInStart } from './run-in.js';

/**
 * Swedish sentence splitting with character offsets.
 *
 * Boundaries:
 *  - ". ", "! ", "? " followed by an upper-case letter, a digit or a bullet, unless the word before
 *    the full stop is an abbreviation that never ends a sentence (t.ex., bl.a., dvs., s.k., ca. …);
 *  - a list marker (markers.ts): "- ", "– ", "• ", "* ", "1. ", "1) ", "a) " at the start of a line, or
 *    "- " + capital letter inside a line (text extracted from PDFs often runs a list together on one
 *    line: "ska: - Ta initiativ … - Stimulera …");
 *  - a colon that introduces a bullet ("Förvaltningen ska: - Ta …");
 *  - a missing full stop or line break, as PDF extraction and page transcripts leave them (run-in.ts):
 *    "… framtida näringsliv Kommunens ska samverka …", "… från trafiken Aktivt arbeta med …";
 *    after a colon such run-in starts are list items ("Det handlar om att: Prioritera … Stimulera …"),
 *    and so are enumerators inside the line ("… följande: 1. År 2020 … a. Minst 80 % …"), also numbers in
 *    brackets that go on in sequence ("(1) God hälsa, (2) Trygga invånare …").
 * A dash between lower-case words ("målet - arbetstillfällen för alla") is not a bullet.
 */
export interface Sentence {
  /** the sentence as written (without a leading bullet marker), whitespace collapsed */
  text: string;
  /** offsets in the text that was split: text.slice(start, end) is the sentence as written */
  start: number;
  end: number;
  /** the sentence is a list item: it starts with a bullet or a number ("- ", "• ", "1. ", "a) " …) */
  bullet: boolean;
  /** the sentence (with its marker) is the first thing on its line: a list whose items do this is a line-per-item list */
  lineStart: boolean;
}

/**
 * Abbreviations after which a full stop does not end a sentence (lower case, with their dots).
 * Not "i.": a sentence often ends in a stranded "i" ("… en kommun att bo i. Kommunen ska …").
 */
const ABBREVIATIONS = new Set([
  't.ex.', 'tex.', 't ex.', 'bl.a.', 'bla.', 'dvs.', 'd.v.s.', 's.k.', 'ca.', 'c:a.', 'fr.o.m.', 't.o.m.', 'f.o.m.',
  'jfr.', 'resp.', 'enl.', 'inkl.', 'exkl.', 'kl.', 'nr.', 'tel.', 'p.g.a.', 'pga.', 'f.d.', 'kap.', 'st.', 'ev.',
  'm.fl.', 'mfl.', 'o.dyl.', 'dyl.', 'fig.', 'tab.', 'ang.', 'avd.', 'bil.', 'dir.', 'prop.', 'sek.', 'mkr.', 'tkr.',
  'kr.', 'milj.', 'forts.', 'uppl.', 'vol.', 'ff.', 'a.', 'e.', 'o.', 'u.', 'sid.', 's.', 'ex.', 'jan.', 'feb.',
  'mar.', 'apr.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.',
]);


const UPPER = /\p{Lu}/u;
const NUMBER_OR_LETTER = /[\d(\p{Ll}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Whitespace test on one character (the hot loop of the splitter; a regex per character is slow). */
const SPACE = {
  test(c: string): boolean {
    return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v' || c === '\u2009' || c === '\u202f';
  },
};
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** The word that ends at `end` (exclusive), e.g. "t.ex." or "bl.a." for a full stop at end-1. */
function wordBefore(text: string, end: number, from: number): string {
  let k = end;
  while (k > from && !SPACE.test(text[k - 1]!)) k--;
  return text.slice(k, end).toLowerCase().replace(/^[("'“”]+/, '');
}


/**
 * Whether a list item starts at m, after the spaces text[gap, m): a bullet sign on the same line
 * ("ska: - Ta …") or on the next, a number or letter only on the next line ("ska:\n1. Ta …").
 */
function markerAfter(text: string, gap: number, m: number, to: number): boolean {
  const newline = text.slice(gap, m).includes('\n');
  return markerLength(text, m, to, newline || !NUMBER_OR_LETTER.test(text[m] ?? '')) > 0;
}

/** The word that ends at `end`, as written. */
function rawWordBefore(text: string, end: number, from: number): string {
  let k = end;
  while (k > from && !SPACE.test(text[k - 1]!)) k--;
  return text.slice(k, end);
}

/** "1. År 2020 …", "a. Minst …", "b) Vid …" inside a line: the enumerator's length, or 0. */
function inlineEnumerator(text: string, m: number, to: number): number {
  const e = /^(?:\d{1,2}|[a-h])[.)](?=\s+\p{Lu})/u.exec(text.slice(m, Math.min(to, m + 6)));
  return e ? e[0].length : 0;
}

/**
 * "(2) Trygga invånare, (3) Meningsfull fritid …" inside a line: a number in brackets before a capital
 * is an enumerator when the list goes on with the next number (or came from the one before), not a
 * reference such as "(1998:808)". Its length, or 0.
 */
function bracketEnumerator(text: string, m: number, to: number): number {
  // asked at every space of a line: most are no bracket at all
  if (text[m] !== '(') return 0;
  const e = /^\((\d{1,2})\)(?=\s+\p{Lu})/u.exec(text.slice(m, Math.min(to, m + 6)));
  if (!e) return 0;
  const n = Number(e[1]);
  const near = text.slice(Math.max(0, m - 300), Math.min(to, m + 300));
  return near.includes(`(${n + 1}) `) || (n > 1 && near.includes(`(${n - 1}) `)) ? e[0].length : 0;
}

/**
 * Splits text[from, to) into sentences and bullet items. Newlines count as spaces except before a
 * bullet at the start of a line.
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  let bullet = false;
  let lineStart = true;
  /** open parentheses in the current sentence: a dash inside one is parenthetical ("(CSR - Corporate …)") */
  let depth = 0;
  /** inside a list run into one line after a colon: run-in starts are items */
  let runList = false;

  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s && LETTER_OR_DIGIT.test(text.slice(s, e))) {
      sentences.push({ text: text.slice(s, e).replace(/\s+/g, ' '), start: s, end: e, bullet, lineStart });
    }
  };
  /** Begins a new sentence at i, skipping a bullet marker there. */
  const begin = (i: number, newline: boolean): number => {
    let k = i;
    while (k < to && SPACE.test(text[k]!)) {
      if (text[k] === '\n') newline = true;
      k++;
    }
    depth = 0;
    lineStart = newline || k === from;
    const marker = markerLength(text, k, to, lineStart);
    bullet = marker > 0;
    if (bullet) {
      k += marker;
      while (k < to && SPACE.test(text[k]!)) k++;
    }
    start = k;
    return k;
  };

  /** Skips an inline enumerator ("1. ", "a. ") at i, marking the sentence a list item. */
  const skipEnumerator = (i: number, length: number): number => {
    if (length === 0) return i;
    bullet = true;
    let k = i + length;
    while (k < to && SPACE.test(text[k]!)) k++;
    start = k;
    return k;
  };

  let i = begin(from, true);
  while (i < to) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let k = i + 1;
      while (k < to && CLOSERS.has(text[k]!)) k++;
      if (k >= to) break;
      if (SPACE.test(text[k]!)) {
        let m = k;
        while (m < to && SPACE.test(text[m]!)) m++;
        const next = text[m] ?? '';
        const opensSentence = UPPER.test(next) || /\p{N}/u.test(next) || markerAfter(text, k, m, to) || '"“'.includes(next);
        if (opensSentence && !(c === '.' && ABBREVIATIONS.has(wordBefore(text, i + 1, start)))) {
          push(k);
          i = begin(k, false);
          // a list run into the line goes on past an item's own full stop while the items are actions
          runList = runList && runInStart(text, i, to, null) === 'item';
          if (runList) bullet = true;
          continue;
        }
      }
      i = k;
      continue;
    }
    if (c === ':') {
      let m = i + 1;
      while (m < to && SPACE.test(text[m]!)) m++;
      if (m > i + 1 && markerAfter(text, i + 1, m, to)) {
        push(i + 1);
        i = begin(i + 1, false);
        continue;
      }
      const enumerator = inlineEnumerator(text, m, to);
      const runIn = m > i + 1 && !text.slice(i + 1, m).includes('\n') ? (enumerator > 0 ? 'item' : runInStart(text, m, to, null)) : null;
      if (runIn) {
        // "… att: Prioritera … Stimulera …" is a list run into the line; "… områden: Ragunda kommuns verksamheter ska …" a sentence
        push(i + 1);
        i = begin(i + 1, false);
        i = skipEnumerator(i, enumerator);
        runList = runIn === 'item';
        if (runList) bullet = true;
        continue;
      }
    }
    if (SPACE.test(c) && i > start) {
      let m = i;
      let newline = false;
      while (m < to && SPACE.test(text[m]!)) {
        if (text[m] === '\n') newline = true;
        m++;
      }
      if (m >= to) break;
      // inside a line an en dash is a dash of prose ("… vår målbild – Klimat att växa i") unless a list is running
      const proseDash = !newline && text[m] === '–' && !runList && !text.slice(start, i).includes(':');
      if (markerLength(text, m, to, newline) > 0 && (newline || depth === 0) && !proseDash) {
        push(i);
        i = begin(i, newline);
        continue;
      }
      const enumerator = (runList || /[)]/.test(text[i - 1]!) ? inlineEnumerator(text, m, to) : 0) || (newline ? 0 : bracketEnumerator(text, m, to));
      const runIn = enumerator > 0 ? 'item' : runInStart(text, m, to, rawWordBefore(text, i, start));
      if (runIn) {
        push(i);
        i = begin(i, newline);
        if (runIn === 'item' || runList) bullet = true;
        i = skipEnumerator(i, enumerator);
        continue;
      }
      i = m;
      continue;
    }
    i++;
  }
  push(to);
  return sentences;
}
