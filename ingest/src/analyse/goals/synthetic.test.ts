import type { AnalysedDocument } from '@strategigrafen/schema';
import { describe, expect, it } from 'vitest';
import { synthDocuments } from '../../synth/index.js';
import { analyseDocument } from '../index.js';

/**
 * Goals of the synthetic corpus (ingest/src/synth). By construction every goal there is a "ska"
 * sentence or an item of an "X ska:" list — written one item per line or run together on one line —
 * and the explanatory prose has no "ska" at all. So: every list item must come out as a goal, and no
 * goal may come from prose. The goals per document are printed, not asserted.
 */
const docs: AnalysedDocument[] = [...synthDocuments(200, 'x')].map(analyseDocument);

/** the "- " items of the document's "X ska:" lists, as written */
function listItems(text: string): string[] {
  const items: string[] = [];
  for (const m of text.matchAll(/ ska:((?:\s*- [^\n]+?\.(?= - |\n|$))+)/g)) {
    for (const item of m[1]!.split(/(?:^|\s)- /)) if (item.trim()) items.push(item.trim());
  }
  return items;
}

describe('goals of the synthetic corpus', () => {
  it('expand every item of every "X ska:" list, whether one per line or run together', () => {
    let items = 0;
    let lined = 0;
    for (const doc of docs) {
      const sources = new Set(doc.goals.filter((g) => g.level === 'aktivitet').map((g) => doc.text.slice(g.start, g.end)));
      for (const item of listItems(doc.text)) {
        expect(sources, `${doc.path}: "${item}"`).toContain(item);
        items++;
      }
      if (/ ska:\n- /.test(doc.text)) lined++;
    }
    expect(items).toBeGreaterThan(docs.length * 5);
    expect(lined).toBeGreaterThan(docs.length / 4);
  });

  it('take no goal from the prose', () => {
    for (const doc of docs) {
      for (const g of doc.goals) {
        const source = doc.text.slice(g.start, g.end);
        const isItem = g.level === 'aktivitet' && !/ ska /.test(source);
        expect(isItem || / ska /.test(source), `${doc.path}: "${source}"`).toBe(true);
      }
    }
  });

  it('reports goals per document', () => {
    const goals = docs.reduce((n, d) => n + d.goals.length, 0);
    const byLevel: Record<string, number> = {};
    for (const d of docs) for (const g of d.goals) byLevel[g.level] = (byLevel[g.level] ?? 0) + 1;
    console.log(`synthDocuments(200, 'x'): ${(goals / docs.length).toFixed(2)} goals per document`, byLevel);
    expect(goals).toBeGreaterThan(0);
  });
});
