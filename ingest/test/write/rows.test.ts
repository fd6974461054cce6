import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { AnalysedDocument, AnalysedGoal } from '@strategigrafen/schema';
import { documentRow, goalId } from '../../src/write/rows.js';

function goal(position: number, overrides: Partial<AnalysedGoal> = {}): AnalysedGoal {
  return {
    text: `Kommunen ska göra sak ${position}.`,
    actor: 'kommunen',
    level: 'mål',
    section: 'Mål',
    position,
    start: position * 100,
    end: position * 100 + 40,
    themes: [{ id: 'procurement', weight: 0.5, terms: ['upphandling'] }],
    concepts: ['broadband'],
    measurable: false,
    target: null,
    ...overrides,
  };
}

const DOC: AnalysedDocument = {
  id: 'abc123',
  path: 'corpus/plan.txt',
  title: 'Upphandlingspolicy',
  text: 'Kommunen ska göra sak 0.',
  hasText: true,
  sections: [],
  municipality: { code: '1441', name: 'Lerum' },
  organisation: null,
  kind: 'policy',
  area: 'upphandling',
  year: 2016,
  adoptedBy: 'kommunfullmäktige',
  adoptedOn: '2016-01-25',
  dnr: 'KS 2012/817',
  themes: [{ id: 'procurement', weight: 0.9, terms: ['upphandling', 'LOU'] }],
  goals: [goal(0), goal(1, { measurable: true, target: { text: 'topp 5 i rankingen', kind: 'ranking', value: 5, deadline: 2025 } })],
  relatedTitles: [],
  synthetic: false,
};

describe('documentRow', () => {
  it('keeps the document properties of the graph model, integers as Neo4j integers', () => {
    const row = documentRow(DOC);
    expect(row.id).toBe('abc123');
    expect(row.props).toMatchObject({ id: 'abc123', title: 'Upphandlingspolicy', kind: 'policy', path: 'corpus/plan.txt', hasText: true, synthetic: false, dnr: 'KS 2012/817' });
    expect(neo4j.isInt(row.props.year)).toBe(true);
    expect(row.props.year?.toNumber()).toBe(2016);
    expect(Object.keys(row.props).sort()).toEqual(['adoptedBy', 'adoptedOn', 'area', 'dnr', 'hasText', 'id', 'kind', 'linkPending', 'path', 'sections', 'synthetic', 'text', 'title', 'year']);
    expect(row.municipality).toEqual({ code: '1441', name: 'Lerum' });
    expect(row.themes).toEqual([{ id: 'procurement', weight: 0.9, terms: ['upphandling', 'LOU'] }]);
  });

  it('stores the section outline (headings and offsets) without copying the text again', () => {
    expect(documentRow(DOC).props.sections).toBeNull();
    const sections = [
      { heading: null, text: 'Inledning.', start: 0, end: 10 },
      { heading: 'Mål', text: 'Kommunen ska göra sak 0.', start: 14, end: 38 },
    ];
    expect(JSON.parse(documentRow({ ...DOC, sections }).props.sections!)).toEqual([
      { heading: null, start: 0, end: 10 },
      { heading: 'Mål', start: 14, end: 38 },
    ]);
  });

  it('gives goals stable ids (document id and position) and flattens their targets', () => {
    const [first, second] = documentRow(DOC).goals;
    expect(first!.props.id).toBe(goalId('abc123', 0));
    expect(second!.props.id).toBe('abc123:1');
    expect(second!.props).toMatchObject({ measurable: true, target: 'topp 5 i rankingen', targetKind: 'ranking', targetValue: 5 });
    expect(second!.props.deadline?.toNumber()).toBe(2025);
    expect(first!.props.deadline).toBeNull();
    expect(second!.props.position.toNumber()).toBe(1);
    expect(second!.themes).toEqual([{ id: 'procurement', weight: 0.5, terms: ['upphandling'] }]);
    expect(second!.concepts).toEqual(['broadband']);
  });

  it('keeps a target\'s unit (it used to be dropped, so the API never had it)', () => {
    const row = documentRow({ ...DOC, goals: [goal(0, { measurable: true, target: { text: 'minst 90 procent', kind: 'percentage', value: 90, unit: '%' } })] });
    expect(row.goals[0]!.props).toMatchObject({ targetKind: 'percentage', targetValue: 90, targetUnit: '%' });
  });

  it('keeps goal ids unique even if the analyser repeats a position', () => {
    const ids = documentRow({ ...DOC, goals: [goal(3), goal(3)] }).goals.map((g) => g.props.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('maps an organisation with what it is part of', () => {
    const row = documentRow({ ...DOC, municipality: null, organisation: { id: 'region-gavleborg', name: 'Region Gävleborg', kind: 'region', partOfCounty: '21' } });
    expect(row.organisation).toEqual({ id: 'region-gavleborg', name: 'Region Gävleborg', kind: 'region', partOfMunicipality: null, partOfCounty: '21' });
  });

  it('refuses a theme id that is not in the taxonomy, naming the document', () => {
    expect(() => documentRow({ ...DOC, themes: [{ id: 'astrology', weight: 1, terms: [] }] })).toThrow(/corpus\/plan\.txt.*unknown theme "astrology"/);
  });
});
