import { describe, expect, it } from 'vitest';
import type { MeasurableTarget } from '../model.js';
import {
  decodeRunFailures,
  decodeRunWarnings,
  decodeSections,
  decodeSpans,
  decodeTarget,
  encodeRunFailures,
  encodeRunWarnings,
  encodeSections,
  encodeSpans,
  encodeTarget,
  type StoredSection,
  type StoredSpan,
} from './stored.js';

describe('a goal\'s target', () => {
  const targets: MeasurableTarget[] = [
    { text: 'med 50 procent till år 2030', kind: 'percentage', value: 50, unit: '%', deadline: 2030 },
    { text: 'från 120 till 150 företag', kind: 'number', value: 150, unit: 'företag', baseline: 120 },
    { text: 'topp 5 i rankingen', kind: 'ranking', value: 5 },
    { text: 'senast 2025', kind: 'deadline', deadline: 2025 },
    { text: 'minst 0,5 procent', kind: 'percentage', value: 0.5, unit: '%', baseline: 0 },
  ];

  it.each(targets)('round-trips $text', (target) => {
    expect(decodeTarget(encodeTarget(target))).toEqual(target);
  });

  it('is stored as one property per field, the deadline as the goal\'s own', () => {
    expect(encodeTarget(targets[0]!)).toEqual({
      target: 'med 50 procent till år 2030',
      targetKind: 'percentage',
      targetValue: 50,
      targetUnit: '%',
      targetBaseline: null,
      deadline: 2030,
    });
  });

  it('is absent for a goal without one', () => {
    expect(encodeTarget(null)).toEqual({ target: null, targetKind: null, targetValue: null, targetUnit: null, targetBaseline: null, deadline: null });
    expect(decodeTarget(encodeTarget(null))).toBeNull();
    // a node without the properties at all, as Neo4j returns it
    const node: Record<string, unknown> = { id: 'g', text: 'Kommunen ska verka för…' };
    expect(decodeTarget(node)).toBeNull();
  });

  it('reads an unknown kind as no target rather than a wrong one', () => {
    expect(decodeTarget({ target: '50 procent', targetKind: 'share' })).toBeNull();
  });
});

describe('a document\'s sections', () => {
  it('round-trips headings (null for text before the first) and offsets', () => {
    const sections: StoredSection[] = [
      { heading: null, start: 0, end: 42 },
      { heading: 'Mål för "hållbar" tillväxt', start: 50, end: 120 },
      { heading: 'Å, ä och ö', start: 131, end: 131 },
    ];
    const stored = encodeSections(sections);
    expect(typeof stored).toBe('string');
    expect(decodeSections(stored)).toEqual(sections);
  });

  it('leaves the text out: it is stored once, on the document', () => {
    const stored = encodeSections([{ heading: 'Mål', start: 0, end: 3, text: 'Mål' } as StoredSection]);
    expect(decodeSections(stored)).toEqual([{ heading: 'Mål', start: 0, end: 3 }]);
    expect(stored).not.toContain('"text"');
  });

  it('stores no sections as null, and reads null as none', () => {
    expect(encodeSections([])).toBeNull();
    expect(decodeSections(null)).toEqual([]);
    expect(decodeSections(undefined)).toEqual([]);
  });

  it('reads an unreadable value as no sections', () => {
    expect(decodeSections('{not json')).toEqual([]);
    expect(decodeSections('[{"heading": "Mål", "start": -1, "end": 3}]')).toEqual([]);
  });
});

describe('reuse spans', () => {
  it('round-trips offsets on both sides and the passage text', () => {
    const spans: StoredSpan[] = [
      { aStart: 0, aEnd: 120, bStart: 310, bEnd: 430, text: 'Inför varje större upphandling…' },
      { aStart: 500, aEnd: 640, bStart: 12, bEnd: 152, text: 'Citat: "så här" – med radbrytning\noch tab\t.' },
    ];
    expect(decodeSpans(encodeSpans(spans))).toEqual(spans);
    expect(decodeSpans(encodeSpans([]))).toEqual([]);
  });

  it('reads an unreadable value as no spans', () => {
    expect(decodeSpans(null)).toEqual([]);
    expect(decodeSpans('[1, 2, 3, 4]')).toEqual([]);
    expect(decodeSpans('oops')).toEqual([]);
  });
});

describe('an ingest run\'s notes', () => {
  it('round-trips failures and warnings, one JSON string each', () => {
    const failures = [
      { path: 'a/strategi.pdf', error: 'The PDF has no text layer.' },
      { path: '(run)', error: 'Neo4j went away: "connection reset"' },
    ];
    const warnings = [{ path: 'b/plan.docx', warning: 'no municipality or organisation recognised' }];
    const storedFailures = encodeRunFailures(failures);
    expect(storedFailures).toHaveLength(2);
    expect(storedFailures.every((f) => typeof f === 'string')).toBe(true);
    expect(decodeRunFailures(storedFailures)).toEqual(failures);
    expect(decodeRunWarnings(encodeRunWarnings(warnings))).toEqual(warnings);
  });

  it('stores only the fields of the format', () => {
    const [stored] = encodeRunFailures([{ path: 'x.txt', error: 'too large', code: 'too-large' } as { path: string; error: string }]);
    expect(JSON.parse(stored!)).toEqual({ path: 'x.txt', error: 'too large' });
  });

  it('reads a run without notes as none', () => {
    expect(decodeRunFailures(undefined)).toEqual([]);
    expect(decodeRunFailures([])).toEqual([]);
  });
});
