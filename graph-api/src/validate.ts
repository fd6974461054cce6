/** Checks on argument values that GraphQL's type system cannot express; each failure is a BAD_USER_INPUT naming the argument. */
import { DOCUMENT_KINDS, GOAL_LEVELS, ORGANISATION_KINDS } from '@strategigrafen/schema';
import { badInput } from './errors.js';

function oneOf(value: string | null | undefined, allowed: readonly string[], argument: string): void {
  if (value !== null && value !== undefined && !allowed.includes(value)) {
    throw badInput(`${argument} "${value}" is not known; use one of: ${allowed.join(', ')}.`, argument);
  }
}

export const checkDocumentKind = (kind: string | null | undefined, argument = 'kind') => oneOf(kind, DOCUMENT_KINDS, argument);
export const checkGoalLevel = (level: string | null | undefined, argument = 'level') => oneOf(level, GOAL_LEVELS, argument);
export const checkOrganisationKind = (kind: string | null | undefined, argument = 'kind') => oneOf(kind, ORGANISATION_KINDS, argument);

export function checkYears(from: number | null | undefined, to: number | null | undefined): void {
  if (from != null && to != null && from > to) throw badInput(`yearFrom (${from}) is after yearTo (${to}).`, 'yearFrom');
}

export function checkScore(score: number, argument: string): void {
  if (!(score >= 0 && score <= 1)) throw badInput(`${argument} must be between 0 and 1 (got ${score}).`, argument);
}

/**
 * Codes are SCB codes ("1441", county "14"), or the synthetic corpus's own ("S001"): short and alphanumeric.
 * Anything else cannot name a municipality or county, so it is a mistake rather than a miss.
 */
export function checkCode(code: string, argument: string, kind: 'municipality' | 'county' = 'municipality'): void {
  if (!/^[A-Za-z0-9]{1,10}$/.test(code)) {
    throw badInput(`${argument} "${code}" is not a ${kind} code; use the SCB code, e.g. "${kind === 'municipality' ? '1441' : '14'}".`, argument);
  }
}
