/**
 * What a look-ahead fetched for the fields below an object travels on that object, for their resolvers to find.
 * Not in the request's loaders: its rows hold only the fields asked for at that place in the query, and another
 * place asking the loaders for the same page may want other fields.
 */
import type { Document } from '../document/document.type.js';
import type { SimilarGoal } from '../goal/goal.service.js';
import type { Goal } from '../goal/goal.type.js';
import type { Page } from '../pagination/connection.js';
import type { ThemeTag } from '../theme/theme.type.js';

export interface Prefetched {
  /** a municipality's page of `documents` */
  documents?: Page<Document>;
  /** a document's page of `goals` */
  goals?: Page<Goal>;
  /** a document's `goalCount` */
  goalCount?: number;
  /** a goal's `themes` */
  themes?: ThemeTag[];
  /** a goal's page of `similar` goals */
  similar?: Page<SimilarGoal>;
}

const PREFETCHED = Symbol('prefetched');

/** `value` carrying what was fetched for the fields below it. */
export function attach<T extends object>(value: T, prefetched: Prefetched): T {
  return Object.assign(value, { [PREFETCHED]: prefetched });
}

export function prefetched(value: object): Prefetched {
  return (value as { [PREFETCHED]?: Prefetched })[PREFETCHED] ?? {};
}
