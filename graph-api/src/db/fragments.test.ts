import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { DOCUMENT_ROW, documentRow, GOAL_ROW, goalRow, tagRow } from './fragments.js';

describe('rows for the fields asked for', () => {
  it('project those fields and the row\'s id only', () => {
    expect(documentRow(['title', '__typename'])).toBe('d {.id, .title}');
    expect(goalRow(['text', 'themes'])).toBe('g {.id, .text}');
    expect(goalRow(['target'])).toBe('g {.id, .target, .targetKind, .targetValue, .targetUnit, .targetBaseline, .deadline}');
    expect(goalRow(['municipality'])).toContain('municipalityCode:');
    expect(documentRow([])).toBe('d {.id}');
  });

  it('keep a tag\'s theme id, without which the tag has no theme', () => {
    expect(tagRow(['weight'])).toBe('{themeId: t.id, weight: a.weight}');
    expect(tagRow([])).toBe('{themeId: t.id}');
  });

  it('are whole rows when a field is not known to them', () => {
    expect(documentRow(['title', 'notAField'])).toBe(DOCUMENT_ROW);
    expect(goalRow(['notAField'])).toBe(GOAL_ROW);
  });

  it('know every field of Document, Goal and ThemeTag in the schema', async () => {
    const schema = await createSchema();
    const rows = { Document: [documentRow, DOCUMENT_ROW], Goal: [goalRow, GOAL_ROW], ThemeTag: [tagRow, tagRow('all')] } as const;
    for (const [name, [rowFor, whole]] of Object.entries(rows)) {
      const type = getNamedType(schema.getType(name)!);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      // a field missing from the table would fetch the whole row whenever it is asked for
      for (const field of Object.keys(type.getFields())) expect(rowFor([field]), `${name}.${field}`).not.toBe(whole);
    }
  });
});
