/**
 * The shared vocabulary of Strategigrafen: what the ingest pipeline produces and the graph stores.
 * Plain types only (no Node APIs, no decorators) so that web/ can import them too.
 */

export const DOCUMENT_KINDS = [
  'strategi',
  'policy',
  'program',
  'plan',
  'handlingsplan',
  'riktlinjer',
  'vision',
  'rapport',
  'aktivitetslista',
  'verksamhetsplan',
  'styrdokument',
  'ägardirektiv',
  'remiss',
  'överenskommelse',
  'förklaringsdokument',
  'övrigt',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const ORGANISATION_KINDS = ['region', 'länsstyrelse', 'company', 'university', 'national', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const GOAL_LEVELS = ['vision', 'inriktningsmål', 'mål', 'aktivitet'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export interface MunicipalityRef {
  /** SCB municipality code, four digits, e.g. "1441" */
  code: string;
  name: string;
}

export interface OrganisationRef {
  /** stable id derived from the name, e.g. "region-gavleborg" */
  id: string;
  name: string;
  kind: OrganisationKind;
  /** the municipality (SCB code) or county (two-digit code) the body belongs to, if any */
  partOfMunicipality?: string;
  partOfCounty?: string;
}

export interface ThemeTag {
  /** taxonomy id, e.g. "procurement" */
  id: string;
  /** 0..1, how strongly the text is about the theme */
  weight: number;
  /** the terms (as found in the text) that triggered the tag */
  terms: string[];
}

export interface MeasurableTarget {
  /** the phrase that carries the target, e.g. "topp 5 i Svenskt Näringslivs ranking" */
  text: string;
  /** benchmark: a level set by a published comparison ("nå rikssnittet"), with no value of its own */
  kind: 'number' | 'percentage' | 'ranking' | 'benchmark' | 'deadline';
  value?: number;
  unit?: string;
  /** deadline year, e.g. 2025 */
  deadline?: number;
  /** the value today, when the text gives one (an indicator table's earlier column) */
  baseline?: number;
}

export interface AnalysedGoal {
  text: string;
  actor: string | null;
  level: GoalLevel;
  section: string | null;
  /** 0-based order of the goal within its document */
  position: number;
  /** character offsets of the goal's source in the document text */
  start: number;
  end: number;
  themes: ThemeTag[];
  /** ids of the thesaurus concepts the goal names (schema/src/concepts) */
  concepts: string[];
  measurable: boolean;
  target: MeasurableTarget | null;
}

export interface TextSection {
  heading: string | null;
  text: string;
  start: number;
  end: number;
}

export interface AnalysedDocument {
  /** content hash (sha256 hex of the normalised title + text); the document's identity */
  id: string;
  /** path of the source file relative to the ingest root, or null for title-only documents */
  path: string | null;
  title: string;
  /** full extracted text, '' for title-only documents */
  text: string;
  hasText: boolean;
  sections: TextSection[];
  municipality: MunicipalityRef | null;
  organisation: OrganisationRef | null;
  kind: DocumentKind;
  area: string | null;
  year: number | null;
  adoptedBy: string | null;
  /** ISO date yyyy-mm-dd, or yyyy when only the year is known */
  adoptedOn: string | null;
  dnr: string | null;
  themes: ThemeTag[];
  goals: AnalysedGoal[];
  /** titles from a seed page's "Relevanta dokument" list */
  relatedTitles: string[];
  /** true for machine-generated text (synthetic corpus); never attributed to a real municipality */
  synthetic: boolean;
}
