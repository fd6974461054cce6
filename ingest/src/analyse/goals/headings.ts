/** What a document's title, its headings and its goal labels say about the sentences under them. */
import type { GoalLevel } from '@strategigrafen/schema';
import type { LocatedSentence } from '../text/structure.js';
import { wordCount, type FoundGoal } from './goal-text.js';

/** a heading or title that announces a vision: what follows describes the desired future in the present tense */
export const VISION_HEADING = /(?<!\p{L})(?:vision(?:en)?|framtidsvision(?:en)?|målbild(?:en)?|framtidsbild(?:en)?|visionsmål(?:et)?)(?!\p{L})/iu;
/** a title that is a vision and nothing else ("Vision 2030", "Framtidsvision Hamnstad 2030", "Målbild 2025") */
const VISION_TITLE = /(?<!\p{L})(?:framtids)?(?:vision|målbild)(?:en)?(?!\p{L})/iu;
const OTHER_DOCUMENT = /(?:strategi|plan|program|policy|mål|riktlinje|handling|budget|rapport|uppdrag)/iu;
export const isVisionTitle = (title: string): boolean => VISION_TITLE.test(title) && !OTHER_DOCUMENT.test(title) && wordCount(title) <= 5;
/** a heading that holds its goal after a colon: "Mål 1 år 2020–2023: 30 000 invånare 2030" */
const GOAL_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:strategiskt|övergripande|långsiktigt|kommunfullmäktiges)\s+)?(?:mål|delmål|effektmål|inriktningsmål|målområde|vision)\b[^:]{0,40}:\s*(\S.{3,})$/iu;

export const LABEL_LEVELS: Readonly<Record<string, GoalLevel>> = {
  Inriktning: 'inriktningsmål',
  Inriktningsmål: 'inriktningsmål',
  'Övergripande mål': 'inriktningsmål',
  'Strategiska mål': 'inriktningsmål',
  Mål: 'mål',
  Effektmål: 'mål',
  Resultatmål: 'mål',
  Verksamhetsmål: 'mål',
  Delmål: 'mål',
  Målsättning: 'mål',
  Målsättningar: 'mål',
  Vision: 'vision',
  Visionen: 'vision',
  Aktiviteter: 'aktivitet',
  Åtgärder: 'aktivitet',
  Strategier: 'aktivitet',
};

/** "Mål 1: 30 000 invånare 2030": the goal the heading of `s`'s section states itself, or null. */
export function headingGoal(s: LocatedSentence, source: string): FoundGoal | null {
  const headed = s.section ? GOAL_HEADING.exec(s.section.trim()) : null;
  if (!headed) return null;
  const at = source.lastIndexOf(headed[1]!.trim().split(/\s+/)[0]!, s.start);
  return { text: headed[1]!, level: 'mål', actor: null, start: at >= 0 ? at : s.start, end: at >= 0 ? at + headed[1]!.length : s.start };
}
