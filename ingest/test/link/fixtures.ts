/**
 * Hand-made documents for the linker's integration tests. Every publisher here is fictional (codes
 * starting with X are no SCB codes; the organisation is invented), so no text is ever attributed to a
 * real municipality.
 */
import type { AnalysedDocument, MunicipalityRef, OrganisationRef, ThemeTag } from '@strategigrafen/schema';
import { documentId } from '../../src/analyse/index.js';

export const TESTVIK: MunicipalityRef = { code: 'X901', name: 'Testvik' };
export const PROVBY: MunicipalityRef = { code: 'X902', name: 'Provby' };
export const EXEMPELAS: MunicipalityRef = { code: 'X903', name: 'Exempelås' };
export const FIKTIVA: MunicipalityRef = { code: 'X904', name: 'Fiktiva' };
export const BOLAGET: OrganisationRef = { id: 'testregionens-naringslivsbolag', name: 'Testregionens näringslivsbolag', kind: 'company' };

export interface FixtureGoal {
  text: string;
  themes?: string[];
}

export function fixtureDocument(spec: {
  title: string;
  municipality?: MunicipalityRef;
  organisation?: OrganisationRef;
  year: number;
  paragraphs: string[];
  goals: FixtureGoal[];
}): AnalysedDocument {
  const text = [...spec.paragraphs, ...spec.goals.map((g) => g.text)].join('\n\n');
  const tag = (id: string): ThemeTag => ({ id, weight: 0.8, terms: [] });
  return {
    id: documentId(spec.title, text),
    path: `fixtures/${spec.title.toLowerCase().replace(/[^a-zåäö0-9]+/g, '-')}.txt`,
    title: spec.title,
    text,
    hasText: true,
    sections: [],
    municipality: spec.municipality ?? null,
    organisation: spec.organisation ?? null,
    kind: 'strategi',
    area: null,
    year: spec.year,
    adoptedBy: null,
    adoptedOn: null,
    dnr: null,
    themes: [],
    goals: spec.goals.map((goal, position) => {
      const start = text.indexOf(goal.text);
      return {
        text: goal.text,
        actor: null,
        level: 'mål',
        section: null,
        position,
        start,
        end: start + goal.text.length,
        themes: (goal.themes ?? []).map(tag),
        concepts: [],
        measurable: false,
        target: null,
      };
    }),
    relatedTitles: [],
    synthetic: true,
  };
}
