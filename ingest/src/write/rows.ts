/**
 * AnalysedDocument → the plain rows that the Cypher statements UNWIND. Pure: no database here, so the
 * mapping (ids, which fields become properties, integer typing) is unit-tested on its own.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { encodeSections, encodeTarget, findTheme, type AnalysedDocument, type AnalysedGoal, type StoredTarget, type ThemeTag } from '@strategigrafen/schema';
import type { DocumentProvenance, IngestDocument } from '../types.js';

export interface ThemeRow {
  id: string;
  weight: number;
  terms: string[];
}

export interface GoalRow {
  props: {
    id: string;
    text: string;
    actor: string | null;
    level: string;
    measurable: boolean;
    section: string | null;
    position: Integer;
    start: Integer;
    end: Integer;
  } & Omit<StoredTarget, 'deadline'> & { deadline: Integer | null };
  themes: ThemeRow[];
  concepts: string[];
}

export interface DocumentRow {
  id: string;
  props: {
    id: string;
    title: string;
    kind: string;
    area: string | null;
    year: Integer | null;
    adoptedBy: string | null;
    adoptedOn: string | null;
    dnr: string | null;
    path: string | null;
    hasText: boolean;
    text: string;
    /** see encodeSections */
    sections: string | null;
    synthetic: boolean;
    /** set when written, removed when its links are computed: a run killed in between leaves it for the next to link */
    linkPending: true;
  } & Partial<LocationProps>;
  municipality: { code: string; name: string } | null;
  organisation: { id: string; name: string; kind: string; partOfMunicipality: string | null; partOfCounty: string | null } | null;
  themes: ThemeRow[];
  goals: GoalRow[];
}

/** Where a document is: its path and provenance, as Document properties (absent for title-only documents). */
export interface LocationProps {
  path: string | null;
  fileName: string | null;
  sourceUrl: string | null;
  fetchedAt: string | null;
  sourceSha256: string | null;
  published: boolean | null;
}

export function locationProps(path: string | null, provenance: DocumentProvenance): LocationProps {
  return {
    path,
    fileName: provenance.fileName,
    sourceUrl: provenance.sourceUrl,
    fetchedAt: provenance.fetchedAt,
    sourceSha256: provenance.sourceSha256,
    published: provenance.published,
  };
}

/** A goal's id: its document's content hash and its position, so the same file always gives the same goal ids. */
export function goalId(documentId: string, position: number): string {
  return `${documentId}:${position}`;
}

export function documentRow(doc: AnalysedDocument | IngestDocument): DocumentRow {
  const provenance = 'provenance' in doc && doc.provenance ? locationProps(doc.path, doc.provenance) : {};
  return {
    id: doc.id,
    props: {
      ...provenance,
      id: doc.id,
      title: doc.title,
      kind: doc.kind,
      area: doc.area,
      year: int(doc.year),
      adoptedBy: doc.adoptedBy,
      adoptedOn: doc.adoptedOn,
      dnr: doc.dnr,
      path: doc.path,
      hasText: doc.hasText,
      text: doc.text,
      sections: encodeSections(doc.sections),
      synthetic: doc.synthetic,
      linkPending: true,
    },
    municipality: doc.municipality ? { code: doc.municipality.code, name: doc.municipality.name } : null,
    organisation: doc.organisation
      ? {
          id: doc.organisation.id,
          name: doc.organisation.name,
          kind: doc.organisation.kind,
          partOfMunicipality: doc.organisation.partOfMunicipality ?? null,
          partOfCounty: doc.organisation.partOfCounty ?? null,
        }
      : null,
    themes: themeRows(doc.themes, doc),
    // the goal's index in the list is its position (0-based order); using the index keeps ids unique whatever the analyser reports
    goals: doc.goals.map((goal, index) => goalRow(doc, goal, index)),
  };
}

function goalRow(doc: AnalysedDocument, goal: AnalysedGoal, index: number): GoalRow {
  const target = encodeTarget(goal.target);
  return {
    props: {
      id: goalId(doc.id, index),
      text: goal.text,
      actor: goal.actor,
      level: goal.level,
      measurable: goal.measurable,
      ...target,
      deadline: int(target.deadline),
      section: goal.section,
      position: neo4j.int(goal.position),
      start: neo4j.int(goal.start),
      end: neo4j.int(goal.end),
    },
    themes: themeRows(goal.themes, doc),
    concepts: [...(goal.concepts ?? [])],
  };
}

function themeRows(tags: readonly ThemeTag[], doc: AnalysedDocument): ThemeRow[] {
  return tags.map((tag) => {
    if (!findTheme(tag.id)) {
      throw new Error(`The analysis of "${doc.path ?? doc.title}" tagged an unknown theme "${tag.id}"; themes must come from the taxonomy in schema/.`);
    }
    return { id: tag.id, weight: tag.weight, terms: [...tag.terms] };
  });
}

/** Neo4j stores JS numbers as floats; years, positions and offsets are integers. */
function int(value: number | null): Integer | null {
  return value === null || value === undefined ? null : neo4j.int(value);
}
