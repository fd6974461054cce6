/** Markdown → HTML (marked) → text, so markdown gets exactly the HTML reader's paragraphs and bullets. */
import { Marked } from 'marked';
import { htmlToText, type HtmlText } from './html.js';

const markdown = new Marked({ gfm: true, async: false });

/** The first "# heading" is the title; the syntax is rendered away. */
export function markdownToText(source: string): HtmlText {
  return htmlToText(markdown.parse(source, { async: false }));
}
