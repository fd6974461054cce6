/**
 * HTML → title and plain text with cheerio. Page chrome (scripts, styles, navigation, headers,
 * footers, asides) is dropped; block elements become paragraph breaks and list items "- " lines,
 * which is how the analyser sees paragraphs and bullets in every other format.
 */
import { load } from 'cheerio';

const DROPPED = 'script, style, noscript, template, iframe, object, svg, canvas, nav, header, footer, aside, form, [hidden], [aria-hidden="true"]';

const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

/** the parts of a domhandler node this module reads */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

export interface HtmlText {
  /** the first <h1>, else the page's <title> */
  title: string | null;
  /** the first heading of any level (documents converted from Word often start at <h2>) */
  firstHeading: string | null;
  text: string;
}

export function htmlToText(html: string): HtmlText {
  const $ = load(html);
  const pageTitle = squash($('head > title').first().text());
  $(DROPPED).remove();
  const heading = squash($('h1').first().text());
  const anyHeading = squash($('h1, h2, h3, h4, h5, h6').first().text());
  const out: Output = { parts: [], bullet: false };
  for (const child of ($.root()[0] as unknown as DomNode).children ?? []) walk(child, out, false);
  return { title: heading || pageTitle || null, firstHeading: anyHeading || null, text: finish(out.parts.join('')) };
}

// break markers from Unicode's private use area, which no document text contains
const PARAGRAPH = '\uE000';
const LINE = '\uE001';

interface Output {
  parts: string[];
  /** a list item has started and its "- " waits for the item's first words */
  bullet: boolean;
}

function walk(node: DomNode, out: Output, pre: boolean): void {
  if (node.type === 'text') {
    const text = pre ? (node.data ?? '') : (node.data ?? '').replace(/\s+/g, ' ');
    if (out.bullet && text.trim()) {
      out.parts.push('- ');
      out.bullet = false;
    }
    out.parts.push(text);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.name ?? '';
  if (name === 'head') return;
  if (name === 'br') return void out.parts.push(LINE);
  const block = BLOCKS.has(name);
  if (block) out.parts.push(PARAGRAPH);
  if (name === 'li') {
    out.parts.push(LINE);
    out.bullet = true;
  }
  if (name === 'td' || name === 'th') out.parts.push(' ');
  for (const child of node.children ?? []) walk(child, out, pre || name === 'pre');
  if (name === 'li') out.bullet = false;
  if (block) out.parts.push(PARAGRAPH);
}

/** Resolves the break markers: runs of breaks become one, the strongest wins. */
function finish(raw: string): string {
  return raw
    .replace(/(?:\s*[\uE000\uE001])+\s*/g, (run) => (run.includes(PARAGRAPH) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
