/**
 * "Goals like my draft": the messages between the API (goals-like.index.ts) and the worker thread that
 * holds the similarity engine (goals-like.worker.ts). Types only, so that the API's main thread never
 * loads the engine (nor the ingest package behind it).
 */

/** A stored goal as the engine takes it: its text, its publisher keys, its themes and its context (section, document). */
export interface StoredGoalText {
  id: string;
  text: string;
  section?: string | null;
  document?: string | null;
  documentThemes?: Array<{ id: string; weight: number }>;
  /**
   * Publisher keys, as the linker compares them (ingest/src/link/graph/publishers.ts): the municipality
   * code, the home municipality's code for an organisation that is part of one, else "org:<id>".
   */
  owners: string[];
  themes: Array<{ id: string; weight: number }>;
}

/** What a draft's matches are narrowed to; null means any. */
export interface LikeFilter {
  /** leave out the goals of this publisher key (a municipality code: the user's own municipality) */
  exclude: string | null;
  /** only goals of publishers in this county */
  county: string | null;
  /** only goals about one of these themes (a theme with its subthemes) */
  themes: string[] | null;
}

export interface LikeRequest {
  text: string;
  skip: number;
  limit: number;
  filter: LikeFilter;
}

export interface LikeMatch {
  id: string;
  /** 0..1, the linker's similarity */
  score: number;
  /** the words the goal shares with the draft, as the goal writes them where it writes them as words */
  sharedTerms: string[];
}

export interface LikeAnswer {
  /** matches under the filter among the engine's best candidates */
  total: number;
  /** the requested page of them, best first */
  items: LikeMatch[];
}

export interface EngineFacts {
  goals: number;
  /** building the engine from the goals handed over (text analysis, vectors, posting lists) */
  buildMs: number;
  /** the worker's V8 heap after the build: the engine and its vocabulary */
  heapUsedBytes: number;
  /** the whole process's resident set after the build (main thread and every worker) */
  rssBytes: number;
}

/** Counties of publisher keys: [owner key, county code]. */
export type CountyPairs = Array<[string, string]>;

export type ToWorker =
  | { type: 'goals'; goals: StoredGoalText[] }
  | { type: 'places'; counties: CountyPairs }
  | { type: 'build' }
  | { type: 'like'; id: number; request: LikeRequest };

export type FromWorker =
  | { type: 'ready'; facts: EngineFacts }
  | { type: 'answer'; id: number; answer: LikeAnswer }
  | { type: 'failed'; id: number | null; message: string };
