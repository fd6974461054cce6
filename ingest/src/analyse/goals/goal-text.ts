import type { GoalLevel } from '@strategigrafen/schema';
import type { Actor } from './actors.js';

/** A goal as found, before its wording is tidied: what it says, who commits to it, and where it stands in the source. */
export interface FoundGoal {
  text: string;
  level: GoalLevel;
  actor: Actor | null;
  start: number;
  end: number;
}

export const MAX_GOAL_WORDS = 60;
/** the most words of a goal that only its place (a label, a heading, a list) makes one */
export const MAX_HEADED_GOAL_WORDS = 40;

export const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

export function lowerFirst(text: string): string {
  // keep acronyms and proper nouns written with two capitals ("CSR", "IT-området")
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Repairs what PDF extraction leaves in a goal's wording and gives it one final full stop. */
export function tidy(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\bD (et|en|essa|etta)\b/g, 'D$1')
    .replace(/:\s+(\p{Lu}\p{Ll})/gu, (_, w: string) => ` ${w.toLowerCase()}`)
    .trim()
    .replace(/^[-–•*\s]+/u, '')
    .replace(/[\s:;,]+$/, '');
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
