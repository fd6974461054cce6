import { describe, expect, it } from 'vitest';
import { goalInput } from './input.js';
import { GoalSpace } from './space.js';
import { WrittenGoals } from './written-goals.js';

const DOCUMENT = {
  id: 'doc',
  themes: [{ id: 'business-climate', weight: 0.7 }, { id: 'skills-supply', weight: 0.3 }],
  goals: [
    { id: 'doc:0', text: 'Kompetensförsörjningen i näringslivet ska förbättras till 2030.', section: 'Näringsliv', themes: [{ id: 'skills-supply', weight: 1 }] },
    { id: 'doc:1', text: 'Andelen ekologiska livsmedel i offentlig upphandling ska öka med 10 procent.', section: null, themes: [] },
    { id: 'doc:2', text: 'Fler invånare ska ha bredband via fiber.', section: '', themes: [{ id: 'broadband', weight: 0.5 }] },
  ],
};

describe('WrittenGoals', () => {
  const written = new WrittenGoals();
  written.add(DOCUMENT);

  it('gives each goal the input goalInput gives the goal as stored', () => {
    for (const goal of DOCUMENT.goals) {
      const stored = { ...goal, owners: ['0180'], document: DOCUMENT.id, documentThemes: DOCUMENT.themes };
      expect(written.input(goal.id, ['0180'])).toEqual(goalInput(stored));
    }
    expect(written.documents).toEqual(new Set(['doc']));
    expect(written.input('doc:3', [])).toBeUndefined();
  });

  it('builds the same vector space whatever order a goal’s theme tags come in', () => {
    const inputs = DOCUMENT.goals.map((goal, i) => written.input(goal.id, [`owner-${i}`])!);
    const reversed = inputs.map((input) => ({ ...input, themes: [...(input.themes ?? [])].reverse(), documentThemes: [...(input.documentThemes ?? [])].reverse() }));
    const [a, b] = [new GoalSpace(inputs), new GoalSpace(reversed)];
    for (let x = 0; x < a.size; x++) for (let y = 0; y < a.size; y++) expect(b.score(x, y)).toBe(a.score(x, y));
  });
});
